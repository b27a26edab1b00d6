// EndpointInfo and the per-Service endpoints map: upstream endpointInfo (winkernel/proxier.go)
// and pkg/proxy's EndpointSliceCache.
#include <winnet/hns/endpoint.hpp>
#include <winnet/proxy/endpoint_info.hpp>

#include <algorithm>
#include <tuple>

namespace winnet::proxy {

std::string EndpointInfo::to_string() const {
    const std::string address = ip.is_v6() ? "[" + ip.to_string() + "]" : ip.to_string();
    return "HnsID:" + hns_id + ", Address:" + address + ":" + std::to_string(port);
}

bool EndpointInfo::same_spec(const EndpointInfo& other) const {
    return std::tie(ip, port, is_local, ready, serving, terminating) ==
           std::tie(other.ip, other.port, other.is_local, other.ready, other.serving,
                    other.terminating);
}

EndpointsMap endpoint_infos(const k8s::NamespacedName& service,
                            const std::vector<const k8s::EndpointSlice*>& slices,
                            const std::string& node_name, net::IpFamily family) {
    const auto slice_type =
        family == net::IpFamily::IPv4 ? k8s::AddressType::IPv4 : k8s::AddressType::IPv6;
    EndpointsMap map;
    for (const auto* slice : slices) {
        if (slice->address_type != slice_type || slice->skipped_by_kube_proxy()) {
            continue;
        }
        for (const auto& port : slice->ports) {
            if (port.port == 0) {
                continue; // EndpointSliceCache skips ports without a number
            }
            auto& list = map[ServicePortName{service, port.name, port.protocol}];
            for (const auto& endpoint : slice->endpoints) {
                if (endpoint.addresses.empty()) {
                    continue;
                }
                EndpointInfo info;
                info.ip = endpoint.addresses.front();
                info.port = port.port;
                info.is_local = !endpoint.node_name.empty() && endpoint.node_name == node_name;
                info.mac_address = hns::conjure_mac("02-11", info.ip);
                info.ready = endpoint.conditions.is_ready();
                info.serving = endpoint.conditions.is_serving();
                info.terminating = endpoint.conditions.is_terminating();
                // Deduplicate on address and port (upstream keys on the endpoint's String());
                // if the copies disagree on locality, local wins.
                const auto same = std::ranges::find_if(list, [&](const EndpointInfo& e) {
                    return e.ip == info.ip && e.port == info.port;
                });
                if (same == list.end()) {
                    list.push_back(std::move(info));
                } else if (info.is_local) {
                    *same = std::move(info);
                }
            }
        }
    }
    for (auto it = map.begin(); it != map.end();) {
        if (it->second.empty()) {
            it = map.erase(it);
            continue;
        }
        std::ranges::sort(it->second, [](const EndpointInfo& a, const EndpointInfo& b) {
            return std::tie(a.ip, a.port) < std::tie(b.ip, b.port);
        });
        ++it;
    }
    return map;
}

} // namespace winnet::proxy
