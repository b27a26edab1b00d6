// The proxier's behaviour beyond upstream's own test cases: start-up, teardown rules, the flag
// matrix of each Service kind, faults, the quirks winnet fixes (DOMAIN notes 10.10-10.16), and
// the incremental cost of a sync.
#include "catch.hpp"
#include "fake_proxier.hpp"

using namespace winnet;
using namespace winnet::proxy;
using namespace winnet::proxy::testing;
using hns::HnsOperation;
using hns::NetworkType;

namespace {

k8s::Service service(
    const std::string& name, const std::string& cluster_ip,
    const std::function<void(k8s::Service&)>& edit = [](k8s::Service&) {}) {
    return make_service("ns1", name, [&](k8s::Service& s) {
        s.spec.cluster_ips = {ip(cluster_ip)};
        s.spec.ports = {service_port("p80", 80, 80)};
        edit(s);
    });
}

k8s::EndpointSlice slice_of(const std::string& name, const std::vector<k8s::Endpoint>& eps) {
    return make_slice("ns1", name, [&](k8s::EndpointSlice& s) {
        s.endpoints = eps;
        s.ports = {endpoint_port("p80", 80)};
    });
}

const ServiceInfo& info(const FakeNode& node, const std::string& name) {
    const auto* s = node.proxier->find_service(port_name("ns1", name, "p80"));
    REQUIRE(s != nullptr);
    return *s;
}

} // namespace

TEST_CASE("start-up deletes every load balancer on the host and keeps remote endpoints",
          "[proxy][startup]") {
    auto node = make_node({NetworkType::L2Bridge});
    const auto net = node->hns.get_network_by_id(network_id);
    hns::Endpoint remote;
    remote.ip_configurations = {hns::IpConfig{ip("192.168.2.9"), 0}};
    const auto leftover = node->hns.create_remote_endpoint(net, remote).id;
    hns::LoadBalancer lb;
    lb.host_compute_endpoints = {leftover};
    lb.frontend_vips = {ip("10.96.0.1")};
    lb.port_mappings = {{hns::Protocol::TCP, 443, 443}};
    (void)node->hns.create_load_balancer(lb);
    lb.frontend_vips = {ip("10.96.0.2")};
    (void)node->hns.create_load_balancer(lb);
    start(*node, {NetworkType::L2Bridge});
    CHECK(node->hns.state().load_balancers.empty());
    CHECK(node->endpoint_exists(leftover));
    CHECK(node->proxier->startup_cleanup_failures() == 0);
}

TEST_CASE("kube-proxy refuses to start with upstream's messages", "[proxy][startup]") {
    const auto refusal = [](const FakeOptions& o, const std::function<void(ProxierConfig&)>& edit,
                            hns::HnsVersion version = {15, 5}) -> std::string {
        hns::SimulatedHns hns(version);
        (void)hns.create_network(test_network(o.network_type));
        auto config = fake_config(o);
        edit(config);
        try {
            Proxier p(hns, config);
        } catch (const Error& e) {
            return e.what();
        }
        return "started";
    };
    CHECK(refusal({}, [](ProxierConfig& c) { c.network_name.clear(); }) ==
          "Environment variable KUBE_NETWORK and network-flag not initialized");
    CHECK(refusal({}, [](ProxierConfig& c) { c.source_vip.reset(); }) == "source-vip flag not set");
    CHECK(refusal({NetworkType::L2Bridge}, [](ProxierConfig& c) { c.source_vip.reset(); }) ==
          "started");
    CHECK(refusal({NetworkType::L2Bridge, true}, [](ProxierConfig& c) {
              c.win_dsr_gate = false;
          }) == "WinDSR feature gate not enabled");
    CHECK(refusal({}, [](ProxierConfig& c) { c.win_overlay_gate = false; }) ==
          "WinOverlay feature gate not enabled");
    CHECK(refusal({}, [](ProxierConfig& c) { c.host_mac.clear(); }) ==
          "could not find host mac address for 10.0.0.1");
    CHECK(refusal({NetworkType::L2Bridge}, [](ProxierConfig&) {}, {9, 1})
              .starts_with("Windows HNS Api V2 required"));
    CHECK(refusal({NetworkType::L2Bridge, true}, [](ProxierConfig&) {}, {10, 1}) ==
          "DSR is not supported by HNS 10.1");
    CHECK(refusal({}, [](ProxierConfig& c) { c.network_name = "nope"; }).find("nope") !=
          std::string::npos);
}

TEST_CASE("a Service update tears down all its load balancers and builds new ones",
          "[proxy][service-change]") {
    auto node = fake_proxier({NetworkType::L2Bridge});
    node->proxier->set_service(service("svc1", "10.20.30.41"));
    node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    const auto first = info(*node, "svc1").hns_id;
    // An annotation that changes nothing the proxier uses is no change at all...
    auto same = service("svc1", "10.20.30.41");
    same.metadata.annotations["example.com/owner"] = "team-a";
    node->proxier->set_service(same);
    node->hns.clear_calls();
    node->proxier->sync();
    CHECK(info(*node, "svc1").hns_id == first);
    CHECK(node->hns.count(HnsOperation::DeleteLoadBalancer) == 0);
    // ...but session affinity is: delete, then create.
    node->proxier->set_service(service("svc1", "10.20.30.41", [](k8s::Service& s) {
        s.spec.session_affinity = k8s::SessionAffinity::ClientIP;
        s.spec.session_affinity_timeout_seconds = 10800;
    }));
    node->proxier->sync();
    CHECK_FALSE(node->lb_exists(first));
    const auto second = info(*node, "svc1").hns_id;
    CHECK(node->lb(second).port_mappings[0].distribution_type == hns::Distribution::SourceIP);
    CHECK(info(*node, "svc1").sticky_max_age_seconds == 10800);
}

TEST_CASE("winProxyOptimization disabled deletes and recreates on every endpoint change",
          "[proxy][optimization]") {
    auto node = fake_proxier({NetworkType::L2Bridge});
    node->proxier->set_modify_load_balancer(true);
    node->proxier->set_service(service("svc1", "10.20.30.41", [](k8s::Service& s) {
        s.metadata.annotations["winProxyOptimization"] = "Disabled";
    }));
    node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    CHECK_FALSE(info(*node, "svc1").win_proxy_optimization);
    const auto first = info(*node, "svc1").hns_id;
    const auto remote = node->epid(1);
    node->proxier->set_endpoint_slice(
        slice_of("svc1", {endpoint(ep_ip_remote), endpoint("192.168.2.4")}));
    node->proxier->sync();
    CHECK_FALSE(node->lb_exists(first));
    CHECK(node->hns.count(HnsOperation::UpdateLoadBalancer) == 0);
    // The shared remote endpoint was deleted in the teardown and made again.
    CHECK_FALSE(node->endpoint_exists(remote));
    CHECK(node->hns.count(HnsOperation::CreateEndpoint) == 3);
}

TEST_CASE("a Service that loses every backend loses its load balancers and waits",
          "[proxy][optimization]") {
    auto node = fake_proxier({NetworkType::L2Bridge});
    node->proxier->set_service(service("svc1", "10.20.30.41"));
    node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    const auto first = info(*node, "svc1").hns_id;
    const auto remote = node->epid(1);
    node->proxier->set_endpoint_slice(slice_of("svc1", {}));
    const auto result = node->proxier->sync();
    CHECK_FALSE(node->lb_exists(first));
    CHECK(info(*node, "svc1").hns_id.empty());
    CHECK_FALSE(info(*node, "svc1").policy_applied);
    CHECK(result.services_pending == 1);
    CHECK_FALSE(node->endpoint_exists(remote));
}

TEST_CASE("preserve-destination makes the ingress load balancer keep the VIP as destination",
          "[proxy][preserve-dip]") {
    auto node = make_node({NetworkType::L2Bridge});
    node->populate_local_endpoint(endpoint_local1, ep_ip_local1, "00-11-22-33-44-56");
    node->populate_local_endpoint(endpoint_gw, ep_ip_gw, "00-11-22-33-44-66");
    start(*node, {NetworkType::L2Bridge, false, net::IpFamily::IPv4, endpoint_gw});
    node->proxier->set_service(service("svc1", "10.20.30.41", [](k8s::Service& s) {
        s.metadata.annotations["preserve-destination"] = "true";
        s.spec.type = k8s::ServiceType::LoadBalancer;
        s.spec.ports[0].node_port = 3001;
        s.spec.health_check_node_port = 32000;
        s.status.load_balancer_ingress = {{ip("11.21.31.41"), "", std::nullopt}};
    }));
    node->proxier->set_endpoint_slice(
        slice_of("svc1", {endpoint(ep_ip_local1, test_node), endpoint(ep_ip_remote, "testhost2")}));
    node->proxier->sync();
    const auto& svc = info(*node, "svc1");
    CHECK(svc.preserve_dip);
    const auto cluster = node->lb(svc.hns_id);
    CHECK(cluster.host_compute_endpoints.size() == 2);
    const auto node_port = node->lb(svc.node_port_hns_id);
    CHECK(node_port.host_compute_endpoints == std::vector<std::string>{endpoint_local1});
    CHECK(static_cast<std::uint32_t>(node_port.port_mappings[0].flags) == 18);
    CHECK(node_port.flags == hns::LoadBalancerFlags::None);
    const auto ingress = node->lb(svc.load_balancer_ingress_ips[0].hns_id);
    CHECK(static_cast<std::uint32_t>(ingress.port_mappings[0].flags) == 28);
    CHECK(ingress.flags == hns::LoadBalancerFlags::DSR);
    CHECK(ingress.host_compute_endpoints == std::vector<std::string>{endpoint_local1});
    const auto health = node->lb(svc.load_balancer_ingress_ips[0].health_check_hns_id);
    CHECK(static_cast<std::uint32_t>(health.port_mappings[0].flags) == 12);
    CHECK(health.port_mappings[0].internal_port == 32000);
    CHECK(health.port_mappings[0].external_port == 32000);
    CHECK(health.flags == hns::LoadBalancerFlags::None);
}

TEST_CASE("preserve-destination and local traffic DSR need HNS's DSR support",
          "[proxy][preserve-dip]") {
    auto svc = service("svc1", "10.20.30.41", [](k8s::Service& s) {
        s.metadata.annotations["preserve-destination"] = "true";
        s.spec.type = k8s::ServiceType::NodePort;
        s.spec.external_traffic_policy = k8s::TrafficPolicy::Local;
    });
    const auto with = service_infos(svc, net::IpFamily::IPv4, true);
    const auto without = service_infos(svc, net::IpFamily::IPv4, false);
    CHECK(with[0].preserve_dip);
    CHECK(with[0].local_traffic_dsr);
    CHECK_FALSE(without[0].preserve_dip);
    CHECK_FALSE(without[0].local_traffic_dsr);
    svc.metadata.annotations["preserve-destination"] = "True"; // upstream wants exactly "true"
    CHECK_FALSE(service_infos(svc, net::IpFamily::IPv4, true)[0].preserve_dip);
}

TEST_CASE("ServiceInfos follow the proxier's family and skip what kube-proxy skips",
          "[proxy][service-info]") {
    const auto svc = service("svc1", "10.20.30.41", [](k8s::Service& s) {
        s.spec.cluster_ips = {ip("10.20.30.41"), ip("fd00::41")};
        s.spec.ports = {service_port("dns", 53, 53, 0, k8s::PortProtocol::UDP),
                        service_port("dns-tcp", 53, 53)};
        s.spec.external_ips = {ip("50.60.70.81"), ip("2001:db8::81")};
        s.status.load_balancer_ingress = {{std::nullopt, "lb.example.com", std::nullopt},
                                          {ip("11.21.31.41"), "", std::nullopt}};
    });
    const auto v4 = service_infos(svc, net::IpFamily::IPv4, true);
    REQUIRE(v4.size() == 2);
    CHECK(v4[0].name.to_string() == "ns1/svc1:dns");
    CHECK(v4[0].protocol == k8s::PortProtocol::UDP);
    CHECK(v4[0].external_ips.size() == 1);
    CHECK(v4[0].load_balancer_ingress_ips.size() == 1);
    const auto v6 = service_infos(svc, net::IpFamily::IPv6, true);
    REQUIRE(v6.size() == 2);
    CHECK(v6[0].cluster_ip == ip("fd00::41"));
    CHECK(v6[0].external_ips[0].ip == ip("2001:db8::81"));
    CHECK(v6[0].load_balancer_ingress_ips.empty());
    auto headless = svc;
    headless.spec.headless = true;
    headless.spec.cluster_ips.clear();
    CHECK(service_infos(headless, net::IpFamily::IPv4, true).empty());
    auto named = svc;
    named.spec.ports[0].target_port = std::string("dns");
    CHECK(service_infos(named, net::IpFamily::IPv4, true)[0].target_port == 0);
}

TEST_CASE("a named target port takes the backends' port", "[proxy][targetport]") {
    auto node = fake_proxier({NetworkType::L2Bridge});
    node->proxier->set_service(service("svc1", "10.20.30.41", [](k8s::Service& s) {
        s.spec.ports[0].target_port = std::string("http");
    }));
    node->proxier->set_endpoint_slice(make_slice("ns1", "svc1", [](k8s::EndpointSlice& s) {
        s.endpoints = {endpoint(ep_ip_remote)};
        s.ports = {endpoint_port("p80", 8080)};
    }));
    node->proxier->sync();
    CHECK(info(*node, "svc1").target_port == 8080);
    CHECK(node->lb(info(*node, "svc1").hns_id).port_mappings[0].internal_port == 8080);
}

TEST_CASE("with ingress IPs, terminating backends are used only when nothing else serves",
          "[proxy][terminating]") {
    auto node = fake_proxier({NetworkType::L2Bridge});
    node->proxier->set_service(service("svc1", "10.20.30.41", [](k8s::Service& s) {
        s.spec.type = k8s::ServiceType::LoadBalancer;
        s.spec.ports[0].node_port = 3001;
        s.status.load_balancer_ingress = {{ip("11.21.31.41"), "", std::nullopt}};
    }));
    // One ready backend and one terminating but still serving: only the ready one is used.
    node->proxier->set_endpoint_slice(
        slice_of("svc1", {endpoint(ep_ip_remote), endpoint("192.168.2.4", "", false, true, true)}));
    node->proxier->sync();
    CHECK(node->lb(info(*node, "svc1").hns_id).host_compute_endpoints.size() == 1);
    CHECK_FALSE(info(*node, "svc1").load_balancer_ingress_ips[0].hns_id.empty());
    // Only terminating, serving backends: the cluster IP keeps them, but the external load
    // balancers go, so the cloud load balancer's health check moves traffic to other nodes.
    node->proxier->set_endpoint_slice(
        slice_of("svc1", {endpoint("192.168.2.4", "", false, true, true)}));
    node->proxier->sync();
    CHECK(node->lb(info(*node, "svc1").hns_id).host_compute_endpoints.size() == 1);
    CHECK(info(*node, "svc1").load_balancer_ingress_ips[0].hns_id.empty());
    CHECK(info(*node, "svc1").node_port_hns_id.empty());
    // Nothing serving: only the cluster IP load balancer remains (endpointsAvailableForLB).
    node->proxier->set_endpoint_slice(
        slice_of("svc1", {endpoint("192.168.2.4", "", false, false, true)}));
    node->proxier->sync();
    CHECK_FALSE(info(*node, "svc1").hns_id.empty());
}

TEST_CASE("a failed Service is retried without counting its backends twice",
          "[proxy][fix][refcount]") {
    // DOMAIN note 10.10: upstream increments the shared count again on every retry.
    auto node = fake_proxier({NetworkType::L2Bridge});
    node->proxier->set_service(service("svc1", "10.20.30.41", [](k8s::Service& s) {
        s.spec.type = k8s::ServiceType::NodePort;
        s.spec.ports[0].node_port = 3001;
    }));
    node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint(ep_ip_remote)}));
    node->hns.fail_operation(HnsOperation::CreateLoadBalancer, hns::HResult::Fail, 2);
    CHECK(node->proxier->sync().services_pending == 1);
    CHECK(node->proxier->sync().services_pending == 1);
    CHECK(node->proxier->sync().services_synced == 1);
    CHECK(node->proxier->ref_count(node->epid(1)) == 1);
}

TEST_CASE("remote backends leaving several Services in one sync are all deleted",
          "[proxy][fix][terminated]") {
    // DOMAIN note 10.16: upstream keeps only the last changed Service's terminated backends.
    auto node = fake_proxier({NetworkType::L2Bridge});
    node->proxier->set_service(service("svc1", "10.20.30.41"));
    node->proxier->set_service(service("svc2", "10.20.30.42"));
    node->proxier->set_endpoint_slice(
        slice_of("svc1", {endpoint(ep_ip_remote), endpoint("192.168.2.7")}));
    node->proxier->set_endpoint_slice(
        slice_of("svc2", {endpoint("192.168.2.4"), endpoint("192.168.2.8")}));
    node->proxier->sync();
    REQUIRE(node->hns.state().endpoints.size() == 4);
    node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint("192.168.2.7")}));
    node->proxier->set_endpoint_slice(slice_of("svc2", {endpoint("192.168.2.8")}));
    const auto result = node->proxier->sync();
    CHECK(result.endpoints_deleted == 2);
    CHECK(node->hns.state().endpoints.size() == 2);
}

TEST_CASE("a shared remote endpoint survives until its last Service lets go", "[proxy][refcount]") {
    auto node = fake_proxier({NetworkType::L2Bridge});
    node->proxier->set_service(service("svc1", "10.20.30.41"));
    node->proxier->set_service(service("svc2", "10.20.30.42"));
    node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->set_endpoint_slice(slice_of("svc2", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    const auto shared = node->epid(1);
    node->proxier->set_endpoint_slice(slice_of("svc1", {}));
    node->proxier->sync();
    CHECK(node->endpoint_exists(shared));
    CHECK(node->proxier->ref_count(shared) == 1);
    node->proxier->set_endpoint_slice(slice_of("svc2", {}));
    node->proxier->sync();
    CHECK_FALSE(node->endpoint_exists(shared));
}

TEST_CASE("load balancers that fail to delete are retried, at most 20 per sync", "[proxy][stale]") {
    auto node = fake_proxier({NetworkType::L2Bridge});
    for (int i = 0; i < 15; ++i) {
        node->proxier->set_service(
            service("svc" + std::to_string(i), "10.20.31." + std::to_string(i),
                    [](k8s::Service& s) { s.spec.type = k8s::ServiceType::NodePort; }));
        auto svc = service("svc" + std::to_string(i), "10.20.31." + std::to_string(i));
        svc.spec.type = k8s::ServiceType::NodePort;
        svc.spec.ports[0].node_port = static_cast<std::uint16_t>(31000 + i);
        node->proxier->set_service(svc);
        node->proxier->set_endpoint_slice(
            slice_of("svc" + std::to_string(i), {endpoint(ep_ip_remote)}));
    }
    node->proxier->sync();
    REQUIRE(node->hns.state().load_balancers.size() == 30);
    // 30 deletes tried twice each, then 20 stale retries tried twice each: 100 failures.
    node->hns.fail_operation(HnsOperation::DeleteLoadBalancer, hns::HResult::Fail, 100);
    for (int i = 0; i < 15; ++i) {
        node->proxier->delete_service({"ns1", "svc" + std::to_string(i)});
    }
    node->proxier->sync();
    CHECK(node->proxier->stale_load_balancers().size() == 30);
    node->hns.clear_faults();
    node->hns.clear_calls();
    CHECK(node->proxier->sync().stale_load_balancers == 10);
    CHECK(node->hns.count(HnsOperation::DeleteLoadBalancer) == 20);
    CHECK(node->proxier->sync().stale_load_balancers == 0);
    CHECK(node->hns.state().load_balancers.empty());
}

TEST_CASE("an external IP's load balancer is not left in the stale list after a delete",
          "[proxy][fix][stale]") {
    // DOMAIN note 10.12: upstream marks it stale even when the delete succeeded.
    auto node = fake_proxier({NetworkType::L2Bridge});
    node->proxier->set_service(service(
        "svc1", "10.20.30.41", [](k8s::Service& s) { s.spec.external_ips = {ip("50.60.70.81")}; }));
    node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    node->proxier->delete_service({"ns1", "svc1"});
    node->proxier->sync();
    CHECK(node->proxier->stale_load_balancers().empty());
    CHECK(node->hns.state().load_balancers.empty());
}

TEST_CASE("a recreated network removes every policy and the next sync rebuilds them",
          "[proxy][network]") {
    auto node = fake_proxier({NetworkType::L2Bridge});
    node->proxier->set_service(service("svc1", "10.20.30.41"));
    node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    node->hns.delete_network(network_id);
    auto replacement = test_network(NetworkType::L2Bridge);
    replacement.id = "456DEF";
    (void)node->hns.create_network(replacement);
    const auto first = node->proxier->sync();
    CHECK_FALSE(first.completed);
    CHECK(first.message.find("recreated") != std::string::npos);
    CHECK(info(*node, "svc1").hns_id.empty());
    CHECK(node->hns.state().load_balancers.empty());
    const auto second = node->proxier->sync();
    CHECK(second.completed);
    CHECK(node->proxier->network().id == "456DEF");
    CHECK(node->lb_exists(info(*node, "svc1").hns_id));
    CHECK(node->hns.state().endpoints.front().host_compute_network == "456DEF");
}

TEST_CASE("a sync whose network is gone stops and cleans up", "[proxy][network]") {
    auto node = fake_proxier({NetworkType::L2Bridge});
    node->proxier->set_service(service("svc1", "10.20.30.41"));
    node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    node->hns.delete_network(network_id);
    const auto result = node->proxier->sync();
    CHECK_FALSE(result.completed);
    CHECK(result.message == "network TestNetwork not found; every policy removed");
    CHECK(node->hns.state().load_balancers.empty());
}

TEST_CASE("after one endpoint change a sync touches only that Service", "[proxy][incremental]") {
    for (bool requery : {true, false}) {
        auto node = make_node({NetworkType::L2Bridge});
        auto options = FakeOptions{NetworkType::L2Bridge};
        node->endpoints_before_start = 0;
        auto config = fake_config(options);
        config.requery_hns_each_sync = requery;
        node->proxier = std::make_unique<Proxier>(node->hns, config);
        for (int i = 0; i < 50; ++i) {
            const auto name = "svc" + std::to_string(i);
            node->proxier->set_service(service(name, "10.20.32." + std::to_string(i)));
            node->proxier->set_endpoint_slice(
                slice_of(name, {endpoint("192.168.2." + std::to_string(i + 10)),
                                endpoint("192.168.2." + std::to_string(i + 100))}));
        }
        node->proxier->sync();
        node->hns.clear_calls();
        node->proxier->set_endpoint_slice(
            slice_of("svc7", {endpoint("192.168.2.17"), endpoint("192.168.2.200")}));
        const auto result = node->proxier->sync();
        CHECK(result.services_synced == 1);
        const auto counts = node->hns.counts();
        // One new remote endpoint, the load balancer updated in place, the old backend deleted.
        CHECK(node->hns.count(HnsOperation::CreateEndpoint) == 1);
        CHECK(node->hns.count(HnsOperation::UpdateLoadBalancer) == 1);
        CHECK(node->hns.count(HnsOperation::DeleteEndpoint) == 1);
        CHECK(node->hns.count(HnsOperation::CreateLoadBalancer) == 0);
        CHECK(node->hns.count(HnsOperation::ListEndpointsOfNetwork) == (requery ? 1U : 0U));
        CHECK(node->hns.count(HnsOperation::ListLoadBalancers) == (requery ? 1U : 0U));
    }
}

TEST_CASE("keeping HNS lists between syncs ends in the same state as listing every sync",
          "[proxy][incremental]") {
    std::vector<hns::HnsState> states;
    for (bool requery : {true, false}) {
        auto node = make_node({NetworkType::Overlay});
        auto config = fake_config({NetworkType::Overlay});
        config.requery_hns_each_sync = requery;
        node->proxier = std::make_unique<Proxier>(node->hns, config);
        node->proxier->set_modify_load_balancer(false);
        node->proxier->set_service(service("svc1", "10.20.30.41"));
        node->proxier->set_service(service("svc2", "10.20.30.42"));
        node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint(ep_ip_remote)}));
        node->proxier->set_endpoint_slice(slice_of("svc2", {endpoint(ep_ip_remote)}));
        node->proxier->sync();
        node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint("192.168.2.4")}));
        node->proxier->sync();
        node->proxier->delete_service({"ns1", "svc2"});
        node->proxier->sync();
        node->proxier->set_endpoint_slice(slice_of("svc1", {endpoint("8.8.8.8")}));
        node->proxier->sync();
        states.push_back(node->hns.state());
    }
    CHECK(states[0] == states[1]);
    CHECK(states[0].load_balancers.size() == 1);
    // A backend outside every remote subnet is "public": SNAT to the node IP, PA the node IP.
    CHECK(states[0].load_balancers[0].source_vip == ip("10.0.0.1"));
}

TEST_CASE("apply() turns a new cluster state into the events the informers would send",
          "[proxy][apply]") {
    auto node = fake_proxier({NetworkType::L2Bridge});
    k8s::ClusterState one;
    one.set_service(service("svc1", "10.20.30.41"));
    one.set_endpoint_slice(slice_of("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->apply(one);
    node->proxier->sync();
    const auto first = info(*node, "svc1").hns_id;
    node->hns.clear_calls();
    node->proxier->apply(one); // nothing changed
    node->proxier->sync();
    CHECK(info(*node, "svc1").hns_id == first);
    CHECK(node->hns.count(HnsOperation::CreateLoadBalancer) == 0);
    CHECK(node->hns.count(HnsOperation::DeleteLoadBalancer) == 0);
    node->proxier->apply(k8s::ClusterState{}); // everything deleted
    node->proxier->sync();
    CHECK(node->proxier->services().empty());
    CHECK(node->hns.state().load_balancers.empty());
    CHECK(node->hns.state().endpoints.empty());
}

TEST_CASE("EndpointSlices become per-port backends as pkg/proxy builds them",
          "[proxy][endpoints]") {
    auto a = make_slice("ns1", "svc1", [](k8s::EndpointSlice& s) {
        s.endpoints = {endpoint("10.1.0.2", "other"), endpoint("10.1.0.1", test_node),
                       endpoint("10.1.0.3", "", false, false, true)};
        s.ports = {endpoint_port("http", 8080), endpoint_port("", 0)};
    });
    auto b = make_slice(
        "ns1", "svc1",
        [](k8s::EndpointSlice& s) {
            s.endpoints = {endpoint("10.1.0.2", test_node)}; // a duplicate: local wins
            s.ports = {endpoint_port("http", 8080)};
        },
        2);
    auto v6 = make_slice(
        "ns1", "svc1",
        [](k8s::EndpointSlice& s) {
            s.address_type = k8s::AddressType::IPv6;
            s.endpoints = {endpoint("fd00::1")};
            s.ports = {endpoint_port("http", 8080)};
        },
        3);
    const auto map = endpoint_infos({"ns1", "svc1"}, {&a, &b, &v6}, test_node, net::IpFamily::IPv4);
    REQUIRE(map.size() == 1);
    const auto& list = map.at(port_name("ns1", "svc1", "http"));
    REQUIRE(list.size() == 3);
    CHECK(list[0].ip == ip("10.1.0.1"));
    CHECK(list[0].is_local);
    CHECK(list[1].ip == ip("10.1.0.2"));
    CHECK(list[1].is_local);
    CHECK(list[2].terminating);
    CHECK_FALSE(list[2].ready);
    CHECK(list[2].mac_address == "02-11-0a-01-00-03");
    CHECK(list[0].to_string() == "HnsID:, Address:10.1.0.1:8080");
}
