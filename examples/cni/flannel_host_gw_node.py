"""A flannel host-gw node driven as containerd drives a CNI plugin binary (environment and
standard input in, result or error object out): flannel delegating to sdnbridge.

Python twin of flannel_host_gw_node.cpp: same inputs, same output (one golden).
"""

from winnet import cni, hns

# --8<-- [start:node]
node_state = """{"networks":[{
  "ID": "3C2E8F41-5B7A-4D6C-9E1F-0A2B3C4D5E6F", "Name": "cbr0", "Type": "L2Bridge",
  "Ipams": [{"Type": "Static", "Subnets": [{"IpAddressPrefix": "10.244.1.0/24",
    "Routes": [{"NextHop": "10.244.1.1", "DestinationPrefix": "0.0.0.0/0"}]}]}]}],
  "endpoints": [{"ID": "8D1F2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B", "Name": "cbr0_ep",
    "HostComputeNetwork": "3C2E8F41-5B7A-4D6C-9E1F-0A2B3C4D5E6F",
    "IpConfigurations": [{"IpAddress": "10.244.1.2"}]}]}"""
subnet_env = (
    "FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.1.1/24\nFLANNEL_MTU=1500\nFLANNEL_IPMASQ=true\n"
)
netconf = """{"name": "cbr0", "cniVersion": "0.3.0", "type": "flannel",
  "capabilities": {"portMappings": true, "dns": true},
  "delegate": {"type": "sdnbridge", "optionalFlags": {"forceBridgeGateway": true},
    "AdditionalArgs": [
      {"Name": "EndpointPolicy", "Value": {"Type": "OutBoundNAT",
        "Settings": {"Exceptions": ["10.96.0.0/12", "10.244.0.0/16", "192.168.1.0/24"]}}},
      {"Name": "EndpointPolicy", "Value": {"Type": "SDNROUTE",
        "Settings": {"DestinationPrefix": "10.96.0.0/12", "NeedEncap": true}}},
      {"Name": "EndpointPolicy", "Value": {"Type": "SDNROUTE",
        "Settings": {"DestinationPrefix": "192.168.1.20/32", "NeedEncap": true}}}]}}"""
# --8<-- [end:node]
node = hns.SimulatedHns(hns.HnsState.from_json(node_state), id_seed=11)


# --8<-- [start:calls]
def call(command: str, sandbox: str, stdin_data: str) -> None:
    env = {
        "CNI_COMMAND": command,
        "CNI_CONTAINERID": sandbox,
        "CNI_NETNS": f"NS-{sandbox}",
        "CNI_IFNAME": "eth0",
        "CNI_ARGS": f"IgnoreUnknown=1;K8S_POD_NAMESPACE=default;K8S_POD_NAME={sandbox}",
        "CNI_PATH": "C:\\opt\\cni\\bin",
    }
    out = cni.run_plugin(env, stdin_data, node, None, subnet_env)
    print(f"{command} {sandbox} -> exit {out.exit_code}")
    if out.stdout_text:
        print(out.stdout_text)


call("ADD", "web-0", netconf)
call("ADD", "web-1", netconf)
call("DEL", "web-0", netconf)
call("DEL", "web-0", netconf)  # DEL is idempotent
# --8<-- [end:calls]

# --8<-- [start:mistakes]
# A dockershim-era netconf (win-bridge, no apiVersion) under containerd.
call("ADD", "web-2", '{"name": "cbr0", "cniVersion": "0.2.0", "type": "win-bridge"}')
# A netconf without a name.
call("ADD", "web-2", '{"cniVersion": "0.3.0", "type": "sdnbridge"}')
# --8<-- [end:mistakes]

# --8<-- [start:state]
print("endpoints on the node:")
for ep in node.state().endpoints:
    namespace = ep.host_compute_namespace or "-"
    print(f"  {ep.name} {ep.ip_configurations[0].ip_address} namespace {namespace}")
# --8<-- [end:state]
