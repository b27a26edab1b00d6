// The plugin binary's main as containernetworking/cni pkg/skel runs it (PluginMainFuncs:
// getCmdArgsFromEnv, validateConfig, checkVersionAndCall), then the plugin's verb.
#include "cni/go_decode.hpp"
#include "cni/plugin_common.hpp"
#include "json/reader.hpp"

#include <winnet/cni/runner.hpp>

#include <algorithm>
#include <regex>

namespace winnet::cni {

namespace {

std::string env(const std::map<std::string, std::string>& environment, const char* name) {
    const auto it = environment.find(name);
    return it == environment.end() ? std::string() : it->second;
}

// utils.ValidateContainerID and utils.ValidateInterfaceName.
void validate_container_id(const std::string& id) {
    static const std::regex valid("^[a-zA-Z0-9][a-zA-Z0-9_.\\-]*$");
    if (!std::regex_match(id, valid)) {
        throw CniError(ErrorCode::InvalidEnvironmentVariables, "invalid characters in containerID",
                       id);
    }
}

void validate_ifname(const std::string& name) {
    if (name.size() > 15) {
        throw CniError(ErrorCode::InvalidEnvironmentVariables, "interface name is too long",
                       "interface name should be less than 16 characters");
    }
    if (name == "." || name == "..") {
        throw CniError(ErrorCode::InvalidEnvironmentVariables, "interface name is . or ..");
    }
    for (const char c : name) {
        if (c == '/' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
            c == '\f') {
            throw CniError(ErrorCode::InvalidEnvironmentVariables,
                           "interface name contains / or : or whitespace characters");
        }
    }
}

std::vector<std::string> supported(PluginType plugin) {
    return is_containernetworking_plugin(plugin) ? containernetworking_versions()
                                                 : windows_container_networking_versions();
}

std::string quoted_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i == 0 ? "\"" : " \"") + items[i] + "\"";
    }
    return out + "]";
}

// The `type` of a netconf, if it has a readable one.
std::string netconf_type(std::string_view stdin_data) {
    try {
        const auto doc = json::parse(stdin_data);
        if (doc.is_object()) {
            if (const auto* t = detail::field(doc, "type"); t != nullptr && t->is_string()) {
                return t->get<std::string>();
            }
        }
    } catch (const JsonError&) {
    }
    return {};
}

std::string run(const std::map<std::string, std::string>& environment, std::string_view stdin_data,
                hns::HostNetworkService& hns, std::optional<PluginType> plugin,
                std::string_view flannel_subnet_env) {
    const auto command = env(environment, "CNI_COMMAND");
    CmdArgs args{env(environment, "CNI_CONTAINERID"), env(environment, "CNI_NETNS"),
                 env(environment, "CNI_IFNAME"), env(environment, "CNI_ARGS")};
    const auto path = env(environment, "CNI_PATH");

    // getCmdArgsFromEnv: missing variables are listed in this order.
    const bool add_or_check = command == "ADD" || command == "CHECK";
    const bool is_del = command == "DEL";
    std::vector<std::string> missing;
    if (command.empty()) {
        missing.emplace_back("CNI_COMMAND");
    }
    if ((add_or_check || is_del) && args.container_id.empty()) {
        missing.emplace_back("CNI_CONTAINERID");
    } else if ((add_or_check || is_del) && !args.container_id.empty()) {
        validate_container_id(args.container_id);
    }
    if (add_or_check && args.netns.empty()) {
        missing.emplace_back("CNI_NETNS");
    }
    if ((add_or_check || is_del) && args.ifname.empty()) {
        missing.emplace_back("CNI_IFNAME");
    } else if ((add_or_check || is_del) && !args.ifname.empty()) {
        validate_ifname(args.ifname);
    }
    if ((add_or_check || is_del || command == "GC" || command == "STATUS") && path.empty()) {
        missing.emplace_back("CNI_PATH");
    }
    if (!missing.empty()) {
        std::string joined;
        for (const auto& m : missing) {
            joined += (joined.empty() ? "" : ",") + m;
        }
        throw CniError(ErrorCode::InvalidEnvironmentVariables,
                       "required env variables [" + joined + "] missing");
    }
    if (command == "VERSION") {
        auto p = plugin;
        if (!p) {
            p = plugin_type_from_name(netconf_type(stdin_data));
        }
        return version_json(p.value_or(PluginType::WinBridge));
    }
    if (command != "ADD" && command != "DEL" && command != "CHECK" && command != "STATUS" &&
        command != "GC") {
        throw CniError(ErrorCode::InvalidEnvironmentVariables, "unknown CNI_COMMAND: " + command);
    }

    // validateConfig and the version check: the netconf as written.
    std::string conf_text(stdin_data);
    if (netconf_type(stdin_data) == "flannel" && !plugin) {
        // The flannel meta-plugin (flannel.go cmdAdd): its delegate is what reaches win-bridge,
        // win-overlay or an sdn plugin.
        FlannelSubnetEnv subnet_env;
        try {
            subnet_env = FlannelSubnetEnv::parse(flannel_subnet_env);
        } catch (const CniError& e) {
            throw CniError(e.code(), "failed to load flannel 'subnet.env' file: " + e.msg() +
                                         ". Check the flannel pod log for this node.");
        }
        conf_text = flannel_delegate(stdin_data, subnet_env);
    }
    const auto type_name = netconf_type(conf_text);
    NetConf conf;
    try {
        conf = NetConf::parse(conf_text);
    } catch (const CniError& e) {
        if (!plugin || e.code() != ErrorCode::InvalidNetworkConfig ||
            e.msg().rfind("unsupported plugin type", 0) != 0) {
            throw;
        }
        // A binary runs whatever `type` says; parse as the binary's own netconf.
        auto doc = json::parse(conf_text);
        doc["type"] = to_string(*plugin);
        conf = NetConf::parse(doc.dump());
        conf.type = type_name;
    }
    if (plugin && conf.plugin != *plugin) {
        auto doc = json::parse(conf_text);
        doc["type"] = to_string(*plugin);
        conf = NetConf::parse(doc.dump());
        conf.type = type_name;
    }
    const auto version = conf.cni_version.empty() ? std::string("0.1.0") : conf.cni_version;
    const auto versions = supported(conf.plugin);
    if (std::find(versions.begin(), versions.end(), version) == versions.end()) {
        throw CniError(ErrorCode::IncompatibleCniVersion, "incompatible CNI versions",
                       "config is \"" + version + "\", plugin supports " + quoted_list(versions));
    }
    if (command == "ADD") {
        return add(conf, args, hns).result.to_json(version);
    }
    if (command == "DEL") {
        del(conf, args, hns);
    } else if (command == "CHECK") {
        check(conf, args, hns);
    }
    return {};
}

} // namespace

PluginOutput run_plugin(const std::map<std::string, std::string>& environment,
                        std::string_view stdin_data, hns::HostNetworkService& hns,
                        std::optional<PluginType> plugin, std::string_view flannel_subnet_env) {
    try {
        return {run(environment, stdin_data, hns, plugin, flannel_subnet_env), 0};
    } catch (const CniError& e) {
        return {e.to_json(), 1};
    } catch (const Error& e) {
        return {CniError(ErrorCode::Internal, e.what()).to_json(), 1};
    }
}

} // namespace winnet::cni
