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

std::vector<std::string> read_strings(const json::Value& value, const std::string& path) {
    std::vector<std::string> out;
    json::read_array(value, path, [&](const json::Value& e, const std::string& p) {
        out.push_back(json::read_string(e, p));
    });
    return out;
}

std::vector<net::IpAddress> read_ips(const json::Value& value, const std::string& path) {
    std::vector<net::IpAddress> out;
    json::read_array(value, path,
                     [&](const json::Value& e, const std::string& p) { out.push_back(read_ip(e, p)); });
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

void write_strings(json::GoWriter& w, std::string_view key, const std::vector<std::string>& values) {
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
        if (!(v->is_string() && v->get_ref<const std::string&>().empty())) {
            route.next_hop = read_ip(*v, obj.path("NextHop"));
        }
    }
    if (const auto* v = obj.find("DestinationPrefix")) {
        if (!(v->is_string() && v->get_ref<const std::string&>().empty())) {
            route.destination_prefix = read_prefix(*v, obj.path("DestinationPrefix"));
        }
    }
    if (const auto* v = obj.find("Metric")) {
        route.metric =
            static_cast<std::uint16_t>(json::read_unsigned(*v, obj.path("Metric"), 65535, "uint16"));
    }
    return route;
}

void write_route(json::GoWriter& w, const Route& route) {
    w.begin_object();
    if (route.next_hop) {
        w.key("NextHop");
        w.string(route.next_hop->to_string());
    }
    if (route.destination_prefix) {
        w.key("DestinationPrefix");
        w.string(route.destination_prefix->to_string());
    }
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
