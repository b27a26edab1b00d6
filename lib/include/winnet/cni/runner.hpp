/// @file
/// The plugin binary's main: a CNI call given as environment and standard input, answered as
/// standard output and an exit code.
#pragma once

#include <winnet/cni/netconf.hpp>
#include <winnet/hns/host_network_service.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace winnet::cni {

/// What a plugin binary writes and how it exits.
struct PluginOutput {
    /// Standard output: the result (ADD), the version information (VERSION), nothing (DEL,
    /// CHECK), or the error object.
    std::string stdout_text{};
    /// The exit code: 0 on success, 1 after printing an error object.
    int exit_code = 0;
    /// Outputs are equal when text and code are.
    friend bool operator==(const PluginOutput&, const PluginOutput&) = default;
};

/// Runs one CNI call the way the plugin binaries do through the CNI library's `skel`
/// (`PluginMainFuncs`), with `environment` as the process environment and `stdin_data` as
/// standard input, on `service`:
/// 1. `CNI_COMMAND` must be ADD, DEL, CHECK, STATUS or VERSION; the variables required for it
///    must be set (ADD and CHECK: `CNI_CONTAINERID`, `CNI_NETNS`, `CNI_IFNAME`, `CNI_PATH`;
///    DEL: all but `CNI_NETNS`), else code 4 "required env variables [CNI_NETNS] missing";
///    container id and interface name are checked as skel checks them.
/// 2. Except for VERSION, standard input must be JSON with a `name` (code 6 or 7), and its
///    `cniVersion` one the plugin supports (code 1, "incompatible CNI versions").
/// 3. The plugin is `plugin` when given (the binary that was run), else the one the netconf's
///    `type` names; a flannel netconf (`type` "flannel") is first turned into its delegate with
///    the `subnet.env` text `flannel_subnet_env` (the file named by the netconf's `subnetFile`).
/// 4. ADD prints the result in the netconf's `cniVersion`; DEL and CHECK print nothing; STATUS
///    succeeds; VERSION prints `version_json` (of win-bridge when no plugin is known).
///
/// Every failure is printed as the CNI error object with exit code 1; nothing throws except
/// std::bad_alloc.
PluginOutput run_plugin(const std::map<std::string, std::string>& environment,
                        std::string_view stdin_data, hns::HostNetworkService& service,
                        std::optional<PluginType> plugin = std::nullopt,
                        std::string_view flannel_subnet_env = {});

} // namespace winnet::cni
