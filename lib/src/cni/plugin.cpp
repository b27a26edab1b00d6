// Entry points and the parts both plugin families share.
#include "cni/plugin_common.hpp"

#include <winnet/cni/ipam.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace winnet::cni {

namespace detail {

std::string hns_message(const hns::HnsError& e) {
    if (dynamic_cast<const hns::NotFoundError*>(&e) != nullptr) {
        const std::string text = e.what();
        const auto at = text.find("): ");
        return at == std::string::npos ? text : text.substr(at + 3);
    }
    return e.what();
}

void fail(const std::string& message) {
    throw CniError(ErrorCode::Internal, message);
}

std::optional<std::uint32_t> protocol_number(std::string_view p) {
    // strconv.ParseUint(p, 0, 10): base from the prefix (0x, 0o, 0b, 0), at most 1023.
    auto digits = [](std::string_view text, unsigned base) -> std::optional<std::uint32_t> {
        if (text.empty()) {
            return std::nullopt;
        }
        std::uint32_t value = 0;
        for (const char raw : text) {
            const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(raw)));
            unsigned d = 0;
            if (c >= '0' && c <= '9') {
                d = static_cast<unsigned>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                d = static_cast<unsigned>(c - 'a' + 10);
            } else {
                return std::nullopt;
            }
            if (d >= base) {
                return std::nullopt;
            }
            value = value * base + d;
            if (value > 1023) {
                return std::nullopt;
            }
        }
        return value;
    };
    std::optional<std::uint32_t> number;
    if (p.size() > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        number = digits(p.substr(2), 16);
    } else if (p.size() > 2 && p[0] == '0' && (p[1] == 'o' || p[1] == 'O')) {
        number = digits(p.substr(2), 8);
    } else if (p.size() > 2 && p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) {
        number = digits(p.substr(2), 2);
    } else if (p.size() > 1 && p[0] == '0') {
        number = digits(p.substr(1), 8);
    } else {
        number = digits(p, 10);
    }
    if (number) {
        return number;
    }
    std::string lower(p);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "icmpv4") {
        return 1;
    }
    if (lower == "igmp") {
        return 2;
    }
    if (lower == "tcp") {
        return 6;
    }
    if (lower == "udp") {
        return 17;
    }
    if (lower == "icmpv6") {
        return 58;
    }
    return std::nullopt;
}

bool same_id(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) ==
                      std::toupper(static_cast<unsigned char>(y));
           });
}

hns::Dns hns_dns(const Dns& dns) {
    hns::Dns out;
    out.domain = dns.domain;
    out.search = dns.search;
    out.options = dns.options;
    for (const auto& server : dns.nameservers) {
        const auto ip = net::IpAddress::try_parse(server);
        if (!ip) {
            fail("DNS server \"" + server + "\" is not an IP address (HNS rejects the endpoint)");
        }
        out.server_list.push_back(*ip);
    }
    return out;
}

bool dsr_supported(hns::HostNetworkService& hns) {
    return hns.supported_features().dsr;
}

Result run_ipam(const NetConf& conf, const hns::Network& network, hns::HostNetworkService& hns,
                const std::optional<Result>& given) {
    if (given) {
        return *given;
    }
    if (conf.ipam.type != "host-local") {
        // invoke.FindInPath's message; winnet runs only host-local itself.
        fail("failed to find plugin \"" + conf.ipam.type +
             "\" in path (winnet runs host-local; give the result of any other IPAM plugin)");
    }
    std::vector<net::IpAddress> in_use;
    for (const auto& e : hns.list_endpoints_of_network(network.id)) {
        for (const auto& c : e.ip_configurations) {
            if (c.ip_address) {
                in_use.push_back(*c.ip_address);
            }
        }
    }
    return host_local_add(conf.ipam, in_use);
}

} // namespace detail

std::string endpoint_name(PluginType plugin, const CmdArgs& args, std::string_view network_name) {
    std::string sandbox = args.container_id;
    // hns.GetSandboxContainerID: dockershim passes "container:<pause id>" for workload
    // containers; only win-bridge and win-overlay translate it.
    if (is_containernetworking_plugin(plugin) && !args.netns.empty() && args.netns != "none") {
        const auto colon = args.netns.find(':');
        if (colon != std::string::npos) {
            sandbox = args.netns.substr(colon + 1);
        }
    }
    return sandbox + "_" + std::string(network_name);
}

std::string overlay_mac(std::string_view prefix, const net::IpAddress& ip) {
    if (!ip.is_v4()) {
        throw ParseError("IPv4 address", ip.to_string(), "win-overlay builds MACs from IPv4 only");
    }
    const auto b = ip.bytes();
    char buf[16];
    std::snprintf(buf, sizeof buf, "-%02x-%02x-%02x-%02x", b[0], b[1], b[2], b[3]);
    return std::string(prefix) + buf;
}

AddResult add(const NetConf& conf, const CmdArgs& args, hns::HostNetworkService& hns,
              const std::optional<Result>& ipam) {
    if (is_containernetworking_plugin(conf.plugin)) {
        return detail::add_containernetworking(conf, args, hns, ipam);
    }
    return detail::add_windows_container_networking(conf, args, hns, ipam);
}

void del(const NetConf& conf, const CmdArgs& args, hns::HostNetworkService& hns) {
    if (is_containernetworking_plugin(conf.plugin)) {
        detail::del_containernetworking(conf, args, hns);
    } else {
        detail::del_windows_container_networking(conf, args, hns);
    }
}

void check(const NetConf& /*conf*/, const CmdArgs& /*args*/, hns::HostNetworkService& /*hns*/) {
    // win-bridge/win-overlay cmdCheck: "// TODO: implement", returns nil; the sdn plugins'
    // Check logs "CHECK is currently NOT implemented!" and returns nil.
}

std::string version_json(PluginType plugin) {
    // skel's VERSION: pluginInfo.Encode (json.Encoder, final newline) with version.Current() of
    // the vendored CNI library: 1.1.0 (containernetworking/plugins), 1.0.0 (cni v1.1.2 in
    // windows-container-networking).
    const bool cn = is_containernetworking_plugin(plugin);
    const auto versions =
        cn ? containernetworking_versions() : windows_container_networking_versions();
    std::string out =
        std::string(R"({"cniVersion":")") + (cn ? "1.1.0" : "1.0.0") + R"(","supportedVersions":[)";
    for (std::size_t i = 0; i < versions.size(); ++i) {
        out += (i == 0 ? "\"" : ",\"") + versions[i] + "\"";
    }
    return out + "]}\n";
}

} // namespace winnet::cni
