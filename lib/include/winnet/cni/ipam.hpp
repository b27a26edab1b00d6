/// @file
/// host-local IPAM, as winnet runs it in place of the IPAM plugin binary.
#pragma once

#include <winnet/cni/netconf.hpp>
#include <winnet/cni/result.hpp>
#include <winnet/net/ip_address.hpp>

#include <vector>

namespace winnet::cni {

/// Allocates a pod address as the host-local IPAM plugin would for `config`: the first address
/// of the range (`rangeStart`, default the subnet's .1) up to `rangeEnd` (default the address
/// before the broadcast address) that is neither the range's gateway (default .1) nor in
/// `in_use`. The result has the address with the subnet's length, the gateway, and the
/// configured routes. winnet keeps no reservation files: `in_use` stands for them (the CNI
/// runner passes the addresses of the endpoints already on the HNS network, so a reservation
/// lives as long as its endpoint). Upstream host-local continues after the last address it
/// handed out rather than from the start; both give .2 on an empty range.
///
/// Throws CniError (Internal) with host-local's messages: "failed to allocate for range 0: no
/// IP addresses available in range set: 10.244.1.10-10.244.1.11" when the range is exhausted;
/// "no IP ranges specified" when there is no range; "invalid range set 0: ..." for a subnet with
/// host bits set ("Network has host bits set. For a subnet mask of length 24 the network address
/// is 10.244.2.0") or a start or end outside the subnet ("RangeStart 10.0.0.1 not in network
/// 10.244.1.0/24").
Result host_local_add(const IpamConfig& config, const std::vector<net::IpAddress>& in_use);

} // namespace winnet::cni
