/// @file
/// HostComputeLoadBalancer: the HNS object behind every Kubernetes Service VIP on Windows.
#pragma once

#include <winnet/hns/schema_version.hpp>
#include <winnet/net/ip_address.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::hns {

/// Flags of a whole load balancer, JSON `Flags` of the load balancer (a bit set).
/// hcsshim: `hcn.LoadBalancerFlags`.
enum class LoadBalancerFlags : std::uint32_t {
    /// No flag: the host NATs both directions, so replies return through the load balancer.
    None = 0,
    /// Direct Server Return (`LoadBalancerFlagsDSR`): the backend answers the client directly;
    /// only the request path is rewritten. kube-proxy sets it with `--enable-dsr` and for
    /// `externalTrafficPolicy: Local`.
    DSR = 1,
    /// The frontend and backends are IPv6 (`LoadBalancerFlagsIPv6`). kube-proxy's IPv6 proxier
    /// sets it on every load balancer it creates.
    IPv6 = 2,
};

/// Flags of one port mapping, JSON `Flags` of a `PortMappings` entry (a bit set).
/// hcsshim: `hcn.LoadBalancerPortMappingFlags`; `VipExternalIP` is defined by kube-proxy.
enum class PortMappingFlags : std::uint32_t {
    /// No flag.
    None = 0,
    /// Internal load balancer (`LoadBalancerPortMappingFlagsILB`); the current kube-proxy never
    /// sets it.
    ILB = 1,
    /// The VIP is also reachable from the host itself
    /// (`LoadBalancerPortMappingFlagsLocalRoutedVIP`);
    /// kube-proxy sets it on NodePort load balancers.
    LocalRoutedVIP = 2,
    /// Use the multiplexer for DSR when a VIP is reached through a NodePort
    /// (`LoadBalancerPortMappingFlagsUseMux`); set with the `preserve-destination` annotation.
    UseMux = 4,
    /// Deliver the packet to the backend with its destination still the VIP, not the backend's
    /// IP (`LoadBalancerPortMappingFlagsPreserveDIP`); set with `preserve-destination`.
    PreserveDIP = 8,
    /// The frontend is an external address (external IP, ingress IP or node port), not a
    /// ClusterIP. kube-proxy's own `LoadBalancerPortMappingFlagsVipExternalIP`; hcsshim has no
    /// name for it.
    VipExternalIP = 16,
};

/// How HNS picks a backend for a new flow, JSON `DistributionType`.
/// hcsshim: `hcn.LoadBalancerDistribution`.
enum class Distribution : std::uint32_t {
    /// Every connection is balanced on its own (5-tuple hash, `LoadBalancerDistributionNone`).
    None = 0,
    /// Flows from one source IP with one protocol stick to one backend
    /// (`LoadBalancerDistributionSourceIPProtocol`).
    SourceIPProtocol = 1,
    /// Flows from one source IP stick to one backend (`LoadBalancerDistributionSourceIP`);
    /// kube-proxy's choice for `sessionAffinity: ClientIP`.
    SourceIP = 2,
};

/// The IP protocol a port mapping balances, JSON `Protocol`: the IANA protocol number.
/// kube-proxy maps a Service port's protocol with `Enum()`: TCP 6, UDP 17, SCTP 132, else 0.
enum class Protocol : std::uint32_t {
    /// No protocol given (kube-proxy's value for a protocol it does not know); omitted in JSON.
    Unspecified = 0,
    /// TCP, protocol number 6.
    TCP = 6,
    /// UDP, protocol number 17.
    UDP = 17,
    /// SCTP, protocol number 132.
    SCTP = 132,
};

/// The union of two flag sets.
constexpr LoadBalancerFlags operator|(LoadBalancerFlags a, LoadBalancerFlags b) {
    return static_cast<LoadBalancerFlags>(static_cast<std::uint32_t>(a) |
                                          static_cast<std::uint32_t>(b));
}
/// The flags present in both sets.
constexpr LoadBalancerFlags operator&(LoadBalancerFlags a, LoadBalancerFlags b) {
    return static_cast<LoadBalancerFlags>(static_cast<std::uint32_t>(a) &
                                          static_cast<std::uint32_t>(b));
}
/// The union of two flag sets.
constexpr PortMappingFlags operator|(PortMappingFlags a, PortMappingFlags b) {
    return static_cast<PortMappingFlags>(static_cast<std::uint32_t>(a) |
                                         static_cast<std::uint32_t>(b));
}
/// The flags present in both sets.
constexpr PortMappingFlags operator&(PortMappingFlags a, PortMappingFlags b) {
    return static_cast<PortMappingFlags>(static_cast<std::uint32_t>(a) &
                                         static_cast<std::uint32_t>(b));
}

/// The flag names in `flags` joined by `|` ("DSR|IPv6"), or "None".
std::string to_string(LoadBalancerFlags flags);
/// The flag names in `flags` joined by `|` ("LocalRoutedVIP|VipExternalIP"), or "None".
std::string to_string(PortMappingFlags flags);
/// The distribution's name, for example "SourceIP".
std::string to_string(Distribution distribution);
/// The protocol's name ("TCP", "UDP", "SCTP" or "Unspecified").
std::string to_string(Protocol protocol);

/// One frontend port forwarded to one backend port: JSON `PortMappings[]` entry.
/// hcsshim: `hcn.LoadBalancerPortMapping`.
struct PortMapping {
    /// The IP protocol balanced, JSON `Protocol`; omitted when `Unspecified`.
    Protocol protocol = Protocol::Unspecified;
    /// The port on the backend (the DIP's port), JSON `InternalPort`: the Service's
    /// `targetPort`, as resolved from the endpoints. Omitted when 0.
    std::uint16_t internal_port = 0;
    /// The port clients connect to on the VIP, JSON `ExternalPort`: the Service `port`, or the
    /// `nodePort` for a NodePort load balancer. Omitted when 0.
    std::uint16_t external_port = 0;
    /// How a backend is chosen for a new flow, JSON `DistributionType`; omitted when `None`.
    Distribution distribution_type = Distribution::None;
    /// Per-mapping behaviour (VIP reachable from the host, preserve destination, ...), JSON
    /// `Flags`; omitted when `None`.
    PortMappingFlags flags = PortMappingFlags::None;

    /// Mappings are equal when every field is.
    friend bool operator==(const PortMapping&, const PortMapping&) = default;
};

/// An HNS load balancer (HostComputeLoadBalancer): traffic to a frontend VIP and port is
/// spread over a set of HNS endpoints. kube-proxy creates one per Service port and frontend
/// (ClusterIP, NodePort, each external IP, each load-balancer ingress IP, and health checks).
/// JSON field names and omission rules are hcsshim's (`hcn.HostComputeLoadBalancer`).
struct LoadBalancer {
    /// The load balancer's GUID, JSON `ID`, assigned by HNS on creation; empty (and omitted) in a
    /// document sent to `HcnCreateLoadBalancer`.
    std::string id;
    /// The backends: ids of HNS endpoints (local pods or remote endpoints kube-proxy created),
    /// JSON `HostComputeEndpoints`. Omitted when empty.
    std::vector<std::string> host_compute_endpoints;
    /// The source address HNS uses when it rewrites a packet towards a backend (SNAT), JSON
    /// `SourceVIP`. On overlay networks kube-proxy sets `--source-vip` (or the node IP); on
    /// L2Bridge it is absent, and so omitted.
    std::optional<net::IpAddress> source_vip;
    /// The addresses clients connect to, JSON `FrontendVIPs`: the ClusterIP, an external IP or
    /// an ingress IP. Empty for a NodePort load balancer, which answers on every host address.
    std::vector<net::IpAddress> frontend_vips;
    /// The ports balanced, JSON `PortMappings`; kube-proxy always sends exactly one.
    std::vector<PortMapping> port_mappings;
    /// The document schema, JSON `SchemaVersion`; always written, 2.0 for HCN v2. A parsed
    /// document without it gets 2.0 (Go would leave 0.0; no HCN v2 object has that schema).
    SchemaVersion schema_version;
    /// Load-balancer-wide behaviour (DSR, IPv6), JSON `Flags`; omitted when `None`.
    LoadBalancerFlags flags = LoadBalancerFlags::None;

    /// The document as hcsshim marshals it: field order `ID`, `HostComputeEndpoints`,
    /// `SourceVIP`, `FrontendVIPs`, `PortMappings`, `SchemaVersion`, `Flags`; empty fields
    /// omitted (`json:",omitempty"`); `SchemaVersion` always present; strings escaped as Go does.
    [[nodiscard]] std::string to_json(JsonStyle style = JsonStyle::Compact) const;

    /// Parses a HostComputeLoadBalancer document, as HNS returns it or hcsshim marshals it.
    /// Strict: throws winnet::JsonError naming the JSON path for text that is not JSON, a value
    /// of the wrong type, an unknown field, an address that does not parse, a port outside
    /// 0-65535, an unknown protocol or distribution, or a flag bit HNS does not define. `null`
    /// counts as absent, as in Go.
    static LoadBalancer from_json(std::string_view json);

    /// Load balancers are equal when every field is.
    friend bool operator==(const LoadBalancer&, const LoadBalancer&) = default;
};

} // namespace winnet::hns
