#include "hns/json_common.hpp"
#include "hns/json_flags.hpp"
#include "hns/schema_version_json.hpp"
#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/hns/load_balancer.hpp>

#include <array>
#include <utility>

namespace winnet::hns {

namespace {

constexpr std::array<std::pair<LoadBalancerFlags, const char*>, 2> lb_flag_names{{
    {LoadBalancerFlags::DSR, "DSR"},
    {LoadBalancerFlags::IPv6, "IPv6"},
}};
constexpr std::uint32_t lb_flags_defined = detail::defined_bits(lb_flag_names);

constexpr std::array<std::pair<PortMappingFlags, const char*>, 5> pm_flag_names{{
    {PortMappingFlags::ILB, "ILB"},
    {PortMappingFlags::LocalRoutedVIP, "LocalRoutedVIP"},
    {PortMappingFlags::UseMux, "UseMux"},
    {PortMappingFlags::PreserveDIP, "PreserveDIP"},
    {PortMappingFlags::VipExternalIP, "VipExternalIP"},
}};
constexpr std::uint32_t pm_flags_defined = detail::defined_bits(pm_flag_names);

Protocol read_protocol(const json::Value& value, const std::string& path) {
    const auto n = json::read_unsigned(value, path, 0xFFFFFFFFU, "uint32");
    switch (n) {
    case 0:
        return Protocol::Unspecified;
    case 6:
        return Protocol::TCP;
    case 17:
        return Protocol::UDP;
    case 132:
        return Protocol::SCTP;
    default:
        throw JsonError(path, "unsupported protocol " + std::to_string(n) +
                                  ": load balancers balance TCP (6), UDP (17) or SCTP (132)");
    }
}

Distribution read_distribution(const json::Value& value, const std::string& path) {
    const auto n = json::read_unsigned(value, path, 0xFFFFFFFFU, "uint32");
    if (n > 2) {
        throw JsonError(path, "unknown DistributionType " + std::to_string(n) +
                                  ": expected 0 (None), 1 (SourceIPProtocol) or 2 (SourceIP)");
    }
    return static_cast<Distribution>(n);
}

PortMapping read_port_mapping(const json::Value& value, const std::string& path) {
    const json::Object obj(
        value, path, "LoadBalancerPortMapping",
        {"Protocol", "InternalPort", "ExternalPort", "DistributionType", "Flags"});
    PortMapping pm;
    if (const auto* v = obj.find("Protocol")) {
        pm.protocol = read_protocol(*v, obj.path("Protocol"));
    }
    if (const auto* v = obj.find("InternalPort")) {
        pm.internal_port = detail::read_u16(*v, obj.path("InternalPort"));
    }
    if (const auto* v = obj.find("ExternalPort")) {
        pm.external_port = detail::read_u16(*v, obj.path("ExternalPort"));
    }
    if (const auto* v = obj.find("DistributionType")) {
        pm.distribution_type = read_distribution(*v, obj.path("DistributionType"));
    }
    if (const auto* v = obj.find("Flags")) {
        pm.flags = static_cast<PortMappingFlags>(detail::read_flags(
            *v, obj.path("Flags"), pm_flags_defined, "LoadBalancerPortMappingFlags"));
    }
    return pm;
}

void write_port_mapping(json::GoWriter& w, const PortMapping& pm) {
    w.begin_object(); // every field omitempty; Unspecified, None and no flags are 0
    detail::write_number(w, "Protocol", static_cast<std::uint32_t>(pm.protocol));
    detail::write_number(w, "InternalPort", pm.internal_port);
    detail::write_number(w, "ExternalPort", pm.external_port);
    detail::write_number(w, "DistributionType", static_cast<std::uint32_t>(pm.distribution_type));
    detail::write_number(w, "Flags", static_cast<std::uint32_t>(pm.flags));
    w.end_object();
}

} // namespace

std::string to_string(LoadBalancerFlags flags) {
    return detail::flag_names(flags, lb_flag_names);
}

std::string to_string(PortMappingFlags flags) {
    return detail::flag_names(flags, pm_flag_names);
}

std::string to_string(Distribution distribution) {
    switch (distribution) {
    case Distribution::None:
        return "None";
    case Distribution::SourceIPProtocol:
        return "SourceIPProtocol";
    case Distribution::SourceIP:
        return "SourceIP";
    }
    return std::to_string(static_cast<std::uint32_t>(distribution));
}

std::string to_string(Protocol protocol) {
    switch (protocol) {
    case Protocol::Unspecified:
        return "Unspecified";
    case Protocol::TCP:
        return "TCP";
    case Protocol::UDP:
        return "UDP";
    case Protocol::SCTP:
        return "SCTP";
    }
    return std::to_string(static_cast<std::uint32_t>(protocol));
}

// Field order and omitempty rules of hcsshim's HostComputeLoadBalancer struct.
std::string LoadBalancer::to_json(JsonStyle style) const {
    json::GoWriter w;
    w.begin_object();
    detail::write_string(w, "ID", id);
    detail::write_strings(w, "HostComputeEndpoints", host_compute_endpoints);
    detail::write_optional_ip(w, "SourceVIP", source_vip);
    detail::write_ips(w, "FrontendVIPs", frontend_vips);
    if (!port_mappings.empty()) {
        w.key("PortMappings");
        w.begin_array();
        for (const auto& pm : port_mappings) {
            write_port_mapping(w, pm);
        }
        w.end_array();
    }
    w.key("SchemaVersion"); // a struct: Go's omitempty never omits it
    detail::write_schema_version(w, schema_version);
    detail::write_number(w, "Flags", static_cast<std::uint32_t>(flags));
    w.end_object();
    auto compact = w.take();
    return style == JsonStyle::Compact ? compact : json::go_indent(compact);
}

LoadBalancer LoadBalancer::from_json(std::string_view text) {
    const auto doc = json::parse(text);
    const json::Object obj(doc, "$", "HostComputeLoadBalancer",
                           {"ID", "HostComputeEndpoints", "SourceVIP", "FrontendVIPs",
                            "PortMappings", "SchemaVersion", "Flags"});
    LoadBalancer lb;
    if (const auto* v = obj.find("ID")) {
        lb.id = json::read_string(*v, obj.path("ID"));
    }
    if (const auto* v = obj.find("HostComputeEndpoints")) {
        lb.host_compute_endpoints = detail::read_strings(*v, obj.path("HostComputeEndpoints"));
    }
    if (const auto* v = obj.find("SourceVIP")) {
        // Go cannot tell "" from absent after omitempty; both mean no source VIP.
        lb.source_vip = detail::read_optional_ip(*v, obj.path("SourceVIP"));
    }
    if (const auto* v = obj.find("FrontendVIPs")) {
        lb.frontend_vips = detail::read_ips(*v, obj.path("FrontendVIPs"));
    }
    if (const auto* v = obj.find("PortMappings")) {
        json::read_array(*v, obj.path("PortMappings"),
                         [&](const json::Value& e, const std::string& p) {
                             lb.port_mappings.push_back(read_port_mapping(e, p));
                         });
    }
    if (const auto* v = obj.find("SchemaVersion")) {
        lb.schema_version = detail::read_schema_version(*v, obj.path("SchemaVersion"));
    }
    if (const auto* v = obj.find("Flags")) {
        lb.flags = static_cast<LoadBalancerFlags>(
            detail::read_flags(*v, obj.path("Flags"), lb_flags_defined, "LoadBalancerFlags"));
    }
    return lb;
}

} // namespace winnet::hns
