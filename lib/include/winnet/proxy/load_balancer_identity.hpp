/// @file
/// The load balancers kube-proxy asks HNS for: their kinds, flags, the document it sends, and
/// the identity under which it finds an existing one instead of creating another. Upstream:
/// `loadBalancerFlags`, `loadBalancerIdentifier`, `hashEndpoints` and `getLoadBalancer` in
/// pkg/proxy/winkernel (proxier.go, hns.go, loadbalancer.go).
#pragma once

#include <winnet/hns/load_balancer.hpp>
#include <winnet/k8s/service.hpp>
#include <winnet/net/ip_address.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace winnet::proxy {

/// Which frontend of a Service port a load balancer serves. Upstream: `loadbalancerType`
/// (loadbalancer.go).
enum class LoadBalancerKind {
    /// The cluster IP and Service port, from inside the cluster.
    ClusterIP,
    /// The node port on every address of the node (no frontend VIP).
    NodePort,
    /// One of `spec.externalIPs` and the Service port.
    ExternalIP,
    /// One of the load-balancer ingress IPs in `status` and the Service port.
    IngressIP,
    /// An ingress IP and the health-check node port, forwarded to the node's root HNS endpoint so
    /// that a cloud load balancer's health probes reach kube-proxy's health server.
    HealthCheck,
};

/// The name kube-proxy logs for `kind`: "ClusterIP", "NodePort", "ExternalIP", "IngressIP",
/// "HealthCheck".
std::string to_string(LoadBalancerKind kind);

/// The IANA protocol number HNS takes for a Service port's protocol: TCP 6, UDP 17, SCTP 132.
/// Upstream: `Enum(protocol)`.
[[nodiscard]] hns::Protocol to_hns_protocol(k8s::PortProtocol protocol);

/// The switches kube-proxy turns into a load balancer's flags. Upstream: `loadBalancerFlags`,
/// mapped by `getLoadBalancerPolicyFlags`.
struct LoadBalancerPolicyFlags {
    /// Internal load balancer: PortMapping flag ILB (1). Never set by the current kube-proxy.
    /// Upstream: `isILB`.
    bool is_ilb = false;
    /// Direct server return: load balancer flag DSR (1). The backend answers the client with the
    /// VIP as source, without the reply passing through the load balancer again. Upstream:
    /// `isDSR`.
    bool is_dsr = false;
    /// The frontend is reachable from outside the cluster: PortMapping flag VipExternalIP (16),
    /// a value kube-proxy defines itself. Upstream: `isVipExternalIP`.
    bool is_vip_external_ip = false;
    /// The VIP is also reachable from the host itself: PortMapping flag LocalRoutedVIP (2).
    /// Upstream: `localRoutedVIP`.
    bool local_routed_vip = false;
    /// PortMapping flag UseMux (4), set with preserve-destination. Upstream: `useMUX`.
    bool use_mux = false;
    /// Deliver packets to the backend with the VIP as destination instead of its own IP:
    /// PortMapping flag PreserveDIP (8). Upstream: `preserveDIP`.
    bool preserve_dip = false;
    /// ClientIP session affinity: DistributionType SourceIP (2). Upstream: `sessionAffinity`.
    bool session_affinity = false;
    /// The load balancer is an IPv6 one: load balancer flag IPv6 (2). Upstream: `isIPv6`.
    bool is_ipv6 = false;

    /// The load balancer's `Flags`: DSR and IPv6.
    [[nodiscard]] hns::LoadBalancerFlags load_balancer_flags() const;
    /// The port mapping's `Flags`: ILB, LocalRoutedVIP, UseMux, PreserveDIP, VipExternalIP.
    [[nodiscard]] hns::PortMappingFlags port_mapping_flags() const;
    /// The port mapping's `DistributionType`: SourceIP with session affinity, else None.
    [[nodiscard]] hns::Distribution distribution() const;

    /// Equal when every switch is.
    friend bool operator==(const LoadBalancerPolicyFlags&,
                           const LoadBalancerPolicyFlags&) = default;
};

/// An order-independent digest of a set of HNS endpoint ids: the XOR of the SHA-1 of each id in
/// upper case (empty ids skipped, so a duplicated id cancels itself). Upstream: `hashEndpoints`
/// (k/k PR 113521, which made a recreated Service with the same number of endpoints stop reusing
/// a leaked load balancer).
using EndpointsHash = std::array<std::uint8_t, 20>;

/// The EndpointsHash of `ids`.
[[nodiscard]] EndpointsHash endpoints_hash(const std::vector<std::string>& ids);

/// What makes two load balancers the same to kube-proxy: protocol, ports, frontend VIP, the set
/// of backend endpoints and (winnet only) the IP family. Other flags, SourceVIP and
/// DistributionType are not part of it, so a request that differs only in those finds the
/// existing load balancer. Upstream: `loadBalancerIdentifier`, which has no family: on a
/// dual-stack node whose pods have one HNS endpoint with both addresses, the IPv6 proxier's
/// NodePort load balancer (no VIP) has the identity of the IPv4 one and is never created; winnet
/// tells them apart by the IPv6 flag.
struct LoadBalancerIdentity {
    /// The protocol of the port mapping. Upstream: `protocol`.
    hns::Protocol protocol = hns::Protocol::Unspecified;
    /// The backend port. Upstream: `internalPort`.
    std::uint16_t internal_port = 0;
    /// The frontend port. Upstream: `externalPort`.
    std::uint16_t external_port = 0;
    /// The first frontend VIP; none for NodePort load balancers. Upstream: `vip`.
    std::optional<net::IpAddress> vip;
    /// The digest of the backend endpoint ids. Upstream: `endpointsHash`.
    EndpointsHash endpoints = {};
    /// An IPv6 load balancer (flag IPv6). Not in upstream's identifier; see above.
    bool ipv6 = false;

    /// The identity of a load balancer read back from HNS: its first port mapping and first
    /// frontend VIP and the hash of its HostComputeEndpoints, as upstream's getAllLoadBalancers
    /// computes it, and its IPv6 flag.
    [[nodiscard]] static LoadBalancerIdentity of(const hns::LoadBalancer& load_balancer);

    /// Equal when every part is.
    friend bool operator==(const LoadBalancerIdentity&, const LoadBalancerIdentity&) = default;
};

/// One load balancer kube-proxy wants: everything it puts in the HNS document. Upstream: the
/// arguments of `getLoadBalancer`/`updateLoadBalancer`.
struct LoadBalancerRequest {
    /// Which frontend of the Service this load balancer serves (for logs and tables only; HNS
    /// does not see it).
    LoadBalancerKind kind = LoadBalancerKind::ClusterIP;
    /// The backends: ids of HNS endpoints, in the order they are sent.
    std::vector<std::string> endpoints;
    /// The address HNS gives SNATed packets on their way to a backend on another node (overlay
    /// networks); none on L2Bridge.
    std::optional<net::IpAddress> source_vip;
    /// The frontend VIP; none for NodePort load balancers.
    std::optional<net::IpAddress> vip;
    /// The switches that become the flags and distribution.
    LoadBalancerPolicyFlags flags;
    /// The protocol.
    hns::Protocol protocol = hns::Protocol::Unspecified;
    /// The backend port.
    std::uint16_t internal_port = 0;
    /// The frontend port.
    std::uint16_t external_port = 0;

    /// The identity under which kube-proxy looks for an existing load balancer.
    [[nodiscard]] LoadBalancerIdentity identity() const;
    /// The HostComputeLoadBalancer document kube-proxy sends (no id; SchemaVersion 2.0).
    [[nodiscard]] hns::LoadBalancer to_hns() const;

    /// Equal when every part is.
    friend bool operator==(const LoadBalancerRequest&, const LoadBalancerRequest&) = default;
};

/// A hash of a LoadBalancerIdentity for unordered containers.
struct LoadBalancerIdentityHash {
    /// Combines the parts of `identity`.
    std::size_t operator()(const LoadBalancerIdentity& identity) const noexcept;
};

} // namespace winnet::proxy
