// kube-dns on an L2Bridge Windows node: the Windows kube-proxy starts on win-node-2 (flannel
// host-gw, network cbr0), reads the kube-dns Service and EndpointSlice from a real
// `kubectl get services,endpointslices -A -o json` dump, syncs once, and prints what it asked HNS
// for. The two CoreDNS pods (100.96.1.3 and 100.96.1.8) run on linux-node-1.
#include <winnet/hns/render.hpp>
#include <winnet/hns/simulated_hns.hpp>
#include <winnet/k8s/cluster_state.hpp>
#include <winnet/k8s/kube_proxy_configuration.hpp>
#include <winnet/proxy/proxier.hpp>
#include <winnet/proxy/render.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

int main() {
    using namespace winnet;
    using net::IpAddress;
    const auto data = std::filesystem::path(__FILE__).parent_path() / ".." / "k8s" / "data";
    const auto cluster = k8s::ClusterState::from_json(read_text(data / "kube-dns-cluster.json"));

    // --8<-- [start:l2bridge]
    // The L2Bridge node: network cbr0, no remote subnets, no source VIP. Its configuration file
    // (kube-proxy-l2bridge.yaml, here as JSON) names the network cbr0 and turns DSR off.
    hns::SimulatedHns bridge_hns(hns::HnsVersion{15, 5});
    hns::Network cbr0;
    cbr0.name = "cbr0";
    cbr0.type = hns::NetworkType::L2Bridge;
    (void)bridge_hns.create_network(cbr0);
    const auto bridge_config =
        k8s::KubeProxyConfiguration::from_json(read_text(data / "kube-proxy-l2bridge.json"));
    proxy::Proxier bridge(bridge_hns,
                          proxy::ProxierConfig::from(bridge_config, IpAddress::parse("10.0.0.6"),
                                                     "00-15-5d-00-00-06"));
    bridge.apply(cluster);
    bridge.sync();
    std::cout << "L2Bridge node win-node-2 (cbr0), after one sync\n\n"
              << proxy::load_balancer_kind_table(bridge, bridge_hns.state()).to_text() << "\n"
              << "Endpoints\n"
              << hns::endpoint_table(bridge_hns.state().endpoints).to_text();
    // --8<-- [end:l2bridge]
}
