#include "hns/json_common.hpp"
#include "hns/json_flags.hpp"
#include "hns/schema_version_json.hpp"
#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/hns/network.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace winnet::hns {

namespace {

template <class... F> struct overloaded : F... { using F::operator()...; };
template <class... F> overloaded(F...) -> overloaded<F...>;

// --- enums and flags ------------------------------------------------------------------------

constexpr std::array<std::pair<NetworkFlags, const char*>, 3> network_flag_names{{
    {NetworkFlags::EnableNonPersistent, "EnableNonPersistent"},
    {NetworkFlags::DisableHostPort, "DisableHostPort"},
    {NetworkFlags::EnableIov, "EnableIov"},
}};
constexpr std::uint32_t network_flags_defined = detail::defined_bits(network_flag_names);

constexpr std::array<std::pair<SubnetFlags, const char*>, 1> subnet_flag_names{{
    {SubnetFlags::DoNotReserveGatewayAddress, "DoNotReserveGatewayAddress"},
}};
constexpr std::uint32_t subnet_flags_defined = detail::defined_bits(subnet_flag_names);

constexpr std::array<std::pair<NetworkType, const char*>, 7> network_type_names{{
    {NetworkType::NAT, "NAT"},
    {NetworkType::Transparent, "Transparent"},
    {NetworkType::L2Bridge, "L2Bridge"},
    {NetworkType::L2Tunnel, "L2Tunnel"},
    {NetworkType::ICS, "ICS"},
    {NetworkType::Private, "Private"},
    {NetworkType::Overlay, "Overlay"},
}};

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

// An enum-like string that must be one of `names` exactly; a case-only difference gets a hint.
template <std::size_t N>
std::size_t read_name(const json::Value& value, const std::string& path, std::string_view what,
                      const std::array<std::string_view, N>& names) {
    const auto text = json::read_string(value, path);
    for (std::size_t i = 0; i < N; ++i) {
        if (text == names[i]) {
            return i;
        }
    }
    std::string problem = "unknown " + std::string(what) + " \"" + text + "\"";
    for (const auto name : names) {
        if (equal_ignoring_case(name, text)) {
            problem += " (did you mean \"" + std::string(name) + "\"? values are case-sensitive)";
        }
    }
    problem += "; expected one of";
    for (std::size_t i = 0; i < N; ++i) {
        problem += (i == 0 ? " " : ", ") + std::string(names[i]);
    }
    throw JsonError(path, problem);
}

std::optional<NetworkType> read_network_type(const json::Value& value, const std::string& path) {
    if (detail::is_empty_string(value)) {
        return std::nullopt; // Go cannot tell "" from absent after omitempty
    }
    std::array<std::string_view, network_type_names.size()> names{};
    for (std::size_t i = 0; i < names.size(); ++i) {
        names[i] = network_type_names[i].second;
    }
    return network_type_names[read_name(value, path, "network Type", names)].first;
}

std::string read_ipam_type(const json::Value& value, const std::string& path) {
    if (detail::is_empty_string(value)) {
        return {};
    }
    constexpr std::array<std::string_view, 2> names{"Static", "DHCP"};
    return std::string(names[read_name(value, path, "Ipam Type", names)]);
}

// --- reading helpers ------------------------------------------------------------------------

// A field Go always writes (no omitempty): absent (or null) is an error at the object's path.
const json::Value& require(const json::Object& obj, const std::string& path, std::string_view key,
                           std::string_view type_name) {
    if (const auto* v = obj.find(key)) {
        return *v;
    }
    throw JsonError(path, "missing field \"" + std::string(key) + "\" of " +
                              std::string(type_name) +
                              " (it has no omitempty: Go always writes it)");
}

// The Settings of a policy Type winnet models: required.
const json::Value& need_settings(const json::Value* settings, const std::string& policy_path,
                                 std::string_view policy_kind, std::string_view type,
                                 std::string_view settings_type) {
    if (settings == nullptr) {
        throw JsonError(policy_path, "missing field \"Settings\" of " + std::string(policy_kind) +
                                         ": a " + std::string(type) + " policy needs its " +
                                         std::string(settings_type));
    }
    return *settings;
}

// The verbatim Settings of a policy winnet does not model; a literal null is kept, as a Go
// json.RawMessage keeps it.
std::string raw_settings(const json::Value& policy) {
    if (const auto it = policy.find("Settings"); it != policy.end()) {
        return detail::read_raw(*it);
    }
    return {};
}

std::string read_policy_type(const json::Object& obj, const std::string& path,
                             std::string_view policy_kind) {
    const auto* t = obj.find("Type");
    if (t == nullptr) {
        throw JsonError(path, "missing field \"Type\" of " + std::string(policy_kind));
    }
    auto type = json::read_string(*t, obj.path("Type"));
    if (type.empty()) {
        throw JsonError(obj.path("Type"), "empty policy Type: HNS needs the policy's type name");
    }
    return type;
}

// --- network policies -----------------------------------------------------------------------

RemoteSubnetRoutePolicySetting read_remote_subnet_route(const json::Value& value,
                                                        const std::string& path) {
    constexpr std::string_view type_name = "RemoteSubnetRoutePolicySetting";
    const json::Object obj(
        value, path, type_name,
        {"DestinationPrefix", "IsolationId", "ProviderAddress", "DistributedRouterMacAddress"});
    RemoteSubnetRoutePolicySetting p;
    p.destination_prefix = detail::read_prefix(require(obj, path, "DestinationPrefix", type_name),
                                               obj.path("DestinationPrefix"));
    p.isolation_id =
        detail::read_u16(require(obj, path, "IsolationId", type_name), obj.path("IsolationId"));
    p.provider_address = detail::read_ip(require(obj, path, "ProviderAddress", type_name),
                                         obj.path("ProviderAddress"));
    p.distributed_router_mac_address =
        detail::read_mac(require(obj, path, "DistributedRouterMacAddress", type_name),
                         obj.path("DistributedRouterMacAddress"));
    return p;
}

ProviderAddressNetworkPolicySetting read_provider_address(const json::Value& value,
                                                          const std::string& path) {
    const json::Object obj(value, path, "ProviderAddressNetworkPolicySetting", {"ProviderAddress"});
    ProviderAddressNetworkPolicySetting p;
    if (const auto* v = obj.find("ProviderAddress")) {
        p.provider_address = detail::read_optional_ip(*v, obj.path("ProviderAddress"));
    }
    return p;
}

DrMacAddressNetworkPolicySetting read_dr_mac_address(const json::Value& value,
                                                     const std::string& path) {
    const json::Object obj(value, path, "DrMacAddressNetworkPolicySetting", {"Address"});
    DrMacAddressNetworkPolicySetting p;
    if (const auto* v = obj.find("Address")) {
        p.address = detail::read_optional_mac(*v, obj.path("Address"));
    }
    return p;
}

VxlanPortPolicySetting read_vxlan_port(const json::Value& value, const std::string& path) {
    constexpr std::string_view type_name = "VxlanPortPolicySetting";
    const json::Object obj(value, path, type_name, {"Port"});
    return VxlanPortPolicySetting{
        detail::read_u16(require(obj, path, "Port", type_name), obj.path("Port"))};
}

HostRoutePolicySetting read_host_route(const json::Value* settings, const std::string& path) {
    if (settings == nullptr) {
        return {};
    }
    if (!settings->is_object()) {
        throw JsonError(path,
                        "expected an object (HostRoute settings, which are empty {}), found " +
                            json::describe(*settings));
    }
    if (!settings->empty()) {
        const auto key = settings->begin().key();
        throw JsonError(json::child_path(path, key),
                        "unknown field \"" + key + "\": HostRoute policies have no settings ({})");
    }
    return {};
}

SourceMacAddressNetworkPolicySetting read_source_mac_address(const json::Value& value,
                                                             const std::string& path) {
    const json::Object obj(value, path, "SourceMacAddressNetworkPolicySetting",
                           {"SourceMacAddress"});
    SourceMacAddressNetworkPolicySetting p;
    if (const auto* v = obj.find("SourceMacAddress")) {
        p.source_mac_address = detail::read_optional_mac(*v, obj.path("SourceMacAddress"));
    }
    return p;
}

NetAdapterNameNetworkPolicySetting read_net_adapter_name(const json::Value& value,
                                                         const std::string& path) {
    const json::Object obj(value, path, "NetAdapterNameNetworkPolicySetting",
                           {"NetworkAdapterName"});
    NetAdapterNameNetworkPolicySetting p;
    if (const auto* v = obj.find("NetworkAdapterName")) {
        p.network_adapter_name = json::read_string(*v, obj.path("NetworkAdapterName"));
    }
    return p;
}

NetworkPolicy read_network_policy(const json::Value& value, const std::string& path) {
    constexpr std::string_view kind = "NetworkPolicy";
    const json::Object obj(value, path, kind, {"Type", "Settings"});
    auto type = read_policy_type(obj, path, kind);
    const auto* settings = obj.find("Settings");
    const auto settings_path = obj.path("Settings");
    const auto need = [&](std::string_view settings_type) -> const json::Value& {
        return need_settings(settings, path, kind, type, settings_type);
    };
    if (type == "RemoteSubnetRoute") {
        return read_remote_subnet_route(need("RemoteSubnetRoutePolicySetting"), settings_path);
    }
    if (type == "ProviderAddress") {
        return read_provider_address(need("ProviderAddressNetworkPolicySetting"), settings_path);
    }
    if (type == "DrMacAddress") {
        return read_dr_mac_address(need("DrMacAddressNetworkPolicySetting"), settings_path);
    }
    if (type == "VxlanPort") {
        return read_vxlan_port(need("VxlanPortPolicySetting"), settings_path);
    }
    if (type == "HostRoute") {
        return read_host_route(settings, settings_path);
    }
    if (type == "SourceMacAddress") {
        return read_source_mac_address(need("SourceMacAddressNetworkPolicySetting"), settings_path);
    }
    if (type == "NetAdapterName") {
        return read_net_adapter_name(need("NetAdapterNameNetworkPolicySetting"), settings_path);
    }
    return OtherNetworkPolicy{std::move(type), raw_settings(value)};
}

// Settings kept as text: re-compacted as Go's json.Marshal compacts a json.RawMessage, and
// rejected (as Go rejects it) when it is not JSON.
void write_raw_settings(json::GoWriter& w, const std::string& settings_json,
                        const std::string& settings_path) {
    if (settings_json.empty()) {
        return; // omitempty of a json.RawMessage
    }
    json::Value parsed;
    try {
        parsed = json::parse(settings_json);
    } catch (const JsonError& e) {
        throw JsonError(settings_path, "settings_json is " + e.problem());
    }
    w.key("Settings");
    w.raw(json::to_raw_json(parsed));
}

void write_network_policy(json::GoWriter& w, const NetworkPolicy& policy, const std::string& path) {
    w.begin_object();
    w.key("Type"); // `json:""`: no omitempty
    w.string(policy_type(policy));
    std::visit(overloaded{
                   [&](const RemoteSubnetRoutePolicySetting& p) {
                       // No omitempty in RemoteSubnetRoutePolicySetting: all four always written.
                       w.key("Settings");
                       w.begin_object();
                       w.key("DestinationPrefix");
                       w.string(p.destination_prefix.to_string());
                       w.key("IsolationId");
                       w.number(p.isolation_id);
                       w.key("ProviderAddress");
                       w.string(p.provider_address.to_string());
                       w.key("DistributedRouterMacAddress");
                       w.string(p.distributed_router_mac_address);
                       w.end_object();
                   },
                   [&](const ProviderAddressNetworkPolicySetting& p) {
                       w.key("Settings");
                       w.begin_object();
                       detail::write_optional_ip(w, "ProviderAddress", p.provider_address);
                       w.end_object();
                   },
                   [&](const DrMacAddressNetworkPolicySetting& p) {
                       w.key("Settings");
                       w.begin_object();
                       detail::write_string(w, "Address", p.address);
                       w.end_object();
                   },
                   [&](const VxlanPortPolicySetting& p) {
                       w.key("Settings");
                       w.begin_object();
                       w.key("Port"); // no omitempty
                       w.number(p.port);
                       w.end_object();
                   },
                   [&](const HostRoutePolicySetting&) {
                       w.key("Settings"); // as hcsshim's tests and flanneld send it
                       w.begin_object();
                       w.end_object();
                   },
                   [&](const SourceMacAddressNetworkPolicySetting& p) {
                       w.key("Settings");
                       w.begin_object();
                       detail::write_string(w, "SourceMacAddress", p.source_mac_address);
                       w.end_object();
                   },
                   [&](const NetAdapterNameNetworkPolicySetting& p) {
                       w.key("Settings");
                       w.begin_object();
                       detail::write_string(w, "NetworkAdapterName", p.network_adapter_name);
                       w.end_object();
                   },
                   [&](const OtherNetworkPolicy& p) {
                       write_raw_settings(w, p.settings_json, json::child_path(path, "Settings"));
                   },
               },
               policy);
    w.end_object();
}

// --- subnets, IPAM, MAC pool ----------------------------------------------------------------

std::uint32_t read_isolation_id(const json::Value* settings, const std::string& policy_path,
                                const std::string& settings_path, std::string_view type,
                                std::string_view type_name) {
    const auto& value = need_settings(settings, policy_path, "SubnetPolicy", type, type_name);
    const json::Object obj(value, settings_path, type_name, {"IsolationId"});
    return detail::read_u32(require(obj, settings_path, "IsolationId", type_name),
                            obj.path("IsolationId"));
}

SubnetPolicy read_subnet_policy(const json::Value& value, const std::string& path) {
    constexpr std::string_view kind = "SubnetPolicy";
    const json::Object obj(value, path, kind, {"Type", "Settings"});
    auto type = read_policy_type(obj, path, kind);
    const auto* settings = obj.find("Settings");
    const auto settings_path = obj.path("Settings");
    if (type == "VLAN") {
        return VlanPolicySetting{
            read_isolation_id(settings, path, settings_path, type, "VlanPolicySetting")};
    }
    if (type == "VSID") {
        return VsidPolicySetting{
            read_isolation_id(settings, path, settings_path, type, "VsidPolicySetting")};
    }
    return OtherSubnetPolicy{std::move(type), raw_settings(value)};
}

void write_subnet_policy(json::GoWriter& w, const SubnetPolicy& policy, const std::string& path) {
    w.begin_object();
    w.key("Type");
    w.string(policy_type(policy));
    std::visit(overloaded{
                   [&](const VlanPolicySetting& p) {
                       w.key("Settings");
                       w.begin_object();
                       w.key("IsolationId"); // `json:""`: no omitempty
                       w.number(p.isolation_id);
                       w.end_object();
                   },
                   [&](const VsidPolicySetting& p) {
                       w.key("Settings");
                       w.begin_object();
                       w.key("IsolationId");
                       w.number(p.isolation_id);
                       w.end_object();
                   },
                   [&](const OtherSubnetPolicy& p) {
                       write_raw_settings(w, p.settings_json, json::child_path(path, "Settings"));
                   },
               },
               policy);
    w.end_object();
}

Subnet read_subnet(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "Subnet",
                           {"IpAddressPrefix", "Policies", "Routes", "Flags"});
    Subnet subnet;
    if (const auto* v = obj.find("IpAddressPrefix")) {
        subnet.ip_address_prefix = detail::read_optional_prefix(*v, obj.path("IpAddressPrefix"));
    }
    if (const auto* v = obj.find("Policies")) {
        json::read_array(*v, obj.path("Policies"), [&](const json::Value& e, const std::string& p) {
            subnet.policies.push_back(read_subnet_policy(e, p));
        });
    }
    if (const auto* v = obj.find("Routes")) {
        json::read_array(*v, obj.path("Routes"), [&](const json::Value& e, const std::string& p) {
            subnet.routes.push_back(detail::read_route(e, p));
        });
    }
    if (const auto* v = obj.find("Flags")) {
        subnet.flags = static_cast<SubnetFlags>(
            detail::read_flags(*v, obj.path("Flags"), subnet_flags_defined, "SubnetFlags"));
    }
    return subnet;
}

void write_subnet(json::GoWriter& w, const Subnet& subnet, const std::string& path) {
    w.begin_object();
    detail::write_optional_prefix(w, "IpAddressPrefix", subnet.ip_address_prefix);
    if (!subnet.policies.empty()) {
        const auto policies_path = json::child_path(path, "Policies");
        w.key("Policies");
        w.begin_array();
        for (std::size_t i = 0; i < subnet.policies.size(); ++i) {
            write_subnet_policy(w, subnet.policies[i], json::index_path(policies_path, i));
        }
        w.end_array();
    }
    if (!subnet.routes.empty()) {
        w.key("Routes");
        w.begin_array();
        for (const auto& route : subnet.routes) {
            detail::write_route(w, route);
        }
        w.end_array();
    }
    detail::write_number(w, "Flags", static_cast<std::uint32_t>(subnet.flags));
    w.end_object();
}

Ipam read_ipam(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "Ipam", {"Type", "Subnets"});
    Ipam ipam;
    if (const auto* v = obj.find("Type")) {
        ipam.type = read_ipam_type(*v, obj.path("Type"));
    }
    if (const auto* v = obj.find("Subnets")) {
        json::read_array(*v, obj.path("Subnets"), [&](const json::Value& e, const std::string& p) {
            ipam.subnets.push_back(read_subnet(e, p));
        });
    }
    return ipam;
}

void write_ipam(json::GoWriter& w, const Ipam& ipam, const std::string& path) {
    w.begin_object();
    detail::write_string(w, "Type", ipam.type);
    if (!ipam.subnets.empty()) {
        const auto subnets_path = json::child_path(path, "Subnets");
        w.key("Subnets");
        w.begin_array();
        for (std::size_t i = 0; i < ipam.subnets.size(); ++i) {
            write_subnet(w, ipam.subnets[i], json::index_path(subnets_path, i));
        }
        w.end_array();
    }
    w.end_object();
}

MacPool read_mac_pool(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "MacPool", {"Ranges"});
    MacPool pool;
    if (const auto* v = obj.find("Ranges")) {
        json::read_array(*v, obj.path("Ranges"), [&](const json::Value& e, const std::string& p) {
            const json::Object range(e, p, "MacRange", {"StartMacAddress", "EndMacAddress"});
            MacRange r;
            if (const auto* x = range.find("StartMacAddress")) {
                r.start_mac_address = detail::read_optional_mac(*x, range.path("StartMacAddress"));
            }
            if (const auto* x = range.find("EndMacAddress")) {
                r.end_mac_address = detail::read_optional_mac(*x, range.path("EndMacAddress"));
            }
            pool.ranges.push_back(std::move(r));
        });
    }
    return pool;
}

void write_mac_pool(json::GoWriter& w, const MacPool& pool) {
    w.begin_object();
    if (!pool.ranges.empty()) {
        w.key("Ranges");
        w.begin_array();
        for (const auto& r : pool.ranges) {
            w.begin_object();
            detail::write_string(w, "StartMacAddress", r.start_mac_address);
            detail::write_string(w, "EndMacAddress", r.end_mac_address);
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
}

} // namespace

std::string to_string(NetworkType type) {
    for (const auto& [t, name] : network_type_names) {
        if (t == type) {
            return name;
        }
    }
    return std::to_string(static_cast<int>(type));
}

std::string to_string(NetworkFlags flags) {
    return detail::flag_names(flags, network_flag_names);
}

std::string to_string(SubnetFlags flags) {
    return detail::flag_names(flags, subnet_flag_names);
}

std::string policy_type(const NetworkPolicy& policy) {
    return std::visit(
        overloaded{
            [](const RemoteSubnetRoutePolicySetting&) -> std::string {
                return "RemoteSubnetRoute";
            },
            [](const ProviderAddressNetworkPolicySetting&) -> std::string {
                return "ProviderAddress";
            },
            [](const DrMacAddressNetworkPolicySetting&) -> std::string { return "DrMacAddress"; },
            [](const VxlanPortPolicySetting&) -> std::string { return "VxlanPort"; },
            [](const HostRoutePolicySetting&) -> std::string { return "HostRoute"; },
            [](const SourceMacAddressNetworkPolicySetting&) -> std::string {
                return "SourceMacAddress";
            },
            [](const NetAdapterNameNetworkPolicySetting&) -> std::string {
                return "NetAdapterName";
            },
            [](const OtherNetworkPolicy& p) -> std::string { return p.type; },
        },
        policy);
}

std::string policy_type(const SubnetPolicy& policy) {
    return std::visit(overloaded{
                          [](const VlanPolicySetting&) -> std::string { return "VLAN"; },
                          [](const VsidPolicySetting&) -> std::string { return "VSID"; },
                          [](const OtherSubnetPolicy& p) -> std::string { return p.type; },
                      },
                      policy);
}

std::vector<RemoteSubnetRoutePolicySetting> remote_subnet_routes(const Network& network) {
    std::vector<RemoteSubnetRoutePolicySetting> out;
    for (const auto& policy : network.policies) {
        if (const auto* route = std::get_if<RemoteSubnetRoutePolicySetting>(&policy)) {
            out.push_back(*route);
        }
    }
    return out;
}

// Field order and omitempty rules of hcsshim's HostComputeNetwork struct.
std::string Network::to_json(JsonStyle style) const {
    json::GoWriter w;
    w.begin_object();
    detail::write_string(w, "ID", id);
    detail::write_string(w, "Name", name);
    if (type) {
        w.key("Type");
        w.string(to_string(*type));
    }
    if (!policies.empty()) {
        w.key("Policies");
        w.begin_array();
        for (std::size_t i = 0; i < policies.size(); ++i) {
            write_network_policy(w, policies[i], json::index_path("$.Policies", i));
        }
        w.end_array();
    }
    w.key("MacPool"); // structs: Go's omitempty never omits them
    write_mac_pool(w, mac_pool);
    w.key("Dns");
    detail::write_dns(w, dns);
    if (!ipams.empty()) {
        w.key("Ipams");
        w.begin_array();
        for (std::size_t i = 0; i < ipams.size(); ++i) {
            write_ipam(w, ipams[i], json::index_path("$.Ipams", i));
        }
        w.end_array();
    }
    detail::write_number(w, "Flags", static_cast<std::uint32_t>(flags));
    w.key("Health");
    detail::write_health(w, health);
    w.key("SchemaVersion");
    detail::write_schema_version(w, schema_version);
    w.end_object();
    auto compact = w.take();
    return style == JsonStyle::Compact ? compact : json::go_indent(compact);
}

Network Network::from_json(std::string_view text) {
    const auto doc = json::parse(text);
    const json::Object obj(doc, "$", "HostComputeNetwork",
                           {"ID", "Name", "Type", "Policies", "MacPool", "Dns", "Ipams", "Flags",
                            "Health", "SchemaVersion"});
    Network network;
    if (const auto* v = obj.find("ID")) {
        network.id = json::read_string(*v, obj.path("ID"));
    }
    if (const auto* v = obj.find("Name")) {
        network.name = json::read_string(*v, obj.path("Name"));
    }
    if (const auto* v = obj.find("Type")) {
        network.type = read_network_type(*v, obj.path("Type"));
    }
    if (const auto* v = obj.find("Policies")) {
        json::read_array(*v, obj.path("Policies"), [&](const json::Value& e, const std::string& p) {
            network.policies.push_back(read_network_policy(e, p));
        });
    }
    if (const auto* v = obj.find("MacPool")) {
        network.mac_pool = read_mac_pool(*v, obj.path("MacPool"));
    }
    if (const auto* v = obj.find("Dns")) {
        network.dns = detail::read_dns(*v, obj.path("Dns"));
    }
    if (const auto* v = obj.find("Ipams")) {
        json::read_array(*v, obj.path("Ipams"), [&](const json::Value& e, const std::string& p) {
            network.ipams.push_back(read_ipam(e, p));
        });
    }
    if (const auto* v = obj.find("Flags")) {
        network.flags = static_cast<NetworkFlags>(
            detail::read_flags(*v, obj.path("Flags"), network_flags_defined, "NetworkFlags"));
    }
    if (const auto* v = obj.find("Health")) {
        network.health = detail::read_health(*v, obj.path("Health"));
    }
    if (const auto* v = obj.find("SchemaVersion")) {
        network.schema_version = detail::read_schema_version(*v, obj.path("SchemaVersion"));
    }
    return network;
}

} // namespace winnet::hns
