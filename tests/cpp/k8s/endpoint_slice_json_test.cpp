// EndpointSlices as kubectl prints them: endpoints, conditions, ports, and what kube-proxy makes
// of absent conditions.
#include "catch.hpp"

#include <winnet/k8s/endpoint_slice.hpp>

#include <string>

using winnet::k8s::AddressType;
using winnet::k8s::EndpointSlice;
using winnet::k8s::NamespacedName;
using winnet::k8s::PortProtocol;
using winnet::net::IpAddress;

TEST_CASE("The kube-dns EndpointSlice from a kubectl dump lists both CoreDNS pods",
          "[k8s][endpointslice]") {
    const auto slice = EndpointSlice::from_json(R"({
      "addressType": "IPv4", "apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
      "endpoints": [
        {"addresses": ["100.96.1.3"], "conditions": {"ready": true, "serving": true,
         "terminating": false}, "nodeName": "linux-node-1",
         "targetRef": {"kind": "Pod", "name": "coredns-5656df985f-ltb5t"}},
        {"addresses": ["100.96.1.8"], "conditions": {"ready": true, "serving": true,
         "terminating": false}, "nodeName": "linux-node-1"}],
      "metadata": {"generateName": "kube-dns-", "name": "kube-dns-x7k2p",
                   "namespace": "kube-system", "ownerReferences": [{"kind": "Service"}],
                   "labels": {"kubernetes.io/service-name": "kube-dns",
                              "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io"}},
      "ports": [{"name": "dns-tcp", "port": 53, "protocol": "TCP"},
                {"name": "dns", "port": 53, "protocol": "UDP"},
                {"name": "metrics", "port": 9153, "protocol": "TCP"}]})");
    CHECK(slice.metadata.key() == NamespacedName{"kube-system", "kube-dns-x7k2p"});
    CHECK(slice.service() == NamespacedName{"kube-system", "kube-dns"});
    CHECK(slice.address_type == AddressType::IPv4);
    REQUIRE(slice.endpoints.size() == 2);
    CHECK(slice.endpoints[0].addresses == std::vector<IpAddress>{IpAddress::parse("100.96.1.3")});
    CHECK(slice.endpoints[0].node_name == "linux-node-1");
    CHECK(slice.endpoints[0].conditions.ready == true);
    CHECK(slice.endpoints[0].conditions.terminating == false);
    CHECK(slice.endpoints[1].addresses[0] == IpAddress::parse("100.96.1.8"));
    REQUIRE(slice.ports.size() == 3);
    CHECK(slice.ports[1].name == "dns");
    CHECK(slice.ports[1].protocol == PortProtocol::UDP);
    CHECK(slice.ports[1].port == 53);
    CHECK_FALSE(slice.skipped_by_kube_proxy());
}

TEST_CASE("Absent endpoint conditions read as kube-proxy reads them", "[k8s][endpointslice]") {
    const auto slice = EndpointSlice::from_json(R"({"metadata": {"name": "s1",
        "labels": {"kubernetes.io/service-name": "svc1"}}, "addressType": "IPv4",
        "endpoints": [{"addresses": ["10.1.0.5"]},
                      {"addresses": ["10.1.0.6"], "conditions": {"ready": false,
                       "serving": true, "terminating": true}}],
        "ports": [{"port": 8080}]})");
    const auto& unknown = slice.endpoints[0].conditions;
    CHECK_FALSE(unknown.ready.has_value());
    CHECK(unknown.is_ready());
    CHECK(unknown.is_serving());
    CHECK_FALSE(unknown.is_terminating());
    const auto& terminating = slice.endpoints[1].conditions;
    CHECK_FALSE(terminating.is_ready());
    CHECK(terminating.is_serving());
    CHECK(terminating.is_terminating());
    // A port without name or protocol: the API server's defaults.
    CHECK(slice.ports[0].name.empty());
    CHECK(slice.ports[0].protocol == PortProtocol::TCP);
    CHECK(slice.ports[0].port == 8080);
    CHECK(slice.metadata.namespace_ == "default");
}

TEST_CASE("An IPv6 EndpointSlice carries IPv6 addresses, hostnames, zones and hints",
          "[k8s][endpointslice]") {
    const auto slice = EndpointSlice::from_json(R"({"metadata": {"name": "s1-v6",
        "namespace": "ns1", "labels": {"kubernetes.io/service-name": "svc1"}},
        "addressType": "IPv6",
        "endpoints": [{"addresses": ["fd00::5", "fd00::6"], "hostname": "web-0",
                       "zone": "zone-a", "nodeName": "win-node-1",
                       "hints": {"forZones": [{"name": "zone-a"}], "forNodes": [{"name": "win-node-1"}]}}],
        "ports": [{"name": "http", "port": 80, "protocol": "TCP", "appProtocol": "http"}]})");
    CHECK(slice.address_type == AddressType::IPv6);
    CHECK(slice.endpoints[0].addresses.size() == 2);
    CHECK(slice.endpoints[0].addresses[0] == IpAddress::parse("fd00::5"));
    CHECK(slice.endpoints[0].hostname == "web-0");
    CHECK(slice.endpoints[0].zone == "zone-a");
    CHECK(slice.endpoints[0].zone_hints == std::vector<std::string>{"zone-a"});
    CHECK(slice.endpoints[0].node_hints == std::vector<std::string>{"win-node-1"});
}

TEST_CASE("An FQDN EndpointSlice keeps its names and is skipped by kube-proxy",
          "[k8s][endpointslice]") {
    const auto slice = EndpointSlice::from_json(R"({"metadata": {"name": "ext",
        "labels": {"kubernetes.io/service-name": "ext"}}, "addressType": "FQDN",
        "endpoints": [{"addresses": ["db.example.com"]}]})");
    CHECK(slice.address_type == AddressType::FQDN);
    CHECK(slice.endpoints[0].addresses.empty());
    CHECK(slice.endpoints[0].fqdn_addresses == std::vector<std::string>{"db.example.com"});
    CHECK(slice.skipped_by_kube_proxy());
}

TEST_CASE("kube-proxy skips slices without a Service, and headless or foreign ones",
          "[k8s][endpointslice]") {
    auto slice = EndpointSlice::from_json(R"({"metadata": {"name": "orphan"},
        "addressType": "IPv4", "endpoints": []})");
    CHECK(slice.service().name.empty());
    CHECK(slice.skipped_by_kube_proxy());
    slice.metadata.labels = {{"kubernetes.io/service-name", "db"},
                             {"service.kubernetes.io/headless", ""}};
    CHECK(slice.skipped_by_kube_proxy());
    slice.metadata.labels.erase("service.kubernetes.io/headless");
    CHECK_FALSE(slice.skipped_by_kube_proxy());
}

TEST_CASE("A slice port without a number is kept as 0, which kube-proxy skips",
          "[k8s][endpointslice]") {
    const auto slice = EndpointSlice::from_json(R"({"metadata": {"name": "s"},
        "addressType": "IPv4", "ports": [{"name": "all", "protocol": "UDP"}]})");
    CHECK(slice.ports[0].port == 0);
}
