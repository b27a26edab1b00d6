// KubeProxyConfiguration (kubeproxy.config.k8s.io/v1alpha1) from JSON. Defaults reproduce
// pkg/proxy/apis/config/v1alpha1/defaults.go (SetDefaults_KubeProxyConfiguration, with
// proxyutil.AppendPortIfNeeded) and the Windows default of the root HNS endpoint (`cbr0`); checks
// reproduce pkg/proxy/apis/config/validation Validate (Windows proxy modes, validateHostPort,
// validateDualStackCIDRStrings for the cluster CIDRs) and the Windows proxier's start-up check of
// `enableDSR` against the `WinDSR` gate (pkg/proxy/winkernel NewProxier), Kubernetes 1.33.
#include "json/reader.hpp"
#include "k8s/api_validation.hpp"

#include <winnet/k8s/kube_proxy_configuration.hpp>

#include <charconv>
#include <utility>

namespace winnet::k8s {

namespace {

using detail::member;
using detail::Problems;
using json::child_path;

struct HostPort {
    std::string host;
    std::string port;
};

// Go's net.SplitHostPort: "host:port" or "[host]:port"; none when malformed.
std::optional<HostPort> split_host_port(std::string_view text) {
    if (!text.empty() && text.front() == '[') {
        const auto close = text.find(']');
        if (close == std::string_view::npos || close + 1 >= text.size() || text[close + 1] != ':') {
            return std::nullopt;
        }
        const auto port = text.substr(close + 2);
        if (port.find_first_of("[]:") != std::string_view::npos) {
            return std::nullopt;
        }
        return HostPort{std::string(text.substr(1, close - 1)), std::string(port)};
    }
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || text.find(':') != colon ||
        text.find_first_of("[]") != std::string_view::npos) {
        return std::nullopt; // missing port, or too many colons
    }
    return HostPort{std::string(text.substr(0, colon)), std::string(text.substr(colon + 1))};
}

// proxyutil.AppendPortIfNeeded: an IP without a port gets `port`.
std::string append_port_if_needed(const std::string& address, int port) {
    if (split_host_port(address)) {
        return address;
    }
    const auto ip = detail::parse_ip_sloppy(address);
    if (!ip) {
        return address; // left for validation to report
    }
    return ip->is_v4() ? address + ":" + std::to_string(port)
                       : "[" + address + "]:" + std::to_string(port);
}

// strconv.Atoi and the range check of validateHostPort.
std::optional<int> parse_port(std::string_view text) {
    int value = 0;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        return std::nullopt; // Atoi takes a sign, but no valid port has one
    }
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || ptr != last || value < 1 || value > 65535) {
        return std::nullopt;
    }
    return value;
}

// validateHostPort (pkg/proxy/apis/config/validation).
void check_host_port(const std::string& input, const std::string& path, Problems& problems) {
    const auto hp = split_host_port(input);
    if (!hp) {
        problems.add(path, detail::invalid_string(input, "must be IP:port"));
        return;
    }
    if (!detail::parse_ip_sloppy(hp->host)) {
        problems.add(path, detail::invalid_string(hp->host, "must be a valid IP"));
    }
    if (!parse_port(hp->port)) {
        problems.add(path, detail::invalid_string(hp->port, "must be a valid port"));
    }
}

std::string string_member(const json::Value& object, std::string_view key) {
    return detail::string_field(object, key, "$");
}

bool bool_member(const json::Value& object, std::string_view key, const std::string& path) {
    return detail::optional_bool_field(object, key, path).value_or(false);
}

} // namespace

KubeProxyConfiguration KubeProxyConfiguration::from_json(std::string_view text) {
    const auto doc = json::parse(text);
    detail::require_object(doc, "$", "KubeProxyConfiguration");
    // kube-proxy's config loader decodes by apiVersion and kind; both are required.
    const auto kind = string_member(doc, "kind");
    if (kind.empty()) {
        throw JsonError("$.kind", detail::required("Object 'Kind' is missing"));
    }
    if (kind != "KubeProxyConfiguration") {
        throw JsonError("$.kind",
                        "expected kind \"KubeProxyConfiguration\", found " + detail::quote(kind));
    }
    const auto api = string_member(doc, "apiVersion");
    if (api.empty()) {
        throw JsonError("$.apiVersion", detail::required("Object 'apiVersion' is missing"));
    }
    if (api != "kubeproxy.config.k8s.io/v1alpha1") {
        throw JsonError("$.apiVersion",
                        "expected apiVersion \"kubeproxy.config.k8s.io/v1alpha1\", found " +
                            detail::quote(api));
    }

    KubeProxyConfiguration c;
    Problems problems;
    c.hostname_override = string_member(doc, "hostnameOverride");
    c.mode = string_member(doc, "mode");
    std::string bind = string_member(doc, "bindAddress");
    std::string healthz = string_member(doc, "healthzBindAddress");
    std::string metrics = string_member(doc, "metricsBindAddress");
    const std::string cluster_cidr = string_member(doc, "clusterCIDR");
    if (const auto* gates = member(doc, "featureGates")) {
        const std::string gates_path = "$.featureGates";
        if (!gates->is_object()) {
            throw JsonError(gates_path, "expected an object of true or false by gate name, found " +
                                            json::describe(*gates));
        }
        for (const auto& [name, value] : gates->items()) {
            c.feature_gates[name] = json::read_bool(value, child_path(gates_path, name));
        }
    }
    std::string source_vip;
    if (const auto* w = member(doc, "winkernel")) {
        const std::string wp = "$.winkernel";
        detail::require_object(*w, wp, "KubeProxyWinkernelConfiguration");
        c.winkernel.network_name = detail::string_field(*w, "networkName", wp);
        source_vip = detail::string_field(*w, "sourceVip", wp);
        c.winkernel.enable_dsr = bool_member(*w, "enableDSR", wp);
        c.winkernel.root_hns_endpoint_name = detail::string_field(*w, "rootHnsEndpointName", wp);
        c.winkernel.forward_health_check_vip = bool_member(*w, "forwardHealthCheckVip", wp);
    }

    // SetDefaults_KubeProxyConfiguration, and the Windows backend's root endpoint default.
    if (bind.empty()) {
        bind = "0.0.0.0";
    }
    healthz = healthz.empty() ? "0.0.0.0:10256" : append_port_if_needed(healthz, 10256);
    metrics = metrics.empty() ? "127.0.0.1:10249" : append_port_if_needed(metrics, 10249);
    if (c.winkernel.root_hns_endpoint_name.empty()) {
        c.winkernel.root_hns_endpoint_name = "cbr0";
    }

    // Validate.
    if (c.mode != "" && c.mode != "kernelspace") { // validateProxyModeWindows
        problems.add("$.mode", detail::invalid_string(
                                   c.mode, "must be kernelspace or blank (blank means the "
                                           "most-available proxy [currently 'kernelspace'])"));
    }
    if (const auto ip = detail::parse_ip_sloppy(bind)) {
        c.bind_address = *ip;
    } else {
        problems.add("$.bindAddress",
                     detail::invalid_string(bind, "not a valid textual representation of an IP "
                                                  "address"));
    }
    check_host_port(healthz, "$.healthzBindAddress", problems);
    check_host_port(metrics, "$.metricsBindAddress", problems);
    c.healthz_bind_address = healthz;
    c.metrics_bind_address = metrics;
    if (!cluster_cidr.empty()) { // validateDualStackCIDRStrings, on the comma-separated list
        std::vector<std::string> parts;
        std::size_t start = 0;
        while (true) {
            const auto comma = cluster_cidr.find(',', start);
            parts.push_back(cluster_cidr.substr(
                start, comma == std::string::npos ? std::string::npos : comma - start));
            if (comma == std::string::npos) {
                break;
            }
            start = comma + 1;
        }
        // Upstream's wording, unbalanced parenthesis and "a either" included.
        const std::string pair_message = "must be a either a single CIDR or dual-stack pair of "
                                         "CIDRs (e.g. [10.100.0.0/16, fde4:8dba:82e1::/48]";
        if (parts.size() > 2) {
            problems.add("$.clusterCIDR", detail::invalid_string(cluster_cidr, pair_message));
        } else {
            bool all_parse = true;
            for (const auto& part : parts) {
                if (const auto prefix = detail::parse_cidr_sloppy(part)) {
                    c.cluster_cidrs.push_back(*prefix);
                } else {
                    all_parse = false;
                    problems.add("$.clusterCIDR",
                                 detail::invalid_string(part, "must be a valid CIDR block (e.g. "
                                                              "10.100.0.0/16 or "
                                                              "fde4:8dba:82e1::/48)"));
                }
            }
            if (all_parse && c.cluster_cidrs.size() == 2 &&
                c.cluster_cidrs[0].family() == c.cluster_cidrs[1].family()) {
                problems.add("$.clusterCIDR", detail::invalid_string(cluster_cidr, pair_message));
            }
        }
    }
    if (!source_vip.empty()) {
        // Upstream passes the text on unchecked (HNS refuses it later); winnet checks it here.
        if (const auto ip = detail::parse_ip_sloppy(source_vip)) {
            c.winkernel.source_vip = *ip;
        } else {
            problems.add("$.winkernel.sourceVip",
                         detail::invalid_string(source_vip, detail::valid_ip_message));
        }
    }
    if (c.winkernel.enable_dsr && !c.feature_enabled("WinDSR")) {
        problems.add("$.winkernel.enableDSR", "WinDSR feature gate not enabled");
    }
    problems.throw_first();
    return c;
}

std::uint16_t KubeProxyConfiguration::healthz_port() const {
    const auto hp = split_host_port(healthz_bind_address);
    if (!hp) {
        return 0;
    }
    return static_cast<std::uint16_t>(parse_port(hp->port).value_or(0));
}

bool KubeProxyConfiguration::feature_enabled(std::string_view name) const {
    if (const auto it = feature_gates.find(std::string(name)); it != feature_gates.end()) {
        return it->second;
    }
    // Defaults in pkg/features/kube_features.go as of 1.33: WinDSR beta (on), WinOverlay beta
    // (on since 1.20).
    return name == "WinDSR" || name == "WinOverlay";
}

} // namespace winnet::k8s
