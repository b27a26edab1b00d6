// Reference counts of remote HNS endpoints shared by several Services: upstream
// endPointsRefCount, endpointInfo.DecrementRefCount and endpointInfo.Cleanup (k/k PRs 91706,
// 101358). Two upstream quirks are fixed here (DOMAIN notes 10.10 and 10.11): a backend never
// holds two references on one endpoint (upstream counts again when a failed Service is retried),
// and a count never wraps below zero (upstream's uint16 does).
#include "proxier_state.hpp"

#include <winnet/hns/hns_error.hpp>

namespace winnet::proxy {

bool delete_hns_endpoint(ProxierState& s, const std::string& id) {
    try {
        s.hns.delete_endpoint(id);
    } catch (const hns::HnsError&) {
        ++s.hns_errors; // upstream logs and goes on
        return false;
    }
    s.queried_endpoints.erase(id);
    s.ref_counts.erase(id);
    ++s.endpoints_deleted;
    return true;
}

void acquire_reference(ProxierState& s, EndpointInfo& endpoint, const std::string& hns_id) {
    if (endpoint.holds_reference) {
        if (endpoint.hns_id == hns_id) {
            return; // already counted (a retried Service)
        }
        decrement_reference(s, endpoint);
    }
    ++s.ref_counts[hns_id];
    endpoint.holds_reference = true;
}

void decrement_reference(ProxierState& s, EndpointInfo& endpoint) {
    if (!endpoint.holds_reference) {
        return;
    }
    if (auto it = s.ref_counts.find(endpoint.hns_id); it != s.ref_counts.end() && it->second > 0) {
        --it->second;
    }
    endpoint.holds_reference = false;
}

void cleanup_endpoint(ProxierState& s, EndpointInfo& endpoint) {
    if (!endpoint.holds_reference) {
        return;
    }
    // Upstream checks the proxy-level locality; a backend bound to a local HNS endpoint holds no
    // reference, so only remote HNS endpoints get here.
    decrement_reference(s, endpoint);
    const auto it = s.ref_counts.find(endpoint.hns_id);
    if (it == s.ref_counts.end() || it->second == 0) {
        if (delete_hns_endpoint(s, endpoint.hns_id)) {
            endpoint.hns_id.clear();
        }
    }
}

} // namespace winnet::proxy
