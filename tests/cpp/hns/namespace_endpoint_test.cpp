// SimulatedHns: attaching endpoints to namespaces (hcsshim AddNamespaceEndpoint,
// RemoveNamespaceEndpoint).
#include "catch.hpp"

#include <winnet/hns/simulated_hns.hpp>

using namespace winnet::hns;

TEST_CASE("Attaching an endpoint to a namespace records it on the endpoint and in the call log",
          "[hns][sim][namespace]") {
    SimulatedHns hns;
    Network n;
    n.name = "cbr0";
    n.type = NetworkType::L2Bridge;
    const auto net = hns.create_network(n);
    Endpoint e;
    e.name = "pod_cbr0";
    const auto ep = hns.create_endpoint(net, e);
    hns.add_namespace_endpoint("9A5C1E2B-7D3F-4B8A-9C6E-1F2A3B4C5D6E", ep.id);
    CHECK(hns.get_endpoint_by_id(ep.id).host_compute_namespace ==
          "9A5C1E2B-7D3F-4B8A-9C6E-1F2A3B4C5D6E");
    const auto call = hns.calls()[2];
    CHECK(call.operation == HnsOperation::AddNamespaceEndpoint);
    CHECK(to_string(call.operation) == "AddNamespaceEndpoint");
    CHECK(call.document ==
          R"({"ResourceType":"Endpoint","RequestType":"Add","Settings":{"EndpointId":")" + ep.id +
              R"("}})");
    // Namespace ids compare without case; a wrong namespace is not found.
    CHECK_THROWS_AS(hns.remove_namespace_endpoint("00000000-0000-0000-0000-000000000000", ep.id),
                    NotFoundError);
    hns.remove_namespace_endpoint("9a5c1e2b-7d3f-4b8a-9c6e-1f2a3b4c5d6e", ep.id);
    CHECK(hns.get_endpoint_by_id(ep.id).host_compute_namespace.empty());
    CHECK(hns.count(HnsOperation::RemoveNamespaceEndpoint) == 2);
    CHECK(to_string(HnsOperation::RemoveNamespaceEndpoint) == "RemoveNamespaceEndpoint");
}

TEST_CASE("Attaching an unknown endpoint fails with HCN_E_ENDPOINT_NOT_FOUND",
          "[hns][sim][namespace]") {
    SimulatedHns hns;
    try {
        hns.add_namespace_endpoint("ns", "no-such-endpoint");
        FAIL("attached");
    } catch (const NotFoundError& e) {
        CHECK(e.code() == HResult::EndpointNotFound);
    }
    CHECK(hns.calls().back().error == HResult::EndpointNotFound);
}
