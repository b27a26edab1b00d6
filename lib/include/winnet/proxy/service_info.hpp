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
    /// The Service port this entry is for: namespace, name, port name and protocol.
    /// Upstream: `svcPortMap` key. Set: service_infos(), one per `spec.ports[]`. Used: as the key
    /// that pairs the Service port with its EndpointSlice backends.
    ServicePortName name;
    /// The Service's cluster IP in the proxier's IP family. Upstream: `ClusterIP()`. Set:
    /// service_infos(), from `spec.clusterIPs`. Used: frontend VIP of the ClusterIP load
    /// balancer; address of the overlay ClusterIP helper endpoint.
    net::IpAddress cluster_ip;
    /// The Service port (`spec.ports[].port`). Upstream: `Port()`. Set: service_infos(). Used:
    /// ExternalPort of the ClusterIP, ExternalIP and Ingress load balancers.
    std::uint16_t port = 0;
    /// The port's protocol, sent to HNS as its IANA number (TCP 6, UDP 17, SCTP 132). Upstream:
    /// `Protocol()`. Set: service_infos(). Used: Protocol of every load balancer of the port.
    k8s::PortProtocol protocol = k8s::PortProtocol::TCP;
    /// The node port (`spec.ports[].nodePort`), 0 when the Service has none. Upstream:
    /// `NodePort()`. Set: service_infos(). Used: ExternalPort of the NodePort load balancer,
    /// which exists only when this is not 0.
    std::uint16_t node_port = 0;
    /// The port the backends listen on: HNS load balancers have one InternalPort, so backends
    /// of one Service port that listen on different ports are not supported on Windows.
    /// Upstream: `targetPort`. Set: service_infos(), the numeric `targetPort` (0 when named);
    /// then, during each sync, the port of every backend whose port differs, so the last
    /// backend's port wins. Used: InternalPort of every load balancer except the health check.
    std::uint16_t target_port = 0;
    /// `spec.sessionAffinity`. Upstream: `SessionAffinityType()`. Set: service_infos(). Used:
    /// ClientIP makes every load balancer except the health check use DistributionType
    /// SourceIP (2).
    k8s::SessionAffinity session_affinity = k8s::SessionAffinity::None;
    /// `spec.sessionAffinityConfig.clientIP.timeoutSeconds`, 10800 by default with ClientIP.
    /// Upstream: `StickyMaxAgeSeconds()`. Set: service_infos(). Used: nowhere: HNS has no
    /// affinity timeout, so it is not programmed.
    std::int32_t sticky_max_age_seconds = 0;
    /// `spec.healthCheckNodePort`, 0 when none. Upstream: `HealthCheckNodePort()`. Set:
    /// service_infos(). Used: ports of the health-check load balancers (the node's healthz
    /// port when 0).
    std::uint16_t health_check_node_port = 0;
    /// The external IPs of the proxier's family, each with the id of its load balancer.
    /// Upstream: `externalIPs`. Set: service_infos(), from `spec.externalIPs`; ids by the sync.
    /// Used: one ExternalIP load balancer per address (frontend the address, port `port`).
    std::vector<ExternalIpInfo> external_ips;
    /// The load-balancer ingress IPs of the proxier's family, each with the ids of its load
    /// balancers. Upstream: `loadBalancerIngressIPs`. Set: service_infos(), from
    /// `status.loadBalancer.ingress[].ip`; ids by the sync. Used: one Ingress and one
    /// health-check load balancer per address; when there is at least one, the backends'
    /// serving and terminating conditions decide whether the external load balancers exist.
    std::vector<LoadBalancerIngressInfo> load_balancer_ingress_ips;
    /// The id of the ClusterIP load balancer; empty when there is none. Upstream: `hnsID`. Set:
    /// the sync, when HNS creates or updates the load balancer; cleared when it is deleted.
    /// Used: update in place, deletion on a change.
    std::string hns_id;
    /// The id of the NodePort load balancer (no frontend VIP: every address of the node);
    /// empty when there is none. Upstream: `nodePorthnsID`. Set: the sync. Used: update in
    /// place, deletion on a change.
    std::string node_port_hns_id;
    /// Every load balancer of this Service port is programmed. Upstream: `policyApplied`. Set:
    /// true at the end of a sync that programmed them all; false when the Service or its
    /// backends change (cleanupAllPolicies). Used: a sync skips Service ports whose policy is
    /// applied, which makes syncs incremental.
    bool policy_applied = false;
    /// Overlay networks only: the remote HNS endpoint kube-proxy creates at the cluster IP itself
    /// (host MAC, provider address = the node IP) so that the cluster IP has an endpoint in
    /// VFP. Upstream: `remoteEndpoint`. Set: the sync, when HNS has no endpoint at the cluster
    /// IP, even for a Service without backends. Used: cleanupAllPolicies deletes it at every
    /// change of the Service or its backends; the next sync recreates it.
    std::optional<EndpointInfo> remote_endpoint;
    /// Preserve the destination: traffic to the ingress IP reaches the pod with the VIP, not
    /// the pod IP, as destination. Upstream: `preserveDIP`. Set: service_infos(), true when the
    /// annotation `preserve-destination` is exactly "true" and HNS supports DSR. Used: NodePort
    /// and Ingress load balancers take local backends only; the Ingress one gets PortMapping
    /// flags UseMux and PreserveDIP and the DSR flag; the health check UseMux and PreserveDIP.
    bool preserve_dip = false;
    /// Direct server return for external traffic, so the client IP reaches the pod and replies
    /// leave the node directly. Upstream: `localTrafficDSR`. Set: service_infos(), true for
    /// `spec.externalTrafficPolicy: Local` when HNS supports DSR (`--enable-dsr` is not needed).
    /// Used: NodePort, ExternalIP and Ingress load balancers take local backends only and get
    /// the DSR flag; remote backends are ignored when judging terminating/serving.
    bool local_traffic_dsr = false;
    /// Cluster IP traffic stays on this node. Upstream: `internalTrafficLocal`. Set:
    /// service_infos(), true for `spec.internalTrafficPolicy: Local`. Used: the ClusterIP load
    /// balancer takes local backends only; with local_traffic_dsr too, remote backends get no
    /// HNS endpoint at all.
    bool internal_traffic_local = false;
    /// Keep load balancers across backend changes. Upstream: `winProxyOptimization`. Set:
    /// service_infos(), false only for the annotation `winProxyOptimization: disabled` (any
    /// case). Used: when true, a backend change keeps the load balancers, which the next sync
    /// updates in place (HNS 15.5 and later) or replaces one by one, and a Service left without
    /// backends loses them in the sync; when false, every backend change deletes them all first.
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
