/// @file
/// The CNI result: what a plugin prints after a successful ADD, in the format of the netconf's
/// `cniVersion`.
#pragma once

#include <winnet/cni/netconf.hpp>
#include <winnet/net/ip_address.hpp>
#include <winnet/net/ip_prefix.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::cni {

/// An interface of the result, JSON `interfaces[]` entry (`types/100.Interface`).
struct Interface {
    /// The interface name, JSON `name`: win-bridge and win-overlay report the endpoint name,
    /// the sdn plugins `CNI_IFNAME`.
    std::string name{};
    /// The MAC address as HNS reports it ("0E-2A-0a-f4-02-07"), JSON `mac`; omitted when empty.
    std::string mac{};
    /// The sandbox (namespace) path, JSON `sandbox`; the Windows plugins leave it empty
    /// (omitted).
    std::string sandbox{};
    /// Interfaces are equal when every field is.
    friend bool operator==(const Interface&, const Interface&) = default;
};

/// An address of the result, JSON `ips[]` entry (`types/100.IPConfig`).
struct IpConfig {
    /// The pod address with the on-link prefix length, JSON `address` ("10.244.1.5/24"). The
    /// Windows plugins take the length from the HNS network's first subnet.
    net::IpPrefix address{};
    /// The pod's default gateway, JSON `gateway`; omitted when absent.
    std::optional<net::IpAddress> gateway{};
    /// The index into `interfaces` the address belongs to, JSON `interface`; the sdn plugins
    /// set 0, win-bridge and win-overlay leave it out.
    std::optional<int> interface_index{};
    /// Addresses are equal when every field is.
    friend bool operator==(const IpConfig&, const IpConfig&) = default;
};

/// The result of an ADD (or of an IPAM plugin): interfaces, addresses, routes and DNS, kept in
/// the format of CNI 1.1.0 and converted to the netconf's version when printed.
struct Result {
    /// The interfaces created, JSON `interfaces`.
    std::vector<Interface> interfaces{};
    /// The addresses assigned, JSON `ips`.
    std::vector<IpConfig> ips{};
    /// Routes, JSON `routes` (IPAM results; the Windows plugins report none).
    std::vector<CniRoute> routes{};
    /// DNS settings, JSON `dns`.
    Dns dns{};

    /// The result as `types.PrintResult(result, cni_version)` prints it: converted to
    /// `cni_version` and written by Go's `json.MarshalIndent` with four spaces, no final newline.
    /// 1.0.0 and 1.1.0: `cniVersion`, `interfaces`, `ips` (`interface`, `address`, `gateway`),
    /// `routes`, `dns`; 0.3.0, 0.3.1 and 0.4.0 add `"version":"4"` (or "6") to each address;
    /// 0.1.0 and 0.2.0 give `ip4`/`ip6` (`ip`, `gateway`, `routes`) and `dns`. Empty lists are
    /// omitted; `dns` is always written. Throws CniError (IncompatibleCniVersion) for any other
    /// version, with the message of the CNI library ("unsupported CNI result version ...").
    [[nodiscard]] std::string to_json(std::string_view cni_version) const;
    /// Results are equal when every field is.
    friend bool operator==(const Result&, const Result&) = default;
};

/// The CNI specification versions win-bridge and win-overlay advertise (`version.All` of the
/// vendored CNI library): 0.1.0 to 1.1.0.
std::vector<std::string> containernetworking_versions();
/// The versions the windows-container-networking plugins advertise (`VersionsSupported`):
/// 0.2.0, 0.3.0, 0.4.0 and 1.0.0.
std::vector<std::string> windows_container_networking_versions();

} // namespace winnet::cni
