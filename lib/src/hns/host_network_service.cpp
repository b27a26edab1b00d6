#include <winnet/hns/hns_error.hpp>
#include <winnet/hns/host_network_service.hpp>

#include <algorithm>
#include <cctype>

namespace winnet::hns {

namespace {
bool same_id(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) ==
                      std::toupper(static_cast<unsigned char>(y));
           });
}
} // namespace

// kube-proxy's hns.getEndpointByIpAddress (pkg/proxy/winkernel/hns.go): only the first two IP
// configurations count (IPv4 and IPv6 of a dual-stack endpoint).
Endpoint HostNetworkService::get_endpoint_by_ip(const net::IpAddress& ip, const Network& network) {
    for (auto& e : list_endpoints()) {
        if (!same_id(e.host_compute_network, network.id)) {
            continue;
        }
        for (std::size_t i = 0; i < e.ip_configurations.size() && i < 2; ++i) {
            if (e.ip_configurations[i].ip_address == ip) {
                return std::move(e);
            }
        }
    }
    throw NotFoundError("GetEndpointByIpAddress", HResult::EndpointNotFound,
                        "Endpoint " + ip.to_string() + " not found on network " + network.name);
}

void HostNetworkService::add_namespace_endpoint(std::string_view /*namespace_id*/,
                                                std::string_view /*endpoint_id*/) {
    throw HnsError("AddNamespaceEndpoint", HResult::NotImplemented,
                   "this HNS does not implement namespaces");
}

void HostNetworkService::remove_namespace_endpoint(std::string_view /*namespace_id*/,
                                                   std::string_view /*endpoint_id*/) {
    throw HnsError("RemoveNamespaceEndpoint", HResult::NotImplemented,
                   "this HNS does not implement namespaces");
}

} // namespace winnet::hns
