// plan(): kube-proxy started on a simulated copy of a node's HNS, then one sync per cluster state,
// with every HNS call recorded. The JSON and table renderings of the result (`winnet plan`).
#include "json/go_writer.hpp"

#include <winnet/hns/hns_error.hpp>
#include <winnet/hns/render.hpp>
#include <winnet/proxy/plan.hpp>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace winnet::proxy {

namespace {

std::string family_name(net::IpFamily family) {
    return family == net::IpFamily::IPv4 ? "IPv4" : "IPv6";
}

// "0x803b0013 HCN_E_PORT_ALREADY_EXISTS", as hns::call_table shows a failed call.
std::string hresult_text(hns::HResult code) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%08x", static_cast<unsigned>(code));
    return std::string(hex) + " " + hns::to_string(code);
}

// The node IPs in proxier order (IPv4 first), after the checks kube-proxy's start-up makes.
std::vector<net::IpAddress> proxier_ips(const std::vector<net::IpAddress>& node_ips) {
    if (node_ips.empty()) {
        throw ProxierError("no node IP: kube-proxy needs the node's IP of each family it serves");
    }
    if (node_ips.size() > 2) {
        throw ProxierError("at most two node IPs (one IPv4, one IPv6), found " +
                           std::to_string(node_ips.size()));
    }
    auto ips = node_ips;
    if (ips.size() == 2) {
        if (ips[0].family() == ips[1].family()) {
            throw ProxierError("two node IPs of one family (" + ips[0].to_string() + " and " +
                               ips[1].to_string() + "): a dual-stack node has one of each");
        }
        std::stable_sort(ips.begin(), ips.end(),
                         [](const auto& a, const auto& b) { return a.is_v4() && !b.is_v4(); });
    }
    return ips;
}

// Upstream DualStackCompatTester.DualStackCompatible (pkg/proxy/winkernel, Kubernetes 1.33):
// dual-stack needs HNS's IPv6DualStack feature and a network that is not an overlay while
// WinOverlay is on. Upstream then runs single-stack; plan says why instead.
void check_dual_stack(hns::SimulatedHns& sim, const k8s::KubeProxyConfiguration& config) {
    const auto version = sim.version();
    if (!hns::supported_features(version).ipv6_dual_stack) {
        std::string ranges;
        for (const auto& feature : hns::feature_table()) {
            if (feature.name == "IPv6DualStack") {
                for (const auto& range : feature.ranges) {
                    ranges += (ranges.empty() ? "" : ", ") + range.to_string();
                }
            }
        }
        throw ProxierError("dual-stack needs the HNS feature IPv6DualStack (HNS " + ranges +
                           "); this node runs HNS " + version.to_string());
    }
    const auto& name = config.winkernel.network_name;
    if (name.empty()) {
        return; // the Proxier constructor refuses with upstream's message
    }
    hns::Network network;
    try {
        network = sim.get_network_by_name(name);
    } catch (const hns::NotFoundError&) {
        return; // the Proxier constructor's lookup reports it
    }
    if (NetworkInfo::of(network).is_overlay() && config.feature_enabled("WinOverlay")) {
        throw ProxierError("dual-stack is not supported on the overlay network " + name +
                           " (kube-proxy would run single-stack)");
    }
}

PlanStep record(hns::SimulatedHns& sim, std::vector<SyncResult> results = {}) {
    PlanStep step;
    step.calls = sim.calls();
    step.counts = sim.counts();
    step.state = sim.state();
    step.results = std::move(results);
    sim.clear_calls();
    return step;
}

void write_calls(json::GoWriter& w, const PlanStep& step) {
    w.key("calls");
    w.begin_array();
    for (const auto& call : step.calls) {
        w.begin_object();
        w.key("op");
        w.string(hns::to_string(call.operation));
        w.key("id");
        w.string(call.id);
        if (!call.document.empty()) {
            w.key("document");
            w.raw(json::go_compact(call.document));
        }
        if (call.error) {
            w.key("error");
            w.string(hresult_text(*call.error));
        }
        w.end_object();
    }
    w.end_array();
    w.key("counts");
    w.begin_object();
    for (const auto& [operation, count] : step.counts) {
        w.key(hns::to_string(operation));
        w.number(count);
    }
    w.end_object();
}

template <class T>
void write_objects(json::GoWriter& w, const char* key, const std::vector<T>& items) {
    w.key(key);
    w.begin_array();
    for (const auto& item : items) {
        w.raw(item.to_json(hns::JsonStyle::Compact));
    }
    w.end_array();
}

std::string counts_text(const PlanStep& step) {
    std::string out;
    for (const auto& [operation, count] : step.counts) {
        out += (out.empty() ? "" : ", ") + hns::to_string(operation) + " " + std::to_string(count);
    }
    return out.empty() ? "none" : out;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string result_text(const SyncResult& r) {
    std::string out = r.completed ? "completed" : "stopped early";
    out += ", " + plural(r.services_synced, "service port", "service ports") + " synced, " +
           std::to_string(r.services_pending) + " pending, " +
           plural(r.endpoints_deleted, "remote endpoint", "remote endpoints") + " deleted, " +
           plural(r.stale_load_balancers, "stale load balancer", "stale load balancers");
    if (!r.message.empty()) {
        out += ": " + r.message;
    }
    return out;
}

std::string calls_text(const PlanStep& step, bool full_ids) {
    if (step.calls.empty()) {
        return "No HNS calls.\n";
    }
    return hns::call_table(step.calls, full_ids).to_text() + "Counts: " + counts_text(step) + "\n";
}

} // namespace

std::string Plan::to_json(hns::JsonStyle style) const {
    json::GoWriter w;
    w.begin_object();
    w.key("startup");
    w.begin_object();
    write_calls(w, startup);
    w.end_object();
    w.key("syncs");
    w.begin_array();
    for (const auto& step : syncs) {
        w.begin_object();
        write_calls(w, step);
        w.key("state");
        w.begin_object();
        write_objects(w, "endpoints", step.state.endpoints);
        write_objects(w, "loadBalancers", step.state.load_balancers);
        w.end_object();
        w.end_object();
    }
    w.end_array();
    w.end_object();
    auto compact = w.take();
    return style == hns::JsonStyle::Compact ? compact : json::go_indent(compact);
}

std::string Plan::to_table(bool full_ids) const {
    std::string out = "Start-up (" + plural(startup.calls.size(), "HNS call", "HNS calls") + ")\n";
    out += calls_text(startup, full_ids);
    for (std::size_t i = 0; i < syncs.size(); ++i) {
        const auto& step = syncs[i];
        out += "\nSync " + std::to_string(i + 1) + " (" +
               plural(step.calls.size(), "HNS call", "HNS calls") + ")\n";
        for (std::size_t p = 0; p < step.results.size(); ++p) {
            const auto family = p < families.size() ? family_name(families[p]) : "?";
            out += family + " proxier: " + result_text(step.results[p]) + "\n";
        }
        out += calls_text(step, full_ids);
        out += "\nEndpoints\n" + hns::endpoint_table(step.state.endpoints).to_text();
        out += "\nLoad balancers\n" +
               hns::load_balancer_table(step.state.load_balancers, full_ids).to_text();
    }
    return out;
}

Plan plan(const std::vector<k8s::ClusterState>& clusters, const k8s::KubeProxyConfiguration& config,
          const hns::HnsState& hns_state, const std::vector<net::IpAddress>& node_ips,
          const net::MacAddress& host_mac) {
    const auto ips = proxier_ips(node_ips);
    hns::SimulatedHns sim(hns_state);
    if (ips.size() == 2) {
        check_dual_stack(sim, config);
    }
    sim.clear_calls();

    Plan out;
    std::vector<std::unique_ptr<Proxier>> proxiers;
    for (const auto& ip : ips) {
        try {
            proxiers.push_back(std::make_unique<Proxier>(
                sim, ProxierConfig::from(config, ip, host_mac.to_string())));
        } catch (const hns::NotFoundError&) {
            // Upstream NewProxier waits (retrying every second) until the network exists.
            throw ProxierError("HNS network " + config.winkernel.network_name +
                               " not found: kube-proxy would wait for it");
        }
        out.families.push_back(ip.family());
    }
    out.startup = record(sim);

    for (const auto& cluster : clusters) {
        std::vector<SyncResult> results;
        for (auto& proxier : proxiers) {
            proxier->apply(cluster);
            results.push_back(proxier->sync());
        }
        out.syncs.push_back(record(sim, std::move(results)));
    }
    return out;
}

} // namespace winnet::proxy
