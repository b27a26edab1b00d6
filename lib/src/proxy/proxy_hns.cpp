// kube-proxy's HNS layer: upstream hns.go (the `hns` type implementing HostNetworkService).
#include <winnet/hns/hns_error.hpp>
#include <winnet/proxy/proxy_hns.hpp>

namespace winnet::proxy {

// --- QueriedEndpoints -----------------------------------------------------------------------

const EndpointInfo* QueriedEndpoints::find_id(std::string_view id) const {
    const auto it = by_id_.find(std::string(id));
    return it == by_id_.end() ? nullptr : &it->second;
}

const EndpointInfo* QueriedEndpoints::find_ip(const net::IpAddress& ip) const {
    const auto it = by_ip_.find(ip);
    return it == by_ip_.end() ? nullptr : find_id(it->second);
}

void QueriedEndpoints::insert(const EndpointInfo& endpoint, bool bind_address) {
    by_id_[endpoint.hns_id] = endpoint;
    if (bind_address) {
        by_ip_[endpoint.ip] = endpoint.hns_id;
    }
}

void QueriedEndpoints::bind(const net::IpAddress& ip, const std::string& id) {
    by_ip_[ip] = id;
}

void QueriedEndpoints::erase(std::string_view id) {
    const auto it = by_id_.find(std::string(id));
    if (it == by_id_.end()) {
        return;
    }
    // An address is bound to at most two ids' worth of addresses; look only at those.
    if (const auto ip = by_ip_.find(it->second.ip); ip != by_ip_.end() && ip->second == id) {
        by_ip_.erase(ip);
    }
    by_id_.erase(it);
}

// --- QueriedLoadBalancers -------------------------------------------------------------------

const std::string* QueriedLoadBalancers::find(const LoadBalancerIdentity& identity) const {
    const auto it = by_identity_.find(identity);
    return it == by_identity_.end() ? nullptr : &it->second;
}

void QueriedLoadBalancers::insert(const LoadBalancerIdentity& identity, const std::string& id) {
    erase(id);
    by_identity_[identity] = id;
    by_id_[id] = identity;
}

void QueriedLoadBalancers::erase(const std::string& id) {
    const auto it = by_id_.find(id);
    if (it == by_id_.end()) {
        return;
    }
    if (const auto lb = by_identity_.find(it->second);
        lb != by_identity_.end() && lb->second == id) {
        by_identity_.erase(lb);
    }
    by_id_.erase(it);
}

// --- ProxyHns -------------------------------------------------------------------------------

namespace {

EndpointInfo endpoint_info(const hns::Endpoint& endpoint) {
    EndpointInfo info;
    if (!endpoint.ip_configurations.empty() && endpoint.ip_configurations.front().ip_address) {
        info.ip = *endpoint.ip_configurations.front().ip_address;
    }
    info.is_local = !endpoint.is_remote();
    info.mac_address = endpoint.mac_address;
    info.hns_id = endpoint.id;
    return info;
}

} // namespace

NetworkInfo ProxyHns::get_network_by_name(const std::string& name) {
    return NetworkInfo::of(hns_->get_network_by_name(name));
}

QueriedEndpoints ProxyHns::get_all_endpoints_by_network(const NetworkInfo& network,
                                                        std::vector<std::string>* shadowed_remote) {
    QueriedEndpoints queried;
    for (const auto& endpoint : hns_->list_endpoints_of_network(network.id)) {
        if (endpoint.ip_configurations.empty()) {
            continue; // upstream skips endpoints without an IP configuration
        }
        const auto info = endpoint_info(endpoint);
        queried.insert(info, false);
        // At most two IP configurations (IPv4 and IPv6) are indexed; upstream warns and stops
        // at a third.
        for (std::size_t i = 0; i < endpoint.ip_configurations.size() && i < 2; ++i) {
            const auto& ip = endpoint.ip_configurations[i].ip_address;
            if (!ip) {
                continue;
            }
            const auto* existing = queried.find_ip(*ip);
            if (existing == nullptr) {
                queried.bind(*ip, info.hns_id);
                continue;
            }
            // One address, two HNS endpoints. Newest upstream (k/k PR 138000): the local
            // endpoint (the CNI's, for a pod that now lives here) keeps the address and the
            // stale remote one is reported for deletion. Between two of a kind the first local
            // and the last remote win, as before.
            if (existing->is_local && !info.is_local) {
                if (shadowed_remote != nullptr) {
                    shadowed_remote->push_back(info.hns_id);
                }
            } else if (!existing->is_local && info.is_local) {
                if (shadowed_remote != nullptr) {
                    shadowed_remote->push_back(existing->hns_id);
                }
                queried.bind(*ip, info.hns_id);
            } else if (!existing->is_local && !info.is_local) {
                queried.bind(*ip, info.hns_id);
            }
        }
    }
    return queried;
}

EndpointInfo ProxyHns::get_endpoint_by_name(const std::string& name) {
    return endpoint_info(hns_->get_endpoint_by_name(name));
}

EndpointInfo ProxyHns::create_endpoint(const EndpointInfo& endpoint,
                                       const std::string& network_name) {
    const auto network = hns_->get_network_by_name(network_name);
    hns::Endpoint document;
    document.ip_configurations.push_back({endpoint.ip, 0});
    document.mac_address = endpoint.mac_address;
    hns::Endpoint created;
    if (endpoint.is_local) {
        created = hns_->create_endpoint(network, std::move(document));
    } else {
        if (endpoint.provider_address) {
            document.policies.emplace_back(
                hns::ProviderAddressEndpointPolicySetting{endpoint.provider_address});
        }
        created = hns_->create_remote_endpoint(network, std::move(document));
    }
    auto info = endpoint_info(created);
    info.provider_address = endpoint.provider_address;
    return info;
}

void ProxyHns::delete_endpoint(const std::string& id) {
    const auto endpoint = hns_->get_endpoint_by_id(id);
    hns_->delete_endpoint(endpoint.id);
}

QueriedLoadBalancers ProxyHns::get_all_load_balancers() {
    QueriedLoadBalancers queried;
    for (const auto& lb : hns_->list_load_balancers()) {
        queried.insert(LoadBalancerIdentity::of(lb), lb.id);
    }
    return queried;
}

std::string ProxyHns::get_load_balancer(const LoadBalancerRequest& request,
                                        QueriedLoadBalancers& queried) {
    const auto identity = request.identity();
    if (const auto* id = queried.find(identity)) {
        return *id;
    }
    const auto created = hns_->create_load_balancer(request.to_hns());
    queried.insert(identity, created.id);
    return created.id;
}

std::string ProxyHns::update_load_balancer(const std::string& id,
                                           const LoadBalancerRequest& request,
                                           QueriedLoadBalancers& queried) {
    const auto identity = request.identity();
    if (const auto* existing = queried.find(identity)) {
        return *existing;
    }
    const auto updated = hns_->update_load_balancer(id, request.to_hns());
    queried.insert(identity, updated.id);
    return updated.id;
}

void ProxyHns::delete_load_balancer(const std::string& id) {
    try {
        (void)hns_->get_load_balancer_by_id(id);
    } catch (const hns::HnsError&) {
        return; // not found (or id ""): nothing to delete, as upstream
    }
    try {
        hns_->delete_load_balancer(id);
    } catch (const hns::HnsError&) {
        hns_->delete_load_balancer(id); // retried once: Windows Server 2019 sometimes fails
    }
}

std::size_t ProxyHns::delete_all_load_balancers() {
    std::size_t failures = 0;
    for (const auto& lb : hns_->list_load_balancers()) {
        try {
            hns_->delete_load_balancer(lb.id);
        } catch (const hns::HnsError&) {
            ++failures; // upstream only logs
        }
    }
    return failures;
}

} // namespace winnet::proxy
