// Network <-> HCN v2 JSON, compared with documents as hcsshim marshals them (DOMAIN.md 11.4, 11.5).
// The expected documents are the bytes Go's encoding/json writes for hcsshim's structs, built as
// hcsshim's tests (hcnutils_test.go), flanneld and the sdnbridge plugin build them.
#include "catch.hpp"

#include <winnet/error.hpp>
#include <winnet/hns/network.hpp>

#include <string>
#include <variant>

using winnet::JsonError;
using winnet::hns::DrMacAddressNetworkPolicySetting;
using winnet::hns::HostRoutePolicySetting;
using winnet::hns::Ipam;
using winnet::hns::JsonStyle;
using winnet::hns::MacRange;
using winnet::hns::NetAdapterNameNetworkPolicySetting;
using winnet::hns::Network;
using winnet::hns::NetworkFlags;
using winnet::hns::NetworkPolicy;
using winnet::hns::NetworkType;
using winnet::hns::OtherNetworkPolicy;
using winnet::hns::OtherSubnetPolicy;
using winnet::hns::ProviderAddressNetworkPolicySetting;
using winnet::hns::RemoteSubnetRoutePolicySetting;
using winnet::hns::Route;
using winnet::hns::SourceMacAddressNetworkPolicySetting;
using winnet::hns::Subnet;
using winnet::hns::SubnetFlags;
using winnet::hns::SubnetPolicy;
using winnet::hns::VlanPolicySetting;
using winnet::hns::VsidPolicySetting;
using winnet::hns::VxlanPortPolicySetting;
using winnet::net::IpAddress;
using winnet::net::IpPrefix;

namespace {

// Parse, re-serialize, and require the very same bytes.
Network require_round_trip(const std::string& document) {
    auto network = Network::from_json(document);
    REQUIRE(network.to_json() == document);
    REQUIRE(Network::from_json(network.to_json()) == network);
    return network;
}

// hcsshim GetDefaultSubnet(): 192.168.100.0/24 with its gateway route.
Subnet hcsshim_default_subnet() {
    Subnet subnet;
    subnet.ip_address_prefix = IpPrefix::parse("192.168.100.0/24");
    subnet.routes = {{.next_hop = IpAddress::parse("192.168.100.1"),
                      .destination_prefix = IpPrefix::parse("0.0.0.0/0")}};
    return subnet;
}

const std::string mac_pool_json = R"("MacPool":{"Ranges":[{"StartMacAddress":"00-15-5D-52-C0-00",)"
                                  R"("EndMacAddress":"00-15-5D-52-CF-FF"}]})";

const std::string default_ipams_json =
    R"("Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"192.168.100.0/24",)"
    R"("Routes":[{"NextHop":"192.168.100.1","DestinationPrefix":"0.0.0.0/0"}]}]}])";

const std::string tail_json = R"("Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}})";

// hcsshim CreateTestOverlayNetwork(), as json.Marshal writes it.
const std::string overlay_json =
    R"({"Name":"GoTestOverlay","Type":"Overlay",)" + mac_pool_json +
    R"(,"Dns":{},"Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"192.168.100.0/24",)"
    R"("Policies":[{"Type":"VSID","Settings":{"IsolationId":5000}}],)"
    R"("Routes":[{"NextHop":"192.168.100.1","DestinationPrefix":"0.0.0.0/0"}]}]}],"Flags":8,)" +
    tail_json;

// hcsshim HcnCreateTestRemoteSubnetRoute() and HcnCreateTestHostRoute(), added to that network.
const std::string remote_subnet_route_json =
    R"({"Type":"RemoteSubnetRoute","Settings":{"DestinationPrefix":"192.168.2.0/24",)"
    R"("IsolationId":5000,"ProviderAddress":"1.1.1.1","DistributedRouterMacAddress":"00-12-34-56-78-9a"}})";

} // namespace

TEST_CASE("hcsshim's test overlay network marshals byte for byte as hcsshim does",
          "[hns][network][json]") {
    Network network;
    network.type = NetworkType::Overlay;
    network.name = "GoTestOverlay";
    network.mac_pool.ranges = {{"00-15-5D-52-C0-00", "00-15-5D-52-CF-FF"}};
    auto subnet = hcsshim_default_subnet();
    subnet.policies = {VsidPolicySetting{5000}};
    network.ipams = {{.type = "Static", .subnets = {subnet}}};
    network.flags = NetworkFlags::EnableNonPersistent;

    REQUIRE(network.to_json() == overlay_json);
    REQUIRE(Network::from_json(overlay_json) == network);
}

TEST_CASE("The overlay network with hcsshim's remote subnet route and host route round-trips",
          "[hns][network][json]") {
    const std::string doc = R"({"Name":"GoTestOverlay","Type":"Overlay","Policies":[)" +
                            remote_subnet_route_json + R"(,{"Type":"HostRoute","Settings":{}}],)" +
                            overlay_json.substr(overlay_json.find(R"("MacPool")"));
    const auto network = require_round_trip(doc);
    REQUIRE(network.policies.size() == 2);
    const auto& route = std::get<RemoteSubnetRoutePolicySetting>(network.policies[0]);
    CHECK(route.destination_prefix == IpPrefix::parse("192.168.2.0/24"));
    CHECK(route.isolation_id == 5000);
    CHECK(route.provider_address == IpAddress::parse("1.1.1.1"));
    CHECK(route.distributed_router_mac_address == "00-12-34-56-78-9a"); // kept as written
    CHECK(std::holds_alternative<HostRoutePolicySetting>(network.policies[1]));
    REQUIRE(remote_subnet_routes(network) == std::vector<RemoteSubnetRoutePolicySetting>{route});
}

TEST_CASE("A remote subnet route built in C++ writes all four settings in hcsshim's order",
          "[hns][network][json]") {
    Network network;
    network.policies = {RemoteSubnetRoutePolicySetting{
        .destination_prefix = IpPrefix::parse("192.168.2.0/24"),
        .isolation_id = 5000,
        .provider_address = IpAddress::parse("1.1.1.1"),
        .distributed_router_mac_address = "00-12-34-56-78-9a",
    }};
    REQUIRE(network.to_json() == R"({"Policies":[)" + remote_subnet_route_json +
                                     R"(],"MacPool":{},"Dns":{},)" + tail_json);
}

TEST_CASE("hcsshim's test L2Bridge and NAT networks round-trip byte for byte",
          "[hns][network][json]") {
    const auto bridge =
        require_round_trip(R"({"Name":"GoTestL2Bridge","Type":"L2Bridge",)" + mac_pool_json +
                           R"(,"Dns":{},)" + default_ipams_json + R"(,"Flags":8,)" + tail_json);
    CHECK(bridge.type == NetworkType::L2Bridge);
    CHECK(bridge.ipams[0].subnets[0] == hcsshim_default_subnet());

    // HcnGenerateNATNetwork(GetDefaultSubnet()): no Flags, so none written.
    const auto nat = require_round_trip(R"({"Name":"GoTestNat","Type":"NAT",)" + mac_pool_json +
                                        R"(,"Dns":{},)" + default_ipams_json + "," + tail_json);
    CHECK(nat.type == NetworkType::NAT);
    CHECK(nat.flags == NetworkFlags::None);
    CHECK(nat.mac_pool.ranges == std::vector<MacRange>{{"00-15-5D-52-C0-00", "00-15-5D-52-CF-FF"}});
}

TEST_CASE("The L2Bridge network sdnbridge creates for a host-gw node marshals as hcsshim does",
          "[hns][network][json]") {
    // windows-container-networking GetHostComputeNetworkConfig(): a NetAdapterName policy, the
    // netconf's DNS servers, one Static subnet whose route has only a NextHop (the bridge
    // gateway .2 with forceBridgeGateway).
    Network network;
    network.name = "cbr0";
    network.type = NetworkType::L2Bridge;
    network.policies = {NetAdapterNameNetworkPolicySetting{"Ethernet"}};
    network.dns.server_list = {IpAddress::parse("10.96.0.10")};
    Subnet subnet;
    subnet.ip_address_prefix = IpPrefix::parse("10.244.1.0/24");
    Route gateway;
    gateway.next_hop = IpAddress::parse("10.244.1.2");
    subnet.routes = {gateway};
    network.ipams = {{.type = "Static", .subnets = {subnet}}};

    const std::string expected =
        R"({"Name":"cbr0","Type":"L2Bridge","Policies":[{"Type":"NetAdapterName",)"
        R"("Settings":{"NetworkAdapterName":"Ethernet"}}],"MacPool":{},"Dns":{"ServerList":["10.96.0.10"]},)"
        R"("Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"10.244.1.0/24","Routes":[{"NextHop":"10.244.1.2"}]}]}],)" +
        tail_json;
    REQUIRE(network.to_json() == expected);
    REQUIRE(Network::from_json(expected) == network);
}

TEST_CASE("The overlay network flanneld creates for the vxlan backend marshals as hcsshim does",
          "[hns][network][json]") {
    Network network;
    network.name = "flannel.4096";
    network.type = NetworkType::Overlay;
    network.policies = {NetAdapterNameNetworkPolicySetting{"Ethernet"}};
    Subnet subnet;
    subnet.ip_address_prefix = IpPrefix::parse("10.244.2.0/24");
    subnet.policies = {VsidPolicySetting{4096}};
    subnet.routes = {{.next_hop = IpAddress::parse("10.244.2.1"),
                      .destination_prefix = IpPrefix::parse("0.0.0.0/0")}};
    network.ipams = {{.type = "Static", .subnets = {subnet}}};
    network.flags = NetworkFlags::EnableNonPersistent;
    REQUIRE(
        network.to_json() ==
        R"({"Name":"flannel.4096","Type":"Overlay","Policies":[{"Type":"NetAdapterName","Settings":{"NetworkAdapterName":"Ethernet"}}],)"
        R"("MacPool":{},"Dns":{},"Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"10.244.2.0/24",)"
        R"("Policies":[{"Type":"VSID","Settings":{"IsolationId":4096}}],)"
        R"("Routes":[{"NextHop":"10.244.2.1","DestinationPrefix":"0.0.0.0/0"}]}]}],"Flags":8,)" +
            tail_json);
}

TEST_CASE("An overlay network as HNS returns it, with every modelled policy type, round-trips",
          "[hns][network][json]") {
    const auto network = require_round_trip(
        R"({"ID":"2F0D5A5E-3C27-4A4B-9E0B-6B0E1C4D7A11","Name":"flannel.4096","Type":"Overlay","Policies":[)"
        R"({"Type":"ProviderAddress","Settings":{"ProviderAddress":"10.0.0.12"}},)"
        R"({"Type":"DrMacAddress","Settings":{"Address":"00-15-5D-01-02-0C"}},)"
        R"({"Type":"VxlanPort","Settings":{"Port":4789}},)"
        R"({"Type":"SourceMacAddress","Settings":{"SourceMacAddress":"00-15-5D-01-02-0C"}},)"
        R"({"Type":"NetAdapterName","Settings":{"NetworkAdapterName":"Ethernet 2"}},)"
        R"({"Type":"HostRoute","Settings":{}},)"
        R"({"Type":"RemoteSubnetRoute","Settings":{"DestinationPrefix":"10.244.1.0/24","IsolationId":4096,)"
        R"("ProviderAddress":"10.0.0.11","DistributedRouterMacAddress":"00:15:5d:01:02:0b"}}],)"
        R"("MacPool":{},"Dns":{},"Health":{"Extra":{"SwitchGuid":"7C5B9A2E-1D4F-4E3A-8B6C-0F2A1E9D3C45"}},)"
        R"("SchemaVersion":{"Major":2,"Minor":0}})");
    CHECK(network.id == "2F0D5A5E-3C27-4A4B-9E0B-6B0E1C4D7A11");
    CHECK(network.health.extra.switch_guid == "7C5B9A2E-1D4F-4E3A-8B6C-0F2A1E9D3C45");
    REQUIRE(network.policies.size() == 7);
    CHECK(std::get<ProviderAddressNetworkPolicySetting>(network.policies[0]).provider_address ==
          IpAddress::parse("10.0.0.12"));
    CHECK(std::get<DrMacAddressNetworkPolicySetting>(network.policies[1]).address ==
          "00-15-5D-01-02-0C");
    CHECK(std::get<VxlanPortPolicySetting>(network.policies[2]).port == 4789);
    CHECK(std::get<SourceMacAddressNetworkPolicySetting>(network.policies[3]).source_mac_address ==
          "00-15-5D-01-02-0C");
    CHECK(std::get<NetAdapterNameNetworkPolicySetting>(network.policies[4]).network_adapter_name ==
          "Ethernet 2");
    CHECK(std::holds_alternative<HostRoutePolicySetting>(network.policies[5]));
    // flanneld writes the peer's VTEP MAC with Go's net.HardwareAddr.String(): colons, lower case.
    CHECK(std::get<RemoteSubnetRoutePolicySetting>(network.policies[6])
              .distributed_router_mac_address == "00:15:5d:01:02:0b");
}

TEST_CASE("Zero-valued settings follow the omitempty rules of each hcsshim settings struct",
          "[hns][network][json]") {
    Network network;
    network.policies = {ProviderAddressNetworkPolicySetting{}, DrMacAddressNetworkPolicySetting{},
                        VxlanPortPolicySetting{}, SourceMacAddressNetworkPolicySetting{},
                        NetAdapterNameNetworkPolicySetting{}};
    Subnet subnet;
    subnet.policies = {VlanPolicySetting{}, VsidPolicySetting{}};
    network.ipams = {Ipam{.type = "", .subnets = {subnet}}};
    // What json.Marshal writes for the same zero values.
    const std::string go =
        R"({"Policies":[{"Type":"ProviderAddress","Settings":{}},{"Type":"DrMacAddress","Settings":{}},)"
        R"({"Type":"VxlanPort","Settings":{"Port":0}},{"Type":"SourceMacAddress","Settings":{}},)"
        R"({"Type":"NetAdapterName","Settings":{}}],"MacPool":{},"Dns":{},)"
        R"("Ipams":[{"Subnets":[{"Policies":[{"Type":"VLAN","Settings":{"IsolationId":0}},)"
        R"({"Type":"VSID","Settings":{"IsolationId":0}}]}]}],)" +
        tail_json;
    REQUIRE(network.to_json() == go);
    REQUIRE(Network::from_json(go) == network);
}

TEST_CASE("VLAN and VSID subnet policies carry their isolation ids up to uint32",
          "[hns][network][json]") {
    const auto network = require_round_trip(
        R"({"MacPool":{},"Dns":{},"Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"10.0.5.0/24",)"
        R"("Policies":[{"Type":"VLAN","Settings":{"IsolationId":4094}},)"
        R"({"Type":"VSID","Settings":{"IsolationId":4294967295}}]}]}],)" +
        tail_json);
    const auto& policies = network.ipams[0].subnets[0].policies;
    CHECK(std::get<VlanPolicySetting>(policies[0]).isolation_id == 4094);
    CHECK(std::get<VsidPolicySetting>(policies[1]).isolation_id == 4294967295U);
}

TEST_CASE("Policies of types winnet does not model round-trip untouched, key order and nesting "
          "included",
          "[hns][network][json]") {
    const auto network = require_round_trip(
        R"({"Policies":[)"
        R"({"Type":"SetPolicy","Settings":{"Id":"set-1","Name":"podsel","PolicyType":"IPSET","Values":"10.244.1.5,10.244.1.6"}},)"
        R"({"Type":"NetworkACL","Settings":{"Protocols":"6","Action":"Allow","Direction":"In",)"
        R"("LocalAddresses":"192.168.100.0/24,10.0.0.21","RemotePorts":"80,8080","RuleType":"Switch","Priority":200}},)"
        R"({"Type":"AutomaticDNS","Settings":{"Enable":true}},)"
        R"({"Type":"VSwitchExtension","Settings":{"Z":{"b":[1,{"y":null,"a":"\u003c\u0026\u003e"}],"a":2.5},"A":"x"}},)"
        R"({"Type":"LayerConstraint"},)"
        R"({"Type":"remotesubnetroute","Settings":{"whatever":1}}],)"
        R"("MacPool":{},"Dns":{},"Ipams":[{"Type":"DHCP","Subnets":[{"Policies":[)"
        R"({"Type":"ACL","Settings":{"Rules":[{"b":1,"a":2}]}},{"Type":"Future"}],"Flags":1}]}],)" +
        tail_json);
    REQUIRE(network.policies.size() == 6);
    CHECK(
        std::get<OtherNetworkPolicy>(network.policies[0]) ==
        OtherNetworkPolicy{
            "SetPolicy",
            R"({"Id":"set-1","Name":"podsel","PolicyType":"IPSET","Values":"10.244.1.5,10.244.1.6"})"});
    CHECK(std::get<OtherNetworkPolicy>(network.policies[4]) ==
          OtherNetworkPolicy{"LayerConstraint", ""});
    // kube-proxy and flanneld compare Types exactly: a differently cased Type is not a route.
    CHECK(policy_type(network.policies[5]) == "remotesubnetroute");
    CHECK(remote_subnet_routes(network).empty());
    const auto& subnet = network.ipams[0].subnets[0];
    CHECK(subnet.flags == SubnetFlags::DoNotReserveGatewayAddress);
    CHECK(std::get<OtherSubnetPolicy>(subnet.policies[1]) == OtherSubnetPolicy{"Future", ""});
}

TEST_CASE(
    "Network policy settings kept verbatim are compacted and HTML-escaped as json.Marshal writes a "
    "RawMessage",
    "[hns][network][json]") {
    const auto network = Network::from_json(
        R"({"Policies":[{"Type":"L4Proxy", "Settings": { "IP" : "<&>", "Exceptions": [ "a" ] } },)"
        R"({"Type":"Odd","Settings":null},{"Type":"Num","Settings":[1, -2, 3.25, "x"]}]})");
    REQUIRE(
        network.to_json() ==
        R"({"Policies":[{"Type":"L4Proxy","Settings":{"IP":"\u003c\u0026\u003e","Exceptions":["a"]}},)"
        R"({"Type":"Odd","Settings":null},{"Type":"Num","Settings":[1,-2,3.25,"x"]}],"MacPool":{},"Dns":{},)" +
            tail_json);

    // Text set by hand is compacted too.
    Network built;
    built.policies = {OtherNetworkPolicy{"AutomaticDNS", "{ \"Enable\": true }"}};
    Subnet subnet;
    subnet.policies = {OtherSubnetPolicy{"ACL", "[ 1 , 2 ]"}};
    built.ipams = {Ipam{.type = "Static", .subnets = {subnet}}};
    REQUIRE(
        built.to_json() ==
        R"({"Policies":[{"Type":"AutomaticDNS","Settings":{"Enable":true}}],"MacPool":{},"Dns":{},)"
        R"("Ipams":[{"Type":"Static","Subnets":[{"Policies":[{"Type":"ACL","Settings":[1,2]}]}]}],)" +
            tail_json);
}

TEST_CASE(
    "Network policy settings text that is not JSON cannot be written, as json.Marshal refuses it",
    "[hns][network][json]") {
    Network network;
    network.policies = {HostRoutePolicySetting{}, OtherNetworkPolicy{"AutomaticDNS", "{Enable}"}};
    try {
        (void)network.to_json();
        FAIL("no JsonError");
    } catch (const JsonError& e) {
        CHECK(e.path() == "$.Policies[1].Settings");
        CHECK(std::string(e.what()).find("settings_json is not valid JSON") != std::string::npos);
    }

    Network subnets;
    Subnet bad;
    bad.policies = {VsidPolicySetting{1}, OtherSubnetPolicy{"ACL", "[1,"}};
    subnets.ipams = {Ipam{.type = "Static", .subnets = {Subnet{}, bad}}};
    try {
        (void)subnets.to_json();
        FAIL("no JsonError");
    } catch (const JsonError& e) {
        CHECK(e.path() == "$.Ipams[0].Subnets[1].Policies[1].Settings");
    }
}

TEST_CASE("A HostRoute policy without Settings is written with {} as flanneld sends it",
          "[hns][network][json]") {
    const auto network = Network::from_json(R"({"Policies":[{"Type":"HostRoute"}]})");
    REQUIRE(network.policies == std::vector<NetworkPolicy>{HostRoutePolicySetting{}});
    REQUIRE(network.to_json() ==
            R"({"Policies":[{"Type":"HostRoute","Settings":{}}],"MacPool":{},"Dns":{},)" +
                tail_json);
}

TEST_CASE("Remote subnet routes of IPv6 pod subnets keep their addresses canonical",
          "[hns][network][json]") {
    const auto network = require_round_trip(
        R"({"Policies":[{"Type":"RemoteSubnetRoute","Settings":{"DestinationPrefix":"fd00:10:244:1::/64",)"
        R"("IsolationId":4097,"ProviderAddress":"fd00::11","DistributedRouterMacAddress":"00-15-5D-01-02-0B"}}],)"
        R"("MacPool":{},"Dns":{},)" +
        tail_json);
    CHECK(remote_subnet_routes(network).at(0).provider_address == IpAddress::parse("fd00::11"));
}

TEST_CASE("remote_subnet_routes lists the RemoteSubnetRoute policies in document order",
          "[hns][network]") {
    const RemoteSubnetRoutePolicySetting first{IpPrefix::parse("100.96.1.0/24"), 4096,
                                               IpAddress::parse("10.0.0.11"), "00-15-5d-01-02-0b"};
    const RemoteSubnetRoutePolicySetting second{IpPrefix::parse("100.96.3.0/24"), 4096,
                                                IpAddress::parse("10.0.0.13"), "00-15-5d-01-02-0d"};
    Network network;
    network.policies = {first, ProviderAddressNetworkPolicySetting{IpAddress::parse("10.0.0.12")},
                        second, HostRoutePolicySetting{}};
    REQUIRE(remote_subnet_routes(network) ==
            std::vector<RemoteSubnetRoutePolicySetting>{first, second});
    REQUIRE(remote_subnet_routes(Network{}).empty());
}

TEST_CASE("policy_type gives each network and subnet policy its JSON Type", "[hns][network]") {
    using winnet::hns::policy_type;
    CHECK(policy_type(NetworkPolicy{RemoteSubnetRoutePolicySetting{}}) == "RemoteSubnetRoute");
    CHECK(policy_type(NetworkPolicy{ProviderAddressNetworkPolicySetting{}}) == "ProviderAddress");
    CHECK(policy_type(NetworkPolicy{DrMacAddressNetworkPolicySetting{}}) == "DrMacAddress");
    CHECK(policy_type(NetworkPolicy{VxlanPortPolicySetting{}}) == "VxlanPort");
    CHECK(policy_type(NetworkPolicy{HostRoutePolicySetting{}}) == "HostRoute");
    CHECK(policy_type(NetworkPolicy{SourceMacAddressNetworkPolicySetting{}}) == "SourceMacAddress");
    CHECK(policy_type(NetworkPolicy{NetAdapterNameNetworkPolicySetting{}}) == "NetAdapterName");
    CHECK(policy_type(NetworkPolicy{OtherNetworkPolicy{"NetworkACL", ""}}) == "NetworkACL");
    CHECK(policy_type(SubnetPolicy{VlanPolicySetting{}}) == "VLAN");
    CHECK(policy_type(SubnetPolicy{VsidPolicySetting{}}) == "VSID");
    CHECK(policy_type(SubnetPolicy{OtherSubnetPolicy{"ACL", ""}}) == "ACL");
}

TEST_CASE("Every network type round-trips by its HNS name", "[hns][network][json]") {
    const std::pair<NetworkType, const char*> types[] = {
        {NetworkType::NAT, "NAT"},           {NetworkType::Transparent, "Transparent"},
        {NetworkType::L2Bridge, "L2Bridge"}, {NetworkType::L2Tunnel, "L2Tunnel"},
        {NetworkType::ICS, "ICS"},           {NetworkType::Private, "Private"},
        {NetworkType::Overlay, "Overlay"},
    };
    for (const auto& [type, name] : types) {
        INFO(name);
        CHECK(winnet::hns::to_string(type) == name);
        const std::string doc =
            std::string(R"({"Type":")") + name + R"(","MacPool":{},"Dns":{},)" + tail_json;
        CHECK(require_round_trip(doc).type == type);
    }
}

TEST_CASE("Every network and subnet flag value round-trips", "[hns][network][json]") {
    const NetworkFlags bits[] = {NetworkFlags::EnableNonPersistent, NetworkFlags::DisableHostPort,
                                 NetworkFlags::EnableIov};
    for (unsigned combo = 0; combo < 8; ++combo) {
        for (unsigned subnet_flags = 0; subnet_flags < 2; ++subnet_flags) {
            Network network;
            for (unsigned i = 0; i < 3; ++i) {
                if ((combo & (1U << i)) != 0) {
                    network.flags = network.flags | bits[i];
                }
            }
            Subnet subnet;
            subnet.flags = static_cast<SubnetFlags>(subnet_flags);
            network.ipams = {Ipam{.type = "DHCP", .subnets = {subnet}}};
            INFO(network.to_json());
            REQUIRE(Network::from_json(network.to_json()) == network);
        }
    }
    Network iov;
    iov.flags = NetworkFlags::EnableIov | NetworkFlags::DisableHostPort;
    CHECK(iov.to_json() == R"({"MacPool":{},"Dns":{},"Flags":9216,)" + tail_json);
}

TEST_CASE("Network and subnet flag sets print as their names", "[hns][network]") {
    using winnet::hns::to_string;
    CHECK(to_string(NetworkFlags::None) == "None");
    CHECK(to_string(NetworkFlags::EnableNonPersistent | NetworkFlags::DisableHostPort |
                    NetworkFlags::EnableIov) == "EnableNonPersistent|DisableHostPort|EnableIov");
    CHECK(to_string(static_cast<NetworkFlags>(8 | 1)) == "EnableNonPersistent|1");
    CHECK((NetworkFlags::EnableIov & NetworkFlags::DisableHostPort) == NetworkFlags::None);
    CHECK(to_string(SubnetFlags::None) == "None");
    CHECK(to_string(SubnetFlags::DoNotReserveGatewayAddress) == "DoNotReserveGatewayAddress");
    CHECK((SubnetFlags::DoNotReserveGatewayAddress | SubnetFlags::None) ==
          SubnetFlags::DoNotReserveGatewayAddress);
}

TEST_CASE("An empty network still carries MacPool, Dns, Health and SchemaVersion, as Go never "
          "omits a struct",
          "[hns][network][json]") {
    REQUIRE(Network{}.to_json() == R"({"MacPool":{},"Dns":{},)" + tail_json);
    // Absent means 2.0 (Go would leave 0.0): every HCN v2 object has that schema.
    REQUIRE(Network::from_json("{}") == Network{});
}

TEST_CASE("null network fields count as absent, as Go's encoding/json treats them",
          "[hns][network][json]") {
    const auto network = Network::from_json(
        R"({"ID":null,"Name":null,"Type":null,"Policies":null,"MacPool":null,"Dns":null,)"
        R"("Ipams":[{"Type":null,"Subnets":[{"IpAddressPrefix":null,"Policies":null,"Routes":null,"Flags":null}]}],)"
        R"("Flags":null,"Health":null,"SchemaVersion":null})");
    Network expected;
    expected.ipams = {Ipam{.type = "", .subnets = {Subnet{}}}};
    REQUIRE(network == expected);
}

TEST_CASE("Empty strings of omitempty network fields parse as absent", "[hns][network][json]") {
    const auto network = Network::from_json(
        R"({"Type":"","Policies":[{"Type":"ProviderAddress","Settings":{"ProviderAddress":""}},)"
        R"({"Type":"DrMacAddress","Settings":{"Address":""}}],)"
        R"("MacPool":{"Ranges":[{"StartMacAddress":"","EndMacAddress":""}]},)"
        R"("Ipams":[{"Type":"","Subnets":[{"IpAddressPrefix":""}]}]})");
    CHECK_FALSE(network.type.has_value());
    CHECK_FALSE(std::get<ProviderAddressNetworkPolicySetting>(network.policies[0])
                    .provider_address.has_value());
    CHECK(std::get<DrMacAddressNetworkPolicySetting>(network.policies[1]).address.empty());
    CHECK(network.mac_pool.ranges == std::vector<MacRange>{MacRange{}});
    CHECK(network.ipams[0].type.empty());
    CHECK_FALSE(network.ipams[0].subnets[0].ip_address_prefix.has_value());
    REQUIRE(
        network.to_json() ==
        R"({"Policies":[{"Type":"ProviderAddress","Settings":{}},{"Type":"DrMacAddress","Settings":{}}],)"
        R"("MacPool":{"Ranges":[{}]},"Dns":{},"Ipams":[{"Subnets":[{}]}],)" +
            tail_json);
}

TEST_CASE("Indented network JSON follows Go's MarshalIndent layout, policy settings included",
          "[hns][network][json]") {
    Network network;
    network.name = "flannel.4096";
    network.type = NetworkType::Overlay;
    network.policies = {HostRoutePolicySetting{}, VxlanPortPolicySetting{4789}};
    Subnet subnet;
    subnet.ip_address_prefix = IpPrefix::parse("10.244.2.0/24");
    subnet.policies = {VsidPolicySetting{4096}};
    network.ipams = {Ipam{.type = "Static", .subnets = {subnet}}};
    REQUIRE(network.to_json(JsonStyle::Indented) == R"({
  "Name": "flannel.4096",
  "Type": "Overlay",
  "Policies": [
    {
      "Type": "HostRoute",
      "Settings": {}
    },
    {
      "Type": "VxlanPort",
      "Settings": {
        "Port": 4789
      }
    }
  ],
  "MacPool": {},
  "Dns": {},
  "Ipams": [
    {
      "Type": "Static",
      "Subnets": [
        {
          "IpAddressPrefix": "10.244.2.0/24",
          "Policies": [
            {
              "Type": "VSID",
              "Settings": {
                "IsolationId": 4096
              }
            }
          ]
        }
      ]
    }
  ],
  "Health": {
    "Extra": {}
  },
  "SchemaVersion": {
    "Major": 2,
    "Minor": 0
  }
})");
}

TEST_CASE("Network names and settings are escaped as Go escapes them, HTML-safe",
          "[hns][network][json]") {
    Network network;
    network.name = "a<b>&\"\\";
    network.policies = {NetAdapterNameNetworkPolicySetting{"vEthernet (Ethernet) <1>"}};
    REQUIRE(
        network.to_json() ==
        R"({"Name":"a\u003cb\u003e\u0026\"\\","Policies":[{"Type":"NetAdapterName",)"
        R"("Settings":{"NetworkAdapterName":"vEthernet (Ethernet) \u003c1\u003e"}}],"MacPool":{},"Dns":{},)" +
            tail_json);
    REQUIRE(Network::from_json(network.to_json()) == network);
}
