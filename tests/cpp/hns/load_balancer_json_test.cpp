// LoadBalancer <-> HCN v2 JSON, compared with documents as hcsshim marshals them (DOMAIN.md 11.2).
#include "catch.hpp"

#include <winnet/hns/load_balancer.hpp>

#include <string>

using winnet::hns::Distribution;
using winnet::hns::JsonStyle;
using winnet::hns::LoadBalancer;
using winnet::hns::LoadBalancerFlags;
using winnet::hns::PortMapping;
using winnet::hns::PortMappingFlags;
using winnet::hns::Protocol;
using winnet::net::IpAddress;

namespace {
// Parse, re-serialize, and require the very same bytes.
void require_round_trip(const std::string& document) {
    const auto lb = LoadBalancer::from_json(document);
    REQUIRE(lb.to_json() == document);
}
} // namespace

TEST_CASE("A ClusterIP load balancer on an overlay network marshals as hcsshim does",
          "[hns][lb][json]") {
    LoadBalancer lb;
    lb.host_compute_endpoints = {"ep-guid"};
    lb.source_vip = IpAddress::parse("192.168.1.2");
    lb.frontend_vips = {IpAddress::parse("10.20.30.41")};
    lb.port_mappings = {{.protocol = Protocol::TCP, .internal_port = 8080, .external_port = 80}};
    REQUIRE(
        lb.to_json() ==
        R"({"HostComputeEndpoints":["ep-guid"],"SourceVIP":"192.168.1.2","FrontendVIPs":["10.20.30.41"],)"
        R"("PortMappings":[{"Protocol":6,"InternalPort":8080,"ExternalPort":80}],"SchemaVersion":{"Major":2,"Minor":0}})");
}

TEST_CASE("A NodePort load balancer with externalTrafficPolicy Local and ClientIP affinity "
          "round-trips byte for byte",
          "[hns][lb][json]") {
    const std::string doc =
        R"({"HostComputeEndpoints":["local-ep"],"SourceVIP":"192.168.1.2",)"
        R"("PortMappings":[{"Protocol":6,"InternalPort":8080,"ExternalPort":30080,"DistributionType":2,"Flags":18}],)"
        R"("SchemaVersion":{"Major":2,"Minor":0},"Flags":1})";
    const auto lb = LoadBalancer::from_json(doc);
    REQUIRE(lb.frontend_vips.empty());
    REQUIRE(lb.port_mappings.size() == 1);
    CHECK(lb.port_mappings[0].distribution_type == Distribution::SourceIP);
    CHECK(lb.port_mappings[0].flags ==
          (PortMappingFlags::LocalRoutedVIP | PortMappingFlags::VipExternalIP));
    CHECK(lb.flags == LoadBalancerFlags::DSR);
    REQUIRE(lb.to_json() == doc);
}

TEST_CASE("An IPv6 ingress load balancer on L2Bridge omits the empty SourceVIP",
          "[hns][lb][json]") {
    const std::string doc =
        R"({"HostComputeEndpoints":["a","b"],"FrontendVIPs":["fd00::1"],)"
        R"("PortMappings":[{"Protocol":6,"InternalPort":80,"ExternalPort":80,"Flags":16}],)"
        R"("SchemaVersion":{"Major":2,"Minor":0},"Flags":2})";
    const auto lb = LoadBalancer::from_json(doc);
    CHECK_FALSE(lb.source_vip.has_value());
    CHECK(lb.flags == LoadBalancerFlags::IPv6);
    require_round_trip(doc);
}

TEST_CASE("A load balancer returned by HNS keeps its ID first", "[hns][lb][json]") {
    require_round_trip(
        R"({"ID":"D6B5A3B1-7F7C-4F44-9C55-9E2B7F1C0A11","HostComputeEndpoints":["e1"],"SourceVIP":"10.0.0.1",)"
        R"("FrontendVIPs":["1.1.1.2","1.1.1.3"],"PortMappings":[{"Protocol":6,"InternalPort":8080,"ExternalPort":8090}],)"
        R"("SchemaVersion":{"Major":2,"Minor":0}})");
}

TEST_CASE("An empty load balancer still carries SchemaVersion, as Go never omits a struct",
          "[hns][lb][json]") {
    REQUIRE(LoadBalancer{}.to_json() == R"({"SchemaVersion":{"Major":2,"Minor":0}})");
    // Absent means 2.0 (Go would leave 0.0): every HCN v2 object has that schema.
    REQUIRE(LoadBalancer::from_json("{}") == LoadBalancer{});
}

TEST_CASE("Every port-mapping flag and distribution round-trips", "[hns][lb][json]") {
    for (std::uint32_t flags = 0; flags < 32; ++flags) {
        for (std::uint32_t dist = 0; dist < 3; ++dist) {
            LoadBalancer lb;
            lb.port_mappings = {{.protocol = Protocol::SCTP,
                                 .internal_port = 1,
                                 .external_port = 65535,
                                 .distribution_type = static_cast<Distribution>(dist),
                                 .flags = static_cast<PortMappingFlags>(flags)}};
            lb.flags = static_cast<LoadBalancerFlags>(flags % 4);
            const auto parsed = LoadBalancer::from_json(lb.to_json());
            REQUIRE(parsed == lb);
        }
    }
}

TEST_CASE("Zero-valued port-mapping fields are omitted, as omitempty does", "[hns][lb][json]") {
    LoadBalancer lb;
    lb.port_mappings = {PortMapping{}};
    REQUIRE(lb.to_json() == R"({"PortMappings":[{}],"SchemaVersion":{"Major":2,"Minor":0}})");
}

TEST_CASE("null fields count as absent, as Go's encoding/json treats them", "[hns][lb][json]") {
    const auto lb = LoadBalancer::from_json(
        R"({"ID":null,"HostComputeEndpoints":null,"SourceVIP":null,"FrontendVIPs":null,"PortMappings":null,"Flags":null})");
    REQUIRE(lb == LoadBalancer{});
}

TEST_CASE("Indented JSON follows Go's MarshalIndent layout", "[hns][lb][json]") {
    LoadBalancer lb;
    lb.frontend_vips = {IpAddress::parse("100.64.0.10")};
    lb.port_mappings = {{.protocol = Protocol::UDP, .internal_port = 53, .external_port = 53}};
    REQUIRE(lb.to_json(JsonStyle::Indented) == R"({
  "FrontendVIPs": [
    "100.64.0.10"
  ],
  "PortMappings": [
    {
      "Protocol": 17,
      "InternalPort": 53,
      "ExternalPort": 53
    }
  ],
  "SchemaVersion": {
    "Major": 2,
    "Minor": 0
  }
})");
}

TEST_CASE("Strings are escaped as Go escapes them, HTML-safe", "[hns][lb][json]") {
    LoadBalancer lb;
    lb.id = "a<b>&\"\\\n\x01\xe2\x80\xa8";
    REQUIRE(
        lb.to_json() ==
        R"({"ID":"a\u003cb\u003e\u0026\"\\\n\u0001\u2028","SchemaVersion":{"Major":2,"Minor":0}})");
    REQUIRE(LoadBalancer::from_json(lb.to_json()).id == lb.id);
}

TEST_CASE("Flag sets print as their names", "[hns][lb]") {
    CHECK(winnet::hns::to_string(LoadBalancerFlags::None) == "None");
    CHECK(winnet::hns::to_string(LoadBalancerFlags::DSR | LoadBalancerFlags::IPv6) == "DSR|IPv6");
    CHECK(winnet::hns::to_string(PortMappingFlags::UseMux | PortMappingFlags::PreserveDIP |
                                 PortMappingFlags::VipExternalIP) ==
          "UseMux|PreserveDIP|VipExternalIP");
    CHECK(winnet::hns::to_string(static_cast<PortMappingFlags>(64 | 1)) == "ILB|64");
    CHECK(winnet::hns::to_string(Distribution::SourceIPProtocol) == "SourceIPProtocol");
    CHECK(winnet::hns::to_string(Protocol::SCTP) == "SCTP");
}
