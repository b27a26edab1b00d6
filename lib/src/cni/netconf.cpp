// Netconf reading as the Windows plugins read theirs (Go's json.Unmarshal into the plugin's
// NetConf struct), the runtime's netconf building (libcni buildOneConfig/injectRuntimeConfig)
// and the flannel meta-plugin's delegate (flannel-io/cni-plugin flannel_windows.go).
#include "cni/go_decode.hpp"
#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/cni/error.hpp>
#include <winnet/cni/netconf.hpp>

#include <nlohmann/json.hpp>

#include <array>
#include <regex>
#include <utility>

namespace winnet::cni {

namespace {

using detail::field;
using json::Value;

constexpr std::array<std::pair<PluginType, const char*>, 5> plugin_names{{
    {PluginType::WinBridge, "win-bridge"},
    {PluginType::WinOverlay, "win-overlay"},
    {PluginType::SdnBridge, "sdnbridge"},
    {PluginType::SdnOverlay, "sdnoverlay"},
    {PluginType::Nat, "nat"},
}};

std::vector<CniRoute> read_routes(const Value& obj, const std::string& path, std::string_view key) {
    std::vector<CniRoute> out;
    const auto* list = field(obj, key);
    if (list == nullptr) {
        return out;
    }
    json::read_array(*list, json::child_path(path, key),
                     [&](const Value& item, const std::string& p) {
                         detail::expect_object(item, p);
                         CniRoute r;
                         if (auto dst = detail::get_prefix(item, p, "dst")) {
                             r.dst = *dst;
                         }
                         r.gw = detail::get_ip(item, p, "gw");
                         out.push_back(r);
                     });
    return out;
}

IpamRange read_range(const Value& obj, const std::string& path) {
    IpamRange r;
    if (auto subnet = detail::get_prefix(obj, path, "subnet")) {
        r.subnet = *subnet;
    }
    r.range_start = detail::get_ip(obj, path, "rangeStart");
    r.range_end = detail::get_ip(obj, path, "rangeEnd");
    r.gateway = detail::get_ip(obj, path, "gateway");
    return r;
}

IpamConfig read_ipam(const Value& obj, const std::string& path) {
    IpamConfig ipam;
    detail::expect_object(obj, path);
    ipam.type = detail::get_string(obj, path, "type");
    if (ipam.type != "host-local") {
        // Other IPAM plugins (calico-ipam with "subnet":"usePodCidr") read their own keys.
        ipam.subnet = detail::get_string(obj, path, "subnet");
        ipam.routes = read_routes(obj, path, "routes");
        return ipam;
    }
    // host-local (plugins/ipam/host-local/backend/allocator/config.go): the legacy top-level
    // range first, then the first range set of `ranges`.
    ipam.subnet = detail::get_string(obj, path, "subnet");
    if (!ipam.subnet.empty()) {
        ipam.ranges.push_back(read_range(obj, path));
    }
    if (const auto* sets = field(obj, "ranges")) {
        const auto sets_path = json::child_path(path, "ranges");
        json::read_array(*sets, sets_path, [&](const Value& set, const std::string& set_path) {
            json::read_array(set, set_path, [&](const Value& item, const std::string& p) {
                detail::expect_object(item, p);
                if (set_path == json::index_path(sets_path, 0)) {
                    ipam.ranges.push_back(read_range(item, p));
                } else {
                    throw JsonError(set_path, "winnet's host-local reads one range set (one "
                                              "address family); this is the second");
                }
            });
        });
    }
    ipam.routes = read_routes(obj, path, "routes");
    return ipam;
}

std::vector<Policy> read_policies(const Value& obj, const std::string& path, std::string_view key) {
    std::vector<Policy> out;
    const auto* list = field(obj, key);
    if (list == nullptr) {
        return out;
    }
    json::read_array(*list, json::child_path(path, key),
                     [&](const Value& item, const std::string& p) {
                         detail::expect_object(item, p);
                         Policy policy;
                         policy.name = detail::get_string(item, p, "name");
                         if (const auto* value = field(item, "value")) {
                             policy.value_json = json::to_raw_json(*value);
                         }
                         out.push_back(std::move(policy));
                     });
    return out;
}

void read_common(NetConf& conf, const Value& doc) {
    const std::string root = "$";
    conf.cni_version = detail::get_string(doc, root, "cniVersion");
    if (const auto* dns = field(doc, "dns")) {
        const auto path = json::child_path(root, "dns");
        detail::expect_object(*dns, path);
        conf.dns.nameservers = detail::get_strings(*dns, path, "nameservers");
        conf.dns.domain = detail::get_string(*dns, path, "domain");
        conf.dns.search = detail::get_strings(*dns, path, "search");
        conf.dns.options = detail::get_strings(*dns, path, "options");
    }
    if (const auto* ipam = field(doc, "ipam")) {
        conf.ipam = read_ipam(*ipam, json::child_path(root, "ipam"));
    }
    if (const auto* rc = field(doc, "runtimeConfig")) {
        const auto path = json::child_path(root, "runtimeConfig");
        detail::expect_object(*rc, path);
        if (const auto* dns = field(*rc, "dns")) {
            const auto dns_path = json::child_path(path, "dns");
            detail::expect_object(*dns, dns_path);
            conf.runtime_config.dns.servers = detail::get_strings(*dns, dns_path, "servers");
            conf.runtime_config.dns.searches = detail::get_strings(*dns, dns_path, "searches");
            if (!is_containernetworking_plugin(conf.plugin)) {
                conf.runtime_config.dns.options = detail::get_strings(*dns, dns_path, "options");
            }
        }
        if (const auto* maps = field(*rc, "portMappings")) {
            json::read_array(*maps, json::child_path(path, "portMappings"),
                             [&](const Value& item, const std::string& p) {
                                 detail::expect_object(item, p);
                                 PortMapping m;
                                 m.host_port = detail::get_int(item, p, "hostPort");
                                 m.container_port = detail::get_int(item, p, "containerPort");
                                 m.protocol = detail::get_string(item, p, "protocol");
                                 m.host_ip = detail::get_string(item, p, "hostIP");
                                 conf.runtime_config.port_mappings.push_back(std::move(m));
                             });
        }
    }
}

// containernetworking/plugins pkg/hns/netconf_windows.go NetConf plus the per-plugin keys.
void read_containernetworking(NetConf& conf, const Value& doc) {
    const std::string root = "$";
    conf.api_version = detail::get_int(doc, root, "apiVersion");
    conf.policies = read_policies(doc, root, "policies");
    conf.loopback_dsr = detail::get_bool(doc, root, "loopbackDSR");
    if (conf.plugin == PluginType::WinBridge) {
        conf.ip_masq_network = detail::get_string(doc, root, "ipMasqNetwork");
    } else {
        conf.ip_masq = detail::get_bool(doc, root, "ipMasq");
        conf.endpoint_mac_prefix = detail::get_string(doc, root, "endpointMacPrefix");
    }
}

// windows-container-networking cni/cni.go NetworkConfig.
void read_windows_container_networking(NetConf& conf, const Value& doc) {
    const std::string root = "$";
    conf.policies = read_policies(doc, root, "AdditionalArgs");
    if (const auto* flags = field(doc, "optionalFlags")) {
        const auto path = json::child_path(root, "optionalFlags");
        detail::expect_object(*flags, path);
        auto& f = conf.optional_flags;
        f.local_routed_port_mapping = detail::get_bool(*flags, path, "localRoutedPortMapping");
        f.allow_acl_port_mapping = detail::get_bool(*flags, path, "allowAclPortMapping");
        f.force_bridge_gateway = detail::get_bool(*flags, path, "forceBridgeGateway");
        f.enable_dual_stack = detail::get_bool(*flags, path, "enableDualStack");
        f.loopback_dsr = detail::get_bool(*flags, path, "loopbackDSR");
        f.gateway_from_additional_routes =
            detail::get_bool(*flags, path, "gatewayFromAdditionalRoutes");
    }
    conf.additional_routes = read_routes(doc, root, "additionalRoutes");
}

Value parse_object(std::string_view text) {
    Value doc;
    try {
        doc = json::parse(text);
        detail::expect_object(doc, "$");
    } catch (const JsonError& e) {
        // skel's validateConfig: "error unmarshall network config: <json error>"
        throw CniError(ErrorCode::DecodingFailure,
                       std::string("error unmarshall network config: ") + e.what());
    }
    return doc;
}

} // namespace

std::string to_string(PluginType type) {
    for (const auto& [t, name] : plugin_names) {
        if (t == type) {
            return name;
        }
    }
    return "unknown";
}

std::optional<PluginType> plugin_type_from_name(std::string_view type) {
    for (const auto& [t, name] : plugin_names) {
        if (type == name) {
            return t;
        }
    }
    // windows-container-networking MapCniTypeToHcnType also accepts the HCN type itself.
    if (type == "L2Bridge") {
        return PluginType::SdnBridge;
    }
    if (type == "Overlay") {
        return PluginType::SdnOverlay;
    }
    if (type == "NAT") {
        return PluginType::Nat;
    }
    return std::nullopt;
}

bool is_containernetworking_plugin(PluginType type) {
    return type == PluginType::WinBridge || type == PluginType::WinOverlay;
}

NetConf NetConf::parse(std::string_view text) {
    const auto doc = parse_object(text);
    NetConf conf;
    const std::string root = "$";
    try {
        conf.name = detail::get_string(doc, root, "name");
        conf.type = detail::get_string(doc, root, "type");
    } catch (const JsonError& e) {
        throw CniError(ErrorCode::DecodingFailure,
                       std::string("error unmarshall network config: ") + e.what());
    }
    // skel validateConfig and utils.ValidateNetworkName.
    if (conf.name.empty()) {
        throw CniError(ErrorCode::InvalidNetworkConfig, "missing network name");
    }
    static const std::regex valid_name("^[a-zA-Z0-9][a-zA-Z0-9_.\\-]*$");
    if (!std::regex_match(conf.name, valid_name)) {
        throw CniError(ErrorCode::InvalidNetworkConfig, "invalid characters found in network name",
                       conf.name);
    }
    const auto plugin = plugin_type_from_name(conf.type);
    if (!plugin) {
        throw CniError(ErrorCode::InvalidNetworkConfig,
                       "unsupported plugin type \"" + conf.type +
                           "\": winnet runs win-bridge, win-overlay, sdnbridge, sdnoverlay and "
                           "nat (and flannel, through its delegate)");
    }
    conf.plugin = *plugin;
    try {
        read_common(conf, doc);
        if (is_containernetworking_plugin(conf.plugin)) {
            read_containernetworking(conf, doc);
        } else {
            read_windows_container_networking(conf, doc);
        }
    } catch (const JsonError& e) {
        // win-bridge/win-overlay loadNetConf: "failed to load netconf: %v"; the sdn plugins
        // return json.Unmarshal's error as it is.
        throw CniError(ErrorCode::Internal, is_containernetworking_plugin(conf.plugin)
                                                ? std::string("failed to load netconf: ") + e.what()
                                                : std::string(e.what()));
    }
    return conf;
}

namespace {

// A document through a Go map[string]interface{}: keys sorted, compact, HTML-escaped.
std::string go_map_json(const nlohmann::json& value) {
    return json::go_compact(value.dump());
}

nlohmann::json sorted(std::string_view text) {
    try {
        auto doc = nlohmann::json::parse(text);
        if (!doc.is_object()) {
            throw CniError(ErrorCode::DecodingFailure,
                           "error unmarshall network config: $: expected an object, found " +
                               json::describe(json::parse(text)));
        }
        return doc;
    } catch (const nlohmann::json::exception&) {
        try {
            (void)json::parse(text);
        } catch (const JsonError& e) {
            throw CniError(ErrorCode::DecodingFailure,
                           std::string("error unmarshall network config: ") + e.what());
        }
        throw CniError(ErrorCode::DecodingFailure, "error unmarshall network config");
    }
}

} // namespace

std::string runtime_netconf(std::string_view conf_json, std::size_t index,
                            const RuntimeConfig& runtime) {
    const auto doc = sorted(conf_json);
    nlohmann::json plugin;
    if (doc.contains("plugins")) {
        const auto& plugins = doc["plugins"];
        if (!plugins.is_array() || plugins.empty()) {
            throw CniError(ErrorCode::InvalidNetworkConfig, "no plugins in list");
        }
        if (index >= plugins.size() || !plugins[index].is_object()) {
            throw CniError(ErrorCode::InvalidNetworkConfig, "plugin " + std::to_string(index) +
                                                                " is not in the list of " +
                                                                std::to_string(plugins.size()));
        }
        plugin = plugins[index];
        plugin["name"] = doc.value("name", nlohmann::json(""));
        plugin["cniVersion"] = doc.value("cniVersion", nlohmann::json(""));
    } else {
        if (index != 0) {
            throw CniError(ErrorCode::InvalidNetworkConfig,
                           "plugin " + std::to_string(index) + " is not in the list of 1");
        }
        plugin = doc;
    }
    // libcni injectRuntimeConfig: the capabilities the plugin declares, with the runtime's args.
    nlohmann::json rc = nlohmann::json::object();
    const auto caps = plugin.value("capabilities", nlohmann::json::object());
    auto declared = [&](const char* name) {
        return caps.is_object() && caps.contains(name) && caps[name].is_boolean() &&
               caps[name].get<bool>();
    };
    if (declared("portMappings") && !runtime.port_mappings.empty()) {
        auto maps = nlohmann::json::array();
        for (const auto& m : runtime.port_mappings) {
            maps.push_back({{"hostPort", m.host_port},
                            {"containerPort", m.container_port},
                            {"protocol", m.protocol},
                            {"hostIP", m.host_ip}});
        }
        rc["portMappings"] = maps;
    }
    const auto& dns = runtime.dns;
    if (declared("dns") &&
        (!dns.servers.empty() || !dns.searches.empty() || !dns.options.empty())) {
        nlohmann::json d = nlohmann::json::object();
        if (!dns.servers.empty()) {
            d["servers"] = dns.servers;
        }
        if (!dns.searches.empty()) {
            d["searches"] = dns.searches;
        }
        if (!dns.options.empty()) {
            d["options"] = dns.options;
        }
        rc["dns"] = d;
    }
    if (!rc.empty()) {
        plugin["runtimeConfig"] = rc;
    }
    return go_map_json(plugin);
}

FlannelSubnetEnv FlannelSubnetEnv::parse(std::string_view text, std::string_view file_name) {
    FlannelSubnetEnv env;
    bool have_network = false;
    bool have_subnet = false;
    bool have_mtu = false;
    bool have_masq = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        auto line = std::string(text.substr(start, end - start));
        start = end + 1;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        const auto eq = line.find('=');
        if (eq == std::string::npos) {
            continue;
        }
        const auto key = line.substr(0, eq);
        const auto value = line.substr(eq + 1);
        auto bad = [&](const std::string& why) {
            return CniError(ErrorCode::Internal, std::string(file_name) + ": " + key + ": " + why);
        };
        try {
            if (key == "FLANNEL_NETWORK") {
                const auto first = value.substr(0, value.find(','));
                env.network = net::IpPrefix::parse(first).network().to_string() + "/" +
                              std::to_string(net::IpPrefix::parse(first).length());
                have_network = true;
            } else if (key == "FLANNEL_SUBNET") {
                env.subnet = net::IpPrefix::parse(value).to_string();
                have_subnet = true;
            } else if (key == "FLANNEL_MTU") {
                if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos ||
                    value.size() > 9) {
                    throw bad("invalid MTU \"" + value + "\"");
                }
                env.mtu = std::stoi(value);
                have_mtu = true;
            } else if (key == "FLANNEL_IPMASQ") {
                env.ip_masq = value == "true";
                have_masq = true;
            }
        } catch (const ParseError& e) {
            throw bad(e.what());
        }
        if (end == text.size()) {
            break;
        }
    }
    std::vector<std::string> missing;
    if (!have_network) {
        missing.emplace_back("FLANNEL_NETWORK, FLANNEL_IPV6_NETWORK");
    }
    if (!have_subnet) {
        missing.emplace_back("FLANNEL_SUBNET, FLANNEL_IPV6_SUBNET");
    }
    if (!have_mtu) {
        missing.emplace_back("FLANNEL_MTU");
    }
    if (!have_masq) {
        missing.emplace_back("FLANNEL_IPMASQ");
    }
    if (!missing.empty()) {
        std::string joined;
        for (const auto& m : missing) {
            joined += (joined.empty() ? "" : ", ") + m;
        }
        throw CniError(ErrorCode::Internal, std::string(file_name) + " is missing " + joined);
    }
    return env;
}

std::string flannel_delegate(std::string_view flannel_conf_json, const FlannelSubnetEnv& env) {
    const auto conf = sorted(flannel_conf_json);
    nlohmann::json delegate = nlohmann::json::object();
    if (conf.contains("delegate") && !conf["delegate"].is_null()) {
        delegate = conf["delegate"];
        if (!delegate.is_object()) {
            throw CniError(
                ErrorCode::Internal,
                "failed to load flannel netconf file: failed to load netconf: $.delegate: "
                "expected an object, found " +
                    json::describe(json::parse(delegate.dump())));
        }
        if (delegate.contains("type") && !delegate["type"].is_string()) {
            throw CniError(ErrorCode::Internal,
                           "'delegate' dictionary, if present, must have (string) 'type' field");
        }
        if (delegate.contains("name")) {
            throw CniError(ErrorCode::Internal,
                           "'delegate' dictionary must not have 'name' field, it'll be set by "
                           "flannel");
        }
        if (delegate.contains("ipam")) {
            throw CniError(ErrorCode::Internal,
                           "'delegate' dictionary must not have 'ipam' field, it'll be set by "
                           "flannel");
        }
    }
    if (conf.contains("runtimeConfig") && !conf["runtimeConfig"].is_null()) {
        delegate["runtimeConfig"] = conf["runtimeConfig"];
    }
    delegate["name"] = conf.value("name", nlohmann::json(""));
    if (!delegate.contains("type")) {
        delegate["type"] = "win-bridge";
    }
    delegate["ipMasq"] = env.ip_masq;
    delegate["ipMasqNetwork"] = env.network;
    const auto version = conf.value("cniVersion", nlohmann::json(""));
    delegate["cniVersion"] =
        version.is_string() && !version.get<std::string>().empty() ? version : "0.2.0";
    // fenv.sn is net.ParseCIDR's network: the lease without its host bits.
    const auto lease = net::IpPrefix::parse(env.subnet);
    delegate["ipam"] = {
        {"type", "host-local"},
        {"subnet", lease.network().to_string() + "/" + std::to_string(lease.length())}};
    return go_map_json(delegate);
}

} // namespace winnet::cni
