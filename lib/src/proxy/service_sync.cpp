// Programming one Service port: the body of upstream syncProxyRules' Service loop
// (pkg/proxy/winkernel/proxier.go) and its per-kind load balancers (loadbalancer.go), with the
// flag matrix of each kind.
#include "proxier_state.hpp"

#include <winnet/hns/endpoint.hpp>
#include <winnet/hns/hns_error.hpp>

namespace winnet::proxy {

namespace {

// isAllEndpointsTerminating: remote backends do not count with localTrafficDSR, nor do
// backends that are neither ready nor terminating. True when nothing is left (vacuously).
bool all_endpoints_terminating(const std::vector<EndpointInfo>& endpoints, bool local_only) {
    for (const auto& endpoint : endpoints) {
        if (local_only && !endpoint.is_local) {
            continue;
        }
        if (!endpoint.ready && !endpoint.terminating) {
            continue;
        }
        if (!endpoint.terminating) {
            return false;
        }
    }
    return true;
}

// isAllEndpointsNonServing.
bool all_endpoints_non_serving(const std::vector<EndpointInfo>& endpoints, bool local_only) {
    for (const auto& endpoint : endpoints) {
        if (local_only && !endpoint.is_local) {
            continue;
        }
        if (endpoint.serving) {
            return false;
        }
    }
    return true;
}

// The overlay ClusterIP helper: a remote endpoint at the cluster IP with the host's MAC and the
// node IP as provider address, created when HNS has no endpoint at that address.
bool ensure_cluster_ip_endpoint(ProxierState& s, ServiceInfo& service) {
    if (s.queried_endpoints.find_ip(service.cluster_ip) != nullptr) {
        return true;
    }
    EndpointInfo helper;
    helper.ip = service.cluster_ip;
    helper.mac_address = s.config.host_mac;
    helper.provider_address = s.config.node_ip;
    try {
        auto created = s.hns.create_endpoint(helper, s.network.name);
        acquire_reference(s, created, created.hns_id);
        s.queried_endpoints.insert(created);
        service.remote_endpoint = created;
    } catch (const hns::HnsError&) {
        ++s.hns_errors;
        return false;
    }
    return true;
}

struct Backends {
    std::vector<std::string> all;   // upstream hnsEndpoints
    std::vector<std::string> local; // upstream hnsLocalEndpoints
    bool contains_public_ip = false;
    bool contains_node_ip = false;
    bool abort = false;
};

// Binds each eligible backend to an HNS endpoint, creating remote endpoints as needed.
Backends bind_backends(ProxierState& s, ServiceInfo& service, std::vector<EndpointInfo>& endpoints,
                       bool some_serving, bool all_terminating) {
    Backends backends;
    const bool overlay = s.network.is_overlay();
    for (auto& endpoint : endpoints) {
        // ITP=Local and ETP=Local: remote backends are not even given HNS endpoints.
        if (service.internal_traffic_local && service.local_traffic_dsr && !endpoint.is_local) {
            continue;
        }
        if (some_serving) {
            if (!all_terminating && !endpoint.ready) {
                continue;
            }
            if (!endpoint.serving) {
                continue;
            }
        }
        if (service.target_port == 0 || service.target_port != endpoint.port) {
            service.target_port = endpoint.port; // the last backend's port wins (note 10.14)
        }
        const EndpointInfo* found = nullptr;
        if (!endpoint.hns_id.empty()) {
            found = s.queried_endpoints.find_id(endpoint.hns_id);
        }
        if (found == nullptr) {
            found = s.queried_endpoints.find_ip(endpoint.ip);
        }
        if (found == nullptr) {
            if (endpoint.is_local) {
                continue; // the CNI plugin has not created the pod's endpoint yet
            }
            EndpointInfo wanted;
            wanted.ip = endpoint.ip;
            wanted.mac_address = endpoint.mac_address;
            if (overlay) {
                // Re-read the network: flanneld may have added the remote subnet since.
                NetworkInfo network;
                try {
                    network = s.hns.get_network_by_name(s.network.name);
                } catch (const hns::HnsError&) {
                    ++s.hns_errors;
                    cleanup_all_services(s);
                    backends.abort = true;
                    return backends;
                }
                // Outside every remote subnet: a public IP, reached through this node.
                wanted.provider_address = network.find_remote_subnet_provider_address(endpoint.ip)
                                              .value_or(s.config.node_ip);
                wanted.mac_address = hns::conjure_mac("02-11", endpoint.ip);
            }
            try {
                const auto created = s.hns.create_endpoint(wanted, s.network.name);
                s.queried_endpoints.insert(created);
                found = s.queried_endpoints.find_id(created.hns_id);
            } catch (const hns::HnsError&) {
                ++s.hns_errors;
                continue;
            }
        }
        if (overlay && !endpoint.is_local) {
            const auto provider = s.network.find_remote_subnet_provider_address(endpoint.ip);
            backends.contains_node_ip |= provider && *provider == endpoint.ip;
            backends.contains_public_ip |= !provider;
        }
        const std::string id = found->hns_id;
        const bool hns_local = found->is_local;
        backends.all.push_back(id);
        if (hns_local) {
            backends.local.push_back(id);
            // A backend that now resolves to a local endpoint gives back a remote reference.
            decrement_reference(s, endpoint);
        } else {
            acquire_reference(s, endpoint, id);
        }
        endpoint.hns_id = id;
    }
    return backends;
}

} // namespace

ServiceSyncOutcome sync_service(ProxierState& s, ServiceInfo& service,
                                std::vector<EndpointInfo>& endpoints) {
    if (s.network.is_overlay() && !ensure_cluster_ip_endpoint(s, service)) {
        return ServiceSyncOutcome::Pending;
    }

    // Serving and terminating conditions matter only for Services with ingress IPs.
    bool all_terminating = false;
    bool all_non_serving = false;
    bool some_serving = true;
    if (!service.load_balancer_ingress_ips.empty()) {
        all_terminating = all_endpoints_terminating(endpoints, service.local_traffic_dsr);
        all_non_serving = all_endpoints_non_serving(endpoints, service.local_traffic_dsr);
        some_serving = !all_non_serving;
    }

    const auto backends = bind_backends(s, service, endpoints, some_serving, all_terminating);
    if (backends.abort) {
        return ServiceSyncOutcome::Abort;
    }
    if (backends.all.empty()) {
        // No backend: nothing to create. With winProxyOptimization the Service's surviving load
        // balancers are deleted here; the Service stays pending and is looked at every sync.
        if (service.win_proxy_optimization) {
            delete_load_balancer_policy(s, service);
        }
        return ServiceSyncOutcome::Pending;
    }

    // SNAT source: the overlay source VIP, or the node IP when a backend is outside the pod
    // network or is a node IP. L2Bridge load balancers carry none.
    std::optional<net::IpAddress> source_vip;
    if (s.network.is_overlay()) {
        source_vip = s.config.source_vip;
        if (backends.contains_public_ip || backends.contains_node_ip) {
            source_vip = s.config.node_ip;
        }
    }
    const bool session_affinity = service.session_affinity == k8s::SessionAffinity::ClientIP;
    const bool ipv6 = s.family() == net::IpFamily::IPv6;
    const bool available = !all_terminating && !all_non_serving;
    const auto protocol = to_hns_protocol(service.protocol);
    const bool optimization = service.win_proxy_optimization;
    const auto request = [&](LoadBalancerKind kind, std::vector<std::string> ids,
                             std::optional<net::IpAddress> vip, std::uint16_t external,
                             LoadBalancerPolicyFlags flags) {
        return LoadBalancerRequest{kind,  std::move(ids), source_vip,          std::move(vip),
                                   flags, protocol,       service.target_port, external};
    };

    // ClusterIP: created whenever there is a backend (k/k PR 115919), local ones only with
    // internalTrafficPolicy Local (k/k PR 133953 computes its identity from those too).
    {
        LoadBalancerPolicyFlags flags;
        flags.is_dsr = s.config.enable_dsr;
        flags.is_ipv6 = ipv6;
        flags.session_affinity = session_affinity;
        const auto& ids = service.internal_traffic_local ? backends.local : backends.all;
        if (!manage_load_balancer(
                s, service.hns_id,
                request(LoadBalancerKind::ClusterIP, ids, service.cluster_ip, service.port, flags),
                true, optimization)) {
            return ServiceSyncOutcome::Pending;
        }
    }

    // NodePort: VipExternalIP|LocalRoutedVIP; local backends and DSR with ETP=Local, local
    // backends with preserve-destination.
    if (service.node_port > 0) {
        LoadBalancerPolicyFlags flags;
        flags.is_vip_external_ip = true;
        flags.is_dsr = service.local_traffic_dsr;
        flags.local_routed_vip = true;
        flags.session_affinity = session_affinity;
        flags.is_ipv6 = ipv6;
        const auto& ids =
            service.preserve_dip || service.local_traffic_dsr ? backends.local : backends.all;
        if (!manage_load_balancer(
                s, service.node_port_hns_id,
                request(LoadBalancerKind::NodePort, ids, std::nullopt, service.node_port, flags),
                available, optimization)) {
            return ServiceSyncOutcome::Pending;
        }
    }

    // External IPs: VipExternalIP; local backends and DSR with ETP=Local.
    for (auto& external : service.external_ips) {
        LoadBalancerPolicyFlags flags;
        flags.is_vip_external_ip = true;
        flags.is_dsr = service.local_traffic_dsr;
        flags.session_affinity = session_affinity;
        flags.is_ipv6 = ipv6;
        const auto& ids = service.local_traffic_dsr ? backends.local : backends.all;
        if (!manage_load_balancer(
                s, external.hns_id,
                request(LoadBalancerKind::ExternalIP, ids, external.ip, service.port, flags),
                available, optimization)) {
            return ServiceSyncOutcome::Pending;
        }
    }

    // Ingress IPs: VipExternalIP, DSR with ETP=Local or preserve-destination, UseMux and
    // PreserveDIP with preserve-destination; then the health-check load balancer.
    if (!service.load_balancer_ingress_ips.empty()) {
        std::vector<std::string> gateway;
        if (s.config.forward_health_check_vip && available) {
            try {
                gateway.push_back(
                    s.hns.get_endpoint_by_name(s.config.root_hns_endpoint_name).hns_id);
            } catch (const hns::HnsError&) {
                ++s.hns_errors; // upstream logs it; the health-check load balancer is not made
            }
        }
        const auto health_port = service.health_check_node_port != 0
                                     ? service.health_check_node_port
                                     : s.config.healthz_port;
        for (auto& ingress : service.load_balancer_ingress_ips) {
            LoadBalancerPolicyFlags flags;
            flags.is_vip_external_ip = true;
            flags.is_dsr = service.preserve_dip || service.local_traffic_dsr;
            flags.use_mux = service.preserve_dip;
            flags.preserve_dip = service.preserve_dip;
            flags.session_affinity = session_affinity;
            flags.is_ipv6 = ipv6;
            const auto& ids =
                service.preserve_dip || service.local_traffic_dsr ? backends.local : backends.all;
            if (!manage_load_balancer(
                    s, ingress.hns_id,
                    request(LoadBalancerKind::IngressIP, ids, ingress.ip, service.port, flags),
                    available, optimization)) {
                return ServiceSyncOutcome::Pending;
            }
            LoadBalancerPolicyFlags health;
            health.use_mux = service.preserve_dip;
            health.preserve_dip = service.preserve_dip;
            health.is_ipv6 = ipv6;
            auto health_request =
                request(LoadBalancerKind::HealthCheck, gateway, ingress.ip, health_port, health);
            health_request.internal_port = health_port;
            if (!manage_load_balancer(s, ingress.health_check_hns_id, health_request, available,
                                      optimization)) {
                return ServiceSyncOutcome::Pending;
            }
        }
    }

    service.policy_applied = true;
    return ServiceSyncOutcome::Applied;
}

} // namespace winnet::proxy
