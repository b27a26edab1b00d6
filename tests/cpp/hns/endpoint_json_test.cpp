// Endpoint <-> HCN v2 JSON, compared with documents as hcsshim marshals them: the remote
// endpoints kube-proxy creates (DOMAIN.md 11.3), the local endpoints the CNI plugins create
// (DOMAIN-CNI-HOSTPROCESS.md A.5) and hcsshim's own test fixtures (hcn/hcnutils_test.go).
#include "catch.hpp"

#include <winnet/hns/endpoint.hpp>

#include <string>
#include <variant>

using winnet::hns::AclPolicySetting;
using winnet::hns::Action;
using winnet::hns::Direction;
using winnet::hns::EncapOverheadEndpointPolicySetting;
using winnet::hns::Endpoint;
using winnet::hns::EndpointFlags;
using winnet::hns::EndpointPolicy;
using winnet::hns::IpConfig;
using winnet::hns::JsonStyle;
using winnet::hns::L4ProxyPolicySetting;
using winnet::hns::NatFlags;
using winnet::hns::OtherEndpointPolicy;
using winnet::hns::OutboundNatPolicySetting;
using winnet::hns::PortMappingPolicySetting;
using winnet::hns::ProviderAddressEndpointPolicySetting;
using winnet::hns::RuleType;
using winnet::hns::SDNRoutePolicySetting;
using winnet::net::IpAddress;
using winnet::net::IpPrefix;

namespace {
// Parse, re-serialize, and require the very same bytes.
Endpoint require_round_trip(const std::string& document) {
    auto ep = Endpoint::from_json(document);
    REQUIRE(ep.to_json() == document);
    REQUIRE(Endpoint::from_json(ep.to_json()) == ep);
    return ep;
}

// An endpoint holding only `policy`, written and parsed back.
EndpointPolicy through_json(const EndpointPolicy& policy) {
    Endpoint ep;
    ep.policies = {policy};
    const auto parsed = Endpoint::from_json(ep.to_json());
    REQUIRE(parsed.policies.size() == 1);
    return parsed.policies[0];
}

// The JSON of an endpoint holding only `policy`, between `"Policies":[` and `]`.
std::string policy_json(const EndpointPolicy& policy) {
    Endpoint ep;
    ep.policies = {policy};
    const auto doc = ep.to_json();
    const std::string head = R"({"Policies":[)";
    const std::string tail =
        R"(],"Dns":{},"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})";
    REQUIRE(doc.rfind(head, 0) == 0);
    REQUIRE(doc.size() > head.size() + tail.size());
    REQUIRE(doc.substr(doc.size() - tail.size()) == tail);
    return doc.substr(head.size(), doc.size() - head.size() - tail.size());
}

const std::string schema = R"("SchemaVersion":{"Major":2,"Minor":0})";
} // namespace

TEST_CASE("The remote endpoint kube-proxy creates on an overlay network round-trips byte for byte",
          "[hns][endpoint][json]") {
    // DOMAIN.md 11.3, with a real network id in place of its "<net>" placeholder (which Go
    // would write as "\u003cnet\u003e").
    const std::string doc =
        R"({"HostComputeNetwork":"7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F","Policies":[{"Type":"ProviderAddress","Settings":{"ProviderAddress":"10.0.0.3"}}],)"
        R"("IpConfigurations":[{"IpAddress":"192.168.2.3"}],"Dns":{},"MacAddress":"02-11-c0-a8-02-03","Flags":1,)"
        R"("Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})";
    const auto ep = require_round_trip(doc);
    CHECK(ep.is_remote());
    CHECK(ep.flags == EndpointFlags::RemoteEndpoint);
    CHECK(ep.mac_address == "02-11-c0-a8-02-03");
    REQUIRE(ep.ip_configurations.size() == 1);
    CHECK(ep.ip_configurations[0].ip_address == IpAddress::parse("192.168.2.3"));
    REQUIRE(ep.policies.size() == 1);
    const auto* pa = std::get_if<ProviderAddressEndpointPolicySetting>(&ep.policies[0]);
    REQUIRE(pa != nullptr);
    CHECK(pa->provider_address == IpAddress::parse("10.0.0.3"));
    CHECK(winnet::hns::policy_type(ep.policies[0]) == "ProviderAddress");
}

TEST_CASE("A remote endpoint built field by field marshals as kube-proxy's createEndpoint does",
          "[hns][endpoint][json]") {
    const auto ip = IpAddress::parse("192.168.2.3");
    Endpoint ep;
    ep.host_compute_network = "<net>"; // a placeholder, HTML-escaped as Go escapes it
    ep.ip_configurations = {{.ip_address = ip}};
    ep.mac_address = winnet::hns::conjure_mac("02-11", ip);
    ep.flags = EndpointFlags::RemoteEndpoint;
    ep.policies = {ProviderAddressEndpointPolicySetting{IpAddress::parse("10.0.0.3")}};
    REQUIRE(
        ep.to_json() ==
        R"({"HostComputeNetwork":"\u003cnet\u003e","Policies":[{"Type":"ProviderAddress","Settings":{"ProviderAddress":"10.0.0.3"}}],)"
        R"("IpConfigurations":[{"IpAddress":"192.168.2.3"}],"Dns":{},"MacAddress":"02-11-c0-a8-02-03","Flags":1,)"
        R"("Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})");
}

TEST_CASE("A remote endpoint on L2Bridge has no provider address policy", "[hns][endpoint][json]") {
    const auto ep = require_round_trip(
        R"({"HostComputeNetwork":"B4F5A1C0-2D3E-4F50-8A6B-7C8D9E0F1A2B","IpConfigurations":[{"IpAddress":"10.244.3.7"}],)"
        R"("Dns":{},"MacAddress":"02-11-0a-f4-03-07","Flags":1,"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})");
    CHECK(ep.policies.empty());
    CHECK(ep.is_remote());
}

TEST_CASE("The local pod endpoint win-bridge creates round-trips byte for byte",
          "[hns][endpoint][json][cni]") {
    // DOMAIN-CNI-HOSTPROCESS.md A.5 example 1 without the host port: the netconf's OutBoundNAT
    // exceptions and SDNRoutes, then the loopback-DSR OutBoundNAT appended last; the gateway is
    // the pod subnet's .2; DNS from the runtime; MAC left to HNS.
    const std::string doc =
        R"({"Name":"4e1b2c3d_cbr0","HostComputeNetwork":"D1C0B2A3-9F8E-4D7C-B6A5-1E2F3A4B5C6D","Policies":[)"
        R"({"Type":"OutBoundNAT","Settings":{"Exceptions":["10.244.0.0/16","10.96.0.0/12","192.168.1.0/24"]}},)"
        R"({"Type":"SDNRoute","Settings":{"DestinationPrefix":"10.96.0.0/12","NeedEncap":true}},)"
        R"({"Type":"SDNRoute","Settings":{"DestinationPrefix":"192.168.1.20/32","NeedEncap":true}},)"
        R"({"Type":"OutBoundNAT","Settings":{"Destinations":["10.244.1.5"]}}],)"
        R"("IpConfigurations":[{"IpAddress":"10.244.1.5"}],)"
        R"("Dns":{"Search":["default.svc.cluster.local","svc.cluster.local","cluster.local"],"ServerList":["10.96.0.10"]},)"
        R"("Routes":[{"NextHop":"10.244.1.2","DestinationPrefix":"0.0.0.0/0"}],)"
        R"("Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})";
    const auto ep = require_round_trip(doc);
    CHECK_FALSE(ep.is_remote());
    REQUIRE(ep.policies.size() == 4);
    const auto* nat = std::get_if<OutboundNatPolicySetting>(&ep.policies[0]);
    REQUIRE(nat != nullptr);
    CHECK(nat->exceptions == std::vector<IpPrefix>{IpPrefix::parse("10.244.0.0/16"),
                                                   IpPrefix::parse("10.96.0.0/12"),
                                                   IpPrefix::parse("192.168.1.0/24")});
    const auto* route = std::get_if<SDNRoutePolicySetting>(&ep.policies[2]);
    REQUIRE(route != nullptr);
    CHECK(route->destination_prefix == IpPrefix::parse("192.168.1.20/32"));
    CHECK(route->need_encap);
    CHECK_FALSE(route->next_hop.has_value());
    const auto* dsr = std::get_if<OutboundNatPolicySetting>(&ep.policies[3]);
    REQUIRE(dsr != nullptr);
    CHECK(dsr->exceptions.empty());
    CHECK(dsr->destinations == std::vector<IpAddress>{IpAddress::parse("10.244.1.5")});
    REQUIRE(ep.routes.size() == 1);
    CHECK(ep.routes[0].next_hop == IpAddress::parse("10.244.1.2"));
    CHECK(ep.dns.server_list == std::vector<IpAddress>{IpAddress::parse("10.96.0.10")});
}

TEST_CASE("The local endpoint as HNS returns it keeps its ID, namespace and upper-case MAC",
          "[hns][endpoint][json]") {
    const auto ep = require_round_trip(
        R"({"ID":"0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0","Name":"4e1b2c3d_cbr0",)"
        R"("HostComputeNetwork":"D1C0B2A3-9F8E-4D7C-B6A5-1E2F3A4B5C6D","HostComputeNamespace":"6A7B8C9D-0E1F-4A2B-9C3D-4E5F6A7B8C9D",)"
        R"("IpConfigurations":[{"IpAddress":"10.244.1.5","PrefixLength":24}],"Dns":{"ServerList":["10.96.0.10"]},)"
        R"("Routes":[{"NextHop":"10.244.1.2","DestinationPrefix":"0.0.0.0/0","Metric":256}],"MacAddress":"00-15-5D-52-C0-0A",)"
        R"("Health":{"Data":{"Status":"Ok"},"Extra":{"SwitchGuid":"E0D1C2B3-A495-4867-9788-A9B0C1D2E3F4"}},)"
        R"("SchemaVersion":{"Major":2,"Minor":0}})");
    CHECK(ep.mac_address == "00-15-5D-52-C0-0A");
    CHECK(ep.ip_configurations[0].prefix_length == 24);
    CHECK(ep.routes[0].metric == 256);
    CHECK(ep.health.data_json == R"({"Status":"Ok"})");
}

TEST_CASE("The local pod endpoint win-overlay creates round-trips byte for byte",
          "[hns][endpoint][json][cni]") {
    // A.5 example 2 with ipMasq: MAC from endpointMacPrefix and the IPv4 bytes, the provider
    // address (the network's management IP) appended by ApplyDefaultPAPolicy, then the
    // separate OutBoundNAT for the node's own subnet. MacAddress comes after Routes, as in
    // hcsshim's struct.
    const std::string doc =
        R"({"Name":"9f8e7d6c_flannel.4096","HostComputeNetwork":"7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F","Policies":[)"
        R"({"Type":"OutBoundNAT","Settings":{"Exceptions":["10.96.0.0/12","10.244.0.0/16"]}},)"
        R"({"Type":"SDNRoute","Settings":{"DestinationPrefix":"10.96.0.0/12","NeedEncap":true}},)"
        R"({"Type":"ProviderAddress","Settings":{"ProviderAddress":"192.168.1.21"}},)"
        R"({"Type":"OutBoundNAT","Settings":{"Exceptions":["10.244.2.0/24"]}}],)"
        R"("IpConfigurations":[{"IpAddress":"10.244.2.7"}],)"
        R"("Dns":{"Search":["default.svc.cluster.local","svc.cluster.local","cluster.local"],"ServerList":["10.96.0.10"],"Options":["ndots:5"]},)"
        R"("Routes":[{"NextHop":"10.244.2.1","DestinationPrefix":"0.0.0.0/0"}],"MacAddress":"0E-2A-0a-f4-02-07",)"
        R"("Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})";
    const auto ep = require_round_trip(doc);
    CHECK(ep.mac_address == "0E-2A-0a-f4-02-07");
    REQUIRE(ep.policies.size() == 4);
    CHECK(winnet::hns::policy_type(ep.policies[0]) == "OutBoundNAT");
    CHECK(winnet::hns::policy_type(ep.policies[1]) == "SDNRoute");
    CHECK(winnet::hns::policy_type(ep.policies[2]) == "ProviderAddress");
    CHECK(ep.dns.options == std::vector<std::string>{"ndots:5"});
}

TEST_CASE("Settings the CNI plugins write by hand read fine and are re-written in hcsshim's order",
          "[hns][endpoint][json][cni]") {
    // win-bridge's ApplyPortMappingPolicy formats the PortMapping settings itself: InternalPort
    // first and "VIP":"" when the pod gives no hostIP. hcsshim's struct writes Protocol first and
    // omits the empty VIP. Whitespace of netconf policies is compacted, as json.Marshal does.
    const auto ep = Endpoint::from_json(
        R"({"Policies":[{"Type": "PortMapping", "Settings": {"InternalPort": 80, "ExternalPort": 8080, "Protocol": 6, "VIP": ""}},)"
        R"({"Type": "OutBoundNAT", "Settings": {"Destinations": ["10.244.1.5"]}}]})");
    REQUIRE(ep.policies.size() == 2);
    const auto* pm = std::get_if<PortMappingPolicySetting>(&ep.policies[0]);
    REQUIRE(pm != nullptr);
    CHECK(pm->protocol == 6);
    CHECK(pm->internal_port == 80);
    CHECK(pm->external_port == 8080);
    CHECK_FALSE(pm->vip.has_value());
    REQUIRE(
        ep.to_json() ==
        R"({"Policies":[{"Type":"PortMapping","Settings":{"Protocol":6,"InternalPort":80,"ExternalPort":8080}},)"
        R"({"Type":"OutBoundNAT","Settings":{"Destinations":["10.244.1.5"]}}],)"
        R"("Dns":{},"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})");
}

TEST_CASE("The sdnoverlay endpoint keeps the SDNROUTE spelling untouched as another policy type",
          "[hns][endpoint][json][cni]") {
    // A.5 example 3: sig-windows-tools writes "SDNROUTE"; hcsshim's constant is "SDNRoute", so
    // winnet keeps the policy verbatim rather than guess.
    const std::string doc =
        R"({"Name":"9f8e7d6c_flannel.4096","HostComputeNetwork":"7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F","Policies":[)"
        R"({"Type":"PortMapping","Settings":{"Protocol":6,"InternalPort":443,"ExternalPort":8443}},)"
        R"({"Type":"OutBoundNAT","Settings":{"Exceptions":["10.96.0.0/12","10.244.0.0/16"]}},)"
        R"({"Type":"SDNROUTE","Settings":{"DestinationPrefix":"10.96.0.0/12","NeedEncap":true}},)"
        R"({"Type":"ProviderAddress","Settings":{"ProviderAddress":"192.168.1.21"}}],)"
        R"("IpConfigurations":[{"IpAddress":"10.244.2.7"}],)"
        R"("Dns":{"Search":["default.svc.cluster.local","svc.cluster.local","cluster.local"],"ServerList":["10.96.0.10"],"Options":["ndots:5"]},)"
        R"("Routes":[{"NextHop":"10.244.2.1","DestinationPrefix":"0.0.0.0/0"}],"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})";
    const auto ep = require_round_trip(doc);
    const auto* other = std::get_if<OtherEndpointPolicy>(&ep.policies[2]);
    REQUIRE(other != nullptr);
    CHECK(other->type == "SDNROUTE");
    CHECK(other->settings_json == R"({"DestinationPrefix":"10.96.0.0/12","NeedEncap":true})");
}

TEST_CASE("Calico's ROUTE policy and default-deny ACL round-trip", "[hns][endpoint][json][cni]") {
    const std::string doc =
        R"({"Name":"c1d2_Calico","Policies":[)"
        R"({"Type":"OutBoundNAT","Settings":{"Exceptions":["10.96.0.0/12","10.244.0.0/16"]}},)"
        R"({"Type":"ROUTE","Settings":{"DestinationPrefix":"10.96.0.0/12","NeedEncap":true}},)"
        R"({"Type":"ProviderAddress","Settings":{"ProviderAddress":"192.168.1.22"}},)"
        R"({"Type":"OutBoundNAT","Settings":{"Destinations":["10.244.5.70"]}},)"
        R"({"Type":"ACL","Settings":{"Protocols":"256","Action":"Block","Direction":"In","RuleType":"Switch","Priority":65500}}],)"
        R"("IpConfigurations":[{"IpAddress":"10.244.5.70"}],"Dns":{},"MacAddress":"0E-2A-0a-f4-05-46",)"
        R"("Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})";
    const auto ep = require_round_trip(doc);
    CHECK(std::holds_alternative<OtherEndpointPolicy>(ep.policies[1]));
    const auto* acl = std::get_if<AclPolicySetting>(&ep.policies[4]);
    REQUIRE(acl != nullptr);
    CHECK(acl->protocols == "256");
    CHECK(acl->action == Action::Block);
    CHECK(acl->direction == Direction::In);
    CHECK(acl->rule_type == RuleType::Switch);
    CHECK(acl->priority == 65500);
}

TEST_CASE("hcsshim's test endpoint fixtures round-trip", "[hns][endpoint][json][hcsshim]") {
    // HcnCreateTestEndpoint, after network.CreateEndpoint set HostComputeNetwork.
    require_round_trip(
        R"({"Name":"GoTestNatEndpoint","HostComputeNetwork":"5F0A1B2C-3D4E-4F60-8172-93A4B5C6D7E8","Dns":{},)"
        R"("Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})");
    // HcnCreateTestEndpointWithNamespace.
    require_round_trip(
        R"({"Name":"GoTestNatEndpoint","HostComputeNamespace":"1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D","Dns":{},)"
        R"("Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})");
    // HcnCreateTestEndpointWithPolicies with the two ACLs of HcnCreateAcls.
    const auto ep = require_round_trip(
        R"({"Name":"GoTestNatEndpoint","Policies":[)"
        R"({"Type":"ACL","Settings":{"Protocols":"6","Action":"Allow","Direction":"In","LocalAddresses":"192.168.100.0/24,10.0.0.21",)"
        R"("RemoteAddresses":"192.168.100.0/24,10.0.0.21","LocalPorts":"80,8080","RemotePorts":"80,8080","RuleType":"Switch","Priority":200}},)"
        R"({"Type":"ACL","Settings":{"Protocols":"6","Action":"Allow","Direction":"Out","LocalAddresses":"192.168.100.0/24,10.0.0.21",)"
        R"("RemoteAddresses":"192.168.100.0/24,10.0.0.21","LocalPorts":"80,8080","RemotePorts":"80,8080","RuleType":"Switch","Priority":200}}],)"
        R"("Dns":{},"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})");
    const auto* out = std::get_if<AclPolicySetting>(&ep.policies[1]);
    REQUIRE(out != nullptr);
    CHECK(out->direction == Direction::Out);
    CHECK(out->local_ports == "80,8080");
    CHECK(out->remote_addresses == "192.168.100.0/24,10.0.0.21");
}

TEST_CASE("Unmodelled policy types round-trip untouched, key order and nesting included",
          "[hns][endpoint][json][hcsshim]") {
    // HcnCreateWfpProxyPolicyRequest (L4WFPPROXY) and the first tier of HcnCreateTierAcls,
    // marshalled by hcsshim; then settings in a deliberately odd key order, and a type without
    // settings.
    const std::string doc =
        R"({"Policies":[)"
        R"({"Type":"L4WFPPROXY","Settings":{"InboundProxyPort":"80","OutboundProxyPort":"81",)"
        R"("FilterTuple":{"Protocols":"6","RemoteAddresses":"10.0.0.4","Priority":8},)"
        R"("InboundExceptions":{"IpAddressExceptions":["12.0.1.12"],"PortExceptions":["8181"]},)"
        R"("OutboundExceptions":{"IpAddressExceptions":["10.0.1.12"],"PortExceptions":["81"]}}},)"
        R"({"Type":"TierAcl","Settings":{"Name":"TierIn1","Direction":"In","Order":1001,"TierAclRules":[)"
        R"({"Id":"TierIn1Rule1","Protocols":"6","TierAclRuleAction":"Pass","LocalAddresses":"192.168.100.0/24,10.0.0.21",)"
        R"("RemoteAddresses":"192.168.100.0/24,10.0.0.22","LocalPorts":"80","RemotePorts":"80","Priority":2001},)"
        R"({"Id":"TierIn1Rule2","TierAclRuleAction":"Block","Priority":2100}]}},)"
        R"({"Type":"QOS","Settings":{"MaximumOutgoingBandwidthInBytes":1000000}},)"
        R"({"Type":"Iov","Settings":{"QueuePairsRequested":4,"IovOffloadWeight":100}},)"
        R"({"Type":"PortName","Settings":{"Name":"z\u003ca\u0026"}},)"
        R"({"Type":"InterfaceConstraint","Settings":{"InterfaceIndex":7,"nested":{"b":[1,{"c":null}],"a":true}}},)"
        R"({"Type":"L2Driver"}],)"
        R"("Dns":{},"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})";
    const auto ep = require_round_trip(doc);
    REQUIRE(ep.policies.size() == 7);
    for (const auto& policy : ep.policies) {
        CHECK(std::holds_alternative<OtherEndpointPolicy>(policy));
    }
    CHECK(std::get<OtherEndpointPolicy>(ep.policies[4]).settings_json ==
          R"({"Name":"z\u003ca\u0026"})");
    CHECK(std::get<OtherEndpointPolicy>(ep.policies[6]) == OtherEndpointPolicy{"L2Driver", ""});
    CHECK(winnet::hns::policy_type(ep.policies[0]) == "L4WFPPROXY");
}

TEST_CASE("Hand-written settings of another policy type are compacted as json.Marshal does",
          "[hns][endpoint][json]") {
    CHECK(policy_json(OtherEndpointPolicy{"QOS", "{ \"MaximumOutgoingBandwidthInBytes\" : 5 }"}) ==
          R"({"Type":"QOS","Settings":{"MaximumOutgoingBandwidthInBytes":5}})");
    CHECK(policy_json(OtherEndpointPolicy{"PortName", R"({"Name":"<x>"})"}) ==
          R"({"Type":"PortName","Settings":{"Name":"\u003cx\u003e"}})");
}

TEST_CASE("Every modelled policy type writes hcsshim's settings struct and reads back",
          "[hns][endpoint][json][policy]") {
    SECTION("ProviderAddress") {
        const EndpointPolicy p = ProviderAddressEndpointPolicySetting{IpAddress::parse("fd00::11")};
        CHECK(policy_json(p) ==
              R"({"Type":"ProviderAddress","Settings":{"ProviderAddress":"fd00::11"}})");
        CHECK(through_json(p) == p);
        CHECK(policy_json(ProviderAddressEndpointPolicySetting{}) ==
              R"({"Type":"ProviderAddress","Settings":{}})");
    }
    SECTION("OutBoundNAT with every field") {
        const EndpointPolicy p = OutboundNatPolicySetting{
            .virtual_ip = IpAddress::parse("192.168.1.20"),
            .exceptions = {IpPrefix::parse("10.244.0.0/16"), IpPrefix::parse("fd00:10:96::/112")},
            .destinations = {IpAddress::parse("10.244.1.5")},
            .flags = NatFlags::LocalRoutedVip | NatFlags::IPv6,
            .max_port_pool_usage = 50};
        CHECK(
            policy_json(p) ==
            R"({"Type":"OutBoundNAT","Settings":{"VirtualIP":"192.168.1.20","Exceptions":["10.244.0.0/16","fd00:10:96::/112"],)"
            R"("Destinations":["10.244.1.5"],"Flags":3,"MaxPortPoolUsage":50}})");
        CHECK(through_json(p) == p);
        CHECK(policy_json(OutboundNatPolicySetting{}) == R"({"Type":"OutBoundNAT","Settings":{}})");
    }
    SECTION("SDNRoute with a next hop and without encapsulation") {
        // hcsshim's HcnCreateTestSdnRoute setting.
        const EndpointPolicy p =
            SDNRoutePolicySetting{.destination_prefix = IpPrefix::parse("169.254.169.254/24"),
                                  .next_hop = IpAddress::parse("127.10.0.34"),
                                  .need_encap = false};
        CHECK(
            policy_json(p) ==
            R"({"Type":"SDNRoute","Settings":{"DestinationPrefix":"169.254.169.254/24","NextHop":"127.10.0.34"}})");
        CHECK(through_json(p) == p);
    }
    SECTION("PortMapping with every field") {
        const EndpointPolicy p = PortMappingPolicySetting{.protocol = 17,
                                                          .internal_port = 53,
                                                          .external_port = 5353,
                                                          .vip = IpAddress::parse("192.168.1.20"),
                                                          .flags = NatFlags::LocalRoutedVip};
        CHECK(
            policy_json(p) ==
            R"({"Type":"PortMapping","Settings":{"Protocol":17,"InternalPort":53,"ExternalPort":5353,"VIP":"192.168.1.20","Flags":1}})");
        CHECK(through_json(p) == p);
        CHECK(policy_json(PortMappingPolicySetting{}) == R"({"Type":"PortMapping","Settings":{}})");
    }
    SECTION("ACL always writes Action and Direction") {
        CHECK(policy_json(AclPolicySetting{}) ==
              R"({"Type":"ACL","Settings":{"Action":"Allow","Direction":"In"}})");
        const EndpointPolicy p = AclPolicySetting{.protocols = "17",
                                                  .action = Action::Pass,
                                                  .direction = Direction::Out,
                                                  .local_addresses = "10.244.1.5",
                                                  .remote_addresses = "10.96.0.10",
                                                  .local_ports = "53",
                                                  .remote_ports = "1024-65535",
                                                  .rule_type = RuleType::Host,
                                                  .priority = 1000};
        CHECK(
            policy_json(p) ==
            R"({"Type":"ACL","Settings":{"Protocols":"17","Action":"Pass","Direction":"Out","LocalAddresses":"10.244.1.5",)"
            R"("RemoteAddresses":"10.96.0.10","LocalPorts":"53","RemotePorts":"1024-65535","RuleType":"Host","Priority":1000}})");
        CHECK(through_json(p) == p);
    }
    SECTION("L4Proxy always writes Destination") {
        CHECK(policy_json(L4ProxyPolicySetting{}) ==
              R"({"Type":"L4Proxy","Settings":{"Destination":""}})");
        const EndpointPolicy p = L4ProxyPolicySetting{.ip = IpAddress::parse("127.0.0.1"),
                                                      .port = "15001",
                                                      .protocol = 6,
                                                      .exceptions = {"10.96.0.1", "15020"},
                                                      .destination = "10.244.1.5:8080",
                                                      .outbound_nat = true};
        CHECK(
            policy_json(p) ==
            R"({"Type":"L4Proxy","Settings":{"IP":"127.0.0.1","Port":"15001","Protocol":6,"Exceptions":["10.96.0.1","15020"],)"
            R"("Destination":"10.244.1.5:8080","OutboundNAT":true}})");
        CHECK(through_json(p) == p);
    }
    SECTION("EncapOverhead") {
        const EndpointPolicy p = EncapOverheadEndpointPolicySetting{50};
        CHECK(policy_json(p) == R"({"Type":"EncapOverhead","Settings":{"Overhead":50}})");
        CHECK(through_json(p) == p);
        CHECK(policy_json(EncapOverheadEndpointPolicySetting{}) ==
              R"({"Type":"EncapOverhead","Settings":{}})");
    }
}

TEST_CASE("Empty strings in optional address fields read as absent, as omitempty leaves them",
          "[hns][endpoint][json]") {
    const auto ep = Endpoint::from_json(
        R"({"Policies":[{"Type":"ProviderAddress","Settings":{"ProviderAddress":""}},)"
        R"({"Type":"SDNRoute","Settings":{"DestinationPrefix":"","NextHop":""}},)"
        R"({"Type":"ACL","Settings":{"Action":"Block","Direction":"Out","RuleType":""}}],)"
        R"("IpConfigurations":[{"IpAddress":""}],"MacAddress":""})");
    CHECK(ep.policies[0] == EndpointPolicy{ProviderAddressEndpointPolicySetting{}});
    CHECK(ep.policies[1] == EndpointPolicy{SDNRoutePolicySetting{}});
    CHECK_FALSE(std::get<AclPolicySetting>(ep.policies[2]).rule_type.has_value());
    CHECK(ep.ip_configurations == std::vector<IpConfig>{IpConfig{}});
    CHECK(ep.mac_address.empty());
}

TEST_CASE("Every endpoint flag value and NAT flag value round-trips", "[hns][endpoint][json]") {
    for (std::uint32_t flags = 0; flags < 2; ++flags) {
        for (std::uint32_t nat = 0; nat < 4; ++nat) {
            Endpoint ep;
            ep.flags = static_cast<EndpointFlags>(flags);
            ep.policies = {OutboundNatPolicySetting{.flags = static_cast<NatFlags>(nat)},
                           PortMappingPolicySetting{.flags = static_cast<NatFlags>(nat)}};
            const auto parsed = Endpoint::from_json(ep.to_json());
            REQUIRE(parsed == ep);
            CHECK(parsed.is_remote() == (flags == 1));
        }
    }
}

TEST_CASE("Every ACL action, direction and rule type round-trips", "[hns][endpoint][json]") {
    for (const auto action : {Action::Allow, Action::Block, Action::Pass}) {
        for (const auto direction : {Direction::In, Direction::Out}) {
            for (const auto rule_type : {std::optional<RuleType>{}, std::optional{RuleType::Host},
                                         std::optional{RuleType::Switch}}) {
                const EndpointPolicy p = AclPolicySetting{
                    .action = action, .direction = direction, .rule_type = rule_type};
                REQUIRE(through_json(p) == p);
            }
        }
    }
}

TEST_CASE("IPv6 addresses and the largest prefix lengths round-trip", "[hns][endpoint][json]") {
    require_round_trip(
        R"({"IpConfigurations":[{"IpAddress":"10.244.1.5","PrefixLength":32},{"IpAddress":"fd00:10:244:1::5","PrefixLength":128}],)"
        R"("Dns":{},"Routes":[{"NextHop":"fd00:10:244:1::2","DestinationPrefix":"::/0"}],)"
        R"("MacAddress":"02-11-0a-f4-01-05","Flags":1,"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})");
    // A prefix length without an address is Go's business, not checked against a family.
    require_round_trip(
        R"({"IpConfigurations":[{"PrefixLength":200}],"Dns":{},"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})");
}

TEST_CASE("An empty endpoint still carries Dns, Health and SchemaVersion",
          "[hns][endpoint][json]") {
    REQUIRE(Endpoint{}.to_json() == R"({"Dns":{},"Health":{"Extra":{}},)" + schema + "}");
    // Absent means 2.0 (Go would leave 0.0): every HCN v2 object has that schema.
    REQUIRE(Endpoint::from_json("{}") == Endpoint{});
    REQUIRE(
        Endpoint::from_json(R"({"SchemaVersion":{"Major":2,"Minor":1}})").schema_version.minor ==
        1);
}

TEST_CASE("null endpoint fields and null Settings count as absent, as in Go",
          "[hns][endpoint][json]") {
    const auto ep = Endpoint::from_json(
        R"({"ID":null,"Name":null,"HostComputeNetwork":null,"HostComputeNamespace":null,"Policies":null,)"
        R"("IpConfigurations":null,"Dns":null,"Routes":null,"MacAddress":null,"Flags":null,"Health":null,"SchemaVersion":null})");
    REQUIRE(ep == Endpoint{});
    const auto with_null_settings =
        Endpoint::from_json(R"({"Policies":[{"Type":"QOS","Settings":null}]})");
    CHECK(with_null_settings.policies[0] == EndpointPolicy{OtherEndpointPolicy{"QOS", ""}});
}

TEST_CASE("Indented endpoint JSON follows Go's MarshalIndent layout", "[hns][endpoint][json]") {
    Endpoint ep;
    ep.host_compute_network = "net";
    ep.policies = {ProviderAddressEndpointPolicySetting{IpAddress::parse("10.0.0.11")}};
    ep.ip_configurations = {{.ip_address = IpAddress::parse("100.96.1.3")}};
    ep.flags = EndpointFlags::RemoteEndpoint;
    REQUIRE(ep.to_json(JsonStyle::Indented) == R"({
  "HostComputeNetwork": "net",
  "Policies": [
    {
      "Type": "ProviderAddress",
      "Settings": {
        "ProviderAddress": "10.0.0.11"
      }
    }
  ],
  "IpConfigurations": [
    {
      "IpAddress": "100.96.1.3"
    }
  ],
  "Dns": {},
  "Flags": 1,
  "Health": {
    "Extra": {}
  },
  "SchemaVersion": {
    "Major": 2,
    "Minor": 0
  }
})");
}

TEST_CASE("conjure_mac writes kube-proxy's MAC for IPv4 and IPv6 addresses", "[hns][endpoint]") {
    using winnet::hns::conjure_mac;
    CHECK(conjure_mac("02-11", IpAddress::parse("192.168.2.3")) == "02-11-c0-a8-02-03");
    CHECK(conjure_mac("02-11", IpAddress::parse("100.96.1.3")) == "02-11-64-60-01-03");
    CHECK(conjure_mac("02-11", IpAddress::parse("0.0.0.0")) == "02-11-00-00-00-00");
    CHECK(conjure_mac("02-11", IpAddress::parse("255.255.255.255")) == "02-11-ff-ff-ff-ff");
    // IPv6: bytes 15, 14, 13, 12 (last first).
    CHECK(conjure_mac("02-11", IpAddress::parse("fd00::a:b:c:d")) == "02-11-0d-00-0c-00");
    CHECK(conjure_mac("02-11", IpAddress::parse("2001:db8::1:203:405")) == "02-11-05-04-03-02");
    // An IPv4-mapped address is IPv4, as Go's To4() makes it.
    CHECK(conjure_mac("02-11", IpAddress::parse("::ffff:10.244.1.5")) == "02-11-0a-f4-01-05");
    // The prefix is used as given.
    CHECK(conjure_mac("0E-2A", IpAddress::parse("10.244.2.7")) == "0E-2A-0a-f4-02-07");
}

TEST_CASE("Endpoint and policy enums print as their names", "[hns][endpoint]") {
    using winnet::hns::to_string;
    CHECK(to_string(EndpointFlags::None) == "None");
    CHECK(to_string(EndpointFlags::RemoteEndpoint) == "RemoteEndpoint");
    CHECK(to_string(static_cast<EndpointFlags>(5)) == "RemoteEndpoint|4");
    CHECK(to_string(NatFlags::None) == "None");
    CHECK(to_string(NatFlags::LocalRoutedVip | NatFlags::IPv6) == "LocalRoutedVip|IPv6");
    CHECK(to_string(NatFlags::IPv6) == "IPv6");
    CHECK(to_string(Action::Block) == "Block");
    CHECK(to_string(Direction::Out) == "Out");
    CHECK(to_string(RuleType::Switch) == "Switch");
    CHECK((EndpointFlags::RemoteEndpoint & EndpointFlags::None) == EndpointFlags::None);
    CHECK((NatFlags::IPv6 & (NatFlags::LocalRoutedVip | NatFlags::IPv6)) == NatFlags::IPv6);
}

TEST_CASE("policy_type names each alternative with hcsshim's Type constant", "[hns][endpoint]") {
    using winnet::hns::policy_type;
    CHECK(policy_type(ProviderAddressEndpointPolicySetting{}) == "ProviderAddress");
    CHECK(policy_type(OutboundNatPolicySetting{}) == "OutBoundNAT");
    CHECK(policy_type(SDNRoutePolicySetting{}) == "SDNRoute");
    CHECK(policy_type(PortMappingPolicySetting{}) == "PortMapping");
    CHECK(policy_type(AclPolicySetting{}) == "ACL");
    CHECK(policy_type(L4ProxyPolicySetting{}) == "L4Proxy");
    CHECK(policy_type(EncapOverheadEndpointPolicySetting{}) == "EncapOverhead");
    CHECK(policy_type(OtherEndpointPolicy{"TierAcl", "{}"}) == "TierAcl");
}
