// Malformed load-balancer documents: every error names the JSON path and what was expected.
#include "catch.hpp"

#include <winnet/error.hpp>
#include <winnet/hns/load_balancer.hpp>

#include <string>

using winnet::JsonError;
using winnet::hns::LoadBalancer;

namespace {
// Parses `doc`, requires a JsonError at `path` whose message contains `fragment`.
void require_error(const std::string& doc, const std::string& path, const std::string& fragment) {
    try {
        (void)LoadBalancer::from_json(doc);
    } catch (const JsonError& e) {
        INFO("message: " << e.what());
        CHECK(e.path() == path);
        CHECK(std::string(e.what()).find(fragment) != std::string::npos);
        CHECK(std::string(e.what()).rfind(path + ": ", 0) == 0);
        return;
    }
    FAIL("no JsonError for " << doc);
}
} // namespace

TEST_CASE("Text that is not JSON is rejected at $ with the byte offset", "[hns][lb][errors]") {
    require_error(R"({"ID":)", "$", "not valid JSON: syntax error at byte");
    require_error("", "$", "not valid JSON");
}

TEST_CASE("A document that is not an object is rejected", "[hns][lb][errors]") {
    require_error("[]", "$", "expected an object (HostComputeLoadBalancer), found an array");
}

TEST_CASE("Wrong value types name the field", "[hns][lb][errors]") {
    require_error(R"({"ID":7})", "$.ID", "expected a string, found the number 7");
    require_error(R"({"FrontendVIPs":"10.0.0.1"})", "$.FrontendVIPs",
                  "expected an array, found the string \"10.0.0.1\"");
    require_error(R"({"HostComputeEndpoints":[1]})", "$.HostComputeEndpoints[0]",
                  "expected a string");
    require_error(R"({"PortMappings":[{"InternalPort":"80"}]})", "$.PortMappings[0].InternalPort",
                  "expected an integer from 0 to 65535 (uint16), found the string \"80\"");
    require_error(R"({"PortMappings":[5]})", "$.PortMappings[0]",
                  "expected an object (LoadBalancerPortMapping), found the number 5");
    require_error(R"({"SchemaVersion":{"Major":"2"}})", "$.SchemaVersion.Major",
                  "expected an integer");
    require_error(R"({"Flags":true})", "$.Flags", "found true");
}

TEST_CASE("Ports outside 0-65535 are rejected", "[hns][lb][errors]") {
    require_error(R"({"PortMappings":[{"Protocol":6,"ExternalPort":65536}]})",
                  "$.PortMappings[0].ExternalPort",
                  "expected an integer from 0 to 65535 (uint16), found the number 65536");
    require_error(R"({"PortMappings":[{},{"InternalPort":-1}]})", "$.PortMappings[1].InternalPort",
                  "found the number -1");
    require_error(R"({"PortMappings":[{"InternalPort":80.5}]})", "$.PortMappings[0].InternalPort",
                  "found the number 80.5");
}

TEST_CASE("Flag bits HNS does not define are rejected", "[hns][lb][errors]") {
    require_error(R"({"Flags":4})", "$.Flags",
                  "flag bits 4 of 4 are not defined for LoadBalancerFlags");
    require_error(R"({"PortMappings":[{"Flags":50}]})", "$.PortMappings[0].Flags",
                  "flag bits 32 of 50 are not defined for LoadBalancerPortMappingFlags");
    require_error(R"({"Flags":4294967296})", "$.Flags", "expected an integer from 0 to 4294967295");
}

TEST_CASE("Unknown protocols and distributions are rejected", "[hns][lb][errors]") {
    require_error(R"({"PortMappings":[{"Protocol":1}]})", "$.PortMappings[0].Protocol",
                  "unsupported protocol 1: load balancers balance TCP (6), UDP (17) or SCTP (132)");
    require_error(R"({"PortMappings":[{"DistributionType":3}]})",
                  "$.PortMappings[0].DistributionType", "unknown DistributionType 3");
}

TEST_CASE("Addresses that do not parse are rejected with the parser's reason",
          "[hns][lb][errors]") {
    require_error(R"({"FrontendVIPs":["10.0.0.1","10.0.0.256"]})", "$.FrontendVIPs[1]",
                  "\"10.0.0.256\"");
    require_error(R"({"SourceVIP":"not-an-ip"})", "$.SourceVIP",
                  "invalid IP address \"not-an-ip\"");
}

TEST_CASE("Unknown fields are rejected instead of silently dropped", "[hns][lb][errors]") {
    require_error(R"({"FrontendVip":["10.0.0.1"]})", "$.FrontendVip",
                  "unknown field \"FrontendVip\"");
    require_error(R"({"frontendvips":[]})", "$.frontendvips",
                  "did you mean \"FrontendVIPs\"? field names are case-sensitive");
    require_error(R"({"PortMappings":[{"VIP":"1.2.3.4"}]})", "$.PortMappings[0].VIP",
                  "unknown field \"VIP\" of LoadBalancerPortMapping");
    require_error(R"({"odd key":1})", R"($["odd key"])", "unknown field");
}
