/// @file
/// HostComputeEndpoint: the HNS object behind a pod's network adapter (a local endpoint) or a
/// pod on another node (a remote endpoint).
#pragma once

#include <winnet/hns/common.hpp>
#include <winnet/hns/endpoint_policy.hpp>
#include <winnet/hns/schema_version.hpp>
#include <winnet/net/ip_address.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::hns {

/// Flags of an endpoint, JSON `Flags` (a bit set). hcsshim: `hcn.EndpointFlags`.
enum class EndpointFlags : std::uint32_t {
    /// A local endpoint (`EndpointFlagsNone`): a network adapter of a pod on this node, attached
    /// to a VFP port of the vSwitch. The CNI plugin creates it.
    None = 0,
    /// A remote endpoint (`EndpointFlagsRemoteEndpoint`): a pod on another node, known to HNS
    /// only so that load balancers can use it as a backend. It has no port on this node; on an
    /// overlay network HNS reaches it through its provider address. kube-proxy creates and
    /// reference-counts these (hcsshim's `CreateRemoteEndpoint` sets the flag).
    RemoteEndpoint = 1,
};

/// The union of two flag sets.
constexpr EndpointFlags operator|(EndpointFlags a, EndpointFlags b) {
    return static_cast<EndpointFlags>(static_cast<std::uint32_t>(a) |
                                      static_cast<std::uint32_t>(b));
}
/// The flags present in both sets.
constexpr EndpointFlags operator&(EndpointFlags a, EndpointFlags b) {
    return static_cast<EndpointFlags>(static_cast<std::uint32_t>(a) &
                                      static_cast<std::uint32_t>(b));
}
/// The flag names in `flags` joined by `|` ("RemoteEndpoint"), or "None".
std::string to_string(EndpointFlags flags);

/// One IP address of an endpoint, JSON `IpConfigurations[]` entry. hcsshim: `hcn.IpConfig`.
/// kube-proxy reads the first two (IPv4 and IPv6 of a dual-stack pod).
struct IpConfig {
    /// The endpoint's address (the pod IP), JSON `IpAddress`; omitted when absent, and then HNS
    /// allocates one from the network's subnet.
    std::optional<net::IpAddress> ip_address{};
    /// The on-link prefix length of `ip_address`, JSON `PrefixLength`: at most 32 for IPv4 and
    /// 128 for IPv6. Omitted when 0 (kube-proxy and the CNI plugins never set it; HNS then uses
    /// the subnet's).
    std::uint8_t prefix_length = 0;

    /// Configurations are equal when address and length are.
    friend bool operator==(const IpConfig&, const IpConfig&) = default;
};

/// An HNS endpoint (HostComputeEndpoint): a network attachment on an HNS network. A *local*
/// endpoint is a pod's network adapter on this node; the CNI plugin creates it with the pod IP,
/// gateway route, DNS and policies, and attaches it to the pod's namespace (its network
/// compartment). A *remote* endpoint (flag `RemoteEndpoint`) stands for a pod on another node;
/// kube-proxy creates it so that HNS load balancers can list it as a backend. JSON field names
/// and omission rules are hcsshim's (`hcn.HostComputeEndpoint`).
struct Endpoint {
    /// The endpoint's GUID, JSON `ID`, assigned by HNS on creation; empty (and omitted) in a
    /// document sent to `HcnCreateEndpoint`. Load balancers list endpoints by this id.
    std::string id{};
    /// The endpoint's name, JSON `Name`; the CNI plugins use "containerID_networkName".
    /// kube-proxy leaves it empty for remote endpoints. Omitted when empty.
    std::string name{};
    /// The GUID of the HNS network the endpoint is on, JSON `HostComputeNetwork`; hcsshim's
    /// `network.CreateEndpoint` fills it in. Omitted when empty.
    std::string host_compute_network{};
    /// The GUID of the namespace (the pod's network compartment) the endpoint is attached to,
    /// JSON `HostComputeNamespace`. The CNI plugins leave it empty on create and then call
    /// `AddNamespaceEndpoint` with containerd's namespace, after which HNS reports it. Omitted
    /// when empty.
    std::string host_compute_namespace{};
    /// The endpoint's policies (SNAT, SDN routes, provider address, port mappings, ACLs, ...),
    /// JSON `Policies`, in order; omitted when empty.
    std::vector<EndpointPolicy> policies{};
    /// The endpoint's addresses, JSON `IpConfigurations`; omitted when empty.
    std::vector<IpConfig> ip_configurations{};
    /// The DNS settings handed to the pod, JSON `Dns`; always written (as `{}` when empty).
    Dns dns{};
    /// Routes of the pod's network stack, JSON `Routes`: the CNI plugins add the default route
    /// via the gateway. Omitted when empty.
    std::vector<Route> routes{};
    /// The endpoint's MAC address, JSON `MacAddress`, kept as written: HNS assigns upper-case
    /// ones from the network's MAC pool ("00-15-5D-52-C0-00"); kube-proxy writes lower-case
    /// conjured ones for remote endpoints ("02-11-c0-a8-02-03"); win-overlay writes its prefix
    /// and the IPv4 bytes ("0E-2A-0a-f4-02-07"). Checked to be a MAC when parsed; omitted when
    /// empty.
    std::string mac_address{};
    /// Local or remote, JSON `Flags`; omitted when `None`.
    EndpointFlags flags = EndpointFlags::None;
    /// Health as HNS reports it, JSON `Health`; always written (as `{"Extra":{}}` when empty).
    Health health{};
    /// The document schema, JSON `SchemaVersion`; always written, 2.0 for HCN v2. A parsed
    /// document without it gets 2.0 (Go would leave 0.0; no HCN v2 object has that schema).
    SchemaVersion schema_version{};

    /// True when the `RemoteEndpoint` flag is set: the endpoint stands for a pod on another
    /// node (kube-proxy's `isLocal` is the opposite).
    [[nodiscard]] bool is_remote() const {
        return (flags & EndpointFlags::RemoteEndpoint) == EndpointFlags::RemoteEndpoint;
    }

    /// The document as hcsshim marshals it: field order `ID`, `Name`, `HostComputeNetwork`,
    /// `HostComputeNamespace`, `Policies`, `IpConfigurations`, `Dns`, `Routes`, `MacAddress`,
    /// `Flags`, `Health`, `SchemaVersion`; empty fields omitted (`json:",omitempty"`), except
    /// the structs `Dns`, `Health` and `SchemaVersion`, which Go always writes. Each policy's
    /// `Settings` are written as `json.Marshal` writes the hcsshim settings struct (its field
    /// order and omitempty rules); an OtherEndpointPolicy's are written as they came, compacted.
    /// Throws winnet::JsonError at `$.Policies[i].Settings` when an OtherEndpointPolicy's
    /// `settings_json` is not JSON (as `json.Marshal` fails on such a `json.RawMessage`).
    [[nodiscard]] std::string to_json(JsonStyle style = JsonStyle::Compact) const;

    /// Parses a HostComputeEndpoint document, as HNS returns it or hcsshim marshals it.
    /// Strict: throws winnet::JsonError naming the JSON path for text that is not JSON, a value
    /// of the wrong type, an unknown field (also inside the settings of a modelled policy type),
    /// an address, prefix or MAC that does not parse, a prefix length too long for its address
    /// family, a port or number out of range, an unknown ACL action, direction or rule type, a
    /// policy without a `Type` or a modelled policy without `Settings`, or a flag bit HNS does
    /// not define. `null` counts as absent, as in Go. Settings of a modelled type are re-written
    /// in hcsshim's field order, so a document whose settings came from elsewhere (the CNI
    /// plugins write some by hand) reads fine but is written back in hcsshim's form.
    static Endpoint from_json(std::string_view json);

    /// Endpoints are equal when every field is.
    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

/// The MAC address kube-proxy invents for a remote endpoint (its `conjureMac`): `prefix`
/// followed by four bytes of `ip` in lower-case hex, "-" separated. kube-proxy always passes
/// the prefix "02-11" (the locally administered bit set), so 192.168.2.3 gives
/// "02-11-c0-a8-02-03". For IPv4 the bytes are the four octets in order. For IPv6 they are
/// bytes 15, 14, 13 and 12, the last four in reverse order: the low-order bytes are the ones
/// that differ between pods of one pod CIDR, and the reversal is simply what kube-proxy does,
/// kept so that the MAC matches the one kube-proxy would create. The MAC never appears on the wire
/// (a remote endpoint has no port on this node), but HNS wants one per endpoint; collisions are
/// possible and harmless. The prefix is used as given.
std::string conjure_mac(std::string_view prefix, const net::IpAddress& ip);

} // namespace winnet::hns
