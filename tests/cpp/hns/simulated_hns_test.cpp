// SimulatedHns: the semantics kube-proxy and the CNI plugins can observe, the call log, the
// fault injection and the state file.
#include "catch.hpp"

#include <winnet/hns/simulated_hns.hpp>

#include <string>

using namespace winnet::hns;
using winnet::JsonError;
using winnet::net::IpAddress;

namespace {

Network overlay_network() {
    Network n;
    n.name = "flannel.4096";
    n.type = NetworkType::Overlay;
    return n;
}

Endpoint pod_endpoint(const std::string& ip, const std::string& name = "") {
    Endpoint e;
    e.name = name;
    e.ip_configurations = {IpConfig{IpAddress::parse(ip), 24}};
    return e;
}

LoadBalancer cluster_ip_lb(const std::string& endpoint_id, const std::string& vip = "10.96.0.10",
                           std::uint16_t port = 53) {
    LoadBalancer lb;
    lb.host_compute_endpoints = {endpoint_id};
    lb.frontend_vips = {IpAddress::parse(vip)};
    lb.port_mappings = {{.protocol = Protocol::UDP, .internal_port = 53, .external_port = port}};
    return lb;
}

template <class F> HResult error_of(F&& f) {
    try {
        f();
    } catch (const HnsError& e) {
        return e.code();
    }
    FAIL("no HnsError thrown");
    return HResult::Fail;
}

} // namespace

TEST_CASE("Ids are GUIDs, the same for the same seed and different for another", "[hns][sim]") {
    SimulatedHns a, b, c({15, 5}, 42);
    const auto na = a.create_network(overlay_network());
    const auto nb = b.create_network(overlay_network());
    const auto nc = c.create_network(overlay_network());
    CHECK(na.id == nb.id);
    CHECK(na.id != nc.id);
    REQUIRE(na.id.size() == 36);
    CHECK(na.id[8] == '-');
    CHECK(na.id[14] == '4'); // version-4 layout
}

TEST_CASE("An endpoint is created on its network and found by id, name and network", "[hns][sim]") {
    SimulatedHns hns;
    const auto net = hns.create_network(overlay_network());
    const auto ep = hns.create_endpoint(net, pod_endpoint("10.244.1.5", "pod-a_eth0"));
    CHECK(ep.host_compute_network == net.id);
    CHECK_FALSE(ep.id.empty());
    CHECK(hns.get_endpoint_by_id(ep.id) == ep);
    CHECK(hns.get_endpoint_by_name("pod-a_eth0") == ep);
    REQUIRE(hns.list_endpoints_of_network(net.id).size() == 1);
    CHECK(hns.list_endpoints_of_network("00000000-0000-0000-0000-000000000000").empty());
}

TEST_CASE("Ids are looked up without regard to letter case, as HNS does", "[hns][sim]") {
    SimulatedHns hns;
    const auto net = hns.create_network(overlay_network());
    const auto ep = hns.create_endpoint(net, pod_endpoint("10.244.1.5"));
    std::string lower = ep.id;
    for (auto& ch : lower) {
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    CHECK(hns.get_endpoint_by_id(lower).id == ep.id);
}

TEST_CASE("A remote endpoint carries the RemoteEndpoint flag", "[hns][sim]") {
    SimulatedHns hns;
    const auto net = hns.create_network(overlay_network());
    const auto ep = hns.create_remote_endpoint(net, pod_endpoint("10.244.2.7"));
    CHECK((ep.flags & EndpointFlags::RemoteEndpoint) == EndpointFlags::RemoteEndpoint);
}

TEST_CASE("Creating an endpoint on an unknown network fails with HCN_E_NETWORK_NOT_FOUND",
          "[hns][sim]") {
    SimulatedHns hns;
    Network ghost = overlay_network();
    ghost.id = "11111111-2222-4333-8444-555555555555";
    CHECK(error_of([&] { (void)hns.create_endpoint(ghost, pod_endpoint("10.0.0.1")); }) ==
          HResult::NetworkNotFound);
}

TEST_CASE("Unknown ids and names fail with not-found errors in hcsshim's words", "[hns][sim]") {
    SimulatedHns hns;
    CHECK_THROWS_WITH(hns.get_network_by_name("flannel.4096"),
                      "GetNetworkByName: HNS failed with 0x803b0001 (HCN_E_NETWORK_NOT_FOUND): "
                      "Network name \"flannel.4096\" not found");
    CHECK(error_of([&] { (void)hns.get_network_by_id("x"); }) == HResult::NetworkNotFound);
    CHECK(error_of([&] { (void)hns.get_endpoint_by_id("x"); }) == HResult::EndpointNotFound);
    CHECK(error_of([&] { (void)hns.get_endpoint_by_name("x"); }) == HResult::EndpointNotFound);
    CHECK(error_of([&] { hns.delete_endpoint("x"); }) == HResult::EndpointNotFound);
    CHECK(error_of([&] { (void)hns.get_load_balancer_by_id("x"); }) == HResult::ElementNotFound);
    CHECK(error_of([&] { hns.delete_load_balancer("x"); }) == HResult::ElementNotFound);
    CHECK(error_of([&] { hns.delete_network("x"); }) == HResult::NetworkNotFound);
    REQUIRE(hns.calls().size() == 8);
    CHECK(hns.calls()[0].error == HResult::NetworkNotFound);
}

TEST_CASE("Deleting a network deletes its endpoints", "[hns][sim]") {
    SimulatedHns hns;
    const auto a = hns.create_network(overlay_network());
    Network other = overlay_network();
    other.name = "nat";
    other.type = NetworkType::NAT;
    const auto b = hns.create_network(other);
    (void)hns.create_endpoint(a, pod_endpoint("10.244.1.5"));
    (void)hns.create_endpoint(a, pod_endpoint("10.244.1.6"));
    const auto kept = hns.create_endpoint(b, pod_endpoint("172.16.0.2"));
    hns.delete_network(a.id);
    const auto left = hns.list_endpoints();
    REQUIRE(left.size() == 1);
    CHECK(left[0].id == kept.id);
    CHECK(hns.list_networks().size() == 1);
}

TEST_CASE("A load balancer colliding on VIP, protocol and port fails with 0x803b0013",
          "[hns][sim][lb]") {
    SimulatedHns hns;
    const auto net = hns.create_network(overlay_network());
    const auto ep = hns.create_endpoint(net, pod_endpoint("10.244.1.5"));
    const auto first = hns.create_load_balancer(cluster_ip_lb(ep.id));
    CHECK(error_of([&] { (void)hns.create_load_balancer(cluster_ip_lb(ep.id)); }) ==
          HResult::PortAlreadyExists);
    // Another port, another VIP, or another protocol is fine.
    (void)hns.create_load_balancer(cluster_ip_lb(ep.id, "10.96.0.10", 54));
    (void)hns.create_load_balancer(cluster_ip_lb(ep.id, "10.96.0.11"));
    auto tcp = cluster_ip_lb(ep.id);
    tcp.port_mappings[0].protocol = Protocol::TCP;
    (void)hns.create_load_balancer(tcp);
    // Once the first is deleted its frontend is free again.
    hns.delete_load_balancer(first.id);
    (void)hns.create_load_balancer(cluster_ip_lb(ep.id));
    CHECK(hns.list_load_balancers().size() == 4);
}

TEST_CASE("Two NodePort load balancers on the same port collide; a ClusterIP one does not",
          "[hns][sim][lb]") {
    SimulatedHns hns;
    const auto net = hns.create_network(overlay_network());
    const auto ep = hns.create_endpoint(net, pod_endpoint("10.244.1.5"));
    LoadBalancer node_port;
    node_port.host_compute_endpoints = {ep.id};
    node_port.port_mappings = {
        {.protocol = Protocol::TCP, .internal_port = 80, .external_port = 30080}};
    (void)hns.create_load_balancer(node_port);
    CHECK(error_of([&] { (void)hns.create_load_balancer(node_port); }) ==
          HResult::PortAlreadyExists);
    auto cluster = node_port;
    cluster.frontend_vips = {IpAddress::parse("10.96.0.1")};
    (void)hns.create_load_balancer(cluster);
}

TEST_CASE("A load balancer's backends must be existing endpoints", "[hns][sim][lb]") {
    SimulatedHns hns;
    CHECK(error_of([&] { (void)hns.create_load_balancer(cluster_ip_lb("no-such-endpoint")); }) ==
          HResult::EndpointNotFound);
}

TEST_CASE("Updating a load balancer keeps its id on HNS 15.5", "[hns][sim][lb]") {
    SimulatedHns hns({15, 5});
    const auto net = hns.create_network(overlay_network());
    const auto a = hns.create_endpoint(net, pod_endpoint("10.244.1.5"));
    const auto b = hns.create_endpoint(net, pod_endpoint("10.244.1.6"));
    const auto lb = hns.create_load_balancer(cluster_ip_lb(a.id));
    const auto updated = hns.update_load_balancer(lb.id, cluster_ip_lb(b.id));
    CHECK(updated.id == lb.id);
    CHECK(hns.get_load_balancer_by_id(lb.id).host_compute_endpoints ==
          std::vector<std::string>{b.id});
    CHECK(hns.calls().back().operation == HnsOperation::GetLoadBalancerById);
}

TEST_CASE("Updating a load balancer fails with E_NOTIMPL below HNS 15.5", "[hns][sim][lb]") {
    for (HnsVersion v : {HnsVersion{13, 2}, HnsVersion{15, 4}}) {
        SimulatedHns hns(v);
        const auto net = hns.create_network(overlay_network());
        const auto a = hns.create_endpoint(net, pod_endpoint("10.244.1.5"));
        const auto lb = hns.create_load_balancer(cluster_ip_lb(a.id));
        CHECK(error_of([&] { (void)hns.update_load_balancer(lb.id, cluster_ip_lb(a.id)); }) ==
              HResult::NotImplemented);
    }
}

TEST_CASE("Every call is recorded with its id and document, and counted", "[hns][sim][log]") {
    SimulatedHns hns;
    const auto net = hns.create_network(overlay_network());
    const auto ep = hns.create_endpoint(net, pod_endpoint("10.244.1.5"));
    const auto lb = hns.create_load_balancer(cluster_ip_lb(ep.id));
    (void)hns.list_load_balancers();
    const auto& calls = hns.calls();
    REQUIRE(calls.size() == 4);
    CHECK(calls[2].operation == HnsOperation::CreateLoadBalancer);
    CHECK(calls[2].id == lb.id);
    CHECK(calls[2].document == cluster_ip_lb(ep.id).to_json()); // sent without an ID
    CHECK(calls[3].document.empty());
    CHECK(hns.count(HnsOperation::CreateLoadBalancer) == 1);
    CHECK(hns.counts().size() == 4);
    CHECK(to_string(HnsOperation::GetEndpointById) == "GetEndpointByID");
    hns.clear_calls();
    CHECK(hns.calls().empty());
    CHECK(hns.count(HnsOperation::CreateLoadBalancer) == 0);
}

TEST_CASE("Fault injection: the Nth call fails and changes nothing", "[hns][sim][faults]") {
    SimulatedHns hns;
    const auto net = hns.create_network(overlay_network());
    hns.fail_call(2, HResult::ManagerStopped);
    (void)hns.create_endpoint(net, pod_endpoint("10.244.1.5"));
    CHECK(error_of([&] { (void)hns.create_endpoint(net, pod_endpoint("10.244.1.6")); }) ==
          HResult::ManagerStopped);
    (void)hns.create_endpoint(net, pod_endpoint("10.244.1.7"));
    CHECK(hns.list_endpoints().size() == 2);
    CHECK(hns.calls()[2].error == HResult::ManagerStopped);
    CHECK_THROWS_AS(hns.fail_call(0), winnet::Error);
}

TEST_CASE("Fault injection: an operation fails the given number of times", "[hns][sim][faults]") {
    SimulatedHns hns;
    const auto net = hns.create_network(overlay_network());
    const auto ep = hns.create_endpoint(net, pod_endpoint("10.244.1.5"));
    hns.fail_operation(HnsOperation::CreateLoadBalancer, HResult::Fail, 2);
    (void)hns.list_load_balancers(); // other operations are unaffected
    CHECK(error_of([&] { (void)hns.create_load_balancer(cluster_ip_lb(ep.id)); }) == HResult::Fail);
    CHECK(error_of([&] { (void)hns.create_load_balancer(cluster_ip_lb(ep.id)); }) == HResult::Fail);
    (void)hns.create_load_balancer(cluster_ip_lb(ep.id));
    hns.fail_operation(HnsOperation::DeleteEndpoint, HResult::Fail, 5);
    hns.clear_faults();
    hns.delete_endpoint(ep.id);
}

TEST_CASE("Fault injection: seeded random failures repeat exactly", "[hns][sim][faults]") {
    auto run = [](std::uint64_t seed) {
        SimulatedHns hns;
        hns.fail_randomly(0.3, seed);
        std::string pattern;
        for (int i = 0; i < 200; ++i) {
            try {
                (void)hns.list_networks();
                pattern += '.';
            } catch (const HnsError&) {
                pattern += 'x';
            }
        }
        return pattern;
    };
    const auto a = run(7);
    CHECK(a == run(7));
    CHECK(a != run(8));
    const auto failures = std::count(a.begin(), a.end(), 'x');
    CHECK(failures > 30);
    CHECK(failures < 90);
    SimulatedHns hns;
    CHECK_THROWS_AS(hns.fail_randomly(1.5, 1), winnet::Error);
}

TEST_CASE("A restarted HNS has lost every load balancer but kept endpoints", "[hns][sim][faults]") {
    SimulatedHns hns;
    const auto net = hns.create_network(overlay_network());
    const auto ep = hns.create_endpoint(net, pod_endpoint("10.244.1.5"));
    (void)hns.create_load_balancer(cluster_ip_lb(ep.id));
    hns.restart();
    CHECK(hns.list_load_balancers().empty());
    CHECK(hns.list_endpoints().size() == 1);
    (void)hns.create_load_balancer(cluster_ip_lb(ep.id)); // the frontend is free again
}

TEST_CASE("Simulated latency adds up per call and per listed object", "[hns][sim][latency]") {
    using us = std::chrono::microseconds;
    SimulatedHns hns;
    for (auto op :
         {HnsOperation::CreateNetwork, HnsOperation::CreateEndpoint, HnsOperation::ListEndpoints}) {
        hns.set_latency(op, us{0});
    }
    const auto net = hns.create_network(overlay_network());
    (void)hns.create_endpoint(net, pod_endpoint("10.244.1.5"));
    (void)hns.create_endpoint(net, pod_endpoint("10.244.1.6"));
    CHECK(hns.elapsed() == us{0});
    hns.set_latency(HnsOperation::ListEndpoints, us{1000}, us{10});
    (void)hns.list_endpoints();
    CHECK(hns.elapsed() == us{1020});
    hns.clear_calls();
    CHECK(hns.elapsed() == us{0});
}

TEST_CASE("The state saves to JSON and loads back identical", "[hns][sim][state]") {
    SimulatedHns hns({13, 2});
    const auto net = hns.create_network(overlay_network());
    const auto ep = hns.create_endpoint(net, pod_endpoint("10.244.1.5", "pod"));
    (void)hns.create_load_balancer(cluster_ip_lb(ep.id));
    const auto state = hns.state();
    const auto text = state.to_json();
    const auto loaded = HnsState::from_json(text);
    CHECK(loaded == state);
    CHECK(loaded.to_json() == text);
    CHECK(loaded.version == HnsVersion{13, 2});
    SimulatedHns again(loaded);
    CHECK(again.state() == state);
    CHECK(error_of([&] { (void)again.create_load_balancer(cluster_ip_lb(ep.id)); }) ==
          HResult::PortAlreadyExists);
}

TEST_CASE("A bad state document names the path inside the whole document", "[hns][sim][state]") {
    try {
        (void)HnsState::from_json(
            R"({"version":{"Major":15,"Minor":5},"endpoints":[{},{"MacAddress":"zz"}]})");
        FAIL("no error");
    } catch (const JsonError& e) {
        CHECK(e.path() == "$.endpoints[1].MacAddress");
    }
    CHECK_THROWS_AS(HnsState::from_json(R"({"Networks":[]})"), JsonError);
    CHECK_THROWS_AS(HnsState::from_json(R"({"version":{"Major":-1}})"), JsonError);
}

TEST_CASE("An endpoint is found by IP on its network with one ListEndpoints call", "[hns][sim]") {
    SimulatedHns hns;
    const auto net = hns.create_network(overlay_network());
    Network other = overlay_network();
    other.name = "other";
    const auto net2 = hns.create_network(other);
    const auto ep = hns.create_endpoint(net, pod_endpoint("10.244.1.5"));
    (void)hns.create_endpoint(net2, pod_endpoint("10.244.1.6"));
    hns.clear_calls();
    CHECK(hns.get_endpoint_by_ip(IpAddress::parse("10.244.1.5"), net).id == ep.id);
    CHECK(hns.calls().size() == 1);
    CHECK(hns.calls()[0].operation == HnsOperation::ListEndpoints);
    CHECK_THROWS_WITH(hns.get_endpoint_by_ip(IpAddress::parse("10.244.1.6"), net),
                      "GetEndpointByIpAddress: HNS failed with 0x803b0002 "
                      "(HCN_E_ENDPOINT_NOT_FOUND): Endpoint 10.244.1.6 not found on network "
                      "flannel.4096");
}
