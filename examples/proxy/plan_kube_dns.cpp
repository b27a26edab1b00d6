// `winnet plan` as a library call: kube-proxy starting on an overlay node whose HNS state was
// dumped (two local pods, and a load balancer and remote endpoint left by a previous kube-proxy),
// then syncing the kube-dns cluster, then syncing it again after one CoreDNS pod moved (from
// 100.96.1.8 on linux-node-1 to 100.96.3.7 on linux-node-2).
#include <winnet/hns/simulated_hns.hpp>
#include <winnet/k8s/cluster_state.hpp>
#include <winnet/k8s/kube_proxy_configuration.hpp>
#include <winnet/proxy/plan.hpp>

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
    const auto here = std::filesystem::path(__FILE__).parent_path();
    const auto k8s_data = here / ".." / "k8s" / "data";

    // --8<-- [start:plan]
    const auto node = hns::HnsState::from_json(read_text(here / "data" / "hns-overlay.json"));
    const auto config =
        k8s::KubeProxyConfiguration::from_json(read_text(k8s_data / "kube-proxy-overlay.json"));
    const std::vector<k8s::ClusterState> clusters = {
        k8s::ClusterState::from_json(read_text(k8s_data / "kube-dns-cluster.json")),
        k8s::ClusterState::from_json(read_text(here / "data" / "kube-dns-cluster-pod-moved.json")),
    };
    const auto result = proxy::plan(clusters, config, node, {net::IpAddress::parse("10.0.0.12")},
                                    net::MacAddress::parse("00-15-5D-52-C0-12"));
    std::cout << result.to_table();
    // --8<-- [end:plan]
}
