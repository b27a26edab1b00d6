// hnsNetworkInfo from an HCN network: upstream getNetworkByName (hns.go) and
// findRemoteSubnetProviderAddress (proxier.go).
#include <winnet/proxy/network_info.hpp>

#include <algorithm>
#include <cctype>

namespace winnet::proxy {

NetworkInfo NetworkInfo::of(const hns::Network& network) {
    NetworkInfo info;
    info.name = network.name;
    info.id = network.id;
    info.network_type = network.type ? hns::to_string(*network.type) : std::string{};
    for (const auto& policy : network.policies) {
        if (const auto* route = std::get_if<hns::RemoteSubnetRoutePolicySetting>(&policy)) {
            info.remote_subnets.push_back({route->destination_prefix, route->isolation_id,
                                           route->provider_address,
                                           route->distributed_router_mac_address});
        }
    }
    return info;
}

bool NetworkInfo::is_overlay() const {
    std::string lower = network_type;
    std::ranges::transform(lower, lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower == "overlay";
}

std::optional<net::IpAddress>
NetworkInfo::find_remote_subnet_provider_address(const net::IpAddress& ip) const {
    std::optional<net::IpAddress> provider;
    for (const auto& subnet : remote_subnets) {
        if (subnet.destination_prefix.contains(ip) || subnet.provider_address == ip) {
            provider = subnet.provider_address; // the last match wins, as upstream
        }
    }
    return provider;
}

} // namespace winnet::proxy
