// ServiceInfo from a Service: upstream newServiceInfo (pkg/proxy/winkernel/proxier.go) on top of
// pkg/proxy's newBaseServiceInfo.
#include <winnet/proxy/service_info.hpp>

#include <algorithm>
#include <cctype>
#include <tuple>

namespace winnet::proxy {

std::string ServicePortName::to_string() const {
    std::string text = service.to_string();
    if (!port.empty()) {
        text += ":" + port;
    }
    return text;
}

bool ServiceInfo::same_spec(const ServiceInfo& other) const {
    const auto spec = [](const ServiceInfo& s) {
        std::vector<net::IpAddress> external;
        for (const auto& e : s.external_ips) {
            external.push_back(e.ip);
        }
        std::vector<net::IpAddress> ingress;
        for (const auto& i : s.load_balancer_ingress_ips) {
            ingress.push_back(i.ip);
        }
        return std::make_tuple(s.name, s.cluster_ip, s.port, s.protocol, s.node_port, s.target_port,
                               s.session_affinity, s.sticky_max_age_seconds,
                               s.health_check_node_port, external, ingress, s.preserve_dip,
                               s.local_traffic_dsr, s.internal_traffic_local,
                               s.win_proxy_optimization);
    };
    return spec(*this) == spec(other);
}

namespace {

std::string upper(std::string text) {
    std::ranges::transform(text, text.begin(),
                           [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::string annotation(const k8s::Service& service, const std::string& key) {
    const auto it = service.metadata.annotations.find(key);
    return it == service.metadata.annotations.end() ? std::string{} : it->second;
}

} // namespace

std::vector<ServiceInfo> service_infos(const k8s::Service& service, net::IpFamily family,
                                       bool dsr_supported) {
    std::vector<ServiceInfo> infos;
    const auto cluster_ip = service.cluster_ip(family);
    // pkg/proxy ShouldSkipService, and the per-family filtering of the service trackers: a
    // proxier only sees Services with a cluster IP of its own family.
    if (service.skipped_by_kube_proxy() || !cluster_ip) {
        return infos;
    }
    // Upstream reads the annotations literally: `preserve-destination` must be exactly "true";
    // `winProxyOptimization` is compared upper-cased with "DISABLED".
    const bool preserve_dip = annotation(service, "preserve-destination") == "true";
    const bool optimization = upper(annotation(service, "winProxyOptimization")) != "DISABLED";
    // newServiceInfo reads spec.externalTrafficPolicy itself (not ExternalPolicyLocal()), and
    // both DSR uses need only HNS's DSR support, not --enable-dsr or the WinDSR gate.
    const bool etp_local = service.spec.external_traffic_policy == k8s::TrafficPolicy::Local;
    const bool itp_local = service.spec.internal_traffic_policy == k8s::TrafficPolicy::Local;
    for (const auto& port : service.spec.ports) {
        ServiceInfo info;
        info.name = {service.metadata.key(), port.name, port.protocol};
        info.cluster_ip = *cluster_ip;
        info.port = port.port;
        info.protocol = port.protocol;
        info.node_port = port.node_port;
        // A named targetPort (IntValue() of a string) gives 0; the sync takes the endpoints'.
        if (const auto* number = std::get_if<std::uint16_t>(&port.target_port)) {
            info.target_port = *number;
        }
        info.session_affinity = service.spec.session_affinity;
        if (info.session_affinity == k8s::SessionAffinity::ClientIP) {
            info.sticky_max_age_seconds = service.spec.session_affinity_timeout_seconds;
        }
        info.health_check_node_port = service.spec.health_check_node_port;
        for (const auto& ip : service.spec.external_ips) {
            if (ip.family() == family) {
                info.external_ips.push_back({ip, {}});
            }
        }
        for (const auto& ingress : service.status.load_balancer_ingress) {
            if (ingress.ip && ingress.ip->family() == family) {
                info.load_balancer_ingress_ips.push_back({*ingress.ip, {}, {}});
            }
        }
        info.preserve_dip = preserve_dip && dsr_supported;
        info.local_traffic_dsr = etp_local && dsr_supported;
        info.internal_traffic_local = itp_local;
        info.win_proxy_optimization = optimization;
        infos.push_back(std::move(info));
    }
    return infos;
}

} // namespace winnet::proxy
