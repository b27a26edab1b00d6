"""
The Windows kube-proxy: its Service and endpoint records, the load balancers it asks HNS for, the Proxier and plan().
"""

from __future__ import annotations
import collections.abc
import enum
import typing
import winnet._winnet
import winnet._winnet.hns
import winnet._winnet.k8s
import winnet._winnet.net

__all__: list[str] = [
    "EndpointInfo",
    "ExternalIpInfo",
    "LoadBalancerIdentity",
    "LoadBalancerIngressInfo",
    "LoadBalancerKind",
    "LoadBalancerPolicyFlags",
    "LoadBalancerRequest",
    "NetworkInfo",
    "Plan",
    "PlanStep",
    "Proxier",
    "ProxierConfig",
    "ProxierError",
    "ProxyHns",
    "QueriedEndpoints",
    "QueriedLoadBalancers",
    "RemoteSubnetInfo",
    "ServiceInfo",
    "ServicePortName",
    "SyncResult",
    "endpoint_infos",
    "endpoints_hash",
    "load_balancer_kind_table",
    "plan",
    "service_infos",
    "service_table",
    "to_hns_protocol",
]

class ServicePortName:
    """
    The name of one Service port as kube-proxy keys it: namespace, Service name, port name and protocol.

    Services, EndpointSlice ports and every per-port map of the proxier meet on this key. Upstream: `proxy.ServicePortName`.
    """
    def __eq__(self, arg0: ServicePortName) -> bool: ...
    def __ge__(self, arg0: ServicePortName) -> bool: ...
    def __gt__(self, arg0: ServicePortName) -> bool: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        service: winnet._winnet.k8s.NamespacedName = ...,
        port: str = "",
        protocol: winnet._winnet.k8s.PortProtocol = winnet._winnet.k8s.PortProtocol.TCP,
    ) -> None: ...
    def __le__(self, arg0: ServicePortName) -> bool: ...
    def __lt__(self, arg0: ServicePortName) -> bool: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def to_string(self) -> str:
        """
        "namespace/name:port" as kube-proxy logs it (the port part only when named), e.g.

        "kube-system/kube-dns:dns-tcp".
        """
    @property
    def port(self) -> str:
        """
        The port's `name` in the Service (and in the EndpointSlice); empty for a Service with a single unnamed port.
        """
    @port.setter
    def port(self, arg0: str) -> None: ...
    @property
    def protocol(self) -> winnet._winnet.k8s.PortProtocol:
        """
        The port's protocol.

        A Service may use one port number with two protocols (kube-dns: 53/UDP and 53/TCP); they are two ServicePortNames and two sets of load balancers.
        """
    @protocol.setter
    def protocol(self, arg0: winnet._winnet.k8s.PortProtocol) -> None: ...
    @property
    def service(self) -> winnet._winnet.k8s.NamespacedName:
        """
        The Service's namespace and name.
        """
    @service.setter
    def service(self, arg0: winnet._winnet.k8s.NamespacedName) -> None: ...

class EndpointInfo:
    """
    One backend (DIP and port) of one Service port, from an EndpointSlice, and the HNS endpoint the proxier bound it to.

    Local backends are pods on this node, whose HNS endpoints the CNI plugin created; remote backends are pods elsewhere, for which kube-proxy creates remote HNS endpoints and counts references, because one remote endpoint serves every Service that shares the pod. Upstream: `endpointInfo`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: EndpointInfo) -> bool: ...
    def __init__(
        self,
        *,
        ip: winnet._winnet.net.IpAddress | str = ...,
        port: typing.SupportsInt | typing.SupportsIndex = 0,
        is_local: bool = False,
        mac_address: str = "",
        hns_id: str = "",
        holds_reference: bool = False,
        provider_address: winnet._winnet.net.IpAddress | str | None = None,
        ready: bool = True,
        serving: bool = True,
        terminating: bool = False,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def same_spec(self, other: EndpointInfo) -> bool:
        """
        True when the two describe the same backend the same way (address, port, locality and conditions), ignoring the HNS binding: the comparison that decides whether an EndpointSlice update is a change.
        """
    def to_string(self) -> str:
        """
        "HnsID:<id>, Address:<ip>:<port>", as upstream's `String()` prints it.
        """
    @property
    def hns_id(self) -> str:
        """
        The id of the HNS endpoint the backend is bound to (the CNI's local endpoint or a remote endpoint kube-proxy made); empty until a sync binds it.

        Upstream: `hnsID`. Set: the sync. Used: HostComputeEndpoints of the load balancers; reference counting and deletion.
        """
    @hns_id.setter
    def hns_id(self, arg0: str) -> None: ...
    @property
    def holds_reference(self) -> bool:
        """
        The backend holds one reference on the shared count of the remote HNS endpoint hns_id (`Proxier::ref_count`); the endpoint is deleted when the last reference goes.

        Backends bound to a local endpoint hold none. Upstream: `refCount` (a pointer into `endPointsRefCount`). Set: the sync, when the backend binds to a remote endpoint. Used: released by DecrementRefCount (winProxyOptimization) or Cleanup (which deletes at zero).
        """
    @holds_reference.setter
    def holds_reference(self, arg0: bool) -> None: ...
    @property
    def ip(self) -> winnet._winnet.net.IpAddress:
        """
        The backend's address.

        Upstream: `ip`. Set: `endpoint_infos()`, the first address of the EndpointSlice endpoint. Used: to find the HNS endpoint at that address, or to create a remote one.
        """
    @ip.setter
    def ip(self, arg1: winnet._winnet.net.IpAddress | str) -> None: ...
    @property
    def is_local(self) -> bool:
        """
        The pod runs on this node.

        Upstream: `isLocal`. Set: `endpoint_infos()`, true when the endpoint's `nodeName` is the proxier's node name; for an endpoint read from HNS, true when it lacks the RemoteEndpoint flag. Used: local backends are found, never created; traffic policies and DSR select them.
        """
    @is_local.setter
    def is_local(self, arg0: bool) -> None: ...
    @property
    def mac_address(self) -> str:
        """
        The MAC address for the remote HNS endpoint of this backend, "02-11-" and four bytes of the address (hns::conjure_mac); never seen on the wire.

        Upstream: `macAddress`. Set: `endpoint_infos()`. Used: MacAddress of the remote endpoint kube-proxy creates.
        """
    @mac_address.setter
    def mac_address(self, arg0: str) -> None: ...
    @property
    def port(self) -> int:
        """
        The port the backend listens on.

        Upstream: `port`. Set: `endpoint_infos()`, from the EndpointSlice port. Used: becomes the Service's target_port in the sync.
        """
    @port.setter
    def port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def provider_address(self) -> winnet._winnet.net.IpAddress | None:
        """
        Overlay only: the physical address of the node hosting the pod.

        Upstream: `providerAddress`. Set: on the record of a remote HNS endpoint kube-proxy creates (the sync), from the network's remote subnet that contains the address, or the node IP for an address outside all of them; the EndpointSlice backends' own records keep none, as upstream's do. Used: the ProviderAddress policy of that remote HNS endpoint, so VFP encapsulates to that node.
        """
    @provider_address.setter
    def provider_address(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...
    @property
    def ready(self) -> bool:
        """
        The EndpointSlice condition `ready`, true when absent.

        Upstream: `ready`. Set: `endpoint_infos()`. Used: a backend that is not ready is skipped unless every backend is terminating.
        """
    @ready.setter
    def ready(self, arg0: bool) -> None: ...
    @property
    def serving(self) -> bool:
        """
        The EndpointSlice condition `serving`, true when absent.

        Upstream: `serving`. Set: `endpoint_infos()`. Used: non-serving backends are skipped while some serve; when none serves, the external load balancers are not created.
        """
    @serving.setter
    def serving(self, arg0: bool) -> None: ...
    @property
    def terminating(self) -> bool:
        """
        The EndpointSlice condition `terminating`, false when absent.

        Upstream: `terminating`. Set: `endpoint_infos()`. Used: when every backend is terminating the external load balancers are not created (the cloud load balancer should move traffic elsewhere).
        """
    @terminating.setter
    def terminating(self, arg0: bool) -> None: ...

class ExternalIpInfo:
    """
    One external IP of a Service and the HNS load balancer that serves it.

    Upstream: `externalIPInfo`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ExternalIpInfo) -> bool: ...
    def __init__(self, *, ip: winnet._winnet.net.IpAddress | str = ..., hns_id: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def hns_id(self) -> str:
        """
        The id of the ExternalIP load balancer (frontend `ip`, port `port`) kube-proxy created for this address; empty until one exists.

        Upstream: `hnsID`.
        """
    @hns_id.setter
    def hns_id(self, arg0: str) -> None: ...
    @property
    def ip(self) -> winnet._winnet.net.IpAddress:
        """
        The address from `spec.externalIPs` (only those of the proxier's IP family).

        Upstream: `ip`.
        """
    @ip.setter
    def ip(self, arg1: winnet._winnet.net.IpAddress | str) -> None: ...

class LoadBalancerIngressInfo:
    """
    One load-balancer ingress IP of a Service and the HNS load balancers that serve it.

    Upstream: `loadBalancerIngressInfo`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: LoadBalancerIngressInfo) -> bool: ...
    def __init__(
        self, *, ip: winnet._winnet.net.IpAddress | str = ..., hns_id: str = "", health_check_hns_id: str = ""
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def health_check_hns_id(self) -> str:
        """
        The id of the health-check load balancer that forwards `ip`:healthCheckNodePort to the node's root HNS endpoint (only with `forwardHealthCheckVip`); empty when there is none.

        Upstream: `healthCheckHnsID`.
        """
    @health_check_hns_id.setter
    def health_check_hns_id(self, arg0: str) -> None: ...
    @property
    def hns_id(self) -> str:
        """
        The id of the Ingress load balancer (frontend `ip`, port `port`) created for this address; empty until one exists.

        Upstream: `hnsID`.
        """
    @hns_id.setter
    def hns_id(self, arg0: str) -> None: ...
    @property
    def ip(self) -> winnet._winnet.net.IpAddress:
        """
        The address from `status.loadBalancer.ingress[].ip` (entries with only a hostname are ignored, as are addresses of the other IP family).

        Upstream: `ip`.
        """
    @ip.setter
    def ip(self, arg1: winnet._winnet.net.IpAddress | str) -> None: ...

class ServiceInfo:
    """
    What the Windows kube-proxy knows about one port of one Service in one IP family: the frontends to program (cluster IP, node port, external IPs, ingress IPs), the switches that decide the load balancers' backends and flags, and the ids of the HNS load balancers it holds for them.

    Built from a Service by `service_infos()`; the proxier fills in the ids as it syncs. Upstream: `serviceInfo` (pkg/proxy/winkernel/proxier.go) with the `BaseServicePortInfo` fields it reads. Upstream's `hns` field (the HostNetworkService the serviceInfo deletes its load balancers through) is not stored: winnet passes the service to the functions that need it.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ServiceInfo) -> bool: ...
    def __init__(
        self,
        *,
        name: ServicePortName = ...,
        cluster_ip: winnet._winnet.net.IpAddress | str = ...,
        port: typing.SupportsInt | typing.SupportsIndex = 0,
        protocol: winnet._winnet.k8s.PortProtocol = winnet._winnet.k8s.PortProtocol.TCP,
        node_port: typing.SupportsInt | typing.SupportsIndex = 0,
        target_port: typing.SupportsInt | typing.SupportsIndex = 0,
        session_affinity: winnet._winnet.k8s.SessionAffinity = winnet._winnet.k8s.SessionAffinity.NONE,
        sticky_max_age_seconds: typing.SupportsInt | typing.SupportsIndex = 0,
        health_check_node_port: typing.SupportsInt | typing.SupportsIndex = 0,
        external_ips: collections.abc.Sequence[ExternalIpInfo] = [],
        load_balancer_ingress_ips: collections.abc.Sequence[LoadBalancerIngressInfo] = [],
        hns_id: str = "",
        node_port_hns_id: str = "",
        policy_applied: bool = False,
        remote_endpoint: EndpointInfo | None = None,
        preserve_dip: bool = False,
        local_traffic_dsr: bool = False,
        internal_traffic_local: bool = False,
        win_proxy_optimization: bool = True,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def same_spec(self, other: ServiceInfo) -> bool:
        """
        True when the two describe the same Service port the same way: every field that comes from the Service, ignoring load-balancer ids, policy_applied and remote_endpoint (which the proxier sets).

        A Service update that leaves this unchanged does not touch HNS.
        """
    @property
    def cluster_ip(self) -> winnet._winnet.net.IpAddress:
        """
        The Service's cluster IP in the proxier's IP family.

        Upstream: `ClusterIP()`. Set: `service_infos()`, from `spec.clusterIPs`. Used: frontend VIP of the ClusterIP load balancer; address of the overlay ClusterIP helper endpoint.
        """
    @cluster_ip.setter
    def cluster_ip(self, arg1: winnet._winnet.net.IpAddress | str) -> None: ...
    @property
    def external_ips(self) -> tuple:
        """
        The external IPs of the proxier's family, each with the id of its load balancer.

        Upstream: `externalIPs`. Set: `service_infos()`, from `spec.externalIPs`; ids by the sync. Used: one ExternalIP load balancer per address (frontend the address, port `port`).
        """
    @external_ips.setter
    def external_ips(self, arg1: collections.abc.Sequence[ExternalIpInfo]) -> None: ...
    @property
    def health_check_node_port(self) -> int:
        """
        `spec.healthCheckNodePort`, 0 when none.

        Upstream: `HealthCheckNodePort()`. Set: `service_infos()`. Used: ports of the health-check load balancers (the node's healthz port when 0).
        """
    @health_check_node_port.setter
    def health_check_node_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def hns_id(self) -> str:
        """
        The id of the ClusterIP load balancer; empty when there is none.

        Upstream: `hnsID`. Set: the sync, when HNS creates or updates the load balancer; cleared when it is deleted. Used: update in place, deletion on a change.
        """
    @hns_id.setter
    def hns_id(self, arg0: str) -> None: ...
    @property
    def internal_traffic_local(self) -> bool:
        """
        Cluster IP traffic stays on this node.

        Upstream: `internalTrafficLocal`. Set: `service_infos()`, true for `spec.internalTrafficPolicy: Local`. Used: the ClusterIP load balancer takes local backends only; with local_traffic_dsr too, remote backends get no HNS endpoint at all.
        """
    @internal_traffic_local.setter
    def internal_traffic_local(self, arg0: bool) -> None: ...
    @property
    def load_balancer_ingress_ips(self) -> tuple:
        """
        The load-balancer ingress IPs of the proxier's family, each with the ids of its load balancers.

        Upstream: `loadBalancerIngressIPs`. Set: `service_infos()`, from `status.loadBalancer.ingress[].ip`; ids by the sync. Used: one Ingress and one health-check load balancer per address; when there is at least one, the backends' serving and terminating conditions decide whether the external load balancers exist.
        """
    @load_balancer_ingress_ips.setter
    def load_balancer_ingress_ips(self, arg1: collections.abc.Sequence[LoadBalancerIngressInfo]) -> None: ...
    @property
    def local_traffic_dsr(self) -> bool:
        """
        Direct server return for external traffic, so the client IP reaches the pod and replies leave the node directly.

        Upstream: `localTrafficDSR`. Set: `service_infos()`, true for `spec.externalTrafficPolicy: Local` when HNS supports DSR (`--enable-dsr` is not needed). Used: NodePort, ExternalIP and Ingress load balancers take local backends only and get the DSR flag; remote backends are ignored when judging terminating/serving.
        """
    @local_traffic_dsr.setter
    def local_traffic_dsr(self, arg0: bool) -> None: ...
    @property
    def name(self) -> ServicePortName:
        """
        The Service port this entry is for: namespace, name, port name and protocol.

        Upstream: `svcPortMap` key. Set: `service_infos()`, one per `spec.ports[]`. Used: as the key that pairs the Service port with its EndpointSlice backends.
        """
    @name.setter
    def name(self, arg0: ServicePortName) -> None: ...
    @property
    def node_port(self) -> int:
        """
        The node port (`spec.ports[].nodePort`), 0 when the Service has none.

        Upstream: `NodePort()`. Set: `service_infos()`. Used: ExternalPort of the NodePort load balancer, which exists only when this is not 0.
        """
    @node_port.setter
    def node_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def node_port_hns_id(self) -> str:
        """
        The id of the NodePort load balancer (no frontend VIP: every address of the node); empty when there is none.

        Upstream: `nodePorthnsID`. Set: the sync. Used: update in place, deletion on a change.
        """
    @node_port_hns_id.setter
    def node_port_hns_id(self, arg0: str) -> None: ...
    @property
    def policy_applied(self) -> bool:
        """
        Every load balancer of this Service port is programmed.

        Upstream: `policyApplied`. Set: true at the end of a sync that programmed them all; false when the Service or its backends change (cleanupAllPolicies). Used: a sync skips Service ports whose policy is applied, which makes syncs incremental.
        """
    @policy_applied.setter
    def policy_applied(self, arg0: bool) -> None: ...
    @property
    def port(self) -> int:
        """
        The Service port (`spec.ports[].port`).

        Upstream: `Port()`. Set: `service_infos()`. Used: ExternalPort of the ClusterIP, ExternalIP and Ingress load balancers.
        """
    @port.setter
    def port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def preserve_dip(self) -> bool:
        """
        Preserve the destination: traffic to the ingress IP reaches the pod with the VIP, not the pod IP, as destination.

        Upstream: `preserveDIP`. Set: `service_infos()`, true when the annotation `preserve-destination` is exactly "true" and HNS supports DSR. Used: NodePort and Ingress load balancers take local backends only; the Ingress one gets PortMapping flags UseMux and PreserveDIP and the DSR flag; the health check UseMux and PreserveDIP.
        """
    @preserve_dip.setter
    def preserve_dip(self, arg0: bool) -> None: ...
    @property
    def protocol(self) -> winnet._winnet.k8s.PortProtocol:
        """
        The port's protocol, sent to HNS as its IANA number (TCP 6, UDP 17, SCTP 132).

        Upstream: `Protocol()`. Set: `service_infos()`. Used: Protocol of every load balancer of the port.
        """
    @protocol.setter
    def protocol(self, arg0: winnet._winnet.k8s.PortProtocol) -> None: ...
    @property
    def remote_endpoint(self) -> EndpointInfo | None:
        """
        Overlay networks only: the remote HNS endpoint kube-proxy creates at the cluster IP itself (host MAC, provider address = the node IP) so that the cluster IP has an endpoint in VFP.

        Upstream: `remoteEndpoint`. Set: the sync, when HNS has no endpoint at the cluster IP, even for a Service without backends. Used: cleanupAllPolicies deletes it at every change of the Service or its backends; the next sync recreates it.
        """
    @remote_endpoint.setter
    def remote_endpoint(self, arg0: EndpointInfo | None) -> None: ...
    @property
    def session_affinity(self) -> winnet._winnet.k8s.SessionAffinity:
        """
        `spec.sessionAffinity`.

        Upstream: `SessionAffinityType()`. Set: `service_infos()`. Used: ClientIP makes every load balancer except the health check use DistributionType SourceIP (2).
        """
    @session_affinity.setter
    def session_affinity(self, arg0: winnet._winnet.k8s.SessionAffinity) -> None: ...
    @property
    def sticky_max_age_seconds(self) -> int:
        """
        `spec.sessionAffinityConfig.clientIP.timeoutSeconds`, 10800 by default with ClientIP.

        Upstream: `StickyMaxAgeSeconds()`. Set: `service_infos()`. Used: nowhere: HNS has no affinity timeout, so it is not programmed.
        """
    @sticky_max_age_seconds.setter
    def sticky_max_age_seconds(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def target_port(self) -> int:
        """
        The port the backends listen on: HNS load balancers have one InternalPort, so backends of one Service port that listen on different ports are not supported on Windows.

        Upstream: `targetPort`. Set: `service_infos()`, the numeric `targetPort` (0 when named); then, during each sync, the port of every backend whose port differs, so the last backend's port wins. Used: InternalPort of every load balancer except the health check.
        """
    @target_port.setter
    def target_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def win_proxy_optimization(self) -> bool:
        """
        Keep load balancers across backend changes.

        Upstream: `winProxyOptimization`. Set: `service_infos()`, false only for the annotation `winProxyOptimization: disabled` (any case). Used: when true, a backend change keeps the load balancers, which the next sync updates in place (HNS 15.5 and later) or replaces one by one, and a Service left without backends loses them in the sync; when false, every backend change deletes them all first.
        """
    @win_proxy_optimization.setter
    def win_proxy_optimization(self, arg0: bool) -> None: ...

class LoadBalancerKind(enum.Enum):
    """
    Which frontend of a Service port a load balancer serves.

    Upstream: `loadbalancerType` (loadbalancer.go).
    """

    CLUSTER_IP: typing.ClassVar[LoadBalancerKind]
    EXTERNAL_IP: typing.ClassVar[LoadBalancerKind]
    HEALTH_CHECK: typing.ClassVar[LoadBalancerKind]
    INGRESS_IP: typing.ClassVar[LoadBalancerKind]
    NODE_PORT: typing.ClassVar[LoadBalancerKind]
    @classmethod
    def __new__(cls, value): ...

class LoadBalancerPolicyFlags:
    """
    The switches kube-proxy turns into a load balancer's flags.

    Upstream: `loadBalancerFlags`, mapped by `getLoadBalancerPolicyFlags`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: LoadBalancerPolicyFlags) -> bool: ...
    def __init__(
        self,
        *,
        is_ilb: bool = False,
        is_dsr: bool = False,
        is_vip_external_ip: bool = False,
        local_routed_vip: bool = False,
        use_mux: bool = False,
        preserve_dip: bool = False,
        session_affinity: bool = False,
        is_ipv6: bool = False,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def distribution(self) -> winnet._winnet.hns.Distribution:
        """
        The port mapping's `DistributionType`: SourceIP with session affinity, else None.
        """
    def load_balancer_flags(self) -> winnet._winnet.hns.LoadBalancerFlags:
        """
        The load balancer's `Flags`: DSR and IPv6.
        """
    def port_mapping_flags(self) -> winnet._winnet.hns.PortMappingFlags:
        """
        The port mapping's `Flags`: ILB, LocalRoutedVIP, UseMux, PreserveDIP, VipExternalIP.
        """
    @property
    def is_dsr(self) -> bool:
        """
        Direct server return: load balancer flag DSR (1).

        The backend answers the client with the VIP as source, without the reply passing through the load balancer again. Upstream: `isDSR`.
        """
    @is_dsr.setter
    def is_dsr(self, arg0: bool) -> None: ...
    @property
    def is_ilb(self) -> bool:
        """
        Internal load balancer: PortMapping flag ILB (1).

        Never set by the current kube-proxy. Upstream: `isILB`.
        """
    @is_ilb.setter
    def is_ilb(self, arg0: bool) -> None: ...
    @property
    def is_ipv6(self) -> bool:
        """
        The load balancer is an IPv6 one: load balancer flag IPv6 (2). Upstream: `isIPv6`.
        """
    @is_ipv6.setter
    def is_ipv6(self, arg0: bool) -> None: ...
    @property
    def is_vip_external_ip(self) -> bool:
        """
        The frontend is reachable from outside the cluster: PortMapping flag VipExternalIP (16), a value kube-proxy defines itself.

        Upstream: `isVipExternalIP`.
        """
    @is_vip_external_ip.setter
    def is_vip_external_ip(self, arg0: bool) -> None: ...
    @property
    def local_routed_vip(self) -> bool:
        """
        The VIP is also reachable from the host itself: PortMapping flag LocalRoutedVIP (2).

        Upstream: `localRoutedVIP`.
        """
    @local_routed_vip.setter
    def local_routed_vip(self, arg0: bool) -> None: ...
    @property
    def preserve_dip(self) -> bool:
        """
        Deliver packets to the backend with the VIP as destination instead of its own IP: PortMapping flag PreserveDIP (8).

        Upstream: `preserveDIP`.
        """
    @preserve_dip.setter
    def preserve_dip(self, arg0: bool) -> None: ...
    @property
    def session_affinity(self) -> bool:
        """
        ClientIP session affinity: DistributionType SourceIP (2). Upstream: `sessionAffinity`.
        """
    @session_affinity.setter
    def session_affinity(self, arg0: bool) -> None: ...
    @property
    def use_mux(self) -> bool:
        """
        PortMapping flag UseMux (4), set with preserve-destination. Upstream: `useMUX`.
        """
    @use_mux.setter
    def use_mux(self, arg0: bool) -> None: ...

class LoadBalancerIdentity:
    """
    What makes two load balancers the same to kube-proxy: protocol, ports, frontend VIP, the set of backend endpoints and (winnet only) the IP family.

    Other flags, SourceVIP and DistributionType are not part of it, so a request that differs only in those finds the existing load balancer. Upstream: `loadBalancerIdentifier`, which has no family: on a dual-stack node whose pods have one HNS endpoint with both addresses, the IPv6 proxier's NodePort load balancer (no VIP) has the identity of the IPv4 one and is never created; winnet tells them apart by the IPv6 flag.
    """
    @staticmethod
    def of(load_balancer: winnet._winnet.hns.LoadBalancer) -> LoadBalancerIdentity:
        """
        The identity of a load balancer read back from HNS: its first port mapping and first frontend VIP and the hash of its HostComputeEndpoints, as upstream's getAllLoadBalancers computes it, and its IPv6 flag.
        """
    def __eq__(self, arg0: LoadBalancerIdentity) -> bool: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        protocol: winnet._winnet.hns.Protocol = winnet._winnet.hns.Protocol.UNSPECIFIED,
        internal_port: typing.SupportsInt | typing.SupportsIndex = 0,
        external_port: typing.SupportsInt | typing.SupportsIndex = 0,
        vip: winnet._winnet.net.IpAddress | str | None = None,
        endpoints: bytes | None = None,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def endpoints(self) -> bytes:
        """
        The digest of the backend endpoint ids. Upstream: `endpointsHash`.
        """
    @endpoints.setter
    def endpoints(self, arg1: bytes) -> None: ...
    @property
    def external_port(self) -> int:
        """
        The frontend port. Upstream: `externalPort`.
        """
    @external_port.setter
    def external_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def internal_port(self) -> int:
        """
        The backend port. Upstream: `internalPort`.
        """
    @internal_port.setter
    def internal_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def protocol(self) -> winnet._winnet.hns.Protocol:
        """
        The protocol of the port mapping. Upstream: `protocol`.
        """
    @protocol.setter
    def protocol(self, arg0: winnet._winnet.hns.Protocol) -> None: ...
    @property
    def vip(self) -> winnet._winnet.net.IpAddress | None:
        """
        The first frontend VIP; none for NodePort load balancers. Upstream: `vip`.
        """
    @vip.setter
    def vip(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...

class LoadBalancerRequest:
    """
    One load balancer kube-proxy wants: everything it puts in the HNS document.

    Upstream: the arguments of `getLoadBalancer`/`updateLoadBalancer`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: LoadBalancerRequest) -> bool: ...
    def __init__(
        self,
        *,
        kind: LoadBalancerKind = LoadBalancerKind.CLUSTER_IP,
        endpoints: collections.abc.Sequence[str] = [],
        source_vip: winnet._winnet.net.IpAddress | str | None = None,
        vip: winnet._winnet.net.IpAddress | str | None = None,
        flags: LoadBalancerPolicyFlags = ...,
        protocol: winnet._winnet.hns.Protocol = winnet._winnet.hns.Protocol.UNSPECIFIED,
        internal_port: typing.SupportsInt | typing.SupportsIndex = 0,
        external_port: typing.SupportsInt | typing.SupportsIndex = 0,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def identity(self) -> LoadBalancerIdentity:
        """
        The identity under which kube-proxy looks for an existing load balancer.
        """
    def to_hns(self) -> winnet._winnet.hns.LoadBalancer:
        """
        The HostComputeLoadBalancer document kube-proxy sends (no id; SchemaVersion 2.0).
        """
    @property
    def endpoints(self) -> tuple:
        """
        The backends: ids of HNS endpoints, in the order they are sent.
        """
    @endpoints.setter
    def endpoints(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def external_port(self) -> int:
        """
        The frontend port.
        """
    @external_port.setter
    def external_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def flags(self) -> LoadBalancerPolicyFlags:
        """
        The switches that become the flags and distribution.
        """
    @flags.setter
    def flags(self, arg0: LoadBalancerPolicyFlags) -> None: ...
    @property
    def internal_port(self) -> int:
        """
        The backend port.
        """
    @internal_port.setter
    def internal_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def kind(self) -> LoadBalancerKind:
        """
        Which frontend of the Service this load balancer serves (for logs and tables only; HNS does not see it).
        """
    @kind.setter
    def kind(self, arg0: LoadBalancerKind) -> None: ...
    @property
    def protocol(self) -> winnet._winnet.hns.Protocol:
        """
        The protocol.
        """
    @protocol.setter
    def protocol(self, arg0: winnet._winnet.hns.Protocol) -> None: ...
    @property
    def source_vip(self) -> winnet._winnet.net.IpAddress | None:
        """
        The address HNS gives SNATed packets on their way to a backend on another node (overlay networks); none on L2Bridge.
        """
    @source_vip.setter
    def source_vip(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...
    @property
    def vip(self) -> winnet._winnet.net.IpAddress | None:
        """
        The frontend VIP; none for NodePort load balancers.
        """
    @vip.setter
    def vip(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...

class RemoteSubnetInfo:
    """
    One pod subnet of another node on an overlay network, from the network's RemoteSubnetRoute policy (written by flanneld or the CNI).

    Upstream: `remoteSubnetInfo`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: RemoteSubnetInfo) -> bool: ...
    def __init__(
        self,
        *,
        destination_prefix: winnet._winnet.net.IpPrefix | str = ...,
        isolation_id: typing.SupportsInt | typing.SupportsIndex = 0,
        provider_address: winnet._winnet.net.IpAddress | str = ...,
        dr_mac_address: str = "",
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def destination_prefix(self) -> winnet._winnet.net.IpPrefix:
        """
        The other node's pod CIDR. Upstream: `destinationPrefix`.
        """
    @destination_prefix.setter
    def destination_prefix(self, arg1: winnet._winnet.net.IpPrefix | str) -> None: ...
    @property
    def dr_mac_address(self) -> str:
        """
        The MAC address of the other node's distributed router. Upstream: `drMacAddress`.
        """
    @dr_mac_address.setter
    def dr_mac_address(self, arg0: str) -> None: ...
    @property
    def isolation_id(self) -> int:
        """
        The VXLAN network identifier (VSID) of the overlay. Upstream: `isolationID`.
        """
    @isolation_id.setter
    def isolation_id(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def provider_address(self) -> winnet._winnet.net.IpAddress:
        """
        The other node's physical address, to which packets for the subnet are encapsulated.

        Upstream: `providerAddress`.
        """
    @provider_address.setter
    def provider_address(self, arg1: winnet._winnet.net.IpAddress | str) -> None: ...

class NetworkInfo:
    """
    The HNS network the proxier programs, read by name at start-up and at every sync.

    Upstream: `hnsNetworkInfo`.
    """

    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def of(network: winnet._winnet.hns.Network) -> NetworkInfo:
        """
        The `NetworkInfo` of an HNS network: its RemoteSubnetRoute policies become remote_subnets.
        """
    def __eq__(self, arg0: NetworkInfo) -> bool: ...
    def __init__(
        self,
        *,
        name: str = "",
        id: str = "",
        network_type: str = "",
        remote_subnets: collections.abc.Sequence[RemoteSubnetInfo] = [],
    ) -> None: ...
    def __repr__(self) -> str: ...
    def find_remote_subnet_provider_address(
        self, ip: winnet._winnet.net.IpAddress | str
    ) -> winnet._winnet.net.IpAddress | None:
        """
        The provider address of the node that hosts `ip` on an overlay: the provider address of the remote subnet whose prefix contains `ip`, or of the subnet whose provider address is `ip` itself (a node IP); the last match wins.

        None when `ip` is in no remote subnet (kube-proxy then treats it as a public IP). Upstream: `findRemoteSubnetProviderAddress`.
        """
    def is_overlay(self) -> bool:
        """
        True for an overlay (VXLAN) network: the type compared case-insensitively with "overlay", as upstream's NETWORK_TYPE_OVERLAY check does.
        """
    @property
    def id(self) -> str:
        """
        The network's HNS id; a changed id means the network was recreated. Upstream: `id`.
        """
    @id.setter
    def id(self, arg0: str) -> None: ...
    @property
    def name(self) -> str:
        """
        The network's name (the winkernel `networkName`). Upstream: `name`.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def network_type(self) -> str:
        """
        The HCN network type as HNS reports it, e.g.

        "Overlay" or "L2Bridge". Upstream: `networkType`.
        """
    @network_type.setter
    def network_type(self, arg0: str) -> None: ...
    @property
    def remote_subnets(self) -> tuple:
        """
        The remote subnets of an overlay network, in policy order. Upstream: `remoteSubnets`.
        """
    @remote_subnets.setter
    def remote_subnets(self, arg1: collections.abc.Sequence[RemoteSubnetInfo]) -> None: ...

class QueriedEndpoints:
    """
    The HNS endpoints of the network, found by id or by IP: what kube-proxy calls `queriedEndpoints`.

    Filled from one ListEndpointsOfNetwork and kept in step with the endpoints the proxier creates and deletes.
    """
    def __init__(self) -> None: ...
    def __len__(self) -> int: ...
    def __repr__(self) -> str: ...
    def bind(self, ip: winnet._winnet.net.IpAddress | str, id: str) -> None:
        """
        Makes `ip` find the endpoint with id `id` (the second address of a dual-stack endpoint, or a tie between two endpoints with one address).
        """
    def erase(self, id: str) -> None:
        """
        Forgets the endpoint with id `id` and the addresses that point at it.
        """
    def find_id(self, id: str) -> EndpointInfo | None:
        """
        The endpoint with HNS id `id`, or nullptr.
        """
    def find_ip(self, ip: winnet._winnet.net.IpAddress | str) -> EndpointInfo | None:
        """
        The endpoint that owns `ip`, or nullptr.
        """
    def insert(self, endpoint: EndpointInfo, bind_address: bool = True) -> None:
        """
        Records `endpoint` under its id and, if `bind_address`, under its ip, replacing what those keys held.
        """
    def size(self) -> int:
        """
        How many endpoints are recorded.
        """

class QueriedLoadBalancers:
    """
    The load balancers that exist on the host, found by identity: what kube-proxy calls `queriedLoadBalancers`.

    A request whose identity is found here is served without any HNS call.
    """
    def __init__(self) -> None: ...
    def __len__(self) -> int: ...
    def __repr__(self) -> str: ...
    def erase(self, id: str) -> None:
        """
        Forgets load balancer `id`.
        """
    def find(self, identity: LoadBalancerIdentity) -> str | None:
        """
        The id of the load balancer with `identity`, or nullptr.
        """
    def insert(self, identity: LoadBalancerIdentity, id: str) -> None:
        """
        Records that load balancer `id` has `identity` (replacing what `id` had before).
        """
    def size(self) -> int:
        """
        How many load balancers are recorded.
        """

class ProxyHns:
    """
    kube-proxy's view of HNS: the calls it makes and the rules around them.

    Errors from HNS propagate as `hns::HnsError`, except where upstream swallows them (noted per function). Upstream: `hns` (hns.go).
    """
    def __init__(self, hns: winnet._winnet.hns.SimulatedHns) -> None:
        """
        Works through `service`, which must outlive this object.
        """
    def __repr__(self) -> str: ...
    def create_endpoint(self, endpoint: EndpointInfo, network_name: str) -> EndpointInfo:
        """
        Creates the HNS endpoint for `endpoint` on the network named `network_name` (read again first, as upstream does): a remote endpoint (flag RemoteEndpoint, plus a ProviderAddress policy when it has a provider address) unless it is local.

        Returns it with the id HNS gave. Upstream: `createEndpoint`.
        """
    def delete_all_load_balancers(self) -> int:
        """
        Deletes every load balancer on the host, as kube-proxy does when it starts; failures are counted, not thrown.

        Returns the number that could not be deleted. Upstream: `deleteAllHnsLoadBalancerPolicy`.
        """
    def delete_endpoint(self, id: str) -> None:
        """
        Deletes endpoint `id`; throws `hns::NotFoundError` if there is none.

        Upstream: `deleteEndpoint`.
        """
    def delete_load_balancer(self, id: str) -> None:
        """
        Deletes load balancer `id`.

        A load balancer that cannot be found (including id "") counts as deleted; a failed delete is retried once (a Windows Server 2019 HNS bug) and the second error thrown. Upstream: `deleteLoadBalancer`.
        """
    def get_all_endpoints_by_network(self, network: NetworkInfo) -> tuple[QueriedEndpoints, tuple]:
        """
        Every endpoint of the network with at least one IP configuration, by id and by each of its first two addresses, as `queriedEndpoints`.

        When a local and a remote endpoint share an address the local one keeps it (k/k PR 138000) and the ids of the remote ones are appended to `shadowed_remote` (if given) so the caller can delete them. Upstream: `getAllEndpointsByNetwork`.
        """
    def get_all_load_balancers(self) -> QueriedLoadBalancers:
        """
        Every load balancer on the host, by identity. Upstream: `getAllLoadBalancers`.
        """
    def get_endpoint_by_name(self, name: str) -> EndpointInfo:
        """
        The endpoint named `name` (the root endpoint). Upstream: `getEndpointByName`.
        """
    def get_load_balancer(self, request: LoadBalancerRequest, queried: QueriedLoadBalancers) -> str:
        """
        The id of the load balancer `request` asks for: the one in `queried` with the same identity if there is one (no HNS call), else a new one, which is recorded in `queried`.

        Upstream: `getLoadBalancer`.
        """
    def get_network_by_name(self, name: str) -> NetworkInfo:
        """
        The HNS network the proxier uses.

        Throws `hns::NotFoundError` when there is none. Upstream: `getNetworkByName`.
        """
    def service(self) -> winnet._winnet.hns.SimulatedHns:
        """
        The HostNetworkService underneath.
        """
    def update_load_balancer(
        self, id: str, request: LoadBalancerRequest, queried: QueriedLoadBalancers
    ) -> str:
        """
        Makes load balancer `id` what `request` asks for: nothing when `queried` already has one with that identity (returns its id), else HcnModifyLoadBalancer with the whole document (HNS 15.5 and later; older HNS answers E_NOTIMPL).

        Upstream: `updateLoadBalancer`.
        """

class ProxierError(winnet._winnet.Error):
    """
    The proxier refuses to start on this node (a configuration or HNS capability problem), with upstream's message, e.g.

    "source-vip flag not set".
    """

class ProxierConfig:
    """
    Everything the proxier needs to know about its node and configuration.

    Upstream: the arguments of `NewProxier`, mostly from KubeProxyConfiguration's `winkernel` section.
    """
    @staticmethod
    def from_(
        config: winnet._winnet.k8s.KubeProxyConfiguration,
        node_ip: winnet._winnet.net.IpAddress | str,
        host_mac: str,
    ) -> ProxierConfig:
        """
        The `ProxierConfig` of a node running `config`, whose IP is `node_ip` and whose adapter has MAC `host_mac`.

        Upstream: what cmd/kube-proxy passes to NewProxier.
        """
    def __init__(
        self,
        *,
        node_name: str = "",
        node_ip: winnet._winnet.net.IpAddress | str = ...,
        host_mac: str = "",
        network_name: str = "",
        source_vip: winnet._winnet.net.IpAddress | str | None = None,
        enable_dsr: bool = False,
        root_hns_endpoint_name: str = "cbr0",
        forward_health_check_vip: bool = False,
        healthz_port: typing.SupportsInt | typing.SupportsIndex = 10256,
        win_dsr_gate: bool = True,
        win_overlay_gate: bool = True,
        requery_hns_each_sync: bool = True,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def enable_dsr(self) -> bool:
        """
        Create ClusterIP load balancers with direct server return (winkernel `enableDSR`).

        Upstream: `isDSR`.
        """
    @enable_dsr.setter
    def enable_dsr(self, arg0: bool) -> None: ...
    @property
    def forward_health_check_vip(self) -> bool:
        """
        Create a health-check load balancer on each ingress IP (winkernel `forwardHealthCheckVip`).

        Upstream: `forwardHealthCheckVip`.
        """
    @forward_health_check_vip.setter
    def forward_health_check_vip(self, arg0: bool) -> None: ...
    @property
    def healthz_port(self) -> int:
        """
        The port of kube-proxy's healthz server (from `healthzBindAddress`): the port of health-check load balancers of Services without a healthCheckNodePort.

        Upstream: `healthzPort`.
        """
    @healthz_port.setter
    def healthz_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def host_mac(self) -> str:
        """
        The MAC address of the node's network adapter, in HNS's dash format: the MAC of the overlay source-VIP and ClusterIP helper endpoints.

        Upstream: `hostMac`.
        """
    @host_mac.setter
    def host_mac(self, arg0: str) -> None: ...
    @property
    def network_name(self) -> str:
        """
        The HNS network to program (winkernel `networkName`). Upstream: `network.name`.
        """
    @network_name.setter
    def network_name(self, arg0: str) -> None: ...
    @property
    def node_ip(self) -> winnet._winnet.net.IpAddress:
        """
        This node's IP in the proxier's family: the provider address of the overlay ClusterIP helper endpoints, and the SNAT source for backends outside the pod network.

        Its family is the proxier's family. Upstream: `nodeIP`.
        """
    @node_ip.setter
    def node_ip(self, arg1: winnet._winnet.net.IpAddress | str) -> None: ...
    @property
    def node_name(self) -> str:
        """
        This node's name (`hostnameOverride`): EndpointSlice endpoints whose `nodeName` equals it are local.

        Upstream: `nodeName`.
        """
    @node_name.setter
    def node_name(self, arg0: str) -> None: ...
    @property
    def requery_hns_each_sync(self) -> bool:
        """
        List the network's endpoints and the host's load balancers at every sync, as upstream does (true), or only at the first sync, after an HNS error and at full syncs, keeping the lists in step with the proxier's own calls in between (false): a sync then costs HNS calls and work in proportion to what changed, not to the size of the node's state.
        """
    @requery_hns_each_sync.setter
    def requery_hns_each_sync(self, arg0: bool) -> None: ...
    @property
    def root_hns_endpoint_name(self) -> str:
        """
        The name of the HNS endpoint of the host's own network compartment (winkernel `rootHnsEndpointName`), the backend of health-check load balancers.

        Upstream: `rootHnsEndpointName`.
        """
    @root_hns_endpoint_name.setter
    def root_hns_endpoint_name(self, arg0: str) -> None: ...
    @property
    def source_vip(self) -> winnet._winnet.net.IpAddress | None:
        """
        The overlay source VIP (winkernel `sourceVip`): the address backends on other nodes see as the source of load-balanced packets.

        Required on overlay networks, ignored on L2Bridge. Upstream: `sourceVip`.
        """
    @source_vip.setter
    def source_vip(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...
    @property
    def win_dsr_gate(self) -> bool:
        """
        The feature gate WinDSR (needed for enable_dsr).
        """
    @win_dsr_gate.setter
    def win_dsr_gate(self, arg0: bool) -> None: ...
    @property
    def win_overlay_gate(self) -> bool:
        """
        The feature gate WinOverlay (needed on overlay networks).
        """
    @win_overlay_gate.setter
    def win_overlay_gate(self, arg0: bool) -> None: ...

class SyncResult:
    """
    What one sync did, for logs, tables and benchmarks.
    """
    def __repr__(self) -> str: ...
    @property
    def completed(self) -> bool:
        """
        False when the sync returned early: the network was missing or recreated (every policy was cleaned and the next sync reprograms everything), or listing HNS failed.
        """
    @property
    def endpoints_deleted(self) -> int:
        """
        Remote HNS endpoints deleted because no Service uses them any more.
        """
    @property
    def message(self) -> str:
        """
        Why the sync stopped early, or empty.
        """
    @property
    def services_pending(self) -> int:
        """
        Service ports left for the next sync: no usable endpoints, or an HNS call failed.
        """
    @property
    def services_synced(self) -> int:
        """
        Service ports whose load balancers were all programmed in this sync.
        """
    @property
    def stale_load_balancers(self) -> int:
        """
        Load balancers whose deletion failed and that wait in the stale list.
        """

class Proxier:
    """
    The Windows kube-proxy for one IP family on one node, against one HostNetworkService.

    Construction is kube-proxy's start-up (feature checks, network lookup, deletion of every load balancer on the host); `set_service()` and its siblings are the informers' events; `sync()` is `syncProxyRules`. Upstream: `Proxier` (pkg/proxy/winkernel/proxier.go). A dual-stack node runs two, one per family, on the same HNS.
    """
    def __init__(self, hns: winnet._winnet.hns.SimulatedHns, config: ProxierConfig) -> None:
        """
        Starts a proxier on the node behind `service` (which must outlive it), as NewProxier does: requires HNS API V2, resolves the network (throws `hns::NotFoundError` if it does not exist), checks DSR and overlay requirements (throws `ProxierError` with upstream's message), and deletes every load balancer on the host.

        Overload `(const Proxier &)=delete`: Not copyable: it owns HNS objects through reference counts.
        """
    def __repr__(self) -> str: ...
    def _repr_html_(self): ...
    def apply(self, cluster: winnet._winnet.k8s.ClusterState) -> None:
        """
        Makes `cluster` the desired state: every Service and EndpointSlice that differs from what the proxier was told before is set or deleted, as the informers would report it.
        """
    def config(self) -> ProxierConfig:
        """
        The configuration the proxier runs with.
        """
    def delete_endpoint_slice(self, slice: winnet._winnet.k8s.NamespacedName) -> None:
        """
        An EndpointSlice was deleted (`OnEndpointSliceDelete`).
        """
    def delete_service(self, service: winnet._winnet.k8s.NamespacedName) -> None:
        """
        A Service was deleted (`OnServiceDelete`).
        """
    def endpoints(self) -> dict:
        """
        The backends of each Service port, with their HNS bindings. Upstream: `endpointsMap`.
        """
    def endpoints_of(self, name: ServicePortName) -> tuple:
        """
        The backends of `name` (empty if none).
        """
    def family(self) -> winnet._winnet.net.IpFamily:
        """
        The IP family of this proxier (that of the node IP).
        """
    def find_service(self, name: ServicePortName) -> ServiceInfo | None:
        """
        The `ServiceInfo` of `name`, or nullptr.
        """
    def network(self) -> NetworkInfo:
        """
        The network as last read. Upstream: `network`.
        """
    def ref_count(self, hns_id: str) -> int:
        """
        How many backends hold a reference on remote HNS endpoint `hns_id` (0 if none).

        Upstream: `*endPointsRefCount[hnsID]`.
        """
    def services(self) -> dict:
        """
        The Service ports the proxier knows, with their load-balancer ids.

        Upstream: `svcPortMap`.
        """
    def set_endpoint_slice(self, slice: winnet._winnet.k8s.EndpointSlice) -> None:
        """
        An EndpointSlice was added or updated (`OnEndpointSliceAdd`/`Update`).
        """
    def set_modify_load_balancer(self, enabled: bool) -> None:
        """
        Sets whether load balancers are updated in place, as upstream's tests set `supportedFeatures.ModifyLoadbalancer`.
        """
    def set_service(self, service: winnet._winnet.k8s.Service) -> None:
        """
        A Service was added or updated (`OnServiceAdd`/`OnServiceUpdate`).
        """
    def stale_load_balancers(self) -> tuple:
        """
        Ids of load balancers whose deletion failed, retried (at most 20 per sync) until HNS deletes them.

        Upstream: `mapStaleLoadbalancers`.
        """
    def startup_cleanup_failures(self) -> int:
        """
        The number of load balancers the start-up cleanup could not delete.
        """
    def supported_features(self) -> winnet._winnet.hns.SupportedFeatures:
        """
        The HNS features in use; `modify_loadbalancer` turns off for good the first time HNS answers an update with E_NOTIMPL.

        Upstream: `supportedFeatures`.
        """
    def sync(self, full: bool = False) -> SyncResult:
        """
        One `syncProxyRules`: checks the network, applies the pending changes (tearing down what changed), lists HNS, then programs every Service port whose policy is not applied.

        `full` re-lists HNS even when requery_hns_each_sync is off.
        """

class PlanStep:
    """
    One step of a plan: kube-proxy's start-up, or one sync after a cluster state was applied.

    It holds the HNS calls the step made and what HNS held afterwards.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: PlanStep) -> bool: ...
    def __repr__(self) -> str: ...
    @property
    def calls(self) -> tuple:
        """
        The calls the step made to HNS, oldest first, failed ones included with their HRESULT.

        With two proxiers (a dual-stack node) the IPv4 proxier's calls come first.
        """
    @property
    def counts(self) -> dict[winnet._winnet.hns.HnsOperation, int]:
        """
        How many calls of each operation the step made (failed ones included); only operations with at least one call appear.
        """
    @property
    def results(self) -> tuple:
        """
        What each proxier's sync did, in the order of `Plan::families`; empty for the start-up.
        """
    @property
    def state(self) -> winnet._winnet.hns.HnsState:
        """
        Everything HNS holds after the step: networks, endpoints (the CNI's and kube-proxy's remote endpoints) and load balancers.
        """

class Plan:
    """
    What the Windows kube-proxy does on a node: its start-up, then one sync per cluster state.

    Output of `plan()`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Plan) -> bool: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def to_json(self, style: winnet._winnet.hns.JsonStyle = winnet._winnet.hns.JsonStyle.INDENTED) -> str:
        """
        The plan as JSON, the output of `winnet plan -o json`: `{"startup":{"calls":[...],"counts":{...}},"syncs":[{"calls":[...],"counts":{...}, "state":{"endpoints":[...],"loadBalancers":[...]}}]}`.

        Each call is `{"op":"CreateLoadBalancer","id":"...","document":{...}}`: `id` is the call's id or name (empty for lists), `document` the HCN document sent (creates and updates only, embedded as JSON) and `error` the HRESULT of a failed call ("0x803b0013 HCN_E_PORT_ALREADY_EXISTS"). Counts are keyed by operation name, in the order of hns::HnsOperation. HCN objects appear exactly as hcsshim marshals them. The output depends only on the inputs.
        """
    def to_table(self, full_ids: bool = False) -> str:
        """
        The plan for people, the output of `winnet plan -o table`: for the start-up and each sync, what each proxier's sync did, the calls (hns::call_table), their counts, then the endpoints and load balancers HNS holds (hns::endpoint_table, hns::load_balancer_table).

        Ids are cut to their first 8 characters unless `full_ids`.
        """
    @property
    def families(self) -> tuple:
        """
        The IP family of each proxier, IPv4 first: one on a single-stack node, both on a dual-stack node.

        `PlanStep::results` follow this order.
        """
    @property
    def startup(self) -> PlanStep:
        """
        kube-proxy's start-up: each proxier's construction, which reads the HNS version and the network and deletes every load balancer on the host (upstream NewProxier).
        """
    @property
    def syncs(self) -> tuple:
        """
        One step per cluster state, in the order given: the state applied as the informers would report it, then one sync of each proxier (upstream syncProxyRules).
        """

def endpoint_infos(
    service: winnet._winnet.k8s.NamespacedName,
    slices: collections.abc.Sequence[winnet._winnet.k8s.EndpointSlice],
    node_name: str,
    family: winnet._winnet.net.IpFamily,
) -> dict:
    """
    The backends of one Service's ports from its EndpointSlices `slices`, as pkg/proxy's EndpointSliceCache builds them for a proxier of `family` on node `node_name`: slices of the other address family are ignored; each slice port (name and protocol) becomes a `ServicePortName` of `service`; ports without a number, endpoints without an address and FQDN slices are skipped; an endpoint is local when its `nodeName` is `node_name`; the first address is used; duplicates (same address and port in two slices) collapse into one, local if either is.
    """

def endpoints_hash(ids: collections.abc.Sequence[str]) -> bytes:
    """
    The EndpointsHash of `ids`.
    """

def load_balancer_kind_table(
    proxier: Proxier, state: winnet._winnet.hns.HnsState, full_ids: bool = False
) -> winnet._winnet.hns.Table:
    """
    One row per load balancer a Service port holds, in Service order: the Service port, the kind (ClusterIP, NodePort, ExternalIP, IngressIP, HealthCheck), the load balancer's id (first 8 characters unless `full_ids`), frontend, protocol and ports, flags, distribution, source VIP and its backends as "local" and "remote" counts, read from `state` (the node's HNS state).

    A kind whose load balancer does not exist is listed with id "-" and why it is missing is the reader's to work out from the Service's switches.
    """

def plan(
    clusters: collections.abc.Sequence[winnet._winnet.k8s.ClusterState],
    config: winnet._winnet.k8s.KubeProxyConfiguration,
    hns_state: winnet._winnet.hns.HnsState,
    node_ips: collections.abc.Sequence[winnet._winnet.net.IpAddress | str],
    host_mac: winnet._winnet.net.MacAddress | str,
) -> Plan:
    """
    What the Windows kube-proxy configured by `config` asks HNS for on a node whose HNS holds `hns_state` (version, networks, the CNI's endpoints, leftovers), whose IPs are `node_ips` and whose network adapter has MAC `host_mac`, when the cluster goes through `clusters` in turn.

    A SimulatedHns (id seed 0) is loaded with `hns_state`. Start-up constructs one `Proxier` per node IP (`ProxierConfig::from`), IPv4 first, as cmd/kube-proxy does on a dual-stack node (one proxier per family behind the metaproxier). Then, for each cluster state, each proxier is given it (`Proxier::apply`) and syncs once.

    `node_ips` holds one address, or one of each family for a dual-stack node. Throws `ProxierError` when kube-proxy would not start: no node IP, more than two, two of one family, a second family on a node that cannot run dual-stack (HNS without IPv6DualStack, before 11.10, or an overlay network; upstream's DualStackCompatTester then falls back to single-stack, plan refuses instead so that the output never silently leaves out a family), a network that does not exist (upstream waits for it forever), or any start-up check of the `Proxier` constructor.
    """

def service_infos(
    service: winnet._winnet.k8s.Service, family: winnet._winnet.net.IpFamily, dsr_supported: bool
) -> tuple:
    """
    The ServiceInfos of `service` for a proxier of `family`: one per port, in the order of `spec.ports`.

    Empty when kube-proxy ignores the Service (ExternalName, headless, or no cluster IP of that family). External and ingress IPs of the other family are left out, as pkg/proxy's BaseServicePortInfo does. `dsr_supported` is HNS's DSR feature: without it preserve_dip and local_traffic_dsr are forced off, as upstream's newServiceInfo does.
    """

def service_table(proxier: Proxier) -> winnet._winnet.hns.Table:
    """
    One row per Service port the proxier knows: its name and protocol, cluster IP, port, target port and node port, the switches that shape its load balancers (preserveDIP, localTrafficDSR, internalTrafficLocal, winProxyOptimization) and whether its policy is applied.
    """

def to_hns_protocol(protocol: winnet._winnet.k8s.PortProtocol) -> winnet._winnet.hns.Protocol:
    """
    The IANA protocol number HNS takes for a Service port's protocol: TCP 6, UDP 17, SCTP 132.

    Upstream: `Enum(protocol)`.
    """
