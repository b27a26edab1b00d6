"""
The Windows CNI plugins: netconfs, ADD/DEL on HNS, the CNI result.
"""

from __future__ import annotations
import collections.abc
import enum
import typing
import winnet._winnet
import winnet._winnet.hns
import winnet._winnet.net

__all__: list[str] = [
    "AddResult",
    "CmdArgs",
    "CniError",
    "CniRoute",
    "Dns",
    "ErrorCode",
    "FlannelSubnetEnv",
    "Interface",
    "IpConfig",
    "IpamConfig",
    "IpamRange",
    "NetConf",
    "OptionalFlags",
    "PluginOutput",
    "PluginType",
    "Policy",
    "PortMapping",
    "Result",
    "RuntimeConfig",
    "RuntimeDns",
    "add",
    "check",
    "containernetworking_versions",
    "del_",
    "endpoint_name",
    "flannel_delegate",
    "host_local_add",
    "is_containernetworking_plugin",
    "overlay_mac",
    "plugin_type_from_name",
    "run_plugin",
    "runtime_netconf",
    "version_json",
    "windows_container_networking_versions",
]

class PluginType(enum.Enum):
    """
    The Windows CNI plugins winnet reproduces, named by the binary a netconf's `type` runs.

    Two families: containernetworking/plugins (win-bridge, win-overlay) and microsoft/windows-container-networking (sdnbridge, sdnoverlay, nat).
    """

    NAT: typing.ClassVar[PluginType]
    SDN_BRIDGE: typing.ClassVar[PluginType]
    SDN_OVERLAY: typing.ClassVar[PluginType]
    WIN_BRIDGE: typing.ClassVar[PluginType]
    WIN_OVERLAY: typing.ClassVar[PluginType]
    @classmethod
    def __new__(cls, value): ...

class ErrorCode(enum.IntEnum):
    """
    The error codes of the CNI specification ("Error" section of SPEC.md; the constants of containernetworking/cni `pkg/types`).

    A plugin prints them in its error object on standard output and exits non-zero.
    """

    DECODING_FAILURE: typing.ClassVar[ErrorCode]
    INCOMPATIBLE_CNI_VERSION: typing.ClassVar[ErrorCode]
    INTERNAL: typing.ClassVar[ErrorCode]
    INVALID_ENVIRONMENT_VARIABLES: typing.ClassVar[ErrorCode]
    INVALID_NETWORK_CONFIG: typing.ClassVar[ErrorCode]
    INVALID_NET_NS: typing.ClassVar[ErrorCode]
    IO_FAILURE: typing.ClassVar[ErrorCode]
    TRY_AGAIN_LATER: typing.ClassVar[ErrorCode]
    UNKNOWN: typing.ClassVar[ErrorCode]
    UNKNOWN_CONTAINER: typing.ClassVar[ErrorCode]
    UNSUPPORTED_FIELD: typing.ClassVar[ErrorCode]
    @classmethod
    def __new__(cls, value): ...
    def __format__(self, format_spec): ...

class CniError(winnet._winnet.Error):
    """
    A CNI plugin failure: the error object a plugin prints (`{"code":7,"msg":"...", "details":"..."}`) as an exception.

    `what()` is the message as Go's `types.Error.Error()` gives it: `msg`, then "; details" when there are details.
    """

class PortMapping:
    """
    One host port mapping, a `runtimeConfig.portMappings` entry: what the runtime passes for a pod's `hostPort` when the netconf has `capabilities.portMappings`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: PortMapping) -> bool: ...
    def __init__(
        self,
        *,
        host_port: typing.SupportsInt | typing.SupportsIndex = 0,
        container_port: typing.SupportsInt | typing.SupportsIndex = 0,
        protocol: str = "",
        host_ip: str = "",
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def container_port(self) -> int:
        """
        The port inside the pod, JSON `containerPort`.
        """
    @container_port.setter
    def container_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def host_ip(self) -> str:
        """
        The node address the mapping listens on, JSON `hostIP`; empty means every address.
        """
    @host_ip.setter
    def host_ip(self, arg0: str) -> None: ...
    @property
    def host_port(self) -> int:
        """
        The port on the node, JSON `hostPort`.
        """
    @host_port.setter
    def host_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def protocol(self) -> str:
        """
        The protocol, JSON `protocol`: "tcp", "udp" (any case), "icmpv4", "igmp", "icmpv6", or a number ("6", "0x11").

        The plugins turn it into an IP protocol number.
        """
    @protocol.setter
    def protocol(self, arg0: str) -> None: ...

class Dns:
    """
    DNS settings as CNI writes them, the netconf's `dns` section and the result's `dns` (containernetworking/cni `types.DNS`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Dns) -> bool: ...
    def __init__(
        self,
        *,
        nameservers: collections.abc.Sequence[str] = [],
        domain: str = "",
        search: collections.abc.Sequence[str] = [],
        options: collections.abc.Sequence[str] = [],
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def domain(self) -> str:
        """
        The local domain, JSON `domain`.
        """
    @domain.setter
    def domain(self, arg0: str) -> None: ...
    @property
    def nameservers(self) -> tuple:
        """
        DNS servers, JSON `nameservers` (the kube-dns ClusterIP).
        """
    @nameservers.setter
    def nameservers(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def options(self) -> tuple:
        """
        Resolver options, JSON `options` ("ndots:5").
        """
    @options.setter
    def options(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def search(self) -> tuple:
        """
        Search suffixes, JSON `search`.
        """
    @search.setter
    def search(self, arg1: collections.abc.Sequence[str]) -> None: ...

class RuntimeDns:
    """
    The DNS settings the runtime passes for the pod, `runtimeConfig.dns` (containerd sends them when the netconf has `capabilities.dns`).

    Non-empty lists replace the netconf's static ones.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: RuntimeDns) -> bool: ...
    def __init__(
        self,
        *,
        servers: collections.abc.Sequence[str] = [],
        searches: collections.abc.Sequence[str] = [],
        options: collections.abc.Sequence[str] = [],
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def options(self) -> tuple:
        """
        Resolver options, JSON `options`; win-bridge and win-overlay do not read them, the windows-container-networking plugins do.
        """
    @options.setter
    def options(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def searches(self) -> tuple:
        """
        Search suffixes, JSON `searches`.
        """
    @searches.setter
    def searches(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def servers(self) -> tuple:
        """
        DNS servers, JSON `servers`.
        """
    @servers.setter
    def servers(self, arg1: collections.abc.Sequence[str]) -> None: ...

class RuntimeConfig:
    """
    What the runtime adds to the netconf for this one call, JSON `runtimeConfig`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: RuntimeConfig) -> bool: ...
    def __init__(
        self, *, port_mappings: collections.abc.Sequence[PortMapping] = [], dns: RuntimeDns = ...
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def dns(self) -> RuntimeDns:
        """
        The pod's DNS settings, JSON `dns`.
        """
    @dns.setter
    def dns(self, arg0: RuntimeDns) -> None: ...
    @property
    def port_mappings(self) -> tuple:
        """
        Host port mappings of the pod, JSON `portMappings`.
        """
    @port_mappings.setter
    def port_mappings(self, arg1: collections.abc.Sequence[PortMapping]) -> None: ...

class CniRoute:
    """
    A route in CNI form (`types.Route`): an IPAM route, an `additionalRoutes` entry, a result route.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: CniRoute) -> bool: ...
    def __init__(
        self, *, dst: winnet._winnet.net.IpPrefix | str, gw: winnet._winnet.net.IpAddress | str | None = None
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def dst(self) -> winnet._winnet.net.IpPrefix:
        """
        The destination, JSON `dst`.
        """
    @dst.setter
    def dst(self, arg1: winnet._winnet.net.IpPrefix | str) -> None: ...
    @property
    def gw(self) -> winnet._winnet.net.IpAddress | None:
        """
        The gateway, JSON `gw`; absent means the interface's default gateway.
        """
    @gw.setter
    def gw(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...

class IpamRange:
    """
    One address range of the host-local IPAM plugin (`ranges` entry, or the legacy top-level `subnet`, `rangeStart`, `rangeEnd` and `gateway`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: IpamRange) -> bool: ...
    def __init__(
        self,
        *,
        subnet: winnet._winnet.net.IpPrefix | str,
        range_start: winnet._winnet.net.IpAddress | str | None = None,
        range_end: winnet._winnet.net.IpAddress | str | None = None,
        gateway: winnet._winnet.net.IpAddress | str | None = None,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def gateway(self) -> winnet._winnet.net.IpAddress | None:
        """
        The gateway reported in the result and never handed out, JSON `gateway`; absent means the subnet's .1.
        """
    @gateway.setter
    def gateway(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...
    @property
    def range_end(self) -> winnet._winnet.net.IpAddress | None:
        """
        The last address handed out, JSON `rangeEnd`; absent means the address before the subnet's broadcast address.
        """
    @range_end.setter
    def range_end(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...
    @property
    def range_start(self) -> winnet._winnet.net.IpAddress | None:
        """
        The first address handed out, JSON `rangeStart`; absent means the subnet's .1.
        """
    @range_start.setter
    def range_start(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...
    @property
    def subnet(self) -> winnet._winnet.net.IpPrefix:
        """
        The subnet addresses come from, JSON `subnet` ("10.244.1.0/24").
        """
    @subnet.setter
    def subnet(self, arg1: winnet._winnet.net.IpPrefix | str) -> None: ...

class IpamConfig:
    """
    The netconf's `ipam` section: which IPAM plugin the CNI plugin delegates to, and its settings.

    winnet runs `host-local` itself (see `host_local_add`); any other type has to be given as a ready IPAM result.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: IpamConfig) -> bool: ...
    def __init__(
        self,
        *,
        type: str = "",
        subnet: str = "",
        ranges: collections.abc.Sequence[IpamRange] = [],
        routes: collections.abc.Sequence[CniRoute] = [],
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def ranges(self) -> tuple:
        """
        host-local's address ranges: the legacy top-level range first, then the first range set of `ranges`.
        """
    @ranges.setter
    def ranges(self, arg1: collections.abc.Sequence[IpamRange]) -> None: ...
    @property
    def routes(self) -> tuple:
        """
        Routes the IPAM result reports, JSON `routes`.
        """
    @routes.setter
    def routes(self, arg1: collections.abc.Sequence[CniRoute]) -> None: ...
    @property
    def subnet(self) -> str:
        """
        The subnet as written, JSON `subnet`; the windows-container-networking plugins read it to describe the network they create (gateway = its .1 unless `routes[0].gw` is set).
        """
    @subnet.setter
    def subnet(self, arg0: str) -> None: ...
    @property
    def type(self) -> str:
        """
        The IPAM plugin's binary name, JSON `type` ("host-local"); empty means no IPAM: the containernetworking plugins then leave address and gateway to HNS.
        """
    @type.setter
    def type(self, arg0: str) -> None: ...

class Policy:
    """
    One policy of the netconf: a win-bridge/win-overlay `policies` entry (`{"name","value"}`) or a windows-container-networking `AdditionalArgs` entry (`{"Name","Value"}`).

    Keys match without regard to case, as Go decodes them.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Policy) -> bool: ...
    def __init__(self, *, name: str = "", value_json: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def name(self) -> str:
        """
        What the policy is for, JSON `name`: "EndpointPolicy" puts `value` on each pod endpoint (compared without case by win-bridge and win-overlay, exactly by the sdn plugins); "NetworkPolicy" goes to a network the sdn plugins create.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def value_json(self) -> str:
        """
        The policy as compact JSON text, JSON `value`, kept as written: an HNS v1 policy (`{"Type":"OutBoundNAT","ExceptionList":[...]}`) or an HCN v2 one (`{"Type":"OutBoundNAT","Settings":{"Exceptions":[...]}}`).
        """
    @value_json.setter
    def value_json(self, arg0: str) -> None: ...

class OptionalFlags:
    """
    The windows-container-networking `optionalFlags` section.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: OptionalFlags) -> bool: ...
    def __init__(
        self,
        *,
        local_routed_port_mapping: bool = False,
        allow_acl_port_mapping: bool = False,
        force_bridge_gateway: bool = False,
        enable_dual_stack: bool = False,
        loopback_dsr: bool = False,
        gateway_from_additional_routes: bool = False,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def allow_acl_port_mapping(self) -> bool:
        """
        Each port mapping also gets an inbound allow ACL on the container port (`allowAclPortMapping`).
        """
    @allow_acl_port_mapping.setter
    def allow_acl_port_mapping(self, arg0: bool) -> None: ...
    @property
    def enable_dual_stack(self) -> bool:
        """
        IPv4 and IPv6 addresses on an existing L2Bridge network (`enableDualStack`); not modelled by winnet, ADD fails.
        """
    @enable_dual_stack.setter
    def enable_dual_stack(self, arg0: bool) -> None: ...
    @property
    def force_bridge_gateway(self) -> bool:
        """
        The pod gateway is the subnet's .2 instead of the IPAM gateway (`forceBridgeGateway`), as on flannel host-gw nodes where .2 is the host's bridge endpoint.
        """
    @force_bridge_gateway.setter
    def force_bridge_gateway(self, arg0: bool) -> None: ...
    @property
    def gateway_from_additional_routes(self) -> bool:
        """
        Takes the gateway from the `additionalRoutes` entry for 0.0.0.0/0 (`gatewayFromAdditionalRoutes`).
        """
    @gateway_from_additional_routes.setter
    def gateway_from_additional_routes(self, arg0: bool) -> None: ...
    @property
    def local_routed_port_mapping(self) -> bool:
        """
        Port mappings also apply to traffic from the node itself (`localRoutedPortMapping`: NAT flag LocalRoutedVip).
        """
    @local_routed_port_mapping.setter
    def local_routed_port_mapping(self, arg0: bool) -> None: ...
    @property
    def loopback_dsr(self) -> bool:
        """
        Lets a pod reach itself through a Service VIP (`loopbackDSR`): an OutBoundNAT policy with the pod IP as destination.
        """
    @loopback_dsr.setter
    def loopback_dsr(self, arg0: bool) -> None: ...

class NetConf:
    """
    A Windows CNI plugin's network configuration: the JSON the runtime passes on standard input, read as the plugin reads it (Go's `json.Unmarshal`: keys without regard to case, unknown keys ignored, null as absent).

    Fields of the other plugin family stay at their defaults.
    """

    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def parse(json: str) -> NetConf:
        """
        Reads a netconf as the plugin its `type` names would.

        Throws `CniError` with code DecodingFailure when the text is not a JSON object, InvalidNetworkConfig when `name` is missing or `type` names no plugin winnet models ("unsupported plugin type"), and Internal with the plugin's own prefix ("failed to load netconf: ...") and the JSON path when a field has the wrong type or an address does not parse (`$.ipam.subnet: ...`).
        """
    def __eq__(self, arg0: NetConf) -> bool: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def additional_routes(self) -> tuple:
        """
        sdn plugins: extra routes, JSON `additionalRoutes` (read for `gatewayFromAdditionalRoutes`).
        """
    @additional_routes.setter
    def additional_routes(self, arg1: collections.abc.Sequence[CniRoute]) -> None: ...
    @property
    def api_version(self) -> int:
        """
        win-bridge and win-overlay: which HNS API to use, JSON `apiVersion`; 2 is HCN v2 (containerd), anything else the v1 API of the dockershim era.
        """
    @api_version.setter
    def api_version(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def cni_version(self) -> str:
        """
        The CNI specification version of the netconf and of the result, JSON `cniVersion`.
        """
    @cni_version.setter
    def cni_version(self, arg0: str) -> None: ...
    @property
    def dns(self) -> Dns:
        """
        Static DNS settings, JSON `dns`.
        """
    @dns.setter
    def dns(self, arg0: Dns) -> None: ...
    @property
    def endpoint_mac_prefix(self) -> str:
        """
        win-overlay: the first two bytes of endpoint MACs, JSON `endpointMacPrefix` ("0E-2A" when empty).
        """
    @endpoint_mac_prefix.setter
    def endpoint_mac_prefix(self, arg0: str) -> None: ...
    @property
    def ip_masq(self) -> bool:
        """
        win-overlay: exempt the HNS network's own subnet from outbound NAT, JSON `ipMasq`.
        """
    @ip_masq.setter
    def ip_masq(self, arg0: bool) -> None: ...
    @property
    def ip_masq_network(self) -> str:
        """
        win-bridge: a CIDR exempted from outbound NAT (the cluster CIDR), JSON `ipMasqNetwork`.
        """
    @ip_masq_network.setter
    def ip_masq_network(self, arg0: str) -> None: ...
    @property
    def ipam(self) -> IpamConfig:
        """
        The IPAM section, JSON `ipam`.
        """
    @ipam.setter
    def ipam(self, arg0: IpamConfig) -> None: ...
    @property
    def loopback_dsr(self) -> bool:
        """
        win-bridge and win-overlay: loopback DSR for the pod, JSON `loopbackDSR`.
        """
    @loopback_dsr.setter
    def loopback_dsr(self, arg0: bool) -> None: ...
    @property
    def name(self) -> str:
        """
        The network name, JSON `name`: the HNS network the endpoint joins, and the second half of the endpoint name.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def optional_flags(self) -> OptionalFlags:
        """
        sdn plugins: JSON `optionalFlags`.
        """
    @optional_flags.setter
    def optional_flags(self, arg0: OptionalFlags) -> None: ...
    @property
    def plugin(self) -> PluginType:
        """
        The plugin `type` names.
        """
    @plugin.setter
    def plugin(self, arg0: PluginType) -> None: ...
    @property
    def policies(self) -> tuple:
        """
        The endpoint and network policies, in order: `policies` (win-bridge, win-overlay) or `AdditionalArgs` (sdn plugins).
        """
    @policies.setter
    def policies(self, arg1: collections.abc.Sequence[Policy]) -> None: ...
    @property
    def runtime_config(self) -> RuntimeConfig:
        """
        What the runtime added for this call, JSON `runtimeConfig`.
        """
    @runtime_config.setter
    def runtime_config(self, arg0: RuntimeConfig) -> None: ...
    @property
    def type(self) -> str:
        """
        The plugin type as written, JSON `type`.
        """
    @type.setter
    def type(self, arg0: str) -> None: ...

class FlannelSubnetEnv:
    """
    The flannel node's `subnet.env` (written by flanneld, read by the flannel CNI plugin).
    """

    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def parse(text: str, file_name: str = "/run/flannel/subnet.env") -> FlannelSubnetEnv:
        """
        Parses `KEY=value` lines as flannel's `loadFlannelSubnetEnv` does (unknown keys ignored; only the first network of a comma-separated `FLANNEL_NETWORK` is kept).

        Throws `CniError` (Internal) with flannel's message when one of the four keys is missing ("/run/flannel/
        subnet.env is missing FLANNEL_MTU, FLANNEL_IPMASQ", `file_name` naming the file) or a network or the MTU does not parse.
        """
    def __eq__(self, arg0: FlannelSubnetEnv) -> bool: ...
    def __init__(
        self,
        *,
        network: str = "",
        subnet: str = "",
        mtu: typing.SupportsInt | typing.SupportsIndex = 0,
        ip_masq: bool = False,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def ip_masq(self) -> bool:
        """
        Whether flanneld masquerades, `FLANNEL_IPMASQ`.
        """
    @ip_masq.setter
    def ip_masq(self, arg0: bool) -> None: ...
    @property
    def mtu(self) -> int:
        """
        The MTU for pods, `FLANNEL_MTU`; 0 when absent.
        """
    @mtu.setter
    def mtu(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def network(self) -> str:
        """
        The cluster's pod network, `FLANNEL_NETWORK` ("10.244.0.0/16").
        """
    @network.setter
    def network(self, arg0: str) -> None: ...
    @property
    def subnet(self) -> str:
        """
        This node's lease with the gateway address, `FLANNEL_SUBNET` ("10.244.2.1/24").
        """
    @subnet.setter
    def subnet(self, arg0: str) -> None: ...

class Interface:
    """
    An interface of the result, JSON `interfaces[]` entry (`types/100.Interface`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Interface) -> bool: ...
    def __init__(self, *, name: str = "", mac: str = "", sandbox: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def mac(self) -> typing.Any:
        """
        The MAC address as HNS reports it ("0E-2A-0a-f4-02-07"), JSON `mac`; omitted when empty.
        """
    @mac.setter
    def mac(self, arg1: str) -> None: ...
    @property
    def name(self) -> str:
        """
        The interface name, JSON `name`: win-bridge and win-overlay report the endpoint name, the sdn plugins `CNI_IFNAME`.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def sandbox(self) -> str:
        """
        The sandbox (namespace) path, JSON `sandbox`; the Windows plugins leave it empty (omitted).
        """
    @sandbox.setter
    def sandbox(self, arg0: str) -> None: ...

class IpConfig:
    """
    An address of the result, JSON `ips[]` entry (`types/100.IPConfig`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: IpConfig) -> bool: ...
    def __init__(
        self,
        *,
        address: winnet._winnet.net.IpPrefix | str,
        gateway: winnet._winnet.net.IpAddress | str | None = None,
        interface_index: typing.SupportsInt | typing.SupportsIndex | None = None,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def address(self) -> winnet._winnet.net.IpPrefix:
        """
        The pod address with the on-link prefix length, JSON `address` ("10.244.1.5/24").

        The Windows plugins take the length from the HNS network's first subnet.
        """
    @address.setter
    def address(self, arg1: winnet._winnet.net.IpPrefix | str) -> None: ...
    @property
    def gateway(self) -> winnet._winnet.net.IpAddress | None:
        """
        The pod's default gateway, JSON `gateway`; omitted when absent.
        """
    @gateway.setter
    def gateway(self, arg1: winnet._winnet.net.IpAddress | str | None) -> None: ...
    @property
    def interface_index(self) -> int | None:
        """
        The index into `interfaces` the address belongs to, JSON `interface`; the sdn plugins set 0, win-bridge and win-overlay leave it out.
        """
    @interface_index.setter
    def interface_index(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None: ...

class Result:
    """
    The result of an ADD (or of an IPAM plugin): interfaces, addresses, routes and DNS, kept in the format of CNI 1.1.0 and converted to the netconf's version when printed.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Result) -> bool: ...
    def __init__(
        self,
        *,
        interfaces: collections.abc.Sequence[Interface] = [],
        ips: collections.abc.Sequence[IpConfig] = [],
        routes: collections.abc.Sequence[CniRoute] = [],
        dns: Dns = ...,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def to_json(self, cni_version: str) -> str:
        """
        The result as `types.PrintResult(result, cni_version)` prints it: converted to `cni_version` and written by Go's `json.MarshalIndent` with four spaces, no final newline.

        1.0.0 and 1.1.0: `cniVersion`, `interfaces`, `ips` (`interface`, `address`, `gateway`), `routes`, `dns`; 0.3.0, 0.3.1 and 0.4.0 add `"version":"4"` (or "6") to each address; 0.1.0 and 0.2.0 give `ip4`/`ip6` (`ip`, `gateway`, `routes`) and `dns`. Empty lists are omitted; `dns` is always written. Throws `CniError` (IncompatibleCniVersion) for any other version, with the message of the CNI library ("unsupported CNI result version ...").
        """
    @property
    def dns(self) -> Dns:
        """
        DNS settings, JSON `dns`.
        """
    @dns.setter
    def dns(self, arg0: Dns) -> None: ...
    @property
    def interfaces(self) -> tuple:
        """
        The interfaces created, JSON `interfaces`.
        """
    @interfaces.setter
    def interfaces(self, arg1: collections.abc.Sequence[Interface]) -> None: ...
    @property
    def ips(self) -> tuple:
        """
        The addresses assigned, JSON `ips`.
        """
    @ips.setter
    def ips(self, arg1: collections.abc.Sequence[IpConfig]) -> None: ...
    @property
    def routes(self) -> tuple:
        """
        Routes, JSON `routes` (IPAM results; the Windows plugins report none).
        """
    @routes.setter
    def routes(self, arg1: collections.abc.Sequence[CniRoute]) -> None: ...

class CmdArgs:
    """
    The runtime's arguments to a plugin call, the `CNI_*` environment variables (skel's `CmdArgs`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: CmdArgs) -> bool: ...
    def __init__(
        self, *, container_id: str = "", netns: str = "", ifname: str = "eth0", args: str = ""
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def args(self) -> str:
        """
        Extra arguments, `CNI_ARGS` ("K8S_POD_NAMESPACE=default;K8S_POD_NAME=web-0"); the sdn plugins read `K8S_POD_NAMESPACE` from it.
        """
    @args.setter
    def args(self, arg0: str) -> None: ...
    @property
    def container_id(self) -> str:
        """
        The container (pod sandbox) id, `CNI_CONTAINERID`: the first half of the endpoint name.
        """
    @container_id.setter
    def container_id(self, arg0: str) -> None: ...
    @property
    def ifname(self) -> str:
        """
        The interface name, `CNI_IFNAME` ("eth0"); the sdn plugins report it in the result.
        """
    @ifname.setter
    def ifname(self, arg0: str) -> None: ...
    @property
    def netns(self) -> str:
        """
        The network namespace, `CNI_NETNS`: with containerd the GUID of the HCN namespace the endpoint is attached to; with dockershim "none" for the pause container and "container:<pause id>" for the others.
        """
    @netns.setter
    def netns(self, arg0: str) -> None: ...

class AddResult:
    """
    What an ADD did: the endpoint document sent to HNS, the endpoint as HNS holds it after the namespace attach, and the CNI result.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: AddResult) -> bool: ...
    def __repr__(self) -> str: ...
    @property
    def created(self) -> bool:
        """
        True when the plugin created the endpoint, false when it found it already there (a repeated ADD).
        """
    @created.setter
    def created(self, arg0: bool) -> None: ...
    @property
    def endpoint(self) -> winnet._winnet.hns.Endpoint:
        """
        The endpoint as HNS holds it afterwards: with its id, and attached to the namespace.
        """
    @endpoint.setter
    def endpoint(self, arg0: winnet._winnet.hns.Endpoint) -> None: ...
    @property
    def request(self) -> winnet._winnet.hns.Endpoint:
        """
        The endpoint document the plugin sent to `HcnCreateEndpoint` (its `to_json()` is the request body); empty (default) when an existing endpoint was reused.
        """
    @request.setter
    def request(self, arg0: winnet._winnet.hns.Endpoint) -> None: ...
    @property
    def result(self) -> Result:
        """
        The result, in CNI 1.1.0 form (`Result::to_json` converts it to the netconf's version).
        """
    @result.setter
    def result(self, arg0: Result) -> None: ...

class PluginOutput:
    """
    What a plugin binary writes and how it exits.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: PluginOutput) -> bool: ...
    def __init__(
        self, *, stdout_text: str = "", exit_code: typing.SupportsInt | typing.SupportsIndex = 0
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def exit_code(self) -> int:
        """
        The exit code: 0 on success, 1 after printing an error object.
        """
    @exit_code.setter
    def exit_code(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def stdout_text(self) -> str:
        """
        Standard output: the result (ADD), the version information (VERSION), nothing (DEL, CHECK), or the error object.
        """
    @stdout_text.setter
    def stdout_text(self, arg0: str) -> None: ...

def add(
    conf: NetConf, args: CmdArgs, service: winnet._winnet.hns.SimulatedHns, ipam: Result | None = None
) -> AddResult:
    """
    Runs ADD of the plugin `conf.plugin` on `service`, as the plugin does with the HCN v2 API (win-bridge and win-overlay with `apiVersion` 2, and the sdn plugins, always):

    - finds the network by `conf.name` (the sdn plugins create it when missing, from `ipam.subnet`), checks its type;
    - names the endpoint (`endpoint_name`); an existing endpoint of that name on the network is reused and re-attached (win-bridge, win-overlay) or reported as is (sdn plugins); one on another network is deleted first;
    - takes the address from `ipam` (the IPAM plugin's result: win-bridge and win-overlay read `ips[0]`, the sdn plugins the first IPv4 address), or, when `ipam` is empty and `conf.ipam.type` is "host-local", from `host_local_add` with the addresses of the network's endpoints in use;
    - computes gateway, MAC, DNS and the policies in the plugin's order, creates the endpoint and attaches it to the namespace `args.netns`.

    With `apiVersion` other than 2, win-bridge and win-overlay take the HNS v1 path, which winnet models only up to its first observable step: with a `CNI_NETNS` other than "none" (every containerd call) the endpoint must already exist, so ADD fails with "failed to find
    HNSEndpoint ..."; with "none" (the dockershim pause container) it fails with UnsupportedField, as winnet does not simulate the v1 API.

    Throws `CniError` with the plugin's message (code Internal unless the plugin uses another), for example "error while getting network cbr0: Network name \\"cbr0\\" not found", "network
    cbr0 is of unexpected type: Overlay", "IPAM plugin return is missing IP config", or IPAM's own errors. Errors of `service` are reported inside the plugin's messages.
    """

def check(conf: NetConf, args: CmdArgs, service: winnet._winnet.hns.SimulatedHns) -> None:
    """
    Runs CHECK: every one of the five plugins returns success without looking at anything (`cmdCheck` is a TODO in win-bridge and win-overlay; the sdn plugins log "CHECK is currently
    NOT implemented!").
    """

def containernetworking_versions() -> list[str]:
    """
    The CNI specification versions win-bridge and win-overlay advertise (`version.All` of the vendored CNI library): 0.1.0 to 1.1.0.
    """

def del_(conf: NetConf, args: CmdArgs, service: winnet._winnet.hns.SimulatedHns) -> None:
    """
    Runs DEL as the plugin does: the endpoint named as for ADD is detached from its namespace and deleted; a missing endpoint is success (DEL is idempotent).

    The v1 path (win-bridge and win-overlay without `apiVersion` 2) succeeds without a change when `CNI_NETNS` is empty or the endpoint does not exist and otherwise fails with UnsupportedField. IPAM release needs no step in winnet: host-local's reservations are the endpoints themselves. Throws `CniError` when HNS fails.
    """

def endpoint_name(plugin: PluginType, args: CmdArgs, network_name: str) -> str:
    """
    The name a plugin gives the pod's endpoint: "<sandbox id>_<network name>".

    win-bridge and win-overlay (`hns.ConstructEndpointName`) take the sandbox id from a dockershim `CNI_NETNS` of the form "container:<pause id>" and use `CNI_CONTAINERID` otherwise; the sdn plugins always use `CNI_CONTAINERID`.
    """

def flannel_delegate(flannel_conf_json: str, env: FlannelSubnetEnv) -> str:
    """
    The delegate netconf the flannel CNI plugin builds on Windows (flannel-io/cni-plugin `flannel_windows.go`, `doCmdAdd`) from its own netconf `flannel_conf_json` (type "flannel" with a `delegate` object) and the node's `subnet.env`: the delegate with `name` set to the outer name, `type` defaulting to "win-bridge", `ipMasq` = `FLANNEL_IPMASQ`, `ipMasqNetwork` = `FLANNEL_NETWORK`, `cniVersion` from the outer conf (else "0.2.0"), `ipam` host-local on the node's lease (the network of `FLANNEL_SUBNET`), and the outer `runtimeConfig` copied.

    Keys sorted, compact. Throws `CniError` (Internal) with flannel's messages when the delegate has a `name` or `ipam` ("'delegate' dictionary must not have 'ipam' field, it'll be set by
    flannel") or a `type` that is not a string, and (DecodingFailure) when the text is not a JSON object.
    """

def host_local_add(
    config: IpamConfig, in_use: collections.abc.Sequence[winnet._winnet.net.IpAddress | str] = []
) -> Result:
    """
    Allocates a pod address as the host-local IPAM plugin would for `config`: the first address of the range (`rangeStart`, default the subnet's .1) up to `rangeEnd` (default the address before the broadcast address) that is neither the range's gateway (default .1) nor in `in_use`.

    The result has the address with the subnet's length, the gateway, and the configured routes. winnet keeps no reservation files: `in_use` stands for them (the CNI runner passes the addresses of the endpoints already on the HNS network, so a reservation lives as long as its endpoint). Upstream host-local continues after the last address it handed out rather than from the start; both give .2 on an empty range.

    Throws `CniError` (Internal) with host-local's messages: "failed to allocate for range 0: no
    IP addresses available in range set: 10.244.1.10-10.244.1.11" when the range is exhausted; "no IP ranges specified" when there is no range; "invalid range set 0: ..." for a subnet with host bits set ("Network has host bits set. For a subnet mask of length 24 the network address
    is 10.244.2.0") or a start or end outside the subnet ("RangeStart 10.0.0.1 not in network
    10.244.1.0/24").
    """

def is_containernetworking_plugin(type: PluginType) -> bool:
    """
    True for win-bridge and win-overlay (containernetworking/plugins), false for the windows-container-networking plugins.
    """

def overlay_mac(prefix: str, ip: winnet._winnet.net.IpAddress | str) -> str:
    """
    The endpoint MAC win-overlay computes: `prefix` ("0E-2A" as written) and the four bytes of the IPv4 address in lower-case hex, 10.244.2.7 giving "0E-2A-0a-f4-02-07".

    Throws `winnet::ParseError` when `ip` is not IPv4.
    """

def plugin_type_from_name(type: str) -> PluginType | None:
    """
    The plugin a netconf `type` names: one of the five binary names, or, as the windows-container-networking code also accepts (`MapCniTypeToHcnType`), the HCN network type "L2Bridge", "Overlay" or "NAT" (exact case).

    Nothing for anything else ("l2bridge", "flannel", "calico").
    """

def run_plugin(
    environment: collections.abc.Mapping[str, str],
    stdin_data: str,
    service: winnet._winnet.hns.SimulatedHns,
    plugin: PluginType | None = None,
    flannel_subnet_env: str = "",
) -> PluginOutput:
    """
    Runs one CNI call the way the plugin binaries do through the CNI library's `skel` (`PluginMainFuncs`), with `environment` as the process environment and `stdin_data` as standard input, on `service`:

    `CNI_COMMAND` must be ADD, DEL, CHECK, STATUS or VERSION; the variables required for it must be set (ADD and CHECK: `CNI_CONTAINERID`, `CNI_NETNS`, `CNI_IFNAME`, `CNI_PATH`; DEL: all but `CNI_NETNS`), else code 4 "required env variables [CNI_NETNS] missing"; container id and interface name are checked as skel checks them.
    Except for VERSION, standard input must be JSON with a `name` (code 6 or 7), and its `cniVersion` one the plugin supports (code 1, "incompatible CNI versions").
    The plugin is `plugin` when given (the binary that was run), else the one the netconf's `type` names; a flannel netconf (`type` "flannel") is first turned into its delegate with the `subnet.env` text `flannel_subnet_env` (the file named by the netconf's `subnetFile`).
    ADD prints the result in the netconf's `cniVersion`; DEL and CHECK print nothing; STATUS succeeds; VERSION prints `version_json` (of win-bridge when no plugin is known).

    Every failure is printed as the CNI error object with exit code 1; nothing throws except std::bad_alloc.
    """

def runtime_netconf(
    conf_json: str, index: typing.SupportsInt | typing.SupportsIndex = 0, runtime: RuntimeConfig = ...
) -> str:
    """
    The netconf a runtime hands to plugin `index` of a network configuration: `conf_json` is a conflist (`{"name","cniVersion","plugins":[...]}`) or a single netconf (treated as a list of one, as containerd's go-cni does).

    As libcni's `buildOneConfig`: the list's `name` and `cniVersion` are set on the plugin, and for every capability the plugin declares true in `capabilities` that `runtime` provides (`portMappings` when it has any, `dns` when any list is non-empty), `runtimeConfig.<capability>` is set. The document passes through a Go map, so keys come out sorted and compact. Throws `CniError` (InvalidNetworkConfig) for a list without plugins, an index past the end, or text that is not JSON (DecodingFailure).
    """

def version_json(plugin: PluginType) -> str:
    """
    What VERSION prints for `plugin`: `{"cniVersion":"1.1.0","supportedVersions":[...]}` with a final newline (`json.Encoder`); "1.0.0" is the CNI library version of the sdn plugins.
    """

def windows_container_networking_versions() -> list[str]:
    """
    The versions the windows-container-networking plugins advertise (`VersionsSupported`): 0.2.0, 0.3.0, 0.4.0 and 1.0.0.
    """
