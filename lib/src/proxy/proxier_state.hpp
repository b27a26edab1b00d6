// The proxier's state and the plain functions that make up a sync. Private to lib/src/proxy:
// proxier.cpp orchestrates (upstream syncProxyRules), change_tracking.cpp applies Service and
// EndpointSlice changes (the trackers and their callbacks), cleanup.cpp tears policies down,
// ref_counts.cpp counts remote-endpoint references, service_sync.cpp programs one Service port
// and load_balancers.cpp runs manageLoadbalancer.
#pragma once

#include <winnet/hns/version.hpp>
#include <winnet/k8s/endpoint_slice.hpp>
#include <winnet/k8s/service.hpp>
#include <winnet/proxy/proxier.hpp>
#include <winnet/proxy/proxy_hns.hpp>

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace winnet::proxy {

struct Proxier::State {
    State(hns::HostNetworkService& service, ProxierConfig cfg)
        : hns(service), config(std::move(cfg)) {}

    ProxyHns hns;
    ProxierConfig config;
    NetworkInfo network;
    hns::SupportedFeatures features;
    std::size_t startup_failures = 0;

    // What the informers reported (the trackers' input), and what changed since the last sync.
    std::map<k8s::NamespacedName, k8s::Service> services_in;
    std::map<k8s::NamespacedName, k8s::EndpointSlice> slices_in;
    std::map<k8s::NamespacedName, std::set<std::string>> slices_by_service;
    std::set<k8s::NamespacedName> changed_services;
    std::set<k8s::NamespacedName> changed_endpoints;

    // Upstream svcPortMap, endpointsMap, endPointsRefCount, mapStaleLoadbalancers and
    // terminatedEndpoints. `pending` holds the Service ports whose policy is not applied, so a
    // sync visits only those (upstream visits every Service and skips the applied ones).
    std::map<ServicePortName, ServiceInfo> svc_port_map;
    EndpointsMap endpoints_map;
    std::unordered_map<std::string, std::uint16_t> ref_counts;
    std::set<std::string> stale_load_balancers;
    std::set<net::IpAddress> terminated_endpoints;
    std::set<ServicePortName> pending;

    // Upstream queriedEndpoints and queriedLoadBalancers (re-listed every sync unless
    // config.requery_hns_each_sync is off and they are still valid).
    QueriedEndpoints queried_endpoints;
    QueriedLoadBalancers queried_load_balancers;
    bool queried_valid = false;
    // HNS errors seen in the current sync: the lists are re-read at the next one.
    std::size_t hns_errors = 0;
    std::size_t endpoints_deleted = 0;

    [[nodiscard]] net::IpFamily family() const { return config.node_ip.family(); }
};

using ProxierState = Proxier::State;

// --- ref_counts.cpp: endpointInfo's reference counting ---------------------------------------
// Takes one reference on the remote HNS endpoint `endpoint` is now bound to.
void acquire_reference(ProxierState& s, EndpointInfo& endpoint, const std::string& hns_id);
// upstream endpointInfo.DecrementRefCount: releases the reference without deleting anything.
void decrement_reference(ProxierState& s, EndpointInfo& endpoint);
// upstream endpointInfo.Cleanup: releases the reference and deletes the remote HNS endpoint when
// it was the last.
void cleanup_endpoint(ProxierState& s, EndpointInfo& endpoint);
// Deletes HNS endpoint `id` and forgets it; false (and counted as an HNS error) on failure.
bool delete_hns_endpoint(ProxierState& s, const std::string& id);

// --- cleanup.cpp ------------------------------------------------------------------------------
// upstream serviceInfo.deleteLoadBalancerPolicy.
void delete_load_balancer_policy(ProxierState& s, ServiceInfo& service);
// upstream serviceInfo.cleanupAllPolicies.
void cleanup_all_policies(ProxierState& s, ServiceInfo& service,
                          std::vector<EndpointInfo>& endpoints, bool is_endpoint_change);
// upstream Proxier.cleanupAllPolicies: every Service, as for a Service change.
void cleanup_all_services(ProxierState& s);
// upstream Proxier.deleteLoadBalancer: deletes, remembers a failure as stale, always clears id.
void delete_load_balancer(ProxierState& s, std::string& id);
// upstream cleanupStaleLoadbalancers: at most 20 attempts per sync.
void cleanup_stale_load_balancers(ProxierState& s);
// Step 8 of upstream syncProxyRules: deletes remote HNS endpoints of terminated backends that
// no Service references any more.
void cleanup_terminated_endpoints(ProxierState& s);

// --- change_tracking.cpp ----------------------------------------------------------------------
// svcPortMap.Update with serviceMapChange, then endpointsMap.Update with endpointsMapChange.
void apply_service_changes(ProxierState& s);
void apply_endpoint_changes(ProxierState& s);

// --- load_balancers.cpp -----------------------------------------------------------------------
// upstream manageLoadbalancer: update in place, keep, or delete and create. False when the
// Service must be retried at the next sync.
bool manage_load_balancer(ProxierState& s, std::string& hns_id, const LoadBalancerRequest& request,
                          bool endpoints_available, bool win_proxy_optimization);

// --- service_sync.cpp -------------------------------------------------------------------------
enum class ServiceSyncOutcome {
    Applied, // every load balancer programmed: policy_applied
    Pending, // retried at the next sync
    Abort,   // the network vanished: the whole sync stops
};
// The body of upstream syncProxyRules' loop for one Service port.
ServiceSyncOutcome sync_service(ProxierState& s, ServiceInfo& service,
                                std::vector<EndpointInfo>& endpoints);

} // namespace winnet::proxy
