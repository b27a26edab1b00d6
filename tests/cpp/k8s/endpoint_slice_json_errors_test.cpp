// Malformed EndpointSlices: each class of error names the JSON path and the API server's message.
#include "catch.hpp"

#include <winnet/error.hpp>
#include <winnet/k8s/endpoint_slice.hpp>

#include <string>

using winnet::JsonError;
using winnet::k8s::EndpointSlice;

namespace {

void require_problem(const std::string& doc, const std::string& path, const std::string& problem) {
    try {
        (void)EndpointSlice::from_json(doc);
    } catch (const JsonError& e) {
        INFO("message: " << e.what());
        CHECK(e.path() == path);
        CHECK(e.problem() == problem);
        return;
    }
    FAIL("no JsonError for " << doc);
}

// An IPv4 slice with `rest` (JSON object members) after its metadata.
std::string slice(const std::string& rest) {
    return R"({"metadata": {"name": "s1", "namespace": "ns1",
               "labels": {"kubernetes.io/service-name": "svc1"}}, )" +
           rest + "}";
}

} // namespace

TEST_CASE("A slice of another kind or version is not read", "[k8s][endpointslice][errors]") {
    require_problem(R"({"kind": "Endpoints"})", "$.kind",
                    R"(expected kind "EndpointSlice", found "Endpoints")");
    require_problem(R"({"kind": "EndpointSlice", "apiVersion": "discovery.k8s.io/v1beta1"})",
                    "$.apiVersion",
                    "expected apiVersion \"discovery.k8s.io/v1\" for an EndpointSlice, found "
                    "\"discovery.k8s.io/v1beta1\"");
}

TEST_CASE("Slice values of the wrong JSON type name their path", "[k8s][endpointslice][errors]") {
    require_problem(slice(R"("addressType": "IPv4", "endpoints": [{"addresses": "10.0.0.1"}])"),
                    "$.endpoints[0].addresses", "expected an array, found the string \"10.0.0.1\"");
    require_problem(slice(R"("addressType": "IPv4",
                             "endpoints": [{"addresses": ["10.0.0.1"], "conditions": {"ready": "yes"}}])"),
                    "$.endpoints[0].conditions.ready",
                    "expected true or false, found the string \"yes\"");
    require_problem(slice(R"("addressType": "IPv4", "ports": [{"port": "53"}])"), "$.ports[0].port",
                    "expected an integer from -2147483648 to 2147483647 (int32), found the "
                    "string \"53\"");
}

TEST_CASE("A slice needs a known address type", "[k8s][endpointslice][errors]") {
    require_problem(slice(R"("endpoints": [])"), "$.addressType", "Required value");
    require_problem(slice(R"("addressType": "IP")"), "$.addressType",
                    R"(Unsupported value: "IP": supported values: "FQDN", "IPv4", "IPv6")");
}

TEST_CASE("Every endpoint has at least one address", "[k8s][endpointslice][errors]") {
    require_problem(slice(R"("addressType": "IPv4", "endpoints": [{"addresses": []}])"),
                    "$.endpoints[0].addresses", "Required value: must contain at least 1 address");
}

TEST_CASE("Endpoint addresses must be of the slice's family", "[k8s][endpointslice][errors]") {
    require_problem(slice(R"("addressType": "IPv4",
                             "endpoints": [{"addresses": ["10.0.0.1"]}, {"addresses": ["fd00::1"]}])"),
                    "$.endpoints[1].addresses[0]",
                    R"(Invalid value: "fd00::1": must be a valid IPv4 address)");
    require_problem(slice(R"("addressType": "IPv6", "endpoints": [{"addresses": ["10.0.0.1"]}])"),
                    "$.endpoints[0].addresses[0]",
                    R"(Invalid value: "10.0.0.1": must be a valid IPv6 address)");
    require_problem(slice(R"("addressType": "IPv4", "endpoints": [{"addresses": ["pod-1"]}])"),
                    "$.endpoints[0].addresses[0]",
                    R"(Invalid value: "pod-1": must be a valid IPv4 address)");
}

TEST_CASE("Endpoint addresses may not be loopback, unspecified or link-local",
          "[k8s][endpointslice][errors]") {
    require_problem(slice(R"("addressType": "IPv4", "endpoints": [{"addresses": ["127.0.0.2"]}])"),
                    "$.endpoints[0].addresses[0]",
                    "Invalid value: \"127.0.0.2\": may not be in the loopback range "
                    "(127.0.0.0/8, ::1/128)");
    require_problem(slice(R"("addressType": "IPv6", "endpoints": [{"addresses": ["::"]}])"),
                    "$.endpoints[0].addresses[0]",
                    R"(Invalid value: "::": may not be unspecified (::))");
    require_problem(slice(R"("addressType": "IPv4",
                             "endpoints": [{"addresses": ["169.254.169.254"]}])"),
                    "$.endpoints[0].addresses[0]",
                    "Invalid value: \"169.254.169.254\": may not be in the link-local range "
                    "(169.254.0.0/16, fe80::/10)");
}

TEST_CASE("FQDN endpoint addresses must be domain names", "[k8s][endpointslice][errors]") {
    require_problem(slice(R"("addressType": "FQDN", "endpoints": [{"addresses": ["localhost"]}])"),
                    "$.endpoints[0].addresses[0]",
                    "Invalid value: \"localhost\": should be a domain with at least two segments "
                    "separated by dots");
}

TEST_CASE("Endpoint node names and hostnames follow the DNS rules",
          "[k8s][endpointslice][errors]") {
    require_problem(slice(R"("addressType": "IPv4",
                             "endpoints": [{"addresses": ["10.0.0.1"], "nodeName": "Win_Node"}])"),
                    "$.endpoints[0].nodeName",
                    "Invalid value: \"Win_Node\": a lowercase RFC 1123 subdomain must consist of "
                    "lower case alphanumeric characters, '-' or '.', and must start and end with "
                    "an alphanumeric character (e.g. 'example.com', regex used for validation is "
                    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    require_problem(slice(R"("addressType": "IPv4",
                             "endpoints": [{"addresses": ["10.0.0.1"], "hostname": "web.0"}])"),
                    "$.endpoints[0].hostname", R"(Invalid value: "web.0": must not contain dots)");
}

TEST_CASE("Zone hints are unique label values", "[k8s][endpointslice][errors]") {
    require_problem(slice(R"("addressType": "IPv4", "endpoints": [{"addresses": ["10.0.0.1"],
                             "hints": {"forZones": [{"name": "a"}, {"name": "a"}]}}])"),
                    "$.endpoints[0].hints.forZones[1].name", R"(Duplicate value: "a")");
}

TEST_CASE("Slice ports have unique valid names, a known protocol and a port number",
          "[k8s][endpointslice][errors]") {
    require_problem(slice(R"("addressType": "IPv4",
                             "ports": [{"name": "dns", "port": 53}, {"name": "dns", "port": 54}])"),
                    "$.ports[1].name", R"(Duplicate value: "dns")");
    require_problem(slice(R"("addressType": "IPv4", "ports": [{"name": "DNS", "port": 53}])"),
                    "$.ports[0].name",
                    "Invalid value: \"DNS\": a lowercase RFC 1123 label must consist of lower "
                    "case alphanumeric characters or '-', and must start and end with an "
                    "alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
                    "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
    require_problem(slice(R"("addressType": "IPv4", "ports": [{"port": 53, "protocol": "ICMP"}])"),
                    "$.ports[0].protocol",
                    R"(Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP")");
    require_problem(slice(R"("addressType": "IPv4", "ports": [{"port": 65536}])"),
                    "$.ports[0].port",
                    "Invalid value: 65536: must be between 1 and 65535, inclusive");
}

TEST_CASE("A slice holds at most 1000 endpoints", "[k8s][endpointslice][errors]") {
    std::string endpoints;
    for (int i = 0; i < 1001; ++i) {
        endpoints += std::string(i == 0 ? "" : ",") + R"({"addresses": ["10.0.0.1"]})";
    }
    require_problem(slice(R"("addressType": "IPv4", "endpoints": [)" + endpoints + "]"),
                    "$.endpoints", "Too many: 1001: must have at most 1000 items");
}

TEST_CASE("An EndpointSlice needs a name", "[k8s][endpointslice][errors]") {
    require_problem(R"({"metadata": {"generateName": "web-"}, "addressType": "IPv4"})",
                    "$.metadata.name", "Required value: name or generateName is required");
}
