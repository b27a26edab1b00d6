// One load balancer of a Service: upstream manageLoadbalancer, requiresUpdateLoadbalancer,
// handleUpdateLoadbalancerFailure and deleteExistingLoadBalancer (loadbalancer.go, proxier.go).
#include "proxier_state.hpp"

#include <winnet/hns/hns_error.hpp>

namespace winnet::proxy {

namespace {

bool requires_update(const ProxierState& s, const std::string& hns_id,
                     const LoadBalancerRequest& request) {
    return s.features.modify_loadbalancer && !hns_id.empty() && !request.endpoints.empty();
}

// deleteExistingLoadBalancer: with winProxyOptimization the Service's load balancers survived
// the endpoint change; the old one goes unless one with the wanted identity already exists
// (then it is reused as it is). Without the optimization they were deleted already.
void delete_existing_load_balancer(ProxierState& s, bool win_proxy_optimization,
                                   std::string& hns_id, const LoadBalancerRequest& request) {
    if (!win_proxy_optimization || hns_id.empty()) {
        return;
    }
    if (s.queried_load_balancers.find(request.identity()) != nullptr) {
        return;
    }
    delete_load_balancer(s, hns_id);
}

} // namespace

bool manage_load_balancer(ProxierState& s, std::string& hns_id, const LoadBalancerRequest& request,
                          bool endpoints_available, bool win_proxy_optimization) {
    if (requires_update(s, hns_id, request) && endpoints_available) {
        try {
            hns_id = s.hns.update_load_balancer(hns_id, request, s.queried_load_balancers);
        } catch (const hns::HnsError& error) {
            ++s.hns_errors;
            if (!error.is_not_implemented()) {
                return false; // the Service is retried at the next sync
            }
            // HNS cannot modify load balancers (E_NOTIMPL): never try again in this process,
            // and replace this one below.
            s.features.modify_loadbalancer = false;
        }
    }
    if (!requires_update(s, hns_id, request)) {
        delete_existing_load_balancer(s, win_proxy_optimization, hns_id, request);
        if (!request.endpoints.empty() && endpoints_available) {
            try {
                hns_id = s.hns.get_load_balancer(request, s.queried_load_balancers);
            } catch (const hns::HnsError&) {
                ++s.hns_errors;
                return false;
            }
        }
    }
    return true;
}

} // namespace winnet::proxy
