// Parts shared by the two plugin families. Private to the library.
#pragma once

#include <winnet/cni/error.hpp>
#include <winnet/cni/plugin.hpp>
#include <winnet/hns/hns_error.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::cni::detail {

/// The text Go's %v gives an hcsshim error: the not-found wording for NotFoundError, our full
/// message otherwise.
std::string hns_message(const hns::HnsError& e);

/// A plugin error of code Internal (skel wraps every plain Go error so).
[[noreturn]] void fail(const std::string& message);

/// Both families' protocol table (`GetProtocolEnum` / `GetPortEnumValue`): a number as
/// strconv.ParseUint(p, 0, 10) reads it, else tcp, udp, icmpv4, icmpv6, igmp without case.
std::optional<std::uint32_t> protocol_number(std::string_view protocol);

/// GUIDs compare without case.
bool same_id(std::string_view a, std::string_view b);

/// The endpoint's DNS from CNI DNS text; throws a plugin error for a server that is no address.
hns::Dns hns_dns(const Dns& dns);

/// hcn.DSRSupported() on `hns`.
bool dsr_supported(hns::HostNetworkService& hns);

AddResult add_containernetworking(const NetConf& conf, const CmdArgs& args,
                                  hns::HostNetworkService& hns, const std::optional<Result>& ipam);
void del_containernetworking(const NetConf& conf, const CmdArgs& args,
                             hns::HostNetworkService& hns);
AddResult add_windows_container_networking(const NetConf& conf, const CmdArgs& args,
                                           hns::HostNetworkService& hns,
                                           const std::optional<Result>& ipam);
void del_windows_container_networking(const NetConf& conf, const CmdArgs& args,
                                      hns::HostNetworkService& hns);

/// The IPAM result for a new endpoint: `given`, or host-local run on the addresses of the
/// network's endpoints. Throws a plugin error prefixed by `prefix` when the IPAM type is
/// neither.
Result run_ipam(const NetConf& conf, const hns::Network& network, hns::HostNetworkService& hns,
                const std::optional<Result>& given);

} // namespace winnet::cni::detail
