// A Windows node of a flannel host-gw cluster, driven as containerd drives a CNI plugin binary:
// the CNI_* variables and the netconf on standard input, the result or an error object on
// standard output. flanneld has created the L2Bridge network cbr0 (lease 10.244.1.0/24) and the
// host's bridge endpoint cbr0_ep at .2. The netconf is the containerd-era one of sig-windows-
// tools: flannel delegating to sdnbridge with forceBridgeGateway.
#include <winnet/cni/runner.hpp>
#include <winnet/hns/simulated_hns.hpp>

#include <iostream>
#include <map>
#include <string>

int main() {
    using namespace winnet;

    // --8<-- [start:node]
    const std::string node_state = R"({"networks":[{
      "ID": "3C2E8F41-5B7A-4D6C-9E1F-0A2B3C4D5E6F", "Name": "cbr0", "Type": "L2Bridge",
      "Ipams": [{"Type": "Static", "Subnets": [{"IpAddressPrefix": "10.244.1.0/24",
        "Routes": [{"NextHop": "10.244.1.1", "DestinationPrefix": "0.0.0.0/0"}]}]}]}],
      "endpoints": [{"ID": "8D1F2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B", "Name": "cbr0_ep",
        "HostComputeNetwork": "3C2E8F41-5B7A-4D6C-9E1F-0A2B3C4D5E6F",
        "IpConfigurations": [{"IpAddress": "10.244.1.2"}]}]})";
    const std::string subnet_env = "FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.1.1/24\n"
                                   "FLANNEL_MTU=1500\nFLANNEL_IPMASQ=true\n";
    const std::string netconf = R"({"name": "cbr0", "cniVersion": "0.3.0", "type": "flannel",
      "capabilities": {"portMappings": true, "dns": true},
      "delegate": {"type": "sdnbridge", "optionalFlags": {"forceBridgeGateway": true},
        "AdditionalArgs": [
          {"Name": "EndpointPolicy", "Value": {"Type": "OutBoundNAT",
            "Settings": {"Exceptions": ["10.96.0.0/12", "10.244.0.0/16", "192.168.1.0/24"]}}},
          {"Name": "EndpointPolicy", "Value": {"Type": "SDNROUTE",
            "Settings": {"DestinationPrefix": "10.96.0.0/12", "NeedEncap": true}}},
          {"Name": "EndpointPolicy", "Value": {"Type": "SDNROUTE",
            "Settings": {"DestinationPrefix": "192.168.1.20/32", "NeedEncap": true}}}]}})";
    // --8<-- [end:node]
    hns::SimulatedHns node(hns::HnsState::from_json(node_state), 11);

    // --8<-- [start:calls]
    const auto call = [&](const std::string& command, const std::string& sandbox,
                          const std::string& stdin_data) {
        const std::map<std::string, std::string> env{
            {"CNI_COMMAND", command},
            {"CNI_CONTAINERID", sandbox},
            {"CNI_NETNS", "NS-" + sandbox},
            {"CNI_IFNAME", "eth0"},
            {"CNI_ARGS", "IgnoreUnknown=1;K8S_POD_NAMESPACE=default;K8S_POD_NAME=" + sandbox},
            {"CNI_PATH", "C:\\opt\\cni\\bin"}};
        const auto out = cni::run_plugin(env, stdin_data, node, std::nullopt, subnet_env);
        std::cout << command << " " << sandbox << " -> exit " << out.exit_code << "\n";
        if (!out.stdout_text.empty()) {
            std::cout << out.stdout_text << "\n";
        }
    };
    call("ADD", "web-0", netconf);
    call("ADD", "web-1", netconf);
    call("DEL", "web-0", netconf);
    call("DEL", "web-0", netconf); // DEL is idempotent
    // --8<-- [end:calls]

    // --8<-- [start:mistakes]
    // A dockershim-era netconf (win-bridge, no apiVersion) under containerd.
    call("ADD", "web-2", R"({"name": "cbr0", "cniVersion": "0.2.0", "type": "win-bridge"})");
    // A netconf without a name.
    call("ADD", "web-2", R"({"cniVersion": "0.3.0", "type": "sdnbridge"})");
    // --8<-- [end:mistakes]

    // --8<-- [start:state]
    std::cout << "endpoints on the node:\n";
    for (const auto& ep : node.state().endpoints) {
        std::cout << "  " << ep.name << " " << ep.ip_configurations.at(0).ip_address->to_string()
                  << " namespace "
                  << (ep.host_compute_namespace.empty() ? "-" : ep.host_compute_namespace) << "\n";
    }
    // --8<-- [end:state]
}
