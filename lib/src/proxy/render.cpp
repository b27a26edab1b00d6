// Tables of the proxier's Services and load balancers, for examples, the CLI and notebooks.
#include <winnet/proxy/render.hpp>

#include <map>

namespace winnet::proxy {

namespace {

const char* yes(bool value) {
    return value ? "yes" : "-";
}

std::string short_id(const std::string& id, bool full) {
    return full || id.size() <= 8 ? id : id.substr(0, 8);
}

} // namespace

hns::Table service_table(const Proxier& proxier) {
    hns::Table t{{"SERVICE PORT", "PROTOCOL", "CLUSTER IP", "PORT", "TARGET", "NODE PORT",
                  "PRESERVE DIP", "LOCAL DSR", "ITP LOCAL", "WIN OPT", "APPLIED"},
                 {}};
    for (const auto& [name, s] : proxier.services()) {
        t.rows.push_back({name.to_string(), k8s::to_string(s.protocol), s.cluster_ip.to_string(),
                          std::to_string(s.port), std::to_string(s.target_port),
                          s.node_port != 0 ? std::to_string(s.node_port) : "-", yes(s.preserve_dip),
                          yes(s.local_traffic_dsr), yes(s.internal_traffic_local),
                          yes(s.win_proxy_optimization), yes(s.policy_applied)});
    }
    return t;
}

hns::Table load_balancer_kind_table(const Proxier& proxier, const hns::HnsState& state,
                                    bool full_ids) {
    std::map<std::string, const hns::LoadBalancer*> lbs;
    for (const auto& lb : state.load_balancers) {
        lbs[lb.id] = &lb;
    }
    std::map<std::string, bool> remote;
    for (const auto& e : state.endpoints) {
        remote[e.id] = e.is_remote();
    }
    hns::Table t{{"SERVICE PORT", "KIND", "ID", "FRONTEND", "PORTS", "LB FLAGS", "PORT FLAGS",
                  "DISTRIBUTION", "SOURCE VIP", "BACKENDS"},
                 {}};
    const auto row = [&](const ServicePortName& name, LoadBalancerKind kind, const std::string& id,
                         const std::string& frontend) {
        const auto it = lbs.find(id);
        if (id.empty() || it == lbs.end()) {
            t.rows.push_back({name.to_string(), to_string(kind), "-", frontend, "-", "-", "-", "-",
                              "-", "none"});
            return;
        }
        const auto& lb = *it->second;
        std::string ports = "-";
        std::string port_flags = "-";
        std::string distribution = "-";
        if (!lb.port_mappings.empty()) {
            const auto& pm = lb.port_mappings.front();
            ports = hns::to_string(pm.protocol) + " " + std::to_string(pm.external_port) + "->" +
                    std::to_string(pm.internal_port);
            port_flags = hns::to_string(pm.flags);
            distribution = hns::to_string(pm.distribution_type);
        }
        std::size_t local = 0;
        std::size_t far = 0;
        for (const auto& ep : lb.host_compute_endpoints) {
            (remote[ep] ? far : local) += 1;
        }
        t.rows.push_back({name.to_string(), to_string(kind), short_id(lb.id, full_ids), frontend,
                          ports, hns::to_string(lb.flags), port_flags, distribution,
                          lb.source_vip ? lb.source_vip->to_string() : "-",
                          std::to_string(local) + " local, " + std::to_string(far) + " remote"});
    };
    for (const auto& [name, s] : proxier.services()) {
        row(name, LoadBalancerKind::ClusterIP, s.hns_id, s.cluster_ip.to_string());
        if (s.node_port != 0) {
            row(name, LoadBalancerKind::NodePort, s.node_port_hns_id, "(node ports)");
        }
        for (const auto& e : s.external_ips) {
            row(name, LoadBalancerKind::ExternalIP, e.hns_id, e.ip.to_string());
        }
        for (const auto& i : s.load_balancer_ingress_ips) {
            row(name, LoadBalancerKind::IngressIP, i.hns_id, i.ip.to_string());
            if (proxier.config().forward_health_check_vip) {
                row(name, LoadBalancerKind::HealthCheck, i.health_check_hns_id, i.ip.to_string());
            }
        }
    }
    return t;
}

} // namespace winnet::proxy
