/// @file
/// Service (core/v1): the fields the Windows kube-proxy reads, parsed from `kubectl get -o json`
/// output and checked as the API server checks them.
#pragma once

#include <winnet/k8s/object_meta.hpp>
#include <winnet/net/ip_address.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace winnet::k8s {

/// How a Service is exposed, JSON `spec.type`. Upstream: `v1.ServiceType`.
enum class ServiceType {
    /// `ClusterIP`: reachable on its cluster IP from inside the cluster (and on its external
    /// IPs, if any). The default.
    ClusterIP,
    /// `NodePort`: a ClusterIP Service that is also reachable on `nodePort` of every node.
    NodePort,
    /// `LoadBalancer`: a NodePort Service fronted by a cloud load balancer, whose addresses
    /// appear in `status.loadBalancer.ingress`.
    LoadBalancer,
    /// `ExternalName`: a DNS alias (CNAME) for `spec.externalName`; it has no cluster IP and
    /// kube-proxy ignores it.
    ExternalName,
};

/// The transport protocol of a port, JSON `protocol` of a Service or EndpointSlice port.
/// Upstream: `v1.Protocol` (named PortProtocol here so that it is not mistaken for hns::Protocol,
/// the IANA number HNS takes, to which the Windows kube-proxy maps it).
enum class PortProtocol {
    /// `TCP` (IANA 6); the default.
    TCP,
    /// `UDP` (IANA 17).
    UDP,
    /// `SCTP` (IANA 132).
    SCTP,
};

/// Whether connections from one client stick to one backend, JSON `spec.sessionAffinity`.
/// Upstream: `v1.ServiceAffinity`.
enum class SessionAffinity {
    /// `None`: every connection is balanced on its own. The default.
    None,
    /// `ClientIP`: connections from one client IP go to the same backend. The Windows kube-proxy
    /// asks HNS for `DistributionType` SourceIP; HNS has no timeout, so `timeoutSeconds` is not
    /// programmed.
    ClientIP,
};

/// Which endpoints receive traffic, JSON `spec.externalTrafficPolicy` and
/// `spec.internalTrafficPolicy`. Upstream: `v1.ServiceExternalTrafficPolicy` and
/// `v1.ServiceInternalTrafficPolicy`, which have the same two values.
enum class TrafficPolicy {
    /// `Cluster`: every ready endpoint in the cluster. The default.
    Cluster,
    /// `Local`: only endpoints on the node that received the traffic. For external traffic the
    /// client's source IP is preserved; the Windows kube-proxy implements it with DSR.
    Local,
};

/// How many IP families a Service asks for, JSON `spec.ipFamilyPolicy`. Upstream:
/// `v1.IPFamilyPolicy`.
enum class IpFamilyPolicy {
    /// `SingleStack`: one cluster IP, of the first family in `ipFamilies`.
    SingleStack,
    /// `PreferDualStack`: two cluster IPs (one per family) where the cluster is dual-stack, else
    /// one.
    PreferDualStack,
    /// `RequireDualStack`: two cluster IPs, one per family; fails on a single-stack cluster.
    RequireDualStack,
};

/// How a load balancer's ingress IP reaches the nodes, JSON
/// `status.loadBalancer.ingress[].ipMode`. Upstream: `v1.LoadBalancerIPMode`. The Windows
/// kube-proxy does not read it: it programs every ingress IP, whatever its mode.
enum class LoadBalancerIpMode {
    /// `VIP`: traffic arrives with the ingress IP as destination, so the node must answer on it.
    VIP,
    /// `Proxy`: the cloud load balancer rewrites the destination to a node; the Linux proxies
    /// leave such an ingress IP alone (pkg/proxy `IsVIPMode`).
    Proxy,
};

/// The type's name as the API writes it, for example "LoadBalancer".
std::string to_string(ServiceType type);
/// "TCP", "UDP" or "SCTP".
std::string to_string(PortProtocol protocol);
/// "None" or "ClientIP".
std::string to_string(SessionAffinity affinity);
/// "Cluster" or "Local".
std::string to_string(TrafficPolicy policy);
/// "SingleStack", "PreferDualStack" or "RequireDualStack".
std::string to_string(IpFamilyPolicy policy);
/// "VIP" or "Proxy".
std::string to_string(LoadBalancerIpMode mode);

/// A port given as a number or as the name of a container port. Upstream:
/// `intstr.IntOrString`, restricted here to what a valid `targetPort` holds: a number from 1 to
/// 65535, or an IANA service name such as `http` (resolved per endpoint by the EndpointSlice
/// controller).
using IntOrString = std::variant<std::uint16_t, std::string>;

/// One port of a Service, JSON `spec.ports[]` entry. Upstream: `v1.ServicePort`. kube-proxy
/// programs one set of load balancers per Service port (its `ServicePortName` is namespace,
/// name, port name and protocol).
struct ServicePort {
    /// The port's name, JSON `name` (Go `Name`): a DNS-1123 label, required when the Service has
    /// more than one port; EndpointSlice ports are matched to Service ports by this name.
    std::string name;
    /// The protocol, JSON `protocol` (Go `Protocol`); `TCP` when absent.
    PortProtocol protocol = PortProtocol::TCP;
    /// The port clients connect to on the cluster IP, external IPs and ingress IPs, JSON `port`
    /// (Go `Port`): 1 to 65535. The `ExternalPort` of those HNS load balancers.
    std::uint16_t port = 0;
    /// The port on the pods, JSON `targetPort` (Go `TargetPort`): a number, or the name of a
    /// container port. When absent (or 0, or ""), the API server sets it to `port`, and so does
    /// winnet. The Windows kube-proxy keeps the number as `targetPort` (0 for a name) and
    /// replaces it with the endpoints' port while syncing.
    IntOrString target_port = std::uint16_t{0};
    /// The port opened on every node, JSON `nodePort` (Go `NodePort`), for NodePort and
    /// LoadBalancer Services; 0 when none is allocated (a ClusterIP Service, or a manifest the
    /// API server has not yet given one). The `ExternalPort` of the NodePort load balancer.
    std::uint16_t node_port = 0;

    /// Ports are equal when every field is.
    friend bool operator==(const ServicePort&, const ServicePort&) = default;
};

/// One address of a cloud load balancer in front of a LoadBalancer Service, JSON
/// `status.loadBalancer.ingress[]` entry. Upstream: `v1.LoadBalancerIngress`.
struct LoadBalancerIngress {
    /// The load balancer's IP, JSON `ip` (Go `IP`); absent for a hostname-only ingress. The
    /// Windows kube-proxy creates an ingress load balancer (and, with `forwardHealthCheckVip`,
    /// a health-check one) for each ingress IP.
    std::optional<net::IpAddress> ip;
    /// The load balancer's DNS name, JSON `hostname` (Go `Hostname`), as AWS ELBs report it;
    /// empty when absent. kube-proxy ignores hostname-only ingresses.
    std::string hostname;
    /// How traffic to `ip` arrives, JSON `ipMode` (Go `IPMode`). The API server sets `VIP`
    /// when `ip` is set and this is absent, and so does winnet.
    std::optional<LoadBalancerIpMode> ip_mode;

    /// Ingresses are equal when every field is.
    friend bool operator==(const LoadBalancerIngress&, const LoadBalancerIngress&) = default;
};

/// What a Service asks for, JSON `spec`. Upstream: `v1.ServiceSpec`; fields kube-proxy does not
/// read (selector, loadBalancerSourceRanges, ...) are ignored.
struct ServiceSpec {
    /// How the Service is exposed, JSON `type` (Go `Type`); `ClusterIP` when absent.
    ServiceType type = ServiceType::ClusterIP;
    /// The Service's virtual IPs, primary first, JSON `clusterIPs` (Go `ClusterIPs`) and
    /// `clusterIP` (Go `ClusterIP`, which must equal the first). At most one per family. Empty
    /// for a headless Service, an ExternalName Service, or a manifest the API server has not yet
    /// given an IP. The `FrontendVIPs` of the ClusterIP load balancer.
    std::vector<net::IpAddress> cluster_ips;
    /// True when `clusterIP` is `None`: a headless Service, which has no virtual IP; DNS
    /// returns the endpoints directly and kube-proxy ignores it.
    bool headless = false;
    /// The families of `cluster_ips`, in the same order, JSON `ipFamilies` (Go `IPFamilies`):
    /// `IPv4`, `IPv6`. When absent, winnet derives them from the cluster IPs, as the API server
    /// does when it allocates.
    std::vector<net::IpFamily> ip_families;
    /// Single- or dual-stack, JSON `ipFamilyPolicy` (Go `IPFamilyPolicy`). When absent,
    /// `SingleStack`, as the API server's allocator sets it on create (so two cluster IPs then
    /// need an explicit dual-stack policy); none for ExternalName and headless Services.
    std::optional<IpFamilyPolicy> ip_family_policy;
    /// The ports, JSON `ports` (Go `Ports`). Required unless headless or ExternalName.
    std::vector<ServicePort> ports;
    /// Extra addresses the Service answers on, JSON `externalIPs` (Go `ExternalIPs`). The
    /// Windows kube-proxy creates one external-IP load balancer per address (upstream's
    /// winkernel takes every address, whatever the family of the proxier reading it).
    std::vector<net::IpAddress> external_ips;
    /// Client stickiness, JSON `sessionAffinity` (Go `SessionAffinity`); `None` when absent.
    SessionAffinity session_affinity = SessionAffinity::None;
    /// How long a client sticks to its backend, JSON
    /// `sessionAffinityConfig.clientIP.timeoutSeconds` (Go
    /// `SessionAffinityConfig.ClientIP.TimeoutSeconds`; kube-proxy's `stickyMaxAgeSeconds`):
    /// 1 to 86400, 10800 when absent. 0 when `session_affinity` is `None`.
    std::int32_t session_affinity_timeout_seconds = 0;
    /// Who receives traffic from outside the cluster, JSON `externalTrafficPolicy` (Go
    /// `ExternalTrafficPolicy`): set (default `Cluster`) exactly when the Service is
    /// externally accessible (NodePort, LoadBalancer, or with external IPs). `Local` makes the
    /// Windows kube-proxy's `localTrafficDSR`.
    std::optional<TrafficPolicy> external_traffic_policy;
    /// Who receives traffic from inside the cluster, JSON `internalTrafficPolicy` (Go
    /// `InternalTrafficPolicy`); `Cluster` when absent, none for ExternalName. `Local` makes the
    /// Windows kube-proxy's `internalTrafficLocal`.
    std::optional<TrafficPolicy> internal_traffic_policy;
    /// The node port cloud load balancers probe, JSON `healthCheckNodePort` (Go
    /// `HealthCheckNodePort`): only LoadBalancer Services with `externalTrafficPolicy: Local`
    /// have one (the API server allocates it; 0 in a manifest that has none yet), else 0. The
    /// port of the Windows kube-proxy's health-check load balancers (its healthz port when 0).
    std::uint16_t health_check_node_port = 0;
    /// The address asked of the cloud provider, JSON `loadBalancerIP` (Go `LoadBalancerIP`,
    /// deprecated); kept as written, since the API server does not check it and kube-proxy does
    /// not read it (it reads `status.loadBalancer.ingress`).
    std::string load_balancer_ip;
    /// The DNS name an ExternalName Service aliases, JSON `externalName` (Go `ExternalName`);
    /// empty for other types.
    std::string external_name;

    /// Specs are equal when every field is.
    friend bool operator==(const ServiceSpec&, const ServiceSpec&) = default;
};

/// What a Service has been given, JSON `status`. Upstream: `v1.ServiceStatus`.
struct ServiceStatus {
    /// The cloud load balancer's addresses, JSON `status.loadBalancer.ingress` (Go
    /// `Status.LoadBalancer.Ingress`); only LoadBalancer Services have them.
    std::vector<LoadBalancerIngress> load_balancer_ingress;

    /// Statuses are equal when every field is.
    friend bool operator==(const ServiceStatus&, const ServiceStatus&) = default;
};

/// A Kubernetes Service (`apiVersion: v1`, `kind: Service`): a stable virtual address in front of
/// a set of pods. Upstream: `v1.Service`.
///
/// Reading applies the API server's defaults (`SetDefaults_Service`) and then its checks
/// (`ValidateService`, and `ValidateLoadBalancerStatus` for the status), so a Service written by
/// hand means what it would mean once created, and one the API server would refuse is refused
/// here with the same message.
struct Service {
    /// Name, namespace, labels and annotations, JSON `metadata`.
    ObjectMeta metadata;
    /// What the Service asks for, JSON `spec`.
    ServiceSpec spec;
    /// What it has been given, JSON `status`.
    ServiceStatus status;

    /// Parses one Service as `kubectl get service NAME -o json` prints it, or as written by hand
    /// (`apiVersion` and `kind` may be left out). Unknown fields are ignored, as kubectl's
    /// clients ignore them; `null` counts as absent.
    /// Throws winnet::JsonError naming the JSON path (for example `$.spec.ports[1].port`) for
    /// text that is not JSON, a value of the wrong type, another kind or version, or a value
    /// the API server would reject, with its message (`Invalid value: 0: must be between 1 and
    /// 65535, inclusive`).
    [[nodiscard]] static Service from_json(std::string_view json);

    /// The cluster IP of `family`, or none. Upstream: `GetClusterIPByFamily` in
    /// pkg/proxy/util, which each single-family kube-proxy uses to pick its Service address.
    [[nodiscard]] std::optional<net::IpAddress> cluster_ip(net::IpFamily family) const;
    /// True for NodePort and LoadBalancer Services and for ClusterIP Services with external IPs.
    /// Upstream: `ExternallyAccessible` in pkg/api/service.
    [[nodiscard]] bool externally_accessible() const;
    /// True when external traffic may only go to local endpoints: externally accessible and
    /// `externalTrafficPolicy: Local`. Upstream: `ExternalPolicyLocal` in pkg/api/v1/service.
    [[nodiscard]] bool external_policy_local() const;
    /// True when `internalTrafficPolicy: Local`. Upstream: `InternalPolicyLocal`.
    [[nodiscard]] bool internal_policy_local() const;
    /// True when kube-proxy does not program this Service at all: ExternalName, headless or
    /// without a cluster IP (upstream `ShouldSkipService`), or labelled
    /// `service.kubernetes.io/service-proxy-name` (kube-proxy's informer filters it out).
    [[nodiscard]] bool skipped_by_kube_proxy() const;

    /// Services are equal when every field is.
    friend bool operator==(const Service&, const Service&) = default;
};

} // namespace winnet::k8s
