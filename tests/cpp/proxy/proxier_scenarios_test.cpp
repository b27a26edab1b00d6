// Upstream's proxier scenarios (pkg/proxy/winkernel/proxier_test.go), same inputs and the same
// expected objects, against SimulatedHns. Upstream's EPID-n/LBID-n are "the n-th endpoint/load
// balancer created" here (node.epid(n), node.lbid(n)).
#include "catch.hpp"
#include "fake_proxier.hpp"

using namespace winnet;
using namespace winnet::proxy;
using namespace winnet::proxy::testing;
using hns::NetworkType;

namespace {

k8s::Service node_port_service(const std::string& name, const std::string& cluster_ip,
                               std::uint16_t node_port) {
    return make_service("ns1", name, [&](k8s::Service& s) {
        s.spec.type = k8s::ServiceType::NodePort;
        s.spec.cluster_ips = {ip(cluster_ip)};
        s.spec.ports = {service_port("p80", 80, 80, node_port)};
    });
}

k8s::EndpointSlice slice_with(const std::string& name, const std::vector<k8s::Endpoint>& endpoints,
                              std::uint16_t port = 80, const std::string& port_name = "p80") {
    return make_slice("ns1", name, [&](k8s::EndpointSlice& s) {
        s.endpoints = endpoints;
        s.ports = {endpoint_port(port_name, port)};
    });
}

const EndpointInfo& only_endpoint(const Proxier& proxier, const ServicePortName& name) {
    const auto& list = proxier.endpoints_of(name);
    REQUIRE(list.size() == 1);
    return list.front();
}

} // namespace

TEST_CASE("an overlay Service gets a remote endpoint at its cluster IP even without backends",
          "[proxy][scenario][overlay]") {
    // TestCreateServiceVip
    auto node = fake_proxier({NetworkType::Overlay, true});
    auto svc = node_port_service("svc1", "10.20.30.41", 3001);
    svc.spec.external_ips = {ip("50.60.70.81")};
    svc.spec.session_affinity = k8s::SessionAffinity::ClientIP;
    svc.spec.session_affinity_timeout_seconds = 10800;
    node->proxier->set_service(svc);
    node->proxier->sync();
    const auto* info = node->proxier->find_service(port_name("ns1", "svc1", "p80"));
    REQUIRE(info != nullptr);
    REQUIRE(info->remote_endpoint.has_value());
    CHECK(info->remote_endpoint->ip == ip("10.20.30.41"));
    CHECK_FALSE(info->remote_endpoint->is_local);
    CHECK(info->remote_endpoint->hns_id == node->epid(2)); // EPID-1 is the source VIP
}

TEST_CASE("an overlay remote backend becomes the third endpoint after source VIP and "
          "cluster IP helper",
          "[proxy][scenario][overlay]") {
    // TestCreateRemoteEndpointOverlay
    auto node = fake_proxier({NetworkType::Overlay, false});
    node->proxier->set_service(node_port_service("svc1", "10.20.30.41", 3001));
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    const auto& ep = only_endpoint(*node->proxier, port_name("ns1", "svc1", "p80"));
    CHECK(ep.hns_id == node->epid(3));
    CHECK(ep.holds_reference);
    CHECK(node->proxier->ref_count(ep.hns_id) == 1);
}

TEST_CASE("an L2Bridge remote backend is the first endpoint kube-proxy creates",
          "[proxy][scenario][l2bridge]") {
    // TestCreateRemoteEndpointL2Bridge
    auto node = fake_proxier({NetworkType::L2Bridge, false});
    node->proxier->set_service(node_port_service("svc1", "10.20.30.41", 3001));
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    const auto& ep = only_endpoint(*node->proxier, port_name("ns1", "svc1", "p80"));
    CHECK(ep.hns_id == node->epid(1));
    CHECK(node->proxier->ref_count(ep.hns_id) == 1);
    // L2Bridge: no provider address, the conjured MAC, and no SourceVIP on the load balancers.
    const auto endpoints = node->hns.state().endpoints;
    REQUIRE(endpoints.size() == 1);
    CHECK(endpoints[0].policies.empty());
    CHECK(endpoints[0].mac_address == "02-11-c0-a8-02-03");
    CHECK_FALSE(node->lb(node->lbid(1)).source_vip.has_value());
}

TEST_CASE("a DSR overlay node binds its remote backends", "[proxy][scenario][dsr]") {
    // TestDsrEndpointsAreCreatedCorrectly
    auto node = fake_proxier({NetworkType::Overlay, true});
    node->proxier->set_service(make_service("ns1", "svc1", [](k8s::Service& s) {
        s.spec.cluster_ips = {ip("10.20.30.41")};
        s.spec.ports = {service_port("p80", 80, 80)};
    }));
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    CHECK_FALSE(only_endpoint(*node->proxier, port_name("ns1", "svc1", "p80")).hns_id.empty());
}

TEST_CASE("externalTrafficPolicy Cluster does not make a Service use DSR",
          "[proxy][scenario][dsr]") {
    // TestDsrNotAppliedToClusterTrafficPolicy
    auto node = fake_proxier({NetworkType::Overlay, true});
    node->proxier->set_service(make_service("ns1", "svc1", [](k8s::Service& s) {
        s.spec.cluster_ips = {ip("10.20.30.41")};
        s.spec.ports = {service_port("p80", 80, 80)};
        s.spec.external_traffic_policy = k8s::TrafficPolicy::Cluster;
    }));
    node->proxier->sync();
    CHECK_FALSE(node->proxier->find_service(port_name("ns1", "svc1", "p80"))->local_traffic_dsr);
}

TEST_CASE("externalTrafficPolicy Local makes a Service use DSR on an overlay",
          "[proxy][scenario][dsr]") {
    // TestWinDSRWithOverlayEnabled
    auto node = fake_proxier({NetworkType::Overlay, true});
    node->proxier->set_service(make_service("ns1", "svc1", [](k8s::Service& s) {
        s.spec.cluster_ips = {ip("10.20.30.41")};
        s.spec.ports = {service_port("p80", 80, 80)};
        s.spec.external_traffic_policy = k8s::TrafficPolicy::Local;
    }));
    node->proxier->sync();
    CHECK(node->proxier->find_service(port_name("ns1", "svc1", "p80"))->local_traffic_dsr);
}

TEST_CASE("internalTrafficPolicy Local load balances the cluster IP over local backends only",
          "[proxy][scenario][itp]") {
    // TestClusterIPSvcWithITPLocal
    auto node = make_node({NetworkType::L2Bridge, true});
    node->populate_local_endpoint(endpoint_local1, ep_ip_local1, "00-11-22-33-44-56");
    start(*node, {NetworkType::L2Bridge, true});
    const auto name = port_name("ns1", "svc1", "p80");
    node->proxier->set_service(make_service("ns1", "svc1", [](k8s::Service& s) {
        s.spec.cluster_ips = {ip("10.20.30.41")};
        s.spec.ports = {service_port("p80", 80, 80)};
        s.spec.internal_traffic_policy = k8s::TrafficPolicy::Local;
    }));
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_local1, test_node)}));
    node->proxier->sync();
    CHECK(only_endpoint(*node->proxier, name).hns_id == endpoint_local1);
    const auto lb1 = node->proxier->find_service(name)->hns_id;
    CHECK(lb1 == node->lbid(1));
    CHECK(node->lb_exists(lb1));

    // A second local backend: the cluster IP load balancer is replaced.
    node->populate_local_endpoint(endpoint_local2, ep_ip_local2, "00-11-22-33-44-57");
    node->proxier->set_endpoint_slice(
        slice_with("svc1", {endpoint(ep_ip_local1, test_node), endpoint(ep_ip_local2, test_node)}));
    node->proxier->sync();
    const auto lb2 = node->proxier->find_service(name)->hns_id;
    CHECK(lb2 == node->lbid(2));
    CHECK(node->lb_exists(lb2));
    CHECK_FALSE(node->lb_exists(lb1));

    // A remote backend does not change a local-only load balancer (k/k PR 133953).
    node->proxier->set_endpoint_slice(
        slice_with("svc1", {endpoint(ep_ip_local1, test_node), endpoint(ep_ip_local2, test_node),
                            endpoint(ep_ip_remote)}));
    node->proxier->sync();
    CHECK(node->proxier->find_service(name)->hns_id == lb2);
    CHECK(node->lb_exists(lb2));
    CHECK(node->lb(lb2).host_compute_endpoints.size() == 2);
}

TEST_CASE("two Services share one remote endpoint and deleting one keeps it",
          "[proxy][scenario][refcount]") {
    // TestSharedRemoteEndpointDelete
    auto node = fake_proxier({NetworkType::L2Bridge, true});
    node->proxier->set_service(node_port_service("svc1", "10.20.30.41", 3001));
    node->proxier->set_service(node_port_service("svc2", "10.20.30.42", 3002));
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->set_endpoint_slice(slice_with("svc2", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    const auto svc1 = port_name("ns1", "svc1", "p80");
    CHECK(only_endpoint(*node->proxier, svc1).hns_id == node->epid(1));
    CHECK(node->proxier->ref_count(node->epid(1)) == 2);

    node->proxier->delete_service({"ns1", "svc2"});
    node->proxier->delete_endpoint_slice({"ns1", "svc2-1"});
    node->proxier->sync();
    CHECK(only_endpoint(*node->proxier, svc1).hns_id == node->epid(1));
    CHECK(node->proxier->ref_count(node->epid(1)) == 1);
    CHECK(node->endpoint_exists(node->epid(1)));
}

TEST_CASE("updating one of two Services that share a remote endpoint keeps both references",
          "[proxy][scenario][refcount]") {
    // TestSharedRemoteEndpointUpdate
    auto node = fake_proxier({NetworkType::L2Bridge, true});
    node->proxier->set_service(node_port_service("svc1", "10.20.30.41", 3001));
    node->proxier->set_service(node_port_service("svc2", "10.20.30.42", 3002));
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->set_endpoint_slice(slice_with("svc2", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    REQUIRE(node->proxier->ref_count(node->epid(1)) == 2);

    node->proxier->set_service(node_port_service("svc1", "10.20.30.41", 3003));
    node->proxier->set_endpoint_slice(make_slice("ns1", "svc1", [](k8s::EndpointSlice& s) {
        s.endpoints = {endpoint(ep_ip_remote)};
        s.ports = {endpoint_port("p80", 80), endpoint_port("p443", 443)};
    }));
    node->proxier->sync();
    CHECK(only_endpoint(*node->proxier, port_name("ns1", "svc1", "p80")).hns_id == node->epid(1));
    CHECK(node->proxier->ref_count(node->epid(1)) == 2);
    CHECK(node->hns.count(hns::HnsOperation::CreateEndpoint) == 1);
}

TEST_CASE("load balancers have no DSR flag without enable-dsr", "[proxy][scenario][dsr]") {
    // TestCreateLoadBalancerWithoutDSR
    auto node = fake_proxier({NetworkType::Overlay, false});
    node->proxier->set_service(node_port_service("svc1", "10.20.30.41", 3001));
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    const auto* info = node->proxier->find_service(port_name("ns1", "svc1", "p80"));
    CHECK(info->hns_id == node->lbid(1));
    CHECK(node->lb(info->hns_id).flags == hns::LoadBalancerFlags::None);
}

TEST_CASE("the cluster IP load balancer has the DSR flag with enable-dsr",
          "[proxy][scenario][dsr]") {
    // TestCreateLoadBalancerWithDSR
    auto node = fake_proxier({NetworkType::Overlay, true});
    node->proxier->set_service(node_port_service("svc1", "10.20.30.41", 3001));
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    const auto* info = node->proxier->find_service(port_name("ns1", "svc1", "p80"));
    CHECK(info->hns_id == node->lbid(1));
    CHECK(node->lb(info->hns_id).flags == hns::LoadBalancerFlags::DSR);
}

namespace {

// TestUpdateLoadBalancerWhenSupported/Unsupported: a backend moves from a pod IP to the remote
// node's own address (its provider address).
std::unique_ptr<FakeNode> backend_moves_to_node_ip(bool modify_supported) {
    auto node = fake_proxier({NetworkType::Overlay, true});
    node->proxier->set_modify_load_balancer(modify_supported);
    node->proxier->set_service(node_port_service("svc1", "10.20.30.41", 3001));
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->sync();
    REQUIRE(node->endpoint_exists(node->epid(3)));
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_pa_address)}));
    node->proxier->sync();
    return node;
}

} // namespace

TEST_CASE("an endpoint change updates the load balancers in place when HNS supports it",
          "[proxy][scenario][update]") {
    auto node = backend_moves_to_node_ip(true);
    const auto name = port_name("ns1", "svc1", "p80");
    CHECK_FALSE(node->endpoint_exists(node->epid(3)));
    const auto& ep = only_endpoint(*node->proxier, name);
    CHECK(ep.hns_id == node->epid(5)); // EPID-4 is the recreated cluster IP helper
    CHECK(node->proxier->ref_count(ep.hns_id) == 1);
    CHECK(node->proxier->find_service(name)->hns_id == node->lbid(1));
    CHECK(node->hns.count(hns::HnsOperation::UpdateLoadBalancer) == 2); // ClusterIP, NodePort
    // A backend that is a node IP is SNATed with the node IP, not the source VIP.
    CHECK(node->lb(node->lbid(1)).source_vip == ip("10.0.0.1"));
}

TEST_CASE("an endpoint change replaces the load balancers when HNS cannot update them",
          "[proxy][scenario][update]") {
    auto node = backend_moves_to_node_ip(false);
    const auto name = port_name("ns1", "svc1", "p80");
    CHECK_FALSE(node->endpoint_exists(node->epid(3)));
    CHECK(only_endpoint(*node->proxier, name).hns_id == node->epid(5));
    CHECK(node->proxier->find_service(name)->hns_id == node->lbid(3));
    CHECK_FALSE(node->lb_exists(node->lbid(1)));
    CHECK_FALSE(node->lb_exists(node->lbid(2)));
    CHECK(node->hns.count(hns::HnsOperation::UpdateLoadBalancer) == 0);
}

TEST_CASE("externalTrafficPolicy Local with an ingress IP makes DSR load balancers and a "
          "health check",
          "[proxy][scenario][dsr][ingress]") {
    // TestCreateDsrLoadBalancer
    auto node = make_node({NetworkType::Overlay, true});
    node->populate_local_endpoint(endpoint_local1, ep_ip_remote, "00-11-22-33-44-56");
    node->populate_local_endpoint(endpoint_gw, ep_ip_gw, "00-11-22-33-44-66");
    start(*node, {NetworkType::Overlay, true, net::IpFamily::IPv4, endpoint_gw});
    auto svc = node_port_service("svc1", "10.20.30.41", 3001);
    svc.spec.external_traffic_policy = k8s::TrafficPolicy::Local;
    svc.status.load_balancer_ingress = {{ip("11.21.31.41"), "", std::nullopt}};
    node->proxier->set_service(svc);
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_remote, test_node)}));
    node->proxier->sync();
    const auto* info = node->proxier->find_service(port_name("ns1", "svc1", "p80"));
    CHECK(info->hns_id == node->lbid(1));
    CHECK(info->local_traffic_dsr);
    REQUIRE(info->load_balancer_ingress_ips.size() == 1);
    CHECK(info->node_port_hns_id == node->lbid(2));
    CHECK(info->load_balancer_ingress_ips[0].hns_id == node->lbid(3));
    CHECK(info->load_balancer_ingress_ips[0].health_check_hns_id == node->lbid(4));
    CHECK(node->lb(node->lbid(4)).host_compute_endpoints == std::vector<std::string>{endpoint_gw});
}

TEST_CASE("externalTrafficPolicy Local without local backends still makes the cluster IP "
          "load balancer",
          "[proxy][scenario][etp]") {
    // TestClusterIPLBInCreateDsrLoadBalancer (k/k issue 115783)
    auto node = fake_proxier({NetworkType::Overlay, false});
    auto svc = node_port_service("svc1", "10.20.30.41", 3001);
    svc.spec.external_traffic_policy = k8s::TrafficPolicy::Local;
    svc.status.load_balancer_ingress = {{ip("11.21.31.41"), "", std::nullopt}};
    node->proxier->set_service(svc);
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_remote, "testhost2")}));
    node->proxier->sync();
    const auto* info = node->proxier->find_service(port_name("ns1", "svc1", "p80"));
    CHECK(info->hns_id == node->lbid(1));
    CHECK(info->node_port_hns_id.empty());
    CHECK(info->load_balancer_ingress_ips[0].hns_id.empty());
    CHECK(info->load_balancer_ingress_ips[0].health_check_hns_id.empty());
    CHECK(node->hns.count(hns::HnsOperation::CreateLoadBalancer) == 1);
}

TEST_CASE("the backends' port becomes the load balancer's internal port",
          "[proxy][scenario][targetport]") {
    // TestEndpointSliceWithInternalPortDifferentFromServicePort
    auto node = fake_proxier({NetworkType::Overlay, true});
    node->proxier->set_service(make_service("ns1", "svc1", [](k8s::Service& s) {
        s.spec.cluster_ips = {ip("172.20.1.1")};
        s.spec.ports = {service_port("p80", 80, 80)};
    }));
    node->proxier->set_endpoint_slice(
        slice_with("svc1", {endpoint(ep_ip_remote, "testhost2", true)}, 8080));
    node->proxier->sync();
    const auto* info = node->proxier->find_service(port_name("ns1", "svc1", "p80"));
    CHECK(info->hns_id == node->lbid(1));
    const auto lb = node->lb(info->hns_id);
    REQUIRE(lb.port_mappings.size() == 1);
    CHECK(lb.port_mappings[0].internal_port == 8080);
    CHECK(lb.port_mappings[0].external_port == 80);
    CHECK(only_endpoint(*node->proxier, info->name).hns_id == node->epid(3));
}

TEST_CASE("an EndpointSlice gives the Service its backends", "[proxy][scenario]") {
    // TestEndpointSlice: the Service port number is left 0, as upstream's test leaves it.
    auto node = fake_proxier({NetworkType::Overlay, true});
    node->proxier->set_service(make_service("ns1", "svc1", [](k8s::Service& s) {
        s.spec.cluster_ips = {ip("172.20.1.1")};
        s.spec.ports = {service_port("p80", 0, 80)};
    }));
    node->proxier->set_endpoint_slice(
        slice_with("svc1", {endpoint(ep_ip_remote, "testhost2", true)}));
    node->proxier->sync();
    const auto* info = node->proxier->find_service(port_name("ns1", "svc1", "p80"));
    CHECK(info->hns_id == node->lbid(1));
    CHECK(only_endpoint(*node->proxier, info->name).hns_id == node->epid(3));
}

TEST_CASE("informer events alone make no HNS call", "[proxy][scenario]") {
    // TestNoopEndpointSlice: handlers run before any sync without touching HNS.
    auto node = fake_proxier({NetworkType::Overlay, true});
    node->hns.clear_calls();
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_remote)}));
    node->proxier->delete_endpoint_slice({"ns1", "svc1-1"});
    node->proxier->delete_endpoint_slice({"ns1", "never-seen"});
    node->proxier->delete_service({"ns1", "never-seen"});
    CHECK(node->hns.calls().empty());
}

TEST_CASE("a remote subnet's provider address is found for pod and node addresses",
          "[proxy][scenario][overlay]") {
    // TestFindRemoteSubnetProviderAddress
    const auto network = NetworkInfo::of(test_network(NetworkType::Overlay));
    CHECK(network.find_remote_subnet_provider_address(ip(ep_pa_address)) == ip(ep_pa_address));
    CHECK(network.find_remote_subnet_provider_address(ip(ep_ip_remote)) == ip(ep_pa_address));
    CHECK_FALSE(network.find_remote_subnet_provider_address(ip("11.0.0.1")).has_value());
}

namespace {

struct DualStack {
    std::unique_ptr<FakeNode> node;
    std::unique_ptr<Proxier> v6;
};

// testDualStackService: one LoadBalancer Service with an address per family, seen by an IPv4
// and an IPv6 proxier sharing one HNS.
DualStack dual_stack(bool enable_dsr, k8s::TrafficPolicy etp, k8s::IpFamilyPolicy policy,
                     bool remote_backends) {
    DualStack d;
    d.node = make_node({NetworkType::L2Bridge, enable_dsr});
    hns::Endpoint local;
    local.id = local.name = endpoint_local1;
    local.ip_configurations = {hns::IpConfig{ip(ep_ip_local1), 24},
                               hns::IpConfig{ip("192::4:4"), 64}};
    (void)d.node->hns.create_endpoint(d.node->hns.get_network_by_id(network_id), local);
    hns::Endpoint gw;
    gw.id = gw.name = endpoint_gw;
    gw.ip_configurations = {hns::IpConfig{ip(ep_ip_gw), 24}, hns::IpConfig{ip("192::1"), 64}};
    (void)d.node->hns.create_endpoint(d.node->hns.get_network_by_id(network_id), gw);
    start(*d.node, {NetworkType::L2Bridge, enable_dsr, net::IpFamily::IPv4, endpoint_gw});
    d.v6 = std::make_unique<Proxier>(d.node->hns, fake_config({NetworkType::L2Bridge, enable_dsr,
                                                               net::IpFamily::IPv6, endpoint_gw}));
    d.v6->set_modify_load_balancer(false);

    const auto svc = make_service("ns1", "svc1", [&](k8s::Service& s) {
        s.spec.type = k8s::ServiceType::LoadBalancer;
        s.spec.cluster_ips = {ip("10.20.30.41"), ip("fd00::21")};
        s.spec.ip_families = {net::IpFamily::IPv4, net::IpFamily::IPv6};
        s.spec.ip_family_policy = policy;
        s.spec.ports = {service_port("p80", 80, 80, 3001)};
        s.spec.external_traffic_policy = etp;
        s.status.load_balancer_ingress = {{ip("11.21.31.41"), "", std::nullopt},
                                          {ip("fd00::1"), "", std::nullopt}};
    });
    std::vector<k8s::Endpoint> v4 = {endpoint(ep_ip_local1, test_node)};
    std::vector<k8s::Endpoint> v6 = {endpoint("192::4:4", test_node)};
    if (remote_backends) {
        v4.push_back(endpoint(ep_ip_remote, "testhost2"));
        v6.push_back(endpoint("192::2:3", "testhost2"));
    }
    const auto slice4 = slice_with("svc1", v4);
    auto slice6 = make_slice(
        "ns1", "svc1",
        [&](k8s::EndpointSlice& s) {
            s.address_type = k8s::AddressType::IPv6;
            s.endpoints = v6;
            s.ports = {endpoint_port("p80", 80)};
        },
        2);
    for (auto* proxier : {d.node->proxier.get(), d.v6.get()}) {
        proxier->set_service(svc);
        proxier->set_endpoint_slice(slice4);
        proxier->set_endpoint_slice(slice6);
    }
    d.node->proxier->sync();
    d.v6->sync();
    return d;
}

void check_dual_stack(const DualStack& d, bool dsr, std::size_t backends) {
    const auto name = port_name("ns1", "svc1", "p80");
    const auto* v4 = d.node->proxier->find_service(name);
    const auto* v6 = d.v6->find_service(name);
    REQUIRE(v4 != nullptr);
    REQUIRE(v6 != nullptr);
    auto& node = *d.node;
    CHECK(v4->hns_id == node.lbid(1));
    CHECK(v4->node_port_hns_id == node.lbid(2));
    REQUIRE(v4->load_balancer_ingress_ips.size() == 1);
    CHECK(v4->load_balancer_ingress_ips[0].ip == ip("11.21.31.41"));
    CHECK(v4->load_balancer_ingress_ips[0].hns_id == node.lbid(3));
    CHECK(v4->load_balancer_ingress_ips[0].health_check_hns_id == node.lbid(4));
    CHECK(v6->hns_id == node.lbid(5));
    CHECK(v6->node_port_hns_id == node.lbid(6));
    REQUIRE(v6->load_balancer_ingress_ips.size() == 1);
    CHECK(v6->load_balancer_ingress_ips[0].ip == ip("fd00::1"));
    CHECK(v6->load_balancer_ingress_ips[0].hns_id == node.lbid(7));
    CHECK(v6->load_balancer_ingress_ips[0].health_check_hns_id == node.lbid(8));
    const auto v4_flags = dsr ? hns::LoadBalancerFlags::DSR : hns::LoadBalancerFlags::None;
    const auto v6_flags = v4_flags | hns::LoadBalancerFlags::IPv6;
    for (int i : {1, 2, 3}) {
        CHECK(node.lb(node.lbid(static_cast<std::size_t>(i))).flags == v4_flags);
        CHECK(node.lb(node.lbid(static_cast<std::size_t>(i))).host_compute_endpoints.size() ==
              backends);
        CHECK(node.lb(node.lbid(static_cast<std::size_t>(i + 4))).flags == v6_flags);
        CHECK(node.lb(node.lbid(static_cast<std::size_t>(i + 4))).host_compute_endpoints.size() ==
              backends);
    }
}

} // namespace

TEST_CASE("dual stack with externalTrafficPolicy Local: one set of DSR load balancers per "
          "family",
          "[proxy][scenario][dualstack]") {
    // TestETPLocalIngressIPServiceWithPreferDualStack / ...RequireDualStack
    for (auto policy :
         {k8s::IpFamilyPolicy::PreferDualStack, k8s::IpFamilyPolicy::RequireDualStack}) {
        check_dual_stack(dual_stack(true, k8s::TrafficPolicy::Local, policy, false), true, 1);
    }
}

TEST_CASE("dual stack with externalTrafficPolicy Cluster: local and remote backends per "
          "family",
          "[proxy][scenario][dualstack]") {
    // TestETPClusterIngressIPServiceWithPreferDualStack / ...RequireDualStack
    for (auto policy :
         {k8s::IpFamilyPolicy::PreferDualStack, k8s::IpFamilyPolicy::RequireDualStack}) {
        check_dual_stack(dual_stack(false, k8s::TrafficPolicy::Cluster, policy, true), false, 2);
    }
}

TEST_CASE("a backend on another node whose address is a local endpoint binds to the local "
          "endpoint",
          "[proxy][scenario][refcount]") {
    // TestRemoteAndLocalEndpointsSameIP
    auto node = make_node({NetworkType::L2Bridge, false});
    node->populate_local_endpoint(endpoint_local1, ep_ip_local1, "00-11-22-33-44-56");
    start(*node, {NetworkType::L2Bridge, false});
    for (const auto& [name, vip] : {std::pair{"svc1", "10.20.30.41"}, {"svc2", "10.20.30.42"}}) {
        node->proxier->set_service(make_service("ns1", name, [vip = vip](k8s::Service& s) {
            s.spec.cluster_ips = {ip(vip)};
            s.spec.ports = {service_port("p80", 80, 80)};
        }));
    }
    node->proxier->set_endpoint_slice(slice_with("svc1", {endpoint(ep_ip_local1, test_node)}));
    node->proxier->set_endpoint_slice(slice_with("svc2", {endpoint(ep_ip_local1, "testhost2")}));
    node->proxier->sync();
    const auto& ep1 = only_endpoint(*node->proxier, port_name("ns1", "svc1", "p80"));
    const auto& ep2 = only_endpoint(*node->proxier, port_name("ns1", "svc2", "p80"));
    CHECK(ep1.hns_id == endpoint_local1);
    CHECK(ep2.hns_id == endpoint_local1);
    CHECK(ep1.is_local);
    CHECK_FALSE(ep2.is_local);
    CHECK_FALSE(ep2.holds_reference);
    CHECK(node->proxier->ref_count(endpoint_local1) == 0);
    CHECK(node->hns.count(hns::HnsOperation::CreateEndpoint) == 1); // only the populated one
}

TEST_CASE("deleting remote backends never deletes a local endpoint with the same address",
          "[proxy][scenario][refcount]") {
    // TestRemoteEndpointDeleteDoesNotAffectLocalEndpointWithSameIP
    auto node = make_node({NetworkType::L2Bridge, false});
    node->populate_local_endpoint(endpoint_local1, ep_ip_local1, "00-11-22-33-44-56");
    start(*node, {NetworkType::L2Bridge, false});
    node->proxier->set_service(node_port_service("svc1", "10.20.30.41", 3001));
    node->proxier->set_service(node_port_service("svc2", "10.20.30.42", 3002));
    for (const auto* name : {"svc1", "svc2"}) {
        node->proxier->set_endpoint_slice(slice_with(
            name, {endpoint(ep_ip_local1, test_node), endpoint(ep_ip_remote, "testhost2")}));
    }
    node->proxier->sync();
    const auto remote = node->epid(1);
    CHECK(node->proxier->ref_count(remote) == 2);

    // The pod at 192.168.2.3 is now (also) a local pod of a third Service.
    node->populate_local_endpoint(endpoint_local2, ep_ip_remote, "00-11-22-33-44-57");
    node->proxier->set_service(make_service("ns1", "svc3", [](k8s::Service& s) {
        s.spec.cluster_ips = {ip("10.20.30.43")};
        s.spec.ports = {service_port("p80", 80, 80)};
    }));
    node->proxier->set_endpoint_slice(slice_with("svc3", {endpoint(ep_ip_remote, test_node)}));
    node->proxier->sync();
    CHECK(node->proxier->ref_count(remote) == 2);
    const auto& ep3 = only_endpoint(*node->proxier, port_name("ns1", "svc3", "p80"));
    CHECK(ep3.is_local);
    CHECK(ep3.hns_id == endpoint_local2);
    CHECK_FALSE(ep3.holds_reference);

    node->proxier->delete_endpoint_slice({"ns1", "svc1-1"});
    node->proxier->delete_endpoint_slice({"ns1", "svc2-1"});
    node->proxier->sync();
    CHECK(node->proxier->endpoints_of(port_name("ns1", "svc1", "p80")).empty());
    CHECK(node->proxier->endpoints_of(port_name("ns1", "svc2", "p80")).empty());
    CHECK(node->endpoint_exists(endpoint_local2));
    CHECK(node->endpoint_exists(endpoint_local1));
    CHECK_FALSE(node->endpoint_exists(remote)); // the stale remote one is gone (k/k PR 138000)
}

TEST_CASE("backends that leave are deleted even when the load balancers cannot be replaced",
          "[proxy][scenario][faults]") {
    // TestEndpointTransitionWithLBFailures
    auto node = make_node({NetworkType::L2Bridge, false});
    node->populate_local_endpoint(endpoint_local1, ep_ip_local1, "00-11-22-33-44-56");
    start(*node, {NetworkType::L2Bridge, false});
    const std::vector<std::string> remotes = {"192.168.2.3", "192.168.2.4", "192.168.2.5"};
    node->proxier->set_service(node_port_service("svc1", "10.20.30.41", 3001));
    node->proxier->set_service(node_port_service("svc2", "10.20.30.42", 3002));
    for (const auto* name : {"svc1", "svc2"}) {
        std::vector<k8s::Endpoint> eps = {endpoint(ep_ip_local1, test_node)};
        for (const auto& r : remotes) {
            eps.push_back(endpoint(r, "testhost2"));
        }
        node->proxier->set_endpoint_slice(slice_with(name, eps));
    }
    node->proxier->sync();
    const auto b = node->epid(1), c = node->epid(2), d = node->epid(3);
    for (const auto& id : {b, c, d}) {
        CHECK(node->proxier->ref_count(id) == 2);
    }
    const auto old_svc1 = node->proxier->find_service(port_name("ns1", "svc1", "p80"))->hns_id;

    node->hns.fail_operation(hns::HnsOperation::DeleteLoadBalancer, hns::HResult::Fail, 1000);
    for (const auto* name : {"svc1", "svc2"}) {
        node->proxier->set_endpoint_slice(slice_with(
            name, {endpoint(ep_ip_local1, test_node), endpoint(remotes[0], "testhost2")}));
    }
    node->proxier->sync();
    for (const auto* name : {"svc1", "svc2"}) {
        CHECK(node->proxier->find_service(port_name("ns1", name, "p80"))->hns_id.empty());
    }
    CHECK(node->lb_exists(old_svc1));
    CHECK(node->proxier->ref_count(b) == 2);
    CHECK(node->endpoint_exists(b));
    CHECK(node->proxier->ref_count(c) == 0);
    CHECK(node->proxier->ref_count(d) == 0);
    CHECK_FALSE(node->endpoint_exists(c));
    CHECK_FALSE(node->endpoint_exists(d));
    CHECK(node->endpoint_exists(endpoint_local1));
    CHECK(node->proxier->stale_load_balancers().contains(old_svc1));
}
