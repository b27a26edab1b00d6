// ClusterState: kubectl dumps, typed lists and watch events into the objects kube-proxy watches.
#include "catch.hpp"

#include <winnet/error.hpp>
#include <winnet/k8s/cluster_state.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using winnet::JsonError;
using winnet::k8s::ClusterState;
using winnet::k8s::NamespacedName;
using winnet::net::IpAddress;

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The real dump the examples and the article use.
std::string kube_dns_dump() {
    return read_file(std::filesystem::path(__FILE__).parent_path() / ".." / ".." / ".." /
                     "examples" / "k8s" / "data" / "kube-dns-cluster.json");
}

std::string service(const std::string& ns, const std::string& name, const std::string& ip) {
    return R"({"apiVersion": "v1", "kind": "Service", "metadata": {"name": ")" + name +
           R"(", "namespace": ")" + ns + R"("}, "spec": {"clusterIP": ")" + ip +
           R"(", "ports": [{"port": 80}]}})";
}

std::string slice(const std::string& name, const std::string& svc, const std::string& ip) {
    return R"({"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "metadata": {"name": ")" +
           name + R"(", "namespace": "ns1", "labels": {"kubernetes.io/service-name": ")" + svc +
           R"("}}, "addressType": "IPv4", "endpoints": [{"addresses": [")" + ip +
           R"("]}], "ports": [{"port": 8080}]})";
}

std::string event(const std::string& type, const std::string& object) {
    return R"({"type": ")" + type + R"(", "object": )" + object + "}";
}

void require_problem(const std::string& text, const std::string& path, const std::string& problem) {
    try {
        (void)ClusterState::from_json(text);
    } catch (const JsonError& e) {
        INFO("message: " << e.what());
        CHECK(e.path() == path);
        CHECK(e.problem() == problem);
        return;
    }
    FAIL("no JsonError for " << text);
}

} // namespace

TEST_CASE("The kube-dns dump holds one Service and its EndpointSlice", "[k8s][cluster]") {
    const auto state = ClusterState::from_json(kube_dns_dump());
    REQUIRE(state.services().size() == 1);
    REQUIRE(state.endpoint_slices().size() == 1);
    const NamespacedName kube_dns{"kube-system", "kube-dns"};
    const auto* svc = state.find_service(kube_dns);
    REQUIRE(svc != nullptr);
    CHECK(svc->spec.cluster_ips[0] == IpAddress::parse("100.64.0.10"));
    CHECK(svc->spec.ports.size() == 3);
    const auto slices = state.endpoint_slices_of(kube_dns);
    REQUIRE(slices.size() == 1);
    CHECK(slices[0]->metadata.name == "kube-dns-x7k2p");
    CHECK(slices[0]->endpoints.size() == 2);
    CHECK(state.find_endpoint_slice({"kube-system", "kube-dns-x7k2p"}) == slices[0]);
    CHECK(state.find_service({"kube-system", "coredns"}) == nullptr);
    CHECK(state.endpoint_slices_of({"kube-system", "coredns"}).empty());
}

TEST_CASE("Objects are listed in namespace and name order whatever the input order",
          "[k8s][cluster]") {
    const auto a = service("ns1", "b", "10.0.0.2");
    const auto b = service("default", "z", "10.0.0.3");
    const auto c = service("ns1", "a", "10.0.0.1");
    const auto forward = ClusterState::from_json(R"({"kind": "List", "apiVersion": "v1",
        "items": [)" + a + "," + b + "," + c + "]}");
    const auto backward = ClusterState::from_json(R"({"kind": "List", "apiVersion": "v1",
        "items": [)" + c + "," + b + "," + a + "]}");
    CHECK(forward == backward);
    std::vector<std::string> names;
    for (const auto& [key, svc] : forward.services()) {
        names.push_back(key.to_string());
    }
    CHECK(names == std::vector<std::string>{"default/z", "ns1/a", "ns1/b"});
}

TEST_CASE("A single object and a typed list without item kinds are read", "[k8s][cluster]") {
    const auto single = ClusterState::from_json(service("ns1", "svc1", "10.0.0.1"));
    CHECK(single.services().size() == 1);
    // The API's own ServiceList leaves kind and apiVersion out of its items.
    const auto typed = ClusterState::from_json(R"({"kind": "ServiceList", "apiVersion": "v1",
        "metadata": {"resourceVersion": "7"}, "items": [{"metadata": {"name": "svc1",
        "namespace": "ns1"}, "spec": {"clusterIP": "10.0.0.1", "ports": [{"port": 80}]}}]})");
    CHECK(typed == single);
    const auto slices = ClusterState::from_json(R"({"kind": "EndpointSliceList",
        "apiVersion": "discovery.k8s.io/v1", "items": [{"metadata": {"name": "s1",
        "namespace": "ns1"}, "addressType": "IPv4", "endpoints": []}]})");
    CHECK(slices.endpoint_slices().size() == 1);
}

TEST_CASE("Other kinds, and Services of other API groups, are ignored", "[k8s][cluster]") {
    const auto state = ClusterState::from_json(R"({"kind": "List", "apiVersion": "v1", "items": [
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": 7}},
        {"apiVersion": "v1", "kind": "Endpoints", "metadata": {"name": "kube-dns"}},
        {"apiVersion": "serving.knative.dev/v1", "kind": "Service", "metadata": {"name": "k"}},
        {"apiVersion": "v1", "kind": "PodList", "items": [{"kind": "Pod"}]},
        )" + service("ns1", "svc1", "10.0.0.1") +
                                               "]}");
    CHECK(state.services().size() == 1);
    CHECK(state.endpoint_slices().empty());
}

TEST_CASE("Watch events add, change and delete objects in order", "[k8s][cluster]") {
    ClusterState state;
    state.apply_json(event("ADDED", service("ns1", "svc1", "10.0.0.1")) + "\n" +
                     event("ADDED", slice("svc1-abc", "svc1", "10.1.0.5")) + "\n" +
                     event("MODIFIED", slice("svc1-abc", "svc1", "10.1.0.6")) + "\n" +
                     event("ADDED", service("ns1", "svc2", "10.0.0.2")) + "\n" +
                     R"({"type": "BOOKMARK", "object": {"kind": "Service", "apiVersion": "v1",
                         "metadata": {"resourceVersion": "12"}}})" +
                     "\n" + event("DELETED", service("ns1", "svc2", "10.0.0.2")) + "\n");
    CHECK(state.services().size() == 1);
    REQUIRE(state.endpoint_slices().size() == 1);
    const auto slices = state.endpoint_slices_of({"ns1", "svc1"});
    REQUIRE(slices.size() == 1);
    CHECK(slices[0]->endpoints[0].addresses[0] == IpAddress::parse("10.1.0.6"));
    // Deleting what is not there changes nothing.
    const auto before = state;
    state.apply_json(event("DELETED", service("ns1", "gone", "10.0.0.9")));
    CHECK(state == before);
    state.apply_json(event("DELETED", slice("svc1-abc", "svc1", "10.1.0.6")));
    CHECK(state.endpoint_slices_of({"ns1", "svc1"}).empty());
}

TEST_CASE("Indented watch events, as kubectl prints them, are read one after another",
          "[k8s][cluster]") {
    const auto text =
        "{\n  \"type\": \"ADDED\",\n  \"object\": " + service("ns1", "svc1", "10.0.0.1") +
        "\n}\n{\n  \"type\": \"ADDED\",\n" + "  \"object\": " + service("ns1", "svc2", "10.0.0.2") +
        "\n}\n";
    CHECK(ClusterState::from_json(text).services().size() == 2);
}

TEST_CASE("A slice that moves to another Service is listed under the new one", "[k8s][cluster]") {
    ClusterState state;
    state.apply_json(slice("s", "svc1", "10.1.0.5"));
    state.apply_json(slice("s", "svc2", "10.1.0.5"));
    CHECK(state.endpoint_slices_of({"ns1", "svc1"}).empty());
    CHECK(state.endpoint_slices_of({"ns1", "svc2"}).size() == 1);
    CHECK(state.remove_endpoint_slice({"ns1", "s"}));
    CHECK_FALSE(state.remove_endpoint_slice({"ns1", "s"}));
    CHECK(state.endpoint_slices_of({"ns1", "svc2"}).empty());
}

TEST_CASE("Problems in a stream of documents are located by document index", "[k8s][cluster]") {
    require_problem(service("ns1", "svc1", "10.0.0.1") + "\n" +
                        event("ADDED", service("ns1", "svc2", "10.0.0.256")),
                    "$[1].object.spec.clusterIP",
                    "Invalid value: \"10.0.0.256\": must be a valid IP address, (e.g. 10.9.8.7 "
                    "or 2001:db8::ffff)");
    require_problem(R"({"kind": "List", "apiVersion": "v1", "items": [{"kind": "Service",
        "apiVersion": "v1", "metadata": {"name": "s"}, "spec": {"ports": [{"port": 0}]}}]})",
                    "$.items[0].spec.ports[0].port",
                    "Invalid value: 0: must be between 1 and 65535, inclusive");
}

TEST_CASE("A syntax error in one document of a stream gives its byte and line", "[k8s][cluster]") {
    const auto first = event("ADDED", service("ns1", "svc1", "10.0.0.1"));
    const auto text = first + "\n{\"type\": \"ADDED\", \"object\": {]}\n";
    try {
        (void)ClusterState::from_json(text);
        FAIL("no error");
    } catch (const JsonError& e) {
        CHECK(e.path() == "$[1]");
        CHECK(e.problem().rfind("not valid JSON: syntax error at byte ", 0) == 0);
        CHECK(e.problem().find("(line 2)") != std::string::npos);
    }
    require_problem("  \n ", "$", "not valid JSON: the input is empty");
}

TEST_CASE("Documents kube-proxy could not interpret are rejected", "[k8s][cluster]") {
    require_problem(R"({"metadata": {"name": "svc1"}, "spec": {}})", "$.kind",
                    "Required value: Object 'Kind' is missing: expected a Service, an "
                    "EndpointSlice, a List of them or a watch event");
    require_problem(R"({"kind": "Service", "metadata": {"name": "svc1"}})", "$.apiVersion",
                    "Required value: Object 'apiVersion' is missing");
    require_problem(R"({"kind": "EndpointSlice", "apiVersion": "discovery.k8s.io/v1beta1",
                        "metadata": {"name": "s"}})",
                    "$.apiVersion",
                    "expected apiVersion \"discovery.k8s.io/v1\" for an EndpointSlice, found "
                    "\"discovery.k8s.io/v1beta1\"");
    require_problem(event("CHANGED", service("ns1", "svc1", "10.0.0.1")), "$.type",
                    "Unsupported value: \"CHANGED\": supported values: \"ADDED\", \"BOOKMARK\", "
                    "\"DELETED\", \"ERROR\", \"MODIFIED\"");
    require_problem(R"({"type": "ADDED", "object": null})", "$.object",
                    "Required value: a watch event has an object");
    require_problem("[1, 2]", "$",
                    "expected an object (Kubernetes object or watch event), found an array");
}

TEST_CASE("A failed apply leaves the state as it was", "[k8s][cluster]") {
    auto state = ClusterState::from_json(service("ns1", "svc1", "10.0.0.1"));
    const auto before = state;
    CHECK_THROWS_AS(state.apply_json(event("DELETED", service("ns1", "svc1", "10.0.0.1")) + "\n" +
                                     event("ADDED", service("ns1", "svc2", "bad"))),
                    JsonError);
    CHECK(state == before);
}

TEST_CASE("check_json reports every bad object, not just the first", "[k8s][cluster]") {
    const auto problems = ClusterState::check_json(
        R"({"kind": "List", "apiVersion": "v1", "items": [
            {"kind": "Service", "apiVersion": "v1", "metadata": {"name": "a"},
             "spec": {"ports": [{"port": 0, "protocol": "HTTP"}]}},
            {"kind": "Service", "apiVersion": "v1", "metadata": {"name": "b"},
             "spec": {"ports": "80"}},
            {"kind": "Service", "apiVersion": "v1", "metadata": {"name": "c"},
             "spec": {"ports": [{"port": 80}]}}]})");
    // Port 0 is also the defaulted targetPort, so the API server reports it twice.
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].path() == "$.items[0].spec.ports[0].port");
    CHECK(problems[1].path() == "$.items[0].spec.ports[0].protocol");
    CHECK(problems[2].path() == "$.items[0].spec.ports[0].targetPort");
    CHECK(problems[3].path() == "$.items[1].spec.ports");
    CHECK(ClusterState::check_json(kube_dns_dump()).empty());
}
