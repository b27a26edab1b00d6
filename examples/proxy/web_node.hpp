// The node of the kube-proxy examples: win-node-1, an L2Bridge (flannel host-gw) Windows node
// with HNS network cbr0, the host's own endpoint "cbr0" (10.244.1.2) and one pod of the web
// Service (10.244.1.5) whose endpoints the CNI plugin made; two more web pods run on other nodes.
// Service default/web is a LoadBalancer Service: port 80 to target port 8080, node port 30080,
// cloud load-balancer address 203.0.113.10 (and, with externalTrafficPolicy Local, the
// health-check node port 32123 the API server allocates).
#pragma once

#include <winnet/hns/simulated_hns.hpp>
#include <winnet/k8s/endpoint_slice.hpp>
#include <winnet/k8s/service.hpp>
#include <winnet/proxy/proxier.hpp>

#include <functional>
#include <memory>
#include <string>

namespace web {

using namespace winnet;

// --8<-- [start:node]
struct Node {
    explicit Node(hns::HnsVersion version) : hns(version) {}
    hns::SimulatedHns hns;
    std::unique_ptr<proxy::Proxier> proxier;
};

inline std::unique_ptr<Node> node(const std::function<void(proxy::ProxierConfig&)>& edit = {},
                                  hns::HnsVersion version = {15, 5}) {
    auto n = std::make_unique<Node>(version);
    hns::Network cbr0;
    cbr0.name = "cbr0";
    cbr0.type = hns::NetworkType::L2Bridge;
    cbr0 = n->hns.create_network(cbr0);
    for (const auto& [name, ip] : {std::pair{"cbr0", "10.244.1.2"}, {"web-1_eth0", "10.244.1.5"}}) {
        hns::Endpoint e; // made by the CNI plugin (cbr0: the host's own vNIC)
        e.name = name;
        e.ip_configurations = {hns::IpConfig{net::IpAddress::parse(ip), 24}};
        (void)n->hns.create_endpoint(cbr0, e);
    }
    proxy::ProxierConfig config;
    config.node_name = "win-node-1";
    config.node_ip = net::IpAddress::parse("10.0.0.5");
    config.host_mac = "00-15-5d-00-00-05";
    config.network_name = "cbr0";
    config.root_hns_endpoint_name = "cbr0";
    config.forward_health_check_vip = true;
    if (edit) {
        edit(config);
    }
    n->proxier = std::make_unique<proxy::Proxier>(n->hns, config);
    return n;
}
// --8<-- [end:node]

// --8<-- [start:service]
inline k8s::Service service(const std::function<void(k8s::Service&)>& edit = {}) {
    k8s::Service s;
    s.metadata.namespace_ = "default";
    s.metadata.name = "web";
    s.spec.type = k8s::ServiceType::LoadBalancer;
    s.spec.cluster_ips = {net::IpAddress::parse("10.96.0.80")};
    k8s::ServicePort http;
    http.name = "http";
    http.port = 80;
    http.target_port = std::uint16_t{8080};
    http.node_port = 30080;
    s.spec.ports = {http};
    s.status.load_balancer_ingress = {{net::IpAddress::parse("203.0.113.10"), "", {}}};
    if (edit) {
        edit(s);
    }
    if (s.spec.external_traffic_policy == k8s::TrafficPolicy::Local) {
        s.spec.health_check_node_port = 32123;
    }
    return s;
}

inline k8s::EndpointSlice slice(const std::vector<std::pair<std::string, std::string>>& pods) {
    k8s::EndpointSlice s;
    s.metadata.namespace_ = "default";
    s.metadata.name = "web-7xk2p";
    s.metadata.labels["kubernetes.io/service-name"] = "web";
    s.ports = {{"http", k8s::PortProtocol::TCP, 8080}};
    for (const auto& [ip, node_name] : pods) {
        k8s::Endpoint e;
        e.addresses = {net::IpAddress::parse(ip)};
        e.node_name = node_name;
        s.endpoints.push_back(e);
    }
    return s;
}

inline k8s::EndpointSlice three_pods() {
    return slice({{"10.244.1.5", "win-node-1"},
                  {"10.244.2.7", "win-node-2"},
                  {"10.244.3.9", "linux-node-1"}});
}
// --8<-- [end:service]

} // namespace web
