/// @file
/// The Windows CNI plugins' ADD, DEL, CHECK and VERSION against a HostNetworkService.
#pragma once

#include <winnet/cni/netconf.hpp>
#include <winnet/cni/result.hpp>
#include <winnet/hns/endpoint.hpp>
#include <winnet/hns/host_network_service.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace winnet::cni {

/// The runtime's arguments to a plugin call, the `CNI_*` environment variables (skel's
/// `CmdArgs`).
struct CmdArgs {
    /// The container (pod sandbox) id, `CNI_CONTAINERID`: the first half of the endpoint name.
    std::string container_id{};
    /// The network namespace, `CNI_NETNS`: with containerd the GUID of the HCN namespace the
    /// endpoint is attached to; with dockershim "none" for the pause container and
    /// "container:<pause id>" for the others.
    std::string netns{};
    /// The interface name, `CNI_IFNAME` ("eth0"); the sdn plugins report it in the result.
    std::string ifname{};
    /// Extra arguments, `CNI_ARGS` ("K8S_POD_NAMESPACE=default;K8S_POD_NAME=web-0"); the sdn
    /// plugins read `K8S_POD_NAMESPACE` from it.
    std::string args{};
    /// Arguments are equal when every field is.
    friend bool operator==(const CmdArgs&, const CmdArgs&) = default;
};

/// What an ADD did: the endpoint document sent to HNS, the endpoint as HNS holds it after the
/// namespace attach, and the CNI result.
struct AddResult {
    /// The endpoint document the plugin sent to `HcnCreateEndpoint` (its `to_json()` is the
    /// request body); empty (default) when an existing endpoint was reused.
    hns::Endpoint request{};
    /// True when the plugin created the endpoint, false when it found it already there (a
    /// repeated ADD).
    bool created = false;
    /// The endpoint as HNS holds it afterwards: with its id, and attached to the namespace.
    hns::Endpoint endpoint{};
    /// The result, in CNI 1.1.0 form (`Result::to_json` converts it to the netconf's version).
    Result result{};
    /// Results are equal when every field is.
    friend bool operator==(const AddResult&, const AddResult&) = default;
};

/// The name a plugin gives the pod's endpoint: "<sandbox id>_<network name>".
/// win-bridge and win-overlay (`hns.ConstructEndpointName`) take the sandbox id from a dockershim
/// `CNI_NETNS` of the form "container:<pause id>" and use `CNI_CONTAINERID` otherwise; the sdn
/// plugins always use `CNI_CONTAINERID`.
std::string endpoint_name(PluginType plugin, const CmdArgs& args, std::string_view network_name);

/// The endpoint MAC win-overlay computes: `prefix` ("0E-2A" as written) and the four bytes of
/// the IPv4 address in lower-case hex, 10.244.2.7 giving "0E-2A-0a-f4-02-07". Throws
/// winnet::ParseError when `ip` is not IPv4.
std::string overlay_mac(std::string_view prefix, const net::IpAddress& ip);

/// Runs ADD of the plugin `conf.plugin` on `service`, as the plugin does with the HCN v2 API
/// (win-bridge and win-overlay with `apiVersion` 2, and the sdn plugins, always):
/// - finds the network by `conf.name` (the sdn plugins create it when missing, from
///   `ipam.subnet`), checks its type;
/// - names the endpoint (`endpoint_name`); an existing endpoint of that name on the network is
///   reused and re-attached (win-bridge, win-overlay) or reported as is (sdn plugins); one on
///   another network is deleted first;
/// - takes the address from `ipam` (the IPAM plugin's result: win-bridge and win-overlay read
///   `ips[0]`, the sdn plugins the first IPv4 address), or, when `ipam` is empty and
///   `conf.ipam.type` is "host-local", from `host_local_add` with the addresses of the
///   network's endpoints in use;
/// - computes gateway, MAC, DNS and the policies in the plugin's order, creates the endpoint and
///   attaches it to the namespace `args.netns`.
///
/// With `apiVersion` other than 2, win-bridge and win-overlay take the HNS v1 path, which winnet
/// models only up to its first observable step: with a `CNI_NETNS` other than "none" (every
/// containerd call) the endpoint must already exist, so ADD fails with "failed to find
/// HNSEndpoint ..."; with "none" (the dockershim pause container) it fails with
/// UnsupportedField, as winnet does not simulate the v1 API.
///
/// Throws CniError with the plugin's message (code Internal unless the plugin uses another),
/// for example "error while getting network cbr0: Network name \"cbr0\" not found", "network
/// cbr0 is of unexpected type: Overlay", "IPAM plugin return is missing IP config", or IPAM's own
/// errors. Errors of `service` are reported inside the plugin's messages.
AddResult add(const NetConf& conf, const CmdArgs& args, hns::HostNetworkService& service,
              const std::optional<Result>& ipam = std::nullopt);

/// Runs DEL as the plugin does: the endpoint named as for ADD is detached from its namespace
/// and deleted; a missing endpoint is success (DEL is idempotent). The v1 path (win-bridge and
/// win-overlay without `apiVersion` 2) succeeds without a change when `CNI_NETNS` is empty or
/// the endpoint does not exist and otherwise fails with UnsupportedField. IPAM release needs no
/// step in winnet: host-local's reservations are the endpoints themselves. Throws CniError when
/// HNS fails.
void del(const NetConf& conf, const CmdArgs& args, hns::HostNetworkService& service);

/// Runs CHECK: every one of the five plugins returns success without looking at anything
/// (`cmdCheck` is a TODO in win-bridge and win-overlay; the sdn plugins log "CHECK is currently
/// NOT implemented!").
void check(const NetConf& conf, const CmdArgs& args, hns::HostNetworkService& service);

/// What VERSION prints for `plugin`: `{"cniVersion":"1.1.0","supportedVersions":[...]}` with a
/// final newline (`json.Encoder`); "1.0.0" is the CNI library version of the sdn plugins.
std::string version_json(PluginType plugin);

} // namespace winnet::cni
