// A node like upstream's NewFakeProxier (pkg/proxy/winkernel/proxier_test.go): network
// "TestNetwork" (id 123ABC) with one remote subnet 192.168.2.0/24 behind 10.0.0.3, node
// "test-node" at 10.0.0.1, host MAC 00-11-22-33-44-55, source VIP 192.168.1.2, health-check VIP
// forwarding on, and HNS in-place updates off (upstream's mock starts with ModifyLoadbalancer
// false). Upstream's mock numbers its objects EPID-n and LBID-n; SimulatedHns gives GUIDs, so
// tests name "the n-th endpoint created" with created_id().
#pragma once

#include <winnet/hns/simulated_hns.hpp>
#include <winnet/k8s/endpoint_slice.hpp>
#include <winnet/k8s/service.hpp>
#include <winnet/proxy/proxier.hpp>

#include <functional>
#include <memory>
#include <string>

namespace winnet::proxy::testing {

inline const std::string test_node = "test-node";
inline const std::string network_id = "123ABC";
inline const std::string ep_ip_remote = "192.168.2.3";
inline const std::string ep_pa_address = "10.0.0.3";
inline const std::string ep_ip_local1 = "192.168.4.4";
inline const std::string ep_ip_local2 = "192.168.4.5";
inline const std::string ep_ip_gw = "192.168.2.1";
inline const std::string endpoint_local1 = "EP-LOCAL-1";
inline const std::string endpoint_local2 = "EP-LOCAL-2";
inline const std::string endpoint_gw = "EP-GW";

inline net::IpAddress ip(const std::string& text) {
    return net::IpAddress::parse(text);
}

struct FakeNode {
    hns::SimulatedHns hns;
    std::unique_ptr<Proxier> proxier;

    FakeNode() : hns(hns::HnsVersion{15, 5}) {}

    // upstream PopulateQueriedEndpoints: a CNI-made local endpoint whose id and name are `id`.
    void populate_local_endpoint(const std::string& id, const std::string& address,
                                 const std::string& mac, std::uint8_t prefix = 24) {
        hns::Endpoint e;
        e.id = id;
        e.name = id;
        e.ip_configurations = {hns::IpConfig{ip(address), prefix}};
        e.mac_address = mac;
        (void)hns.create_endpoint(hns.get_network_by_id(network_id), e);
    }

    // The id HNS gave the n-th (1-based) successful creation of `op`: upstream's EPID-n/LBID-n.
    [[nodiscard]] std::string created_id(hns::HnsOperation op, std::size_t n) const {
        std::size_t seen = 0;
        for (const auto& call : hns.calls()) {
            if (call.operation == op && !call.error && ++seen == n) {
                return call.id;
            }
        }
        return "<none: only " + std::to_string(seen) + " created>";
    }
    [[nodiscard]] std::string epid(std::size_t n) const {
        return created_id(hns::HnsOperation::CreateEndpoint, n + endpoints_before_start);
    }
    [[nodiscard]] std::string lbid(std::size_t n) const {
        return created_id(hns::HnsOperation::CreateLoadBalancer, n);
    }
    [[nodiscard]] bool lb_exists(const std::string& id) {
        for (const auto& lb : hns.state().load_balancers) {
            if (lb.id == id) {
                return true;
            }
        }
        return false;
    }
    [[nodiscard]] bool endpoint_exists(const std::string& id) {
        for (const auto& e : hns.state().endpoints) {
            if (e.id == id) {
                return true;
            }
        }
        return false;
    }
    [[nodiscard]] hns::LoadBalancer lb(const std::string& id) {
        for (const auto& l : hns.state().load_balancers) {
            if (l.id == id) {
                return l;
            }
        }
        throw std::runtime_error("no load balancer " + id);
    }

    std::size_t endpoints_before_start = 0; // pre-populated endpoints do not count as EPID-n
};

struct FakeOptions {
    hns::NetworkType network_type = hns::NetworkType::Overlay;
    bool enable_dsr = false;
    net::IpFamily family = net::IpFamily::IPv4;
    std::string root_hns_endpoint_name = "cbr0";
};

inline hns::Network test_network(hns::NetworkType type) {
    hns::Network n;
    n.id = network_id;
    n.name = "TestNetwork";
    n.type = type;
    n.policies.emplace_back(hns::RemoteSubnetRoutePolicySetting{
        net::IpPrefix::parse("192.168.2.0/24"), 4096, ip(ep_pa_address), "00-11-22-33-44-55"});
    return n;
}

inline ProxierConfig fake_config(const FakeOptions& o) {
    ProxierConfig c;
    c.node_name = test_node;
    c.node_ip = ip(o.family == net::IpFamily::IPv4 ? "10.0.0.1" : "10::1");
    c.host_mac = "00-11-22-33-44-55";
    c.network_name = "TestNetwork";
    c.source_vip = ip(o.family == net::IpFamily::IPv4 ? "192.168.1.2" : "192::1:2");
    c.enable_dsr = o.enable_dsr;
    c.forward_health_check_vip = true;
    c.root_hns_endpoint_name = o.root_hns_endpoint_name;
    c.healthz_port = 0;
    return c;
}

// The node with its network; call start() once the pre-populated endpoints are in.
inline std::unique_ptr<FakeNode> make_node(const FakeOptions& o = {}) {
    auto node = std::make_unique<FakeNode>();
    (void)node->hns.create_network(test_network(o.network_type));
    return node;
}

inline void start(FakeNode& node, const FakeOptions& o = {}) {
    node.endpoints_before_start = node.hns.count(hns::HnsOperation::CreateEndpoint);
    node.proxier = std::make_unique<Proxier>(node.hns, fake_config(o));
    node.proxier->set_modify_load_balancer(false);
}

inline std::unique_ptr<FakeNode> fake_proxier(const FakeOptions& o = {}) {
    auto node = make_node(o);
    start(*node, o);
    return node;
}

// upstream makeTestService: ns/name with cluster IP 10.20.30.41 unless `edit` says otherwise.
inline k8s::Service make_service(const std::string& ns, const std::string& name,
                                 const std::function<void(k8s::Service&)>& edit) {
    k8s::Service s;
    s.metadata.namespace_ = ns;
    s.metadata.name = name;
    s.spec.type = k8s::ServiceType::ClusterIP;
    edit(s);
    return s;
}

inline k8s::ServicePort service_port(const std::string& name, std::uint16_t port,
                                     std::uint16_t target, std::uint16_t node_port = 0,
                                     k8s::PortProtocol protocol = k8s::PortProtocol::TCP) {
    k8s::ServicePort p;
    p.name = name;
    p.port = port;
    p.target_port = target;
    p.node_port = node_port;
    p.protocol = protocol;
    return p;
}

// upstream makeTestEndpointSlice: slice `name-1` labelled for Service ns/name.
inline k8s::EndpointSlice make_slice(const std::string& ns, const std::string& name,
                                     const std::function<void(k8s::EndpointSlice&)>& edit,
                                     int index = 1) {
    k8s::EndpointSlice s;
    s.metadata.namespace_ = ns;
    s.metadata.name = name + "-" + std::to_string(index);
    s.metadata.labels["kubernetes.io/service-name"] = name;
    s.address_type = k8s::AddressType::IPv4;
    edit(s);
    return s;
}

inline k8s::Endpoint endpoint(const std::string& address, const std::string& node_name = "",
                              std::optional<bool> ready = std::nullopt,
                              std::optional<bool> serving = std::nullopt,
                              std::optional<bool> terminating = std::nullopt) {
    k8s::Endpoint e;
    e.addresses = {ip(address)};
    e.node_name = node_name;
    e.conditions.ready = ready;
    e.conditions.serving = serving;
    e.conditions.terminating = terminating;
    return e;
}

inline k8s::EndpointPort endpoint_port(const std::string& name, std::uint16_t port,
                                       k8s::PortProtocol protocol = k8s::PortProtocol::TCP) {
    return {name, protocol, port};
}

inline ServicePortName port_name(const std::string& ns, const std::string& name,
                                 const std::string& port,
                                 k8s::PortProtocol protocol = k8s::PortProtocol::TCP) {
    return {{ns, name}, port, protocol};
}

} // namespace winnet::proxy::testing
