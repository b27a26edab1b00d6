// A Windows node of a flannel vxlan cluster, as containerd sees it: flanneld has created the
// Overlay network flannel.4096 (VNI 4096, this node's lease 10.244.2.0/24, its provider address
// 192.168.1.21, remote subnet routes to the two other nodes). For each new pod, containerd runs
// the flannel CNI plugin, which delegates to win-overlay (apiVersion 2); win-overlay asks HNS for
// one endpoint. Afterwards the Windows kube-proxy finds those endpoints as its local endpoints.
#include <winnet/cni/ipam.hpp>
#include <winnet/cni/netconf.hpp>
#include <winnet/cni/plugin.hpp>
#include <winnet/hns/simulated_hns.hpp>

#include <iostream>
#include <string>

int main() {
    using namespace winnet;

    // --8<-- [start:node]
    // What flanneld created (HCN v2 JSON, as `winnet plan --hns` reads it).
    const std::string node_state = R"({"networks":[{
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
      "Flags": 8}]})";
    // /run/flannel/subnet.env, written by flanneld.
    const auto subnet_env = cni::FlannelSubnetEnv::parse("FLANNEL_NETWORK=10.244.0.0/16\n"
                                                         "FLANNEL_SUBNET=10.244.2.1/24\n"
                                                         "FLANNEL_MTU=1450\n"
                                                         "FLANNEL_IPMASQ=true\n");
    // C:\etc\cni\net.d\10-flannel.conflist (sig-windows-tools' flannel, containerd era).
    const std::string conflist = R"({
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
              "Settings": {"DestinationPrefix": "10.96.0.0/12", "NeedEncap": true}}}]}}]})";
    // --8<-- [end:node]

    hns::SimulatedHns node(hns::HnsState::from_json(node_state), 7);
    const auto network = node.get_network_by_name("flannel.4096");

    // --8<-- [start:add]
    // containerd: the pod's DNS (capability "dns"), then ADD for each sandbox.
    cni::RuntimeConfig runtime;
    runtime.dns.servers = {"10.96.0.10"};
    runtime.dns.searches = {"default.svc.cluster.local", "svc.cluster.local", "cluster.local"};
    runtime.dns.options = {"ndots:5"};
    const auto flannel_conf = cni::runtime_netconf(conflist, 0, runtime);
    // flannel: the delegate it hands to win-overlay.
    const auto conf = cni::NetConf::parse(cni::flannel_delegate(flannel_conf, subnet_env));

    for (const std::string pod : {"web-0", "web-1", "db-0"}) {
        const cni::CmdArgs args{.container_id = "sandbox-" + pod,
                                .netns = "NS-" + pod, // the HCN namespace containerd created
                                .ifname = "eth0",
                                .args = "K8S_POD_NAMESPACE=default;K8S_POD_NAME=" + pod};
        const auto added = cni::add(conf, args, node); // host-local picks the address
        if (pod == "web-0") {
            std::cout << "endpoint win-overlay sends to HcnCreateEndpoint for " << pod << ":\n"
                      << added.request.to_json(hns::JsonStyle::Indented) << "\n";
            std::cout << "CNI result (cniVersion " << conf.cni_version << "):\n"
                      << added.result.to_json(conf.cni_version) << "\n";
        }
        std::cout << pod << ": " << added.endpoint.name << " "
                  << added.result.ips.at(0).address.to_string() << " mac "
                  << added.endpoint.mac_address << " in namespace "
                  << added.endpoint.host_compute_namespace << "\n";
    }
    // --8<-- [end:add]

    // --8<-- [start:kube-proxy]
    // kube-proxy, for each endpoint IP of a Service: a local endpoint (no RemoteEndpoint flag)
    // on its network is used as the load balancer's backend as it is.
    std::cout << "kube-proxy on flannel.4096:\n";
    for (const auto* ip : {"10.244.2.2", "10.244.2.4", "10.244.1.7"}) {
        try {
            const auto ep = node.get_endpoint_by_ip(net::IpAddress::parse(ip), network);
            std::cout << "  " << ip << " local endpoint " << ep.name << "\n";
        } catch (const hns::NotFoundError&) {
            std::cout << "  " << ip << " not on this node: a remote endpoint (provider address "
                      << "from the RemoteSubnetRoute of its subnet)\n";
        }
    }
    // --8<-- [end:kube-proxy]
}
