// The worked examples of the domain notes (DOMAIN-CNI-HOSTPROCESS.md A.5): the same netconf and
// IPAM result in, the same endpoint document and CNI result out.
#include "catch.hpp"
#include "cni_fixtures.hpp"

#include <winnet/cni/error.hpp>
#include <winnet/cni/plugin.hpp>
#include <winnet/hns/simulated_hns.hpp>

using namespace winnet;
using namespace cni_fixtures;

namespace {

std::string with_network(std::string doc, const std::string& id) {
    const std::string marker = "@NET@";
    doc.replace(doc.find(marker), marker.size(), id);
    return doc;
}

} // namespace

TEST_CASE("win-bridge with apiVersion 2 sends the endpoint of worked example 1",
          "[cni][win-bridge][example]") {
    hns::SimulatedHns sim;
    const auto network = sim.create_network(bridge_network());
    const auto conf = cni::NetConf::parse(example1_netconf());
    const auto out =
        cni::add(conf, containerd_args(), sim, ipam_result("10.244.1.5/24", "10.244.1.1"));

    // ipMasqNetwork is already an exception: no extra OutBoundNAT. Gateway .2, not the IPAM .1.
    // The port mapping, then loopback DSR, come after the configured policies.
    CHECK(
        out.request.to_json() ==
        with_network(
            R"({"Name":"5f3c0a7e9d1b_cbr0","HostComputeNetwork":"@NET@","Policies":[)"
            R"({"Type":"OutBoundNAT","Settings":{"Exceptions":["10.244.0.0/16","10.96.0.0/12","192.168.1.0/24"]}},)"
            R"({"Type":"SDNRoute","Settings":{"DestinationPrefix":"10.96.0.0/12","NeedEncap":true}},)"
            R"({"Type":"SDNRoute","Settings":{"DestinationPrefix":"192.168.1.20/32","NeedEncap":true}},)"
            R"({"Type":"PortMapping","Settings":{"InternalPort":80,"ExternalPort":8080,"Protocol":6,"VIP":""}},)"
            R"({"Type":"OutBoundNAT","Settings":{"Destinations":["10.244.1.5"]}}],)"
            R"("IpConfigurations":[{"IpAddress":"10.244.1.5"}],)"
            R"("Dns":{"Search":["default.svc.cluster.local","svc.cluster.local","cluster.local"],"ServerList":["10.96.0.10"]},)"
            R"("Routes":[{"NextHop":"10.244.1.2","DestinationPrefix":"0.0.0.0/0"}],)"
            R"("Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})",
            network.id));
    CHECK(out.created);
    CHECK(out.endpoint.host_compute_namespace == ns_guid);
    CHECK(out.result.to_json("1.0.0") == R"({
    "cniVersion": "1.0.0",
    "interfaces": [
        {
            "name": "5f3c0a7e9d1b_cbr0"
        }
    ],
    "ips": [
        {
            "address": "10.244.1.5/24",
            "gateway": "10.244.1.2"
        }
    ],
    "dns": {
        "nameservers": [
            "10.96.0.10"
        ],
        "search": [
            "default.svc.cluster.local",
            "svc.cluster.local",
            "cluster.local"
        ]
    }
})");
    // Then AddNamespaceEndpoint(<NS-GUID>, <EP-ID>).
    const auto& last = sim.calls().back();
    CHECK(last.operation == hns::HnsOperation::AddNamespaceEndpoint);
    CHECK(last.id == ns_guid);
    CHECK(last.document ==
          R"({"ResourceType":"Endpoint","RequestType":"Add","Settings":{"EndpointId":")" +
              out.endpoint.id + R"("}})");
}

TEST_CASE("win-bridge adds an OutBoundNAT of its own when ipMasqNetwork is not yet an exception",
          "[cni][win-bridge]") {
    hns::SimulatedHns sim;
    sim.create_network(bridge_network());
    const auto conf = cni::NetConf::parse(
        R"({"cniVersion":"0.3.1","name":"cbr0","type":"win-bridge","apiVersion":2,)"
        R"("ipMasqNetwork":"10.244.0.0/16","ipam":{"type":"host-local","subnet":"10.244.1.0/24"},)"
        R"("policies":[{"name":"EndpointPolicy","value":{"Type":"OutBoundNAT","Settings":{"Exceptions":["10.96.0.0/12"]}}}]})");
    const auto out =
        cni::add(conf, containerd_args(), sim, ipam_result("10.244.1.9/24", "10.244.1.1"));
    REQUIRE(out.request.policies.size() == 2);
    CHECK(hns::policy_type(out.request.policies[1]) == "OutBoundNAT");
    CHECK(out.request.to_json().find(
              R"({"Type":"OutBoundNAT","Settings":{"Exceptions":["10.244.0.0/16"]}})") !=
          std::string::npos);
}

TEST_CASE(
    "Worked example 1b: a v1 netconf under containerd fails because the endpoint does not exist",
    "[cni][win-bridge][v1]") {
    hns::SimulatedHns sim;
    sim.create_network(bridge_network());
    auto text = example1_netconf();
    text.replace(text.find(R"("apiVersion": 2)"), 15, R"("apiVersion": 1)");
    const auto conf = cni::NetConf::parse(text);
    try {
        (void)cni::add(conf, containerd_args(), sim);
        FAIL("ADD succeeded");
    } catch (const cni::CniError& e) {
        CHECK(e.code() == cni::ErrorCode::Internal);
        CHECK(e.msg() == "error while adding HNSEndpoint: failed to find HNSEndpoint "
                         "5f3c0a7e9d1b_cbr0: Endpoint 5f3c0a7e9d1b_cbr0 not found");
    }
    CHECK(sim.state().endpoints.empty());
}

TEST_CASE("The dockershim pause container path is recognised but not simulated",
          "[cni][win-bridge][v1]") {
    hns::SimulatedHns sim;
    sim.create_network(bridge_network());
    const auto conf =
        cni::NetConf::parse(R"({"cniVersion":"0.2.0","name":"cbr0","type":"win-bridge"})");
    try {
        (void)cni::add(conf, {"pause1", "none", "eth0", ""}, sim);
        FAIL("ADD succeeded");
    } catch (const cni::CniError& e) {
        CHECK(e.code() == cni::ErrorCode::UnsupportedField);
    }
    // A workload container of the pod names the pause container's endpoint.
    CHECK(cni::endpoint_name(cni::PluginType::WinBridge, {"app1", "container:pause1", "eth0", ""},
                             "cbr0") == "pause1_cbr0");
    CHECK(cni::endpoint_name(cni::PluginType::SdnBridge, {"app1", "container:pause1", "eth0", ""},
                             "cbr0") == "app1_cbr0");
}

TEST_CASE(
    "Worked example 2: win-overlay derives MAC, gateway and provider address from the network",
    "[cni][win-overlay][example]") {
    hns::SimulatedHns sim;
    const auto network = sim.create_network(overlay_network());
    // The delegate as flannel executes it (ipMasq false, host-local on the lease).
    const auto conf = cni::NetConf::parse(
        std::string(
            R"({"apiVersion":2,"cniVersion":"0.3.0","ipMasq":false,"ipMasqNetwork":"10.244.0.0/16",)"
            R"("ipam":{"subnet":"10.244.2.0/24","type":"host-local"},"name":"flannel.4096",)"
            R"("policies":[{"name":"EndpointPolicy","value":{"Settings":{"Exceptions":["10.96.0.0/12","10.244.0.0/16"]},"Type":"OutBoundNAT"}},)"
            R"({"name":"EndpointPolicy","value":{"Settings":{"DestinationPrefix":"10.96.0.0/12","NeedEncap":true},"Type":"SDNRoute"}}],)"
            R"("runtimeConfig":{"dns":)") +
        runtime_dns + R"(},"type":"win-overlay"})");
    const auto out =
        cni::add(conf, containerd_args(), sim, ipam_result("10.244.2.7/24", "10.244.2.1"));
    CHECK(
        out.request.to_json() ==
        with_network(
            R"({"Name":"5f3c0a7e9d1b_flannel.4096","HostComputeNetwork":"@NET@","Policies":[)"
            R"({"Type":"OutBoundNAT","Settings":{"Exceptions":["10.96.0.0/12","10.244.0.0/16"]}},)"
            R"({"Type":"SDNRoute","Settings":{"DestinationPrefix":"10.96.0.0/12","NeedEncap":true}},)"
            R"({"Type":"ProviderAddress","Settings":{"ProviderAddress":"192.168.1.21"}}],)"
            R"("IpConfigurations":[{"IpAddress":"10.244.2.7"}],)"
            R"("Dns":{"Search":["default.svc.cluster.local","svc.cluster.local","cluster.local"],"ServerList":["10.96.0.10"]},)"
            R"("Routes":[{"NextHop":"10.244.2.1","DestinationPrefix":"0.0.0.0/0"}],)"
            R"("MacAddress":"0E-2A-0a-f4-02-07","Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})",
            network.id));
    CHECK(out.result.to_json("0.3.0") == R"({
    "cniVersion": "0.3.0",
    "interfaces": [
        {
            "name": "5f3c0a7e9d1b_flannel.4096",
            "mac": "0E-2A-0a-f4-02-07"
        }
    ],
    "ips": [
        {
            "version": "4",
            "address": "10.244.2.7/24",
            "gateway": "10.244.2.1"
        }
    ],
    "dns": {
        "nameservers": [
            "10.96.0.10"
        ],
        "search": [
            "default.svc.cluster.local",
            "svc.cluster.local",
            "cluster.local"
        ]
    }
})");
}

TEST_CASE("win-overlay with ipMasq appends a separate OutBoundNAT for the network's subnet",
          "[cni][win-overlay]") {
    hns::SimulatedHns sim;
    sim.create_network(overlay_network());
    const auto conf = cni::NetConf::parse(
        R"({"apiVersion":2,"cniVersion":"0.3.0","ipMasq":true,"name":"flannel.4096","type":"win-overlay",)"
        R"("ipam":{"type":"host-local","subnet":"10.244.2.0/24"},)"
        R"("policies":[{"name":"EndpointPolicy","value":{"Type":"OutBoundNAT","Settings":{"Exceptions":["10.96.0.0/12","10.244.0.0/16"]}}}]})");
    const auto out =
        cni::add(conf, containerd_args(), sim, ipam_result("10.244.2.7/24", "10.244.2.1"));
    const auto doc = out.request.to_json();
    CHECK(doc.find(R"({"Type":"ProviderAddress","Settings":{"ProviderAddress":"192.168.1.21"}},)"
                   R"({"Type":"OutBoundNAT","Settings":{"Exceptions":["10.244.2.0/24"]}}])") !=
          std::string::npos);
}

TEST_CASE("Worked example 3: sdnoverlay puts port mappings first and keeps SDNROUTE as written",
          "[cni][sdnoverlay][example]") {
    hns::SimulatedHns sim;
    const auto network = sim.create_network(overlay_network());
    const auto conf = cni::NetConf::parse(
        std::string(
            R"({"AdditionalArgs":[{"Name":"EndpointPolicy","Value":{"Settings":{"Exceptions":["10.96.0.0/12","10.244.0.0/16"]},"Type":"OutBoundNAT"}},)"
            R"({"Name":"EndpointPolicy","Value":{"Settings":{"DestinationPrefix":"10.96.0.0/12","NeedEncap":true},"Type":"SDNROUTE"}},)"
            R"({"Name":"EndpointPolicy","Value":{"Settings":{"ProviderAddress":"192.168.1.21"},"Type":"ProviderAddress"}}],)"
            R"("cniVersion":"0.3.0","ipMasq":false,"ipMasqNetwork":"10.244.0.0/16","ipam":{"subnet":"10.244.2.0/24","type":"host-local"},)"
            R"("name":"flannel.4096","runtimeConfig":{"dns":)") +
        runtime_dns +
        R"(,"portMappings":[{"containerPort":443,"hostIP":"","hostPort":8443,"protocol":"TCP"}]},"type":"sdnoverlay"})");
    const auto out =
        cni::add(conf, containerd_args(), sim, ipam_result("10.244.2.7/24", "10.244.2.1"));
    CHECK(
        out.request.to_json() ==
        with_network(
            R"({"Name":"5f3c0a7e9d1b_flannel.4096","HostComputeNetwork":"@NET@","Policies":[)"
            R"({"Type":"PortMapping","Settings":{"Protocol":6,"InternalPort":443,"ExternalPort":8443}},)"
            R"({"Type":"OutBoundNAT","Settings":{"Exceptions":["10.96.0.0/12","10.244.0.0/16"]}},)"
            R"({"Type":"SDNROUTE","Settings":{"DestinationPrefix":"10.96.0.0/12","NeedEncap":true}},)"
            R"({"Type":"ProviderAddress","Settings":{"ProviderAddress":"192.168.1.21"}}],)"
            R"("IpConfigurations":[{"IpAddress":"10.244.2.7"}],)"
            R"("Dns":{"Search":["default.svc.cluster.local","svc.cluster.local","cluster.local"],"ServerList":["10.96.0.10"],"Options":["ndots:5"]},)"
            R"("Routes":[{"NextHop":"10.244.2.1","DestinationPrefix":"0.0.0.0/0"}],)"
            R"("Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})",
            network.id));
    // GetCurrResult: CNI_IFNAME, interface index 0, no DNS.
    CHECK(out.result.to_json("0.3.0") == R"({
    "cniVersion": "0.3.0",
    "interfaces": [
        {
            "name": "eth0"
        }
    ],
    "ips": [
        {
            "version": "4",
            "interface": 0,
            "address": "10.244.2.7/24",
            "gateway": "10.244.2.1"
        }
    ],
    "dns": {}
})");
}

TEST_CASE("sdnbridge prefixes the first static search domain with the pod namespace",
          "[cni][sdnbridge]") {
    hns::SimulatedHns sim;
    sim.create_network(bridge_network());
    const auto conf = cni::NetConf::parse(
        R"({"cniVersion":"0.3.0","name":"cbr0","type":"sdnbridge","optionalFlags":{"forceBridgeGateway":true},)"
        R"("dns":{"nameservers":["10.96.0.10"],"search":["svc.cluster.local","cluster.local"]},)"
        R"("ipam":{"type":"host-local","subnet":"10.244.1.0/24"}})");
    const auto out =
        cni::add(conf, containerd_args(), sim, ipam_result("10.244.1.5/24", "10.244.1.1"));
    CHECK(out.request.dns.search ==
          std::vector<std::string>{"default.svc.cluster.local", "cluster.local"});
    // forceBridgeGateway: .2 instead of the IPAM gateway.
    REQUIRE(out.request.routes.size() == 1);
    CHECK(out.request.routes[0].next_hop == net::IpAddress::parse("10.244.1.2"));
}

TEST_CASE("sdnbridge creates its network when it is missing", "[cni][sdnbridge]") {
    hns::SimulatedHns sim;
    const auto conf = cni::NetConf::parse(
        R"({"cniVersion":"1.0.0","name":"l2","type":"sdnbridge","ipam":{"type":"host-local","subnet":"10.250.0.0/24"},)"
        R"("AdditionalArgs":[{"Name":"NetworkPolicy","Value":{"Type":"NetAdapterName","Settings":{"NetworkAdapterName":"Ethernet"}}}]})");
    const auto out = cni::add(conf, containerd_args(), sim);
    const auto networks = sim.state().networks;
    REQUIRE(networks.size() == 1);
    CHECK(networks[0].name == "l2");
    CHECK(networks[0].type == hns::NetworkType::L2Bridge);
    CHECK(
        networks[0].to_json().find(
            R"("Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"10.250.0.0/24","Routes":[{"NextHop":"10.250.0.1","DestinationPrefix":"0.0.0.0/0"}])") !=
        std::string::npos);
    CHECK(out.result.ips.at(0).address.to_string() == "10.250.0.2/24");
}

TEST_CASE("A repeated ADD reuses the endpoint and DEL is idempotent", "[cni][del]") {
    hns::SimulatedHns sim;
    sim.create_network(bridge_network());
    const auto conf = cni::NetConf::parse(example1_netconf());
    const auto first =
        cni::add(conf, containerd_args(), sim, ipam_result("10.244.1.5/24", "10.244.1.1"));
    const auto again = cni::add(conf, containerd_args(), sim);
    CHECK_FALSE(again.created);
    CHECK(again.endpoint.id == first.endpoint.id);
    CHECK(sim.state().endpoints.size() == 1);

    cni::del(conf, containerd_args(), sim);
    CHECK(sim.state().endpoints.empty());
    CHECK(sim.count(hns::HnsOperation::RemoveNamespaceEndpoint) == 1);
    CHECK_NOTHROW(cni::del(conf, containerd_args(), sim));
    CHECK(sim.count(hns::HnsOperation::DeleteEndpoint) == 1);
}

TEST_CASE("ADD fails with the plugins' messages for a missing or mistyped network",
          "[cni][errors]") {
    hns::SimulatedHns sim;
    sim.create_network(overlay_network());
    auto message = [&](const std::string& text) {
        try {
            (void)cni::add(cni::NetConf::parse(text), containerd_args(), sim,
                           ipam_result("10.244.2.7/24", "10.244.2.1"));
        } catch (const cni::CniError& e) {
            return e.msg();
        }
        return std::string("no error");
    };
    CHECK(message(R"({"name":"cbr0","type":"win-bridge","apiVersion":2})") ==
          "error while getting network cbr0: Network name \"cbr0\" not found");
    CHECK(message(R"({"name":"flannel.4096","type":"win-bridge","apiVersion":2})") ==
          "network flannel.4096 is of unexpected type: Overlay");
    CHECK(message(R"({"name":"nope","type":"win-overlay","apiVersion":2})") ==
          "error while hcn.GetNetworkByName(nope): Network name \"nope\" not found");
    CHECK(
        message(
            R"({"name":"flannel.4096","type":"win-overlay","apiVersion":2,"endpointMacPrefix":"0E2A"})") ==
        "endpointMacPrefix [0E2A] is invalid, value must be of the format xx-xx");
    CHECK(
        message(
            R"({"name":"flannel.4096","type":"sdnoverlay","runtimeConfig":{"portMappings":[{"hostPort":1,"containerPort":2,"protocol":"sctp"}]}})") ==
        "failed during GetEndpointInfo from netconf: invalid protocol supplied to port mapping "
        "policy");
}

TEST_CASE("An empty IPAM result and an IPv6-only overlay result are rejected", "[cni][errors]") {
    hns::SimulatedHns sim;
    sim.create_network(overlay_network());
    const auto conf = cni::NetConf::parse(
        R"({"name":"flannel.4096","type":"win-overlay","apiVersion":2,"ipam":{"type":"calico-ipam"}})");
    try {
        (void)cni::add(conf, containerd_args(), sim, cni::Result{});
        FAIL("ADD succeeded");
    } catch (const cni::CniError& e) {
        CHECK(e.msg() == "error while adding HostComputeEndpoint: failed to make a new "
                         "HostComputeEndpoint: error while processing endpoint args: IPAM plugin "
                         "return is missing IP config");
    }
    try {
        (void)cni::add(conf, containerd_args(), sim, ipam_result("fd00::7/64", "fd00::1"));
        FAIL("ADD succeeded");
    } catch (const cni::CniError& e) {
        CHECK(e.msg().find("IPAM plugin return is missing valid IP Address") != std::string::npos);
    }
    // No result given and an IPAM plugin winnet does not run.
    try {
        (void)cni::add(conf, containerd_args(), sim);
        FAIL("ADD succeeded");
    } catch (const cni::CniError& e) {
        CHECK(e.msg().find("failed to find plugin \"calico-ipam\"") != std::string::npos);
    }
    CHECK(sim.state().endpoints.empty());
}

TEST_CASE("A failed namespace attach removes the endpoint the plugin just created",
          "[cni][errors]") {
    hns::SimulatedHns sim;
    sim.create_network(bridge_network());
    sim.fail_operation(hns::HnsOperation::AddNamespaceEndpoint, hns::HResult::Fail);
    try {
        (void)cni::add(cni::NetConf::parse(example1_netconf()), containerd_args(), sim,
                       ipam_result("10.244.1.5/24", "10.244.1.1"));
        FAIL("ADD succeeded");
    } catch (const cni::CniError& e) {
        CHECK(e.msg().rfind("error while adding HostComputeEndpoint: failed to add "
                            "HostComputeEndpoint 5f3c0a7e9d1b_cbr0 to HostComputeNamespace ",
                            0) == 0);
    }
    CHECK(sim.state().endpoints.empty());
}

TEST_CASE("win-overlay's MAC is its prefix and the IPv4 bytes in lower-case hex", "[cni][mac]") {
    CHECK(cni::overlay_mac("0E-2A", net::IpAddress::parse("10.244.2.7")) == "0E-2A-0a-f4-02-07");
    CHECK(cni::overlay_mac("0e-2a", net::IpAddress::parse("10.244.255.70")) == "0e-2a-0a-f4-ff-46");
    CHECK_THROWS_AS(cni::overlay_mac("0E-2A", net::IpAddress::parse("fd00::1")), ParseError);
}

TEST_CASE("CHECK succeeds without looking at anything, as every Windows plugin's does",
          "[cni][check]") {
    hns::SimulatedHns sim;
    CHECK_NOTHROW(cni::check(cni::NetConf::parse(example1_netconf()), containerd_args(), sim));
    CHECK(sim.calls().empty());
}
