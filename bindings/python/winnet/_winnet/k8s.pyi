"""
Kubernetes Services and EndpointSlices as kube-proxy reads them.
"""

from __future__ import annotations
import collections.abc
import enum
import typing
import winnet._winnet.net

__all__: list[str] = [
    "AddressType",
    "ClusterState",
    "Endpoint",
    "EndpointConditions",
    "EndpointPort",
    "EndpointSlice",
    "IpFamilyPolicy",
    "KubeProxyConfiguration",
    "LoadBalancerIngress",
    "LoadBalancerIpMode",
    "NamespacedName",
    "ObjectMeta",
    "PortProtocol",
    "Service",
    "ServicePort",
    "ServiceSpec",
    "ServiceStatus",
    "ServiceType",
    "SessionAffinity",
    "TrafficPolicy",
    "WinkernelConfiguration",
]

class ServiceType(enum.Enum):
    """
    How a `Service` is exposed, JSON `spec.type`. Upstream: `v1.ServiceType`.
    """

    CLUSTER_IP: typing.ClassVar[ServiceType]
    EXTERNAL_NAME: typing.ClassVar[ServiceType]
    LOAD_BALANCER: typing.ClassVar[ServiceType]
    NODE_PORT: typing.ClassVar[ServiceType]
    @classmethod
    def __new__(cls, value): ...

class PortProtocol(enum.Enum):
    """
    The transport protocol of a port, JSON `protocol` of a `Service` or `EndpointSlice` port.

    Upstream: `v1.Protocol` (named PortProtocol here so that it is not mistaken for hns::Protocol, the IANA number HNS takes, to which the Windows kube-proxy maps it).
    """

    SCTP: typing.ClassVar[PortProtocol]
    TCP: typing.ClassVar[PortProtocol]
    UDP: typing.ClassVar[PortProtocol]
    @classmethod
    def __new__(cls, value): ...

class SessionAffinity(enum.Enum):
    """
    Whether connections from one client stick to one backend, JSON `spec.sessionAffinity`.

    Upstream: `v1.ServiceAffinity`.
    """

    CLIENT_IP: typing.ClassVar[SessionAffinity]
    NONE: typing.ClassVar[SessionAffinity]
    @classmethod
    def __new__(cls, value): ...

class TrafficPolicy(enum.Enum):
    """
    Which endpoints receive traffic, JSON `spec.externalTrafficPolicy` and `spec.internalTrafficPolicy`.

    Upstream: `v1.ServiceExternalTrafficPolicy` and `v1.ServiceInternalTrafficPolicy`, which have the same two values.
    """

    CLUSTER: typing.ClassVar[TrafficPolicy]
    LOCAL: typing.ClassVar[TrafficPolicy]
    @classmethod
    def __new__(cls, value): ...

class IpFamilyPolicy(enum.Enum):
    """
    How many IP families a `Service` asks for, JSON `spec.ipFamilyPolicy`.

    Upstream: `v1.IPFamilyPolicy`.
    """

    PREFER_DUAL_STACK: typing.ClassVar[IpFamilyPolicy]
    REQUIRE_DUAL_STACK: typing.ClassVar[IpFamilyPolicy]
    SINGLE_STACK: typing.ClassVar[IpFamilyPolicy]
    @classmethod
    def __new__(cls, value): ...

class LoadBalancerIpMode(enum.Enum):
    """
    How a load balancer's ingress IP reaches the nodes, JSON `status.loadBalancer.ingress[].ipMode`.

    Upstream: `v1.LoadBalancerIPMode`. The Windows kube-proxy does not read it: it programs every ingress IP, whatever its mode.
    """

    PROXY: typing.ClassVar[LoadBalancerIpMode]
    VIP: typing.ClassVar[LoadBalancerIpMode]
    @classmethod
    def __new__(cls, value): ...

class AddressType(enum.Enum):
    """
    What the addresses of an `EndpointSlice` are, JSON `addressType`.

    Upstream: `discoveryv1.AddressType`. A `Service` of two families has slices of each.
    """

    FQDN: typing.ClassVar[AddressType]
    IPV4: typing.ClassVar[AddressType]
    IPV6: typing.ClassVar[AddressType]
    @classmethod
    def __new__(cls, value): ...

class NamespacedName:
    """
    A namespace and a name: the key under which kube-proxy files a `Service` (and the `Service` an `EndpointSlice` belongs to).

    Upstream: `types.NamespacedName` of k8s.io/apimachinery.
    """
    def __eq__(self, arg0: NamespacedName) -> bool: ...
    def __hash__(self) -> int: ...
    def __init__(self, *, namespace: str = "", name: str = "") -> None: ...
    def __lt__(self, arg0: NamespacedName) -> bool: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str:
        """
        "namespace/name", the form kube-proxy logs (`kube-system/kube-dns`).
        """
    @property
    def name(self) -> str:
        """
        The object's name within its namespace, Go `Name` (for example `kube-dns`).
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def namespace(self) -> str:
        """
        The namespace, Go `Namespace` (for example `kube-system`).

        Named with a trailing underscore because `namespace` is a C++ keyword; Python calls it `namespace`.
        """
    @namespace.setter
    def namespace(self, arg0: str) -> None: ...

class ObjectMeta:
    """
    The metadata kube-proxy reads from a `Service` or an `EndpointSlice`, JSON `metadata`.

    Upstream: `metav1.ObjectMeta`; its other fields (uid, resourceVersion, managedFields, ownerReferences, timestamps) are ignored, as kube-proxy ignores them.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ObjectMeta) -> bool: ...
    def __init__(
        self,
        *,
        name: str = "",
        namespace: str = "default",
        labels: collections.abc.Mapping[str, str] = {},
        annotations: collections.abc.Mapping[str, str] = {},
    ) -> None: ...
    def __repr__(self) -> str: ...
    def key(self) -> NamespacedName:
        """
        The object's namespace and name.
        """
    @property
    def annotations(self) -> typing.Any:
        """
        Annotations, JSON `metadata.annotations` (Go `Annotations`).

        The Windows kube-proxy reads `preserve-destination` and `winProxyOptimization` on Services.
        """
    @annotations.setter
    def annotations(self, arg1: collections.abc.Mapping[str, str]) -> None: ...
    @property
    def labels(self) -> typing.Any:
        """
        Labels, JSON `metadata.labels` (Go `Labels`).

        kube-proxy reads `kubernetes.io/service-name` on EndpointSlices and skips objects labelled `service.kubernetes.io/service-proxy-name` or (slices) `service.kubernetes.io/headless`.
        """
    @labels.setter
    def labels(self, arg1: collections.abc.Mapping[str, str]) -> None: ...
    @property
    def name(self) -> str:
        """
        The object's name, JSON `metadata.name` (Go `Name`). Required.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def namespace(self) -> str:
        """
        The namespace, JSON `metadata.namespace` (Go `Namespace`).

        A document without one (a manifest written by hand) gets `default`, the namespace kubectl would create it in. Named with a trailing underscore because `namespace` is a C++ keyword; Python calls it `namespace`.
        """
    @namespace.setter
    def namespace(self, arg0: str) -> None: ...

class ServicePort:
    """
    One port of a `Service`, JSON `spec.ports[]` entry.

    Upstream: `v1.ServicePort`. kube-proxy programs one set of load balancers per `Service` port (its `ServicePortName` is namespace, name, port name and protocol).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ServicePort) -> bool: ...
    def __init__(
        self,
        *,
        name: str = "",
        protocol: PortProtocol = PortProtocol.TCP,
        port: typing.SupportsInt | typing.SupportsIndex = 0,
        target_port: typing.SupportsInt | typing.SupportsIndex | str = 0,
        node_port: typing.SupportsInt | typing.SupportsIndex = 0,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def name(self) -> str:
        """
        The port's name, JSON `name` (Go `Name`): a DNS-1123 label, required when the `Service` has more than one port; `EndpointSlice` ports are matched to `Service` ports by this name.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def node_port(self) -> int:
        """
        The port opened on every node, JSON `nodePort` (Go `NodePort`), for NodePort and LoadBalancer Services; 0 when none is allocated (a ClusterIP `Service`, or a manifest the API server has not yet given one).

        The `ExternalPort` of the NodePort load balancer.
        """
    @node_port.setter
    def node_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def port(self) -> int:
        """
        The port clients connect to on the cluster IP, external IPs and ingress IPs, JSON `port` (Go `Port`): 1 to 65535.

        The `ExternalPort` of those HNS load balancers.
        """
    @port.setter
    def port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def protocol(self) -> PortProtocol:
        """
        The protocol, JSON `protocol` (Go `Protocol`); `TCP` when absent.
        """
    @protocol.setter
    def protocol(self, arg0: PortProtocol) -> None: ...
    @property
    def target_port(self) -> int | str:
        """
        The port on the pods, JSON `targetPort` (Go `TargetPort`): a number, or the name of a container port.

        When absent (or 0, or ""), the API server sets it to `port`, and so does winnet. The Windows kube-proxy keeps the number as `targetPort` (0 for a name) and replaces it with the endpoints' port while syncing.
        """
    @target_port.setter
    def target_port(self, arg0: typing.SupportsInt | typing.SupportsIndex | str) -> None: ...

class LoadBalancerIngress:
    """
    One address of a cloud load balancer in front of a LoadBalancer `Service`, JSON `status.loadBalancer.ingress[]` entry.

    Upstream: `v1.LoadBalancerIngress`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: LoadBalancerIngress) -> bool: ...
    def __init__(
        self,
        *,
        ip: winnet._winnet.net.IpAddress | str | None = None,
        hostname: str = "",
        ip_mode: LoadBalancerIpMode | None = None,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def hostname(self) -> str:
        """
        The load balancer's DNS name, JSON `hostname` (Go `Hostname`), as AWS ELBs report it; empty when absent.

        kube-proxy ignores hostname-only ingresses.
        """
    @hostname.setter
    def hostname(self, arg0: str) -> None: ...
    @property
    def ip(self) -> winnet._winnet.net.IpAddress | None:
        """
        The load balancer's IP, JSON `ip` (Go `IP`); absent for a hostname-only ingress.

        The Windows kube-proxy creates an ingress load balancer (and, with `forwardHealthCheckVip`, a health-check one) for each ingress IP.
        """
    @ip.setter
    def ip(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...
    @property
    def ip_mode(self) -> LoadBalancerIpMode | None:
        """
        How traffic to `ip` arrives, JSON `ipMode` (Go `IPMode`).

        The API server sets `VIP` when `ip` is set and this is absent, and so does winnet.
        """
    @ip_mode.setter
    def ip_mode(self, arg0: LoadBalancerIpMode | None) -> None: ...

class ServiceSpec:
    """
    What a `Service` asks for, JSON `spec`.

    Upstream: `v1.ServiceSpec`; fields kube-proxy does not read (selector, loadBalancerSourceRanges, ...) are ignored.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ServiceSpec) -> bool: ...
    def __init__(
        self,
        *,
        type: ServiceType = ServiceType.CLUSTER_IP,
        cluster_ips: collections.abc.Sequence[winnet._winnet.net.IpAddress | str] = [],
        headless: bool = False,
        ip_families: collections.abc.Sequence[winnet._winnet.net.IpFamily] = [],
        ip_family_policy: IpFamilyPolicy | None = None,
        ports: collections.abc.Sequence[ServicePort] = [],
        external_ips: collections.abc.Sequence[winnet._winnet.net.IpAddress | str] = [],
        session_affinity: SessionAffinity = SessionAffinity.NONE,
        session_affinity_timeout_seconds: typing.SupportsInt | typing.SupportsIndex = 0,
        external_traffic_policy: TrafficPolicy | None = None,
        internal_traffic_policy: TrafficPolicy | None = None,
        health_check_node_port: typing.SupportsInt | typing.SupportsIndex = 0,
        load_balancer_ip: str = "",
        external_name: str = "",
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def cluster_ips(self) -> tuple:
        """
        The `Service`'s virtual IPs, primary first, JSON `clusterIPs` (Go `ClusterIPs`) and `clusterIP` (Go `ClusterIP`, which must equal the first).

        At most one per family. Empty for a headless `Service`, an ExternalName `Service`, or a manifest the API server has not yet given an IP. The `FrontendVIPs` of the ClusterIP load balancer.
        """
    @cluster_ips.setter
    def cluster_ips(self, arg1: collections.abc.Sequence[winnet._winnet.net.IpAddress | str]) -> None: ...
    @property
    def external_ips(self) -> tuple:
        """
        Extra addresses the `Service` answers on, JSON `externalIPs` (Go `ExternalIPs`).

        The Windows kube-proxy creates one external-IP load balancer per address (upstream's winkernel takes every address, whatever the family of the proxier reading it).
        """
    @external_ips.setter
    def external_ips(self, arg1: collections.abc.Sequence[winnet._winnet.net.IpAddress | str]) -> None: ...
    @property
    def external_name(self) -> str:
        """
        The DNS name an ExternalName `Service` aliases, JSON `externalName` (Go `ExternalName`); empty for other types.
        """
    @external_name.setter
    def external_name(self, arg0: str) -> None: ...
    @property
    def external_traffic_policy(self) -> TrafficPolicy | None:
        """
        Who receives traffic from outside the cluster, JSON `externalTrafficPolicy` (Go `ExternalTrafficPolicy`): set (default `Cluster`) exactly when the `Service` is externally accessible (NodePort, LoadBalancer, or with external IPs).

        `Local` makes the Windows kube-proxy's `localTrafficDSR`.
        """
    @external_traffic_policy.setter
    def external_traffic_policy(self, arg0: TrafficPolicy | None) -> None: ...
    @property
    def headless(self) -> bool:
        """
        True when `clusterIP` is `None`: a headless `Service`, which has no virtual IP; DNS returns the endpoints directly and kube-proxy ignores it.
        """
    @headless.setter
    def headless(self, arg0: bool) -> None: ...
    @property
    def health_check_node_port(self) -> int:
        """
        The node port cloud load balancers probe, JSON `healthCheckNodePort` (Go `HealthCheckNodePort`): only LoadBalancer Services with `externalTrafficPolicy: Local` have one (the API server allocates it; 0 in a manifest that has none yet), else 0.

        The port of the Windows kube-proxy's health-check load balancers (its healthz port when 0).
        """
    @health_check_node_port.setter
    def health_check_node_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def internal_traffic_policy(self) -> TrafficPolicy | None:
        """
        Who receives traffic from inside the cluster, JSON `internalTrafficPolicy` (Go `InternalTrafficPolicy`); `Cluster` when absent, none for ExternalName.

        `Local` makes the Windows kube-proxy's `internalTrafficLocal`.
        """
    @internal_traffic_policy.setter
    def internal_traffic_policy(self, arg0: TrafficPolicy | None) -> None: ...
    @property
    def ip_families(self) -> tuple:
        """
        The families of `cluster_ips`, in the same order, JSON `ipFamilies` (Go `IPFamilies`): `IPv4`, `IPv6`.

        When absent, winnet derives them from the cluster IPs, as the API server does when it allocates.
        """
    @ip_families.setter
    def ip_families(self, arg1: collections.abc.Sequence[winnet._winnet.net.IpFamily]) -> None: ...
    @property
    def ip_family_policy(self) -> IpFamilyPolicy | None:
        """
        Single- or dual-stack, JSON `ipFamilyPolicy` (Go `IPFamilyPolicy`).

        When absent, `SingleStack`, as the API server's allocator sets it on create (so two cluster IPs then need an explicit dual-stack policy); none for ExternalName and headless Services.
        """
    @ip_family_policy.setter
    def ip_family_policy(self, arg0: IpFamilyPolicy | None) -> None: ...
    @property
    def load_balancer_ip(self) -> str:
        """
        The address asked of the cloud provider, JSON `loadBalancerIP` (Go `LoadBalancerIP`, deprecated); kept as written, since the API server does not check it and kube-proxy does not read it (it reads `status.loadBalancer.ingress`).
        """
    @load_balancer_ip.setter
    def load_balancer_ip(self, arg0: str) -> None: ...
    @property
    def ports(self) -> tuple:
        """
        The ports, JSON `ports` (Go `Ports`). Required unless headless or ExternalName.
        """
    @ports.setter
    def ports(self, arg1: collections.abc.Sequence[ServicePort]) -> None: ...
    @property
    def session_affinity(self) -> SessionAffinity:
        """
        Client stickiness, JSON `sessionAffinity` (Go `SessionAffinity`); `None` when absent.
        """
    @session_affinity.setter
    def session_affinity(self, arg0: SessionAffinity) -> None: ...
    @property
    def session_affinity_timeout_seconds(self) -> int:
        """
        How long a client sticks to its backend, JSON `sessionAffinityConfig.clientIP.timeoutSeconds` (Go `SessionAffinityConfig.ClientIP.TimeoutSeconds`; kube-proxy's `stickyMaxAgeSeconds`): 1 to 86400, 10800 when absent.

        0 when `session_affinity` is `None`.
        """
    @session_affinity_timeout_seconds.setter
    def session_affinity_timeout_seconds(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def type(self) -> ServiceType:
        """
        How the `Service` is exposed, JSON `type` (Go `Type`); `ClusterIP` when absent.
        """
    @type.setter
    def type(self, arg0: ServiceType) -> None: ...

class ServiceStatus:
    """
    What a `Service` has been given, JSON `status`. Upstream: `v1.ServiceStatus`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ServiceStatus) -> bool: ...
    def __init__(
        self, *, load_balancer_ingress: collections.abc.Sequence[LoadBalancerIngress] = []
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def load_balancer_ingress(self) -> tuple:
        """
        The cloud load balancer's addresses, JSON `status.loadBalancer.ingress` (Go `Status.LoadBalancer.Ingress`); only LoadBalancer Services have them.
        """
    @load_balancer_ingress.setter
    def load_balancer_ingress(self, arg1: collections.abc.Sequence[LoadBalancerIngress]) -> None: ...

class Service:
    """
    A Kubernetes `Service` (`apiVersion: v1`, `kind: Service`): a stable virtual address in front of a set of pods.

    Upstream: `v1.Service`.

    Reading applies the API server's defaults (`SetDefaults_Service`) and then its checks (`ValidateService`, and `ValidateLoadBalancerStatus` for the status), so a `Service` written by hand means what it would mean once created, and one the API server would refuse is refused here with the same message.
    """

    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def _repr_html_(service): ...
    @staticmethod
    def from_dict(document):
        """
        The Service a dict describes (as ``yaml.safe_load`` or ``json.loads`` returns it); see
            ``Service.from_json``.
        """
    @staticmethod
    def from_json(json: str) -> Service:
        """
        Parses one `Service` as `kubectl get service NAME -o json` prints it, or as written by hand (`apiVersion` and `kind` may be left out).

        Unknown fields are ignored, as kubectl's clients ignore them; `null` counts as absent. Throws `winnet::JsonError` naming the JSON path (for example `$.spec.ports[1].port`) for text that is not JSON, a value of the wrong type, another kind or version, or a value the API server would reject, with its message (`Invalid value: 0: must be between 1 and 65535, inclusive`).
        """
    @staticmethod
    def from_yaml(text):
        """
        The Service one YAML document describes; see ``Service.from_json``.
        """
    def __eq__(self, arg0: Service) -> bool: ...
    def __init__(
        self, *, metadata: ObjectMeta = ..., spec: ServiceSpec = ..., status: ServiceStatus = ...
    ) -> None: ...
    def __repr__(self) -> str: ...
    def cluster_ip(self, family: winnet._winnet.net.IpFamily) -> winnet._winnet.net.IpAddress | None:
        """
        The cluster IP of `family`, or none.

        Upstream: `GetClusterIPByFamily` in pkg/proxy/util, which each single-family kube-proxy uses to pick its `Service` address.
        """
    def external_policy_local(self) -> bool:
        """
        True when external traffic may only go to local endpoints: externally accessible and `externalTrafficPolicy: Local`.

        Upstream: `ExternalPolicyLocal` in pkg/api/v1/service.
        """
    def externally_accessible(self) -> bool:
        """
        True for NodePort and LoadBalancer Services and for ClusterIP Services with external IPs.

        Upstream: `ExternallyAccessible` in pkg/api/service.
        """
    def internal_policy_local(self) -> bool:
        """
        True when `internalTrafficPolicy: Local`. Upstream: `InternalPolicyLocal`.
        """
    def skipped_by_kube_proxy(self) -> bool:
        """
        True when kube-proxy does not program this `Service` at all: ExternalName, headless or without a cluster IP (upstream `ShouldSkipService`), or labelled `service.kubernetes.io/service-proxy-name` (kube-proxy's informer filters it out).
        """
    @property
    def metadata(self) -> ObjectMeta:
        """
        Name, namespace, labels and annotations, JSON `metadata`.
        """
    @metadata.setter
    def metadata(self, arg0: ObjectMeta) -> None: ...
    @property
    def spec(self) -> ServiceSpec:
        """
        What the `Service` asks for, JSON `spec`.
        """
    @spec.setter
    def spec(self, arg0: ServiceSpec) -> None: ...
    @property
    def status(self) -> ServiceStatus:
        """
        What it has been given, JSON `status`.
        """
    @status.setter
    def status(self, arg0: ServiceStatus) -> None: ...

class EndpointConditions:
    """
    The state of one endpoint, JSON `conditions`.

    Upstream: `discoveryv1.EndpointConditions`. Each condition may be absent (`null`), which means unknown; kube-proxy reads an unknown `ready` or `serving` as true and an unknown `terminating` as false, as the is_* functions do.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: EndpointConditions) -> bool: ...
    def __init__(
        self, *, ready: bool | None = None, serving: bool | None = None, terminating: bool | None = None
    ) -> None: ...
    def __repr__(self) -> str: ...
    def is_ready(self) -> bool:
        """
        `ready`, counting unknown as true, as pkg/proxy's EndpointSliceCache does.
        """
    def is_serving(self) -> bool:
        """
        `serving`, counting unknown as true, as pkg/proxy's EndpointSliceCache does.
        """
    def is_terminating(self) -> bool:
        """
        `terminating`, counting unknown as false, as pkg/proxy's EndpointSliceCache does.
        """
    @property
    def ready(self) -> bool | None:
        """
        The pod is ready and not terminating, JSON `ready` (Go `Ready`).
        """
    @ready.setter
    def ready(self, arg0: bool | None) -> None: ...
    @property
    def serving(self) -> bool | None:
        """
        The pod passes its readiness probe, whether or not it is terminating, JSON `serving` (Go `Serving`).

        kube-proxy falls back to serving, terminating endpoints when no endpoint is ready.
        """
    @serving.setter
    def serving(self, arg0: bool | None) -> None: ...
    @property
    def terminating(self) -> bool | None:
        """
        The pod is being deleted, JSON `terminating` (Go `Terminating`).
        """
    @terminating.setter
    def terminating(self, arg0: bool | None) -> None: ...

class Endpoint:
    """
    One backend (usually a pod) of a `Service`, JSON `endpoints[]` entry.

    Upstream: `discoveryv1.Endpoint`; `targetRef` and `deprecatedTopology` are ignored.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Endpoint) -> bool: ...
    def __init__(
        self,
        *,
        addresses: collections.abc.Sequence[winnet._winnet.net.IpAddress | str] = [],
        fqdn_addresses: collections.abc.Sequence[str] = [],
        conditions: EndpointConditions = ...,
        hostname: str = "",
        node_name: str = "",
        zone: str = "",
        zone_hints: collections.abc.Sequence[str] = [],
        node_hints: collections.abc.Sequence[str] = [],
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def addresses(self) -> tuple:
        """
        The endpoint's addresses, JSON `addresses` (Go `Addresses`), of the slice's family; at least one.

        kube-proxy uses only the first: it is the DIP of the HNS load balancers and the IP of the remote HNS endpoint the Windows kube-proxy creates. Empty in an FQDN slice.
        """
    @addresses.setter
    def addresses(self, arg1: collections.abc.Sequence[winnet._winnet.net.IpAddress | str]) -> None: ...
    @property
    def conditions(self) -> EndpointConditions:
        """
        Ready, serving, terminating, JSON `conditions` (Go `Conditions`).
        """
    @conditions.setter
    def conditions(self, arg0: EndpointConditions) -> None: ...
    @property
    def fqdn_addresses(self) -> tuple:
        """
        The addresses of an FQDN slice, JSON `addresses` (Go `Addresses`), as written; empty in IPv4 and IPv6 slices.
        """
    @fqdn_addresses.setter
    def fqdn_addresses(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def hostname(self) -> str:
        """
        The pod's hostname for DNS, JSON `hostname` (Go `Hostname`); empty when absent.
        """
    @hostname.setter
    def hostname(self, arg0: str) -> None: ...
    @property
    def node_hints(self) -> tuple:
        """
        Nodes that should route to this endpoint, JSON `hints.forNodes[].name` (Go `Hints.ForNodes`).

        The Windows kube-proxy ignores hints.
        """
    @node_hints.setter
    def node_hints(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def node_name(self) -> str:
        """
        The node the endpoint runs on, JSON `nodeName` (Go `NodeName`); empty when absent.

        The Windows kube-proxy counts an endpoint as local (`isLocal`) when this equals its own node name (`hostnameOverride`), and so uses the HNS endpoint the CNI plugin created for it.
        """
    @node_name.setter
    def node_name(self, arg0: str) -> None: ...
    @property
    def zone(self) -> str:
        """
        The zone the endpoint is in, JSON `zone` (Go `Zone`); empty when absent.
        """
    @zone.setter
    def zone(self, arg0: str) -> None: ...
    @property
    def zone_hints(self) -> tuple:
        """
        Zones that should route to this endpoint (topology-aware routing), JSON `hints.forZones[].name` (Go `Hints.ForZones`).

        The Windows kube-proxy ignores hints.
        """
    @zone_hints.setter
    def zone_hints(self, arg1: collections.abc.Sequence[str]) -> None: ...

class EndpointPort:
    """
    One port of an `EndpointSlice`, JSON `ports[]` entry.

    Upstream: `discoveryv1.EndpointPort`; `appProtocol` is ignored.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: EndpointPort) -> bool: ...
    def __init__(
        self,
        *,
        name: str = "",
        protocol: PortProtocol = PortProtocol.TCP,
        port: typing.SupportsInt | typing.SupportsIndex = 0,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def name(self) -> str:
        """
        The name of the `Service` port this port serves, JSON `name` (Go `Name`); empty for a `Service`'s single unnamed port.

        kube-proxy matches slice ports to `Service` ports by name and protocol.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def port(self) -> int:
        """
        The port on the endpoints, JSON `port` (Go `Port`): the resolved `targetPort`, and the `InternalPort` of the HNS load balancers.

        0 when absent, which the API allows ("all
        ports") and kube-proxy skips.
        """
    @port.setter
    def port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def protocol(self) -> PortProtocol:
        """
        The protocol, JSON `protocol` (Go `Protocol`); `TCP` when absent.
        """
    @protocol.setter
    def protocol(self, arg0: PortProtocol) -> None: ...

class EndpointSlice:
    """
    A set of endpoints of one `Service` (`apiVersion: discovery.k8s.io/v1`, `kind: EndpointSlice`); a `Service` has one or more, per family and at most 100 endpoints each by default.

    Upstream: `discoveryv1.EndpointSlice`.

    Reading applies the API server's defaults (a port's protocol is `TCP`, its name "") and its checks (`ValidateEndpointSlice` in pkg/apis/discovery/validation).
    """

    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def _repr_html_(endpoint_slice): ...
    @staticmethod
    def from_dict(document):
        """
        The EndpointSlice a dict describes; see ``EndpointSlice.from_json``.
        """
    @staticmethod
    def from_json(json: str) -> EndpointSlice:
        """
        Parses one `EndpointSlice` as `kubectl get endpointslice NAME -o json` prints it, or as written by hand (`apiVersion` and `kind` may be left out).

        Unknown fields are ignored. Throws `winnet::JsonError` naming the JSON path for text that is not JSON, a value of the wrong type, another kind or version, or a value the API server would reject, with its message (`Invalid value: "10.0.0.256": must be a valid IPv4 address`).
        """
    @staticmethod
    def from_yaml(text):
        """
        The EndpointSlice one YAML document describes; see ``EndpointSlice.from_json``.
        """
    def __eq__(self, arg0: EndpointSlice) -> bool: ...
    def __init__(
        self,
        *,
        metadata: ObjectMeta = ...,
        address_type: AddressType = AddressType.IPV4,
        endpoints: collections.abc.Sequence[Endpoint] = [],
        ports: collections.abc.Sequence[EndpointPort] = [],
    ) -> None: ...
    def __repr__(self) -> str: ...
    def service(self) -> NamespacedName:
        """
        The `Service` this slice belongs to: namespace and the label `kubernetes.io/service-name` (upstream `discoveryv1.LabelServiceName`).

        The name is empty when the label is missing; kube-proxy ignores such slices.
        """
    def skipped_by_kube_proxy(self) -> bool:
        """
        True when kube-proxy never sees this slice: its address type is FQDN, it has no `kubernetes.io/service-name` label, or it carries `service.kubernetes.io/headless` or `service.kubernetes.io/service-proxy-name` (filtered out by kube-proxy's informer).
        """
    @property
    def address_type(self) -> AddressType:
        """
        The family of the addresses, JSON `addressType` (Go `AddressType`). Required.
        """
    @address_type.setter
    def address_type(self, arg0: AddressType) -> None: ...
    @property
    def endpoints(self) -> tuple:
        """
        The endpoints, JSON `endpoints` (Go `Endpoints`).
        """
    @endpoints.setter
    def endpoints(self, arg1: collections.abc.Sequence[Endpoint]) -> None: ...
    @property
    def metadata(self) -> ObjectMeta:
        """
        Name, namespace, labels and annotations, JSON `metadata`.

        The label `kubernetes.io/service-name` names the `Service`.
        """
    @metadata.setter
    def metadata(self, arg0: ObjectMeta) -> None: ...
    @property
    def ports(self) -> tuple:
        """
        The ports every endpoint serves, JSON `ports` (Go `Ports`).
        """
    @ports.setter
    def ports(self, arg1: collections.abc.Sequence[EndpointPort]) -> None: ...

class ClusterState:
    """
    The Services and EndpointSlices of a cluster, each filed under its namespace and name: what kube-proxy's `Service` and `EndpointSlice` informers hold, and so what it programs HNS from.

    Inputs are what kubectl prints: a `v1` `List` (`kubectl get services,endpointslices -A -o json`), a typed list (`ServiceList`), a single object, or watch events (`kubectl get ... --watch --output-watch-events -o json`), one JSON document after another. `ADDED` and `MODIFIED` events and plain objects add or replace; `DELETED` removes; `BOOKMARK` and `ERROR` events and objects of other kinds (Pods, Endpoints, a Knative `Service`, ...) are ignored, as a `Service` or `EndpointSlice` informer never sees them. Iteration is in namespace, then name order, whatever the input order.
    """

    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def _repr_html_(cluster): ...
    @staticmethod
    def check_json(json: str) -> list[tuple[str, str]]:
        """
        Every problem `apply_json()` would report for `json`, in document order, one per value at fault (each object is read on its own, so one bad object does not hide the next).

        Empty when the text would apply.
        """
    @staticmethod
    def from_dict(document):
        """
        The cluster a dict describes: a List, a single object or a watch event; see
            ``ClusterState.from_json``.
        """
    @staticmethod
    def from_files(*paths):
        """
        The cluster the files describe, applied in the order given (each as ``apply_file``).
        """
    @staticmethod
    def from_json(json: str) -> ClusterState:
        """
        The cluster `json` describes (see `apply_json()`).
        """
    @staticmethod
    def from_yaml(text):
        """
        The cluster the YAML documents of ``text`` describe, applied in order (``kubectl get -o
            yaml`` output, or manifests separated by ``---``); paths start with the document's index
            when there are several.
        """
    def __eq__(self, arg0: ClusterState) -> bool: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def apply_file(self, path):
        """
        Applies the file ``path`` (JSON, or YAML by its suffix) as ``apply_json`` does.
        """
    def apply_json(self, json: str) -> None:
        """
        Applies every document of `json` in order.

        All or nothing: when any document is malformed, throws `winnet::JsonError` for the first problem and leaves the state as it was. Paths are JSONPaths of the document (`$.items[3].spec.ports[1].port`); in text of several documents they start with the document's index, counting from 0 (`$[2].object.spec`).
        """
    def endpoint_slices_of(self, service: NamespacedName) -> tuple:
        """
        The slices labelled as belonging to the `Service` `service` (`kubernetes.io/service-name`), in name order; empty when there are none, whether or not the `Service` exists.
        """
    def find_endpoint_slice(self, key: NamespacedName) -> EndpointSlice | None:
        """
        The `EndpointSlice` `key`, or nullptr.
        """
    def find_service(self, key: NamespacedName) -> Service | None:
        """
        The `Service` `key`, or nullptr.
        """
    def remove_endpoint_slice(self, key: NamespacedName) -> bool:
        """
        Removes the `EndpointSlice` `key`; false when there was none.
        """
    def remove_service(self, key: NamespacedName) -> bool:
        """
        Removes the `Service` `key`; false when there was none (an informer's OnDelete).
        """
    def set_endpoint_slice(self, slice: EndpointSlice) -> None:
        """
        Adds `slice`, or replaces the `EndpointSlice` of the same namespace and name.
        """
    def set_service(self, service: Service) -> None:
        """
        Adds `service`, or replaces the `Service` of the same namespace and name (an informer's OnAdd and OnUpdate).
        """
    @property
    def endpoint_slices(self) -> tuple:
        """
        Every `EndpointSlice`, by namespace and name (the slice's own name, not its `Service`'s).
        """
    @property
    def services(self) -> tuple:
        """
        Every `Service`, by namespace and name.
        """

class WinkernelConfiguration:
    """
    The Windows kernel-mode proxier's settings, JSON `winkernel`.

    Upstream: `KubeProxyWinkernelConfiguration`; each field also has a command-line flag.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: WinkernelConfiguration) -> bool: ...
    def __init__(
        self,
        *,
        network_name: str = "",
        source_vip: winnet._winnet.net.IpAddress | str | None = None,
        enable_dsr: bool = False,
        root_hns_endpoint_name: str = "cbr0",
        forward_health_check_vip: bool = False,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def enable_dsr(self) -> bool:
        """
        Create ClusterIP load balancers with Direct Server Return, JSON `enableDSR` (Go `EnableDSR`, flag `--enable-dsr`).

        Needs the `WinDSR` feature gate.
        """
    @enable_dsr.setter
    def enable_dsr(self, arg0: bool) -> None: ...
    @property
    def forward_health_check_vip(self) -> bool:
        """
        Create a health-check load balancer on each ingress IP that forwards the health-check port to the node, JSON `forwardHealthCheckVip` (Go `ForwardHealthCheckVip`, flag `--forward-healthcheck-vip`).
        """
    @forward_health_check_vip.setter
    def forward_health_check_vip(self, arg0: bool) -> None: ...
    @property
    def network_name(self) -> str:
        """
        The HNS network whose pods kube-proxy serves, JSON `networkName` (Go `NetworkName`, flag `--network-name`), for example `flannel.4096` or `cbr0`.

        When empty, kube-proxy reads the environment variable `KUBE_NETWORK` instead.
        """
    @network_name.setter
    def network_name(self, arg0: str) -> None: ...
    @property
    def root_hns_endpoint_name(self) -> str:
        """
        The HNS endpoint attached to the node's own network stack, JSON `rootHnsEndpointName` (Go `RootHnsEndpointName`, flag `--root-hnsendpoint-name`): the backend of health-check load balancers.

        `cbr0` when absent, as the Windows kube-proxy defaults it.
        """
    @root_hns_endpoint_name.setter
    def root_hns_endpoint_name(self, arg0: str) -> None: ...
    @property
    def source_vip(self) -> winnet._winnet.net.IpAddress | None:
        """
        The source address HNS gives packets it forwards to remote backends on an overlay network, JSON `sourceVip` (Go `SourceVip`, flag `--source-vip`): the `SourceVIP` of every load balancer, and an HNS endpoint kube-proxy creates on the node.

        Required on overlay, ignored on L2Bridge.
        """
    @source_vip.setter
    def source_vip(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...

class KubeProxyConfiguration:
    """
    A kube-proxy configuration file (`apiVersion: kubeproxy.config.k8s.io/v1alpha1`, `kind: KubeProxyConfiguration`): the fields the Windows kube-proxy reads.

    Upstream: the v1alpha1 `KubeProxyConfiguration`; other fields (iptables, ipvs, conntrack, sync periods, ...) are ignored, as kube-proxy's lenient v1alpha1 decoding ignores unknown ones.

    Reading applies kube-proxy's defaults (`SetDefaults_KubeProxyConfiguration`, and `cbr0` for the root HNS endpoint) and its checks (`Validate` in pkg/proxy/apis/config/validation, with the Windows proxy modes), plus the start-up checks of the Windows proxier that depend only on the file.
    """

    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(document):
        """
        The configuration a dict describes; see ``KubeProxyConfiguration.from_json``.
        """
    @staticmethod
    def from_file(path):
        """
        The configuration in the file ``path`` (YAML, or JSON by its suffix).
        """
    @staticmethod
    def from_json(json: str) -> KubeProxyConfiguration:
        """
        Parses a configuration as kube-proxy reads its `--config` file (converted from YAML to JSON).

        `apiVersion` and `kind` are required. Throws `winnet::JsonError` naming the JSON path (`$.winkernel.sourceVip`) for text that is not JSON, a value of the wrong type, or a value kube-proxy would refuse, with its message where it has one.
        """
    @staticmethod
    def from_yaml(text):
        """
        The configuration a YAML document describes, as kube-proxy reads its ``--config`` file.
        """
    def __eq__(self, arg0: KubeProxyConfiguration) -> bool: ...
    def __init__(
        self,
        *,
        hostname_override: str = "",
        bind_address: winnet._winnet.net.IpAddress | str = ...,
        cluster_cidrs: collections.abc.Sequence[winnet._winnet.net.IpPrefix | str] = [],
        healthz_bind_address: str = "0.0.0.0:10256",
        metrics_bind_address: str = "127.0.0.1:10249",
        feature_gates: collections.abc.Mapping[str, bool] = {},
        mode: str = "",
        winkernel: WinkernelConfiguration = ...,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def feature_enabled(self, name: str) -> bool:
        """
        Whether the feature gate `name` is on: its value in `feature_gates`, else its default as of Kubernetes 1.33 (`WinDSR` and `WinOverlay` on; any other gate off).
        """
    def healthz_port(self) -> int:
        """
        The port of `healthz_bind_address`: the Windows kube-proxy's `healthzPort`, the port of health-check load balancers of Services without a `healthCheckNodePort`.
        """
    @property
    def bind_address(self) -> winnet._winnet.net.IpAddress:
        """
        The address kube-proxy binds to, JSON `bindAddress` (Go `BindAddress`); 0.0.0.0 when absent.
        """
    @bind_address.setter
    def bind_address(self, arg1: winnet._winnet.net.IpAddress | str) -> None: ...
    @property
    def cluster_cidrs(self) -> tuple:
        """
        The pod address ranges, JSON `clusterCIDR` (Go `ClusterCIDR`, comma-separated): one prefix, or one of each family.

        Empty when absent.
        """
    @cluster_cidrs.setter
    def cluster_cidrs(self, arg1: collections.abc.Sequence[winnet._winnet.net.IpPrefix | str]) -> None: ...
    @property
    def feature_gates(self) -> typing.Any:
        """
        Feature gates set in the file, JSON `featureGates` (Go `FeatureGates`), by name (`WinDSR`, `WinOverlay`, ...); gates not listed keep their defaults (see `feature_enabled()`).
        """
    @feature_gates.setter
    def feature_gates(self, arg1: collections.abc.Mapping[str, bool]) -> None: ...
    @property
    def healthz_bind_address(self) -> str:
        """
        Where kube-proxy serves /healthz, JSON `healthzBindAddress` (Go `HealthzBindAddress`), as IP:port; `0.0.0.0:10256` when absent, and `:10256` is added to an IP given alone.

        Its port is the Windows kube-proxy's `healthzPort`.
        """
    @healthz_bind_address.setter
    def healthz_bind_address(self, arg0: str) -> None: ...
    @property
    def hostname_override(self) -> str:
        """
        The node's name as kube-proxy knows it, JSON `hostnameOverride` (Go `HostnameOverride`): an `EndpointSlice` endpoint is local when its `nodeName` equals it.

        Empty when absent (kube-proxy then uses the machine's hostname).
        """
    @hostname_override.setter
    def hostname_override(self, arg0: str) -> None: ...
    @property
    def metrics_bind_address(self) -> str:
        """
        Where kube-proxy serves metrics, JSON `metricsBindAddress` (Go `MetricsBindAddress`), as IP:port; `127.0.0.1:10249` when absent, and `:10249` is added to an IP given alone.
        """
    @metrics_bind_address.setter
    def metrics_bind_address(self, arg0: str) -> None: ...
    @property
    def mode(self) -> str:
        """
        The proxy mode, JSON `mode` (Go `Mode`): `kernelspace` or empty (which means kernelspace on Windows).
        """
    @mode.setter
    def mode(self, arg0: str) -> None: ...
    @property
    def winkernel(self) -> WinkernelConfiguration:
        """
        The Windows proxier's settings, JSON `winkernel` (Go `Winkernel`).
        """
    @winkernel.setter
    def winkernel(self, arg0: WinkernelConfiguration) -> None: ...
