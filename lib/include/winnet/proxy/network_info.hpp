/// @file
/// The HNS network as kube-proxy sees it: its id, type and the remote subnets of an overlay.
/// Upstream: `hnsNetworkInfo`, `remoteSubnetInfo` and `findRemoteSubnetProviderAddress`.
#pragma once

#include <winnet/hns/network.hpp>
#include <winnet/net/ip_address.hpp>
#include <winnet/net/ip_prefix.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace winnet::proxy {

/// One pod subnet of another node on an overlay network, from the network's RemoteSubnetRoute
/// policy (written by flanneld or the CNI). Upstream: `remoteSubnetInfo`.
struct RemoteSubnetInfo {
    /// The other node's pod CIDR. Upstream: `destinationPrefix`.
    net::IpPrefix destination_prefix;
    /// The VXLAN network identifier (VSID) of the overlay. Upstream: `isolationID`.
    std::uint16_t isolation_id = 0;
    /// The other node's physical address, to which packets for the subnet are encapsulated.
    /// Upstream: `providerAddress`.
    net::IpAddress provider_address;
    /// The MAC address of the other node's distributed router. Upstream: `drMacAddress`.
    std::string dr_mac_address;

    /// Equal when every field is.
    friend bool operator==(const RemoteSubnetInfo&, const RemoteSubnetInfo&) = default;
};

/// The HNS network the proxier programs, read by name at start-up and at every sync. Upstream:
/// `hnsNetworkInfo`.
struct NetworkInfo {
    /// The network's name (the winkernel `networkName`). Upstream: `name`.
    std::string name;
    /// The network's HNS id; a changed id means the network was recreated. Upstream: `id`.
    std::string id;
    /// The HCN network type as HNS reports it, e.g. "Overlay" or "L2Bridge". Upstream:
    /// `networkType`.
    std::string network_type;
    /// The remote subnets of an overlay network, in policy order. Upstream: `remoteSubnets`.
    std::vector<RemoteSubnetInfo> remote_subnets;

    /// The NetworkInfo of an HNS network: its RemoteSubnetRoute policies become
    /// remote_subnets.
    [[nodiscard]] static NetworkInfo of(const hns::Network& network);

    /// True for an overlay (VXLAN) network: the type compared case-insensitively with
    /// "overlay", as upstream's NETWORK_TYPE_OVERLAY check does.
    [[nodiscard]] bool is_overlay() const;

    /// The provider address of the node that hosts `ip` on an overlay: the provider address of
    /// the remote subnet whose prefix contains `ip`, or of the subnet whose provider address is
    /// `ip` itself (a node IP); the last match wins. None when `ip` is in no remote subnet
    /// (kube-proxy then treats it as a public IP). Upstream: `findRemoteSubnetProviderAddress`.
    [[nodiscard]] std::optional<net::IpAddress>
    find_remote_subnet_provider_address(const net::IpAddress& ip) const;

    /// Equal when every field is.
    friend bool operator==(const NetworkInfo&, const NetworkInfo&) = default;
};

} // namespace winnet::proxy
