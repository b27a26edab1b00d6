/// @file
/// Endpoint policies: the per-endpoint rules HNS programs into the endpoint's VFP port (SNAT,
/// routes, provider address, port mappings, ACLs, ...), as hcsshim's `hcn.EndpointPolicy`.
#pragma once

#include <winnet/net/ip_address.hpp>
#include <winnet/net/ip_prefix.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace winnet::hns {

/// Flags of an `OutBoundNAT` or `PortMapping` endpoint policy, JSON `Flags` of its settings (a
/// bit set). hcsshim: `hcn.NatFlags`, whose constants are declared with `iota` (0, 1, 2) and
/// happen to be single bits.
enum class NatFlags : std::uint32_t {
    /// No flag (`NatFlagsNone`).
    None = 0,
    /// The NAT also applies to traffic from the host itself (`NatFlagsLocalRoutedVip`): with a
    /// port mapping, the host port is reachable from the node, not only from outside it. The
    /// sdnbridge and sdnoverlay plugins set it with `optionalFlags.localRoutedPortMapping`.
    LocalRoutedVip = 1,
    /// The mapping or NAT is for IPv6 traffic (`NatFlagsIPv6`); the dual-stack sdnbridge
    /// plugin sets it on the second, IPv6 copy of each port mapping.
    IPv6 = 2,
};

/// The union of two flag sets.
constexpr NatFlags operator|(NatFlags a, NatFlags b) {
    return static_cast<NatFlags>(static_cast<std::uint32_t>(a) | static_cast<std::uint32_t>(b));
}
/// The flags present in both sets.
constexpr NatFlags operator&(NatFlags a, NatFlags b) {
    return static_cast<NatFlags>(static_cast<std::uint32_t>(a) & static_cast<std::uint32_t>(b));
}
/// The flag names in `flags` joined by `|` ("LocalRoutedVip|IPv6"), or "None".
std::string to_string(NatFlags flags);

/// What an ACL rule does with the packets it matches, JSON `Action` of an `ACL` policy.
/// hcsshim: `hcn.ActionType`, a string.
enum class Action {
    /// Let the packets through (`"Allow"`, `ActionTypeAllow`).
    Allow,
    /// Drop the packets (`"Block"`, `ActionTypeBlock`); Calico's default-deny rule blocks
    /// everything inbound until felix programs allow rules.
    Block,
    /// Hand the packets to the next tier of rules without deciding (`"Pass"`, `ActionTypePass`);
    /// meaningful with tiered ACLs.
    Pass,
};
/// The action's JSON value: "Allow", "Block" or "Pass".
std::string to_string(Action action);

/// Which traffic an ACL rule applies to, JSON `Direction` of an `ACL` policy, seen from the
/// endpoint. hcsshim: `hcn.DirectionType`, a string.
enum class Direction {
    /// Traffic arriving at the endpoint (`"In"`, `DirectionTypeIn`): ingress to the pod.
    In,
    /// Traffic leaving the endpoint (`"Out"`, `DirectionTypeOut`): egress from the pod.
    Out,
};
/// The direction's JSON value: "In" or "Out".
std::string to_string(Direction direction);

/// Where HNS enforces an ACL rule, JSON `RuleType` of an `ACL` policy. hcsshim: `hcn.RuleType`,
/// a string.
enum class RuleType {
    /// In the host's Windows Filtering Platform, as a Windows Firewall rule (`"Host"`,
    /// `RuleTypeHost`).
    Host,
    /// In the Hyper-V switch, as a VFP rule on the endpoint's switch port (`"Switch"`,
    /// `RuleTypeSwitch`); what Calico and the sdn plugins use.
    Switch,
};
/// The rule type's JSON value: "Host" or "Switch".
std::string to_string(RuleType rule_type);

/// The `ProviderAddress` endpoint policy: the provider address (PA) of an endpoint on an overlay
/// (VXLAN) network, that is the underlay IP of the node the endpoint lives on. HNS encapsulates
/// packets for the endpoint's customer address (the pod IP) towards this PA. kube-proxy puts
/// the remote node's IP here on every remote endpoint it creates; win-overlay puts this node's
/// management IP on every local pod endpoint. JSON `{"Type":"ProviderAddress","Settings":{...}}`;
/// hcsshim: `hcn.ProviderAddressEndpointPolicySetting` (Type constant `NetworkProviderAddress`).
struct ProviderAddressEndpointPolicySetting {
    /// The node's underlay (physical network) address, JSON `ProviderAddress`; omitted when
    /// absent.
    std::optional<net::IpAddress> provider_address{};

    /// Settings are equal when every field is.
    friend bool operator==(const ProviderAddressEndpointPolicySetting&,
                           const ProviderAddressEndpointPolicySetting&) = default;
};

/// The `OutBoundNAT` endpoint policy: source NAT of the pod's egress traffic to the node's IP
/// (or `virtual_ip`), so that pods reach the outside world with an address it can route back.
/// The CNI plugins list the cluster's own ranges (pod CIDR, service CIDR, node subnet) as
/// exceptions, so pod-to-pod and pod-to-service traffic keeps the pod IP. An `OutBoundNAT`
/// with only `destinations` is loopback DSR instead: it lets a pod reach itself through a
/// Service VIP. JSON `{"Type":"OutBoundNAT","Settings":{...}}`; hcsshim:
/// `hcn.OutboundNatPolicySetting` (Type constant `OutBoundNAT`).
struct OutboundNatPolicySetting {
    /// The address to translate the source to, JSON `VirtualIP`; absent (and omitted) means the
    /// node's own address.
    std::optional<net::IpAddress> virtual_ip{};
    /// Destinations that are not translated, JSON `Exceptions`: the cluster CIDR, the service
    /// CIDR and the node subnet, as the netconf's OutBoundNAT policy and `ipMasqNetwork` give them.
    /// Omitted when empty.
    std::vector<net::IpPrefix> exceptions{};
    /// Destinations this NAT applies to, JSON `Destinations`; with `loopbackDSR` the CNI plugins
    /// put the pod's own IP here. Omitted when empty.
    std::vector<net::IpAddress> destinations{};
    /// NAT behaviour, JSON `Flags`; omitted when `None`.
    NatFlags flags = NatFlags::None;
    /// The largest share of the node's SNAT port pool this endpoint may use, JSON
    /// `MaxPortPoolUsage`; omitted when 0 (no limit).
    std::uint16_t max_port_pool_usage = 0;

    /// Settings are equal when every field is.
    friend bool operator==(const OutboundNatPolicySetting&,
                           const OutboundNatPolicySetting&) = default;
};

/// The `SDNRoute` endpoint policy: a route programmed in the endpoint's VFP port rather than in
/// the pod's routing table. The CNI plugins send the service CIDR with `NeedEncap`, so that
/// Service traffic leaves the pod through the host's vSwitch where kube-proxy's load balancers
/// catch it; L2Bridge netconfs add the node's own IP as /32 too, so that pod-to-host traffic
/// takes the same path.
/// JSON `{"Type":"SDNRoute","Settings":{...}}`; hcsshim: `hcn.SDNRoutePolicySetting` (Type
/// constant `SDNRoute`). The `"SDNROUTE"` and `"ROUTE"` spellings some deployments write are not
/// this Type: they are kept as an OtherEndpointPolicy.
struct SDNRoutePolicySetting {
    /// The destination the route covers, JSON `DestinationPrefix` (the service CIDR, or the node
    /// IP as /32); omitted when absent.
    std::optional<net::IpPrefix> destination_prefix{};
    /// The gateway, JSON `NextHop`; omitted when absent (the CNI plugins never set it).
    std::optional<net::IpAddress> next_hop{};
    /// Whether matching packets go through the host's vSwitch encapsulated (as on the overlay)
    /// instead of straight onto the pod's network, JSON `NeedEncap`; omitted when false.
    bool need_encap = false;

    /// Settings are equal when every field is.
    friend bool operator==(const SDNRoutePolicySetting&, const SDNRoutePolicySetting&) = default;
};

/// The `PortMapping` endpoint policy: a host port forwarded to a container port (a pod's
/// `hostPort`), HNS's static NAT. win-bridge and the sdn plugins create one per
/// `runtimeConfig.portMappings` entry. JSON `{"Type":"PortMapping","Settings":{...}}`; hcsshim:
/// `hcn.PortMappingPolicySetting` (Type constant `PortMapping`).
struct PortMappingPolicySetting {
    /// The IP protocol number, JSON `Protocol`: 6 (TCP) or 17 (UDP) in practice; the CNI plugins
    /// also map "icmpv4" (1), "igmp" (2) and "icmpv6" (58) and accept any number below 1024.
    /// Omitted when 0.
    std::uint32_t protocol = 0;
    /// The port inside the pod (`containerPort`), JSON `InternalPort`; omitted when 0.
    std::uint16_t internal_port = 0;
    /// The port on the host (`hostPort`), JSON `ExternalPort`; omitted when 0.
    std::uint16_t external_port = 0;
    /// The host address the mapping listens on (`hostIP`), JSON `VIP`; absent (and omitted)
    /// means every host address. win-bridge writes `"VIP":""` for that, which reads as absent.
    std::optional<net::IpAddress> vip{};
    /// NAT behaviour, JSON `Flags`; omitted when `None`.
    NatFlags flags = NatFlags::None;

    /// Settings are equal when every field is.
    friend bool operator==(const PortMappingPolicySetting&,
                           const PortMappingPolicySetting&) = default;
};

/// The `ACL` endpoint policy: one firewall rule on the endpoint. Calico applies a
/// switch-level "block everything inbound" rule at priority 65500 to each new endpoint; the
/// sdn plugins can add an inbound allow rule per port mapping. JSON
/// `{"Type":"ACL","Settings":{...}}`; hcsshim: `hcn.AclPolicySetting` (Type constant `ACL`).
struct AclPolicySetting {
    /// The IP protocols matched, JSON `Protocols`: protocol numbers as text, comma-separated
    /// ("6", "6,17"; Calico writes "256" for any protocol). Omitted when empty.
    std::string protocols{};
    /// What happens to matching packets, JSON `Action`; always written.
    Action action = Action::Allow;
    /// Whether the rule applies to traffic into or out of the endpoint, JSON `Direction`; always
    /// written.
    Direction direction = Direction::In;
    /// The endpoint-side addresses matched, JSON `LocalAddresses`: addresses and prefixes as
    /// text, comma-separated; omitted when empty (any).
    std::string local_addresses{};
    /// The peer addresses matched, JSON `RemoteAddresses`, in the same form; omitted when empty.
    std::string remote_addresses{};
    /// The endpoint-side ports matched, JSON `LocalPorts`: ports as text, comma-separated
    /// ("80,8080"); omitted when empty.
    std::string local_ports{};
    /// The peer ports matched, JSON `RemotePorts`, in the same form; omitted when empty.
    std::string remote_ports{};
    /// Where the rule is enforced, JSON `RuleType`; absent (and omitted) leaves the choice to HNS.
    std::optional<RuleType> rule_type{};
    /// The rule's priority, JSON `Priority`: lower numbers are evaluated first. Omitted when 0.
    std::uint16_t priority = 0;

    /// Settings are equal when every field is.
    friend bool operator==(const AclPolicySetting&, const AclPolicySetting&) = default;
};

/// The `L4Proxy` endpoint policy: VFP redirects the endpoint's traffic to a layer-4 proxy on
/// the node (as a service mesh sidecar would intercept it). JSON
/// `{"Type":"L4Proxy","Settings":{...}}`; hcsshim: `hcn.L4ProxyPolicySetting` (Type constant
/// `L4Proxy`; networks use the same settings).
struct L4ProxyPolicySetting {
    /// The proxy's address, JSON `IP`; omitted when absent.
    std::optional<net::IpAddress> ip{};
    /// The proxy's port, as decimal text, JSON `Port`; omitted when empty.
    std::string port{};
    /// The IP protocol redirected, JSON `Protocol` (hcsshim `ProtocolType`: 0 unknown, 1 ICMPv4,
    /// 2 IGMP, 6 TCP, 17 UDP, 58 ICMPv6); omitted when 0.
    std::uint32_t protocol = 0;
    /// Traffic that is not redirected, JSON `Exceptions`, as text; omitted when empty.
    std::vector<std::string> exceptions{};
    /// The original destination the proxy forwards to, JSON `Destination`; always written, as
    /// hcsshim gives the field no omitempty.
    std::string destination{};
    /// Whether the proxied traffic is also source-NATed, JSON `OutboundNAT`; omitted when false.
    bool outbound_nat = false;

    /// Settings are equal when every field is.
    friend bool operator==(const L4ProxyPolicySetting&, const L4ProxyPolicySetting&) = default;
};

/// The `EncapOverhead` endpoint policy: the bytes of encapsulation header the endpoint must
/// leave room for, so that HNS lowers the endpoint's MTU on an overlay network. JSON
/// `{"Type":"EncapOverhead","Settings":{...}}`; hcsshim: `hcn.EncapOverheadEndpointPolicySetting`.
struct EncapOverheadEndpointPolicySetting {
    /// The header size in bytes, JSON `Overhead` (VXLAN over IPv4 adds 50); omitted when 0.
    std::uint16_t overhead = 0;

    /// Settings are equal when every field is.
    friend bool operator==(const EncapOverheadEndpointPolicySetting&,
                           const EncapOverheadEndpointPolicySetting&) = default;
};

/// Any endpoint policy winnet does not model, kept exactly as it came: the known but unmodelled
/// hcsshim types (`QOS`, `L2Driver`, `PortName`, `Iov`, `InterfaceConstraint`, `TierAcl`,
/// `L4WFPPROXY`), spellings HNS accepts but hcsshim does not define (`SDNROUTE`, `ROUTE`), and
/// anything newer. Written back untouched, key order included, as hcsshim passes a
/// `json.RawMessage` through.
struct OtherEndpointPolicy {
    /// The policy type, JSON `Type`, exactly as written (case included).
    std::string type{};
    /// The settings, JSON `Settings`, as compact JSON text (keys in their original order, Go's
    /// HTML escaping); empty when the policy has none, and then omitted. Text set by hand is
    /// compacted when written, as `json.Marshal` compacts a `json.RawMessage`.
    std::string settings_json{};

    /// Policies are equal when type and settings text are.
    friend bool operator==(const OtherEndpointPolicy&, const OtherEndpointPolicy&) = default;
};

/// One endpoint policy, JSON `Policies[]` entry `{"Type":"...","Settings":{...}}` (hcsshim
/// `hcn.EndpointPolicy`, whose `Settings` is a `json.RawMessage` made by `json.Marshal` of the
/// settings struct). The alternative held decides the `Type`, so type and settings cannot
/// disagree; OtherEndpointPolicy keeps every type winnet does not model.
using EndpointPolicy =
    std::variant<ProviderAddressEndpointPolicySetting, OutboundNatPolicySetting,
                 SDNRoutePolicySetting, PortMappingPolicySetting, AclPolicySetting,
                 L4ProxyPolicySetting, EncapOverheadEndpointPolicySetting, OtherEndpointPolicy>;

/// The JSON `Type` of `policy`: "ProviderAddress", "OutBoundNAT" (capital B, as hcsshim spells
/// it), "SDNRoute", "PortMapping", "ACL", "L4Proxy", "EncapOverhead", or an
/// OtherEndpointPolicy's own type.
std::string policy_type(const EndpointPolicy& policy);

} // namespace winnet::hns
