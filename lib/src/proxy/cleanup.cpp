// Tearing policies down: upstream serviceInfo.cleanupAllPolicies and deleteLoadBalancerPolicy,
// Proxier.cleanupAllPolicies, deleteLoadBalancer, cleanupStaleLoadbalancers and the
// terminated-endpoint pass of syncProxyRules.
#include "proxier_state.hpp"

#include <winnet/hns/hns_error.hpp>

namespace winnet::proxy {

namespace {

// Deletes load balancer `id` for deleteLoadBalancerPolicy: success clears the id (and the
// cache entry), failure marks it stale. Upstream marks external-IP load balancers stale even
// when their delete succeeds (DOMAIN note 10.12), which only costs a lookup at the next sync;
// winnet marks only failures.
void delete_policy_load_balancer(ProxierState& s, std::string& id) {
    try {
        s.hns.delete_load_balancer(id);
    } catch (const hns::HnsError&) {
        ++s.hns_errors;
        s.stale_load_balancers.insert(id);
        return;
    }
    s.queried_load_balancers.erase(id);
    id.clear();
}

} // namespace

void delete_load_balancer_policy(ProxierState& s, ServiceInfo& service) {
    // Empty ids are passed on as upstream does: HNS is asked for load balancer "" and answers
    // not found, which counts as deleted.
    delete_policy_load_balancer(s, service.hns_id);
    delete_policy_load_balancer(s, service.node_port_hns_id);
    for (auto& external : service.external_ips) {
        delete_policy_load_balancer(s, external.hns_id);
    }
    for (auto& ingress : service.load_balancer_ingress_ips) {
        delete_policy_load_balancer(s, ingress.hns_id);
        if (!ingress.health_check_hns_id.empty()) {
            delete_policy_load_balancer(s, ingress.health_check_hns_id);
        }
    }
}

void cleanup_all_policies(ProxierState& s, ServiceInfo& service,
                          std::vector<EndpointInfo>& endpoints, bool is_endpoint_change) {
    // With winProxyOptimization an endpoint change keeps the load balancers (the sync updates
    // or replaces them) and only gives back the endpoint references.
    const bool optimized = is_endpoint_change && service.win_proxy_optimization;
    if (!optimized) {
        delete_load_balancer_policy(s, service);
    }
    for (auto& endpoint : endpoints) {
        if (optimized) {
            decrement_reference(s, endpoint);
        } else {
            cleanup_endpoint(s, endpoint);
        }
    }
    // The overlay ClusterIP helper endpoint goes every time, even on an optimized endpoint
    // change; the sync recreates it (DOMAIN note 10.7).
    if (service.remote_endpoint) {
        cleanup_endpoint(s, *service.remote_endpoint);
    }
    service.policy_applied = false;
    s.pending.insert(service.name);
}

void cleanup_all_services(ProxierState& s) {
    for (auto& [name, service] : s.svc_port_map) {
        std::vector<EndpointInfo> none;
        const auto it = s.endpoints_map.find(name);
        cleanup_all_policies(s, service, it == s.endpoints_map.end() ? none : it->second, false);
    }
}

void delete_load_balancer(ProxierState& s, std::string& id) {
    try {
        s.hns.delete_load_balancer(id);
        s.queried_load_balancers.erase(id);
    } catch (const hns::HnsError&) {
        ++s.hns_errors;
        s.stale_load_balancers.insert(id);
    }
    id.clear();
}

void cleanup_stale_load_balancers(ProxierState& s) {
    // MAX_COUNT_STALE_LOADBALANCERS: at most 20 attempts per sync, the rest wait. Upstream
    // iterates a Go map (random order); winnet goes by id.
    constexpr std::size_t max_attempts = 20;
    std::size_t attempts = 0;
    for (auto it = s.stale_load_balancers.begin();
         it != s.stale_load_balancers.end() && attempts < max_attempts; ++attempts) {
        try {
            s.hns.delete_load_balancer(*it);
            s.queried_load_balancers.erase(*it);
            it = s.stale_load_balancers.erase(it);
        } catch (const hns::HnsError&) {
            ++s.hns_errors;
            ++it;
        }
    }
}

void cleanup_terminated_endpoints(ProxierState& s) {
    for (const auto& ip : s.terminated_endpoints) {
        const auto* endpoint = s.queried_endpoints.find_ip(ip);
        // Never a local endpoint: it belongs to the CNI plugin (newest upstream, k/k PR 138000).
        if (endpoint == nullptr || endpoint->hns_id.empty() || endpoint->is_local) {
            continue;
        }
        const auto count = s.ref_counts.find(endpoint->hns_id);
        if (count == s.ref_counts.end() || count->second == 0) {
            const std::string id = endpoint->hns_id;
            delete_hns_endpoint(s, id);
        }
    }
    // Upstream clears this set at every endpoints-change callback, so only the last changed
    // Service's terminated backends are ever looked at (DOMAIN note 10.16), and keeps it across
    // syncs. winnet collects the backends of every changed Service and clears the set once it
    // has been processed: a backend still in use stays, and its last user's change adds it again.
    s.terminated_endpoints.clear();
}

} // namespace winnet::proxy
