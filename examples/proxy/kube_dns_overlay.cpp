// kube-dns on an overlay Windows node: the Windows kube-proxy starts on win-node-1 (flannel
// vxlan), reads the kube-dns Service and EndpointSlice from a real
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
    using net::IpPrefix;
    const auto data = std::filesystem::path(__FILE__).parent_path() / ".." / "k8s" / "data";
    const auto cluster = k8s::ClusterState::from_json(read_text(data / "kube-dns-cluster.json"));

    // --8<-- [start:overlay-node]
    // The overlay node as flanneld leaves it: network flannel.4096 (VNI 4096) with a route to
    // each other node's pod subnet, behind that node's address (its provider address).
    hns::SimulatedHns overlay_hns(hns::HnsVersion{15, 5});
    hns::Network flannel;
    flannel.name = "flannel.4096";
    flannel.type = hns::NetworkType::Overlay;
    flannel.policies = {
        hns::RemoteSubnetRoutePolicySetting{IpPrefix::parse("100.96.0.0/24"), 4096,
                                            IpAddress::parse("10.0.0.3"), "00-15-5d-00-00-03"},
        hns::RemoteSubnetRoutePolicySetting{IpPrefix::parse("100.96.1.0/24"), 4096,
                                            IpAddress::parse("10.0.0.4"), "00-15-5d-00-00-04"}};
    (void)overlay_hns.create_network(flannel);
    // --8<-- [end:overlay-node]

    // --8<-- [start:overlay-sync]
    const auto overlay_config =
        k8s::KubeProxyConfiguration::from_json(read_text(data / "kube-proxy-overlay.json"));
    proxy::Proxier overlay(overlay_hns,
                           proxy::ProxierConfig::from(overlay_config, IpAddress::parse("10.0.0.5"),
                                                      "00-15-5d-00-00-05"));
    overlay.apply(cluster);
    overlay.sync();
    // --8<-- [end:overlay-sync]

    // --8<-- [start:overlay-print]
    std::cout << "Overlay node win-node-1 (flannel.4096), after one sync\n\n"
              << proxy::service_table(overlay).to_text() << "\n"
              << proxy::load_balancer_kind_table(overlay, overlay_hns.state()).to_text() << "\n"
              << "Endpoints\n"
              << hns::endpoint_table(overlay_hns.state().endpoints).to_text() << "\n";
    // --8<-- [end:overlay-print]

    // --8<-- [start:overlay-documents]
    // The documents HNS received for DNS over UDP and for CoreDNS pod 100.96.1.3.
    const auto* dns =
        overlay.find_service({{"kube-system", "kube-dns"}, "dns", k8s::PortProtocol::UDP});
    const auto lb = overlay_hns.get_load_balancer_by_id(dns->hns_id);
    const auto pod = overlay_hns.get_endpoint_by_id(overlay.endpoints_of(dns->name).front().hns_id);
    std::cout << "Load balancer for " << dns->name.to_string() << "\n"
              << lb.to_json(hns::JsonStyle::Indented) << "\n\nRemote endpoint for "
              << pod.ip_configurations.front().ip_address->to_string() << "\n"
              << pod.to_json(hns::JsonStyle::Indented) << "\n\n";
    // --8<-- [end:overlay-documents]
}
