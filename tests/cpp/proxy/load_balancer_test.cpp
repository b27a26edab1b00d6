// Upstream's load-balancer tests (pkg/proxy/winkernel/loadbalancer_test.go): manageLoadbalancer
// on its own, then each kind of load balancer of a Service through an endpoint change.
#include "catch.hpp"
#include "fake_proxier.hpp"
#include "proxy/proxier_state.hpp"

using namespace winnet;
using namespace winnet::proxy;
using namespace winnet::proxy::testing;
using hns::HnsOperation;
using hns::NetworkType;

namespace {

// An overlay DSR proxier's state with remote endpoints test-ep-0..2 in HNS.
struct ManageFixture {
    std::unique_ptr<FakeNode> node = fake_proxier({NetworkType::Overlay, true});
    ProxierState state{node->hns, fake_config({NetworkType::Overlay, true})};

    ManageFixture() {
        state.network = NetworkInfo::of(node->hns.get_network_by_id(network_id));
        state.features = node->hns.supported_features();
        state.features.modify_loadbalancer = false;
        for (int i = 0; i < 3; ++i) {
            hns::Endpoint e;
            e.id = "test-ep-" + std::to_string(i);
            e.ip_configurations = {hns::IpConfig{ip("192.168.2." + std::to_string(10 + i)), 0}};
            (void)node->hns.create_remote_endpoint(node->hns.get_network_by_id(network_id), e);
        }
        state.queried_load_balancers = state.hns.get_all_load_balancers();
    }

    static LoadBalancerRequest request(std::size_t endpoints) {
        LoadBalancerRequest r;
        for (std::size_t i = 0; i < endpoints; ++i) {
            r.endpoints.push_back("test-ep-" + std::to_string(i));
        }
        r.source_vip = ip("10.0.0.100");
        r.vip = ip("10.0.0.200");
        r.protocol = hns::Protocol::TCP;
        r.internal_port = 8080;
        r.external_port = 80;
        r.flags.is_dsr = true;
        return r;
    }
};

} // namespace

TEST_CASE("manageLoadbalancer creates a load balancer whether or not updates are supported",
          "[proxy][loadbalancer]") {
    for (bool modify : {true, false}) {
        ManageFixture f;
        f.state.features.modify_loadbalancer = modify;
        std::string id;
        CHECK(manage_load_balancer(f.state, id, ManageFixture::request(2), true, true));
        CHECK(id == f.node->lbid(1));
    }
}

TEST_CASE("manageLoadbalancer updates in place when HNS supports it", "[proxy][loadbalancer]") {
    ManageFixture f;
    f.state.features.modify_loadbalancer = true;
    std::string id;
    REQUIRE(manage_load_balancer(f.state, id, ManageFixture::request(2), true, true));
    CHECK(manage_load_balancer(f.state, id, ManageFixture::request(3), true, true));
    CHECK(id == f.node->lbid(1));
    CHECK(f.node->lb(id).host_compute_endpoints.size() == 3);
    CHECK(f.node->hns.count(HnsOperation::UpdateLoadBalancer) == 1);
}

TEST_CASE("manageLoadbalancer replaces the load balancer when HNS cannot update",
          "[proxy][loadbalancer]") {
    ManageFixture f;
    std::string id;
    REQUIRE(manage_load_balancer(f.state, id, ManageFixture::request(2), true, true));
    const auto first = id;
    CHECK(manage_load_balancer(f.state, id, ManageFixture::request(3), true, true));
    CHECK(id == f.node->lbid(2));
    CHECK_FALSE(f.node->lb_exists(first));
}

TEST_CASE("manageLoadbalancer creates nothing without endpoints", "[proxy][loadbalancer]") {
    ManageFixture f;
    std::string id;
    CHECK(manage_load_balancer(f.state, id, ManageFixture::request(0), false, true));
    CHECK(id.empty());
    CHECK(f.node->hns.count(HnsOperation::CreateLoadBalancer) == 0);
}

TEST_CASE("manageLoadbalancer reports a failed update and keeps the id", "[proxy][loadbalancer]") {
    ManageFixture f;
    f.state.features.modify_loadbalancer = true;
    std::string id;
    REQUIRE(manage_load_balancer(f.state, id, ManageFixture::request(2), true, true));
    f.node->hns.fail_operation(HnsOperation::UpdateLoadBalancer, hns::HResult::Fail);
    CHECK_FALSE(manage_load_balancer(f.state, id, ManageFixture::request(3), true, true));
    CHECK(id == f.node->lbid(1));
    CHECK(f.state.features.modify_loadbalancer); // only E_NOTIMPL turns updates off
}

TEST_CASE("manageLoadbalancer reports a failed create and leaves no id", "[proxy][loadbalancer]") {
    ManageFixture f;
    f.node->hns.fail_operation(HnsOperation::CreateLoadBalancer, hns::HResult::Fail);
    std::string id;
    CHECK_FALSE(manage_load_balancer(f.state, id, ManageFixture::request(2), true, true));
    CHECK(id.empty());
}

TEST_CASE("an update answered with E_NOTIMPL turns in-place updates off and replaces the "
          "load balancer",
          "[proxy][loadbalancer]") {
    ManageFixture f;
    f.state.features.modify_loadbalancer = true;
    std::string id;
    REQUIRE(manage_load_balancer(f.state, id, ManageFixture::request(2), true, true));
    const auto first = id;
    f.node->hns.fail_operation(HnsOperation::UpdateLoadBalancer, hns::HResult::NotImplemented);
    CHECK(manage_load_balancer(f.state, id, ManageFixture::request(3), true, true));
    CHECK_FALSE(f.state.features.modify_loadbalancer);
    CHECK(id == f.node->lbid(2));
    CHECK_FALSE(f.node->lb_exists(first));
}

TEST_CASE("a request identical to an existing load balancer costs no HNS call",
          "[proxy][loadbalancer]") {
    ManageFixture f;
    std::string id;
    REQUIRE(manage_load_balancer(f.state, id, ManageFixture::request(2), true, true));
    f.node->hns.clear_calls();
    auto again = ManageFixture::request(2);
    again.flags.session_affinity = true; // not part of the identity
    std::reverse(again.endpoints.begin(), again.endpoints.end());
    std::string other;
    CHECK(manage_load_balancer(f.state, other, again, true, true));
    CHECK(other == id);
    CHECK(f.node->hns.calls().empty());
}

namespace {

// The per-kind tests: a Service whose backends change from test endpoints 0,1 to 0,1,2 without
// in-place updates, then to 0,1,3 with them.
struct KindFixture {
    std::unique_ptr<FakeNode> node;
    ServicePortName name = port_name("ns1", "svc1", "p80");

    explicit KindFixture(const std::function<void(k8s::Service&)>& edit,
                         const std::string& root = "cbr0") {
        node = make_node({NetworkType::Overlay, true});
        hns::Endpoint gw;
        gw.id = gw.name = "mock-root";
        gw.ip_configurations = {hns::IpConfig{ip("10.0.0.1"), 24}};
        (void)node->hns.create_endpoint(node->hns.get_network_by_id(network_id), gw);
        start(*node, {NetworkType::Overlay, true, net::IpFamily::IPv4, root});
        node->proxier->set_service(make_service("ns1", "svc1", [&](k8s::Service& s) {
            s.spec.cluster_ips = {ip("10.0.0.200")};
            s.spec.ports = {service_port("p80", 80, 8080)};
            s.spec.session_affinity = k8s::SessionAffinity::ClientIP;
            s.spec.session_affinity_timeout_seconds = 10800;
            edit(s);
        }));
        backends({0, 1});
    }

    void backends(std::initializer_list<int> which) {
        std::vector<k8s::Endpoint> eps;
        for (int i : which) {
            eps.push_back(endpoint("192.168.2." + std::to_string(10 + i), "testhost2"));
        }
        node->proxier->set_endpoint_slice(make_slice("ns1", "svc1", [&](k8s::EndpointSlice& s) {
            s.endpoints = eps;
            s.ports = {endpoint_port("p80", 8080)};
        }));
        node->proxier->sync();
    }
    const ServiceInfo& info() const { return *node->proxier->find_service(name); }
};

} // namespace

TEST_CASE("the cluster IP load balancer is replaced, then updated, on endpoint changes",
          "[proxy][loadbalancer][clusterip]") {
    // TestManageClusterIPLoadbalancer
    KindFixture f([](k8s::Service& s) { s.spec.external_ips = {ip("50.60.70.81")}; });
    const auto first = f.info().hns_id;
    CHECK(first == f.node->lbid(1));
    CHECK(f.node->lb(first).port_mappings[0].distribution_type == hns::Distribution::SourceIP);
    f.backends({0, 1, 2});
    CHECK(f.info().hns_id == f.node->lbid(3)); // LBID-2 is the external IP's
    CHECK_FALSE(f.node->lb_exists(first));
    f.node->proxier->set_modify_load_balancer(true);
    const auto second = f.info().hns_id;
    f.backends({0, 1, 3});
    CHECK(f.info().hns_id == second);
    CHECK(f.node->lb(second).host_compute_endpoints.size() == 3);
}

TEST_CASE("the node port load balancer is replaced, then updated, on endpoint changes",
          "[proxy][loadbalancer][nodeport]") {
    // TestManageNodePortLoadbalancer
    KindFixture f([](k8s::Service& s) {
        s.spec.type = k8s::ServiceType::NodePort;
        s.spec.ports[0].node_port = 3001;
    });
    const auto first = f.info().node_port_hns_id;
    CHECK(first == f.node->lbid(2));
    const auto lb = f.node->lb(first);
    CHECK(lb.frontend_vips.empty());
    CHECK(lb.port_mappings[0].external_port == 3001);
    CHECK(lb.port_mappings[0].flags ==
          (hns::PortMappingFlags::VipExternalIP | hns::PortMappingFlags::LocalRoutedVIP));
    f.backends({0, 1, 2});
    CHECK(f.info().node_port_hns_id == f.node->lbid(4));
    CHECK_FALSE(f.node->lb_exists(first));
    f.node->proxier->set_modify_load_balancer(true);
    const auto second = f.info().node_port_hns_id;
    f.backends({0, 1, 3});
    CHECK(f.info().node_port_hns_id == second);
}

TEST_CASE("an external IP load balancer is replaced on endpoint changes",
          "[proxy][loadbalancer][externalip]") {
    // TestManageExternalIPLoadbalancers
    KindFixture f([](k8s::Service& s) {
        s.spec.type = k8s::ServiceType::LoadBalancer;
        s.spec.ports[0].node_port = 3001;
        s.spec.external_ips = {ip("50.60.70.81")};
    });
    const auto first = f.info().external_ips[0].hns_id;
    CHECK(first == f.node->lbid(3));
    CHECK(f.node->lb(first).port_mappings[0].flags == hns::PortMappingFlags::VipExternalIP);
    f.backends({0, 1, 2});
    CHECK(f.info().external_ips[0].hns_id == f.node->lbid(6));
    CHECK_FALSE(f.node->lb_exists(first));
}

TEST_CASE("an ingress IP load balancer is replaced and its health check kept on endpoint "
          "changes",
          "[proxy][loadbalancer][ingress]") {
    // TestManageIngressIPLoadbalancers
    KindFixture f(
        [](k8s::Service& s) {
            s.status.load_balancer_ingress = {{ip("50.60.70.81"), "", std::nullopt}};
        },
        "mock-root");
    const auto ingress = f.info().load_balancer_ingress_ips[0];
    CHECK(ingress.hns_id == f.node->lbid(2));
    CHECK(ingress.health_check_hns_id == f.node->lbid(3));
    const auto health = f.node->lb(ingress.health_check_hns_id);
    CHECK(health.host_compute_endpoints == std::vector<std::string>{"mock-root"});
    CHECK(health.port_mappings[0].internal_port == 0); // the fake's healthz port
    CHECK(health.port_mappings[0].distribution_type == hns::Distribution::None);
    f.backends({0, 1, 2});
    const auto after = f.info().load_balancer_ingress_ips[0];
    CHECK(after.hns_id == f.node->lbid(5));
    CHECK_FALSE(f.node->lb_exists(ingress.hns_id));
    CHECK(after.health_check_hns_id == ingress.health_check_hns_id);
    CHECK(f.node->lb_exists(ingress.health_check_hns_id));
}
