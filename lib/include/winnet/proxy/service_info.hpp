/// @file
/// ServiceInfo: what the Windows kube-proxy keeps for one port of one Service, the load-balancer
/// ids it got from HNS for it, and the switches (DSR, preserve-destination, traffic policies,
/// winProxyOptimization) that decide what it asks HNS for. Upstream: `serviceInfo` in
/// pkg/proxy/winkernel/proxier.go, which embeds pkg/proxy's `BaseServicePortInfo`.
#pragma once

#include <winnet/k8s/object_meta.hpp>
#include <winnet/k8s/service.hpp>
#include <winnet/net/ip_address.hpp>
#include <winnet/proxy/endpoint_info.hpp>
#include <winnet/proxy/service_port_name.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace winnet::proxy {

/// One external IP of a Service and the HNS load balancer that serves it. Upstream:
/// `externalIPInfo`.
struct ExternalIpInfo {
    /// The address from `spec.externalIPs` (only those of the proxier's IP family). Upstream:
    /// `ip`.
    net::IpAddress ip;
    /// The id of the ExternalIP load balancer (frontend `ip`, port `port`) kube-proxy created for
    /// this address; empty until one exists. Upstream: `hnsID`.
    std::string hns_id;

    /// Equal when the address and load-balancer id are.
    friend bool operator==(const ExternalIpInfo&, const ExternalIpInfo&) = default;
};

/// One load-balancer ingress IP of a Service and the HNS load balancers that serve it.
/// Upstream: `loadBalancerIngressInfo`.
struct LoadBalancerIngressInfo {
    /// The address from `status.loadBalancer.ingress[].ip` (entries with only a hostname are
    /// ignored, as are addresses of the other IP family). Upstream: `ip`.
    net::IpAddress ip;
    /// The id of the Ingress load balancer (frontend `ip`, port `port`) created for this
    /// address; empty until one exists. Upstream: `hnsID`.
    std::string hns_id;
    /// The id of the health-check load balancer that forwards `ip`:healthCheckNodePort to the
    /// node's root HNS endpoint (only with `forwardHealthCheckVip`); empty when there is none.
    /// Upstream: `healthCheckHnsID`.
    std::string health_check_hns_id;

    /// Equal when the address and both load-balancer ids are.
    friend bool operator==(const LoadBalancerIngressInfo&,
                           const LoadBalancerIngressInfo&) = default;
};

/// What the Windows kube-proxy knows about one port of one Service in one IP family: the
/// frontends to program (cluster IP, node port, external IPs, ingress IPs), the switches that
/// decide the load balancers' backends and flags, and the ids of the HNS load balancers it holds
/// for them. Built from a Service by service_infos(); the proxier fills in the ids as it syncs.
/// Upstream: `serviceInfo` (pkg/proxy/winkernel/proxier.go) with the `BaseServicePortInfo`
/// fields it reads. Upstream's `hns` field (the HostNetworkService the serviceInfo deletes its
/// load balancers through) is not stored: winnet passes the service to the functions that need it.
struct ServiceInfo {
    /// The Service port this entry is for. Upstream: the key of `svcPortMap`.
    ServicePortName name;
    /// The Service's cluster IP in the proxier's IP family: the frontend of the ClusterIP load
    /// balancer. Upstream: `BaseServicePortInfo.ClusterIP()`.
    net::IpAddress cluster_ip;
    /// The Service port (`spec.ports[].port`): the ExternalPort of the ClusterIP, ExternalIP and
    /// Ingress load balancers. Upstream: `Port()`.
    std::uint16_t port = 0;
    /// The port's protocol, sent to HNS as its IANA number. Upstream: `Protocol()`.
    k8s::PortProtocol protocol = k8s::PortProtocol::TCP;
    /// The node port (`spec.ports[].nodePort`), 0 when the Service has none: the ExternalPort of
    /// the NodePort load balancer, which exists only when this is non-zero. Upstream:
    /// `NodePort()`.
    std::uint16_t node_port = 0;
    /// The port the backends listen on: the numeric `targetPort` of the Service, 0 when the
    /// target port is named. During a sync it is replaced by the port of each endpoint whose
    /// port differs, so it ends as the port of the last endpoint processed: an HNS load balancer
    /// has one InternalPort, so backends listening on different ports cannot share a Service
    /// port on Windows. The InternalPort of every load balancer of the Service except the
    /// health check. Upstream: `targetPort`.
    std::uint16_t target_port = 0;
    /// `spec.sessionAffinity`: with ClientIP every load balancer except the health check is
    /// created with DistributionType SourceIP. Upstream: `SessionAffinityType()`.
    k8s::SessionAffinity session_affinity = k8s::SessionAffinity::None;
    /// `spec.sessionAffinityConfig.clientIP.timeoutSeconds` (10800 by default with ClientIP).
    /// HNS has no affinity timeout, so it is not programmed. Upstream:
    /// `StickyMaxAgeSeconds()`.
    std::int32_t sticky_max_age_seconds = 0;
    /// `spec.healthCheckNodePort`, 0 when none: the port of the health-check load balancers
    /// (the node's healthz port is used when 0). Upstream: `HealthCheckNodePort()`.
    std::uint16_t health_check_node_port = 0;
    /// The external IPs of the proxier's family, each with its ExternalIP load balancer.
    /// Upstream: `externalIPs`.
    std::vector<ExternalIpInfo> external_ips;
    /// The load-balancer ingress IPs of the proxier's family, each with its Ingress and
    /// health-check load balancers. A Service with at least one of them has its endpoints'
    /// serving and terminating conditions evaluated before its external load balancers are
    /// created. Upstream: `loadBalancerIngressIPs`.
    std::vector<LoadBalancerIngressInfo> load_balancer_ingress_ips;
    /// The id of the ClusterIP load balancer (frontend cluster_ip, ports target_port/port);
    /// empty until one exists, cleared when it is deleted. Upstream: `hnsID`.
    std::string hns_id;
    /// The id of the NodePort load balancer (no frontend VIP: all node addresses, ports
    /// target_port/node_port); empty until one exists. Upstream: `nodePorthnsID`.
    std::string node_port_hns_id;
    /// True once every load balancer of this Service port was programmed in a sync; a sync
    /// skips such a Service, which is what makes syncs incremental. Any change to the Service or
    /// its endpoints sets it back to false. Upstream: `policyApplied`.
    bool policy_applied = false;
    /// Overlay networks only: the remote HNS endpoint kube-proxy creates at the cluster IP itself
    /// (host MAC, provider address = the node IP), so that VFP on this host claims the cluster
    /// IP. Created even for a Service without endpoints; deleted and recreated at every change of
    /// the Service's endpoints. Upstream: `remoteEndpoint`.
    std::optional<EndpointInfo> remote_endpoint;
    /// The Service has the annotation `preserve-destination: "true"` (and HNS supports DSR): its
    /// NodePort and Ingress load balancers use only local endpoints, and the Ingress load
    /// balancer delivers packets with the VIP as destination (PortMapping flags UseMux and
    /// PreserveDIP, load balancer flag DSR) instead of translating it to the pod IP. Upstream:
    /// `preserveDIP`.
    bool preserve_dip = false;
    /// `spec.externalTrafficPolicy: Local` (and HNS supports DSR; `--enable-dsr` is not
    /// needed): the NodePort, ExternalIP and Ingress load balancers use only local endpoints and
    /// are DSR load balancers, so replies leave the node directly and the client IP is preserved.
    /// Upstream: `localTrafficDSR`.
    bool local_traffic_dsr = false;
    /// `spec.internalTrafficPolicy: Local`: the ClusterIP load balancer uses only local
    /// endpoints; with local_traffic_dsr too, no remote endpoint is even created for the Service.
    /// Upstream: `internalTrafficLocal`.
    bool internal_traffic_local = false;
    /// False only when the Service has the annotation `winProxyOptimization: disabled` (any
    /// case). When true, an endpoint change keeps the Service's load balancers and updates them
    /// in place (ModifyLoadBalancer, HNS 15.5 and later) or replaces them one by one in the next
    /// sync; when false, every endpoint change deletes all of them first. Upstream:
    /// `winProxyOptimization`.
    bool win_proxy_optimization = true;

    /// True when the two describe the same Service port the same way: every field that comes
    /// from the Service, ignoring load-balancer ids, policy_applied and remote_endpoint (which
    /// the proxier sets). A Service update that leaves this unchanged does not touch HNS.
    [[nodiscard]] bool same_spec(const ServiceInfo& other) const;

    /// Equal when every field is.
    friend bool operator==(const ServiceInfo&, const ServiceInfo&) = default;
};

/// The ServiceInfos of `service` for a proxier of `family`: one per port, in the order of
/// `spec.ports`. Empty when kube-proxy ignores the Service (ExternalName, headless, or no
/// cluster IP of that family). External and ingress IPs of the other family are left out, as
/// pkg/proxy's BaseServicePortInfo does. `dsr_supported` is HNS's DSR feature: without it
/// preserve_dip and local_traffic_dsr are forced off, as upstream's newServiceInfo does.
[[nodiscard]] std::vector<ServiceInfo> service_infos(const k8s::Service& service,
                                                     net::IpFamily family, bool dsr_supported);

} // namespace winnet::proxy
