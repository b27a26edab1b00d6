// What the Windows kube-proxy on an overlay node reads: its configuration file, then the kube-dns
// Service and EndpointSlice from a `kubectl get services,endpointslices -A -o json` dump. For each
// Service port it prints the cluster IP, the target port and the endpoints with their conditions
// and node. (C++ reads JSON; data/kube-proxy-overlay.json is the YAML file converted.)
#include <winnet/k8s/cluster_state.hpp>
#include <winnet/k8s/kube_proxy_configuration.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <variant>

namespace {

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const char* yes_no(bool value) {
    return value ? "yes" : "no";
}

} // namespace

int main() {
    using namespace winnet::k8s;
    const auto data = std::filesystem::path(__FILE__).parent_path() / "data";

    // --8<-- [start:config]
    const auto config =
        KubeProxyConfiguration::from_json(read_text(data / "kube-proxy-overlay.json"));
    const WinkernelConfiguration& win = config.winkernel;
    std::cout << "kube-proxy on " << config.hostname_override << ", mode " << config.mode
              << ", HNS network " << win.network_name << "\n"
              << "  source VIP " << (win.source_vip ? win.source_vip->to_string() : "none")
              << ", DSR " << yes_no(win.enable_dsr && config.feature_enabled("WinDSR"))
              << ", root HNS endpoint " << win.root_hns_endpoint_name << ", health-check VIPs "
              << yes_no(win.forward_health_check_vip) << ", healthz port " << config.healthz_port()
              << "\n\n";
    // --8<-- [end:config]

    // --8<-- [start:cluster]
    const auto cluster = ClusterState::from_json(read_text(data / "kube-dns-cluster.json"));
    for (const auto& [name, service] : cluster.services()) {
        if (service.skipped_by_kube_proxy()) {
            continue; // headless, ExternalName, no cluster IP yet
        }
        for (const ServicePort& port : service.spec.ports) {
            const auto* number = std::get_if<std::uint16_t>(&port.target_port);
            const std::string target = number != nullptr
                                           ? std::to_string(*number)
                                           : std::get<std::string>(port.target_port); // a name
            std::cout << name.to_string() << ":" << port.name << "/" << to_string(port.protocol)
                      << "  cluster IP " << service.spec.cluster_ips[0].to_string() << " port "
                      << port.port << "  target port " << target << "\n";
            // Slice ports are matched to the Service port by name and protocol.
            for (const EndpointSlice* slice : cluster.endpoint_slices_of(name)) {
                for (const EndpointPort& slice_port : slice->ports) {
                    if (slice_port.name != port.name || slice_port.protocol != port.protocol) {
                        continue;
                    }
                    for (const Endpoint& ep : slice->endpoints) {
                        const bool local = ep.node_name == config.hostname_override;
                        std::cout << "  " << ep.addresses[0].to_string() << ":" << slice_port.port
                                  << "  ready " << yes_no(ep.conditions.is_ready()) << ", serving "
                                  << yes_no(ep.conditions.is_serving()) << ", terminating "
                                  << yes_no(ep.conditions.is_terminating()) << "  node "
                                  << ep.node_name << (local ? " (local)" : " (remote)") << "\n";
                    }
                }
            }
        }
    }
    // --8<-- [end:cluster]
}
