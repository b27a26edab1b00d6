/// @file
/// HostComputeNetwork: the HNS network (a Hyper-V virtual switch plus its VFP rules) that every
/// pod endpoint of a Windows node is attached to, with its network and subnet policies.
#pragma once

#include <winnet/hns/common.hpp>
#include <winnet/hns/schema_version.hpp>
#include <winnet/net/ip_address.hpp>
#include <winnet/net/ip_prefix.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace winnet::hns {

/// The kind of HNS network, JSON `Type` of the network (a string). It decides how pod traffic
/// leaves the node. hcsshim: `hcn.NetworkType`. The Windows kube-proxy compares the name with
/// "overlay" case-insensitively to choose its overlay code path; winnet reads it exactly.
enum class NetworkType {
    /// "NAT": pods sit behind the host's address on an internal vSwitch (WinNAT); the default
    /// network of Docker and of the `nat` CNI plugin, not used for Kubernetes pod networking.
    NAT,
    /// "Transparent": pods bridge straight onto the physical network through an external
    /// vSwitch, each with a MAC address of its own on the wire.
    Transparent,
    /// "L2Bridge": pods share the node's MAC on the wire; VFP rewrites the MAC between the vNICs
    /// and the physical NIC. Pod subnets are routed between nodes by the underlay (flannel
    /// host-gw, win-bridge, sdnbridge, Azure CNI).
    L2Bridge,
    /// "L2Tunnel": like L2Bridge, but every packet, even between pods of one node, is sent to the
    /// physical switch (the Azure SDN host forwards it); used by Azure CNI in tunnel mode.
    L2Tunnel,
    /// "ICS": Internet Connection Sharing, the Windows "Default Switch"; never used by Kubernetes.
    ICS,
    /// "Private": an internal vSwitch with no host or external connectivity.
    Private,
    /// "Overlay": pod traffic between nodes is VXLAN-encapsulated by VFP, the pod subnet being
    /// the customer address space and node IPs the provider addresses (flannel vxlan,
    /// win-overlay, sdnoverlay, Calico VXLAN).
    Overlay,
};

/// Flags of a network, JSON `Flags` of the network (a bit set). hcsshim: `hcn.NetworkFlags`.
enum class NetworkFlags : std::uint32_t {
    /// No flag (`hcn.None`): the network is persisted and survives a reboot.
    None = 0,
    /// The network is not persisted: HNS deletes it on reboot (`hcn.EnableNonPersistent`).
    /// flanneld sets it on the overlay network it creates, and re-creates the network on start.
    EnableNonPersistent = 8,
    /// No host port is created on the vSwitch, so the host has no vNIC on the network
    /// (`hcn.DisableHostPort`).
    DisableHostPort = 1024,
    /// SR-IOV: endpoints may use virtual functions of the physical NIC, bypassing the vSwitch
    /// data path (`hcn.EnableIov`).
    EnableIov = 8192,
};

/// Flags of a subnet, JSON `Flags` of a `Subnets[]` entry (a bit set).
/// hcsshim: `hcn.SubnetFlags`.
enum class SubnetFlags : std::uint32_t {
    /// No flag (`SubnetFlagsNone`): HNS reserves the gateway address of the subnet.
    None = 0,
    /// HNS does not reserve the gateway address (`SubnetFlagsDoNotReserveGatewayAddress`), so
    /// the gateway may be the node's management IP.
    DoNotReserveGatewayAddress = 1,
};

/// The union of two flag sets.
constexpr NetworkFlags operator|(NetworkFlags a, NetworkFlags b) {
    return static_cast<NetworkFlags>(static_cast<std::uint32_t>(a) | static_cast<std::uint32_t>(b));
}
/// The flags present in both sets.
constexpr NetworkFlags operator&(NetworkFlags a, NetworkFlags b) {
    return static_cast<NetworkFlags>(static_cast<std::uint32_t>(a) & static_cast<std::uint32_t>(b));
}
/// The union of two flag sets.
constexpr SubnetFlags operator|(SubnetFlags a, SubnetFlags b) {
    return static_cast<SubnetFlags>(static_cast<std::uint32_t>(a) | static_cast<std::uint32_t>(b));
}
/// The flags present in both sets.
constexpr SubnetFlags operator&(SubnetFlags a, SubnetFlags b) {
    return static_cast<SubnetFlags>(static_cast<std::uint32_t>(a) & static_cast<std::uint32_t>(b));
}

/// The type's JSON name, as HNS spells it ("L2Bridge", "Overlay").
std::string to_string(NetworkType type);
/// The flag names in `flags` joined by `|` ("EnableNonPersistent|DisableHostPort"), or "None".
std::string to_string(NetworkFlags flags);
/// The flag names in `flags` joined by `|` ("DoNotReserveGatewayAddress"), or "None".
std::string to_string(SubnetFlags flags);

// ---------------------------------------------------------------------------------------------
// Network policies. Each modelled policy Type has one struct, named as hcsshim names its settings
// struct; the struct's fields are the JSON `Settings` of the policy.

/// The `RemoteSubnetRoute` network policy: a route to the pod subnet of another node of an overlay
/// network. VFP encapsulates packets for `destination_prefix` in VXLAN with VNI `isolation_id`
/// and sends them to that node's provider address, with the node's DR MAC as inner destination
/// MAC. flanneld (vxlan backend) adds one per peer node lease; the Windows kube-proxy reads them
/// to find the provider address of remote pods. JSON
/// `{"Type":"RemoteSubnetRoute","Settings":{...}}`; hcsshim: `hcn.RemoteSubnetRoutePolicySetting`,
/// whose fields have no omitempty: all four are always written, and all four are required when
/// parsing.
struct RemoteSubnetRoutePolicySetting {
    /// The remote node's pod subnet (the customer address space reached through it), JSON
    /// `DestinationPrefix`; kept with host bits as written.
    net::IpPrefix destination_prefix;
    /// The VXLAN network identifier (VNI, the VSID of the overlay), JSON `IsolationId`: flannel's
    /// VNI, 4096 by default. A uint16 in hcsshim, although VXLAN VNIs have 24 bits.
    std::uint16_t isolation_id = 0;
    /// The remote node's provider address: its IP on the underlay (physical) network, the outer
    /// destination of the VXLAN packets, JSON `ProviderAddress`.
    net::IpAddress provider_address;
    /// The remote node's distributed router MAC (its VTEP MAC, the DR MAC of its overlay
    /// network), JSON `DistributedRouterMacAddress`. Checked as a MAC address but kept as
    /// written: flannel writes Go's `net.HardwareAddr` form "00:15:5d:01:02:0b", hcsshim's tests
    /// "00-12-34-56-78-9a".
    std::string distributed_router_mac_address;

    /// Settings are equal when every field is (the MAC compared as written).
    friend bool operator==(const RemoteSubnetRoutePolicySetting&,
                           const RemoteSubnetRoutePolicySetting&) = default;
};

/// The `ProviderAddress` network policy: the provider address (PA) of this node on an overlay
/// network, that is the management IP of its physical adapter on the underlay, the source of its
/// VXLAN packets. HNS adds it when it creates the network; flanneld waits for it. JSON
/// `{"Type":"ProviderAddress","Settings":{...}}`; hcsshim:
/// `hcn.ProviderAddressNetworkPolicySetting` (the endpoint variant is
/// ProviderAddressEndpointPolicySetting).
struct ProviderAddressNetworkPolicySetting {
    /// The node's IP on the underlay, JSON `ProviderAddress`; omitted when absent (omitempty), and
    /// an empty string parses as absent.
    std::optional<net::IpAddress> provider_address;

    /// Settings are equal when their addresses are.
    friend bool operator==(const ProviderAddressNetworkPolicySetting&,
                           const ProviderAddressNetworkPolicySetting&) = default;
};

/// The `DrMacAddress` network policy: the distributed router MAC of an overlay network, the MAC
/// the node's VFP answers with as the pods' gateway and as VXLAN tunnel endpoint (VTEP). HNS
/// assigns it; flanneld reads it and publishes it in its lease as `VtepMAC`, which the other
/// nodes put into their RemoteSubnetRoute policies. JSON
/// `{"Type":"DrMacAddress","Settings":{...}}`; hcsshim: `hcn.DrMacAddressNetworkPolicySetting`.
struct DrMacAddressNetworkPolicySetting {
    /// The DR MAC, JSON `Address`; checked as a MAC address but kept as written; omitted when
    /// empty (omitempty).
    std::string address;

    /// Settings are equal when their addresses are, as written.
    friend bool operator==(const DrMacAddressNetworkPolicySetting&,
                           const DrMacAddressNetworkPolicySetting&) = default;
};

/// The `VxlanPort` network policy: the UDP port VXLAN packets of an overlay network use. JSON
/// `{"Type":"VxlanPort","Settings":{"Port":4789}}`; hcsshim: `hcn.VxlanPortPolicySetting`, whose
/// `Port` has no omitempty. Flannel on Windows never sets it and accepts only the default 4789.
struct VxlanPortPolicySetting {
    /// The UDP destination port of the VXLAN encapsulation, JSON `Port` (4789 is the IANA
    /// port); always written, and required when parsing.
    std::uint16_t port = 0;

    /// Settings are equal when their ports are.
    friend bool operator==(const VxlanPortPolicySetting&, const VxlanPortPolicySetting&) = default;
};

/// The `HostRoute` network policy: lets the host reach the local pods of the network through the
/// vSwitch (host to local pod connectivity on overlay networks; Windows build 18321 and later).
/// flanneld adds it after it creates its overlay network. hcsshim defines the Type but no
/// settings struct (winnet names this one as hcsshim would): it is written as
/// `{"Type":"HostRoute","Settings":{}}`, as hcsshim's tests and flanneld send it, and parses from
/// `{}` or from absent Settings.
struct HostRoutePolicySetting {
    /// All HostRoute policies are equal: they carry no settings.
    friend bool operator==(const HostRoutePolicySetting&, const HostRoutePolicySetting&) = default;
};

/// The `SourceMacAddress` network policy: the source MAC of the network's traffic on the physical
/// network. JSON `{"Type":"SourceMacAddress","Settings":{...}}`; hcsshim:
/// `hcn.SourceMacAddressNetworkPolicySetting`.
struct SourceMacAddressNetworkPolicySetting {
    /// The MAC, JSON `SourceMacAddress`; checked as a MAC address but kept as written; omitted
    /// when empty (omitempty).
    std::string source_mac_address;

    /// Settings are equal when their MACs are, as written.
    friend bool operator==(const SourceMacAddressNetworkPolicySetting&,
                           const SourceMacAddressNetworkPolicySetting&) = default;
};

/// The `NetAdapterName` network policy: the physical adapter the network's external vSwitch binds
/// to. flanneld sets it to the interface it uses (`--iface`) when it creates its network. JSON
/// `{"Type":"NetAdapterName","Settings":{...}}`; hcsshim:
/// `hcn.NetAdapterNameNetworkPolicySetting`.
struct NetAdapterNameNetworkPolicySetting {
    /// The adapter's name as Windows shows it (for example "Ethernet"), JSON
    /// `NetworkAdapterName`; omitted when empty (omitempty).
    std::string network_adapter_name;

    /// Settings are equal when their adapter names are.
    friend bool operator==(const NetAdapterNameNetworkPolicySetting&,
                           const NetAdapterNameNetworkPolicySetting&) = default;
};

/// A network policy of a Type winnet does not model (`VSwitchExtension`, `AutomaticDNS`,
/// `InterfaceConstraint`, `SetPolicy`, `L4Proxy`, `LayerConstraint`, `NetworkACL`, or one newer
/// than winnet), kept exactly as it came and written back untouched, key order included, as
/// hcsshim passes a `json.RawMessage` through. A Type differing from a modelled one only in
/// letter case lands here too, since hcsshim's users compare Types exactly.
struct OtherNetworkPolicy {
    /// The policy Type, JSON `Type`, exactly as written (case included).
    std::string type;
    /// The Settings, JSON `Settings`, as compact JSON text (keys in their original order, Go's
    /// HTML escaping); empty when the policy has none, and then omitted. Text set by hand is
    /// compacted when written, as `json.Marshal` compacts a `json.RawMessage`.
    std::string settings_json;

    /// Policies are equal when type and settings text are.
    friend bool operator==(const OtherNetworkPolicy&, const OtherNetworkPolicy&) = default;
};

/// One network policy, JSON `Policies[]` entry `{"Type":"...","Settings":{...}}` (hcsshim
/// `hcn.NetworkPolicy`, whose `Settings` is a `json.RawMessage` made by `json.Marshal` of the
/// settings struct). The alternative held decides the `Type`, so type and settings cannot
/// disagree; OtherNetworkPolicy keeps every type winnet does not model.
using NetworkPolicy =
    std::variant<RemoteSubnetRoutePolicySetting, ProviderAddressNetworkPolicySetting,
                 DrMacAddressNetworkPolicySetting, VxlanPortPolicySetting, HostRoutePolicySetting,
                 SourceMacAddressNetworkPolicySetting, NetAdapterNameNetworkPolicySetting,
                 OtherNetworkPolicy>;

// ---------------------------------------------------------------------------------------------
// Subnets, IPAM, MAC pool

/// The `VLAN` subnet policy: isolates a subnet with 802.1Q VLAN tagging, the vSwitch tagging the
/// subnet's traffic with the VLAN id. JSON `{"Type":"VLAN","Settings":{"IsolationId":...}}`;
/// hcsshim: `hcn.VlanPolicySetting`.
struct VlanPolicySetting {
    /// The VLAN id, JSON `IsolationId` (a uint32 in hcsshim; 802.1Q ids are 1 to 4094). Always
    /// written (no omitempty) and required when parsing.
    std::uint32_t isolation_id = 0;

    /// Settings are equal when their ids are.
    friend bool operator==(const VlanPolicySetting&, const VlanPolicySetting&) = default;
};

/// The `VSID` subnet policy: isolates a subnet of an overlay network with a virtual subnet id,
/// the VXLAN VNI its packets carry between nodes (flannel's VNI, 4096 by default). JSON
/// `{"Type":"VSID","Settings":{"IsolationId":4096}}`; hcsshim: `hcn.VsidPolicySetting`.
struct VsidPolicySetting {
    /// The VSID (VXLAN VNI, 24 bits on the wire), JSON `IsolationId` (a uint32 in hcsshim).
    /// Always written (no omitempty) and required when parsing.
    std::uint32_t isolation_id = 0;

    /// Settings are equal when their ids are.
    friend bool operator==(const VsidPolicySetting&, const VsidPolicySetting&) = default;
};

/// A subnet policy of a Type other than "VLAN" or "VSID", kept exactly as it came and written
/// back untouched, key order included.
struct OtherSubnetPolicy {
    /// The policy Type, JSON `Type`, exactly as written (case included).
    std::string type;
    /// The Settings, JSON `Settings`, as compact JSON text (keys in their original order, Go's
    /// HTML escaping); empty when the policy has none, and then omitted. Text set by hand is
    /// compacted when written, as `json.Marshal` compacts a `json.RawMessage`.
    std::string settings_json;

    /// Policies are equal when type and settings text are.
    friend bool operator==(const OtherSubnetPolicy&, const OtherSubnetPolicy&) = default;
};

/// One subnet policy, JSON `Policies[]` entry of a subnet,
/// `{"Type":"VSID","Settings":{"IsolationId":4096}}`. hcsshim keeps these as `json.RawMessage`s,
/// each the marshalled `hcn.SubnetPolicy`; the alternative held decides the `Type`.
using SubnetPolicy = std::variant<VlanPolicySetting, VsidPolicySetting, OtherSubnetPolicy>;

/// A subnet of a network's address space, JSON `Subnets[]` entry of an `Ipams` entry: the pod
/// subnet of the node (its flannel lease or host-local range) with the pods' gateway route.
/// hcsshim: `hcn.Subnet`.
struct Subnet {
    /// The subnet, JSON `IpAddressPrefix` (for example "10.244.2.0/24"); omitted when absent, and
    /// an empty string parses as absent.
    std::optional<net::IpPrefix> ip_address_prefix;
    /// Isolation of the subnet (VSID on overlay networks, VLAN), JSON `Policies`; omitted when
    /// empty.
    std::vector<SubnetPolicy> policies;
    /// Routes of the subnet, JSON `Routes`: the gateway route (`0.0.0.0/0` via the subnet's
    /// first address); omitted when empty.
    std::vector<Route> routes;
    /// Flags of the subnet, JSON `Flags`; omitted when `None`.
    SubnetFlags flags = SubnetFlags::None;

    /// Subnets are equal when every field is.
    friend bool operator==(const Subnet&, const Subnet&) = default;
};

/// An address space of a network (IP address management), JSON `Ipams[]` entry.
/// hcsshim: `hcn.Ipam`.
struct Ipam {
    /// How addresses are assigned, JSON `Type`: "Static" (the CNI's IPAM picks each endpoint's
    /// address, as with every Kubernetes network) or "DHCP". Empty means absent and is omitted;
    /// any other value, including another letter case, is rejected when parsing.
    std::string type;
    /// The subnets of the address space, JSON `Subnets`; omitted when empty.
    std::vector<Subnet> subnets;

    /// Address spaces are equal when every field is.
    friend bool operator==(const Ipam&, const Ipam&) = default;
};

/// A range of MAC addresses HNS hands to the endpoints of a network, JSON `Ranges[]` entry of
/// `MacPool`. hcsshim: `hcn.MacRange`.
struct MacRange {
    /// The first MAC of the range, JSON `StartMacAddress` ("00-15-5D-52-C0-00"); checked as a MAC
    /// address but kept as written; omitted when empty.
    std::string start_mac_address;
    /// The last MAC of the range, JSON `EndMacAddress` ("00-15-5D-52-CF-FF"); checked as a MAC
    /// address but kept as written; omitted when empty.
    std::string end_mac_address;

    /// Ranges are equal when both ends are, as written.
    friend bool operator==(const MacRange&, const MacRange&) = default;
};

/// The MAC addresses HNS may assign to the network's endpoints, JSON `MacPool`. Always written
/// (as `{}` when empty), since Go's omitempty never omits a struct. hcsshim: `hcn.MacPool`.
struct MacPool {
    /// The ranges, JSON `Ranges`; omitted when empty (HNS then uses the host's Hyper-V pool).
    std::vector<MacRange> ranges;

    /// Pools are equal when their ranges are.
    friend bool operator==(const MacPool&, const MacPool&) = default;
};

// ---------------------------------------------------------------------------------------------
// The network

/// An HNS network (HostComputeNetwork): a Hyper-V virtual switch with the VFP rules and address
/// spaces of one pod network on the node. The node's network agent (flanneld, calico-node, a setup
/// script) creates it; the CNI plugin attaches each pod's endpoint to it; the Windows kube-proxy
/// finds it by name and reads its type and remote subnet routes. JSON field names, order and
/// omission rules are hcsshim's (`hcn.HostComputeNetwork`).
struct Network {
    /// The network's GUID, JSON `ID`, assigned by HNS on creation; empty (and omitted) in a
    /// document sent to `HcnCreateNetwork`.
    std::string id;
    /// The network's name, JSON `Name` ("flannel.4096", "cbr0", "nat"): what kube-proxy's
    /// `networkName` and the CNI config's `name` refer to. Omitted when empty.
    std::string name;
    /// The kind of network, JSON `Type`; omitted when absent, and an empty string parses as
    /// absent.
    std::optional<NetworkType> type;
    /// The network policies, JSON `Policies` (remote subnet routes, provider address, DR MAC,
    /// ...); omitted when empty.
    std::vector<NetworkPolicy> policies;
    /// The MAC pool of the endpoints, JSON `MacPool`; always written.
    MacPool mac_pool;
    /// DNS settings of the network, JSON `Dns`; always written.
    Dns dns;
    /// The address spaces, JSON `Ipams`; omitted when empty.
    std::vector<Ipam> ipams;
    /// Flags of the network (non-persistent, no host port, SR-IOV), JSON `Flags`; omitted when
    /// `None`.
    NetworkFlags flags = NetworkFlags::None;
    /// The network's health as HNS reports it in query results, JSON `Health`; always written.
    Health health;
    /// The document schema, JSON `SchemaVersion`; always written, 2.0 for HCN v2. A parsed
    /// document without it gets 2.0 (Go would leave 0.0; no HCN v2 object has that schema).
    SchemaVersion schema_version;

    /// The document as hcsshim marshals it: field order `ID`, `Name`, `Type`, `Policies`,
    /// `MacPool`, `Dns`, `Ipams`, `Flags`, `Health`, `SchemaVersion`; empty fields omitted
    /// (`json:",omitempty"`); `MacPool`, `Dns`, `Health` and `SchemaVersion` always present; each
    /// policy's Settings laid out as `json.Marshal` lays out its hcsshim settings struct.
    /// Throws winnet::JsonError naming the policy's Settings path when the `settings_json` of an
    /// OtherNetworkPolicy or OtherSubnetPolicy is not valid JSON (Go's `json.Marshal` fails then
    /// too).
    [[nodiscard]] std::string to_json(JsonStyle style = JsonStyle::Compact) const;

    /// Parses a HostComputeNetwork document, as HNS returns it or hcsshim marshals it.
    /// Strict: throws winnet::JsonError naming the JSON path for text that is not JSON, a value
    /// of the wrong type, an unknown field (in the network, its subnets, or the Settings of a
    /// modelled policy), a network Type or Ipam Type that HNS does not define, an address,
    /// prefix or MAC that does not parse, a number outside its Go type, a flag bit HNS does not
    /// define, a policy without a Type, or a modelled policy without its Settings or a required
    /// setting. Policies of other Types are kept verbatim. `null` counts as absent, as in Go.
    static Network from_json(std::string_view json);

    /// Networks are equal when every field is.
    friend bool operator==(const Network&, const Network&) = default;
};

/// The JSON `Type` of a network policy: "RemoteSubnetRoute", "ProviderAddress", "DrMacAddress",
/// "VxlanPort", "HostRoute", "SourceMacAddress", "NetAdapterName", or an OtherNetworkPolicy's own
/// type.
std::string policy_type(const NetworkPolicy& policy);
/// The JSON `Type` of a subnet policy: "VLAN", "VSID", or an OtherSubnetPolicy's own type.
std::string policy_type(const SubnetPolicy& policy);

/// The network's RemoteSubnetRoute policies, in document order: the peer nodes' pod subnets with
/// their provider addresses, which the Windows kube-proxy reads (as `remoteSubnets`) to give each
/// remote pod endpoint the provider address of the node it runs on.
std::vector<RemoteSubnetRoutePolicySetting> remote_subnet_routes(const Network& network);

} // namespace winnet::hns
