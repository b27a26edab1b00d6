"""A flannel vxlan node: flannel delegates to win-overlay, which asks HNS for one endpoint per
pod; then what the Windows kube-proxy finds as local endpoints.

Python twin of flannel_vxlan_node.cpp: same inputs, same output (one golden).
"""

from winnet import cni, hns, net

# --8<-- [start:node]
# What flanneld created (HCN v2 JSON, as `winnet plan --hns` reads it).
node_state = """{"networks":[{
  "ID": "B5E1C0D2-7A3F-4E8B-9C6D-5F4A3B2C1D0E", "Name": "flannel.4096", "Type": "Overlay",
  "Policies": [
    {"Type": "ProviderAddress", "Settings": {"ProviderAddress": "192.168.1.21"}},
    {"Type": "HostRoute", "Settings": {}},
    {"Type": "RemoteSubnetRoute", "Settings": {"DestinationPrefix": "10.244.1.0/24",
      "IsolationId": 4096, "ProviderAddress": "192.168.1.20",
      "DistributedRouterMacAddress": "00-15-5D-2A-01-0B"}},
    {"Type": "RemoteSubnetRoute", "Settings": {"DestinationPrefix": "10.244.3.0/24",
      "IsolationId": 4096, "ProviderAddress": "192.168.1.22",
      "DistributedRouterMacAddress": "00-15-5D-2A-03-0D"}}],
  "Ipams": [{"Type": "Static", "Subnets": [{"IpAddressPrefix": "10.244.2.0/24",
    "Policies": [{"Type": "VSID", "Settings": {"IsolationId": 4096}}],
    "Routes": [{"NextHop": "10.244.2.1", "DestinationPrefix": "0.0.0.0/0"}]}]}],
  "Flags": 8}]}"""
# /run/flannel/subnet.env, written by flanneld.
subnet_env = cni.FlannelSubnetEnv.parse(
    "FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.2.1/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n"
)
# C:\etc\cni\net.d\10-flannel.conflist (sig-windows-tools' flannel, containerd era).
conflist = """{
  "name": "flannel.4096", "cniVersion": "0.3.0",
  "plugins": [{
    "type": "flannel",
    "capabilities": {"portMappings": true, "dns": true},
    "delegate": {
      "type": "win-overlay", "apiVersion": 2,
      "policies": [
        {"name": "EndpointPolicy", "value": {"Type": "OutBoundNAT",
          "Settings": {"Exceptions": ["10.96.0.0/12", "10.244.0.0/16"]}}},
        {"name": "EndpointPolicy", "value": {"Type": "SDNRoute",
          "Settings": {"DestinationPrefix": "10.96.0.0/12", "NeedEncap": true}}}]}}]}"""
# --8<-- [end:node]

node = hns.SimulatedHns(hns.HnsState.from_json(node_state), id_seed=7)
network = node.get_network_by_name("flannel.4096")

# --8<-- [start:add]
# containerd: the pod's DNS (capability "dns"), then ADD for each sandbox.
runtime = cni.RuntimeConfig(
    dns=cni.RuntimeDns(
        servers=["10.96.0.10"],
        searches=["default.svc.cluster.local", "svc.cluster.local", "cluster.local"],
        options=["ndots:5"],
    )
)
flannel_conf = cni.runtime_netconf(conflist, 0, runtime)
# flannel: the delegate it hands to win-overlay.
conf = cni.NetConf.parse(cni.flannel_delegate(flannel_conf, subnet_env))

for pod in ["web-0", "web-1", "db-0"]:
    args = cni.CmdArgs(
        container_id=f"sandbox-{pod}",
        netns=f"NS-{pod}",  # the HCN namespace containerd created
        ifname="eth0",
        args=f"K8S_POD_NAMESPACE=default;K8S_POD_NAME={pod}",
    )
    added = cni.add(conf, args, node)  # host-local picks the address
    if pod == "web-0":
        print(f"endpoint win-overlay sends to HcnCreateEndpoint for {pod}:")
        print(added.request.to_json(hns.JsonStyle.INDENTED))
        print(f"CNI result (cniVersion {conf.cni_version}):")
        print(added.result.to_json(conf.cni_version))
    ep = added.endpoint
    address = added.result.ips[0].address
    print(f"{pod}: {ep.name} {address} mac {ep.mac_address} in namespace {ep.host_compute_namespace}")
# --8<-- [end:add]

# --8<-- [start:kube-proxy]
# kube-proxy, for each endpoint IP of a Service: a local endpoint (no RemoteEndpoint flag)
# on its network is used as the load balancer's backend as it is.
print("kube-proxy on flannel.4096:")
for ip in ["10.244.2.2", "10.244.2.4", "10.244.1.7"]:
    try:
        ep = node.get_endpoint_by_ip(net.IpAddress(ip), network)
        print(f"  {ip} local endpoint {ep.name}")
    except hns.NotFoundError:
        print(
            f"  {ip} not on this node: a remote endpoint (provider address from the RemoteSubnetRoute", end=""
        )
        print(" of its subnet)")
# --8<-- [end:kube-proxy]
