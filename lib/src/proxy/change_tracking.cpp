// Applying Service and EndpointSlice changes at the start of a sync: upstream's
// ServiceChangeTracker/EndpointsChangeTracker (pkg/proxy) with the winkernel callbacks
// serviceMapChange, endpointsMapChange and onEndpointsMapChange. As upstream, the callbacks see
// the old maps, Services are applied before endpoints, and a change that leaves a Service's
// ports (or a Service's endpoints) as they were is no change at all.
#include "proxier_state.hpp"

#include <algorithm>

namespace winnet::proxy {

namespace {

// The entries of `map` that belong to `service` (keys are ordered by Service first).
template <typename Map> auto range_of(Map& map, const k8s::NamespacedName& service) {
    auto first = map.lower_bound(ServicePortName{service, {}, k8s::PortProtocol::TCP});
    auto last = first;
    while (last != map.end() && last->first.service == service) {
        ++last;
    }
    return std::make_pair(first, last);
}

bool same_services(const std::vector<ServiceInfo>& wanted,
                   std::map<ServicePortName, ServiceInfo>::iterator first,
                   std::map<ServicePortName, ServiceInfo>::iterator last) {
    if (static_cast<std::size_t>(std::distance(first, last)) != wanted.size()) {
        return false;
    }
    return std::ranges::all_of(wanted, [&](const ServiceInfo& info) {
        const auto it =
            std::find_if(first, last, [&](const auto& e) { return e.first == info.name; });
        return it != last && it->second.same_spec(info);
    });
}

bool same_endpoints(const std::vector<EndpointInfo>& a, const std::vector<EndpointInfo>& b) {
    return std::ranges::equal(
        a, b, [](const EndpointInfo& x, const EndpointInfo& y) { return x.same_spec(y); });
}

} // namespace

void apply_service_changes(ProxierState& s) {
    for (const auto& key : s.changed_services) {
        std::vector<ServiceInfo> wanted;
        if (const auto it = s.services_in.find(key); it != s.services_in.end()) {
            wanted = service_infos(it->second, s.family(), s.features.dsr);
        }
        auto [first, last] = range_of(s.svc_port_map, key);
        if (same_services(wanted, first, last)) {
            continue;
        }
        // serviceMapChange: every port of the Service, old or new, that the proxier programmed
        // is torn down completely, whatever changed (DOMAIN note 10.4).
        for (auto it = first; it != last; ++it) {
            std::vector<EndpointInfo> none;
            const auto endpoints = s.endpoints_map.find(it->first);
            cleanup_all_policies(s, it->second,
                                 endpoints == s.endpoints_map.end() ? none : endpoints->second,
                                 false);
            s.pending.erase(it->first);
        }
        s.svc_port_map.erase(first, last);
        for (auto& info : wanted) {
            s.pending.insert(info.name);
            const auto name = info.name;
            s.svc_port_map.emplace(name, std::move(info));
        }
    }
    s.changed_services.clear();
}

namespace {

// onEndpointsMapChange for one Service port; `endpoints` are the old backends.
void on_endpoints_map_change(ProxierState& s, const ServicePortName& name,
                             std::vector<EndpointInfo>& endpoints, bool redundant) {
    if (const auto it = s.svc_port_map.find(name); it != s.svc_port_map.end()) {
        if (it->second.win_proxy_optimization && redundant) {
            return; // already cleaned for this change
        }
        cleanup_all_policies(s, it->second, endpoints, true);
        return;
    }
    for (auto& endpoint : endpoints) {
        cleanup_endpoint(s, endpoint); // backends of no Service
    }
}

} // namespace

void apply_endpoint_changes(ProxierState& s) {
    for (const auto& key : s.changed_endpoints) {
        std::vector<const k8s::EndpointSlice*> slices;
        if (const auto names = s.slices_by_service.find(key); names != s.slices_by_service.end()) {
            for (const auto& slice_name : names->second) {
                slices.push_back(&s.slices_in.at({key.namespace_, slice_name}));
            }
        }
        auto wanted = endpoint_infos(key, slices, s.config.node_name, s.family());
        auto [first, last] = range_of(s.endpoints_map, key);
        const bool unchanged =
            static_cast<std::size_t>(std::distance(first, last)) == wanted.size() &&
            std::all_of(first, last, [&](const auto& entry) {
                const auto w = wanted.find(entry.first);
                return w != wanted.end() && same_endpoints(entry.second, w->second);
            });
        if (unchanged) {
            continue;
        }
        // endpointsMapChange: remote backends of the old lists are candidates for deletion
        // unless a new list still has them; then each changed port is cleaned once.
        std::set<ServicePortName> seen;
        for (auto it = first; it != last; ++it) {
            seen.insert(it->first);
            for (const auto& endpoint : it->second) {
                if (!endpoint.is_local) {
                    s.terminated_endpoints.insert(endpoint.ip);
                }
            }
            on_endpoints_map_change(s, it->first, it->second, false);
        }
        for (auto& [name, list] : wanted) {
            for (const auto& endpoint : list) {
                if (!endpoint.is_local) {
                    s.terminated_endpoints.erase(endpoint.ip);
                }
            }
            std::vector<EndpointInfo> none;
            const auto old = s.endpoints_map.find(name);
            on_endpoints_map_change(s, name, old == s.endpoints_map.end() ? none : old->second,
                                    seen.contains(name));
        }
        std::tie(first, last) = range_of(s.endpoints_map, key);
        s.endpoints_map.erase(first, last);
        for (auto& [name, list] : wanted) {
            s.endpoints_map.emplace(name, std::move(list));
        }
    }
    s.changed_endpoints.clear();
}

} // namespace winnet::proxy
