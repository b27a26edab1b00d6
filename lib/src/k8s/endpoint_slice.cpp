// EndpointSlice (discovery.k8s.io/v1) from JSON. The rules and their order reproduce Kubernetes
// 1.33: the defaults of pkg/apis/discovery/v1/defaults.go (SetDefaults_EndpointPort) and
// ValidateEndpointSlice (pkg/apis/discovery/validation/validation.go).
#include "json/reader.hpp"
#include "k8s/api_validation.hpp"
#include "k8s/readers.hpp"

#include <winnet/k8s/endpoint_slice.hpp>

#include <set>
#include <utility>

namespace winnet::k8s {

std::string to_string(AddressType type) {
    switch (type) {
    case AddressType::IPv4:
        return "IPv4";
    case AddressType::IPv6:
        return "IPv6";
    case AddressType::FQDN:
        return "FQDN";
    }
    return "?";
}

namespace detail {

namespace {

using json::child_path;
using json::index_path;

// The limits of pkg/apis/discovery/validation.
constexpr std::size_t max_endpoints = 1000;
constexpr std::size_t max_addresses = 100;
constexpr std::size_t max_ports = 100;
constexpr std::size_t max_zone_hints = 8;

// field.TooMany's body.
std::string too_many(std::size_t actual, std::size_t limit) {
    return "Too many: " + std::to_string(actual) + ": must have at most " + std::to_string(limit) +
           " items";
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        out += (i == 0 ? "" : ",") + parts[i];
    }
    return out;
}

// IsFullyQualifiedDomainName (k8s.io/apimachinery/pkg/util/validation): stops at the first
// problem.
void check_fqdn(const std::string& address, const std::string& path, Problems& problems) {
    if (address.empty()) {
        problems.add(path, required());
        return;
    }
    std::string name = address;
    if (name.back() == '.') {
        name.pop_back();
    }
    if (const auto errs = dns1123_subdomain_problems(name); !errs.empty()) {
        problems.add(path, invalid_string(name, join(errs)));
        return;
    }
    std::vector<std::string> labels;
    std::size_t start = 0;
    while (true) {
        const auto dot = name.find('.', start);
        labels.push_back(
            name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos) {
            break;
        }
        start = dot + 1;
    }
    if (labels.size() < 2) {
        problems.add(path, invalid_string(name, "should be a domain with at least two segments "
                                                "separated by dots"));
        return;
    }
    for (const auto& label : labels) {
        if (const auto errs = dns1123_label_problems(label); !errs.empty()) {
            problems.add(path, invalid_string(label, join(errs)));
            return;
        }
    }
}

Endpoint read_endpoint(const json::Value& v, const std::string& path, const std::string& type,
                       Problems& problems) {
    require_object(v, path, "Endpoint");
    Endpoint ep;
    const auto addresses_path = child_path(path, "addresses");
    const auto addresses = string_list_field(v, "addresses", path);
    if (addresses.empty()) {
        problems.add(addresses_path, required("must contain at least 1 address"));
    } else if (addresses.size() > max_addresses) {
        problems.add(addresses_path, too_many(addresses.size(), max_addresses));
    }
    for (std::size_t i = 0; i < addresses.size(); ++i) {
        const auto p = index_path(addresses_path, i);
        const auto& text = addresses[i];
        if (type == "IPv4" || type == "IPv6") {
            const auto ip = parse_ip_sloppy(text);
            const bool v4 = type == "IPv4";
            if (!ip || ip->is_v4() != v4) { // IsValidIPv4Address / IsValidIPv6Address
                problems.add(p, invalid_string(text, v4 ? "must be a valid IPv4 address"
                                                        : "must be a valid IPv6 address"));
            }
            if (!ip) { // ValidateEndpointIP
                problems.add(p, invalid_string(text, "must be a valid IP address"));
            } else {
                problems.add_invalid_all(p, text, endpoint_ip_problems(*ip, text));
                ep.addresses.push_back(*ip);
            }
        } else if (type == "FQDN") {
            check_fqdn(text, p, problems);
            ep.fqdn_addresses.push_back(text);
        }
        // Any other address type was reported already; its addresses are not checked.
    }

    if (const auto* c = member(v, "conditions")) {
        const auto cp = child_path(path, "conditions");
        require_object(*c, cp, "EndpointConditions");
        ep.conditions.ready = optional_bool_field(*c, "ready", cp);
        ep.conditions.serving = optional_bool_field(*c, "serving", cp);
        ep.conditions.terminating = optional_bool_field(*c, "terminating", cp);
    }
    if (const auto* n = member(v, "nodeName")) {
        const auto np = child_path(path, "nodeName");
        ep.node_name = json::read_string(*n, np);
        // ValidateNodeName = NameIsDNSSubdomain; an explicit "" is invalid too.
        problems.add_invalid_all(np, ep.node_name, dns1123_subdomain_problems(ep.node_name));
    }
    if (const auto* h = member(v, "hostname")) {
        const auto hp = child_path(path, "hostname");
        ep.hostname = json::read_string(*h, hp);
        problems.add_invalid_all(hp, ep.hostname, dns1123_label_problems(ep.hostname));
    }
    ep.zone = string_field(v, "zone", path);
    if (const auto* hints = member(v, "hints")) {
        const auto hp = child_path(path, "hints");
        require_object(*hints, hp, "EndpointHints");
        if (const auto* zones = member(*hints, "forZones")) {
            const auto zp = child_path(hp, "forZones");
            json::read_array(*zones, zp, [&](const json::Value& z, const std::string& p) {
                require_object(z, p, "ForZone");
                ep.zone_hints.push_back(string_field(z, "name", p));
            });
            if (ep.zone_hints.size() > max_zone_hints) { // validateHints
                problems.add(zp, too_many(ep.zone_hints.size(), max_zone_hints));
            } else {
                std::set<std::string> seen;
                for (std::size_t i = 0; i < ep.zone_hints.size(); ++i) {
                    const auto p = child_path(index_path(zp, i), "name");
                    const auto& zone = ep.zone_hints[i];
                    if (!seen.insert(zone).second) {
                        problems.add(p, duplicate(quote(zone)));
                    }
                    problems.add_invalid_all(p, zone, label_value_problems(zone));
                }
            }
        }
        if (const auto* nodes = member(*hints, "forNodes")) {
            json::read_array(*nodes, child_path(hp, "forNodes"),
                             [&](const json::Value& n, const std::string& p) {
                                 require_object(n, p, "ForNode");
                                 ep.node_hints.push_back(string_field(n, "name", p));
                             });
        }
    }
    return ep;
}

} // namespace

EndpointSlice read_endpoint_slice(const json::Value& object, const std::string& path,
                                  Problems& problems) {
    require_object(object, path, "EndpointSlice");
    EndpointSlice slice;
    slice.metadata = read_object_meta(object, path, NameRule::Dns1123Subdomain, problems);

    const auto type_path = child_path(path, "addressType");
    const std::string type = string_field(object, "addressType", path);
    if (type.empty()) {
        problems.add(type_path, required());
    } else if (type == "IPv6") {
        slice.address_type = AddressType::IPv6;
    } else if (type == "FQDN") {
        slice.address_type = AddressType::FQDN;
    } else if (type != "IPv4") {
        // The deprecated "IP" is accepted only on update of an old object; a v1 read never has it.
        problems.add(type_path, not_supported(type, {"FQDN", "IPv4", "IPv6"}));
    }

    const auto endpoints_path = child_path(path, "endpoints");
    if (const auto* list = member(object, "endpoints")) {
        if (list->is_array() && list->size() > max_endpoints) {
            problems.add(endpoints_path, too_many(list->size(), max_endpoints));
        } else {
            json::read_array(*list, endpoints_path,
                             [&](const json::Value& e, const std::string& p) {
                                 slice.endpoints.push_back(read_endpoint(e, p, type, problems));
                             });
        }
    }

    const auto ports_path = child_path(path, "ports");
    if (const auto* list = member(object, "ports")) {
        if (list->is_array() && list->size() > max_ports) {
            problems.add(ports_path, too_many(list->size(), max_ports));
        } else {
            std::set<std::string> names;
            json::read_array(*list, ports_path, [&](const json::Value& e, const std::string& p) {
                require_object(e, p, "EndpointPort");
                EndpointPort port;
                port.name = string_field(e, "name", p); // nil defaults to ""
                const auto name_path = child_path(p, "name");
                if (!port.name.empty()) {
                    problems.add_invalid_all(name_path, port.name,
                                             dns1123_label_problems(port.name));
                }
                if (!names.insert(port.name).second) {
                    problems.add(name_path, duplicate(quote(port.name)));
                }
                port.protocol = read_protocol(string_field(e, "protocol", p),
                                              child_path(p, "protocol"), problems);
                if (const auto* n = member(e, "port")) {
                    const auto pp = child_path(p, "port");
                    const auto number = read_int32(*n, pp);
                    // The API server does not check the number; kube-proxy skips 0 and would
                    // truncate anything above 65535 into HNS's uint16, so winnet refuses those.
                    if (number < 0 || number > 65535) {
                        problems.add(pp, invalid(std::to_string(number), port_range_message));
                    } else {
                        port.port = static_cast<std::uint16_t>(number);
                    }
                }
                slice.ports.push_back(std::move(port));
            });
        }
    }
    return slice;
}

} // namespace detail

EndpointSlice EndpointSlice::from_json(std::string_view text) {
    const auto doc = json::parse(text);
    detail::require_object(doc, "$", "EndpointSlice");
    detail::check_kind(doc, "$", "EndpointSlice", "discovery.k8s.io/v1");
    detail::Problems problems;
    auto slice = detail::read_endpoint_slice(doc, "$", problems);
    problems.throw_first();
    return slice;
}

NamespacedName EndpointSlice::service() const {
    const auto it = metadata.labels.find("kubernetes.io/service-name");
    return {metadata.namespace_, it == metadata.labels.end() ? std::string() : it->second};
}

bool EndpointSlice::skipped_by_kube_proxy() const {
    return address_type == AddressType::FQDN || service().name.empty() ||
           metadata.labels.contains("service.kubernetes.io/headless") ||
           metadata.labels.contains("service.kubernetes.io/service-proxy-name");
}

} // namespace winnet::k8s
