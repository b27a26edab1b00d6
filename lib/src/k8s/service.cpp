// Service (core/v1) from JSON: kubectl's output or a manifest written by hand. The rules and
// their order reproduce Kubernetes 1.33: the v1 defaults (pkg/apis/core/v1/defaults.go
// SetDefaults_Service), the create strategy's NormalizeClusterIPs
// (pkg/registry/core/service/strategy.go), ValidateService and ValidateLoadBalancerStatus
// (pkg/apis/core/validation/validation.go), and the IP-family checks of the allocator
// (pkg/registry/core/service/storage/alloc.go initIPFamilyFields). What the allocator would
// allocate (cluster IPs, node ports, health-check node port) is left unset instead.
#include "json/reader.hpp"
#include "k8s/api_validation.hpp"
#include "k8s/readers.hpp"

#include <winnet/k8s/service.hpp>

#include <algorithm>
#include <set>
#include <utility>

namespace winnet::k8s {

std::string to_string(ServiceType type) {
    switch (type) {
    case ServiceType::ClusterIP:
        return "ClusterIP";
    case ServiceType::NodePort:
        return "NodePort";
    case ServiceType::LoadBalancer:
        return "LoadBalancer";
    case ServiceType::ExternalName:
        return "ExternalName";
    }
    return "?";
}

std::string to_string(PortProtocol protocol) {
    switch (protocol) {
    case PortProtocol::TCP:
        return "TCP";
    case PortProtocol::UDP:
        return "UDP";
    case PortProtocol::SCTP:
        return "SCTP";
    }
    return "?";
}

std::string to_string(SessionAffinity affinity) {
    return affinity == SessionAffinity::ClientIP ? "ClientIP" : "None";
}

std::string to_string(TrafficPolicy policy) {
    return policy == TrafficPolicy::Local ? "Local" : "Cluster";
}

std::string to_string(IpFamilyPolicy policy) {
    switch (policy) {
    case IpFamilyPolicy::SingleStack:
        return "SingleStack";
    case IpFamilyPolicy::PreferDualStack:
        return "PreferDualStack";
    case IpFamilyPolicy::RequireDualStack:
        return "RequireDualStack";
    }
    return "?";
}

std::string to_string(LoadBalancerIpMode mode) {
    return mode == LoadBalancerIpMode::Proxy ? "Proxy" : "VIP";
}

namespace detail {

namespace {

using json::child_path;
using json::index_path;

constexpr std::int32_t default_affinity_timeout = 10800; // v1.DefaultClientIPServiceAffinitySeconds
constexpr std::int32_t max_affinity_timeout = 86400;     // core.MaxClientIPServiceAffinitySeconds

// A Service port as written, before defaults.
struct RawPort {
    std::string path;
    std::string name;
    std::string protocol;
    std::int32_t port = 0;
    bool target_is_name = false;
    std::int32_t target_number = 0;
    std::string target_name;
    std::int32_t node_port = 0;
};

struct RawIngress {
    std::string path;
    std::string ip;
    std::string hostname;
    std::optional<std::string> ip_mode;
};

// Go's %#v of a []string, as field.Invalid prints a list value: []string{"a", "b"}.
std::string go_string_list(const std::vector<std::string>& items) {
    std::string out = "[]string{";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i == 0 ? "" : ", ") + quote(items[i]);
    }
    return out + "}";
}

// Go's %#v of the core.ServicePort key ValidateService uses to find duplicate ports.
std::string go_service_port_key(const std::string& protocol, std::int32_t port) {
    return "core.ServicePort{Name:\"\", Protocol:" + quote(protocol) +
           ", AppProtocol:(*string)(nil), Port:" + std::to_string(port) +
           ", TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}";
}

RawPort read_raw_port(const json::Value& v, const std::string& path) {
    require_object(v, path, "ServicePort");
    RawPort p;
    p.path = path;
    p.name = string_field(v, "name", path);
    p.protocol = string_field(v, "protocol", path);
    if (const auto* x = member(v, "port")) {
        p.port = read_int32(*x, child_path(path, "port"));
    }
    if (const auto* x = member(v, "targetPort")) {
        const auto tp = child_path(path, "targetPort");
        if (x->is_string()) { // intstr.IntOrString: a JSON string is a name, even "8080"
            p.target_is_name = true;
            p.target_name = x->get<std::string>();
        } else if (x->is_number()) {
            p.target_number = read_int32(*x, tp);
        } else {
            throw JsonError(tp, "expected an integer or a string (IntOrString), found " +
                                    json::describe(*x));
        }
    }
    if (const auto* x = member(v, "nodePort")) {
        p.node_port = read_int32(*x, child_path(path, "nodePort"));
    }
    return p;
}

bool valid_port(std::int32_t n) {
    return n >= 1 && n <= 65535;
}

bool is_ipv6_string(const std::string& text) { // netutils.IsIPv6String
    const auto ip = parse_ip_sloppy(text);
    return ip && ip->is_v6();
}

// apiservice.ExternallyAccessible / RequestsOnlyLocalTraffic / NeedsHealthCheck on raw values.
bool externally_accessible(const std::string& type, std::size_t external_ips) {
    return type == "LoadBalancer" || type == "NodePort" ||
           (type == "ClusterIP" && external_ips > 0);
}

} // namespace

Service read_service(const json::Value& object, const std::string& path, Problems& problems) {
    require_object(object, path, "Service");
    Service svc;
    svc.metadata = read_object_meta(object, path, NameRule::Dns1035Label, problems);

    // ---- read what is written ----
    const std::string spec_path = child_path(path, "spec");
    const json::Value no_fields = json::Value::object();
    const json::Value* spec = member(object, "spec");
    if (spec != nullptr) {
        require_object(*spec, spec_path, "ServiceSpec");
    } else {
        spec = &no_fields;
    }
    std::string type = string_field(*spec, "type", spec_path);
    const std::string cluster_ip = string_field(*spec, "clusterIP", spec_path);
    std::vector<std::string> cluster_ips = string_list_field(*spec, "clusterIPs", spec_path);
    const bool cluster_ips_written = !cluster_ips.empty();
    const std::vector<std::string> families = string_list_field(*spec, "ipFamilies", spec_path);
    std::optional<std::string> policy;
    if (const auto* x = member(*spec, "ipFamilyPolicy")) {
        policy = json::read_string(*x, child_path(spec_path, "ipFamilyPolicy"));
    }
    std::vector<RawPort> ports;
    const std::string ports_path = child_path(spec_path, "ports");
    if (const auto* x = member(*spec, "ports")) {
        json::read_array(*x, ports_path, [&](const json::Value& e, const std::string& p) {
            ports.push_back(read_raw_port(e, p));
        });
    }
    const std::vector<std::string> external_ips =
        string_list_field(*spec, "externalIPs", spec_path);
    std::string affinity = string_field(*spec, "sessionAffinity", spec_path);
    const std::string timeout_path = child_path(
        child_path(child_path(spec_path, "sessionAffinityConfig"), "clientIP"), "timeoutSeconds");
    // SessionAffinityConfig.ClientIP.TimeoutSeconds, a *int32 (a flag and a value: GCC 12 warns
    // falsely about an optional here).
    bool has_timeout = false;
    std::int32_t timeout = 0;
    if (const auto* config = member(*spec, "sessionAffinityConfig")) {
        const auto config_path = child_path(spec_path, "sessionAffinityConfig");
        require_object(*config, config_path, "SessionAffinityConfig");
        if (const auto* client = member(*config, "clientIP")) {
            require_object(*client, child_path(config_path, "clientIP"), "ClientIPConfig");
            if (const auto* t = member(*client, "timeoutSeconds")) {
                timeout = read_int32(*t, timeout_path);
                has_timeout = true;
            }
        }
    }
    std::string etp = string_field(*spec, "externalTrafficPolicy", spec_path);
    std::optional<std::string> itp;
    if (const auto* x = member(*spec, "internalTrafficPolicy")) {
        itp = json::read_string(*x, child_path(spec_path, "internalTrafficPolicy"));
    }
    std::int32_t health_check_node_port = 0;
    if (const auto* x = member(*spec, "healthCheckNodePort")) {
        health_check_node_port = read_int32(*x, child_path(spec_path, "healthCheckNodePort"));
    }
    svc.spec.load_balancer_ip = string_field(*spec, "loadBalancerIP", spec_path);
    svc.spec.external_name = string_field(*spec, "externalName", spec_path);

    std::vector<RawIngress> ingresses;
    const std::string ingress_path =
        child_path(child_path(child_path(path, "status"), "loadBalancer"), "ingress");
    if (const auto* status = member(object, "status")) {
        const auto status_path = child_path(path, "status");
        require_object(*status, status_path, "ServiceStatus");
        if (const auto* lb = member(*status, "loadBalancer")) {
            require_object(*lb, child_path(status_path, "loadBalancer"), "LoadBalancerStatus");
            if (const auto* list = member(*lb, "ingress")) {
                json::read_array(
                    *list, ingress_path, [&](const json::Value& e, const std::string& p) {
                        require_object(e, p, "LoadBalancerIngress");
                        RawIngress ing{
                            p, string_field(e, "ip", p), string_field(e, "hostname", p), {}};
                        if (const auto* m = member(e, "ipMode")) {
                            ing.ip_mode = json::read_string(*m, child_path(p, "ipMode"));
                        }
                        ingresses.push_back(std::move(ing));
                    });
            }
        }
    }

    // ---- SetDefaults_Service ----
    if (affinity.empty()) {
        affinity = "None";
    }
    if (affinity == "None") {
        has_timeout = false; // SessionAffinityConfig = nil
    }
    if (affinity == "ClientIP" && !has_timeout) {
        has_timeout = true;
        timeout = default_affinity_timeout;
    }
    if (type.empty()) {
        type = "ClusterIP";
    }
    for (auto& p : ports) {
        if (p.protocol.empty()) {
            p.protocol = "TCP";
        }
        if ((!p.target_is_name && p.target_number == 0) ||
            (p.target_is_name && p.target_name.empty())) {
            p.target_is_name = false;
            p.target_number = p.port;
        }
    }
    if (externally_accessible(type, external_ips.size()) && etp.empty()) {
        etp = "Cluster";
    }
    if (!itp && (type == "NodePort" || type == "LoadBalancer" || type == "ClusterIP")) {
        itp = "Cluster";
    }
    if (type == "LoadBalancer") {
        for (auto& ing : ingresses) {
            if (!ing.ip.empty() && !ing.ip_mode) {
                ing.ip_mode = "VIP";
            }
        }
    }
    // ---- NormalizeClusterIPs (create) ----
    if (!cluster_ip.empty() && cluster_ips.empty()) {
        cluster_ips = {cluster_ip};
    }
    const bool headless = cluster_ips.size() == 1 && cluster_ips[0] == "None";
    // Where a cluster-IP problem points: the list when it was written, else `clusterIP`.
    auto ips_path = [&](std::optional<std::size_t> i) {
        if (!cluster_ips_written) {
            return child_path(spec_path, "clusterIP");
        }
        const auto list = child_path(spec_path, "clusterIPs");
        return i ? index_path(list, *i) : list;
    };

    // ---- ValidateService ----
    if (ports.empty() && !headless && type != "ExternalName") {
        problems.add(ports_path, required());
    }
    if (type == "LoadBalancer" && headless) {
        problems.add(ips_path(0), invalid_string("None", "may not be set to 'None' for "
                                                         "LoadBalancer services"));
    } else if (type == "NodePort" && headless) {
        problems.add(ips_path(0),
                     invalid_string("None", "may not be set to 'None' for NodePort services"));
    } else if (type == "ExternalName") {
        if (!cluster_ips.empty()) {
            problems.add(ips_path(std::nullopt),
                         forbidden("may not be set for ExternalName services"));
        }
        if (!families.empty()) {
            problems.add(child_path(spec_path, "ipFamilies"),
                         forbidden("may not be set for ExternalName services"));
        }
        if (policy) {
            problems.add(child_path(spec_path, "ipFamilyPolicy"),
                         forbidden("may not be set for ExternalName services"));
        }
        std::string cname = svc.spec.external_name; // a trailing dot marks it fully qualified
        if (!cname.empty() && cname.back() == '.') {
            cname.pop_back();
        }
        const auto name_path = child_path(spec_path, "externalName");
        if (!cname.empty()) {
            problems.add_invalid_all(name_path, cname, dns1123_subdomain_problems(cname));
        } else {
            problems.add(name_path, required());
        }
    }

    std::set<std::string> port_names;
    for (const auto& p : ports) { // validateServicePort
        const auto name_path = child_path(p.path, "name");
        if (ports.size() > 1 && p.name.empty()) {
            problems.add(name_path, required());
        } else if (!p.name.empty()) {
            problems.add_invalid_all(name_path, p.name, dns1123_label_problems(p.name));
            if (!port_names.insert(p.name).second) {
                problems.add(name_path, duplicate(quote(p.name)));
            }
        }
        if (!valid_port(p.port)) {
            problems.add(child_path(p.path, "port"),
                         invalid(std::to_string(p.port), port_range_message));
        }
        (void)read_protocol(p.protocol, child_path(p.path, "protocol"), problems);
        const auto target_path = child_path(p.path, "targetPort");
        if (p.target_is_name) { // ValidatePortNumOrName
            problems.add_invalid_all(target_path, p.target_name, port_name_problems(p.target_name));
        } else if (!valid_port(p.target_number)) {
            problems.add(target_path, invalid(std::to_string(p.target_number), port_range_message));
        }
    }

    const auto affinity_path = child_path(spec_path, "sessionAffinity");
    if (affinity != "None" && affinity != "ClientIP") {
        problems.add(affinity_path, not_supported(affinity, {"ClientIP", "None"}));
    }
    if (affinity == "ClientIP" && (timeout <= 0 || timeout > max_affinity_timeout)) {
        problems.add(timeout_path,
                     invalid(std::to_string(timeout), "must be greater than 0 and less than " +
                                                          std::to_string(max_affinity_timeout)));
    }

    if (type != "ExternalName") { // ValidateServiceClusterIPsRelatedFields
        const auto list_path = child_path(spec_path, "clusterIPs");
        if (!cluster_ip.empty()) {
            if (cluster_ips[0] != cluster_ip) {
                problems.add(list_path, invalid(go_string_list(cluster_ips),
                                                "first value must match `clusterIP`"));
            }
        } else if (!cluster_ips.empty()) {
            problems.add(list_path, invalid(go_string_list(cluster_ips),
                                            "must be empty when `clusterIP` is not specified"));
        }
        std::set<std::string> seen_families;
        for (std::size_t i = 0; i < families.size(); ++i) {
            const auto p = index_path(child_path(spec_path, "ipFamilies"), i);
            if (families[i] != "IPv4" && families[i] != "IPv6") {
                problems.add(p, not_supported(families[i], {"IPv4", "IPv6"}));
            }
            if (!seen_families.insert(families[i]).second) {
                problems.add(p, duplicate(quote(families[i])));
            }
        }
        if (policy && *policy != "SingleStack" && *policy != "PreferDualStack" &&
            *policy != "RequireDualStack") {
            problems.add(
                child_path(spec_path, "ipFamilyPolicy"),
                not_supported(*policy, {"PreferDualStack", "RequireDualStack", "SingleStack"}));
        }
        bool bad_ips = false;
        for (std::size_t i = 0; i < cluster_ips.size(); ++i) {
            if (i == 0 && cluster_ips[0] == "None") {
                if (cluster_ips.size() > 1) {
                    bad_ips = true;
                    problems.add(ips_path(std::nullopt),
                                 invalid(go_string_list(cluster_ips),
                                         "'None' must be the first and only value"));
                }
                continue;
            }
            if (!parse_ip_sloppy(cluster_ips[i])) {
                bad_ips = true;
                problems.add(ips_path(i), invalid_string(cluster_ips[i], valid_ip_message));
            }
        }
        if (cluster_ips.size() > 2) {
            problems.add(ips_path(std::nullopt),
                         invalid(go_string_list(cluster_ips), "may only hold up to 2 values"));
        }
        if (!bad_ips) {
            if (cluster_ips.size() > 1) { // netutils.IsDualStackIPStrings
                bool v4 = false;
                bool v6 = false;
                for (const auto& ip : cluster_ips) {
                    (is_ipv6_string(ip) ? v6 : v4) = true;
                }
                if (!(v4 && v6)) {
                    problems.add(ips_path(std::nullopt),
                                 invalid(go_string_list(cluster_ips),
                                         "may specify no more than one IP for each IP family"));
                }
            }
            if (!headless) {
                for (std::size_t i = 0; i < cluster_ips.size() && i < families.size(); ++i) {
                    const bool v6 = is_ipv6_string(cluster_ips[i]);
                    if ((families[i] == "IPv4" && v6) || (families[i] == "IPv6" && !v6)) {
                        problems.add(ips_path(i),
                                     invalid_string(cluster_ips[i], "expected an " + families[i] +
                                                                        " value as indicated by "
                                                                        "`ipFamilies[" +
                                                                        std::to_string(i) + "]`"));
                    }
                }
            }
        }
    }

    for (std::size_t i = 0; i < external_ips.size(); ++i) {
        const auto p = index_path(child_path(spec_path, "externalIPs"), i);
        if (const auto ip = parse_ip_sloppy(external_ips[i])) {
            problems.add_invalid_all(p, external_ips[i],
                                     endpoint_ip_problems(*ip, external_ips[i]));
            svc.spec.external_ips.push_back(*ip);
        } else {
            problems.add(p, invalid_string(external_ips[i], valid_ip_message));
        }
    }

    if (type != "ClusterIP" && type != "NodePort" && type != "LoadBalancer" &&
        type != "ExternalName") {
        problems.add(
            child_path(spec_path, "type"),
            not_supported(type, {"ClusterIP", "ExternalName", "LoadBalancer", "NodePort"}));
    }
    if (type == "ClusterIP") {
        for (const auto& p : ports) {
            if (p.node_port != 0) {
                problems.add(child_path(p.path, "nodePort"),
                             forbidden("may not be used when `type` is 'ClusterIP'"));
            }
        }
    }
    std::set<std::pair<std::string, std::int32_t>> node_ports;
    for (const auto& p : ports) {
        if (p.node_port != 0 && !node_ports.insert({p.protocol, p.node_port}).second) {
            problems.add(child_path(p.path, "nodePort"), duplicate(std::to_string(p.node_port)));
        }
    }
    std::set<std::pair<std::string, std::int32_t>> port_keys;
    for (const auto& p : ports) {
        if (!port_keys.insert({p.protocol, p.port}).second) {
            problems.add(p.path, duplicate(go_service_port_key(p.protocol, p.port)));
        }
    }

    // validateServiceExternalTrafficPolicy
    const auto etp_path = child_path(spec_path, "externalTrafficPolicy");
    if (!externally_accessible(type, external_ips.size())) {
        if (!etp.empty()) {
            problems.add(etp_path, invalid_string(etp, "may only be set for externally-accessible "
                                                       "services"));
        }
    } else if (etp != "Cluster" && etp != "Local") {
        problems.add(etp_path, not_supported(etp, {"Cluster", "Local"}));
    }
    const bool needs_health_check = type == "LoadBalancer" && etp == "Local";
    const auto hc_path = child_path(spec_path, "healthCheckNodePort");
    if (!needs_health_check) {
        if (health_check_node_port != 0) {
            problems.add(hc_path, invalid(std::to_string(health_check_node_port),
                                          "may only be set when `type` is 'LoadBalancer' and "
                                          "`externalTrafficPolicy` is 'Local'"));
        }
    } else if (health_check_node_port != 0 && !valid_port(health_check_node_port)) {
        // 0 is what the allocator would fill in; winnet leaves it (see the field's definition).
        problems.add(hc_path, invalid(std::to_string(health_check_node_port), port_range_message));
    }
    // validateServiceInternalTrafficFieldsValue
    if (itp && *itp != "Cluster" && *itp != "Local") {
        problems.add(child_path(spec_path, "internalTrafficPolicy"),
                     not_supported(*itp, {"Cluster", "Local"}));
    }

    // initIPFamilyFields: an absent policy is SingleStack on create (headless Services, whose
    // default depends on their selector, keep none); it cannot hold two IPs or families.
    if (type != "ExternalName") {
        if (!policy && !headless) {
            policy = "SingleStack";
        }
        if (policy == "SingleStack") {
            const auto policy_path = child_path(spec_path, "ipFamilyPolicy");
            if (cluster_ips.size() == 2) {
                problems.add(policy_path,
                             invalid_string("SingleStack", "must be 'RequireDualStack' or "
                                                           "'PreferDualStack' when multiple "
                                                           "cluster IPs are specified"));
            }
            if (families.size() == 2) {
                problems.add(policy_path,
                             invalid_string("SingleStack", "must be 'RequireDualStack' or "
                                                           "'PreferDualStack' when multiple IP "
                                                           "families are specified"));
            }
        }
    }

    // ValidateLoadBalancerStatus
    if (type != "LoadBalancer" && !ingresses.empty()) {
        problems.add(ingress_path,
                     forbidden("may only be used when `spec.type` is 'LoadBalancer'"));
    } else {
        for (const auto& ing : ingresses) {
            LoadBalancerIngress out;
            out.hostname = ing.hostname;
            const auto ip_path = child_path(ing.path, "ip");
            if (!ing.ip.empty()) {
                out.ip = parse_ip_sloppy(ing.ip);
                if (!out.ip) {
                    problems.add(ip_path, invalid_string(ing.ip, valid_ip_message));
                }
            }
            const auto mode_path = child_path(ing.path, "ipMode");
            if (ing.ip_mode && ing.ip.empty()) {
                problems.add(mode_path, forbidden("may not be specified when `ip` is not set"));
            } else if (ing.ip_mode == "VIP") {
                out.ip_mode = LoadBalancerIpMode::VIP;
            } else if (ing.ip_mode == "Proxy") {
                out.ip_mode = LoadBalancerIpMode::Proxy;
            } else if (ing.ip_mode) {
                problems.add(mode_path, not_supported(*ing.ip_mode, {"Proxy", "VIP"}));
            }
            if (!ing.hostname.empty()) {
                const auto host_path = child_path(ing.path, "hostname");
                problems.add_invalid_all(host_path, ing.hostname,
                                         dns1123_subdomain_problems(ing.hostname));
                if (parse_ip_sloppy(ing.hostname)) {
                    problems.add(
                        host_path,
                        invalid_string(ing.hostname, "must be a DNS name, not an IP address"));
                }
            }
            svc.status.load_balancer_ingress.push_back(std::move(out));
        }
    }

    // ---- the typed Service ----
    auto& s = svc.spec;
    s.type = type == "NodePort"       ? ServiceType::NodePort
             : type == "LoadBalancer" ? ServiceType::LoadBalancer
             : type == "ExternalName" ? ServiceType::ExternalName
                                      : ServiceType::ClusterIP;
    s.headless = headless;
    for (const auto& text : cluster_ips) {
        if (const auto ip = parse_ip_sloppy(text); ip && text != "None") {
            s.cluster_ips.push_back(*ip);
        }
    }
    for (const auto& f : families) {
        s.ip_families.push_back(f == "IPv6" ? net::IpFamily::IPv6 : net::IpFamily::IPv4);
    }
    for (std::size_t i = s.ip_families.size(); i < s.cluster_ips.size(); ++i) {
        s.ip_families.push_back(s.cluster_ips[i].family()); // inferred, as the allocator does
    }
    if (policy == "SingleStack") {
        s.ip_family_policy = IpFamilyPolicy::SingleStack;
    } else if (policy == "PreferDualStack") {
        s.ip_family_policy = IpFamilyPolicy::PreferDualStack;
    } else if (policy == "RequireDualStack") {
        s.ip_family_policy = IpFamilyPolicy::RequireDualStack;
    }
    Problems ignored; // protocol problems were recorded above
    for (const auto& p : ports) {
        ServicePort out;
        out.name = p.name;
        out.protocol = read_protocol(p.protocol, p.path, ignored);
        out.port = valid_port(p.port) ? static_cast<std::uint16_t>(p.port) : 0;
        if (p.target_is_name) {
            out.target_port = p.target_name;
        } else {
            out.target_port =
                static_cast<std::uint16_t>(valid_port(p.target_number) ? p.target_number : 0);
        }
        if (p.node_port < 0 || p.node_port > 65535) {
            // Out of any node-port range; the allocator refuses it, and winnet cannot store it.
            problems.add(child_path(p.path, "nodePort"),
                         invalid(std::to_string(p.node_port), port_range_message));
        } else {
            out.node_port = static_cast<std::uint16_t>(p.node_port);
        }
        s.ports.push_back(std::move(out));
    }
    s.session_affinity = affinity == "ClientIP" ? SessionAffinity::ClientIP : SessionAffinity::None;
    s.session_affinity_timeout_seconds =
        s.session_affinity == SessionAffinity::ClientIP ? timeout : 0;
    if (etp == "Cluster" || etp == "Local") {
        s.external_traffic_policy = etp == "Local" ? TrafficPolicy::Local : TrafficPolicy::Cluster;
    }
    if (itp == "Cluster" || itp == "Local") {
        s.internal_traffic_policy = itp == "Local" ? TrafficPolicy::Local : TrafficPolicy::Cluster;
    }
    if (valid_port(health_check_node_port)) {
        s.health_check_node_port = static_cast<std::uint16_t>(health_check_node_port);
    }
    return svc;
}

} // namespace detail

Service Service::from_json(std::string_view text) {
    const auto doc = json::parse(text);
    detail::require_object(doc, "$", "Service");
    detail::check_kind(doc, "$", "Service", "v1");
    detail::Problems problems;
    auto svc = detail::read_service(doc, "$", problems);
    problems.throw_first();
    return svc;
}

std::optional<net::IpAddress> Service::cluster_ip(net::IpFamily family) const {
    for (const auto& ip : spec.cluster_ips) {
        if (ip.family() == family) {
            return ip;
        }
    }
    return std::nullopt;
}

bool Service::externally_accessible() const {
    return spec.type == ServiceType::LoadBalancer || spec.type == ServiceType::NodePort ||
           (spec.type == ServiceType::ClusterIP && !spec.external_ips.empty());
}

bool Service::external_policy_local() const {
    return externally_accessible() && spec.external_traffic_policy == TrafficPolicy::Local;
}

bool Service::internal_policy_local() const {
    return spec.internal_traffic_policy == TrafficPolicy::Local;
}

bool Service::skipped_by_kube_proxy() const {
    return spec.type == ServiceType::ExternalName || spec.headless || spec.cluster_ips.empty() ||
           metadata.labels.contains("service.kubernetes.io/service-proxy-name");
}

} // namespace winnet::k8s
