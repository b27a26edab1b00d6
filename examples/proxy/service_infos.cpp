// The ServiceInfos of the kube-dns Service: what the Windows kube-proxy keeps for each of its
// ports before any sync, read from a real `kubectl get services,endpointslices -A -o json` dump,
// with the backends each port gets from the EndpointSlice on node win-node-1.
#include <winnet/k8s/cluster_state.hpp>
#include <winnet/proxy/endpoint_info.hpp>
#include <winnet/proxy/service_info.hpp>

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

const char* yes_no(bool value) {
    return value ? "true" : "false";
}

} // namespace

int main() {
    using namespace winnet;
    const auto data = std::filesystem::path(__FILE__).parent_path() / ".." / "k8s" / "data";
    const auto cluster = k8s::ClusterState::from_json(read_text(data / "kube-dns-cluster.json"));

    // --8<-- [start:infos]
    const k8s::NamespacedName kube_dns{"kube-system", "kube-dns"};
    const auto& service = *cluster.find_service(kube_dns);
    const auto backends = proxy::endpoint_infos(kube_dns, cluster.endpoint_slices_of(kube_dns),
                                                "win-node-1", net::IpFamily::IPv4);
    for (const auto& info : proxy::service_infos(service, net::IpFamily::IPv4, true)) {
        std::cout << info.name.to_string() << " (" << k8s::to_string(info.protocol) << ")\n"
                  << "  cluster_ip " << info.cluster_ip.to_string() << "  port " << info.port
                  << "  target_port " << info.target_port << "  node_port " << info.node_port
                  << "\n"
                  << "  preserve_dip " << yes_no(info.preserve_dip) << "  local_traffic_dsr "
                  << yes_no(info.local_traffic_dsr) << "  internal_traffic_local "
                  << yes_no(info.internal_traffic_local) << "  win_proxy_optimization "
                  << yes_no(info.win_proxy_optimization) << "\n"
                  << "  hns_id \"" << info.hns_id << "\"  policy_applied "
                  << yes_no(info.policy_applied) << "\n";
        const auto it = backends.find(info.name);
        for (const auto& ep :
             it == backends.end() ? std::vector<proxy::EndpointInfo>{} : it->second) {
            std::cout << "  backend " << ep.to_string() << "  is_local " << yes_no(ep.is_local)
                      << "  mac " << ep.mac_address << "  ready " << yes_no(ep.ready) << "\n";
        }
    }
    // --8<-- [end:infos]
}
