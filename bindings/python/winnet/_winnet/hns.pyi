"""
HNS (HCN v2) objects and their JSON.
"""

from __future__ import annotations
import collections.abc
import datetime
import enum
import typing
import winnet._winnet
import winnet._winnet.net

__all__: list[str] = [
    "AclPolicySetting",
    "Action",
    "Direction",
    "Distribution",
    "Dns",
    "DrMacAddressNetworkPolicySetting",
    "EncapOverheadEndpointPolicySetting",
    "Endpoint",
    "EndpointChange",
    "EndpointFlags",
    "ExtraParams",
    "FeatureRanges",
    "HResult",
    "Health",
    "HnsCall",
    "HnsError",
    "HnsOperation",
    "HnsState",
    "HnsVersion",
    "HostRoutePolicySetting",
    "IpConfig",
    "Ipam",
    "JsonStyle",
    "L4ProxyPolicySetting",
    "LoadBalancer",
    "LoadBalancerChange",
    "LoadBalancerFlags",
    "MacPool",
    "MacRange",
    "NatFlags",
    "NetAdapterNameNetworkPolicySetting",
    "Network",
    "NetworkFlags",
    "NetworkType",
    "NotFoundError",
    "OtherEndpointPolicy",
    "OtherNetworkPolicy",
    "OtherSubnetPolicy",
    "OutboundNatPolicySetting",
    "PortMapping",
    "PortMappingFlags",
    "PortMappingPolicySetting",
    "Protocol",
    "ProviderAddressEndpointPolicySetting",
    "ProviderAddressNetworkPolicySetting",
    "RemoteSubnetRoutePolicySetting",
    "Route",
    "RuleType",
    "SDNRoutePolicySetting",
    "SchemaVersion",
    "SimulatedHns",
    "SourceMacAddressNetworkPolicySetting",
    "StateDiff",
    "Subnet",
    "SubnetFlags",
    "SupportedFeatures",
    "Table",
    "VersionRange",
    "VlanPolicySetting",
    "VsidPolicySetting",
    "VxlanPortPolicySetting",
    "call_table",
    "conjure_mac",
    "diff_states",
    "diff_table",
    "endpoint_table",
    "feature_table",
    "load_balancer_table",
    "network_table",
    "policy_type",
    "remote_subnet_routes",
    "render_state",
    "supported_features",
]

class ExtraParams:
    """
    Extra information HNS reports about an object, JSON `Health.Extra`.

    kube-proxy and the CNI plugins never set it; HNS fills it in query results. hcsshim: `hcn.ExtraParams`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ExtraParams) -> bool: ...
    def __init__(
        self,
        *,
        resources_json: str = "",
        shared_containers_json: str = "",
        layered_on: str = "",
        switch_guid: str = "",
        utility_vm: str = "",
        virtual_machine: str = "",
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def layered_on(self) -> str:
        """
        The object this one is layered on, JSON `LayeredOn`.
        """
    @layered_on.setter
    def layered_on(self, arg0: str) -> None: ...
    @property
    def resources_json(self) -> str:
        """
        Resources HNS allocated for the object (VFP ports, ...), JSON `Resources`, kept as JSON text; empty when absent.
        """
    @resources_json.setter
    def resources_json(self, arg0: str) -> None: ...
    @property
    def shared_containers_json(self) -> str:
        """
        Containers sharing the endpoint, JSON `SharedContainers`, kept as JSON text; empty when absent.
        """
    @shared_containers_json.setter
    def shared_containers_json(self, arg0: str) -> None: ...
    @property
    def switch_guid(self) -> str:
        """
        The Hyper-V virtual switch of the network, JSON `SwitchGuid`.
        """
    @switch_guid.setter
    def switch_guid(self, arg0: str) -> None: ...
    @property
    def utility_vm(self) -> str:
        """
        The utility VM (Hyper-V isolated containers), JSON `UtilityVM`.
        """
    @utility_vm.setter
    def utility_vm(self, arg0: str) -> None: ...
    @property
    def virtual_machine(self) -> str:
        """
        The virtual machine the endpoint is attached to, JSON `VirtualMachine`.
        """
    @virtual_machine.setter
    def virtual_machine(self, arg0: str) -> None: ...

class Health:
    """
    `Health` of a network or endpoint as HNS reports it, JSON `Health`.

    Always written (as `{"Extra":{}}` when empty), since hcsshim's struct fields are never omitted. hcsshim: `hcn.Health`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Health) -> bool: ...
    def __init__(self, *, data_json: str = "", extra: ExtraParams = ...) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def data_json(self) -> str:
        """
        Free-form health data, JSON `Data`, kept as JSON text; empty when absent.
        """
    @data_json.setter
    def data_json(self, arg0: str) -> None: ...
    @property
    def extra(self) -> ExtraParams:
        """
        Extra parameters, JSON `Extra`; always written.
        """
    @extra.setter
    def extra(self, arg0: ExtraParams) -> None: ...

class Dns:
    """
    DNS settings of a network or an endpoint, JSON `Dns`.

    HNS hands them to the container's network stack; the CNI plugins fill them from the netconf's `dns` section. hcsshim: `hcn.Dns`. Always written, as `{}` when empty.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Dns) -> bool: ...
    def __init__(
        self,
        *,
        domain: str = "",
        search: collections.abc.Sequence[str] = [],
        server_list: collections.abc.Sequence[winnet._winnet.net.IpAddress | str] = [],
        options: collections.abc.Sequence[str] = [],
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def domain(self) -> str:
        """
        The DNS suffix of the container, JSON `Domain` (for example `svc.cluster.local`).
        """
    @domain.setter
    def domain(self, arg0: str) -> None: ...
    @property
    def options(self) -> tuple:
        """
        Resolver options, JSON `Options` (for example `ndots:5`).
        """
    @options.setter
    def options(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def search(self) -> tuple:
        """
        Suffixes appended to short names, JSON `Search` (for example `default.svc.cluster.local`).
        """
    @search.setter
    def search(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def server_list(self) -> tuple:
        """
        The DNS servers, JSON `ServerList`: in Kubernetes the kube-dns ClusterIP.
        """
    @server_list.setter
    def server_list(self, arg1: collections.abc.Sequence[winnet._winnet.net.IpAddress | str]) -> None: ...

class Route:
    """
    A route of an endpoint or a subnet, JSON `Routes[]` entry. hcsshim: `hcn.Route`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Route) -> bool: ...
    def __init__(
        self,
        *,
        next_hop: winnet._winnet.net.IpAddress | str | None = None,
        destination_prefix: winnet._winnet.net.IpPrefix | str | None = None,
        metric: typing.SupportsInt | typing.SupportsIndex = 0,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def destination_prefix(self) -> winnet._winnet.net.IpPrefix | None:
        """
        The destination the route covers, JSON `DestinationPrefix` (`0.0.0.0/0` for the default route); absent when omitted.
        """
    @destination_prefix.setter
    def destination_prefix(self, arg1: winnet._winnet.net.IpPrefix | str | None) -> None: ...
    @property
    def metric(self) -> int:
        """
        The route's metric, JSON `Metric`; lower wins, omitted when 0.
        """
    @metric.setter
    def metric(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def next_hop(self) -> winnet._winnet.net.IpAddress | None:
        """
        The gateway packets for `destination_prefix` are sent to, JSON `NextHop`; absent when omitted.
        """
    @next_hop.setter
    def next_hop(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...

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
    def _repr_html_(self): ...
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

class NetworkType(enum.Enum):
    """
    The kind of HNS network, JSON `Type` of the network (a string).

    It decides how pod traffic leaves the node. hcsshim: `hcn.NetworkType`. The Windows kube-proxy compares the name with "overlay" case-insensitively to choose its overlay code path; winnet reads it exactly.
    """

    ICS: typing.ClassVar[NetworkType]
    L2_BRIDGE: typing.ClassVar[NetworkType]
    L2_TUNNEL: typing.ClassVar[NetworkType]
    NAT: typing.ClassVar[NetworkType]
    OVERLAY: typing.ClassVar[NetworkType]
    PRIVATE: typing.ClassVar[NetworkType]
    TRANSPARENT: typing.ClassVar[NetworkType]
    @classmethod
    def __new__(cls, value): ...

class NetworkFlags(enum.IntFlag):
    """
    Flags of a network, JSON `Flags` of the network (a bit set). hcsshim: `hcn.NetworkFlags`.
    """

    DISABLE_HOST_PORT: typing.ClassVar[NetworkFlags]
    ENABLE_IOV: typing.ClassVar[NetworkFlags]
    ENABLE_NON_PERSISTENT: typing.ClassVar[NetworkFlags]
    NONE: typing.ClassVar[NetworkFlags]
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

class SubnetFlags(enum.IntFlag):
    """
    Flags of a subnet, JSON `Flags` of a `Subnets[]` entry (a bit set).

    hcsshim: `hcn.SubnetFlags`.
    """

    DO_NOT_RESERVE_GATEWAY_ADDRESS: typing.ClassVar[SubnetFlags]
    NONE: typing.ClassVar[SubnetFlags]
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

class RemoteSubnetRoutePolicySetting:
    """
    The `RemoteSubnetRoute` network policy: a route to the pod subnet of another node of an overlay network.

    VFP encapsulates packets for `destination_prefix` in VXLAN with VNI `isolation_id` and sends them to that node's provider address, with the node's DR MAC as inner destination MAC. flanneld (vxlan backend) adds one per peer node lease; the Windows kube-proxy reads them to find the provider address of remote pods. JSON `{"Type":"RemoteSubnetRoute","Settings":{...}}`; hcsshim: `hcn.RemoteSubnetRoutePolicySetting`, whose fields have no omitempty: all four are always written, and all four are required when parsing.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: RemoteSubnetRoutePolicySetting) -> bool: ...
    def __init__(
        self,
        *,
        destination_prefix: winnet._winnet.net.IpPrefix | str = ...,
        isolation_id: typing.SupportsInt | typing.SupportsIndex = 0,
        provider_address: winnet._winnet.net.IpAddress | str = ...,
        distributed_router_mac_address: str = "",
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def destination_prefix(self) -> winnet._winnet.net.IpPrefix:
        """
        The remote node's pod subnet (the customer address space reached through it), JSON `DestinationPrefix`; kept with host bits as written.
        """
    @destination_prefix.setter
    def destination_prefix(self, arg1: winnet._winnet.net.IpPrefix | str) -> None: ...
    @property
    def distributed_router_mac_address(self) -> str:
        """
        The remote node's distributed router MAC (its VTEP MAC, the DR MAC of its overlay network), JSON `DistributedRouterMacAddress`.

        Checked as a MAC address but kept as written: flannel writes Go's `net.HardwareAddr` form "00:15:5d:01:02:0b", hcsshim's tests "00-12-34-56-78-9a".
        """
    @distributed_router_mac_address.setter
    def distributed_router_mac_address(self, arg0: str) -> None: ...
    @property
    def isolation_id(self) -> int:
        """
        The VXLAN network identifier (VNI, the VSID of the overlay), JSON `IsolationId`: flannel's VNI, 4096 by default.

        A uint16 in hcsshim, although VXLAN VNIs have 24 bits.
        """
    @isolation_id.setter
    def isolation_id(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def provider_address(self) -> winnet._winnet.net.IpAddress:
        """
        The remote node's provider address: its IP on the underlay (physical) network, the outer destination of the VXLAN packets, JSON `ProviderAddress`.
        """
    @provider_address.setter
    def provider_address(self, arg1: winnet._winnet.net.IpAddress | str) -> None: ...

class ProviderAddressNetworkPolicySetting:
    """
    The `ProviderAddress` network policy: the provider address (PA) of this node on an overlay network, that is the management IP of its physical adapter on the underlay, the source of its VXLAN packets.

    HNS adds it when it creates the network; flanneld waits for it. JSON `{"Type":"ProviderAddress","Settings":{...}}`; hcsshim: `hcn.ProviderAddressNetworkPolicySetting` (the endpoint variant is `ProviderAddressEndpointPolicySetting`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ProviderAddressNetworkPolicySetting) -> bool: ...
    def __init__(self, *, provider_address: winnet._winnet.net.IpAddress | str | None = None) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def provider_address(self) -> winnet._winnet.net.IpAddress | None:
        """
        The node's IP on the underlay, JSON `ProviderAddress`; omitted when absent (omitempty), and an empty string parses as absent.
        """
    @provider_address.setter
    def provider_address(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...

class DrMacAddressNetworkPolicySetting:
    """
    The `DrMacAddress` network policy: the distributed router MAC of an overlay network, the MAC the node's VFP answers with as the pods' gateway and as VXLAN tunnel endpoint (VTEP).

    HNS assigns it; flanneld reads it and publishes it in its lease as `VtepMAC`, which the other nodes put into their RemoteSubnetRoute policies. JSON `{"Type":"DrMacAddress","Settings":{...}}`; hcsshim: `hcn.DrMacAddressNetworkPolicySetting`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: DrMacAddressNetworkPolicySetting) -> bool: ...
    def __init__(self, *, address: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def address(self) -> str:
        """
        The DR MAC, JSON `Address`; checked as a MAC address but kept as written; omitted when empty (omitempty).
        """
    @address.setter
    def address(self, arg0: str) -> None: ...

class VxlanPortPolicySetting:
    """
    The `VxlanPort` network policy: the UDP port VXLAN packets of an overlay network use.

    JSON `{"Type":"VxlanPort","Settings":{"Port":4789}}`; hcsshim: `hcn.VxlanPortPolicySetting`, whose `Port` has no omitempty. Flannel on Windows never sets it and accepts only the default 4789.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: VxlanPortPolicySetting) -> bool: ...
    def __init__(self, *, port: typing.SupportsInt | typing.SupportsIndex = 0) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def port(self) -> int:
        """
        The UDP destination port of the VXLAN encapsulation, JSON `Port` (4789 is the IANA port); always written, and required when parsing.
        """
    @port.setter
    def port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...

class HostRoutePolicySetting:
    """
    The `HostRoute` network policy: lets the host reach the local pods of the network through the vSwitch (host to local pod connectivity on overlay networks; Windows build 18321 and later).

    flanneld adds it after it creates its overlay network. hcsshim defines the Type but no settings struct (winnet names this one as hcsshim would): it is written as `{"Type":"HostRoute","Settings":{}}`, as hcsshim's tests and flanneld send it, and parses from `{}` or from absent Settings.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: HostRoutePolicySetting) -> bool: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...

class SourceMacAddressNetworkPolicySetting:
    """
    The `SourceMacAddress` network policy: the source MAC of the network's traffic on the physical network.

    JSON `{"Type":"SourceMacAddress","Settings":{...}}`; hcsshim: `hcn.SourceMacAddressNetworkPolicySetting`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: SourceMacAddressNetworkPolicySetting) -> bool: ...
    def __init__(self, *, source_mac_address: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def source_mac_address(self) -> str:
        """
        The MAC, JSON `SourceMacAddress`; checked as a MAC address but kept as written; omitted when empty (omitempty).
        """
    @source_mac_address.setter
    def source_mac_address(self, arg0: str) -> None: ...

class NetAdapterNameNetworkPolicySetting:
    """
    The `NetAdapterName` network policy: the physical adapter the network's external vSwitch binds to.

    flanneld sets it to the interface it uses (`--iface`) when it creates its network. JSON `{"Type":"NetAdapterName","Settings":{...}}`; hcsshim: `hcn.NetAdapterNameNetworkPolicySetting`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: NetAdapterNameNetworkPolicySetting) -> bool: ...
    def __init__(self, *, network_adapter_name: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def network_adapter_name(self) -> str:
        """
        The adapter's name as Windows shows it (for example "Ethernet"), JSON `NetworkAdapterName`; omitted when empty (omitempty).
        """
    @network_adapter_name.setter
    def network_adapter_name(self, arg0: str) -> None: ...

class OtherNetworkPolicy:
    """
    A network policy of a Type winnet does not model (`VSwitchExtension`, `AutomaticDNS`, `InterfaceConstraint`, `SetPolicy`, `L4Proxy`, `LayerConstraint`, `NetworkACL`, or one newer than winnet), kept exactly as it came and written back untouched, key order included, as hcsshim passes a `json.RawMessage` through.

    A Type differing from a modelled one only in letter case lands here too, since hcsshim's users compare Types exactly.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: OtherNetworkPolicy) -> bool: ...
    def __init__(self, *, type: str = "", settings_json: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def settings_json(self) -> str:
        """
        The Settings, JSON `Settings`, as compact JSON text (keys in their original order, Go's HTML escaping); empty when the policy has none, and then omitted.

        Text set by hand is compacted when written, as `json.Marshal` compacts a `json.RawMessage`.
        """
    @settings_json.setter
    def settings_json(self, arg0: str) -> None: ...
    @property
    def type(self) -> str:
        """
        The policy Type, JSON `Type`, exactly as written (case included).
        """
    @type.setter
    def type(self, arg0: str) -> None: ...

class VlanPolicySetting:
    """
    The `VLAN` subnet policy: isolates a subnet with 802.1Q VLAN tagging, the vSwitch tagging the subnet's traffic with the VLAN id.

    JSON `{"Type":"VLAN","Settings":{"IsolationId":...}}`; hcsshim: `hcn.VlanPolicySetting`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: VlanPolicySetting) -> bool: ...
    def __init__(self, *, isolation_id: typing.SupportsInt | typing.SupportsIndex = 0) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def isolation_id(self) -> int:
        """
        The VLAN id, JSON `IsolationId` (a uint32 in hcsshim; 802.1Q ids are 1 to 4094).

        Always written (no omitempty) and required when parsing.
        """
    @isolation_id.setter
    def isolation_id(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...

class VsidPolicySetting:
    """
    The `VSID` subnet policy: isolates a subnet of an overlay network with a virtual subnet id, the VXLAN VNI its packets carry between nodes (flannel's VNI, 4096 by default).

    JSON `{"Type":"VSID","Settings":{"IsolationId":4096}}`; hcsshim: `hcn.VsidPolicySetting`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: VsidPolicySetting) -> bool: ...
    def __init__(self, *, isolation_id: typing.SupportsInt | typing.SupportsIndex = 0) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def isolation_id(self) -> int:
        """
        The VSID (VXLAN VNI, 24 bits on the wire), JSON `IsolationId` (a uint32 in hcsshim).

        Always written (no omitempty) and required when parsing.
        """
    @isolation_id.setter
    def isolation_id(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...

class OtherSubnetPolicy:
    """
    A subnet policy of a Type other than "VLAN" or "VSID", kept exactly as it came and written back untouched, key order included.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: OtherSubnetPolicy) -> bool: ...
    def __init__(self, *, type: str = "", settings_json: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def settings_json(self) -> str:
        """
        The Settings, JSON `Settings`, as compact JSON text (keys in their original order, Go's HTML escaping); empty when the policy has none, and then omitted.

        Text set by hand is compacted when written, as `json.Marshal` compacts a `json.RawMessage`.
        """
    @settings_json.setter
    def settings_json(self, arg0: str) -> None: ...
    @property
    def type(self) -> str:
        """
        The policy Type, JSON `Type`, exactly as written (case included).
        """
    @type.setter
    def type(self, arg0: str) -> None: ...

class Subnet:
    """
    A subnet of a network's address space, JSON `Subnets[]` entry of an `Ipams` entry: the pod subnet of the node (its flannel lease or host-local range) with the pods' gateway route.

    hcsshim: `hcn.Subnet`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Subnet) -> bool: ...
    def __init__(
        self,
        *,
        ip_address_prefix: winnet._winnet.net.IpPrefix | str | None = None,
        policies: collections.abc.Sequence[VlanPolicySetting | VsidPolicySetting | OtherSubnetPolicy] = [],
        routes: collections.abc.Sequence[Route] = [],
        flags: SubnetFlags = SubnetFlags.NONE,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def flags(self) -> SubnetFlags:
        """
        Flags of the subnet, JSON `Flags`; omitted when `None`.
        """
    @flags.setter
    def flags(self, arg0: SubnetFlags) -> None: ...
    @property
    def ip_address_prefix(self) -> winnet._winnet.net.IpPrefix | None:
        """
        The subnet, JSON `IpAddressPrefix` (for example "10.244.2.0/24"); omitted when absent, and an empty string parses as absent.
        """
    @ip_address_prefix.setter
    def ip_address_prefix(self, arg1: winnet._winnet.net.IpPrefix | str | None) -> None: ...
    @property
    def policies(self) -> tuple:
        """
        Isolation of the subnet (VSID on overlay networks, VLAN), JSON `Policies`; omitted when empty.
        """
    @policies.setter
    def policies(
        self, arg1: collections.abc.Sequence[VlanPolicySetting | VsidPolicySetting | OtherSubnetPolicy]
    ) -> None: ...
    @property
    def routes(self) -> tuple:
        """
        Routes of the subnet, JSON `Routes`: the gateway route (`0.0.0.0/0` via the subnet's first address); omitted when empty.
        """
    @routes.setter
    def routes(self, arg1: collections.abc.Sequence[Route]) -> None: ...

class Ipam:
    """
    An address space of a network (IP address management), JSON `Ipams[]` entry.

    hcsshim: `hcn.Ipam`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Ipam) -> bool: ...
    def __init__(self, *, type: str = "", subnets: collections.abc.Sequence[Subnet] = []) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def subnets(self) -> tuple:
        """
        The subnets of the address space, JSON `Subnets`; omitted when empty.
        """
    @subnets.setter
    def subnets(self, arg1: collections.abc.Sequence[Subnet]) -> None: ...
    @property
    def type(self) -> str:
        """
        How addresses are assigned, JSON `Type`: "Static" (the CNI's IPAM picks each endpoint's address, as with every Kubernetes network) or "DHCP".

        Empty means absent and is omitted; any other value, including another letter case, is rejected when parsing.
        """
    @type.setter
    def type(self, arg0: str) -> None: ...

class MacRange:
    """
    A range of MAC addresses HNS hands to the endpoints of a network, JSON `Ranges[]` entry of `MacPool`.

    hcsshim: `hcn.MacRange`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: MacRange) -> bool: ...
    def __init__(self, *, start_mac_address: str = "", end_mac_address: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def end_mac_address(self) -> str:
        """
        The last MAC of the range, JSON `EndMacAddress` ("00-15-5D-52-CF-FF"); checked as a MAC address but kept as written; omitted when empty.
        """
    @end_mac_address.setter
    def end_mac_address(self, arg0: str) -> None: ...
    @property
    def start_mac_address(self) -> str:
        """
        The first MAC of the range, JSON `StartMacAddress` ("00-15-5D-52-C0-00"); checked as a MAC address but kept as written; omitted when empty.
        """
    @start_mac_address.setter
    def start_mac_address(self, arg0: str) -> None: ...

class MacPool:
    """
    The MAC addresses HNS may assign to the network's endpoints, JSON `MacPool`.

    Always written (as `{}` when empty), since Go's omitempty never omits a struct. hcsshim: `hcn.MacPool`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: MacPool) -> bool: ...
    def __init__(self, *, ranges: collections.abc.Sequence[MacRange] = []) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def ranges(self) -> tuple:
        """
        The ranges, JSON `Ranges`; omitted when empty (HNS then uses the host's Hyper-V pool).
        """
    @ranges.setter
    def ranges(self, arg1: collections.abc.Sequence[MacRange]) -> None: ...

class Network:
    """
    An HNS network (HostComputeNetwork): a Hyper-V virtual switch with the VFP rules and address spaces of one pod network on the node.

    The node's network agent (flanneld, calico-node, a setup script) creates it; the CNI plugin attaches each pod's endpoint to it; the Windows kube-proxy finds it by name and reads its type and remote subnet routes. JSON field names, order and omission rules are hcsshim's (`hcn.HostComputeNetwork`).
    """

    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_json(json: str) -> Network:
        """
        Parses a HostComputeNetwork document, as HNS returns it or hcsshim marshals it.

        Strict: throws `winnet::JsonError` naming the JSON path for text that is not JSON, a value of the wrong type, an unknown field (in the network, its subnets, or the Settings of a modelled policy), a network Type or `Ipam` Type that HNS does not define, an address, prefix or MAC that does not parse, a number outside its Go type, a flag bit HNS does not define, a policy without a Type, or a modelled policy without its Settings or a required setting. Policies of other Types are kept verbatim. `null` counts as absent, as in Go.
        """
    def __eq__(self, arg0: Network) -> bool: ...
    def __init__(
        self,
        *,
        id: str = "",
        name: str = "",
        type: NetworkType | None = None,
        policies: collections.abc.Sequence[
            RemoteSubnetRoutePolicySetting
            | ProviderAddressNetworkPolicySetting
            | DrMacAddressNetworkPolicySetting
            | VxlanPortPolicySetting
            | HostRoutePolicySetting
            | SourceMacAddressNetworkPolicySetting
            | NetAdapterNameNetworkPolicySetting
            | OtherNetworkPolicy
        ] = [],
        mac_pool: MacPool = ...,
        dns: Dns = ...,
        ipams: collections.abc.Sequence[Ipam] = [],
        flags: NetworkFlags = NetworkFlags.NONE,
        health: Health = ...,
        schema_version: SchemaVersion = ...,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def _repr_html_(self): ...
    def to_json(self, style: JsonStyle = JsonStyle.COMPACT) -> str:
        """
        The document as hcsshim marshals it: field order `ID`, `Name`, `Type`, `Policies`, `MacPool`, `Dns`, `Ipams`, `Flags`, `Health`, `SchemaVersion`; empty fields omitted (`json:",omitempty"`); `MacPool`, `Dns`, `Health` and `SchemaVersion` always present; each policy's Settings laid out as `json.Marshal` lays out its hcsshim settings struct.

        Throws `winnet::JsonError` naming the policy's Settings path when the `settings_json` of an `OtherNetworkPolicy` or `OtherSubnetPolicy` is not valid JSON (Go's `json.Marshal` fails then too).
        """
    @property
    def dns(self) -> Dns:
        """
        DNS settings of the network, JSON `Dns`; always written.
        """
    @dns.setter
    def dns(self, arg0: Dns) -> None: ...
    @property
    def flags(self) -> NetworkFlags:
        """
        Flags of the network (non-persistent, no host port, SR-IOV), JSON `Flags`; omitted when `None`.
        """
    @flags.setter
    def flags(self, arg0: NetworkFlags) -> None: ...
    @property
    def health(self) -> Health:
        """
        The network's health as HNS reports it in query results, JSON `Health`; always written.
        """
    @health.setter
    def health(self, arg0: Health) -> None: ...
    @property
    def id(self) -> str:
        """
        The network's GUID, JSON `ID`, assigned by HNS on creation; empty (and omitted) in a document sent to `HcnCreateNetwork`.
        """
    @id.setter
    def id(self, arg0: str) -> None: ...
    @property
    def ipams(self) -> tuple:
        """
        The address spaces, JSON `Ipams`; omitted when empty.
        """
    @ipams.setter
    def ipams(self, arg1: collections.abc.Sequence[Ipam]) -> None: ...
    @property
    def mac_pool(self) -> MacPool:
        """
        The MAC pool of the endpoints, JSON `MacPool`; always written.
        """
    @mac_pool.setter
    def mac_pool(self, arg0: MacPool) -> None: ...
    @property
    def name(self) -> str:
        """
        The network's name, JSON `Name` ("flannel.4096", "cbr0", "nat"): what kube-proxy's `networkName` and the CNI config's `name` refer to.

        Omitted when empty.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def policies(self) -> tuple:
        """
        The network policies, JSON `Policies` (remote subnet routes, provider address, DR MAC, ...); omitted when empty.
        """
    @policies.setter
    def policies(
        self,
        arg1: collections.abc.Sequence[
            RemoteSubnetRoutePolicySetting
            | ProviderAddressNetworkPolicySetting
            | DrMacAddressNetworkPolicySetting
            | VxlanPortPolicySetting
            | HostRoutePolicySetting
            | SourceMacAddressNetworkPolicySetting
            | NetAdapterNameNetworkPolicySetting
            | OtherNetworkPolicy
        ],
    ) -> None: ...
    @property
    def schema_version(self) -> SchemaVersion:
        """
        The document schema, JSON `SchemaVersion`; always written, 2.0 for HCN v2.

        A parsed document without it gets 2.0 (Go would leave 0.0; no HCN v2 object has that schema).
        """
    @schema_version.setter
    def schema_version(self, arg0: SchemaVersion) -> None: ...
    @property
    def type(self) -> NetworkType | None:
        """
        The kind of network, JSON `Type`; omitted when absent, and an empty string parses as absent.
        """
    @type.setter
    def type(self, arg0: NetworkType | None) -> None: ...

class EndpointFlags(enum.IntFlag):
    """
    Flags of an endpoint, JSON `Flags` (a bit set). hcsshim: `hcn.EndpointFlags`.
    """

    NONE: typing.ClassVar[EndpointFlags]
    REMOTE_ENDPOINT: typing.ClassVar[EndpointFlags]
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

class NatFlags(enum.IntFlag):
    """
    Flags of an `OutBoundNAT` or `PortMapping` endpoint policy, JSON `Flags` of its settings (a bit set).

    hcsshim: `hcn.NatFlags`, whose constants are declared with `iota` (0, 1, 2) and happen to be single bits.
    """

    IPV6: typing.ClassVar[NatFlags]
    LOCAL_ROUTED_VIP: typing.ClassVar[NatFlags]
    NONE: typing.ClassVar[NatFlags]
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

class Action(enum.Enum):
    """
    What an ACL rule does with the packets it matches, JSON `Action` of an `ACL` policy.

    hcsshim: `hcn.ActionType`, a string.
    """

    ALLOW: typing.ClassVar[Action]
    BLOCK: typing.ClassVar[Action]
    PASS: typing.ClassVar[Action]
    @classmethod
    def __new__(cls, value): ...

class Direction(enum.Enum):
    """
    Which traffic an ACL rule applies to, JSON `Direction` of an `ACL` policy, seen from the endpoint.

    hcsshim: `hcn.DirectionType`, a string.
    """

    IN: typing.ClassVar[Direction]
    OUT: typing.ClassVar[Direction]
    @classmethod
    def __new__(cls, value): ...

class RuleType(enum.Enum):
    """
    Where HNS enforces an ACL rule, JSON `RuleType` of an `ACL` policy.

    hcsshim: `hcn.RuleType`, a string.
    """

    HOST: typing.ClassVar[RuleType]
    SWITCH: typing.ClassVar[RuleType]
    @classmethod
    def __new__(cls, value): ...

class ProviderAddressEndpointPolicySetting:
    """
    The `ProviderAddress` endpoint policy: the provider address (PA) of an endpoint on an overlay (VXLAN) network, that is the underlay IP of the node the endpoint lives on.

    HNS encapsulates packets for the endpoint's customer address (the pod IP) towards this PA. kube-proxy puts the remote node's IP here on every remote endpoint it creates; win-overlay puts this node's management IP on every local pod endpoint. JSON `{"Type":"ProviderAddress","Settings":{...}}`; hcsshim: `hcn.ProviderAddressEndpointPolicySetting` (Type constant `NetworkProviderAddress`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ProviderAddressEndpointPolicySetting) -> bool: ...
    def __init__(self, *, provider_address: winnet._winnet.net.IpAddress | str | None = None) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def provider_address(self) -> winnet._winnet.net.IpAddress | None:
        """
        The node's underlay (physical network) address, JSON `ProviderAddress`; omitted when absent.
        """
    @provider_address.setter
    def provider_address(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...

class OutboundNatPolicySetting:
    """
    The `OutBoundNAT` endpoint policy: source NAT of the pod's egress traffic to the node's IP (or `virtual_ip`), so that pods reach the outside world with an address it can route back.

    The CNI plugins list the cluster's own ranges (pod CIDR, service CIDR, node subnet) as exceptions, so pod-to-pod and pod-to-service traffic keeps the pod IP. An `OutBoundNAT` with only `destinations` is loopback DSR instead: it lets a pod reach itself through a Service VIP. JSON `{"Type":"OutBoundNAT","Settings":{...}}`; hcsshim: `hcn.OutboundNatPolicySetting` (Type constant `OutBoundNAT`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: OutboundNatPolicySetting) -> bool: ...
    def __init__(
        self,
        *,
        virtual_ip: winnet._winnet.net.IpAddress | str | None = None,
        exceptions: collections.abc.Sequence[winnet._winnet.net.IpPrefix | str] = [],
        destinations: collections.abc.Sequence[winnet._winnet.net.IpAddress | str] = [],
        flags: NatFlags = NatFlags.NONE,
        max_port_pool_usage: typing.SupportsInt | typing.SupportsIndex = 0,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def destinations(self) -> tuple:
        """
        Destinations this NAT applies to, JSON `Destinations`; with `loopbackDSR` the CNI plugins put the pod's own IP here.

        Omitted when empty.
        """
    @destinations.setter
    def destinations(self, arg1: collections.abc.Sequence[winnet._winnet.net.IpAddress | str]) -> None: ...
    @property
    def exceptions(self) -> tuple:
        """
        Destinations that are not translated, JSON `Exceptions`: the cluster CIDR, the service CIDR and the node subnet, as the netconf's OutBoundNAT policy and `ipMasqNetwork` give them.

        Omitted when empty.
        """
    @exceptions.setter
    def exceptions(self, arg1: collections.abc.Sequence[winnet._winnet.net.IpPrefix | str]) -> None: ...
    @property
    def flags(self) -> NatFlags:
        """
        NAT behaviour, JSON `Flags`; omitted when `None`.
        """
    @flags.setter
    def flags(self, arg0: NatFlags) -> None: ...
    @property
    def max_port_pool_usage(self) -> int:
        """
        The largest share of the node's SNAT port pool this endpoint may use, JSON `MaxPortPoolUsage`; omitted when 0 (no limit).
        """
    @max_port_pool_usage.setter
    def max_port_pool_usage(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def virtual_ip(self) -> winnet._winnet.net.IpAddress | None:
        """
        The address to translate the source to, JSON `VirtualIP`; absent (and omitted) means the node's own address.
        """
    @virtual_ip.setter
    def virtual_ip(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...

class SDNRoutePolicySetting:
    """
    The `SDNRoute` endpoint policy: a route programmed in the endpoint's VFP port rather than in the pod's routing table.

    The CNI plugins send the service CIDR with `NeedEncap`, so that Service traffic leaves the pod through the host's vSwitch where kube-proxy's load balancers catch it; L2Bridge netconfs add the node's own IP as /32 too, so that pod-to-host traffic takes the same path. JSON `{"Type":"SDNRoute","Settings":{...}}`; hcsshim: `hcn.SDNRoutePolicySetting` (Type constant `SDNRoute`). The `"SDNROUTE"` and `"ROUTE"` spellings some deployments write are not this Type: they are kept as an `OtherEndpointPolicy`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: SDNRoutePolicySetting) -> bool: ...
    def __init__(
        self,
        *,
        destination_prefix: winnet._winnet.net.IpPrefix | str | None = None,
        next_hop: winnet._winnet.net.IpAddress | str | None = None,
        need_encap: bool = False,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def destination_prefix(self) -> winnet._winnet.net.IpPrefix | None:
        """
        The destination the route covers, JSON `DestinationPrefix` (the service CIDR, or the node IP as /32); omitted when absent.
        """
    @destination_prefix.setter
    def destination_prefix(self, arg1: winnet._winnet.net.IpPrefix | str | None) -> None: ...
    @property
    def need_encap(self) -> bool:
        """
        Whether matching packets go through the host's vSwitch encapsulated (as on the overlay) instead of straight onto the pod's network, JSON `NeedEncap`; omitted when false.
        """
    @need_encap.setter
    def need_encap(self, arg0: bool) -> None: ...
    @property
    def next_hop(self) -> winnet._winnet.net.IpAddress | None:
        """
        The gateway, JSON `NextHop`; omitted when absent (the CNI plugins never set it).
        """
    @next_hop.setter
    def next_hop(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...

class PortMappingPolicySetting:
    """
    The `PortMapping` endpoint policy: a host port forwarded to a container port (a pod's `hostPort`), HNS's static NAT.

    win-bridge and the sdn plugins create one per `runtimeConfig.portMappings` entry. JSON `{"Type":"PortMapping","Settings":{...}}`; hcsshim: `hcn.PortMappingPolicySetting` (Type constant `PortMapping`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: PortMappingPolicySetting) -> bool: ...
    def __init__(
        self,
        *,
        protocol: typing.SupportsInt | typing.SupportsIndex = 0,
        internal_port: typing.SupportsInt | typing.SupportsIndex = 0,
        external_port: typing.SupportsInt | typing.SupportsIndex = 0,
        vip: winnet._winnet.net.IpAddress | str | None = None,
        flags: NatFlags = NatFlags.NONE,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def external_port(self) -> int:
        """
        The port on the host (`hostPort`), JSON `ExternalPort`; omitted when 0.
        """
    @external_port.setter
    def external_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def flags(self) -> NatFlags:
        """
        NAT behaviour, JSON `Flags`; omitted when `None`.
        """
    @flags.setter
    def flags(self, arg0: NatFlags) -> None: ...
    @property
    def internal_port(self) -> int:
        """
        The port inside the pod (`containerPort`), JSON `InternalPort`; omitted when 0.
        """
    @internal_port.setter
    def internal_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def protocol(self) -> int:
        """
        The IP protocol number, JSON `Protocol`: 6 (TCP) or 17 (UDP) in practice; the CNI plugins also map "icmpv4" (1), "igmp" (2) and "icmpv6" (58) and accept any number below 1024.

        Omitted when 0.
        """
    @protocol.setter
    def protocol(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def vip(self) -> winnet._winnet.net.IpAddress | None:
        """
        The host address the mapping listens on (`hostIP`), JSON `VIP`; absent (and omitted) means every host address.

        win-bridge writes `"VIP":""` for that, which reads as absent.
        """
    @vip.setter
    def vip(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...

class AclPolicySetting:
    """
    The `ACL` endpoint policy: one firewall rule on the endpoint.

    Calico applies a switch-level "block everything inbound" rule at priority 65500 to each new endpoint; the sdn plugins can add an inbound allow rule per port mapping. JSON `{"Type":"ACL","Settings":{...}}`; hcsshim: `hcn.AclPolicySetting` (Type constant `ACL`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: AclPolicySetting) -> bool: ...
    def __init__(
        self,
        *,
        protocols: str = "",
        action: Action = Action.ALLOW,
        direction: Direction = Direction.IN,
        local_addresses: str = "",
        remote_addresses: str = "",
        local_ports: str = "",
        remote_ports: str = "",
        rule_type: RuleType | None = None,
        priority: typing.SupportsInt | typing.SupportsIndex = 0,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def action(self) -> Action:
        """
        What happens to matching packets, JSON `Action`; always written.
        """
    @action.setter
    def action(self, arg0: Action) -> None: ...
    @property
    def direction(self) -> Direction:
        """
        Whether the rule applies to traffic into or out of the endpoint, JSON `Direction`; always written.
        """
    @direction.setter
    def direction(self, arg0: Direction) -> None: ...
    @property
    def local_addresses(self) -> str:
        """
        The endpoint-side addresses matched, JSON `LocalAddresses`: addresses and prefixes as text, comma-separated; omitted when empty (any).
        """
    @local_addresses.setter
    def local_addresses(self, arg0: str) -> None: ...
    @property
    def local_ports(self) -> str:
        """
        The endpoint-side ports matched, JSON `LocalPorts`: ports as text, comma-separated ("80,8080"); omitted when empty.
        """
    @local_ports.setter
    def local_ports(self, arg0: str) -> None: ...
    @property
    def priority(self) -> int:
        """
        The rule's priority, JSON `Priority`: lower numbers are evaluated first. Omitted when 0.
        """
    @priority.setter
    def priority(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def protocols(self) -> str:
        """
        The IP protocols matched, JSON `Protocols`: protocol numbers as text, comma-separated ("6", "6,17"; Calico writes "256" for any protocol).

        Omitted when empty.
        """
    @protocols.setter
    def protocols(self, arg0: str) -> None: ...
    @property
    def remote_addresses(self) -> str:
        """
        The peer addresses matched, JSON `RemoteAddresses`, in the same form; omitted when empty.
        """
    @remote_addresses.setter
    def remote_addresses(self, arg0: str) -> None: ...
    @property
    def remote_ports(self) -> str:
        """
        The peer ports matched, JSON `RemotePorts`, in the same form; omitted when empty.
        """
    @remote_ports.setter
    def remote_ports(self, arg0: str) -> None: ...
    @property
    def rule_type(self) -> RuleType | None:
        """
        Where the rule is enforced, JSON `RuleType`; absent (and omitted) leaves the choice to HNS.
        """
    @rule_type.setter
    def rule_type(self, arg0: RuleType | None) -> None: ...

class L4ProxyPolicySetting:
    """
    The `L4Proxy` endpoint policy: VFP redirects the endpoint's traffic to a layer-4 proxy on the node (as a service mesh sidecar would intercept it).

    JSON `{"Type":"L4Proxy","Settings":{...}}`; hcsshim: `hcn.L4ProxyPolicySetting` (Type constant `L4Proxy`; networks use the same settings).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: L4ProxyPolicySetting) -> bool: ...
    def __init__(
        self,
        *,
        ip: winnet._winnet.net.IpAddress | str | None = None,
        port: str = "",
        protocol: typing.SupportsInt | typing.SupportsIndex = 0,
        exceptions: collections.abc.Sequence[str] = [],
        destination: str = "",
        outbound_nat: bool = False,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def destination(self) -> str:
        """
        The original destination the proxy forwards to, JSON `Destination`; always written, as hcsshim gives the field no omitempty.
        """
    @destination.setter
    def destination(self, arg0: str) -> None: ...
    @property
    def exceptions(self) -> tuple:
        """
        Traffic that is not redirected, JSON `Exceptions`, as text; omitted when empty.
        """
    @exceptions.setter
    def exceptions(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def ip(self) -> winnet._winnet.net.IpAddress | None:
        """
        The proxy's address, JSON `IP`; omitted when absent.
        """
    @ip.setter
    def ip(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...
    @property
    def outbound_nat(self) -> bool:
        """
        Whether the proxied traffic is also source-NATed, JSON `OutboundNAT`; omitted when false.
        """
    @outbound_nat.setter
    def outbound_nat(self, arg0: bool) -> None: ...
    @property
    def port(self) -> str:
        """
        The proxy's port, as decimal text, JSON `Port`; omitted when empty.
        """
    @port.setter
    def port(self, arg0: str) -> None: ...
    @property
    def protocol(self) -> int:
        """
        The IP protocol redirected, JSON `Protocol` (hcsshim `ProtocolType`: 0 unknown, 1 ICMPv4, 2 IGMP, 6 TCP, 17 UDP, 58 ICMPv6); omitted when 0.
        """
    @protocol.setter
    def protocol(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...

class EncapOverheadEndpointPolicySetting:
    """
    The `EncapOverhead` endpoint policy: the bytes of encapsulation header the endpoint must leave room for, so that HNS lowers the endpoint's MTU on an overlay network.

    JSON `{"Type":"EncapOverhead","Settings":{...}}`; hcsshim: `hcn.EncapOverheadEndpointPolicySetting`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: EncapOverheadEndpointPolicySetting) -> bool: ...
    def __init__(self, *, overhead: typing.SupportsInt | typing.SupportsIndex = 0) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def overhead(self) -> int:
        """
        The header size in bytes, JSON `Overhead` (VXLAN over IPv4 adds 50); omitted when 0.
        """
    @overhead.setter
    def overhead(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...

class OtherEndpointPolicy:
    """
    Any endpoint policy winnet does not model, kept exactly as it came: the known but unmodelled hcsshim types (`QOS`, `L2Driver`, `PortName`, `Iov`, `InterfaceConstraint`, `TierAcl`, `L4WFPPROXY`), spellings HNS accepts but hcsshim does not define (`SDNROUTE`, `ROUTE`), and anything newer.

    Written back untouched, key order included, as hcsshim passes a `json.RawMessage` through.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: OtherEndpointPolicy) -> bool: ...
    def __init__(self, *, type: str = "", settings_json: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def settings_json(self) -> str:
        """
        The settings, JSON `Settings`, as compact JSON text (keys in their original order, Go's HTML escaping); empty when the policy has none, and then omitted.

        Text set by hand is compacted when written, as `json.Marshal` compacts a `json.RawMessage`.
        """
    @settings_json.setter
    def settings_json(self, arg0: str) -> None: ...
    @property
    def type(self) -> str:
        """
        The policy type, JSON `Type`, exactly as written (case included).
        """
    @type.setter
    def type(self, arg0: str) -> None: ...

class IpConfig:
    """
    One IP address of an endpoint, JSON `IpConfigurations[]` entry.

    hcsshim: `hcn.IpConfig`. kube-proxy reads the first two (IPv4 and IPv6 of a dual-stack pod).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: IpConfig) -> bool: ...
    def __init__(
        self,
        *,
        ip_address: winnet._winnet.net.IpAddress | str | None = None,
        prefix_length: typing.SupportsInt | typing.SupportsIndex = 0,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def ip_address(self) -> winnet._winnet.net.IpAddress | None:
        """
        The endpoint's address (the pod IP), JSON `IpAddress`; omitted when absent, and then HNS allocates one from the network's subnet.
        """
    @ip_address.setter
    def ip_address(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...
    @property
    def prefix_length(self) -> int:
        """
        The on-link prefix length of `ip_address`, JSON `PrefixLength`: at most 32 for IPv4 and 128 for IPv6.

        Omitted when 0 (kube-proxy and the CNI plugins never set it; HNS then uses the subnet's).
        """
    @prefix_length.setter
    def prefix_length(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...

class Endpoint:
    """
    An HNS endpoint (HostComputeEndpoint): a network attachment on an HNS network.

    A *local* endpoint is a pod's network adapter on this node; the CNI plugin creates it with the pod IP, gateway route, DNS and policies, and attaches it to the pod's namespace (its network compartment). A *remote* endpoint (flag `RemoteEndpoint`) stands for a pod on another node; kube-proxy creates it so that HNS load balancers can list it as a backend. JSON field names and omission rules are hcsshim's (`hcn.HostComputeEndpoint`).
    """

    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_json(json: str) -> Endpoint:
        """
        Parses a HostComputeEndpoint document, as HNS returns it or hcsshim marshals it.

        Strict: throws `winnet::JsonError` naming the JSON path for text that is not JSON, a value of the wrong type, an unknown field (also inside the settings of a modelled policy type), an address, prefix or MAC that does not parse, a prefix length too long for its address family, a port or number out of range, an unknown ACL action, direction or rule type, a policy without a `Type` or a modelled policy without `Settings`, or a flag bit HNS does not define. `null` counts as absent, as in Go. Settings of a modelled type are re-written in hcsshim's field order, so a document whose settings came from elsewhere (the CNI plugins write some by hand) reads fine but is written back in hcsshim's form.
        """
    def __eq__(self, arg0: Endpoint) -> bool: ...
    def __init__(
        self,
        *,
        id: str = "",
        name: str = "",
        host_compute_network: str = "",
        host_compute_namespace: str = "",
        policies: collections.abc.Sequence[
            ProviderAddressEndpointPolicySetting
            | OutboundNatPolicySetting
            | SDNRoutePolicySetting
            | PortMappingPolicySetting
            | AclPolicySetting
            | L4ProxyPolicySetting
            | EncapOverheadEndpointPolicySetting
            | OtherEndpointPolicy
        ] = [],
        ip_configurations: collections.abc.Sequence[IpConfig] = [],
        dns: Dns = ...,
        routes: collections.abc.Sequence[Route] = [],
        mac_address: str = "",
        flags: EndpointFlags = EndpointFlags.NONE,
        health: Health = ...,
        schema_version: SchemaVersion = ...,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def _repr_html_(self): ...
    def is_remote(self) -> bool:
        """
        True when the `RemoteEndpoint` flag is set: the endpoint stands for a pod on another node (kube-proxy's `isLocal` is the opposite).
        """
    def to_json(self, style: JsonStyle = JsonStyle.COMPACT) -> str:
        """
        The document as hcsshim marshals it: field order `ID`, `Name`, `HostComputeNetwork`, `HostComputeNamespace`, `Policies`, `IpConfigurations`, `Dns`, `Routes`, `MacAddress`, `Flags`, `Health`, `SchemaVersion`; empty fields omitted (`json:",omitempty"`), except the structs `Dns`, `Health` and `SchemaVersion`, which Go always writes.

        Each policy's `Settings` are written as `json.Marshal` writes the hcsshim settings struct (its field order and omitempty rules); an `OtherEndpointPolicy`'s are written as they came, compacted. Throws `winnet::JsonError` at `$.Policies[i].Settings` when an `OtherEndpointPolicy`'s `settings_json` is not JSON (as `json.Marshal` fails on such a `json.RawMessage`).
        """
    @property
    def dns(self) -> Dns:
        """
        The DNS settings handed to the pod, JSON `Dns`; always written (as `{}` when empty).
        """
    @dns.setter
    def dns(self, arg0: Dns) -> None: ...
    @property
    def flags(self) -> EndpointFlags:
        """
        Local or remote, JSON `Flags`; omitted when `None`.
        """
    @flags.setter
    def flags(self, arg0: EndpointFlags) -> None: ...
    @property
    def health(self) -> Health:
        """
        `Health` as HNS reports it, JSON `Health`; always written (as `{"Extra":{}}` when empty).
        """
    @health.setter
    def health(self, arg0: Health) -> None: ...
    @property
    def host_compute_namespace(self) -> str:
        """
        The GUID of the namespace (the pod's network compartment) the endpoint is attached to, JSON `HostComputeNamespace`.

        The CNI plugins leave it empty on create and then call `AddNamespaceEndpoint` with containerd's namespace, after which HNS reports it. Omitted when empty.
        """
    @host_compute_namespace.setter
    def host_compute_namespace(self, arg0: str) -> None: ...
    @property
    def host_compute_network(self) -> str:
        """
        The GUID of the HNS network the endpoint is on, JSON `HostComputeNetwork`; hcsshim's `network.CreateEndpoint` fills it in.

        Omitted when empty.
        """
    @host_compute_network.setter
    def host_compute_network(self, arg0: str) -> None: ...
    @property
    def id(self) -> str:
        """
        The endpoint's GUID, JSON `ID`, assigned by HNS on creation; empty (and omitted) in a document sent to `HcnCreateEndpoint`.

        Load balancers list endpoints by this id.
        """
    @id.setter
    def id(self, arg0: str) -> None: ...
    @property
    def ip_configurations(self) -> tuple:
        """
        The endpoint's addresses, JSON `IpConfigurations`; omitted when empty.
        """
    @ip_configurations.setter
    def ip_configurations(self, arg1: collections.abc.Sequence[IpConfig]) -> None: ...
    @property
    def mac_address(self) -> str:
        """
        The endpoint's MAC address, JSON `MacAddress`, kept as written: HNS assigns upper-case ones from the network's MAC pool ("00-15-5D-52-C0-00"); kube-proxy writes lower-case conjured ones for remote endpoints ("02-11-c0-a8-02-03"); win-overlay writes its prefix and the IPv4 bytes ("0E-2A-0a-f4-02-07").

        Checked to be a MAC when parsed; omitted when empty.
        """
    @mac_address.setter
    def mac_address(self, arg0: str) -> None: ...
    @property
    def name(self) -> str:
        """
        The endpoint's name, JSON `Name`; the CNI plugins use "containerID_networkName".

        kube-proxy leaves it empty for remote endpoints. Omitted when empty.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def policies(self) -> tuple:
        """
        The endpoint's policies (SNAT, SDN routes, provider address, port mappings, ACLs, ...), JSON `Policies`, in order; omitted when empty.
        """
    @policies.setter
    def policies(
        self,
        arg1: collections.abc.Sequence[
            ProviderAddressEndpointPolicySetting
            | OutboundNatPolicySetting
            | SDNRoutePolicySetting
            | PortMappingPolicySetting
            | AclPolicySetting
            | L4ProxyPolicySetting
            | EncapOverheadEndpointPolicySetting
            | OtherEndpointPolicy
        ],
    ) -> None: ...
    @property
    def routes(self) -> tuple:
        """
        Routes of the pod's network stack, JSON `Routes`: the CNI plugins add the default route via the gateway.

        Omitted when empty.
        """
    @routes.setter
    def routes(self, arg1: collections.abc.Sequence[Route]) -> None: ...
    @property
    def schema_version(self) -> SchemaVersion:
        """
        The document schema, JSON `SchemaVersion`; always written, 2.0 for HCN v2.

        A parsed document without it gets 2.0 (Go would leave 0.0; no HCN v2 object has that schema).
        """
    @schema_version.setter
    def schema_version(self, arg0: SchemaVersion) -> None: ...

class HnsVersion:
    """
    The version of the Host Networking Service on a node, as `GET /globals/version` returns it (`{"Major":15,"Minor":5}`).

    It grows with Windows releases (Windows Server 2019 ships 10.x, 2022 ships 13.x and later 14.x and 15.x), and decides which features kube-proxy may use. hcsshim: `hcn.Version`.
    """
    def __eq__(self, arg0: HnsVersion) -> bool: ...
    def __ge__(self, arg0: HnsVersion) -> bool: ...
    def __gt__(self, arg0: HnsVersion) -> bool: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        major: typing.SupportsInt | typing.SupportsIndex,
        minor: typing.SupportsInt | typing.SupportsIndex,
    ) -> None: ...
    def __le__(self, arg0: HnsVersion) -> bool: ...
    def __lt__(self, arg0: HnsVersion) -> bool: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    @property
    def major(self) -> int:
        """
        Major version, JSON `Major`.
        """
    @major.setter
    def major(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def minor(self) -> int:
        """
        Minor version, JSON `Minor`.
        """
    @minor.setter
    def minor(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...

class VersionRange:
    """
    An inclusive range of HNS versions that has a feature.

    hcsshim: `hcn.VersionRange`; `isFeatureInRange` compares major first, then minor at the range's ends.
    """
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def contains(self, version: HnsVersion) -> bool:
        """
        Whether `v` falls in this range.
        """
    @property
    def max(self) -> HnsVersion:
        """
        The last version with the feature; `any_version` components mean "and later".
        """
    @property
    def min(self) -> HnsVersion:
        """
        The first version with the feature.
        """

class FeatureRanges:
    """
    One feature's entry in the feature table: its name and the versions that have it.
    """
    def __repr__(self) -> str: ...
    @property
    def meaning(self) -> str:
        """
        What the feature lets kube-proxy or a CNI plugin do, and which of them checks it.
        """
    @property
    def name(self) -> str:
        """
        The feature's JSON key in `SupportedFeatures` (for example "DSR" or "ACL.AclPortRanges").
        """
    @property
    def ranges(self) -> tuple:
        """
        Versions that have it; a version has the feature when any range contains it.
        """

class SupportedFeatures:
    """
    What an HNS version supports, as hcsshim's `GetSupportedFeatures` computes it from the version.

    kube-proxy reads DSR, IPv6DualStack, SessionAffinity, RemoteSubnet and ModifyLoadbalancer. hcsshim: `hcn.SupportedFeatures`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: SupportedFeatures) -> bool: ...
    def __repr__(self) -> str: ...
    def to_json(self) -> str:
        """
        The features as hcsshim marshals `SupportedFeatures` (`{"ACL":{...},"API":{...},...}`).
        """
    @property
    def accelnet(self) -> bool:
        """
        Accelerated networking (`Accelnet`, 15.4 and later).
        """
    @property
    def acl_address_lists(self) -> bool:
        """
        ACL address lists (`ACL.AclAddressLists`, 7.2 and later, Windows Server 1803).
        """
    @property
    def acl_no_host_rule_priority(self) -> bool:
        """
        ACL rules without host rule priority (`ACL.AclHostRulePriority`, 7.2 and later).
        """
    @property
    def acl_port_ranges(self) -> bool:
        """
        ACL port ranges (`ACL.AclPortRanges`, 7.2 and later).
        """
    @property
    def acl_rule_id(self) -> bool:
        """
        ACL rule ids (`ACL.AclRuleId`, 7.2 and later).
        """
    @property
    def acl_support_for_protocol_252(self) -> bool:
        """
        ACLs matching protocol 252, used for VXLAN (`AclSupportForProtocol252`, 11.0 and later).
        """
    @property
    def api_v1(self) -> bool:
        """
        The HNS v1 API (`API.V1`): always true, `HNSCall` still exists.
        """
    @property
    def api_v2(self) -> bool:
        """
        The HCN v2 API and schema (`API.V2`, 9.2 and later); kube-proxy requires it.
        """
    @property
    def disable_host_port(self) -> bool:
        """
        The DisableHostPort network flag (`DisableHostPort`, 15.1 and later).
        """
    @property
    def dsr(self) -> bool:
        """
        Direct Server Return load balancers (`DSR`: 9.3 to 9.x, 10.2 and later); kube-proxy turns off `--enable-dsr`, preserve-destination and externalTrafficPolicy Local without it.
        """
    @property
    def host_route(self) -> bool:
        """
        HostRoute network policies: pods reaching their own host (`HostRoute`, 9.2 and later).
        """
    @property
    def ipv6_dual_stack(self) -> bool:
        """
        IPv6 and dual-stack endpoints and load balancers (`IPv6DualStack`, 11.10 and later).
        """
    @property
    def l4_proxy(self) -> bool:
        """
        L4Proxy network policies (`L4Proxy`: 9.5, 10.5, 11.11, 12.1 to the end of each major, and 13.1 and later).
        """
    @property
    def l4_wfp_proxy(self) -> bool:
        """
        L4WfpProxy endpoint policies (`L4WfpProxy`, 13.2 and later).
        """
    @property
    def modify_loadbalancer(self) -> bool:
        """
        Modifying a load balancer in place (`ModifyLoadbalancer`, 15.5 to 15.x and 16.0 and later, as hnslib); without it kube-proxy deletes and recreates load balancers.
        """
    @property
    def nested_ip_set(self) -> bool:
        """
        Nested IP sets in policies (`NestedIpSet`, 15.0 and later).
        """
    @property
    def network_acl(self) -> bool:
        """
        Network-wide ACL policies (`NetworkACL`, 15.0 and later).
        """
    @property
    def remote_subnet(self) -> bool:
        """
        RemoteSubnetRoute network policies on Overlay networks (`RemoteSubnet`, 9.2 and later).
        """
    @property
    def session_affinity(self) -> bool:
        """
        Load-balancer session affinity by source IP (`SessionAffinity`, 12.0 and later); needed for `sessionAffinity: ClientIP`.
        """
    @property
    def set_policy(self) -> bool:
        """
        SetPolicy network policies (`SetPolicy`, 13.0 and later).
        """
    @property
    def slash32_endpoint_prefixes(self) -> bool:
        """
        Endpoints with /32 prefixes (`Slash32EndpointPrefixes`: 9.3 to 9.x, 10.4 and later).
        """
    @property
    def tier_acl(self) -> bool:
        """
        Tiered ACL policies (`TierAcl`, 14.0 and later).
        """
    @property
    def vxlan_port(self) -> bool:
        """
        A VXLAN UDP port other than 4789 (`VxlanPort`, 10.3 and later).
        """

class HResult(enum.IntEnum):
    """
    The HRESULT codes HNS returns that kube-proxy and the CNI plugins act on (from winerror.h).

    hcsshim and hnslib test for them with `IsNotImplemented`, `IsPortAlreadyExistsError` and `IsElementNotFoundError`.
    """

    ELEMENT_NOT_FOUND: typing.ClassVar[HResult]
    ENDPOINT_NOT_FOUND: typing.ClassVar[HResult]
    FAIL: typing.ClassVar[HResult]
    INVALID_ENDPOINT: typing.ClassVar[HResult]
    INVALID_NETWORK_TYPE: typing.ClassVar[HResult]
    MANAGER_STOPPED: typing.ClassVar[HResult]
    NETWORK_ALREADY_EXISTS: typing.ClassVar[HResult]
    NETWORK_NOT_FOUND: typing.ClassVar[HResult]
    NOT_IMPLEMENTED: typing.ClassVar[HResult]
    PORT_ALREADY_EXISTS: typing.ClassVar[HResult]
    @classmethod
    def __new__(cls, value): ...
    def __format__(self, format_spec): ...

class HnsError(winnet._winnet.Error):
    """
    A call to HNS failed with an HRESULT.

    The message names the operation, the object and the code in hex and by name: `CreateLoadBalancer: HNS failed with 0x803b0013 (HCN_E_PORT_ALREADY_EXISTS): ...`.
    """

class NotFoundError(HnsError, LookupError):
    """
    A network, endpoint or load balancer looked up by id or name does not exist.

    The message is hcsshim's: `Network name "flannel.4096" not found`, `Endpoint ID "..." not found`, `LoadBalancer "..." not found`.
    """

class HnsOperation(enum.Enum):
    """
    One kind of call to HNS, named after the hcsshim function that makes it.
    """

    ADD_NAMESPACE_ENDPOINT: typing.ClassVar[HnsOperation]
    CREATE_ENDPOINT: typing.ClassVar[HnsOperation]
    CREATE_LOAD_BALANCER: typing.ClassVar[HnsOperation]
    CREATE_NETWORK: typing.ClassVar[HnsOperation]
    DELETE_ENDPOINT: typing.ClassVar[HnsOperation]
    DELETE_LOAD_BALANCER: typing.ClassVar[HnsOperation]
    DELETE_NETWORK: typing.ClassVar[HnsOperation]
    GET_ENDPOINT_BY_ID: typing.ClassVar[HnsOperation]
    GET_ENDPOINT_BY_NAME: typing.ClassVar[HnsOperation]
    GET_LOAD_BALANCER_BY_ID: typing.ClassVar[HnsOperation]
    GET_NETWORK_BY_ID: typing.ClassVar[HnsOperation]
    GET_NETWORK_BY_NAME: typing.ClassVar[HnsOperation]
    GET_VERSION: typing.ClassVar[HnsOperation]
    LIST_ENDPOINTS: typing.ClassVar[HnsOperation]
    LIST_ENDPOINTS_OF_NETWORK: typing.ClassVar[HnsOperation]
    LIST_LOAD_BALANCERS: typing.ClassVar[HnsOperation]
    LIST_NETWORKS: typing.ClassVar[HnsOperation]
    REMOVE_NAMESPACE_ENDPOINT: typing.ClassVar[HnsOperation]
    UPDATE_LOAD_BALANCER: typing.ClassVar[HnsOperation]
    @classmethod
    def __new__(cls, value): ...

class HnsCall:
    """
    One call the simulator received, in the order received.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: HnsCall) -> bool: ...
    def __repr__(self) -> str: ...
    @property
    def document(self) -> str:
        """
        The JSON document sent with a create or update (compact, as hcsshim sends it); empty for other calls.
        """
    @property
    def error(self) -> HResult | None:
        """
        The HRESULT the call failed with, or nothing when it succeeded.
        """
    @property
    def id(self) -> str:
        """
        The id or name the call was about: the id created, updated, deleted or looked up, the name looked up, or the network whose endpoints were listed; empty for plain lists.
        """
    @property
    def operation(self) -> HnsOperation:
        """
        What was asked.
        """

class HnsState:
    """
    A node's whole HNS state: what `winnet plan --hns HNS.json` reads and the CNI runner keeps between calls.

    JSON: `{"version":{"Major":15,"Minor":5},"networks":[...],"endpoints":[...], "loadBalancers":[...]}` with HCN v2 documents as hcsshim marshals them.
    """

    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def _repr_html_(state): ...
    @staticmethod
    def from_json(json: str) -> HnsState:
        """
        Parses a state document.

        Strict: throws `winnet::JsonError` naming the JSON path (for example `$.endpoints[2].IpConfigurations[0].IpAddress`) for anything it cannot read.
        """
    def __eq__(self, arg0: HnsState) -> bool: ...
    def __init__(
        self,
        *,
        version: HnsVersion = ...,
        networks: collections.abc.Sequence[Network] = [],
        endpoints: collections.abc.Sequence[Endpoint] = [],
        load_balancers: collections.abc.Sequence[LoadBalancer] = [],
    ) -> None: ...
    def __repr__(self) -> str: ...
    def to_json(self, style: JsonStyle = JsonStyle.INDENTED) -> str:
        """
        The state as JSON; objects appear as hcsshim marshals them.
        """
    @property
    def endpoints(self) -> tuple:
        """
        The endpoints: local pod endpoints, the root and source-VIP endpoints, remote endpoints, JSON `endpoints`.
        """
    @endpoints.setter
    def endpoints(self, arg1: collections.abc.Sequence[Endpoint]) -> None: ...
    @property
    def load_balancers(self) -> tuple:
        """
        The load balancers, JSON `loadBalancers`.
        """
    @load_balancers.setter
    def load_balancers(self, arg1: collections.abc.Sequence[LoadBalancer]) -> None: ...
    @property
    def networks(self) -> tuple:
        """
        The networks (created by the CNI plugin), JSON `networks`.
        """
    @networks.setter
    def networks(self, arg1: collections.abc.Sequence[Network]) -> None: ...
    @property
    def version(self) -> HnsVersion:
        """
        The HNS version of the node, JSON `version`.
        """
    @version.setter
    def version(self, arg0: HnsVersion) -> None: ...

class SimulatedHns:
    """
    An in-memory HNS for tests, examples, benchmarks and `winnet plan`.

    It behaves like the real service where kube-proxy and the CNI plugins can observe it:

    - ids are GUIDs, deterministic for a given seed, so outputs are reproducible;
    - an endpoint belongs to an existing network, and deleting a network deletes its endpoints;
    - a load balancer's backends must be existing endpoints;
    - creating (or updating to) a load balancer whose protocol and external port collide with another one on a shared frontend VIP (or, for two NodePort load balancers, on the node) fails with HCN_E_PORT_ALREADY_EXISTS (0x803b0013);
    - unknown ids and names fail with `NotFoundError`;
    - `update_load_balancer` fails with E_NOTIMPL when the version lacks ModifyLoadbalancer;
    - any namespace GUID is accepted (containerd creates namespaces, not the CNI plugin): attaching records it as the endpoint's `HostComputeNamespace`, detaching clears it;
    - MAC addresses are not assigned: an endpoint created without one keeps none.

    For tests it records every call with its document, counts them, injects faults (fail the Nth call, fail an operation, fail at random with a seeded probability, restart losing all load balancers) and adds up a simulated latency per call, for benchmarks that report ratios rather than seconds. Not thread-safe: use one from one thread.
    """
    @staticmethod
    def _repr_html_(sim): ...
    @typing.overload
    def __init__(
        self, version: HnsVersion = ..., id_seed: typing.SupportsInt | typing.SupportsIndex = 0
    ) -> None: ...
    @typing.overload
    def __init__(self, state: HnsState, id_seed: typing.SupportsInt | typing.SupportsIndex = 0) -> None: ...
    def __repr__(self) -> str: ...
    def add_namespace_endpoint(self, namespace_id: str, endpoint_id: str) -> None:
        """
        Attaches endpoint `endpoint_id` to the namespace `namespace_id` (the pod's network compartment, whose GUID containerd passes to the CNI plugin as `CNI_NETNS`), as hcsshim's `AddNamespaceEndpoint` does: `HcnModifyNamespace` with `{"ResourceType":"Endpoint","RequestType":"Add","Settings":{"EndpointId":"..."}}`.

        HNS then reports the namespace in the endpoint's `HostComputeNamespace`. Throws `NotFoundError` for an unknown endpoint. An HNS without namespaces (this base class) throws `HnsError` E_NOTIMPL.
        """
    def clear_calls(self) -> None:
        """
        Forgets the call log, the counts and the simulated time (a new measurement starts).
        """
    def clear_faults(self) -> None:
        """
        Removes every pending fault.
        """
    def count(self, operation: HnsOperation) -> int:
        """
        How many calls of `operation` were received (failed ones included).
        """
    def counts(self) -> dict[HnsOperation, int]:
        """
        The number of calls of each operation received, only operations with at least one.
        """
    def create_endpoint(self, network: Network, endpoint: Endpoint) -> Endpoint:
        """
        Creates `endpoint` on `network` and returns it with its new id (`network.CreateEndpoint`: `HostComputeNetwork` is set to the network's id).

        Local endpoints are the CNI plugin's.
        """
    def create_load_balancer(self, load_balancer: LoadBalancer) -> LoadBalancer:
        """
        Creates `load_balancer` and returns it with its new id (`HcnCreateLoadBalancer`).
        """
    def create_network(self, network: Network) -> Network:
        """
        Creates `network` and returns it as HNS stored it, with its new id (`CreateNetwork`).
        """
    def create_remote_endpoint(self, network: Network, endpoint: Endpoint) -> Endpoint:
        """
        Creates an endpoint for a pod on another node (`network.CreateRemoteEndpoint`: the `RemoteEndpoint` flag is added, then as `create_endpoint`).
        """
    def delete_endpoint(self, id: str) -> None:
        """
        Deletes the endpoint with id `id` (`DeleteEndpoint`).
        """
    def delete_load_balancer(self, id: str) -> None:
        """
        Deletes the load balancer `id` (`HcnDeleteLoadBalancer`).
        """
    def delete_network(self, id: str) -> None:
        """
        Deletes the network and, as HNS does, every endpoint on it (`DeleteNetwork`).
        """
    def fail_call(self, nth: typing.SupportsInt | typing.SupportsIndex, code: HResult = HResult.FAIL) -> None:
        """
        Makes the `nth` call from now fail with `code` (1 is the next call).
        """
    def fail_operation(
        self, operation: HnsOperation, code: HResult, times: typing.SupportsInt | typing.SupportsIndex = 1
    ) -> None:
        """
        Makes the next `times` calls of `operation` fail with `code`.
        """
    def fail_randomly(
        self,
        probability: typing.SupportsFloat | typing.SupportsIndex,
        seed: typing.SupportsInt | typing.SupportsIndex,
        code: HResult = HResult.FAIL,
    ) -> None:
        """
        Makes every call fail with probability `probability` (0 to 1), drawn from a generator seeded with `seed` so a run can be repeated.
        """
    def get_endpoint_by_id(self, id: str) -> Endpoint:
        """
        The endpoint with id `id` (`GetEndpointByID`); throws `NotFoundError` when there is none.
        """
    def get_endpoint_by_ip(self, ip: winnet._winnet.net.IpAddress | str, network: Network) -> Endpoint:
        """
        The endpoint on `network` whose first or second IP configuration is `ip`, as kube-proxy's `getEndpointByIpAddress` finds it: one `ListEndpoints` call over all networks, then the network id compared without regard to case.

        Throws `NotFoundError` ("Endpoint 10.244.1.5
        not found on network flannel.4096") when there is none.
        """
    def get_endpoint_by_name(self, name: str) -> Endpoint:
        """
        The endpoint named `name` (`GetEndpointByName`); throws `NotFoundError` when there is none.
        """
    def get_load_balancer_by_id(self, id: str) -> LoadBalancer:
        """
        The load balancer with id `id` (`GetLoadBalancerByID`); throws `NotFoundError` when there is none.
        """
    def get_network_by_id(self, id: str) -> Network:
        """
        The network with id `id` (`GetNetworkByID`); throws `NotFoundError` when there is none.
        """
    def get_network_by_name(self, name: str) -> Network:
        """
        The network named `name` (`GetNetworkByName`); throws `NotFoundError` when there is none.
        """
    def list_endpoints(self) -> list[Endpoint]:
        """
        All endpoints of all networks (`ListEndpoints`).
        """
    def list_endpoints_of_network(self, network_id: str) -> list[Endpoint]:
        """
        The endpoints attached to network `network_id` (`ListEndpointsOfNetwork`, HCN query filter `{"VirtualNetwork": id}`).
        """
    def list_load_balancers(self) -> list[LoadBalancer]:
        """
        All load balancers (`ListLoadBalancers`).
        """
    def list_networks(self) -> list[Network]:
        """
        All networks (`ListNetworks`).
        """
    def remove_namespace_endpoint(self, namespace_id: str, endpoint_id: str) -> None:
        """
        Detaches endpoint `endpoint_id` from the namespace `namespace_id` (hcsshim's `RemoveNamespaceEndpoint`, the same request with `"RequestType":"Remove"`).

        Throws `NotFoundError` when the endpoint does not exist or is not in that namespace (the CNI plugins' DEL tolerates both). An HNS without namespaces throws `HnsError` E_NOTIMPL.
        """
    def restart(self) -> None:
        """
        Simulates the HNS service restarting: every load balancer is lost (HNS keeps them only in memory), networks and endpoints stay.

        Not recorded as a call.
        """
    def set_latency(
        self, operation: HnsOperation, fixed: datetime.timedelta, per_object: datetime.timedelta = ...
    ) -> None:
        """
        Sets the simulated cost of one `operation`: `fixed` per call plus `per_object` for each object a list returns.

        Defaults are in the order of magnitude of a real node.
        """
    def state(self) -> HnsState:
        """
        Everything HNS holds now, in creation order. Does not count as a call.
        """
    def supported_features(self) -> SupportedFeatures:
        """
        The features that version supports (hcsshim's `GetCachedSupportedFeatures`).
        """
    def update_load_balancer(self, id: str, load_balancer: LoadBalancer) -> LoadBalancer:
        """
        Replaces the load balancer `id` with `load_balancer`, keeping the id (`HcnModifyLoadBalancer` with the whole document).

        HNS without ModifyLoadbalancer fails with E_NOTIMPL.
        """
    def version(self) -> HnsVersion:
        """
        The HNS version of the node (`GET /globals/version`).
        """
    @property
    def calls(self) -> tuple:
        """
        Every call received since construction or `clear_calls()`, oldest first.
        """
    @property
    def elapsed(self) -> datetime.timedelta:
        """
        The simulated time spent in HNS by the calls received since `clear_calls()`.
        """

class Table:
    """
    A table of text cells: a header row and data rows.
    """
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def _repr_html_(self) -> str: ...
    def to_html(self) -> str:
        """
        An HTML `<table>` with the cells escaped, for notebooks.
        """
    def to_text(self) -> str:
        """
        Columns padded to their widest cell, separated by two spaces, one row a line.
        """
    @property
    def header(self) -> list[str]:
        """
        The column titles.
        """
    @property
    def rows(self) -> list[list[str]]:
        """
        The data rows, each with one cell per column.
        """

class EndpointChange:
    """
    One object before and after a change that kept its id (an in-place update).
    """
    def __repr__(self) -> str: ...
    @property
    def after(self) -> Endpoint:
        """
        The object as it is now.
        """
    @property
    def before(self) -> Endpoint:
        """
        The object as it was.
        """

class LoadBalancerChange:
    """
    One object before and after a change that kept its id (an in-place update).
    """
    def __repr__(self) -> str: ...
    @property
    def after(self) -> LoadBalancer:
        """
        The object as it is now.
        """
    @property
    def before(self) -> LoadBalancer:
        """
        The object as it was.
        """

class StateDiff:
    """
    The endpoints and load balancers that differ between two HNS states, matched by id (HNS ids compare without case).

    Networks are not compared: kube-proxy and the CNI plugins' endpoint setup do not change them.
    """
    def __repr__(self) -> str: ...
    def _repr_html_(self) -> str: ...
    def empty(self) -> bool:
        """
        True when nothing differs.
        """
    @property
    def created_endpoints(self) -> tuple:
        """
        Endpoints in the second state only.
        """
    @created_endpoints.setter
    def created_endpoints(self, arg1: collections.abc.Sequence[Endpoint]) -> None: ...
    @property
    def created_load_balancers(self) -> tuple:
        """
        Load balancers in the second state only (a replaced load balancer is one deleted and one created, as HNS gives the new one a new id).
        """
    @created_load_balancers.setter
    def created_load_balancers(self, arg1: collections.abc.Sequence[LoadBalancer]) -> None: ...
    @property
    def deleted_endpoints(self) -> tuple:
        """
        Endpoints in the first state only.
        """
    @deleted_endpoints.setter
    def deleted_endpoints(self, arg1: collections.abc.Sequence[Endpoint]) -> None: ...
    @property
    def deleted_load_balancers(self) -> tuple:
        """
        Load balancers in the first state only.
        """
    @deleted_load_balancers.setter
    def deleted_load_balancers(self, arg1: collections.abc.Sequence[LoadBalancer]) -> None: ...
    @property
    def updated_endpoints(self) -> tuple:
        """
        Endpoints whose id is in both states with a different document.
        """
    @updated_endpoints.setter
    def updated_endpoints(self, arg1: collections.abc.Sequence[EndpointChange]) -> None: ...
    @property
    def updated_load_balancers(self) -> tuple:
        """
        Load balancers updated in place (HcnModifyLoadBalancer keeps the id).
        """
    @updated_load_balancers.setter
    def updated_load_balancers(self, arg1: collections.abc.Sequence[LoadBalancerChange]) -> None: ...

def call_table(calls: collections.abc.Sequence[HnsCall], full_ids: bool = False) -> Table:
    """
    A call log: sequence number, operation, id, and the HRESULT of failed calls.
    """

def conjure_mac(prefix: str, ip: winnet._winnet.net.IpAddress | str) -> str:
    """
    The MAC address kube-proxy invents for a remote endpoint (its `conjureMac`): `prefix` followed by four bytes of `ip` in lower-case hex, "-" separated.

    kube-proxy always passes the prefix "02-11" (the locally administered bit set), so 192.168.2.3 gives "02-11-c0-a8-02-03". For IPv4 the bytes are the four octets in order. For IPv6 they are bytes 15, 14, 13 and 12, the last four in reverse order: the low-order bytes are the ones that differ between pods of one pod CIDR, and the reversal is simply what kube-proxy does, kept so that the MAC matches the one kube-proxy would create. The MAC never appears on the wire (a remote endpoint has no port on this node), but HNS wants one per endpoint; collisions are possible and harmless. The prefix is used as given.
    """

def diff_states(before: HnsState, after: HnsState) -> StateDiff:
    """
    What differs between `before` and `after`, each list in the order of its state.
    """

def diff_table(diff: StateDiff, full_ids: bool = False) -> Table:
    """
    The diff as a table: one row per object with the change ("created", "updated", "deleted"), the kind ("endpoint", "load balancer"), its id (first 8 characters unless `full_ids`) and what it is: an endpoint's address and locality, a load balancer's frontend and ports.
    """

def endpoint_table(endpoints: collections.abc.Sequence[Endpoint]) -> Table:
    """
    Endpoints: id, name, local or remote, IP addresses, MAC, network (short id) and policy types.
    """

def feature_table() -> tuple:
    """
    The feature table: every feature hcsshim checks, with its version ranges, in hcsshim's order.

    ModifyLoadbalancer follows hnslib (15.5 to 15.x, 16.0 and later), which kube-proxy uses, rather than hcsshim's 15.4 and later: HNS 15.4's modify kept the old backend list (kubernetes/kubernetes#131466).
    """

def load_balancer_table(
    load_balancers: collections.abc.Sequence[LoadBalancer], full_ids: bool = False
) -> Table:
    """
    Load balancers: id, frontend VIPs, protocol and ports, flags, distribution, source VIP and backend endpoints.

    Ids are cut to their first 8 characters unless `full_ids`.
    """

def network_table(networks: collections.abc.Sequence[Network]) -> Table:
    """
    Networks: id, name, type, subnets, and the policy types they carry.
    """

@typing.overload
def policy_type(
    policy: RemoteSubnetRoutePolicySetting
    | ProviderAddressNetworkPolicySetting
    | DrMacAddressNetworkPolicySetting
    | VxlanPortPolicySetting
    | HostRoutePolicySetting
    | SourceMacAddressNetworkPolicySetting
    | NetAdapterNameNetworkPolicySetting
    | OtherNetworkPolicy,
) -> str:
    """
    The JSON `Type` of `policy`: "ProviderAddress", "OutBoundNAT" (capital B, as hcsshim spells it), "SDNRoute", "PortMapping", "ACL", "L4Proxy", "EncapOverhead", or an `OtherEndpointPolicy`'s own type.

    Overload `(const NetworkPolicy &policy)`: The JSON `Type` of a network policy: "RemoteSubnetRoute", "ProviderAddress", "DrMacAddress", "VxlanPort", "HostRoute", "SourceMacAddress", "NetAdapterName", or an `OtherNetworkPolicy`'s own type.

    Overload `(const SubnetPolicy &policy)`: The JSON `Type` of a subnet policy: "VLAN", "VSID", or an `OtherSubnetPolicy`'s own type.
    """

@typing.overload
def policy_type(policy: VlanPolicySetting | VsidPolicySetting | OtherSubnetPolicy) -> str:
    """
    The JSON `Type` of `policy`: "ProviderAddress", "OutBoundNAT" (capital B, as hcsshim spells it), "SDNRoute", "PortMapping", "ACL", "L4Proxy", "EncapOverhead", or an `OtherEndpointPolicy`'s own type.

    Overload `(const NetworkPolicy &policy)`: The JSON `Type` of a network policy: "RemoteSubnetRoute", "ProviderAddress", "DrMacAddress", "VxlanPort", "HostRoute", "SourceMacAddress", "NetAdapterName", or an `OtherNetworkPolicy`'s own type.

    Overload `(const SubnetPolicy &policy)`: The JSON `Type` of a subnet policy: "VLAN", "VSID", or an `OtherSubnetPolicy`'s own type.
    """

@typing.overload
def policy_type(
    policy: ProviderAddressEndpointPolicySetting
    | OutboundNatPolicySetting
    | SDNRoutePolicySetting
    | PortMappingPolicySetting
    | AclPolicySetting
    | L4ProxyPolicySetting
    | EncapOverheadEndpointPolicySetting
    | OtherEndpointPolicy,
) -> str:
    """
    The JSON `Type` of `policy`: "ProviderAddress", "OutBoundNAT" (capital B, as hcsshim spells it), "SDNRoute", "PortMapping", "ACL", "L4Proxy", "EncapOverhead", or an `OtherEndpointPolicy`'s own type.

    Overload `(const NetworkPolicy &policy)`: The JSON `Type` of a network policy: "RemoteSubnetRoute", "ProviderAddress", "DrMacAddress", "VxlanPort", "HostRoute", "SourceMacAddress", "NetAdapterName", or an `OtherNetworkPolicy`'s own type.

    Overload `(const SubnetPolicy &policy)`: The JSON `Type` of a subnet policy: "VLAN", "VSID", or an `OtherSubnetPolicy`'s own type.
    """

def remote_subnet_routes(network: Network) -> list[RemoteSubnetRoutePolicySetting]:
    """
    The network's RemoteSubnetRoute policies, in document order: the peer nodes' pod subnets with their provider addresses, which the Windows kube-proxy reads (as `remoteSubnets`) to give each remote pod endpoint the provider address of the node it runs on.
    """

def render_state(state: HnsState, full_ids: bool = False) -> str:
    """
    A whole node as text: its HNS version, then its networks, endpoints and load balancers.
    """

def supported_features(version: HnsVersion) -> SupportedFeatures:
    """
    The features HNS `version` supports: each is on when `version` falls in one of its ranges of `feature_table()`.
    """
