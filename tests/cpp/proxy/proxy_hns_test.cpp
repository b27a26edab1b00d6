// kube-proxy's HNS layer (upstream hns.go and hns_test.go) and the load-balancer identity.
#include "catch.hpp"
#include "fake_proxier.hpp"
#include "proxy/sha1.hpp"

using namespace winnet;
using namespace winnet::proxy;
using namespace winnet::proxy::testing;
using hns::HnsOperation;
using hns::NetworkType;

namespace {

std::string hex(const std::array<std::uint8_t, 20>& digest) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (auto b : digest) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

hns::Endpoint endpoint_at(const std::string& id, std::vector<std::string> ips, bool remote) {
    hns::Endpoint e;
    e.id = e.name = id;
    for (const auto& a : ips) {
        e.ip_configurations.push_back({ip(a), 24});
    }
    if (remote) {
        e.flags = hns::EndpointFlags::RemoteEndpoint;
    }
    return e;
}

} // namespace

TEST_CASE("SHA-1 matches the FIPS 180 test vectors", "[proxy][hash]") {
    CHECK(hex(detail::sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(hex(detail::sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(hex(detail::sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

TEST_CASE("the endpoints hash ignores order and case and cancels duplicates", "[proxy][hash]") {
    // TestHashEndpoints
    CHECK(endpoints_hash({"a-1", "B-2"}) == endpoints_hash({"b-2", "A-1"}));
    CHECK(endpoints_hash({"a", "a"}) == endpoints_hash({}));
    CHECK(endpoints_hash({"a", ""}) == endpoints_hash({"a"}));
    CHECK(endpoints_hash({"a"}) != endpoints_hash({"b"}));
}

TEST_CASE("a load balancer read back from HNS has the identity of the request that made it",
          "[proxy][identity]") {
    LoadBalancerRequest r;
    r.endpoints = {"ep-1", "ep-2"};
    r.vip = ip("10.0.0.10");
    r.protocol = hns::Protocol::UDP;
    r.internal_port = 53;
    r.external_port = 53;
    r.flags.is_dsr = true;
    r.flags.session_affinity = true;
    auto lb = r.to_hns();
    lb.id = "X";
    CHECK(LoadBalancerIdentity::of(lb) == r.identity());
    CHECK(lb.to_json() ==
          R"({"ID":"X","HostComputeEndpoints":["ep-1","ep-2"],"FrontendVIPs":["10.0.0.10"],)"
          R"("PortMappings":[{"Protocol":17,"InternalPort":53,"ExternalPort":53,)"
          R"("DistributionType":2}],"SchemaVersion":{"Major":2,"Minor":0},"Flags":1})");
}

TEST_CASE("the flag matrix maps each switch to its HNS bit", "[proxy][flags]") {
    LoadBalancerPolicyFlags f;
    f.is_vip_external_ip = true;
    f.use_mux = true;
    f.preserve_dip = true;
    CHECK(static_cast<std::uint32_t>(f.port_mapping_flags()) == 28);
    f = {};
    f.is_vip_external_ip = true;
    f.local_routed_vip = true;
    CHECK(static_cast<std::uint32_t>(f.port_mapping_flags()) == 18);
    f = {};
    f.is_ilb = true;
    CHECK(static_cast<std::uint32_t>(f.port_mapping_flags()) == 1);
    f = {};
    f.is_dsr = true;
    f.is_ipv6 = true;
    CHECK(static_cast<std::uint32_t>(f.load_balancer_flags()) == 3);
    CHECK(f.distribution() == hns::Distribution::None);
    f.session_affinity = true;
    CHECK(f.distribution() == hns::Distribution::SourceIP);
}

TEST_CASE("all endpoints of a network are found by id and by both addresses", "[proxy][hns]") {
    // TestGetAllEndpointsByNetwork
    auto node = make_node({NetworkType::L2Bridge});
    (void)node->hns.create_endpoint(node->hns.get_network_by_id(network_id),
                                    endpoint_at("dual", {"192.168.1.3", "192::3"}, false));
    ProxyHns proxy_hns(node->hns);
    const auto network = proxy_hns.get_network_by_name("TestNetwork");
    const auto queried = proxy_hns.get_all_endpoints_by_network(network);
    REQUIRE(queried.find_id("dual") != nullptr);
    CHECK(queried.find_ip(ip("192.168.1.3"))->hns_id == "dual");
    CHECK(queried.find_ip(ip("192::3"))->hns_id == "dual");
    CHECK(queried.find_id("dual")->is_local);
}

TEST_CASE("a local endpoint keeps its address when a stale remote endpoint has it too",
          "[proxy][hns]") {
    // TestGetAllEndpointsByNetworkWithDupEP, as newest upstream decides it (k/k PR 138000: the
    // local endpoint is preferred and the remote one reported for deletion; before it the remote
    // one won).
    auto node = make_node({NetworkType::L2Bridge});
    const auto net = node->hns.get_network_by_id(network_id);
    (void)node->hns.create_endpoint(net, endpoint_at("remote", {"192.168.1.3", "192::3"}, true));
    (void)node->hns.create_endpoint(net, endpoint_at("local", {"192.168.1.3", "192::3"}, false));
    ProxyHns proxy_hns(node->hns);
    std::vector<std::string> shadowed;
    const auto queried = proxy_hns.get_all_endpoints_by_network(
        proxy_hns.get_network_by_name("TestNetwork"), &shadowed);
    CHECK(queried.find_ip(ip("192.168.1.3"))->hns_id == "local");
    CHECK(queried.find_ip(ip("192::3"))->hns_id == "local");
    CHECK(shadowed == std::vector<std::string>{"remote", "remote"});
    CHECK(queried.find_id("remote") != nullptr);
}

TEST_CASE("endpoints without an IP configuration are not indexed", "[proxy][hns]") {
    auto node = make_node({NetworkType::L2Bridge});
    (void)node->hns.create_endpoint(node->hns.get_network_by_id(network_id),
                                    endpoint_at("bare", {}, false));
    ProxyHns proxy_hns(node->hns);
    const auto queried =
        proxy_hns.get_all_endpoints_by_network(proxy_hns.get_network_by_name("TestNetwork"));
    CHECK(queried.size() == 0);
}

TEST_CASE("a remote endpoint is created with its provider address policy", "[proxy][hns]") {
    // TestCreateEndpointRemote
    auto node = make_node({NetworkType::Overlay});
    ProxyHns proxy_hns(node->hns);
    EndpointInfo wanted;
    wanted.ip = ip("192.168.2.3");
    wanted.mac_address = "02-11-c0-a8-02-03";
    wanted.provider_address = ip("10.0.0.3");
    const auto created = proxy_hns.create_endpoint(wanted, "TestNetwork");
    CHECK_FALSE(created.is_local);
    CHECK(created.provider_address == ip("10.0.0.3"));
    const auto e = node->hns.get_endpoint_by_id(created.hns_id);
    CHECK(e.to_json() ==
          R"({"ID":")" + created.hns_id +
              R"(","HostComputeNetwork":"123ABC","Policies":[{"Type":"ProviderAddress",)"
              R"("Settings":{"ProviderAddress":"10.0.0.3"}}],"IpConfigurations":[{"IpAddress":)"
              R"("192.168.2.3"}],"Dns":{},"MacAddress":"02-11-c0-a8-02-03","Flags":1,)"
              R"("Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})");
    // TestCreateEndpointLocal
    EndpointInfo local;
    local.ip = ip("192.168.1.9");
    local.is_local = true;
    local.provider_address = ip("10.0.0.3"); // not applied to local endpoints
    const auto made = proxy_hns.create_endpoint(local, "TestNetwork");
    CHECK(made.is_local);
    CHECK(node->hns.get_endpoint_by_id(made.hns_id).policies.empty());
    // TestDeleteEndpoint
    proxy_hns.delete_endpoint(made.hns_id);
    CHECK_THROWS_AS(proxy_hns.delete_endpoint(made.hns_id), hns::NotFoundError);
}

TEST_CASE("getLoadBalancer returns an existing load balancer of the same identity",
          "[proxy][hns]") {
    // TestGetLoadBalancerExisting / TestGetLoadBalancerNew
    auto node = make_node({NetworkType::Overlay});
    const auto net = node->hns.get_network_by_id(network_id);
    (void)node->hns.create_remote_endpoint(net, endpoint_at("ep-1", {"192.168.2.3"}, true));
    ProxyHns proxy_hns(node->hns);
    LoadBalancerRequest r;
    r.endpoints = {"ep-1"};
    r.source_vip = ip("192.168.1.2");
    r.vip = ip("11.0.0.1");
    r.protocol = hns::Protocol::TCP;
    r.internal_port = 80;
    r.external_port = 32440;
    auto queried = proxy_hns.get_all_load_balancers();
    const auto id = proxy_hns.get_load_balancer(r, queried);
    CHECK(node->hns.count(HnsOperation::CreateLoadBalancer) == 1);
    CHECK(proxy_hns.get_load_balancer(r, queried) == id);
    auto relisted = proxy_hns.get_all_load_balancers();
    CHECK(proxy_hns.get_load_balancer(r, relisted) == id);
    CHECK(node->hns.count(HnsOperation::CreateLoadBalancer) == 1);
    // TestDeleteLoadBalancer
    proxy_hns.delete_load_balancer(id);
    CHECK_THROWS_AS((void)node->hns.get_load_balancer_by_id(id), hns::NotFoundError);
}

TEST_CASE("deleting a load balancer that is gone succeeds, and a failed delete is retried once",
          "[proxy][hns]") {
    auto node = make_node({NetworkType::Overlay});
    ProxyHns proxy_hns(node->hns);
    CHECK_NOTHROW(proxy_hns.delete_load_balancer(""));
    CHECK_NOTHROW(proxy_hns.delete_load_balancer("no-such-id"));
    hns::LoadBalancer lb;
    lb.frontend_vips = {ip("11.0.0.1")};
    lb.port_mappings = {{hns::Protocol::TCP, 80, 80}};
    const auto id = node->hns.create_load_balancer(lb).id;
    node->hns.fail_operation(HnsOperation::DeleteLoadBalancer, hns::HResult::Fail, 1);
    CHECK_NOTHROW(proxy_hns.delete_load_balancer(id));
    CHECK(node->hns.count(HnsOperation::DeleteLoadBalancer) == 2);
    const auto id2 = node->hns.create_load_balancer(lb).id;
    node->hns.fail_operation(HnsOperation::DeleteLoadBalancer, hns::HResult::Fail, 2);
    CHECK_THROWS_AS(proxy_hns.delete_load_balancer(id2), hns::HnsError);
}

TEST_CASE("the root endpoint is found by name", "[proxy][hns]") {
    // TestGetEndpointByIpAddressAndName
    auto node = make_node({NetworkType::L2Bridge});
    const auto net = node->hns.get_network_by_id(network_id);
    (void)node->hns.create_endpoint(net, endpoint_at("cbr0", {"10.244.1.2"}, false));
    ProxyHns proxy_hns(node->hns);
    const auto by_name = proxy_hns.get_endpoint_by_name("cbr0");
    CHECK(by_name.hns_id == "cbr0");
    CHECK(by_name.ip == ip("10.244.1.2"));
    CHECK(node->hns.get_endpoint_by_ip(ip("10.244.1.2"), net).id == by_name.hns_id);
}
