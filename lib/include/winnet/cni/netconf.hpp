/// @file
/// The network configuration (netconf) of the Windows CNI plugins, as the container runtime hands
/// it to the plugin on standard input.
#pragma once

#include <winnet/net/ip_address.hpp>
#include <winnet/net/ip_prefix.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::cni {

/// The Windows CNI plugins winnet reproduces, named by the binary a netconf's `type` runs.
/// Two families: containernetworking/plugins (win-bridge, win-overlay) and
/// microsoft/windows-container-networking (sdnbridge, sdnoverlay, nat).
enum class PluginType {
    /// "win-bridge" (containernetworking/plugins `plugins/main/windows/win-bridge`): endpoints on
    /// an existing L2Bridge or L2Tunnel network, pod gateway at .2 of the pod subnet, port
    /// mappings, `ipMasqNetwork`.
    WinBridge,
    /// "win-overlay" (containernetworking/plugins `plugins/main/windows/win-overlay`): endpoints
    /// on an existing Overlay network, MAC made of `endpointMacPrefix` and the pod IP, the node's
    /// provider address, `ipMasq`.
    WinOverlay,
    /// "sdnbridge" (windows-container-networking): an L2Bridge network, created when missing;
    /// policies from `AdditionalArgs`, gateway from IPAM (or .2 with `forceBridgeGateway`).
    SdnBridge,
    /// "sdnoverlay" (windows-container-networking): the same code on an Overlay network.
    SdnOverlay,
    /// "nat" (windows-container-networking): the same code on a NAT network (container hosts,
    /// not Kubernetes pod networking).
    Nat,
};

/// The plugin's binary name: "win-bridge", "win-overlay", "sdnbridge", "sdnoverlay" or "nat".
std::string to_string(PluginType type);

/// The plugin a netconf `type` names: one of the five binary names, or, as the
/// windows-container-networking code also accepts (`MapCniTypeToHcnType`), the HCN network type
/// "L2Bridge", "Overlay" or "NAT" (exact case). Nothing for anything else ("l2bridge",
/// "flannel", "calico").
std::optional<PluginType> plugin_type_from_name(std::string_view type);

/// True for win-bridge and win-overlay (containernetworking/plugins), false for the
/// windows-container-networking plugins.
bool is_containernetworking_plugin(PluginType type);

/// One host port mapping, a `runtimeConfig.portMappings` entry: what the runtime passes for a
/// pod's `hostPort` when the netconf has `capabilities.portMappings`.
struct PortMapping {
    /// The port on the node, JSON `hostPort`.
    int host_port = 0;
    /// The port inside the pod, JSON `containerPort`.
    int container_port = 0;
    /// The protocol, JSON `protocol`: "tcp", "udp" (any case), "icmpv4", "igmp", "icmpv6", or a
    /// number ("6", "0x11"). The plugins turn it into an IP protocol number.
    std::string protocol{};
    /// The node address the mapping listens on, JSON `hostIP`; empty means every address.
    std::string host_ip{};
    /// Mappings are equal when every field is.
    friend bool operator==(const PortMapping&, const PortMapping&) = default;
};

/// DNS settings as CNI writes them, the netconf's `dns` section and the result's `dns`
/// (containernetworking/cni `types.DNS`).
struct Dns {
    /// DNS servers, JSON `nameservers` (the kube-dns ClusterIP).
    std::vector<std::string> nameservers{};
    /// The local domain, JSON `domain`.
    std::string domain{};
    /// Search suffixes, JSON `search`.
    std::vector<std::string> search{};
    /// Resolver options, JSON `options` ("ndots:5").
    std::vector<std::string> options{};
    /// Settings are equal when every field is.
    friend bool operator==(const Dns&, const Dns&) = default;
};

/// The DNS settings the runtime passes for the pod, `runtimeConfig.dns` (containerd sends them
/// when the netconf has `capabilities.dns`). Non-empty lists replace the netconf's static ones.
struct RuntimeDns {
    /// DNS servers, JSON `servers`.
    std::vector<std::string> servers{};
    /// Search suffixes, JSON `searches`.
    std::vector<std::string> searches{};
    /// Resolver options, JSON `options`; win-bridge and win-overlay do not read them, the
    /// windows-container-networking plugins do.
    std::vector<std::string> options{};
    /// Settings are equal when every field is.
    friend bool operator==(const RuntimeDns&, const RuntimeDns&) = default;
};

/// What the runtime adds to the netconf for this one call, JSON `runtimeConfig`.
struct RuntimeConfig {
    /// Host port mappings of the pod, JSON `portMappings`.
    std::vector<PortMapping> port_mappings{};
    /// The pod's DNS settings, JSON `dns`.
    RuntimeDns dns{};
    /// Runtime configurations are equal when every field is.
    friend bool operator==(const RuntimeConfig&, const RuntimeConfig&) = default;
};

/// A route in CNI form (`types.Route`): an IPAM route, an `additionalRoutes` entry, a result route.
struct CniRoute {
    /// The destination, JSON `dst`.
    net::IpPrefix dst{};
    /// The gateway, JSON `gw`; absent means the interface's default gateway.
    std::optional<net::IpAddress> gw{};
    /// Routes are equal when every field is.
    friend bool operator==(const CniRoute&, const CniRoute&) = default;
};

/// One address range of the host-local IPAM plugin (`ranges` entry, or the legacy top-level
/// `subnet`, `rangeStart`, `rangeEnd` and `gateway`).
struct IpamRange {
    /// The subnet addresses come from, JSON `subnet` ("10.244.1.0/24").
    net::IpPrefix subnet{};
    /// The first address handed out, JSON `rangeStart`; absent means the subnet's .1.
    std::optional<net::IpAddress> range_start{};
    /// The last address handed out, JSON `rangeEnd`; absent means the address before the
    /// subnet's broadcast address.
    std::optional<net::IpAddress> range_end{};
    /// The gateway reported in the result and never handed out, JSON `gateway`; absent means
    /// the subnet's .1.
    std::optional<net::IpAddress> gateway{};
    /// Ranges are equal when every field is.
    friend bool operator==(const IpamRange&, const IpamRange&) = default;
};

/// The netconf's `ipam` section: which IPAM plugin the CNI plugin delegates to, and its
/// settings. winnet runs `host-local` itself (see `host_local_add`); any other type has to be
/// given as a ready IPAM result.
struct IpamConfig {
    /// The IPAM plugin's binary name, JSON `type` ("host-local"); empty means no IPAM: the
    /// containernetworking plugins then leave address and gateway to HNS.
    std::string type{};
    /// The subnet as written, JSON `subnet`; the windows-container-networking plugins read it to
    /// describe the network they create (gateway = its .1 unless `routes[0].gw` is set).
    std::string subnet{};
    /// host-local's address ranges: the legacy top-level range first, then the first range set
    /// of `ranges`.
    std::vector<IpamRange> ranges{};
    /// Routes the IPAM result reports, JSON `routes`.
    std::vector<CniRoute> routes{};
    /// Configurations are equal when every field is.
    friend bool operator==(const IpamConfig&, const IpamConfig&) = default;
};

/// One policy of the netconf: a win-bridge/win-overlay `policies` entry (`{"name","value"}`) or
/// a windows-container-networking `AdditionalArgs` entry (`{"Name","Value"}`). Keys match
/// without regard to case, as Go decodes them.
struct Policy {
    /// What the policy is for, JSON `name`: "EndpointPolicy" puts `value` on each pod endpoint
    /// (compared without case by win-bridge and win-overlay, exactly by the sdn plugins);
    /// "NetworkPolicy" goes to a network the sdn plugins create.
    std::string name{};
    /// The policy as compact JSON text, JSON `value`, kept as written: an HNS v1 policy
    /// (`{"Type":"OutBoundNAT","ExceptionList":[...]}`) or an HCN v2 one
    /// (`{"Type":"OutBoundNAT","Settings":{"Exceptions":[...]}}`).
    std::string value_json{};
    /// Policies are equal when name and text are.
    friend bool operator==(const Policy&, const Policy&) = default;
};

/// The windows-container-networking `optionalFlags` section.
struct OptionalFlags {
    /// Port mappings also apply to traffic from the node itself (`localRoutedPortMapping`: NAT
    /// flag LocalRoutedVip).
    bool local_routed_port_mapping = false;
    /// Each port mapping also gets an inbound allow ACL on the container port
    /// (`allowAclPortMapping`).
    bool allow_acl_port_mapping = false;
    /// The pod gateway is the subnet's .2 instead of the IPAM gateway (`forceBridgeGateway`), as
    /// on flannel host-gw nodes where .2 is the host's bridge endpoint.
    bool force_bridge_gateway = false;
    /// IPv4 and IPv6 addresses on an existing L2Bridge network (`enableDualStack`); not modelled
    /// by winnet, ADD fails.
    bool enable_dual_stack = false;
    /// Lets a pod reach itself through a Service VIP (`loopbackDSR`): an OutBoundNAT policy with
    /// the pod IP as destination.
    bool loopback_dsr = false;
    /// Takes the gateway from the `additionalRoutes` entry for 0.0.0.0/0
    /// (`gatewayFromAdditionalRoutes`).
    bool gateway_from_additional_routes = false;
    /// Flags are equal when every flag is.
    friend bool operator==(const OptionalFlags&, const OptionalFlags&) = default;
};

/// A Windows CNI plugin's network configuration: the JSON the runtime passes on standard input,
/// read as the plugin reads it (Go's `json.Unmarshal`: keys without regard to case, unknown keys
/// ignored, null as absent). Fields of the other plugin family stay at their defaults.
struct NetConf {
    /// The CNI specification version of the netconf and of the result, JSON `cniVersion`.
    std::string cni_version{};
    /// The network name, JSON `name`: the HNS network the endpoint joins, and the second half of
    /// the endpoint name.
    std::string name{};
    /// The plugin type as written, JSON `type`.
    std::string type{};
    /// The plugin `type` names.
    PluginType plugin = PluginType::WinBridge;
    /// win-bridge and win-overlay: which HNS API to use, JSON `apiVersion`; 2 is HCN v2
    /// (containerd), anything else the v1 API of the dockershim era.
    int api_version = 0;
    /// The endpoint and network policies, in order: `policies` (win-bridge, win-overlay) or
    /// `AdditionalArgs` (sdn plugins).
    std::vector<Policy> policies{};
    /// win-overlay: exempt the HNS network's own subnet from outbound NAT, JSON `ipMasq`.
    bool ip_masq = false;
    /// win-bridge: a CIDR exempted from outbound NAT (the cluster CIDR), JSON `ipMasqNetwork`.
    std::string ip_masq_network{};
    /// win-bridge and win-overlay: loopback DSR for the pod, JSON `loopbackDSR`.
    bool loopback_dsr = false;
    /// win-overlay: the first two bytes of endpoint MACs, JSON `endpointMacPrefix` ("0E-2A" when
    /// empty).
    std::string endpoint_mac_prefix{};
    /// Static DNS settings, JSON `dns`.
    Dns dns{};
    /// The IPAM section, JSON `ipam`.
    IpamConfig ipam{};
    /// What the runtime added for this call, JSON `runtimeConfig`.
    RuntimeConfig runtime_config{};
    /// sdn plugins: JSON `optionalFlags`.
    OptionalFlags optional_flags{};
    /// sdn plugins: extra routes, JSON `additionalRoutes` (read for
    /// `gatewayFromAdditionalRoutes`).
    std::vector<CniRoute> additional_routes{};

    /// Reads a netconf as the plugin its `type` names would. Throws CniError with code
    /// DecodingFailure when the text is not a JSON object, InvalidNetworkConfig when `name` is
    /// missing or `type` names no plugin winnet models ("unsupported plugin type"), and Internal
    /// with the plugin's own prefix ("failed to load netconf: ...") and the JSON path when a
    /// field has the wrong type or an address does not parse (`$.ipam.subnet: ...`).
    static NetConf parse(std::string_view json);
    /// Netconfs are equal when every field is.
    friend bool operator==(const NetConf&, const NetConf&) = default;
};

/// The netconf a runtime hands to plugin `index` of a network configuration: `conf_json` is a
/// conflist (`{"name","cniVersion","plugins":[...]}`) or a single netconf (treated as a list of
/// one, as containerd's go-cni does). As libcni's `buildOneConfig`: the list's `name` and
/// `cniVersion` are set on the plugin, and for every capability the plugin declares true in
/// `capabilities` that `runtime` provides (`portMappings` when it has any, `dns` when any list is
/// non-empty), `runtimeConfig.<capability>` is set. The document passes through a Go map, so
/// keys come out sorted and compact. Throws CniError (InvalidNetworkConfig) for a list without
/// plugins, an index past the end, or text that is not JSON (DecodingFailure).
std::string runtime_netconf(std::string_view conf_json, std::size_t index,
                            const RuntimeConfig& runtime);

/// The flannel node's `subnet.env` (written by flanneld, read by the flannel CNI plugin).
struct FlannelSubnetEnv {
    /// The cluster's pod network, `FLANNEL_NETWORK` ("10.244.0.0/16").
    std::string network{};
    /// This node's lease with the gateway address, `FLANNEL_SUBNET` ("10.244.2.1/24").
    std::string subnet{};
    /// The MTU for pods, `FLANNEL_MTU`; 0 when absent.
    int mtu = 0;
    /// Whether flanneld masquerades, `FLANNEL_IPMASQ`.
    bool ip_masq = false;
    /// Parses `KEY=value` lines as flannel's `loadFlannelSubnetEnv` does (unknown keys ignored;
    /// only the first network of a comma-separated `FLANNEL_NETWORK` is kept). Throws CniError
    /// (Internal) with flannel's message when one of the four keys is missing ("/run/flannel/
    /// subnet.env is missing FLANNEL_MTU, FLANNEL_IPMASQ", `file_name` naming the file) or a
    /// network or the MTU does not parse.
    static FlannelSubnetEnv parse(std::string_view text,
                                  std::string_view file_name = "/run/flannel/subnet.env");
    /// Environments are equal when every field is.
    friend bool operator==(const FlannelSubnetEnv&, const FlannelSubnetEnv&) = default;
};

/// The delegate netconf the flannel CNI plugin builds on Windows (flannel-io/cni-plugin
/// `flannel_windows.go`, `doCmdAdd`) from its own netconf `flannel_conf_json` (type "flannel"
/// with a `delegate` object) and the node's `subnet.env`: the delegate with `name` set to the
/// outer name, `type` defaulting to "win-bridge", `ipMasq` = `FLANNEL_IPMASQ`, `ipMasqNetwork` =
/// `FLANNEL_NETWORK`, `cniVersion` from the outer conf (else "0.2.0"), `ipam` host-local on the
/// node's lease (the network of `FLANNEL_SUBNET`), and the outer `runtimeConfig` copied. Keys
/// sorted, compact. Throws CniError (Internal) with flannel's messages when the delegate has a
/// `name` or `ipam` ("'delegate' dictionary must not have 'ipam' field, it'll be set by
/// flannel") or a `type` that is not a string, and (DecodingFailure) when the text is not a JSON
/// object.
std::string flannel_delegate(std::string_view flannel_conf_json, const FlannelSubnetEnv& env);

} // namespace winnet::cni
