// The proxier: start-up (upstream NewProxier), the informers' events, and the sync's order of
// steps (upstream syncProxyRules). The steps themselves live in the other files of this folder.
#include "proxier_state.hpp"

#include <winnet/hns/hns_error.hpp>

namespace winnet::proxy {

ProxierConfig ProxierConfig::from(const k8s::KubeProxyConfiguration& config,
                                  const net::IpAddress& node_ip, const std::string& host_mac) {
    ProxierConfig c;
    c.node_name = config.hostname_override;
    c.node_ip = node_ip;
    c.host_mac = host_mac;
    c.network_name = config.winkernel.network_name;
    c.source_vip = config.winkernel.source_vip;
    c.enable_dsr = config.winkernel.enable_dsr;
    c.root_hns_endpoint_name = config.winkernel.root_hns_endpoint_name;
    c.forward_health_check_vip = config.winkernel.forward_health_check_vip;
    c.healthz_port = config.healthz_port();
    c.win_dsr_gate = config.feature_enabled("WinDSR");
    c.win_overlay_gate = config.feature_enabled("WinOverlay");
    return c;
}

Proxier::Proxier(hns::HostNetworkService& service, ProxierConfig config)
    : state_(std::make_unique<State>(service, std::move(config))) {
    auto& s = *state_;
    const auto version = service.version();
    s.features = hns::supported_features(version);
    if (!s.features.api_v2) {
        throw ProxierError("Windows HNS Api V2 required. This version of windows does not "
                           "support API V2 (HNS " +
                           std::to_string(version.major) + "." + std::to_string(version.minor) +
                           ")");
    }
    if (s.config.network_name.empty()) {
        throw ProxierError("Environment variable KUBE_NETWORK and network-flag not initialized");
    }
    // kube-proxy deletes every load balancer on the host before it starts (k/k PR 78225); the
    // remote endpoints of a previous run stay.
    s.startup_failures = s.hns.delete_all_load_balancers();
    // Upstream waits for the network (retrying every second) and, on an overlay, waits 10
    // seconds and reads it again for late remote-subnet policies; winnet reads it the same
    // number of times without waiting, and a missing network is an error.
    s.network = s.hns.get_network_by_name(s.config.network_name);
    if (s.network.is_overlay()) {
        s.network = s.hns.get_network_by_name(s.config.network_name);
    }
    if (s.config.enable_dsr) {
        if (!s.config.win_dsr_gate) {
            throw ProxierError("WinDSR feature gate not enabled");
        }
        if (!s.features.dsr) {
            throw ProxierError("DSR is not supported by HNS " + std::to_string(version.major) +
                               "." + std::to_string(version.minor));
        }
    }
    if (s.network.is_overlay()) {
        if (!s.config.win_overlay_gate) {
            throw ProxierError("WinOverlay feature gate not enabled");
        }
        if (!s.features.remote_subnet) {
            throw ProxierError("Remote subnets are not supported by HNS " +
                               std::to_string(version.major) + "." + std::to_string(version.minor));
        }
        if (!s.config.source_vip) {
            throw ProxierError("source-vip flag not set");
        }
        if (s.config.source_vip->family() != s.family()) {
            throw ProxierError("source VIP " + s.config.source_vip->to_string() +
                               " is not of the node IP's family (" + s.config.node_ip.to_string() +
                               ")");
        }
        if (s.config.host_mac.empty()) {
            throw ProxierError("could not find host mac address for " +
                               s.config.node_ip.to_string());
        }
    } else {
        s.config.source_vip.reset(); // only overlay networks use it
    }
}

Proxier::~Proxier() = default;

// --- the informers' events ------------------------------------------------------------------

void Proxier::set_service(const k8s::Service& service) {
    const auto key = service.metadata.key();
    state_->services_in[key] = service;
    state_->changed_services.insert(key);
}

void Proxier::delete_service(const k8s::NamespacedName& service) {
    if (state_->services_in.erase(service) > 0) {
        state_->changed_services.insert(service);
    }
}

void Proxier::set_endpoint_slice(const k8s::EndpointSlice& slice) {
    auto& s = *state_;
    const auto key = slice.metadata.key();
    if (const auto old = s.slices_in.find(key); old != s.slices_in.end()) {
        const auto service = old->second.service();
        s.slices_by_service[service].erase(key.name);
        s.changed_endpoints.insert(service);
    }
    const auto service = slice.service();
    s.slices_in[key] = slice;
    s.slices_by_service[service].insert(key.name);
    s.changed_endpoints.insert(service);
}

void Proxier::delete_endpoint_slice(const k8s::NamespacedName& slice) {
    auto& s = *state_;
    const auto old = s.slices_in.find(slice);
    if (old == s.slices_in.end()) {
        return;
    }
    const auto service = old->second.service();
    s.slices_by_service[service].erase(slice.name);
    s.changed_endpoints.insert(service);
    s.slices_in.erase(old);
}

void Proxier::apply(const k8s::ClusterState& cluster) {
    auto& s = *state_;
    std::vector<k8s::NamespacedName> gone;
    for (const auto& [key, service] : s.services_in) {
        if (cluster.find_service(key) == nullptr) {
            gone.push_back(key);
        }
    }
    for (const auto& key : gone) {
        delete_service(key);
    }
    for (const auto& [key, service] : cluster.services()) {
        const auto it = s.services_in.find(key);
        if (it == s.services_in.end() || !(it->second == service)) {
            set_service(service);
        }
    }
    gone.clear();
    for (const auto& [key, slice] : s.slices_in) {
        if (cluster.find_endpoint_slice(key) == nullptr) {
            gone.push_back(key);
        }
    }
    for (const auto& key : gone) {
        delete_endpoint_slice(key);
    }
    for (const auto& [key, slice] : cluster.endpoint_slices()) {
        const auto it = s.slices_in.find(key);
        if (it == s.slices_in.end() || !(it->second == slice)) {
            set_endpoint_slice(slice);
        }
    }
}

// --- the sync -------------------------------------------------------------------------------

namespace {

// Upstream newSourceVIP: the overlay source VIP needs a local HNS endpoint with the host's MAC.
bool ensure_source_vip_endpoint(ProxierState& s) {
    if (!s.network.is_overlay() || !s.config.source_vip ||
        s.queried_endpoints.find_ip(*s.config.source_vip) != nullptr) {
        return true;
    }
    EndpointInfo vip;
    vip.ip = *s.config.source_vip;
    vip.is_local = true;
    vip.mac_address = s.config.host_mac;
    try {
        // Upstream does not add it to queriedEndpoints (the next sync lists it); winnet does,
        // which changes nothing within the sync and keeps a cached list right.
        s.queried_endpoints.insert(s.hns.create_endpoint(vip, s.network.name));
    } catch (const hns::HnsError&) {
        ++s.hns_errors;
        return false;
    }
    return true;
}

SyncResult finish(ProxierState& s, SyncResult result) {
    result.endpoints_deleted = s.endpoints_deleted;
    result.stale_load_balancers = s.stale_load_balancers.size();
    result.services_pending = s.pending.size();
    if (s.hns_errors > 0) {
        s.queried_valid = false; // something failed: list HNS again next time
    }
    return result;
}

} // namespace

SyncResult Proxier::sync(bool full) {
    auto& s = *state_;
    s.hns_errors = 0;
    s.endpoints_deleted = 0;
    SyncResult result;

    // 1. The network: gone or recreated means every policy is stale.
    try {
        const auto network = s.hns.get_network_by_name(s.config.network_name);
        if (network.id != s.network.id) {
            cleanup_all_services(s);
            s.network = network;
            s.queried_valid = false;
            result.message = "network " + network.name + " was recreated (id " + network.id +
                             "); every policy was removed and is reprogrammed next sync";
            return finish(s, result);
        }
        s.network = network;
    } catch (const hns::NotFoundError&) {
        cleanup_all_services(s);
        s.queried_valid = false;
        result.message = "network " + s.config.network_name + " not found; every policy removed";
        return finish(s, result);
    } catch (const hns::HnsError& error) {
        result.message = error.what();
        ++s.hns_errors;
        return finish(s, result);
    }

    // 2. Pending Service and EndpointSlice changes, Services first.
    apply_service_changes(s);
    apply_endpoint_changes(s);

    // 3. What HNS has: the network's endpoints and every load balancer.
    if (s.config.requery_hns_each_sync || !s.queried_valid || full) {
        std::vector<std::string> shadowed;
        try {
            s.queried_endpoints = s.hns.get_all_endpoints_by_network(s.network, &shadowed);
            s.queried_load_balancers = s.hns.get_all_load_balancers();
            s.queried_valid = true;
        } catch (const hns::HnsError& error) {
            ++s.hns_errors;
            result.message = error.what();
            return finish(s, result);
        }
        // A remote endpoint left at an address that is now a local pod's (k/k PR 138000).
        for (const auto& id : shadowed) {
            const auto count = s.ref_counts.find(id);
            if (count == s.ref_counts.end() || count->second == 0) {
                delete_hns_endpoint(s, id);
            }
        }
    }

    // 4. The overlay source VIP endpoint.
    if (!ensure_source_vip_endpoint(s)) {
        result.message = "could not create the source VIP endpoint";
        return finish(s, result);
    }

    // 5. Every Service port whose policy is not applied, in ServicePortName order.
    const std::vector<ServicePortName> todo(s.pending.begin(), s.pending.end());
    for (const auto& name : todo) {
        auto service = s.svc_port_map.find(name);
        if (service == s.svc_port_map.end() || service->second.policy_applied) {
            s.pending.erase(name);
            continue;
        }
        auto& endpoints = s.endpoints_map[name];
        const auto outcome = sync_service(s, service->second, endpoints);
        if (endpoints.empty()) {
            s.endpoints_map.erase(name);
        }
        if (outcome == ServiceSyncOutcome::Abort) {
            result.message =
                "network " + s.network.name + " could not be read; every policy removed";
            return finish(s, result);
        }
        if (outcome == ServiceSyncOutcome::Applied) {
            s.pending.erase(name);
            ++result.services_synced;
        }
    }

    // 8. Remote endpoints of backends that went away, 9. load balancers that failed to delete.
    cleanup_terminated_endpoints(s);
    cleanup_stale_load_balancers(s);
    result.completed = true;
    return finish(s, result);
}

// --- accessors ------------------------------------------------------------------------------

const std::map<ServicePortName, ServiceInfo>& Proxier::services() const {
    return state_->svc_port_map;
}

const EndpointsMap& Proxier::endpoints() const {
    return state_->endpoints_map;
}

const ServiceInfo* Proxier::find_service(const ServicePortName& name) const {
    const auto it = state_->svc_port_map.find(name);
    return it == state_->svc_port_map.end() ? nullptr : &it->second;
}

const std::vector<EndpointInfo>& Proxier::endpoints_of(const ServicePortName& name) const {
    static const std::vector<EndpointInfo> none;
    const auto it = state_->endpoints_map.find(name);
    return it == state_->endpoints_map.end() ? none : it->second;
}

std::uint16_t Proxier::ref_count(const std::string& hns_id) const {
    const auto it = state_->ref_counts.find(hns_id);
    return it == state_->ref_counts.end() ? 0 : it->second;
}

std::set<std::string> Proxier::stale_load_balancers() const {
    return state_->stale_load_balancers;
}

const NetworkInfo& Proxier::network() const {
    return state_->network;
}

const hns::SupportedFeatures& Proxier::supported_features() const {
    return state_->features;
}

void Proxier::set_modify_load_balancer(bool enabled) {
    state_->features.modify_loadbalancer = enabled;
}

const ProxierConfig& Proxier::config() const {
    return state_->config;
}

net::IpFamily Proxier::family() const {
    return state_->family();
}

std::size_t Proxier::startup_cleanup_failures() const {
    return state_->startup_failures;
}

} // namespace winnet::proxy
