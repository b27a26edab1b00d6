// Supported features computed from the HNS version, as hcsshim's hcnsupport.go does.
#include "catch.hpp"

#include <winnet/hns/version.hpp>

using winnet::hns::HnsVersion;
using winnet::hns::supported_features;

TEST_CASE("DSR is supported from 9.3 within 9.x and from 10.2, not on 10.0 and 10.1",
          "[hns][version]") {
    CHECK_FALSE(supported_features({9, 2}).dsr);
    CHECK(supported_features({9, 3}).dsr);
    CHECK(supported_features({9, 99}).dsr);
    CHECK_FALSE(supported_features({10, 0}).dsr);
    CHECK_FALSE(supported_features({10, 1}).dsr);
    CHECK(supported_features({10, 2}).dsr);
    CHECK(supported_features({15, 5}).dsr);
}

TEST_CASE("ModifyLoadbalancer follows hnslib: 15.5 and later, not 15.4", "[hns][version]") {
    CHECK_FALSE(supported_features({15, 3}).modify_loadbalancer);
    CHECK_FALSE(supported_features({15, 4}).modify_loadbalancer); // k/k #131466
    CHECK(supported_features({15, 5}).modify_loadbalancer);
    CHECK(supported_features({15, 12}).modify_loadbalancer);
    CHECK(supported_features({16, 0}).modify_loadbalancer);
    CHECK(supported_features({15, 4}).accelnet);
}

TEST_CASE("L4Proxy is supported in its per-major windows only", "[hns][version]") {
    CHECK(supported_features({9, 5}).l4_proxy);
    CHECK_FALSE(supported_features({10, 4}).l4_proxy);
    CHECK(supported_features({10, 5}).l4_proxy);
    CHECK_FALSE(supported_features({11, 10}).l4_proxy);
    CHECK(supported_features({11, 11}).l4_proxy);
    CHECK_FALSE(supported_features({12, 0}).l4_proxy);
    CHECK(supported_features({12, 1}).l4_proxy);
    CHECK_FALSE(supported_features({13, 0}).l4_proxy);
    CHECK(supported_features({13, 1}).l4_proxy);
}

TEST_CASE("Features kube-proxy checks switch on at their first version", "[hns][version]") {
    CHECK_FALSE(supported_features({9, 1}).api_v2);
    CHECK(supported_features({9, 2}).api_v2);
    CHECK(supported_features({9, 2}).remote_subnet);
    CHECK_FALSE(supported_features({11, 9}).ipv6_dual_stack);
    CHECK(supported_features({11, 10}).ipv6_dual_stack);
    CHECK_FALSE(supported_features({11, 99}).session_affinity);
    CHECK(supported_features({12, 0}).session_affinity);
    CHECK(supported_features({0, 0}).api_v1); // HNSCall is always there
    CHECK_FALSE(supported_features({7, 1}).acl_port_ranges);
    CHECK(supported_features({7, 2}).acl_port_ranges);
}

TEST_CASE("Supported features marshal as hcsshim's SupportedFeatures struct", "[hns][version]") {
    REQUIRE(
        supported_features({10, 2}).to_json() ==
        R"({"ACL":{"AclAddressLists":true,"AclHostRulePriority":true,"AclPortRanges":true,"AclRuleId":true},)"
        R"("API":{"V1":true,"V2":true},"RemoteSubnet":true,"HostRoute":true,"DSR":true,)"
        R"("Slash32EndpointPrefixes":false,"AclSupportForProtocol252":false,"SessionAffinity":false,)"
        R"("IPv6DualStack":false,"SetPolicy":false,"VxlanPort":false,"L4Proxy":false,"L4WfpProxy":false,)"
        R"("TierAcl":false,"NetworkACL":false,"NestedIpSet":false,"DisableHostPort":false,)"
        R"("ModifyLoadbalancer":false,"Accelnet":false})");
}

TEST_CASE("Version ranges describe themselves for the feature table", "[hns][version]") {
    const auto& table = winnet::hns::feature_table();
    REQUIRE(table.size() == 22);
    for (const auto& f : table) {
        if (f.name == "DSR") {
            REQUIRE(f.ranges.size() == 2);
            CHECK(f.ranges[0].to_string() == "9.3 to 9.x");
            CHECK(f.ranges[1].to_string() == "10.2 and later");
        }
    }
    CHECK(HnsVersion{15, 5}.to_string() == "15.5");
    CHECK(HnsVersion{9, 5} < HnsVersion{10, 0});
}
