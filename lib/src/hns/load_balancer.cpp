#include "hns/json_common.hpp"
#include "hns/schema_version_json.hpp"
#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/hns/load_balancer.hpp>

#include <array>
#include <utility>

namespace winnet::hns {

namespace {

template <class Flags, std::size_t N>
std::string flag_names(Flags flags, const std::array<std::pair<Flags, const char*>, N>& names) {
    const auto bits = static_cast<std::uint32_t>(flags);
    std::string out;
    std::uint32_t named = 0;
    for (const auto& [flag, name] : names) {
        if ((bits & static_cast<std::uint32_t>(flag)) != 0) {
            out += out.empty() ? "" : "|";
            out += name;
            named |= static_cast<std::uint32_t>(flag);
        }
    }
    if (const auto rest = bits & ~named; rest != 0) {
        out += out.empty() ? "" : "|";
        out += std::to_string(rest); // bits HNS does not define, shown rather than lost
    }
    return out.empty() ? "None" : out;
}

constexpr std::array<std::pair<LoadBalancerFlags, const char*>, 2> lb_flag_names{{
    {LoadBalancerFlags::DSR, "DSR"},
    {LoadBalancerFlags::IPv6, "IPv6"},
}};
constexpr std::uint32_t lb_flags_defined = 1U | 2U;

constexpr std::array<std::pair<PortMappingFlags, const char*>, 5> pm_flag_names{{
    {PortMappingFlags::ILB, "ILB"},
    {PortMappingFlags::LocalRoutedVIP, "LocalRoutedVIP"},
    {PortMappingFlags::UseMux, "UseMux"},
    {PortMappingFlags::PreserveDIP, "PreserveDIP"},
    {PortMappingFlags::VipExternalIP, "VipExternalIP"},
}};
constexpr std::uint32_t pm_flags_defined = 1U | 2U | 4U | 8U | 16U;

std::uint32_t read_flags(const json::Value& value, const std::string& path, std::uint32_t defined,
                         std::string_view type_name) {
    const auto bits =
        static_cast<std::uint32_t>(json::read_unsigned(value, path, 0xFFFFFFFFU, "uint32 bit set"));
    if (const auto unknown = bits & ~defined; unknown != 0) {
        throw JsonError(path, "flag bits " + std::to_string(unknown) + " of " +
                                  std::to_string(bits) + " are not defined for " +
                                  std::string(type_name) +
                                  " (defined bits: " + std::to_string(defined) + ")");
    }
    return bits;
}

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
        pm.internal_port = static_cast<std::uint16_t>(
            json::read_unsigned(*v, obj.path("InternalPort"), 65535, "uint16"));
    }
    if (const auto* v = obj.find("ExternalPort")) {
        pm.external_port = static_cast<std::uint16_t>(
            json::read_unsigned(*v, obj.path("ExternalPort"), 65535, "uint16"));
    }
    if (const auto* v = obj.find("DistributionType")) {
        pm.distribution_type = read_distribution(*v, obj.path("DistributionType"));
    }
    if (const auto* v = obj.find("Flags")) {
        pm.flags = static_cast<PortMappingFlags>(
            read_flags(*v, obj.path("Flags"), pm_flags_defined, "LoadBalancerPortMappingFlags"));
    }
    return pm;
}

void write_port_mapping(json::GoWriter& w, const PortMapping& pm) {
    w.begin_object();
    if (pm.protocol != Protocol::Unspecified) {
        w.key("Protocol");
        w.number(static_cast<std::uint32_t>(pm.protocol));
    }
    if (pm.internal_port != 0) {
        w.key("InternalPort");
        w.number(pm.internal_port);
    }
    if (pm.external_port != 0) {
        w.key("ExternalPort");
        w.number(pm.external_port);
    }
    if (pm.distribution_type != Distribution::None) {
        w.key("DistributionType");
        w.number(static_cast<std::uint32_t>(pm.distribution_type));
    }
    if (pm.flags != PortMappingFlags::None) {
        w.key("Flags");
        w.number(static_cast<std::uint32_t>(pm.flags));
    }
    w.end_object();
}

} // namespace

std::string to_string(LoadBalancerFlags flags) {
    return flag_names(flags, lb_flag_names);
}

std::string to_string(PortMappingFlags flags) {
    return flag_names(flags, pm_flag_names);
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
    if (!id.empty()) {
        w.key("ID");
        w.string(id);
    }
    if (!host_compute_endpoints.empty()) {
        w.key("HostComputeEndpoints");
        w.begin_array();
        for (const auto& ep : host_compute_endpoints) {
            w.string(ep);
        }
        w.end_array();
    }
    if (source_vip) {
        w.key("SourceVIP");
        w.string(source_vip->to_string());
    }
    if (!frontend_vips.empty()) {
        w.key("FrontendVIPs");
        w.begin_array();
        for (const auto& vip : frontend_vips) {
            w.string(vip.to_string());
        }
        w.end_array();
    }
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
    if (flags != LoadBalancerFlags::None) {
        w.key("Flags");
        w.number(static_cast<std::uint32_t>(flags));
    }
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
        json::read_array(*v, obj.path("HostComputeEndpoints"),
                         [&](const json::Value& e, const std::string& p) {
                             lb.host_compute_endpoints.push_back(json::read_string(e, p));
                         });
    }
    if (const auto* v = obj.find("SourceVIP")) {
        // Go cannot tell "" from absent after omitempty; both mean no source VIP.
        if (v->is_string() && v->get_ref<const std::string&>().empty()) {
            lb.source_vip.reset();
        } else {
            lb.source_vip = detail::read_ip(*v, obj.path("SourceVIP"));
        }
    }
    if (const auto* v = obj.find("FrontendVIPs")) {
        json::read_array(*v, obj.path("FrontendVIPs"),
                         [&](const json::Value& e, const std::string& p) {
                             lb.frontend_vips.push_back(detail::read_ip(e, p));
                         });
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
            read_flags(*v, obj.path("Flags"), lb_flags_defined, "LoadBalancerFlags"));
    }
    return lb;
}

} // namespace winnet::hns
