// Malformed network documents: every error names the JSON path and what was expected.
#include "catch.hpp"

#include <winnet/error.hpp>
#include <winnet/hns/network.hpp>

#include <string>

using winnet::JsonError;
using winnet::hns::Network;

namespace {
// Parses `doc`, requires a JsonError at `path` whose message contains `fragment`.
void require_error(const std::string& doc, const std::string& path, const std::string& fragment) {
    try {
        (void)Network::from_json(doc);
    } catch (const JsonError& e) {
        INFO("message: " << e.what());
        CHECK(e.path() == path);
        CHECK(std::string(e.what()).find(fragment) != std::string::npos);
        CHECK(std::string(e.what()).rfind(path + ": ", 0) == 0);
        return;
    }
    FAIL("no JsonError for " << doc);
}

// A network whose only policy is `policy`.
std::string with_policy(const std::string& policy) {
    return R"({"Policies":[)" + policy + "]}";
}

// A network whose only subnet has `subnet` as its JSON.
std::string with_subnet(const std::string& subnet) {
    return R"({"Ipams":[{"Type":"Static","Subnets":[)" + subnet + "]}]}";
}

const std::string good_route =
    R"({"Type":"RemoteSubnetRoute","Settings":{"DestinationPrefix":"192.168.2.0/24",)"
    R"("IsolationId":5000,"ProviderAddress":"1.1.1.1","DistributedRouterMacAddress":"00-12-34-56-78-9a"}})";

// The hcsshim remote subnet route with one setting replaced by `key: value`.
std::string route_with(const std::string& key, const std::string& value) {
    std::string settings =
        R"({"DestinationPrefix":"192.168.2.0/24","IsolationId":5000,)"
        R"("ProviderAddress":"1.1.1.1","DistributedRouterMacAddress":"00-12-34-56-78-9a"})";
    const auto at = settings.find("\"" + key + "\":");
    const auto end = settings.find_first_of(",}", settings.find(':', at));
    settings.replace(at, end - at, "\"" + key + "\":" + value);
    return R"({"Type":"RemoteSubnetRoute","Settings":)" + settings + "}";
}
} // namespace

TEST_CASE("Network text that is not JSON, or not an object, is rejected at $",
          "[hns][network][errors]") {
    require_error(R"({"Name":)", "$", "not valid JSON: syntax error at byte");
    require_error("[]", "$", "expected an object (HostComputeNetwork), found an array");
}

TEST_CASE("Values of the wrong type anywhere in a network name their path",
          "[hns][network][errors]") {
    require_error(R"({"Name":7})", "$.Name", "expected a string, found the number 7");
    require_error(R"({"Type":1})", "$.Type", "expected a string, found the number 1");
    require_error(R"({"Policies":{}})", "$.Policies", "expected an array, found an object");
    require_error(with_policy(R"("HostRoute")"), "$.Policies[0]",
                  "expected an object (NetworkPolicy), found the string \"HostRoute\"");
    require_error(with_policy(R"({"Type":5})"), "$.Policies[0].Type", "expected a string");
    require_error(R"({"MacPool":[]})", "$.MacPool", "expected an object (MacPool), found an array");
    require_error(R"({"MacPool":{"Ranges":["00-15-5D-52-C0-00"]}})", "$.MacPool.Ranges[0]",
                  "expected an object (MacRange)");
    require_error(R"({"Ipams":[{"Subnets":{}}]})", "$.Ipams[0].Subnets", "expected an array");
    require_error(with_subnet(R"({"Routes":[{"Metric":"5"}]})"),
                  "$.Ipams[0].Subnets[0].Routes[0].Metric", "expected an integer from 0 to 65535");
    require_error(R"({"Policies":[{"Type":"HostRoute"},)" + route_with("IsolationId", R"("5000")") +
                      "]}",
                  "$.Policies[1].Settings.IsolationId",
                  "expected an integer from 0 to 65535 (uint16), found the string \"5000\"");
    require_error(with_policy(R"({"Type":"RemoteSubnetRoute","Settings":"x"})"),
                  "$.Policies[0].Settings",
                  "expected an object (RemoteSubnetRoutePolicySetting), found the string \"x\"");
    require_error(with_policy(R"({"Type":"HostRoute","Settings":[]})"), "$.Policies[0].Settings",
                  "expected an object (HostRoute settings, which are empty {}), found an array");
    require_error(with_subnet(R"({"Policies":[{"Type":"VSID","Settings":{"IsolationId":true}}]})"),
                  "$.Ipams[0].Subnets[0].Policies[0].Settings.IsolationId", "found true");
    require_error(R"({"Dns":{"Search":"cluster.local"}})", "$.Dns.Search", "expected an array");
    require_error(R"({"Health":{"Extra":[]}})", "$.Health.Extra",
                  "expected an object (ExtraParams)");
    require_error(R"({"SchemaVersion":{"Major":"2"}})", "$.SchemaVersion.Major",
                  "expected an integer");
    require_error(R"({"Flags":"8"})", "$.Flags", "found the string \"8\"");
}

TEST_CASE("Network and Ipam types are exact, with a hint for a case-only difference",
          "[hns][network][errors]") {
    require_error(R"({"Type":"overlay"})", "$.Type",
                  "unknown network Type \"overlay\" (did you mean \"Overlay\"? values are "
                  "case-sensitive); expected one of NAT, Transparent, L2Bridge, L2Tunnel, ICS, "
                  "Private, Overlay");
    require_error(R"({"Type":"Internal"})", "$.Type",
                  "unknown network Type \"Internal\"; expected one of NAT, Transparent");
    require_error(R"({"Ipams":[{"Type":"static"}]})", "$.Ipams[0].Type",
                  "unknown Ipam Type \"static\" (did you mean \"Static\"?");
    require_error(R"({"Ipams":[{"Type":"Static"},{"Type":"Dynamic"}]})", "$.Ipams[1].Type",
                  "unknown Ipam Type \"Dynamic\"; expected one of Static, DHCP");
}

TEST_CASE(
    "Network addresses, prefixes and MACs that do not parse are rejected with the parser's reason",
    "[hns][network][errors]") {
    require_error(with_policy(route_with("ProviderAddress", R"("1.1.1")")),
                  "$.Policies[0].Settings.ProviderAddress", "\"1.1.1\"");
    require_error(with_policy(route_with("ProviderAddress", R"("")")),
                  "$.Policies[0].Settings.ProviderAddress", "invalid IP address");
    require_error(with_policy(route_with("DestinationPrefix", R"("192.168.2.0")")),
                  "$.Policies[0].Settings.DestinationPrefix", "invalid IP prefix \"192.168.2.0\"");
    require_error(with_policy(route_with("DestinationPrefix", R"("192.168.2.0/33")")),
                  "$.Policies[0].Settings.DestinationPrefix", "\"192.168.2.0/33\"");
    require_error(with_policy(route_with("DistributedRouterMacAddress", R"("00-12-34-56-78")")),
                  "$.Policies[0].Settings.DistributedRouterMacAddress",
                  "invalid MAC address \"00-12-34-56-78\"");
    require_error(with_policy(route_with("DistributedRouterMacAddress", R"("")")),
                  "$.Policies[0].Settings.DistributedRouterMacAddress", "invalid MAC address");
    require_error(with_policy(R"({"Type":"ProviderAddress","Settings":{"ProviderAddress":"x"}})"),
                  "$.Policies[0].Settings.ProviderAddress", "invalid IP address \"x\"");
    require_error(with_policy(R"({"Type":"DrMacAddress","Settings":{"Address":"00-15-5D"}})"),
                  "$.Policies[0].Settings.Address", "invalid MAC address \"00-15-5D\"");
    require_error(
        with_policy(
            R"({"Type":"SourceMacAddress","Settings":{"SourceMacAddress":"zz-15-5D-01-02-0C"}})"),
        "$.Policies[0].Settings.SourceMacAddress", "invalid MAC address");
    require_error(R"({"MacPool":{"Ranges":[{"StartMacAddress":"00-15-5D-52-C0-00",)"
                  R"("EndMacAddress":"00-15-5D-52-CF-FF-00"}]}})",
                  "$.MacPool.Ranges[0].EndMacAddress", "invalid MAC address");
    require_error(
        with_subnet(R"({"IpAddressPrefix":"10.244.2.0/24"},{"IpAddressPrefix":"10.244.2.0"})"),
        "$.Ipams[0].Subnets[1].IpAddressPrefix", "invalid IP prefix");
    require_error(with_subnet(R"({"Routes":[{"NextHop":"10.244.2.256"}]})"),
                  "$.Ipams[0].Subnets[0].Routes[0].NextHop", "\"10.244.2.256\"");
    require_error(R"({"Dns":{"ServerList":["10.96.0.10","dns"]}})", "$.Dns.ServerList[1]",
                  "invalid IP address \"dns\"");
}

TEST_CASE("VXLAN ports and isolation ids outside their Go types are rejected",
          "[hns][network][errors]") {
    require_error(with_policy(route_with("IsolationId", "65536")),
                  "$.Policies[0].Settings.IsolationId",
                  "expected an integer from 0 to 65535 (uint16), found the number 65536");
    require_error(with_policy(route_with("IsolationId", "-1")),
                  "$.Policies[0].Settings.IsolationId", "found the number -1");
    require_error(with_policy(R"({"Type":"VxlanPort","Settings":{"Port":70000}})"),
                  "$.Policies[0].Settings.Port",
                  "expected an integer from 0 to 65535 (uint16), found the number 70000");
    require_error(with_policy(R"({"Type":"VxlanPort","Settings":{"Port":4789.5}})"),
                  "$.Policies[0].Settings.Port", "found the number 4789.5");
    require_error(
        with_subnet(R"({"Policies":[{"Type":"VLAN","Settings":{"IsolationId":4294967296}}]})"),
        "$.Ipams[0].Subnets[0].Policies[0].Settings.IsolationId",
        "expected an integer from 0 to 4294967295 (uint32), found the number 4294967296");
    require_error(with_subnet(R"({"Policies":[{"Type":"VSID","Settings":{"IsolationId":-5}}]})"),
                  "$.Ipams[0].Subnets[0].Policies[0].Settings.IsolationId", "found the number -5");
}

TEST_CASE("Network and subnet flag bits HNS does not define are rejected",
          "[hns][network][errors]") {
    require_error(R"({"Flags":1})", "$.Flags",
                  "flag bits 1 of 1 are not defined for NetworkFlags (defined bits: 9224)");
    require_error(R"({"Flags":9232})", "$.Flags", "flag bits 16 of 9232 are not defined");
    require_error(R"({"Flags":4294967296})", "$.Flags", "expected an integer from 0 to 4294967295");
    require_error(with_subnet(R"({"Flags":1},{"Flags":2})"), "$.Ipams[0].Subnets[1].Flags",
                  "flag bits 2 of 2 are not defined for SubnetFlags (defined bits: 1)");
}

TEST_CASE("Unknown fields anywhere in a network, modelled settings included, are rejected",
          "[hns][network][errors]") {
    require_error(R"({"Subnets":[]})", "$.Subnets",
                  "unknown field \"Subnets\" of HostComputeNetwork; its fields are ID Name Type");
    require_error(R"({"policies":[]})", "$.policies",
                  "did you mean \"Policies\"? field names are case-sensitive");
    require_error(R"({"Id":"x"})", "$.Id", "did you mean \"ID\"?");
    require_error(with_policy(R"({"Type":"HostRoute","Name":"x"})"), "$.Policies[0].Name",
                  "unknown field \"Name\" of NetworkPolicy");
    require_error(
        R"({"Policies":[)" + good_route + "," +
            R"({"Type":"RemoteSubnetRoute","Settings":{"DestinationPrefix":"192.168.3.0/24",)"
            R"("IsolationId":5000,"ProviderAddress":"1.1.1.2","DistributedRouterMacAddress":"00-12-34-56-78-9b",)"
            R"("Metric":1}}]})",
        "$.Policies[1].Settings.Metric",
        "unknown field \"Metric\" of RemoteSubnetRoutePolicySetting");
    require_error(with_policy(R"({"Type":"VxlanPort","Settings":{"port":4789}})"),
                  "$.Policies[0].Settings.port", "did you mean \"Port\"?");
    require_error(with_policy(R"({"Type":"ProviderAddress","Settings":{"PA":"10.0.0.1"}})"),
                  "$.Policies[0].Settings.PA",
                  "unknown field \"PA\" of ProviderAddressNetworkPolicySetting");
    require_error(
        with_policy(R"({"Type":"DrMacAddress","Settings":{"MacAddress":"00-15-5D-01-02-0C"}})"),
        "$.Policies[0].Settings.MacAddress",
        "unknown field \"MacAddress\" of DrMacAddressNetworkPolicySetting");
    require_error(with_policy(R"({"Type":"NetAdapterName","Settings":{"Name":"Ethernet"}})"),
                  "$.Policies[0].Settings.Name",
                  "unknown field \"Name\" of NetAdapterNameNetworkPolicySetting");
    require_error(with_policy(R"({"Type":"SourceMacAddress","Settings":{"Address":"x"}})"),
                  "$.Policies[0].Settings.Address",
                  "unknown field \"Address\" of SourceMacAddressNetworkPolicySetting");
    require_error(with_policy(R"({"Type":"HostRoute","Settings":{"Enable":true}})"),
                  "$.Policies[0].Settings.Enable",
                  "unknown field \"Enable\": HostRoute policies have no settings");
    require_error(with_subnet(R"({"Policies":[{"Type":"VLAN","Settings":{"VlanId":7}}]})"),
                  "$.Ipams[0].Subnets[0].Policies[0].Settings.VlanId",
                  "unknown field \"VlanId\" of VlanPolicySetting");
    require_error(
        with_subnet(R"({"Policies":[{"Type":"VSID","Settings":{"IsolationId":1},"X":1}]})"),
        "$.Ipams[0].Subnets[0].Policies[0].X", "unknown field \"X\" of SubnetPolicy");
    require_error(with_subnet(R"({"AddressPrefix":"10.0.0.0/24"})"),
                  "$.Ipams[0].Subnets[0].AddressPrefix",
                  "unknown field \"AddressPrefix\" of Subnet");
    require_error(R"({"Ipams":[{"Subnet":[]}]})", "$.Ipams[0].Subnet",
                  "unknown field \"Subnet\" of Ipam; its fields are Type Subnets");
    require_error(R"({"MacPool":{"Ranges":[{"Start":"00-15-5D-52-C0-00"}]}})",
                  "$.MacPool.Ranges[0].Start", "unknown field \"Start\" of MacRange");
    require_error(R"({"MacPool":{"ranges":[]}})", "$.MacPool.ranges", "did you mean \"Ranges\"?");
    require_error(R"({"Health":{"Extra":{"Switch":"x"}}})", "$.Health.Extra.Switch",
                  "unknown field \"Switch\" of ExtraParams");
}

TEST_CASE("A network or subnet policy without a Type, or a modelled one without its settings, is "
          "rejected",
          "[hns][network][errors]") {
    require_error(with_policy(R"({"Settings":{}})"), "$.Policies[0]",
                  "missing field \"Type\" of NetworkPolicy");
    require_error(with_policy(R"({"Type":"","Settings":{}})"), "$.Policies[0].Type",
                  "empty policy Type");
    require_error(R"({"Policies":[)" + good_route + R"(,{"Type":"RemoteSubnetRoute"}]})",
                  "$.Policies[1]",
                  "missing field \"Settings\" of NetworkPolicy: a RemoteSubnetRoute policy needs "
                  "its RemoteSubnetRoutePolicySetting");
    require_error(with_policy(R"({"Type":"VxlanPort","Settings":null})"), "$.Policies[0]",
                  "a VxlanPort policy needs its VxlanPortPolicySetting");
    require_error(
        with_policy(R"({"Type":"RemoteSubnetRoute","Settings":{"DestinationPrefix":)"
                    R"("192.168.2.0/24","ProviderAddress":"1.1.1.1","DistributedRouterMacAddress":)"
                    R"("00-12-34-56-78-9a"}})"),
        "$.Policies[0].Settings",
        "missing field \"IsolationId\" of RemoteSubnetRoutePolicySetting (it has no "
        "omitempty: Go always writes it)");
    require_error(with_policy(route_with("ProviderAddress", "null")), "$.Policies[0].Settings",
                  "missing field \"ProviderAddress\" of RemoteSubnetRoutePolicySetting");
    require_error(with_policy(R"({"Type":"VxlanPort","Settings":{}})"), "$.Policies[0].Settings",
                  "missing field \"Port\" of VxlanPortPolicySetting");
    require_error(with_subnet(R"({"Policies":[{"Type":"VSID"}]})"),
                  "$.Ipams[0].Subnets[0].Policies[0]",
                  "missing field \"Settings\" of SubnetPolicy: a VSID policy needs its "
                  "VsidPolicySetting");
    require_error(with_subnet(R"({"Policies":[{"Type":"VLAN","Settings":{}}]})"),
                  "$.Ipams[0].Subnets[0].Policies[0].Settings",
                  "missing field \"IsolationId\" of VlanPolicySetting");
    require_error(with_subnet(R"({"Policies":[{"Settings":{"IsolationId":1}}]})"),
                  "$.Ipams[0].Subnets[0].Policies[0]", "missing field \"Type\" of SubnetPolicy");
    require_error(with_subnet(R"({"Policies":[7]})"), "$.Ipams[0].Subnets[0].Policies[0]",
                  "expected an object (SubnetPolicy), found the number 7");
}
