// Reading netconfs as the plugins read them, the runtime's netconf, flannel's delegate, and
// host-local IPAM.
#include "catch.hpp"

#include <winnet/cni/error.hpp>
#include <winnet/cni/ipam.hpp>
#include <winnet/cni/netconf.hpp>

using namespace winnet;

namespace {

cni::CniError parse_error(const std::string& text) {
    try {
        (void)cni::NetConf::parse(text);
    } catch (const cni::CniError& e) {
        return e;
    }
    FAIL("no CniError for " << text);
    return cni::CniError(cni::ErrorCode::Unknown, "");
}

} // namespace

TEST_CASE("Netconf keys match without regard to case and unknown keys are ignored, as in Go",
          "[cni][netconf]") {
    const auto conf = cni::NetConf::parse(
        R"({"CNIVersion":"0.3.1","Name":"cbr0","type":"win-bridge","ApiVersion":2,"master":"Ethernet",)"
        R"("Policies":[{"Name":"EndpointPolicy","Value":{"Type":"OutBoundNAT","ExceptionList":["10.96.0.0/12"]}}],)"
        R"("HcnPolicyArgs":[{"Type":"ignored"}],"ipMasqNetwork":"10.244.0.0/16","ipMasq":"not read by win-bridge"})");
    CHECK(conf.cni_version == "0.3.1");
    CHECK(conf.name == "cbr0");
    CHECK(conf.plugin == cni::PluginType::WinBridge);
    CHECK(conf.api_version == 2);
    REQUIRE(conf.policies.size() == 1);
    CHECK(conf.policies[0].name == "EndpointPolicy");
    CHECK(conf.policies[0].value_json ==
          R"({"Type":"OutBoundNAT","ExceptionList":["10.96.0.0/12"]})");
    CHECK(conf.ip_masq_network == "10.244.0.0/16");
    CHECK_FALSE(conf.ip_masq);
}

TEST_CASE("Netconf types name the plugin, the sdn family also by HCN network type",
          "[cni][netconf]") {
    CHECK(cni::plugin_type_from_name("win-overlay") == cni::PluginType::WinOverlay);
    CHECK(cni::plugin_type_from_name("sdnoverlay") == cni::PluginType::SdnOverlay);
    CHECK(cni::plugin_type_from_name("L2Bridge") == cni::PluginType::SdnBridge);
    CHECK(cni::plugin_type_from_name("NAT") == cni::PluginType::Nat);
    CHECK_FALSE(cni::plugin_type_from_name("l2bridge").has_value());
    CHECK(cni::to_string(cni::PluginType::WinBridge) == "win-bridge");
    const auto e = parse_error(R"({"name":"Calico","type":"calico"})");
    CHECK(e.code() == cni::ErrorCode::InvalidNetworkConfig);
    CHECK(e.msg().rfind("unsupported plugin type \"calico\"", 0) == 0);
}

TEST_CASE("Malformed netconfs give the CNI codes and the JSON path", "[cni][netconf][errors]") {
    auto e = parse_error("{\"name\": ");
    CHECK(e.code() == cni::ErrorCode::DecodingFailure);
    CHECK(e.msg().rfind("error unmarshall network config: ", 0) == 0);
    CHECK(parse_error("[1]").code() == cni::ErrorCode::DecodingFailure);
    e = parse_error(R"({"type":"win-bridge"})");
    CHECK(e.code() == cni::ErrorCode::InvalidNetworkConfig);
    CHECK(e.msg() == "missing network name");
    e = parse_error(R"({"name":"bad name","type":"win-bridge"})");
    CHECK(e.msg() == "invalid characters found in network name");
    CHECK(e.details() == "bad name");
    e = parse_error(R"({"name":"cbr0","type":"win-bridge","apiVersion":"2"})");
    CHECK(e.code() == cni::ErrorCode::Internal);
    CHECK(e.msg() ==
          "failed to load netconf: $.apiVersion: expected an int, found the string \"2\"");
    e = parse_error(
        R"({"name":"cbr0","type":"win-bridge","runtimeConfig":{"portMappings":[{"hostPort":"80"}]}})");
    CHECK(e.msg() ==
          "failed to load netconf: $.runtimeConfig.portMappings[0].hostPort: expected an "
          "int, found the string \"80\"");
    e = parse_error(
        R"({"name":"cbr0","type":"win-bridge","ipam":{"type":"host-local","subnet":"10.244.1.0/33"}})");
    CHECK(e.msg().rfind("failed to load netconf: $.ipam.subnet: ", 0) == 0);
    // The sdn plugins return json.Unmarshal's error unwrapped.
    e = parse_error(R"({"name":"cbr0","type":"sdnbridge","optionalFlags":{"loopbackDSR":"yes"}})");
    CHECK(e.msg() ==
          "$.optionalFlags.loopbackDSR: expected true or false, found the string \"yes\"");
}

TEST_CASE("Other IPAM plugins keep their own keys unread", "[cni][netconf]") {
    const auto conf = cni::NetConf::parse(
        R"({"name":"Calico","type":"win-bridge","ipam":{"type":"calico-ipam","subnet":"usePodCidr"}})");
    CHECK(conf.ipam.type == "calico-ipam");
    CHECK(conf.ipam.subnet == "usePodCidr");
    CHECK(conf.ipam.ranges.empty());
}

TEST_CASE("The runtime sets name, version and the declared capabilities' runtimeConfig",
          "[cni][netconf][runtime]") {
    cni::RuntimeConfig rt;
    rt.port_mappings = {{8080, 80, "tcp", ""}};
    rt.dns.servers = {"10.96.0.10"};
    const std::string list =
        R"({"cniVersion":"1.0.0","name":"cbr0","plugins":[{"type":"win-bridge","apiVersion":2,)"
        R"("capabilities":{"dns":true},"policies":[{"name":"EndpointPolicy","value":{"Type":"X","Settings":{"b":1,"a":2}}}]}]})";
    // Only dns is declared; keys come out sorted, as from a Go map.
    CHECK(cni::runtime_netconf(list, 0, rt) ==
          R"({"apiVersion":2,"capabilities":{"dns":true},"cniVersion":"1.0.0","name":"cbr0",)"
          R"("policies":[{"name":"EndpointPolicy","value":{"Settings":{"a":2,"b":1},"Type":"X"}}],)"
          R"("runtimeConfig":{"dns":{"servers":["10.96.0.10"]}},"type":"win-bridge"})");
    CHECK_THROWS_AS(cni::runtime_netconf(list, 1, rt), cni::CniError);
    CHECK(
        cni::runtime_netconf(R"({"name":"n","type":"nat","capabilities":{"portMappings":true}})", 0,
                             rt) ==
        R"({"capabilities":{"portMappings":true},"name":"n","runtimeConfig":{"portMappings":[{"containerPort":80,"hostIP":"","hostPort":8080,"protocol":"tcp"}]},"type":"nat"})");
}

TEST_CASE("flannel builds its delegate from the node's subnet.env", "[cni][flannel]") {
    const auto env =
        cni::FlannelSubnetEnv::parse("FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.2.1/"
                                     "24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=false\n");
    CHECK(env.network == "10.244.0.0/16");
    CHECK(env.subnet == "10.244.2.1/24");
    CHECK(env.mtu == 1450);
    CHECK_FALSE(env.ip_masq);
    const auto delegate = cni::flannel_delegate(
        R"({"name":"flannel.4096","cniVersion":"0.3.0","type":"flannel","capabilities":{"dns":true},)"
        R"("runtimeConfig":{"dns":{"servers":["10.96.0.10"]}},"delegate":{"type":"win-overlay","apiVersion":2}})",
        env);
    CHECK(delegate ==
          R"({"apiVersion":2,"cniVersion":"0.3.0","ipMasq":false,"ipMasqNetwork":"10.244.0.0/16",)"
          R"("ipam":{"subnet":"10.244.2.0/24","type":"host-local"},"name":"flannel.4096",)"
          R"("runtimeConfig":{"dns":{"servers":["10.96.0.10"]}},"type":"win-overlay"})");
    // Defaults: win-bridge, CNI 0.2.0.
    CHECK(cni::flannel_delegate(R"({"name":"cbr0","type":"flannel"})", env)
              .find(R"("cniVersion":"0.2.0")") != std::string::npos);
    CHECK(cni::flannel_delegate(R"({"name":"cbr0","type":"flannel"})", env)
              .find(R"("type":"win-bridge")") != std::string::npos);
}

TEST_CASE("flannel rejects a delegate with ipam or name, and a subnet.env with missing keys",
          "[cni][flannel][errors]") {
    const auto env =
        cni::FlannelSubnetEnv::parse("FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.2.1/"
                                     "24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n");
    try {
        (void)cni::flannel_delegate(R"({"name":"c","delegate":{"ipam":{}}})", env);
        FAIL("accepted");
    } catch (const cni::CniError& e) {
        CHECK(e.msg() ==
              "'delegate' dictionary must not have 'ipam' field, it'll be set by flannel");
    }
    try {
        (void)cni::FlannelSubnetEnv::parse(
            "FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.2.1/24\n",
            "C:\\run\\flannel\\subnet.env");
        FAIL("accepted");
    } catch (const cni::CniError& e) {
        CHECK(e.msg() == "C:\\run\\flannel\\subnet.env is missing FLANNEL_MTU, FLANNEL_IPMASQ");
    }
    CHECK_THROWS_AS(
        cni::FlannelSubnetEnv::parse("FLANNEL_NETWORK=ten\nFLANNEL_SUBNET=10.244.2.1/24\n"
                                     "FLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n"),
        cni::CniError);
}

TEST_CASE("host-local hands out the first free address after the gateway", "[cni][ipam]") {
    const auto conf = cni::NetConf::parse(
        R"({"name":"cbr0","type":"win-bridge","ipam":{"type":"host-local","subnet":"10.244.1.0/24",)"
        R"("routes":[{"dst":"0.0.0.0/0"}]}})");
    auto r = cni::host_local_add(conf.ipam, {});
    REQUIRE(r.ips.size() == 1);
    CHECK(r.ips[0].address.to_string() == "10.244.1.2/24");
    CHECK(r.ips[0].gateway == net::IpAddress::parse("10.244.1.1"));
    CHECK(r.routes.size() == 1);
    r = cni::host_local_add(
        conf.ipam, {net::IpAddress::parse("10.244.1.2"), net::IpAddress::parse("10.244.1.3")});
    CHECK(r.ips[0].address.to_string() == "10.244.1.4/24");
}

TEST_CASE("host-local reports an exhausted range and invalid ranges with its messages",
          "[cni][ipam][errors]") {
    const auto conf = cni::NetConf::parse(
        R"({"name":"cbr0","type":"win-bridge","ipam":{"type":"host-local","ranges":[[{"subnet":"10.244.1.0/24",)"
        R"("rangeStart":"10.244.1.10","rangeEnd":"10.244.1.11"}]]}})");
    const auto used =
        std::vector{net::IpAddress::parse("10.244.1.10"), net::IpAddress::parse("10.244.1.11")};
    try {
        (void)cni::host_local_add(conf.ipam, used);
        FAIL("allocated");
    } catch (const cni::CniError& e) {
        CHECK(e.code() == cni::ErrorCode::Internal);
        CHECK(e.msg() == "failed to allocate for range 0: no IP addresses available in range set: "
                         "10.244.1.10-10.244.1.11");
    }
    auto bad = [](const std::string& ipam) {
        try {
            (void)cni::host_local_add(
                cni::NetConf::parse(R"({"name":"n","type":"win-bridge","ipam":)" + ipam + "}").ipam,
                {});
        } catch (const cni::CniError& e) {
            return e.msg();
        }
        return std::string("allocated");
    };
    CHECK(bad(R"({"type":"host-local"})") == "no IP ranges specified");
    CHECK(bad(R"({"type":"host-local","subnet":"10.244.2.1/24"})") ==
          "invalid range set 0: Network has host bits set. For a subnet mask of length 24 the "
          "network address is 10.244.2.0");
    CHECK(bad(R"({"type":"host-local","subnet":"10.244.2.0/24","rangeStart":"10.0.0.1"})") ==
          "invalid range set 0: RangeStart 10.0.0.1 not in network 10.244.2.0/24");
}

TEST_CASE("CNI error objects are printed as the CNI library prints them", "[cni][errors]") {
    CHECK(cni::CniError(cni::ErrorCode::InvalidNetworkConfig, "missing network name").to_json() ==
          "{\n    \"code\": 7,\n    \"msg\": \"missing network name\"\n}");
    const cni::CniError e(cni::ErrorCode::IncompatibleCniVersion, "incompatible CNI versions",
                          "config is \"9.9.9\"");
    CHECK(std::string(e.what()) == "incompatible CNI versions; config is \"9.9.9\"");
    CHECK(e.to_json().find("\"details\": \"config is \\\"9.9.9\\\"\"") != std::string::npos);
    CHECK(cni::to_string(cni::ErrorCode::Internal) == "ErrInternal");
}
