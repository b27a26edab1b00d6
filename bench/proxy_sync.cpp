// What a Windows kube-proxy sync costs on a big node: a full sync of N Services with M remote
// backends each, then a sync after one backend of one Service changed. Reported as HNS calls
// (exact, machine-independent), the simulator's modelled HNS time, and wall time on this machine
// (for ratios only). Run with `make bench`; arguments: [services] [endpoints-per-service].
#include <winnet/hns/simulated_hns.hpp>
#include <winnet/proxy/proxier.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace winnet;

namespace {

net::IpAddress address(std::uint32_t n) {
    return net::IpAddress::from_v4_bytes({10, static_cast<std::uint8_t>(64 + (n >> 16)),
                                          static_cast<std::uint8_t>((n >> 8) & 0xFF),
                                          static_cast<std::uint8_t>(n & 0xFF)});
}

k8s::Service service(int i) {
    k8s::Service s;
    s.metadata.namespace_ = "bench";
    s.metadata.name = "svc-" + std::to_string(i);
    s.spec.cluster_ips = {net::IpAddress::from_v4_bytes(
        {100, 64, static_cast<std::uint8_t>(i >> 8), static_cast<std::uint8_t>(i & 0xFF)})};
    k8s::ServicePort port;
    port.name = "http";
    port.port = 80;
    port.target_port = std::uint16_t{8080};
    s.spec.ports = {port};
    return s;
}

k8s::EndpointSlice slice(int i, int endpoints, std::uint32_t first_address) {
    k8s::EndpointSlice s;
    s.metadata.namespace_ = "bench";
    s.metadata.name = "svc-" + std::to_string(i) + "-abcde";
    s.metadata.labels["kubernetes.io/service-name"] = "svc-" + std::to_string(i);
    s.ports = {{"http", k8s::PortProtocol::TCP, 8080}};
    for (int e = 0; e < endpoints; ++e) {
        k8s::Endpoint ep;
        ep.addresses = {address(first_address + static_cast<std::uint32_t>(e))};
        ep.node_name = "node-" + std::to_string(e % 50);
        s.endpoints.push_back(ep);
    }
    return s;
}

struct Measure {
    std::string name;
    double wall_ms = 0;
    double hns_ms = 0;
    std::size_t calls = 0;
    std::map<hns::HnsOperation, std::size_t> counts;
};

Measure measure(const std::string& name, hns::SimulatedHns& hns,
                const std::function<void()>& work) {
    hns.clear_calls();
    const auto hns_before = hns.elapsed();
    const auto t0 = std::chrono::steady_clock::now();
    work();
    const auto t1 = std::chrono::steady_clock::now();
    Measure m;
    m.name = name;
    m.wall_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
    m.hns_ms = static_cast<double>((hns.elapsed() - hns_before).count()) / 1000.0;
    m.counts = hns.counts();
    m.calls = hns.calls().size();
    return m;
}

struct Options {
    bool requery = true;
    bool modify = true;
    bool optimization = true;
};

std::vector<Measure> run(int services, int endpoints, const Options& o) {
    hns::SimulatedHns hns(hns::HnsVersion{15, 5});
    hns::Network network;
    network.name = "cbr0";
    network.type = hns::NetworkType::L2Bridge;
    (void)hns.create_network(network);
    proxy::ProxierConfig config;
    config.node_name = "win-node-1";
    config.node_ip = net::IpAddress::parse("10.0.0.1");
    config.host_mac = "00-15-5d-00-00-01";
    config.network_name = "cbr0";
    config.requery_hns_each_sync = o.requery;
    proxy::Proxier proxier(hns, config);
    proxier.set_modify_load_balancer(o.modify);
    for (int i = 0; i < services; ++i) {
        auto s = service(i);
        if (!o.optimization) {
            s.metadata.annotations["winProxyOptimization"] = "disabled";
        }
        proxier.set_service(s);
        proxier.set_endpoint_slice(slice(i, endpoints, static_cast<std::uint32_t>(i * endpoints)));
    }
    std::vector<Measure> out;
    out.push_back(measure("full sync", hns, [&] { proxier.sync(); }));
    auto changed = slice(0, endpoints, 0);
    changed.endpoints[0].addresses = {address(static_cast<std::uint32_t>(services * endpoints))};
    proxier.set_endpoint_slice(changed);
    out.push_back(measure("one endpoint changed", hns, [&] { proxier.sync(); }));
    out.push_back(measure("nothing changed", hns, [&] { proxier.sync(); }));
    return out;
}

std::string counts_text(const std::map<hns::HnsOperation, std::size_t>& counts) {
    std::string text;
    for (const auto& [op, n] : counts) {
        text += (text.empty() ? "" : ", ") + hns::to_string(op) + " " + std::to_string(n);
    }
    return text;
}

} // namespace

int main(int argc, char** argv) {
    const int services = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int endpoints = argc > 2 ? std::atoi(argv[2]) : 10;
    if (services <= 0 || services > 65000 || endpoints <= 0 || endpoints > 100) {
        std::fprintf(stderr, "usage: %s [services 1..65000] [endpoints 1..100]\n", argv[0]);
        return 2;
    }
    std::printf("# proxy sync: %d Services x %d remote endpoints on an L2Bridge node, HNS 15.5\n",
                services, endpoints);
    std::printf("# wall time is this machine's; HNS calls and the modelled HNS time are not.\n\n");
    const std::vector<std::pair<std::string, Options>> modes = {
        {"upstream (lists HNS every sync)", {true, true, true}},
        {"lists kept between syncs", {false, true, true}},
        {"upstream, no in-place update (HNS < 15.5)", {true, false, true}},
        {"upstream, winProxyOptimization disabled", {true, true, false}},
    };
    for (const auto& [label, options] : modes) {
        const auto rows = run(services, endpoints, options);
        std::printf("## %s\n", label.c_str());
        std::printf("%-22s %10s %12s %10s  %s\n", "sync", "wall ms", "HNS ms", "calls",
                    "calls by operation");
        for (const auto& m : rows) {
            std::printf("%-22s %10.1f %12.1f %10zu  %s\n", m.name.c_str(), m.wall_ms, m.hns_ms,
                        m.calls, counts_text(m.counts).c_str());
        }
        std::printf("ratio one-change/full: wall %.5f, HNS time %.5f, calls %.5f\n\n",
                    rows[1].wall_ms / rows[0].wall_ms, rows[1].hns_ms / rows[0].hns_ms,
                    static_cast<double>(rows[1].calls) / static_cast<double>(rows[0].calls));
    }
    return 0;
}
