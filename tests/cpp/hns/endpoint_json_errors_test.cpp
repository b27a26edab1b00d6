// Malformed endpoint documents: every error names the JSON path and what was expected.
#include "catch.hpp"

#include <winnet/error.hpp>
#include <winnet/hns/endpoint.hpp>

#include <string>

using winnet::JsonError;
using winnet::hns::Endpoint;

namespace {
// Parses `doc`, requires a JsonError at `path` whose message contains `fragment`.
void require_error(const std::string& doc, const std::string& path, const std::string& fragment) {
    try {
        (void)Endpoint::from_json(doc);
    } catch (const JsonError& e) {
        INFO("message: " << e.what());
        CHECK(e.path() == path);
        CHECK(std::string(e.what()).find(fragment) != std::string::npos);
        CHECK(std::string(e.what()).rfind(path + ": ", 0) == 0);
        return;
    }
    FAIL("no JsonError for " << doc);
}

// `settings` as the Settings of a single policy of `type`.
std::string with_policy(const std::string& type, const std::string& settings) {
    return R"({"Policies":[{"Type":")" + type + R"(","Settings":)" + settings + "}]}";
}
} // namespace

TEST_CASE("Endpoint text that is not JSON or not an object is rejected at $",
          "[hns][endpoint][errors]") {
    require_error(R"({"ID":)", "$", "not valid JSON: syntax error at byte");
    require_error("[]", "$", "expected an object (HostComputeEndpoint), found an array");
}

TEST_CASE("Endpoint fields of the wrong type name the field", "[hns][endpoint][errors]") {
    require_error(R"({"ID":7})", "$.ID", "expected a string, found the number 7");
    require_error(R"({"Name":true})", "$.Name", "expected a string, found true");
    require_error(R"({"HostComputeNetwork":{}})", "$.HostComputeNetwork",
                  "expected a string, found an object");
    require_error(R"({"HostComputeNamespace":[]})", "$.HostComputeNamespace",
                  "expected a string, found an array");
    require_error(R"({"Policies":{}})", "$.Policies", "expected an array, found an object");
    require_error(R"({"Policies":["ACL"]})", "$.Policies[0]",
                  "expected an object (EndpointPolicy), found the string \"ACL\"");
    require_error(R"({"IpConfigurations":"10.0.0.1"})", "$.IpConfigurations",
                  "expected an array, found the string \"10.0.0.1\"");
    require_error(R"({"IpConfigurations":[{"IpAddress":10}]})", "$.IpConfigurations[0].IpAddress",
                  "expected a string, found the number 10");
    require_error(R"({"Dns":[]})", "$.Dns", "expected an object (Dns), found an array");
    require_error(R"({"Dns":{"ServerList":"10.96.0.10"}})", "$.Dns.ServerList",
                  "expected an array");
    require_error(R"({"Routes":[{"Metric":"1"}]})", "$.Routes[0].Metric",
                  "expected an integer from 0 to 65535 (uint16)");
    require_error(R"({"MacAddress":1})", "$.MacAddress", "expected a string, found the number 1");
    require_error(R"({"Flags":"1"})", "$.Flags", "expected an integer from 0 to 4294967295");
    require_error(R"({"Health":{"Extra":[]}})", "$.Health.Extra",
                  "expected an object (ExtraParams), found an array");
    require_error(R"({"SchemaVersion":{"Major":"2"}})", "$.SchemaVersion.Major",
                  "expected an integer");
}

TEST_CASE("Endpoint flag bits HNS does not define are rejected", "[hns][endpoint][errors]") {
    require_error(R"({"Flags":2})", "$.Flags",
                  "flag bits 2 of 2 are not defined for EndpointFlags (defined bits: 1)");
    require_error(R"({"Flags":3})", "$.Flags",
                  "flag bits 2 of 3 are not defined for EndpointFlags");
    require_error(R"({"Flags":-1})", "$.Flags", "found the number -1");
    require_error(with_policy("OutBoundNAT", R"({"Flags":4})"), "$.Policies[0].Settings.Flags",
                  "flag bits 4 of 4 are not defined for NatFlags (defined bits: 3)");
    require_error(with_policy("PortMapping", R"({"Flags":7})"), "$.Policies[0].Settings.Flags",
                  "flag bits 4 of 7 are not defined for NatFlags");
}

TEST_CASE("Addresses, prefixes and MACs that do not parse are rejected with the parser's reason",
          "[hns][endpoint][errors]") {
    require_error(R"({"IpConfigurations":[{"IpAddress":"192.168.2.300"}]})",
                  "$.IpConfigurations[0].IpAddress", "invalid IP address \"192.168.2.300\"");
    require_error(R"({"MacAddress":"02-11-c0-a8-02"})", "$.MacAddress",
                  "invalid MAC address \"02-11-c0-a8-02\"");
    require_error(R"({"MacAddress":"02-11-c0-a8-02-zz"})", "$.MacAddress", "invalid MAC address");
    require_error(R"({"Routes":[{"DestinationPrefix":"0.0.0.0"}]})",
                  "$.Routes[0].DestinationPrefix", "invalid IP prefix \"0.0.0.0\"");
    require_error(R"({"Dns":{"ServerList":["10.96.0.10","kube-dns"]}})", "$.Dns.ServerList[1]",
                  "invalid IP address \"kube-dns\"");
    require_error(with_policy("ProviderAddress", R"({"ProviderAddress":"10.0.0.3.1"})"),
                  "$.Policies[0].Settings.ProviderAddress", "invalid IP address \"10.0.0.3.1\"");
    require_error(with_policy("OutBoundNAT", R"({"VirtualIP":"node"})"),
                  "$.Policies[0].Settings.VirtualIP", "invalid IP address \"node\"");
    require_error(with_policy("OutBoundNAT", R"({"Exceptions":["10.244.0.0/16","10.96.0.0/33"]})"),
                  "$.Policies[0].Settings.Exceptions[1]", "invalid IP prefix \"10.96.0.0/33\"");
    require_error(with_policy("OutBoundNAT", R"({"Exceptions":["10.96.0.10"]})"),
                  "$.Policies[0].Settings.Exceptions[0]", "invalid IP prefix \"10.96.0.10\"");
    require_error(with_policy("OutBoundNAT", R"({"Destinations":["10.244.1.05"]})"),
                  "$.Policies[0].Settings.Destinations[0]", "invalid IP address \"10.244.1.05\"");
    require_error(with_policy("SDNRoute", R"({"DestinationPrefix":"10.96.0.0/12/1"})"),
                  "$.Policies[0].Settings.DestinationPrefix", "invalid IP prefix");
    require_error(with_policy("SDNRoute", R"({"NextHop":"fd00::1%eth0"})"),
                  "$.Policies[0].Settings.NextHop", "invalid IP address \"fd00::1%eth0\"");
    require_error(with_policy("PortMapping", R"({"VIP":"0.0.0.0.0"})"),
                  "$.Policies[0].Settings.VIP", "invalid IP address");
    require_error(with_policy("L4Proxy", R"({"IP":"localhost"})"), "$.Policies[0].Settings.IP",
                  "invalid IP address \"localhost\"");
}

TEST_CASE("Prefix lengths too long for the address family are rejected",
          "[hns][endpoint][errors]") {
    require_error(R"({"IpConfigurations":[{"IpAddress":"10.244.1.5","PrefixLength":33}]})",
                  "$.IpConfigurations[0].PrefixLength",
                  "prefix length 33 is too long for the IPv4 address 10.244.1.5 (0-32)");
    require_error(
        R"({"IpConfigurations":[{"IpAddress":"10.244.1.5"},{"IpAddress":"fd00::5","PrefixLength":129}]})",
        "$.IpConfigurations[1].PrefixLength",
        "prefix length 129 is too long for the IPv6 address fd00::5 (0-128)");
    require_error(R"({"IpConfigurations":[{"PrefixLength":256}]})",
                  "$.IpConfigurations[0].PrefixLength",
                  "expected an integer from 0 to 255 (uint8), found the number 256");
}

TEST_CASE("Ports and numbers out of range in policy settings are rejected",
          "[hns][endpoint][errors]") {
    require_error(with_policy("PortMapping", R"({"InternalPort":65536})"),
                  "$.Policies[0].Settings.InternalPort",
                  "expected an integer from 0 to 65535 (uint16), found the number 65536");
    require_error(with_policy("PortMapping", R"({"ExternalPort":-80})"),
                  "$.Policies[0].Settings.ExternalPort", "found the number -80");
    require_error(with_policy("PortMapping", R"({"Protocol":"tcp"})"),
                  "$.Policies[0].Settings.Protocol",
                  "expected an integer from 0 to 4294967295 (uint32), found the string \"tcp\"");
    require_error(with_policy("OutBoundNAT", R"({"MaxPortPoolUsage":70000})"),
                  "$.Policies[0].Settings.MaxPortPoolUsage", "(uint16), found the number 70000");
    require_error(with_policy("ACL", R"({"Action":"Allow","Direction":"In","Priority":65536})"),
                  "$.Policies[0].Settings.Priority", "(uint16)");
    require_error(with_policy("EncapOverhead", R"({"Overhead":1.5})"),
                  "$.Policies[0].Settings.Overhead", "found the number 1.5");
    require_error(with_policy("L4Proxy", R"({"Protocol":4294967296})"),
                  "$.Policies[0].Settings.Protocol", "(uint32)");
}

TEST_CASE("Policy settings of the wrong type name the setting", "[hns][endpoint][errors]") {
    require_error(with_policy("SDNRoute", R"({"NeedEncap":"true"})"),
                  "$.Policies[0].Settings.NeedEncap",
                  "expected true or false, found the string \"true\"");
    require_error(with_policy("L4Proxy", R"({"OutboundNAT":1})"),
                  "$.Policies[0].Settings.OutboundNAT",
                  "expected true or false, found the number 1");
    require_error(with_policy("L4Proxy", R"({"Port":15001})"), "$.Policies[0].Settings.Port",
                  "expected a string, found the number 15001");
    require_error(with_policy("L4Proxy", R"({"Exceptions":"10.0.0.1"})"),
                  "$.Policies[0].Settings.Exceptions", "expected an array");
    require_error(with_policy("ACL", R"({"Action":"Allow","Direction":"In","Protocols":6})"),
                  "$.Policies[0].Settings.Protocols", "expected a string, found the number 6");
    require_error(with_policy("ACL", R"({"Action":"Allow","Direction":"In","LocalPorts":80})"),
                  "$.Policies[0].Settings.LocalPorts", "expected a string");
    require_error(with_policy("OutBoundNAT", R"({"Exceptions":"10.96.0.0/12"})"),
                  "$.Policies[0].Settings.Exceptions", "expected an array");
}

TEST_CASE("Unknown ACL actions, directions and rule types are rejected",
          "[hns][endpoint][errors]") {
    require_error(with_policy("ACL", R"({"Action":"Deny","Direction":"In"})"),
                  "$.Policies[0].Settings.Action",
                  "unknown ACL Action \"Deny\": expected \"Allow\", \"Block\" or \"Pass\"");
    require_error(with_policy("ACL", R"({"Action":"allow","Direction":"In"})"),
                  "$.Policies[0].Settings.Action", "unknown ACL Action \"allow\"");
    require_error(with_policy("ACL", R"({"Action":"","Direction":"In"})"),
                  "$.Policies[0].Settings.Action", "unknown ACL Action \"\"");
    require_error(with_policy("ACL", R"({"Action":"Allow","Direction":"Inbound"})"),
                  "$.Policies[0].Settings.Direction",
                  "unknown ACL Direction \"Inbound\": expected \"In\" or \"Out\"");
    require_error(with_policy("ACL", R"({"Action":"Allow","Direction":"In","RuleType":"WFP"})"),
                  "$.Policies[0].Settings.RuleType",
                  "unknown ACL RuleType \"WFP\": expected \"Host\" or \"Switch\"");
    require_error(with_policy("ACL", R"({"Action":1,"Direction":"In"})"),
                  "$.Policies[0].Settings.Action", "expected a string, found the number 1");
}

TEST_CASE("An ACL without Action or Direction is rejected, as hcsshim always writes both",
          "[hns][endpoint][errors]") {
    require_error(with_policy("ACL", R"({"Direction":"In"})"), "$.Policies[0].Settings.Action",
                  "missing: an ACL needs an Action");
    require_error(with_policy("ACL", R"({"Action":"Block"})"), "$.Policies[0].Settings.Direction",
                  "missing: an ACL needs a Direction");
}

TEST_CASE("Policies without a Type, or a modelled Type without Settings, are rejected",
          "[hns][endpoint][errors]") {
    require_error(R"({"Policies":[{"Settings":{}}]})", "$.Policies[0].Type",
                  "missing: every endpoint policy needs a Type");
    require_error(R"({"Policies":[{"Type":"","Settings":{}}]})", "$.Policies[0].Type",
                  "empty: every endpoint policy needs a Type");
    require_error(R"({"Policies":[{"Type":6}]})", "$.Policies[0].Type",
                  "expected a string, found the number 6");
    // The v1-shaped OutBoundNAT under apiVersion 2 ends up like this in the CNI plugins.
    require_error(R"({"Policies":[{"Type":"ProviderAddress"},{"Type":"OutBoundNAT"}]})",
                  "$.Policies[0].Settings",
                  "missing: a policy of Type \"ProviderAddress\" needs Settings");
    require_error(with_policy("SDNRoute", "[]"), "$.Policies[0].Settings",
                  "expected an object (SDNRoutePolicySetting), found an array");
    require_error(with_policy("EncapOverhead", "50"), "$.Policies[0].Settings",
                  "expected an object (EncapOverheadEndpointPolicySetting), found the number 50");
}

TEST_CASE("Unknown fields are rejected, in the endpoint and in modelled settings",
          "[hns][endpoint][errors]") {
    require_error(R"({"IPAddress":"10.0.0.1"})", "$.IPAddress",
                  "unknown field \"IPAddress\" of HostComputeEndpoint");
    require_error(R"({"macaddress":"02-11-c0-a8-02-03"})", "$.macaddress",
                  "did you mean \"MacAddress\"? field names are case-sensitive");
    require_error(R"({"Policies":[{"Type":"ACL","Settings":{},"Id":"x"}]})", "$.Policies[0].Id",
                  "unknown field \"Id\" of EndpointPolicy");
    require_error(R"({"IpConfigurations":[{"IpAddress":"10.0.0.1","Gateway":"10.0.0.2"}]})",
                  "$.IpConfigurations[0].Gateway", "unknown field \"Gateway\" of IpConfig");
    // A v1-shaped OutBoundNAT (ExceptionList) under a v2 Type: hcsshim's struct has Exceptions.
    require_error(with_policy("OutBoundNAT", R"({"ExceptionList":["10.96.0.0/12"]})"),
                  "$.Policies[0].Settings.ExceptionList",
                  "unknown field \"ExceptionList\" of OutboundNatPolicySetting");
    require_error(with_policy("ProviderAddress", R"({"PA":"10.0.0.3"})"),
                  "$.Policies[0].Settings.PA",
                  "unknown field \"PA\" of ProviderAddressEndpointPolicySetting");
    require_error(with_policy("SDNRoute", R"({"destinationPrefix":"10.96.0.0/12"})"),
                  "$.Policies[0].Settings.destinationPrefix",
                  "did you mean \"DestinationPrefix\"?");
    require_error(with_policy("PortMapping", R"({"HostIP":""})"), "$.Policies[0].Settings.HostIP",
                  "unknown field \"HostIP\" of PortMappingPolicySetting");
    require_error(with_policy("ACL", R"({"Action":"Allow","Direction":"In","Id":"rule"})"),
                  "$.Policies[0].Settings.Id", "unknown field \"Id\" of AclPolicySetting");
    require_error(with_policy("L4Proxy", R"({"OutboundNat":true})"),
                  "$.Policies[0].Settings.OutboundNat", "did you mean \"OutboundNAT\"?");
    require_error(with_policy("EncapOverhead", R"({"Overhead":50,"Mtu":1450})"),
                  "$.Policies[0].Settings.Mtu",
                  "unknown field \"Mtu\" of EncapOverheadEndpointPolicySetting");
}

TEST_CASE("Settings of an unmodelled policy type are never inspected", "[hns][endpoint][errors]") {
    // Anything JSON goes, as in a json.RawMessage; only the endpoint around it is checked.
    CHECK_NOTHROW(Endpoint::from_json(with_policy("QOS", R"({"Whatever":[1,"x",{"y":null}]})")));
    CHECK_NOTHROW(Endpoint::from_json(with_policy("SDNROUTE", "\"text\"")));
    require_error(R"({"Policies":[{"Type":"QOS","Settings":{}}],"Flags":8})", "$.Flags",
                  "flag bits 8 of 8");
}

TEST_CASE("Hand-written settings that are not JSON fail when the endpoint is written",
          "[hns][endpoint][errors]") {
    Endpoint ep;
    ep.policies = {winnet::hns::OtherEndpointPolicy{"QOS", "{}"},
                   winnet::hns::OtherEndpointPolicy{"QOS", "{MaximumOutgoingBandwidthInBytes:1}"}};
    try {
        (void)ep.to_json();
        FAIL("no JsonError");
    } catch (const JsonError& e) {
        CHECK(e.path() == "$.Policies[1].Settings");
        CHECK(std::string(e.what()).find("settings_json of the QOS policy is not JSON") !=
              std::string::npos);
    }
}
