// Malformed Services: each class of error names the JSON path and says what the API server says.
#include "catch.hpp"

#include <winnet/error.hpp>
#include <winnet/k8s/service.hpp>

#include <string>

using winnet::JsonError;
using winnet::k8s::Service;

namespace {

// Parses `doc`; requires a JsonError at `path` whose problem is exactly `problem`.
void require_problem(const std::string& doc, const std::string& path, const std::string& problem) {
    try {
        (void)Service::from_json(doc);
    } catch (const JsonError& e) {
        INFO("message: " << e.what());
        CHECK(e.path() == path);
        CHECK(e.problem() == problem);
        CHECK(std::string(e.what()) == path + ": " + problem);
        return;
    }
    FAIL("no JsonError for " << doc);
}

// A Service around `spec` (JSON object members, without braces).
std::string with_spec(const std::string& spec) {
    return R"({"metadata": {"name": "svc1", "namespace": "ns1"}, "spec": {)" + spec + "}}";
}

const std::string port80 = R"("ports": [{"port": 80}])";

} // namespace

TEST_CASE("Service text that is not a JSON object is rejected at $", "[k8s][service][errors]") {
    require_problem(R"({"metadata":)", "$", "not valid JSON: syntax error at byte 13");
    require_problem("[]", "$", "expected an object (Service), found an array");
}

TEST_CASE("A document of another kind or version is not read as a Service",
          "[k8s][service][errors]") {
    require_problem(R"({"kind": "Pod", "metadata": {"name": "p"}})", "$.kind",
                    R"(expected kind "Service", found "Pod")");
    require_problem(R"({"apiVersion": "serving.knative.dev/v1", "kind": "Service"})",
                    "$.apiVersion",
                    R"(expected apiVersion "v1" for a Service, found "serving.knative.dev/v1")");
}

TEST_CASE("Service values of the wrong JSON type name their path", "[k8s][service][errors]") {
    require_problem(with_spec(R"("ports": [{"port": "80"}])"), "$.spec.ports[0].port",
                    "expected an integer from -2147483648 to 2147483647 (int32), found the "
                    "string \"80\"");
    require_problem(with_spec(R"("ports": [{"port": 80, "targetPort": true}])"),
                    "$.spec.ports[0].targetPort",
                    "expected an integer or a string (IntOrString), found true");
    require_problem(with_spec(R"("ports": {"port": 80})"), "$.spec.ports",
                    "expected an array, found an object");
    require_problem(with_spec(R"("ports": [80])"), "$.spec.ports[0]",
                    "expected an object (ServicePort), found the number 80");
    require_problem(R"({"metadata": {"name": "s", "annotations": {"a": 1}}})",
                    "$.metadata.annotations.a", "expected a string, found the number 1");
    require_problem(R"({"metadata": "s"})", "$.metadata",
                    R"(expected an object (ObjectMeta), found the string "s")");
    require_problem(with_spec(R"("ports": [{"port": 80.5}])"), "$.spec.ports[0].port",
                    "expected an integer from -2147483648 to 2147483647 (int32), found the "
                    "number 80.5");
}

TEST_CASE("A Service needs a valid name and namespace", "[k8s][service][errors]") {
    require_problem(R"({"spec": {"ports": [{"port": 80}]}})", "$.metadata.name",
                    "Required value: name or generateName is required");
    require_problem(R"({"metadata": {"name": "Web_1"}, "spec": {"ports": [{"port": 80}]}})",
                    "$.metadata.name",
                    "Invalid value: \"Web_1\": a DNS-1035 label must consist of lower case "
                    "alphanumeric characters or '-', start with an alphabetic character, and "
                    "end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex "
                    "used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
    require_problem(R"({"metadata": {"name": "web", "namespace": "Kube.System"},
                        "spec": {"ports": [{"port": 80}]}})",
                    "$.metadata.namespace",
                    "Invalid value: \"Kube.System\": a lowercase RFC 1123 label must consist of "
                    "lower case alphanumeric characters or '-', and must start and end with an "
                    "alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
                    "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
}

TEST_CASE("A Service without ports is rejected unless headless or ExternalName",
          "[k8s][service][errors]") {
    require_problem(with_spec(R"("clusterIP": "10.0.0.1")"), "$.spec.ports", "Required value");
}

TEST_CASE("Service ports outside 1-65535 are rejected with the API server's message",
          "[k8s][service][errors]") {
    require_problem(with_spec(R"("ports": [{"name": "a", "port": 80}, {"name": "b", "port": 0}])"),
                    "$.spec.ports[1].port",
                    "Invalid value: 0: must be between 1 and 65535, inclusive");
    require_problem(with_spec(R"("ports": [{"port": 70000}])"), "$.spec.ports[0].port",
                    "Invalid value: 70000: must be between 1 and 65535, inclusive");
    require_problem(with_spec(R"("ports": [{"port": 80, "targetPort": 65536}])"),
                    "$.spec.ports[0].targetPort",
                    "Invalid value: 65536: must be between 1 and 65535, inclusive");
    require_problem(with_spec(R"("type": "NodePort", "ports": [{"port": 80, "nodePort": -1}])"),
                    "$.spec.ports[0].nodePort",
                    "Invalid value: -1: must be between 1 and 65535, inclusive");
}

TEST_CASE("Service ports of an unsupported protocol are rejected", "[k8s][service][errors]") {
    require_problem(with_spec(R"("ports": [{"port": 80, "protocol": "HTTP"}])"),
                    "$.spec.ports[0].protocol",
                    R"(Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP")");
}

TEST_CASE("Service port names are required when there are several, and unique",
          "[k8s][service][errors]") {
    require_problem(with_spec(R"("ports": [{"name": "a", "port": 80}, {"port": 81}])"),
                    "$.spec.ports[1].name", "Required value");
    require_problem(with_spec(R"("ports": [{"name": "a", "port": 80}, {"name": "a", "port": 81}])"),
                    "$.spec.ports[1].name", R"(Duplicate value: "a")");
    require_problem(with_spec(R"("ports": [{"name": "HTTP", "port": 80}])"), "$.spec.ports[0].name",
                    "Invalid value: \"HTTP\": a lowercase RFC 1123 label must consist of lower "
                    "case alphanumeric characters or '-', and must start and end with an "
                    "alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
                    "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
}

TEST_CASE("A named targetPort must be an IANA service name", "[k8s][service][errors]") {
    require_problem(with_spec(R"("ports": [{"port": 80, "targetPort": "8080"}])"),
                    "$.spec.ports[0].targetPort",
                    R"(Invalid value: "8080": must contain at least one letter (a-z))");
    require_problem(with_spec(R"("ports": [{"port": 80, "targetPort": "Http"}])"),
                    "$.spec.ports[0].targetPort",
                    "Invalid value: \"Http\": must contain only alpha-numeric characters (a-z, "
                    "0-9), and hyphens (-)");
    require_problem(with_spec(R"("ports": [{"port": 80, "targetPort": "a-very-long-name-x"}])"),
                    "$.spec.ports[0].targetPort",
                    R"(Invalid value: "a-very-long-name-x": must be no more than 15 characters)");
    require_problem(with_spec(R"("ports": [{"port": 80, "targetPort": "web--1"}])"),
                    "$.spec.ports[0].targetPort",
                    R"(Invalid value: "web--1": must not contain consecutive hyphens)");
}

TEST_CASE("Two Service ports with the same protocol and number are duplicates",
          "[k8s][service][errors]") {
    require_problem(
        with_spec(R"("ports": [{"name": "a", "port": 53, "protocol": "UDP"},
                               {"name": "b", "port": 53, "protocol": "TCP"},
                               {"name": "c", "port": 53, "protocol": "UDP"}])"),
        "$.spec.ports[2]",
        "Duplicate value: core.ServicePort{Name:\"\", Protocol:\"UDP\", "
        "AppProtocol:(*string)(nil), "
        "Port:53, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}");
    require_problem(with_spec(R"("type": "NodePort", "ports": [
                                   {"name": "a", "port": 80, "nodePort": 30080},
                                   {"name": "b", "port": 81, "nodePort": 30080}])"),
                    "$.spec.ports[1].nodePort", "Duplicate value: 30080");
}

TEST_CASE("A ClusterIP Service may not have node ports", "[k8s][service][errors]") {
    require_problem(with_spec(R"("ports": [{"port": 80, "nodePort": 30080}])"),
                    "$.spec.ports[0].nodePort",
                    "Forbidden: may not be used when `type` is 'ClusterIP'");
}

TEST_CASE("Unknown Service types and affinities are rejected", "[k8s][service][errors]") {
    require_problem(with_spec(R"("type": "Internal", )" + port80), "$.spec.type",
                    "Unsupported value: \"Internal\": supported values: \"ClusterIP\", "
                    "\"ExternalName\", \"LoadBalancer\", \"NodePort\"");
    require_problem(with_spec(R"("sessionAffinity": "Cookie", )" + port80),
                    "$.spec.sessionAffinity",
                    R"(Unsupported value: "Cookie": supported values: "ClientIP", "None")");
}

TEST_CASE("A ClientIP affinity timeout must be 1 to 86400 seconds", "[k8s][service][errors]") {
    require_problem(with_spec(R"("sessionAffinity": "ClientIP",
                                 "sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 0}}, )" +
                              port80),
                    "$.spec.sessionAffinityConfig.clientIP.timeoutSeconds",
                    "Invalid value: 0: must be greater than 0 and less than 86400");
    require_problem(with_spec(R"("sessionAffinity": "ClientIP",
                                 "sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 86401}}, )" +
                              port80),
                    "$.spec.sessionAffinityConfig.clientIP.timeoutSeconds",
                    "Invalid value: 86401: must be greater than 0 and less than 86400");
}

TEST_CASE("Cluster IPs that are not addresses are rejected where they were written",
          "[k8s][service][errors]") {
    require_problem(with_spec(R"("clusterIP": "10.0.0.256", )" + port80), "$.spec.clusterIP",
                    "Invalid value: \"10.0.0.256\": must be a valid IP address, (e.g. 10.9.8.7 or "
                    "2001:db8::ffff)");
    require_problem(with_spec(R"("clusterIP": "10.0.0.1", "clusterIPs": ["10.0.0.1", "fd00::x"], )"
                              R"("ipFamilyPolicy": "PreferDualStack", )" +
                              port80),
                    "$.spec.clusterIPs[1]",
                    "Invalid value: \"fd00::x\": must be a valid IP address, (e.g. 10.9.8.7 or "
                    "2001:db8::ffff)");
}

TEST_CASE("clusterIP and clusterIPs must agree", "[k8s][service][errors]") {
    require_problem(with_spec(R"("clusterIP": "10.0.0.1", "clusterIPs": ["10.0.0.2"], )" + port80),
                    "$.spec.clusterIPs",
                    "Invalid value: []string{\"10.0.0.2\"}: first value must match `clusterIP`");
    require_problem(with_spec(R"("clusterIPs": ["10.0.0.2"], )" + port80), "$.spec.clusterIPs",
                    "Invalid value: []string{\"10.0.0.2\"}: must be empty when `clusterIP` is not "
                    "specified");
}

TEST_CASE("Cluster IPs hold at most one address per family", "[k8s][service][errors]") {
    require_problem(
        with_spec(R"("clusterIP": "None", "clusterIPs": ["None", "10.0.0.1"], )" + port80),
        "$.spec.clusterIPs",
        "Invalid value: []string{\"None\", \"10.0.0.1\"}: 'None' must be the first "
        "and only value");
    require_problem(
        with_spec(R"("clusterIP": "10.0.0.1", "clusterIPs": ["10.0.0.1", "fd00::1", "10.0.0.2"], )"
                  R"("ipFamilyPolicy": "RequireDualStack", )" +
                  port80),
        "$.spec.clusterIPs",
        "Invalid value: []string{\"10.0.0.1\", \"fd00::1\", \"10.0.0.2\"}: may only hold up to 2 "
        "values");
    require_problem(with_spec(R"("clusterIP": "10.0.0.1", "clusterIPs": ["10.0.0.1", "10.0.0.2"], )"
                              R"("ipFamilyPolicy": "RequireDualStack", )" +
                              port80),
                    "$.spec.clusterIPs",
                    "Invalid value: []string{\"10.0.0.1\", \"10.0.0.2\"}: may specify no more "
                    "than one IP for each IP family");
}

TEST_CASE("Cluster IPs must match the families declared for them", "[k8s][service][errors]") {
    require_problem(with_spec(R"("clusterIP": "fd00::1", "ipFamilies": ["IPv4"], )" + port80),
                    "$.spec.clusterIP",
                    "Invalid value: \"fd00::1\": expected an IPv4 value as indicated by "
                    "`ipFamilies[0]`");
    require_problem(with_spec(R"("clusterIP": "10.0.0.1", "clusterIPs": ["10.0.0.1", "fd00::1"], )"
                              R"("ipFamilies": ["IPv4", "IPv4"], )"
                              R"("ipFamilyPolicy": "RequireDualStack", )" +
                              port80),
                    "$.spec.ipFamilies[1]", R"(Duplicate value: "IPv4")");
    require_problem(with_spec(R"("ipFamilies": ["IPv5"], )" + port80), "$.spec.ipFamilies[0]",
                    R"(Unsupported value: "IPv5": supported values: "IPv4", "IPv6")");
}

TEST_CASE("The IP family policy must be known and fit the cluster IPs", "[k8s][service][errors]") {
    require_problem(with_spec(R"("ipFamilyPolicy": "DualStack", )" + port80),
                    "$.spec.ipFamilyPolicy",
                    "Unsupported value: \"DualStack\": supported values: \"PreferDualStack\", "
                    "\"RequireDualStack\", \"SingleStack\"");
    require_problem(
        with_spec(R"("clusterIP": "10.0.0.1", "clusterIPs": ["10.0.0.1", "fd00::1"], )" + port80),
        "$.spec.ipFamilyPolicy",
        "Invalid value: \"SingleStack\": must be 'RequireDualStack' or "
        "'PreferDualStack' when multiple cluster IPs are specified");
}

TEST_CASE("NodePort and LoadBalancer Services cannot be headless", "[k8s][service][errors]") {
    require_problem(with_spec(R"("type": "LoadBalancer", "clusterIP": "None", )" + port80),
                    "$.spec.clusterIP",
                    "Invalid value: \"None\": may not be set to 'None' for LoadBalancer services");
    require_problem(
        with_spec(R"("type": "NodePort", "clusterIPs": ["None"], "clusterIP": "None", )" + port80),
        "$.spec.clusterIPs[0]",
        "Invalid value: \"None\": may not be set to 'None' for NodePort services");
}

TEST_CASE("An ExternalName Service has a valid name and no cluster IP", "[k8s][service][errors]") {
    require_problem(with_spec(R"("type": "ExternalName")"), "$.spec.externalName",
                    "Required value");
    require_problem(
        with_spec(R"("type": "ExternalName", "externalName": "db_1.example.com")"),
        "$.spec.externalName",
        "Invalid value: \"db_1.example.com\": a lowercase RFC 1123 subdomain must "
        "consist of lower case alphanumeric characters, '-' or '.', and must start and "
        "end with an alphanumeric character (e.g. 'example.com', regex used for "
        "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    require_problem(with_spec(R"("type": "ExternalName", "externalName": "db.example.com",
                                 "clusterIP": "10.0.0.1")"),
                    "$.spec.clusterIP", "Forbidden: may not be set for ExternalName services");
    require_problem(with_spec(R"("type": "ExternalName", "externalName": "db.example.com",
                                 "ipFamilyPolicy": "SingleStack")"),
                    "$.spec.ipFamilyPolicy", "Forbidden: may not be set for ExternalName services");
}

TEST_CASE("External IPs must be usable destination addresses", "[k8s][service][errors]") {
    require_problem(with_spec(R"("externalIPs": ["50.60.70"], )" + port80), "$.spec.externalIPs[0]",
                    "Invalid value: \"50.60.70\": must be a valid IP address, (e.g. 10.9.8.7 or "
                    "2001:db8::ffff)");
    require_problem(with_spec(R"("externalIPs": ["1.2.3.4", "127.0.0.1"], )" + port80),
                    "$.spec.externalIPs[1]",
                    "Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, "
                    "::1/128)");
    require_problem(with_spec(R"("externalIPs": ["0.0.0.0"], )" + port80), "$.spec.externalIPs[0]",
                    "Invalid value: \"0.0.0.0\": may not be unspecified (0.0.0.0)");
    require_problem(with_spec(R"("externalIPs": ["fe80::1"], )" + port80), "$.spec.externalIPs[0]",
                    "Invalid value: \"fe80::1\": may not be in the link-local range "
                    "(169.254.0.0/16, fe80::/10)");
    require_problem(with_spec(R"("externalIPs": ["224.0.0.251"], )" + port80),
                    "$.spec.externalIPs[0]",
                    "Invalid value: \"224.0.0.251\": may not be in the link-local multicast "
                    "range (224.0.0.0/24, ff02::/10)");
}

TEST_CASE("Traffic policies must be known and fit the Service type", "[k8s][service][errors]") {
    require_problem(with_spec(R"("externalTrafficPolicy": "Local", )" + port80),
                    "$.spec.externalTrafficPolicy",
                    "Invalid value: \"Local\": may only be set for externally-accessible services");
    require_problem(with_spec(R"("type": "NodePort", "externalTrafficPolicy": "Node", )" + port80),
                    "$.spec.externalTrafficPolicy",
                    R"(Unsupported value: "Node": supported values: "Cluster", "Local")");
    require_problem(with_spec(R"("internalTrafficPolicy": "Node", )" + port80),
                    "$.spec.internalTrafficPolicy",
                    R"(Unsupported value: "Node": supported values: "Cluster", "Local")");
}

TEST_CASE("A health-check node port needs a LoadBalancer with externalTrafficPolicy Local",
          "[k8s][service][errors]") {
    require_problem(with_spec(R"("type": "NodePort", "externalTrafficPolicy": "Local",
                                 "healthCheckNodePort": 32000, )" +
                              port80),
                    "$.spec.healthCheckNodePort",
                    "Invalid value: 32000: may only be set when `type` is 'LoadBalancer' and "
                    "`externalTrafficPolicy` is 'Local'");
    require_problem(with_spec(R"("type": "LoadBalancer", "externalTrafficPolicy": "Local",
                                 "healthCheckNodePort": 70000, )" +
                              port80),
                    "$.spec.healthCheckNodePort",
                    "Invalid value: 70000: must be between 1 and 65535, inclusive");
}

TEST_CASE("Load-balancer ingress is checked as the API server checks a status",
          "[k8s][service][errors]") {
    const std::string lb = R"({"metadata": {"name": "s"}, "spec": {"type": "LoadBalancer",
        "ports": [{"port": 80}]}, "status": {"loadBalancer": {"ingress": )";
    require_problem(lb + R"([{"ip": "11.21.31"}]}}})", "$.status.loadBalancer.ingress[0].ip",
                    "Invalid value: \"11.21.31\": must be a valid IP address, (e.g. 10.9.8.7 or "
                    "2001:db8::ffff)");
    require_problem(lb + R"([{"hostname": "1.2.3.4"}]}}})",
                    "$.status.loadBalancer.ingress[0].hostname",
                    "Invalid value: \"1.2.3.4\": must be a DNS name, not an IP address");
    require_problem(lb + R"([{"hostname": "lb.example.com", "ipMode": "VIP"}]}}})",
                    "$.status.loadBalancer.ingress[0].ipMode",
                    "Forbidden: may not be specified when `ip` is not set");
    require_problem(lb + R"([{"ip": "11.21.31.41", "ipMode": "Direct"}]}}})",
                    "$.status.loadBalancer.ingress[0].ipMode",
                    R"(Unsupported value: "Direct": supported values: "Proxy", "VIP")");
    require_problem(with_spec(port80).substr(0, with_spec(port80).size() - 1) +
                        R"(, "status": {"loadBalancer": {"ingress": [{"ip": "1.2.3.4"}]}}})",
                    "$.status.loadBalancer.ingress",
                    "Forbidden: may only be used when `spec.type` is 'LoadBalancer'");
}
