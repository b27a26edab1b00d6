#include "hns/json_common.hpp"

#include <winnet/error.hpp>

namespace winnet::hns::detail {

namespace {
template <class T> T parse_at(const json::Value& value, const std::string& path) {
    const auto text = json::read_string(value, path);
    try {
        return T::parse(text);
    } catch (const ParseError& e) {
        throw JsonError(path, e.what());
    }
}
} // namespace

bool is_empty_string(const json::Value& value) {
    return value.is_string() && value.get_ref<const std::string&>().empty();
}

net::IpAddress read_ip(const json::Value& value, const std::string& path) {
    return parse_at<net::IpAddress>(value, path);
}

net::IpPrefix read_prefix(const json::Value& value, const std::string& path) {
    return parse_at<net::IpPrefix>(value, path);
}

std::string read_mac(const json::Value& value, const std::string& path) {
    (void)parse_at<net::MacAddress>(value, path);
    return value.get<std::string>();
}

std::optional<net::IpAddress> read_optional_ip(const json::Value& value, const std::string& path) {
    if (is_empty_string(value)) {
        return std::nullopt;
    }
    return read_ip(value, path);
}

std::optional<net::IpPrefix> read_optional_prefix(const json::Value& value,
                                                  const std::string& path) {
    if (is_empty_string(value)) {
        return std::nullopt;
    }
    return read_prefix(value, path);
}

std::string read_optional_mac(const json::Value& value, const std::string& path) {
    if (is_empty_string(value)) {
        return {};
    }
    return read_mac(value, path);
}

std::uint16_t read_u16(const json::Value& value, const std::string& path) {
    return static_cast<std::uint16_t>(json::read_unsigned(value, path, 65535, "uint16"));
}

std::uint32_t read_u32(const json::Value& value, const std::string& path) {
    return static_cast<std::uint32_t>(json::read_unsigned(value, path, 0xFFFFFFFFU, "uint32"));
}

std::vector<std::string> read_strings(const json::Value& value, const std::string& path) {
    std::vector<std::string> out;
    json::read_array(value, path, [&](const json::Value& e, const std::string& p) {
        out.push_back(json::read_string(e, p));
    });
    return out;
}

std::vector<net::IpAddress> read_ips(const json::Value& value, const std::string& path) {
    std::vector<net::IpAddress> out;
    json::read_array(value, path, [&](const json::Value& e, const std::string& p) {
        out.push_back(read_ip(e, p));
    });
    return out;
}

void write_string(json::GoWriter& w, std::string_view key, const std::string& value) {
    if (!value.empty()) {
        w.key(key);
        w.string(value);
    }
}

void write_number(json::GoWriter& w, std::string_view key, std::uint64_t n) {
    if (n != 0) {
        w.key(key);
        w.number(n);
    }
}

void write_strings(json::GoWriter& w, std::string_view key,
                   const std::vector<std::string>& values) {
    if (!values.empty()) {
        w.key(key);
        w.begin_array();
        for (const auto& v : values) {
            w.string(v);
        }
        w.end_array();
    }
}

void write_ips(json::GoWriter& w, std::string_view key, const std::vector<net::IpAddress>& values) {
    if (!values.empty()) {
        w.key(key);
        w.begin_array();
        for (const auto& v : values) {
            w.string(v.to_string());
        }
        w.end_array();
    }
}

void write_raw(json::GoWriter& w, std::string_view key, const std::string& raw) {
    if (!raw.empty()) {
        w.key(key);
        w.raw(raw);
    }
}

void write_optional_ip(json::GoWriter& w, std::string_view key,
                       const std::optional<net::IpAddress>& ip) {
    if (ip) {
        w.key(key);
        w.string(ip->to_string());
    }
}

void write_optional_prefix(json::GoWriter& w, std::string_view key,
                           const std::optional<net::IpPrefix>& prefix) {
    if (prefix) {
        w.key(key);
        w.string(prefix->to_string());
    }
}

Dns read_dns(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "Dns", {"Domain", "Search", "ServerList", "Options"});
    Dns dns;
    if (const auto* v = obj.find("Domain")) {
        dns.domain = json::read_string(*v, obj.path("Domain"));
    }
    if (const auto* v = obj.find("Search")) {
        dns.search = read_strings(*v, obj.path("Search"));
    }
    if (const auto* v = obj.find("ServerList")) {
        dns.server_list = read_ips(*v, obj.path("ServerList"));
    }
    if (const auto* v = obj.find("Options")) {
        dns.options = read_strings(*v, obj.path("Options"));
    }
    return dns;
}

void write_dns(json::GoWriter& w, const Dns& dns) {
    w.begin_object();
    write_string(w, "Domain", dns.domain);
    write_strings(w, "Search", dns.search);
    write_ips(w, "ServerList", dns.server_list);
    write_strings(w, "Options", dns.options);
    w.end_object();
}

Route read_route(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "Route", {"NextHop", "DestinationPrefix", "Metric"});
    Route route;
    if (const auto* v = obj.find("NextHop")) {
        route.next_hop = read_optional_ip(*v, obj.path("NextHop"));
    }
    if (const auto* v = obj.find("DestinationPrefix")) {
        route.destination_prefix = read_optional_prefix(*v, obj.path("DestinationPrefix"));
    }
    if (const auto* v = obj.find("Metric")) {
        route.metric = read_u16(*v, obj.path("Metric"));
    }
    return route;
}

void write_route(json::GoWriter& w, const Route& route) {
    w.begin_object();
    write_optional_ip(w, "NextHop", route.next_hop);
    write_optional_prefix(w, "DestinationPrefix", route.destination_prefix);
    write_number(w, "Metric", route.metric);
    w.end_object();
}

Health read_health(const json::Value& value, const std::string& path) {
    const json::Object obj(value, path, "Health", {"Data", "Extra"});
    Health health;
    if (const auto* v = obj.find("Data")) {
        health.data_json = read_raw(*v);
    }
    if (const auto* v = obj.find("Extra")) {
        const auto extra_path = obj.path("Extra");
        const json::Object extra(*v, extra_path, "ExtraParams",
                                 {"Resources", "SharedContainers", "LayeredOn", "SwitchGuid",
                                  "UtilityVM", "VirtualMachine"});
        auto& e = health.extra;
        if (const auto* x = extra.find("Resources")) {
            e.resources_json = read_raw(*x);
        }
        if (const auto* x = extra.find("SharedContainers")) {
            e.shared_containers_json = read_raw(*x);
        }
        if (const auto* x = extra.find("LayeredOn")) {
            e.layered_on = json::read_string(*x, extra.path("LayeredOn"));
        }
        if (const auto* x = extra.find("SwitchGuid")) {
            e.switch_guid = json::read_string(*x, extra.path("SwitchGuid"));
        }
        if (const auto* x = extra.find("UtilityVM")) {
            e.utility_vm = json::read_string(*x, extra.path("UtilityVM"));
        }
        if (const auto* x = extra.find("VirtualMachine")) {
            e.virtual_machine = json::read_string(*x, extra.path("VirtualMachine"));
        }
    }
    return health;
}

void write_health(json::GoWriter& w, const Health& health) {
    w.begin_object();
    write_raw(w, "Data", health.data_json);
    w.key("Extra"); // a struct: always written
    w.begin_object();
    const auto& e = health.extra;
    write_raw(w, "Resources", e.resources_json);
    write_raw(w, "SharedContainers", e.shared_containers_json);
    write_string(w, "LayeredOn", e.layered_on);
    write_string(w, "SwitchGuid", e.switch_guid);
    write_string(w, "UtilityVM", e.utility_vm);
    write_string(w, "VirtualMachine", e.virtual_machine);
    w.end_object();
    w.end_object();
}

} // namespace winnet::hns::detail
