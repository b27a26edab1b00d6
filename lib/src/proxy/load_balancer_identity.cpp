// Load-balancer flags, identity and document: upstream getLoadBalancerPolicyFlags,
// loadBalancerIdentifier, hashEndpoints (hns.go) and the HostComputeLoadBalancer that
// getLoadBalancer/updateLoadBalancer build.
#include "sha1.hpp"

#include <winnet/proxy/load_balancer_identity.hpp>

#include <algorithm>
#include <cctype>
#include <functional>

namespace winnet::proxy {

std::string to_string(LoadBalancerKind kind) {
    switch (kind) {
    case LoadBalancerKind::ClusterIP:
        return "ClusterIP";
    case LoadBalancerKind::NodePort:
        return "NodePort";
    case LoadBalancerKind::ExternalIP:
        return "ExternalIP";
    case LoadBalancerKind::IngressIP:
        return "IngressIP";
    case LoadBalancerKind::HealthCheck:
        return "HealthCheck";
    }
    return "unknown";
}

hns::Protocol to_hns_protocol(k8s::PortProtocol protocol) {
    switch (protocol) {
    case k8s::PortProtocol::TCP:
        return hns::Protocol::TCP;
    case k8s::PortProtocol::UDP:
        return hns::Protocol::UDP;
    case k8s::PortProtocol::SCTP:
        return hns::Protocol::SCTP;
    }
    return hns::Protocol::Unspecified;
}

hns::LoadBalancerFlags LoadBalancerPolicyFlags::load_balancer_flags() const {
    auto flags = hns::LoadBalancerFlags::None;
    if (is_dsr) {
        flags = flags | hns::LoadBalancerFlags::DSR;
    }
    if (is_ipv6) {
        flags = flags | hns::LoadBalancerFlags::IPv6;
    }
    return flags;
}

hns::PortMappingFlags LoadBalancerPolicyFlags::port_mapping_flags() const {
    auto flags = hns::PortMappingFlags::None;
    if (is_ilb) {
        flags = flags | hns::PortMappingFlags::ILB;
    }
    if (local_routed_vip) {
        flags = flags | hns::PortMappingFlags::LocalRoutedVIP;
    }
    if (use_mux) {
        flags = flags | hns::PortMappingFlags::UseMux;
    }
    if (preserve_dip) {
        flags = flags | hns::PortMappingFlags::PreserveDIP;
    }
    if (is_vip_external_ip) {
        flags = flags | hns::PortMappingFlags::VipExternalIP;
    }
    return flags;
}

hns::Distribution LoadBalancerPolicyFlags::distribution() const {
    return session_affinity ? hns::Distribution::SourceIP : hns::Distribution::None;
}

EndpointsHash endpoints_hash(const std::vector<std::string>& ids) {
    EndpointsHash hash{};
    for (const auto& id : ids) {
        if (id.empty()) {
            continue;
        }
        std::string upper = id;
        std::ranges::transform(upper, upper.begin(),
                               [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        const auto digest = detail::sha1(upper);
        for (std::size_t i = 0; i < hash.size(); ++i) {
            hash[i] ^= digest[i];
        }
    }
    return hash;
}

LoadBalancerIdentity LoadBalancerIdentity::of(const hns::LoadBalancer& load_balancer) {
    LoadBalancerIdentity identity;
    if (!load_balancer.port_mappings.empty()) {
        const auto& mapping = load_balancer.port_mappings.front();
        identity.protocol = mapping.protocol;
        identity.internal_port = mapping.internal_port;
        identity.external_port = mapping.external_port;
    }
    if (!load_balancer.frontend_vips.empty()) {
        identity.vip = load_balancer.frontend_vips.front();
    }
    identity.endpoints = endpoints_hash(load_balancer.host_compute_endpoints);
    identity.ipv6 =
        (load_balancer.flags & hns::LoadBalancerFlags::IPv6) == hns::LoadBalancerFlags::IPv6;
    return identity;
}

LoadBalancerIdentity LoadBalancerRequest::identity() const {
    return {protocol, internal_port, external_port, vip, endpoints_hash(endpoints), flags.is_ipv6};
}

hns::LoadBalancer LoadBalancerRequest::to_hns() const {
    hns::LoadBalancer lb;
    lb.host_compute_endpoints = endpoints;
    lb.source_vip = source_vip;
    if (vip) {
        lb.frontend_vips.push_back(*vip);
    }
    lb.port_mappings.push_back(
        {protocol, internal_port, external_port, flags.distribution(), flags.port_mapping_flags()});
    lb.flags = flags.load_balancer_flags();
    return lb;
}

std::size_t
LoadBalancerIdentityHash::operator()(const LoadBalancerIdentity& identity) const noexcept {
    std::size_t h = std::hash<std::uint32_t>{}(static_cast<std::uint32_t>(identity.protocol));
    const auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    mix(identity.internal_port);
    mix(std::size_t{identity.external_port} << 16);
    if (identity.vip) {
        mix(std::hash<net::IpAddress>{}(*identity.vip));
    }
    std::size_t digest = 0;
    for (std::size_t i = 0; i < sizeof(std::size_t); ++i) {
        digest = (digest << 8) | identity.endpoints[i];
    }
    mix(digest);
    mix(identity.ipv6 ? 1U : 0U);
    return h;
}

} // namespace winnet::proxy
