// The CNI result in the JSON of each specification version (containernetworking/cni
// pkg/types/100, 040 and 020, and their GetAsVersion conversions), printed as
// types.PrintResult prints it.
#include "cni/go_decode.hpp"
#include "json/go_writer.hpp"

#include <winnet/cni/error.hpp>
#include <winnet/cni/result.hpp>

#include <algorithm>

namespace winnet::cni {

namespace {

void write_strings(json::GoWriter& w, std::string_view key, const std::vector<std::string>& list) {
    if (list.empty()) {
        return; // omitempty
    }
    w.key(key);
    w.begin_array();
    for (const auto& s : list) {
        w.string(s);
    }
    w.end_array();
}

// types.DNS: nameservers, domain, search, options, all omitempty; the struct itself is always
// written (Go's omitempty never omits a struct).
void write_dns(json::GoWriter& w, const Dns& dns) {
    w.key("dns");
    w.begin_object();
    write_strings(w, "nameservers", dns.nameservers);
    if (!dns.domain.empty()) {
        w.key("domain");
        w.string(dns.domain);
    }
    write_strings(w, "search", dns.search);
    write_strings(w, "options", dns.options);
    w.end_object();
}

std::string cidr(const net::IpPrefix& p) {
    return p.address().to_string() + "/" + std::to_string(p.length());
}

// types.Route: dst, gw omitempty.
void write_route(json::GoWriter& w, const CniRoute& r) {
    w.begin_object();
    w.key("dst");
    w.string(cidr(r.dst));
    if (r.gw) {
        w.key("gw");
        w.string(r.gw->to_string());
    }
    w.end_object();
}

void write_routes(json::GoWriter& w, const std::vector<CniRoute>& routes) {
    w.begin_array();
    for (const auto& r : routes) {
        write_route(w, r);
    }
    w.end_array();
}

const std::vector<std::string> all_versions{"0.1.0", "0.2.0", "0.3.0", "0.3.1",
                                            "0.4.0", "1.0.0", "1.1.0"};

bool one_of(std::string_view v, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), v) != list.end();
}

// types/020: ip4 and ip6 from the first address of each family, with the routes of that family.
std::string legacy_json(const Result& r, std::string_view version) {
    json::GoWriter w;
    w.begin_object();
    w.key("cniVersion");
    w.string(version);
    for (const auto family : {net::IpFamily::IPv4, net::IpFamily::IPv6}) {
        const auto it = std::find_if(r.ips.begin(), r.ips.end(), [&](const IpConfig& ip) {
            return ip.address.family() == family;
        });
        if (it == r.ips.end()) {
            continue;
        }
        w.key(family == net::IpFamily::IPv4 ? "ip4" : "ip6");
        w.begin_object();
        w.key("ip");
        w.string(cidr(it->address));
        if (it->gateway) {
            w.key("gateway");
            w.string(it->gateway->to_string());
        }
        std::vector<CniRoute> routes;
        for (const auto& route : r.routes) {
            if (route.dst.family() == family) {
                routes.push_back(route);
            }
        }
        if (!routes.empty()) {
            w.key("routes");
            write_routes(w, routes);
        }
        w.end_object();
    }
    write_dns(w, r.dns);
    w.end_object();
    return w.take();
}

std::string current_json(const Result& r, std::string_view version, bool with_ip_version) {
    json::GoWriter w;
    w.begin_object();
    w.key("cniVersion");
    w.string(version);
    if (!r.interfaces.empty()) {
        w.key("interfaces");
        w.begin_array();
        for (const auto& i : r.interfaces) {
            w.begin_object();
            w.key("name");
            w.string(i.name);
            if (!i.mac.empty()) {
                w.key("mac");
                w.string(i.mac);
            }
            if (!i.sandbox.empty()) {
                w.key("sandbox");
                w.string(i.sandbox);
            }
            w.end_object();
        }
        w.end_array();
    }
    if (!r.ips.empty()) {
        w.key("ips");
        w.begin_array();
        for (const auto& ip : r.ips) {
            w.begin_object();
            if (with_ip_version) {
                w.key("version");
                w.string(ip.address.family() == net::IpFamily::IPv4 ? "4" : "6");
            }
            if (ip.interface_index) {
                w.key("interface");
                w.number(static_cast<std::uint64_t>(*ip.interface_index));
            }
            w.key("address");
            w.string(cidr(ip.address));
            if (ip.gateway) {
                w.key("gateway");
                w.string(ip.gateway->to_string());
            }
            w.end_object();
        }
        w.end_array();
    }
    if (!r.routes.empty()) {
        w.key("routes");
        write_routes(w, r.routes);
    }
    write_dns(w, r.dns);
    w.end_object();
    return w.take();
}

} // namespace

std::string Result::to_json(std::string_view cni_version) const {
    std::string compact;
    if (one_of(cni_version, {"1.0.0", "1.1.0"})) {
        compact = current_json(*this, cni_version, false);
    } else if (one_of(cni_version, {"0.3.0", "0.3.1", "0.4.0"})) {
        compact = current_json(*this, cni_version, true);
    } else if (one_of(cni_version, {"0.1.0", "0.2.0"})) {
        compact = legacy_json(*this, cni_version);
    } else {
        throw CniError(ErrorCode::IncompatibleCniVersion,
                       "unsupported CNI result version \"" + std::string(cni_version) + "\"");
    }
    return detail::indent4(compact);
}

std::vector<std::string> containernetworking_versions() {
    return all_versions;
}

std::vector<std::string> windows_container_networking_versions() {
    return {"0.2.0", "0.3.0", "0.4.0", "1.0.0"};
}

} // namespace winnet::cni
