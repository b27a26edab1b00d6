#include "hns/endpoint_policy_json.hpp"
#include "hns/json_common.hpp"
#include "hns/json_flags.hpp"
#include "hns/schema_version_json.hpp"
#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/hns/endpoint.hpp>

#include <array>
#include <utility>

namespace winnet::hns {

namespace {

constexpr std::array<std::pair<EndpointFlags, const char*>, 1> endpoint_flag_names{{
    {EndpointFlags::RemoteEndpoint, "RemoteEndpoint"},
}};
constexpr std::uint32_t endpoint_flags_defined = detail::defined_bits(endpoint_flag_names);

IpConfig read_ip_config(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "IpConfig", {"IpAddress", "PrefixLength"});
    IpConfig config;
    if (const auto* v = obj.find("IpAddress")) {
        // Go cannot tell "" from absent after omitempty; both mean no address.
        config.ip_address = detail::read_optional_ip(*v, obj.path("IpAddress"));
    }
    if (const auto* v = obj.find("PrefixLength")) {
        const auto length_path = obj.path("PrefixLength");
        config.prefix_length =
            static_cast<std::uint8_t>(json::read_unsigned(*v, length_path, 255, "uint8"));
        if (config.ip_address) {
            const bool v4 = config.ip_address->is_v4();
            const unsigned max = v4 ? 32 : 128;
            if (config.prefix_length > max) {
                throw JsonError(length_path, "prefix length " +
                                                 std::to_string(config.prefix_length) +
                                                 " is too long for the " + (v4 ? "IPv4" : "IPv6") +
                                                 " address " + config.ip_address->to_string() +
                                                 " (0-" + std::to_string(max) + ")");
            }
        }
    }
    return config;
}

void write_ip_config(json::GoWriter& w, const IpConfig& config) {
    w.begin_object();
    detail::write_optional_ip(w, "IpAddress", config.ip_address);
    detail::write_number(w, "PrefixLength", config.prefix_length);
    w.end_object();
}

constexpr std::string_view hex_digits = "0123456789abcdef";

void append_hex_byte(std::string& out, std::uint8_t byte) {
    out += '-';
    out += hex_digits[byte >> 4U];
    out += hex_digits[byte & 0xFU];
}

} // namespace

std::string to_string(EndpointFlags flags) {
    return detail::flag_names(flags, endpoint_flag_names);
}

std::string conjure_mac(std::string_view prefix, const net::IpAddress& ip) {
    const auto bytes = ip.bytes();
    std::array<std::uint8_t, 4> picked{};
    if (ip.is_v4()) {
        picked = {bytes[0], bytes[1], bytes[2], bytes[3]};
    } else {
        picked = {bytes[15], bytes[14], bytes[13], bytes[12]};
    }
    std::string out(prefix);
    for (const auto b : picked) {
        append_hex_byte(out, b);
    }
    return out;
}

// Field order and omitempty rules of hcsshim's HostComputeEndpoint struct.
std::string Endpoint::to_json(JsonStyle style) const {
    json::GoWriter w;
    w.begin_object();
    detail::write_string(w, "ID", id);
    detail::write_string(w, "Name", name);
    detail::write_string(w, "HostComputeNetwork", host_compute_network);
    detail::write_string(w, "HostComputeNamespace", host_compute_namespace);
    if (!policies.empty()) {
        w.key("Policies");
        w.begin_array();
        for (std::size_t i = 0; i < policies.size(); ++i) {
            detail::write_endpoint_policy(w, policies[i], json::index_path("$.Policies", i));
        }
        w.end_array();
    }
    if (!ip_configurations.empty()) {
        w.key("IpConfigurations");
        w.begin_array();
        for (const auto& config : ip_configurations) {
            write_ip_config(w, config);
        }
        w.end_array();
    }
    w.key("Dns"); // a struct: Go's omitempty never omits it
    detail::write_dns(w, dns);
    if (!routes.empty()) {
        w.key("Routes");
        w.begin_array();
        for (const auto& route : routes) {
            detail::write_route(w, route);
        }
        w.end_array();
    }
    detail::write_string(w, "MacAddress", mac_address);
    detail::write_number(w, "Flags", static_cast<std::uint32_t>(flags));
    w.key("Health"); // a struct
    detail::write_health(w, health);
    w.key("SchemaVersion"); // a struct
    detail::write_schema_version(w, schema_version);
    w.end_object();
    auto compact = w.take();
    return style == JsonStyle::Compact ? compact : json::go_indent(compact);
}

Endpoint Endpoint::from_json(std::string_view text) {
    const auto doc = json::parse(text);
    const json::Object obj(doc, "$", "HostComputeEndpoint",
                           {"ID", "Name", "HostComputeNetwork", "HostComputeNamespace", "Policies",
                            "IpConfigurations", "Dns", "Routes", "MacAddress", "Flags", "Health",
                            "SchemaVersion"});
    Endpoint ep;
    if (const auto* v = obj.find("ID")) {
        ep.id = json::read_string(*v, obj.path("ID"));
    }
    if (const auto* v = obj.find("Name")) {
        ep.name = json::read_string(*v, obj.path("Name"));
    }
    if (const auto* v = obj.find("HostComputeNetwork")) {
        ep.host_compute_network = json::read_string(*v, obj.path("HostComputeNetwork"));
    }
    if (const auto* v = obj.find("HostComputeNamespace")) {
        ep.host_compute_namespace = json::read_string(*v, obj.path("HostComputeNamespace"));
    }
    if (const auto* v = obj.find("Policies")) {
        json::read_array(*v, obj.path("Policies"), [&](const json::Value& e, const std::string& p) {
            ep.policies.push_back(detail::read_endpoint_policy(e, p));
        });
    }
    if (const auto* v = obj.find("IpConfigurations")) {
        json::read_array(*v, obj.path("IpConfigurations"),
                         [&](const json::Value& e, const std::string& p) {
                             ep.ip_configurations.push_back(read_ip_config(e, p));
                         });
    }
    if (const auto* v = obj.find("Dns")) {
        ep.dns = detail::read_dns(*v, obj.path("Dns"));
    }
    if (const auto* v = obj.find("Routes")) {
        json::read_array(*v, obj.path("Routes"), [&](const json::Value& e, const std::string& p) {
            ep.routes.push_back(detail::read_route(e, p));
        });
    }
    if (const auto* v = obj.find("MacAddress")) {
        // "" is what omitempty leaves out: no MAC yet (HNS assigns one from the network's pool).
        ep.mac_address = detail::read_optional_mac(*v, obj.path("MacAddress"));
    }
    if (const auto* v = obj.find("Flags")) {
        ep.flags = static_cast<EndpointFlags>(
            detail::read_flags(*v, obj.path("Flags"), endpoint_flags_defined, "EndpointFlags"));
    }
    if (const auto* v = obj.find("Health")) {
        ep.health = detail::read_health(*v, obj.path("Health"));
    }
    if (const auto* v = obj.find("SchemaVersion")) {
        ep.schema_version = detail::read_schema_version(*v, obj.path("SchemaVersion"));
    }
    return ep;
}

} // namespace winnet::hns
