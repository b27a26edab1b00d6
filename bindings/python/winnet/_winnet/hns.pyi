"""
HNS (HCN v2) objects and their JSON.
"""

from __future__ import annotations
import collections.abc
import enum
import typing
import winnet._winnet.net

__all__: list[str] = [
    "Distribution",
    "JsonStyle",
    "LoadBalancer",
    "LoadBalancerFlags",
    "PortMapping",
    "PortMappingFlags",
    "Protocol",
    "SchemaVersion",
]

class JsonStyle(enum.Enum):
    """
    How a document is laid out as text.
    """

    COMPACT: typing.ClassVar[JsonStyle]
    INDENTED: typing.ClassVar[JsonStyle]
    @classmethod
    def __new__(cls, value): ...

class LoadBalancerFlags(enum.IntFlag):
    """
    Flags of a whole load balancer, JSON `Flags` of the load balancer (a bit set).

    hcsshim: `hcn.LoadBalancerFlags`.
    """

    DSR: typing.ClassVar[LoadBalancerFlags]
    IPV6: typing.ClassVar[LoadBalancerFlags]
    NONE: typing.ClassVar[LoadBalancerFlags]
    @classmethod
    def __new__(cls, value): ...
    def __and__(self, other): ...
    def __format__(self, format_spec): ...
    def __invert__(self): ...
    def __or__(self, other): ...
    def __rand__(self, other): ...
    def __ror__(self, other): ...
    def __rxor__(self, other): ...
    def __xor__(self, other): ...

class PortMappingFlags(enum.IntFlag):
    """
    Flags of one port mapping, JSON `Flags` of a `PortMappings` entry (a bit set).

    hcsshim: `hcn.LoadBalancerPortMappingFlags`; `VipExternalIP` is defined by kube-proxy.
    """

    ILB: typing.ClassVar[PortMappingFlags]
    LOCAL_ROUTED_VIP: typing.ClassVar[PortMappingFlags]
    NONE: typing.ClassVar[PortMappingFlags]
    PRESERVE_DIP: typing.ClassVar[PortMappingFlags]
    USE_MUX: typing.ClassVar[PortMappingFlags]
    VIP_EXTERNAL_IP: typing.ClassVar[PortMappingFlags]
    @classmethod
    def __new__(cls, value): ...
    def __and__(self, other): ...
    def __format__(self, format_spec): ...
    def __invert__(self): ...
    def __or__(self, other): ...
    def __rand__(self, other): ...
    def __ror__(self, other): ...
    def __rxor__(self, other): ...
    def __xor__(self, other): ...

class Distribution(enum.IntEnum):
    """
    How HNS picks a backend for a new flow, JSON `DistributionType`.

    hcsshim: `hcn.LoadBalancerDistribution`.
    """

    NONE: typing.ClassVar[Distribution]
    SOURCE_IP: typing.ClassVar[Distribution]
    SOURCE_IP_PROTOCOL: typing.ClassVar[Distribution]
    @classmethod
    def __new__(cls, value): ...
    def __format__(self, format_spec): ...

class Protocol(enum.IntEnum):
    """
    The IP protocol a port mapping balances, JSON `Protocol`: the IANA protocol number.

    kube-proxy maps a Service port's protocol with `Enum()`: TCP 6, UDP 17, SCTP 132, else 0.
    """

    SCTP: typing.ClassVar[Protocol]
    TCP: typing.ClassVar[Protocol]
    UDP: typing.ClassVar[Protocol]
    UNSPECIFIED: typing.ClassVar[Protocol]
    @classmethod
    def __new__(cls, value): ...
    def __format__(self, format_spec): ...

class SchemaVersion:
    """
    The version of the HCN document schema, sent with every object in its `SchemaVersion` field.

    kube-proxy and the CNI plugins always send 2.0, the HCN v2 schema; HNS v1 objects have none. hcsshim: `hcn.SchemaVersion` (a `Version`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: SchemaVersion) -> bool: ...
    def __init__(
        self,
        *,
        major: typing.SupportsInt | typing.SupportsIndex = 2,
        minor: typing.SupportsInt | typing.SupportsIndex = 0,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def major(self) -> int:
        """
        Major schema version, JSON `Major`; 2 for HCN v2 documents.
        """
    @major.setter
    def major(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def minor(self) -> int:
        """
        Minor schema version, JSON `Minor`; 0 for every document kube-proxy sends.
        """
    @minor.setter
    def minor(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...

class PortMapping:
    """
    One frontend port forwarded to one backend port: JSON `PortMappings[]` entry.

    hcsshim: `hcn.LoadBalancerPortMapping`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: PortMapping) -> bool: ...
    def __init__(
        self,
        *,
        protocol: Protocol = Protocol.UNSPECIFIED,
        internal_port: typing.SupportsInt | typing.SupportsIndex = 0,
        external_port: typing.SupportsInt | typing.SupportsIndex = 0,
        distribution_type: Distribution = Distribution.NONE,
        flags: PortMappingFlags = PortMappingFlags.NONE,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def distribution_type(self) -> Distribution:
        """
        How a backend is chosen for a new flow, JSON `DistributionType`; omitted when `None`.
        """
    @distribution_type.setter
    def distribution_type(self, arg0: Distribution) -> None: ...
    @property
    def external_port(self) -> int:
        """
        The port clients connect to on the VIP, JSON `ExternalPort`: the Service `port`, or the `nodePort` for a NodePort load balancer.

        Omitted when 0.
        """
    @external_port.setter
    def external_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def flags(self) -> PortMappingFlags:
        """
        Per-mapping behaviour (VIP reachable from the host, preserve destination, ...), JSON `Flags`; omitted when `None`.
        """
    @flags.setter
    def flags(self, arg0: PortMappingFlags) -> None: ...
    @property
    def internal_port(self) -> int:
        """
        The port on the backend (the DIP's port), JSON `InternalPort`: the Service's `targetPort`, as resolved from the endpoints.

        Omitted when 0.
        """
    @internal_port.setter
    def internal_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def protocol(self) -> Protocol:
        """
        The IP protocol balanced, JSON `Protocol`; omitted when `Unspecified`.
        """
    @protocol.setter
    def protocol(self, arg0: Protocol) -> None: ...

class LoadBalancer:
    """
    An HNS load balancer (HostComputeLoadBalancer): traffic to a frontend VIP and port is spread over a set of HNS endpoints.

    kube-proxy creates one per Service port and frontend (ClusterIP, NodePort, each external IP, each load-balancer ingress IP, and health checks). JSON field names and omission rules are hcsshim's (`hcn.HostComputeLoadBalancer`).
    """

    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_json(json: str) -> LoadBalancer:
        """
        Parses a HostComputeLoadBalancer document, as HNS returns it or hcsshim marshals it.

        Strict: throws `winnet::JsonError` naming the JSON path for text that is not JSON, a value of the wrong type, an unknown field, an address that does not parse, a port outside 0-65535, an unknown protocol or distribution, or a flag bit HNS does not define. `null` counts as absent, as in Go.
        """
    def __eq__(self, arg0: LoadBalancer) -> bool: ...
    def __init__(
        self,
        *,
        id: str = "",
        host_compute_endpoints: collections.abc.Sequence[str] = [],
        source_vip: winnet._winnet.net.IpAddress | str | None = None,
        frontend_vips: collections.abc.Sequence[winnet._winnet.net.IpAddress | str] = [],
        port_mappings: collections.abc.Sequence[PortMapping] = [],
        schema_version: SchemaVersion = ...,
        flags: LoadBalancerFlags = LoadBalancerFlags.NONE,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def to_json(self, style: JsonStyle = JsonStyle.COMPACT) -> str:
        """
        The document as hcsshim marshals it: field order `ID`, `HostComputeEndpoints`, `SourceVIP`, `FrontendVIPs`, `PortMappings`, `SchemaVersion`, `Flags`; empty fields omitted (`json:",omitempty"`); `SchemaVersion` always present; strings escaped as Go does.
        """
    @property
    def flags(self) -> LoadBalancerFlags:
        """
        Load-balancer-wide behaviour (DSR, IPv6), JSON `Flags`; omitted when `None`.
        """
    @flags.setter
    def flags(self, arg0: LoadBalancerFlags) -> None: ...
    @property
    def frontend_vips(self) -> tuple:
        """
        The addresses clients connect to, JSON `FrontendVIPs`: the ClusterIP, an external IP or an ingress IP.

        Empty for a NodePort load balancer, which answers on every host address.
        """
    @frontend_vips.setter
    def frontend_vips(self, arg1: collections.abc.Sequence[winnet._winnet.net.IpAddress | str]) -> None: ...
    @property
    def host_compute_endpoints(self) -> tuple:
        """
        The backends: ids of HNS endpoints (local pods or remote endpoints kube-proxy created), JSON `HostComputeEndpoints`.

        Omitted when empty.
        """
    @host_compute_endpoints.setter
    def host_compute_endpoints(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def id(self) -> str:
        """
        The load balancer's GUID, JSON `ID`, assigned by HNS on creation; empty (and omitted) in a document sent to `HcnCreateLoadBalancer`.
        """
    @id.setter
    def id(self, arg0: str) -> None: ...
    @property
    def port_mappings(self) -> tuple:
        """
        The ports balanced, JSON `PortMappings`; kube-proxy always sends exactly one.
        """
    @port_mappings.setter
    def port_mappings(self, arg1: collections.abc.Sequence[PortMapping]) -> None: ...
    @property
    def schema_version(self) -> SchemaVersion:
        """
        The document schema, JSON `SchemaVersion`; always written, 2.0 for HCN v2.

        A parsed document without it gets 2.0 (Go would leave 0.0; no HCN v2 object has that schema).
        """
    @schema_version.setter
    def schema_version(self, arg0: SchemaVersion) -> None: ...
    @property
    def source_vip(self) -> winnet._winnet.net.IpAddress | None:
        """
        The source address HNS uses when it rewrites a packet towards a backend (SNAT), JSON `SourceVIP`.

        On overlay networks kube-proxy sets `--source-vip` (or the node IP); on L2Bridge it is absent, and so omitted.
        """
    @source_vip.setter
    def source_vip(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...
