// Endpoint policies <-> JSON. Each modelled settings struct is written as Go's json.Marshal
// writes hcsshim's struct (field order, omitempty per tag in hcn/hcnpolicy.go); every other
// policy type keeps its Settings verbatim, as hcsshim's json.RawMessage does.
#include "hns/endpoint_policy_json.hpp"
#include "hns/json_common.hpp"
#include "hns/json_flags.hpp"
#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/hns/endpoint_policy.hpp>

#include <array>
#include <type_traits>
#include <utility>

namespace winnet::hns {

namespace {

// hcsshim's EndpointPolicyType constants of the modelled types.
constexpr std::string_view type_provider_address = "ProviderAddress";
constexpr std::string_view type_outbound_nat = "OutBoundNAT";
constexpr std::string_view type_sdn_route = "SDNRoute";
constexpr std::string_view type_port_mapping = "PortMapping";
constexpr std::string_view type_acl = "ACL";
constexpr std::string_view type_l4_proxy = "L4Proxy";
constexpr std::string_view type_encap_overhead = "EncapOverhead";

constexpr std::array<std::pair<NatFlags, const char*>, 2> nat_flag_names{{
    {NatFlags::LocalRoutedVip, "LocalRoutedVip"},
    {NatFlags::IPv6, "IPv6"},
}};
constexpr std::uint32_t nat_flags_defined = detail::defined_bits(nat_flag_names);

NatFlags read_nat_flags(const json::Value& value, const std::string& path) {
    return static_cast<NatFlags>(detail::read_flags(value, path, nat_flags_defined, "NatFlags"));
}

Action read_action(const json::Value& value, const std::string& path) {
    const auto text = json::read_string(value, path);
    if (text == "Allow") {
        return Action::Allow;
    }
    if (text == "Block") {
        return Action::Block;
    }
    if (text == "Pass") {
        return Action::Pass;
    }
    throw JsonError(path, "unknown ACL Action \"" + text +
                              "\": expected \"Allow\", \"Block\" or \"Pass\"");
}

Direction read_direction(const json::Value& value, const std::string& path) {
    const auto text = json::read_string(value, path);
    if (text == "In") {
        return Direction::In;
    }
    if (text == "Out") {
        return Direction::Out;
    }
    throw JsonError(path, "unknown ACL Direction \"" + text + "\": expected \"In\" or \"Out\"");
}

std::optional<RuleType> read_rule_type(const json::Value& value, const std::string& path) {
    const auto text = json::read_string(value, path);
    if (text.empty()) {
        return std::nullopt; // omitempty: "" is absent
    }
    if (text == "Host") {
        return RuleType::Host;
    }
    if (text == "Switch") {
        return RuleType::Switch;
    }
    throw JsonError(path, "unknown ACL RuleType \"" + text + "\": expected \"Host\" or \"Switch\"");
}

ProviderAddressEndpointPolicySetting read_provider_address(const json::Value& value,
                                                           const std::string& path) {
    const json::Object obj(value, path, "ProviderAddressEndpointPolicySetting",
                           {"ProviderAddress"});
    ProviderAddressEndpointPolicySetting s;
    if (const auto* v = obj.find("ProviderAddress")) {
        s.provider_address = detail::read_optional_ip(*v, obj.path("ProviderAddress"));
    }
    return s;
}

OutboundNatPolicySetting read_outbound_nat(const json::Value& value, const std::string& path) {
    const json::Object obj(
        value, path, "OutboundNatPolicySetting",
        {"VirtualIP", "Exceptions", "Destinations", "Flags", "MaxPortPoolUsage"});
    OutboundNatPolicySetting s;
    if (const auto* v = obj.find("VirtualIP")) {
        s.virtual_ip = detail::read_optional_ip(*v, obj.path("VirtualIP"));
    }
    if (const auto* v = obj.find("Exceptions")) {
        json::read_array(*v, obj.path("Exceptions"),
                         [&](const json::Value& e, const std::string& p) {
                             s.exceptions.push_back(detail::read_prefix(e, p));
                         });
    }
    if (const auto* v = obj.find("Destinations")) {
        s.destinations = detail::read_ips(*v, obj.path("Destinations"));
    }
    if (const auto* v = obj.find("Flags")) {
        s.flags = read_nat_flags(*v, obj.path("Flags"));
    }
    if (const auto* v = obj.find("MaxPortPoolUsage")) {
        s.max_port_pool_usage = detail::read_u16(*v, obj.path("MaxPortPoolUsage"));
    }
    return s;
}

SDNRoutePolicySetting read_sdn_route(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "SDNRoutePolicySetting",
                           {"DestinationPrefix", "NextHop", "NeedEncap"});
    SDNRoutePolicySetting s;
    if (const auto* v = obj.find("DestinationPrefix")) {
        s.destination_prefix = detail::read_optional_prefix(*v, obj.path("DestinationPrefix"));
    }
    if (const auto* v = obj.find("NextHop")) {
        s.next_hop = detail::read_optional_ip(*v, obj.path("NextHop"));
    }
    if (const auto* v = obj.find("NeedEncap")) {
        s.need_encap = json::read_bool(*v, obj.path("NeedEncap"));
    }
    return s;
}

PortMappingPolicySetting read_port_mapping(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "PortMappingPolicySetting",
                           {"Protocol", "InternalPort", "ExternalPort", "VIP", "Flags"});
    PortMappingPolicySetting s;
    if (const auto* v = obj.find("Protocol")) {
        s.protocol = detail::read_u32(*v, obj.path("Protocol"));
    }
    if (const auto* v = obj.find("InternalPort")) {
        s.internal_port = detail::read_u16(*v, obj.path("InternalPort"));
    }
    if (const auto* v = obj.find("ExternalPort")) {
        s.external_port = detail::read_u16(*v, obj.path("ExternalPort"));
    }
    if (const auto* v = obj.find("VIP")) {
        s.vip = detail::read_optional_ip(*v, obj.path("VIP"));
    }
    if (const auto* v = obj.find("Flags")) {
        s.flags = read_nat_flags(*v, obj.path("Flags"));
    }
    return s;
}

AclPolicySetting read_acl(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "AclPolicySetting",
                           {"Protocols", "Action", "Direction", "LocalAddresses", "RemoteAddresses",
                            "LocalPorts", "RemotePorts", "RuleType", "Priority"});
    AclPolicySetting s;
    if (const auto* v = obj.find("Protocols")) {
        s.protocols = json::read_string(*v, obj.path("Protocols"));
    }
    // hcsshim writes Action and Direction without omitempty: an ACL always has both.
    if (const auto* v = obj.find("Action")) {
        s.action = read_action(*v, obj.path("Action"));
    } else {
        throw JsonError(obj.path("Action"),
                        "missing: an ACL needs an Action (\"Allow\", \"Block\" or \"Pass\")");
    }
    if (const auto* v = obj.find("Direction")) {
        s.direction = read_direction(*v, obj.path("Direction"));
    } else {
        throw JsonError(obj.path("Direction"),
                        "missing: an ACL needs a Direction (\"In\" or \"Out\")");
    }
    if (const auto* v = obj.find("LocalAddresses")) {
        s.local_addresses = json::read_string(*v, obj.path("LocalAddresses"));
    }
    if (const auto* v = obj.find("RemoteAddresses")) {
        s.remote_addresses = json::read_string(*v, obj.path("RemoteAddresses"));
    }
    if (const auto* v = obj.find("LocalPorts")) {
        s.local_ports = json::read_string(*v, obj.path("LocalPorts"));
    }
    if (const auto* v = obj.find("RemotePorts")) {
        s.remote_ports = json::read_string(*v, obj.path("RemotePorts"));
    }
    if (const auto* v = obj.find("RuleType")) {
        s.rule_type = read_rule_type(*v, obj.path("RuleType"));
    }
    if (const auto* v = obj.find("Priority")) {
        s.priority = detail::read_u16(*v, obj.path("Priority"));
    }
    return s;
}

L4ProxyPolicySetting read_l4_proxy(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "L4ProxyPolicySetting",
                           {"IP", "Port", "Protocol", "Exceptions", "Destination", "OutboundNAT"});
    L4ProxyPolicySetting s;
    if (const auto* v = obj.find("IP")) {
        s.ip = detail::read_optional_ip(*v, obj.path("IP"));
    }
    if (const auto* v = obj.find("Port")) {
        s.port = json::read_string(*v, obj.path("Port"));
    }
    if (const auto* v = obj.find("Protocol")) {
        s.protocol = detail::read_u32(*v, obj.path("Protocol"));
    }
    if (const auto* v = obj.find("Exceptions")) {
        s.exceptions = detail::read_strings(*v, obj.path("Exceptions"));
    }
    if (const auto* v = obj.find("Destination")) {
        s.destination = json::read_string(*v, obj.path("Destination"));
    }
    if (const auto* v = obj.find("OutboundNAT")) {
        s.outbound_nat = json::read_bool(*v, obj.path("OutboundNAT"));
    }
    return s;
}

EncapOverheadEndpointPolicySetting read_encap_overhead(const json::Value& value,
                                                       const std::string& path) {
    const json::Object obj(value, path, "EncapOverheadEndpointPolicySetting", {"Overhead"});
    EncapOverheadEndpointPolicySetting s;
    if (const auto* v = obj.find("Overhead")) {
        s.overhead = detail::read_u16(*v, obj.path("Overhead"));
    }
    return s;
}

void write_bool(json::GoWriter& w, std::string_view key, bool value) {
    if (value) { // omitempty
        w.key(key);
        w.boolean(true);
    }
}

void write_settings(json::GoWriter& w, const ProviderAddressEndpointPolicySetting& s) {
    w.begin_object();
    detail::write_optional_ip(w, "ProviderAddress", s.provider_address);
    w.end_object();
}

void write_settings(json::GoWriter& w, const OutboundNatPolicySetting& s) {
    w.begin_object();
    detail::write_optional_ip(w, "VirtualIP", s.virtual_ip);
    if (!s.exceptions.empty()) {
        w.key("Exceptions");
        w.begin_array();
        for (const auto& e : s.exceptions) {
            w.string(e.to_string());
        }
        w.end_array();
    }
    detail::write_ips(w, "Destinations", s.destinations);
    detail::write_number(w, "Flags", static_cast<std::uint32_t>(s.flags));
    detail::write_number(w, "MaxPortPoolUsage", s.max_port_pool_usage);
    w.end_object();
}

void write_settings(json::GoWriter& w, const SDNRoutePolicySetting& s) {
    w.begin_object();
    detail::write_optional_prefix(w, "DestinationPrefix", s.destination_prefix);
    detail::write_optional_ip(w, "NextHop", s.next_hop);
    write_bool(w, "NeedEncap", s.need_encap);
    w.end_object();
}

void write_settings(json::GoWriter& w, const PortMappingPolicySetting& s) {
    w.begin_object();
    detail::write_number(w, "Protocol", s.protocol);
    detail::write_number(w, "InternalPort", s.internal_port);
    detail::write_number(w, "ExternalPort", s.external_port);
    detail::write_optional_ip(w, "VIP", s.vip);
    detail::write_number(w, "Flags", static_cast<std::uint32_t>(s.flags));
    w.end_object();
}

void write_settings(json::GoWriter& w, const AclPolicySetting& s) {
    w.begin_object();
    detail::write_string(w, "Protocols", s.protocols);
    w.key("Action"); // `json:""`: always written
    w.string(to_string(s.action));
    w.key("Direction");
    w.string(to_string(s.direction));
    detail::write_string(w, "LocalAddresses", s.local_addresses);
    detail::write_string(w, "RemoteAddresses", s.remote_addresses);
    detail::write_string(w, "LocalPorts", s.local_ports);
    detail::write_string(w, "RemotePorts", s.remote_ports);
    if (s.rule_type) {
        w.key("RuleType");
        w.string(to_string(*s.rule_type));
    }
    detail::write_number(w, "Priority", s.priority);
    w.end_object();
}

void write_settings(json::GoWriter& w, const L4ProxyPolicySetting& s) {
    w.begin_object();
    detail::write_optional_ip(w, "IP", s.ip);
    detail::write_string(w, "Port", s.port);
    detail::write_number(w, "Protocol", s.protocol);
    detail::write_strings(w, "Exceptions", s.exceptions);
    w.key("Destination"); // no tag at all: always written
    w.string(s.destination);
    write_bool(w, "OutboundNAT", s.outbound_nat);
    w.end_object();
}

void write_settings(json::GoWriter& w, const EncapOverheadEndpointPolicySetting& s) {
    w.begin_object();
    detail::write_number(w, "Overhead", s.overhead);
    w.end_object();
}

template <class> inline constexpr bool always_false = false;

} // namespace

std::string to_string(NatFlags flags) {
    return detail::flag_names(flags, nat_flag_names);
}

std::string to_string(Action action) {
    switch (action) {
    case Action::Allow:
        return "Allow";
    case Action::Block:
        return "Block";
    case Action::Pass:
        return "Pass";
    }
    return std::to_string(static_cast<int>(action));
}

std::string to_string(Direction direction) {
    switch (direction) {
    case Direction::In:
        return "In";
    case Direction::Out:
        return "Out";
    }
    return std::to_string(static_cast<int>(direction));
}

std::string to_string(RuleType rule_type) {
    switch (rule_type) {
    case RuleType::Host:
        return "Host";
    case RuleType::Switch:
        return "Switch";
    }
    return std::to_string(static_cast<int>(rule_type));
}

std::string policy_type(const EndpointPolicy& policy) {
    return std::visit(
        [](const auto& p) -> std::string {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, ProviderAddressEndpointPolicySetting>) {
                return std::string(type_provider_address);
            } else if constexpr (std::is_same_v<T, OutboundNatPolicySetting>) {
                return std::string(type_outbound_nat);
            } else if constexpr (std::is_same_v<T, SDNRoutePolicySetting>) {
                return std::string(type_sdn_route);
            } else if constexpr (std::is_same_v<T, PortMappingPolicySetting>) {
                return std::string(type_port_mapping);
            } else if constexpr (std::is_same_v<T, AclPolicySetting>) {
                return std::string(type_acl);
            } else if constexpr (std::is_same_v<T, L4ProxyPolicySetting>) {
                return std::string(type_l4_proxy);
            } else if constexpr (std::is_same_v<T, EncapOverheadEndpointPolicySetting>) {
                return std::string(type_encap_overhead);
            } else if constexpr (std::is_same_v<T, OtherEndpointPolicy>) {
                return p.type;
            } else {
                static_assert(always_false<T>, "every EndpointPolicy alternative has a Type");
            }
        },
        policy);
}

namespace detail {

EndpointPolicy read_endpoint_policy(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "EndpointPolicy", {"Type", "Settings"});
    const auto* type_value = obj.find("Type");
    if (type_value == nullptr) {
        throw JsonError(obj.path("Type"), "missing: every endpoint policy needs a Type");
    }
    const auto type = json::read_string(*type_value, obj.path("Type"));
    if (type.empty()) {
        throw JsonError(obj.path("Type"), "empty: every endpoint policy needs a Type");
    }
    const auto* settings = obj.find("Settings");
    const auto settings_path = obj.path("Settings");
    const auto typed = [&](auto read) -> EndpointPolicy {
        if (settings == nullptr) {
            throw JsonError(settings_path, "missing: a policy of Type \"" + type +
                                               "\" needs Settings (hcsshim marshals its settings "
                                               "struct, which is at least {})");
        }
        return read(*settings, settings_path);
    };
    if (type == type_provider_address) {
        return typed(read_provider_address);
    }
    if (type == type_outbound_nat) {
        return typed(read_outbound_nat);
    }
    if (type == type_sdn_route) {
        return typed(read_sdn_route);
    }
    if (type == type_port_mapping) {
        return typed(read_port_mapping);
    }
    if (type == type_acl) {
        return typed(read_acl);
    }
    if (type == type_l4_proxy) {
        return typed(read_l4_proxy);
    }
    if (type == type_encap_overhead) {
        return typed(read_encap_overhead);
    }
    return OtherEndpointPolicy{type, settings != nullptr ? read_raw(*settings) : std::string()};
}

void write_endpoint_policy(json::GoWriter& w, const EndpointPolicy& policy,
                           const std::string& path) {
    w.begin_object();
    w.key("Type"); // `json:""`: always written
    w.string(policy_type(policy));
    std::visit(
        [&w, &path](const auto& p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, OtherEndpointPolicy>) {
                if (!p.settings_json.empty()) {
                    // As json.Marshal does with a json.RawMessage: validated, then compacted.
                    json::Value settings;
                    try {
                        settings = json::parse(p.settings_json);
                    } catch (const JsonError& e) {
                        throw JsonError(json::child_path(path, "Settings"),
                                        "settings_json of the " + p.type +
                                            " policy is not JSON: " + e.problem());
                    }
                    w.key("Settings");
                    w.raw(json::to_raw_json(settings));
                }
            } else {
                w.key("Settings");
                write_settings(w, p);
            }
        },
        policy);
    w.end_object();
}

} // namespace detail

} // namespace winnet::hns
