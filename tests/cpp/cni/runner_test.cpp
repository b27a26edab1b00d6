// run_plugin: a CNI call as environment and standard input, answered as a plugin binary answers.
#include "catch.hpp"
#include "cni_fixtures.hpp"

#include <winnet/cni/runner.hpp>

using namespace winnet;
using namespace cni_fixtures;

namespace {

std::map<std::string, std::string> add_env(const std::string& id = "pod1") {
    return {{"CNI_COMMAND", "ADD"},
            {"CNI_CONTAINERID", id},
            {"CNI_NETNS", ns_guid},
            {"CNI_IFNAME", "eth0"},
            {"CNI_PATH", "C:\\opt\\cni\\bin"}};
}

const char* bridge_conf =
    R"({"cniVersion":"1.0.0","name":"cbr0","type":"win-bridge","apiVersion":2,)"
    R"("ipam":{"type":"host-local","subnet":"10.244.1.0/24","rangeStart":"10.244.1.10","rangeEnd":"10.244.1.11"}})";

} // namespace

TEST_CASE("The runner prints the ADD result and DEL prints nothing", "[cni][runner]") {
    hns::SimulatedHns sim;
    sim.create_network(bridge_network());
    auto out = cni::run_plugin(add_env(), bridge_conf, sim);
    CHECK(out.exit_code == 0);
    CHECK(out.stdout_text.find(R"("address": "10.244.1.10/24")") != std::string::npos);
    auto env = add_env();
    env["CNI_COMMAND"] = "DEL";
    env.erase("CNI_NETNS"); // not required for DEL
    out = cni::run_plugin(env, bridge_conf, sim);
    CHECK(out == cni::PluginOutput{"", 0});
    CHECK(sim.state().endpoints.empty());
}

TEST_CASE("Missing environment variables give error code 4 naming them", "[cni][runner][errors]") {
    hns::SimulatedHns sim;
    auto out =
        cni::run_plugin({{"CNI_COMMAND", "ADD"}, {"CNI_CONTAINERID", "x"}}, bridge_conf, sim);
    CHECK(out.exit_code == 1);
    CHECK(out.stdout_text == "{\n    \"code\": 4,\n    \"msg\": \"required env variables "
                             "[CNI_NETNS,CNI_IFNAME,CNI_PATH] "
                             "missing\"\n}");
    out = cni::run_plugin({}, "", sim);
    CHECK(out.stdout_text.find("[CNI_COMMAND]") != std::string::npos);
    auto env = add_env();
    env["CNI_COMMAND"] = "FROB";
    out = cni::run_plugin(env, bridge_conf, sim);
    CHECK(out.stdout_text.find("unknown CNI_COMMAND: FROB") != std::string::npos);
    env = add_env("bad id!");
    out = cni::run_plugin(env, bridge_conf, sim);
    CHECK(out.stdout_text.find("\"invalid characters in containerID\"") != std::string::npos);
    env = add_env();
    env["CNI_IFNAME"] = "a-very-long-interface";
    out = cni::run_plugin(env, bridge_conf, sim);
    CHECK(out.stdout_text.find("interface name is too long") != std::string::npos);
}

TEST_CASE("Malformed netconfs and unknown plugin types give decoding and config errors",
          "[cni][runner][errors]") {
    hns::SimulatedHns sim;
    auto out = cni::run_plugin(add_env(), "not json", sim);
    CHECK(out.exit_code == 1);
    CHECK(out.stdout_text.find("\"code\": 6") != std::string::npos);
    out = cni::run_plugin(add_env(), R"({"name":"k8s-pod-network","type":"calico"})", sim);
    CHECK(out.stdout_text.find("\"code\": 7") != std::string::npos);
    CHECK(out.stdout_text.find("unsupported plugin type \\\"calico\\\"") != std::string::npos);
    out = cni::run_plugin(add_env(), R"({"cniVersion":"0.5.0","name":"cbr0","type":"sdnbridge"})",
                          sim);
    CHECK(out.stdout_text ==
          "{\n    \"code\": 1,\n    \"msg\": \"incompatible CNI versions\",\n    \"details\": "
          "\"config is \\\"0.5.0\\\", plugin supports [\\\"0.2.0\\\" \\\"0.3.0\\\" \\\"0.4.0\\\" "
          "\\\"1.0.0\\\"]\"\n}");
}

TEST_CASE("IPAM exhaustion fails the third pod with host-local's message", "[cni][runner][ipam]") {
    hns::SimulatedHns sim;
    sim.create_network(bridge_network());
    CHECK(cni::run_plugin(add_env("pod1"), bridge_conf, sim).exit_code == 0);
    CHECK(cni::run_plugin(add_env("pod2"), bridge_conf, sim).exit_code == 0);
    const auto out = cni::run_plugin(add_env("pod3"), bridge_conf, sim);
    CHECK(out.exit_code == 1);
    CHECK(out.stdout_text ==
          "{\n    \"code\": 999,\n    \"msg\": \"error while adding HostComputeEndpoint: failed to "
          "make a new HostComputeEndpoint: error while processing endpoint args: error while "
          "executing IPAM addition: failed to allocate for range 0: no IP addresses available in "
          "range set: 10.244.1.10-10.244.1.11\"\n}");
    CHECK(sim.state().endpoints.size() == 2);
}

TEST_CASE("VERSION prints the plugin's supported versions without reading a netconf",
          "[cni][runner]") {
    hns::SimulatedHns sim;
    auto out = cni::run_plugin({{"CNI_COMMAND", "VERSION"}}, "", sim);
    CHECK(out.stdout_text == "{\"cniVersion\":\"1.1.0\",\"supportedVersions\":[\"0.1.0\",\"0.2.0\","
                             "\"0.3.0\",\"0.3.1\",\"0.4.0\",\"1.0.0\",\"1.1.0\"]}\n");
    out = cni::run_plugin({{"CNI_COMMAND", "VERSION"}}, "", sim, cni::PluginType::SdnOverlay);
    CHECK(out.stdout_text.rfind("{\"cniVersion\":\"1.0.0\"", 0) == 0);
    CHECK(sim.calls().empty());
}

TEST_CASE("A flannel netconf is run through its delegate with the node's subnet.env",
          "[cni][runner][flannel]") {
    hns::SimulatedHns sim;
    sim.create_network(overlay_network());
    const auto out = cni::run_plugin(
        add_env(),
        R"({"name":"flannel.4096","cniVersion":"0.3.0","type":"flannel","delegate":{"type":"win-overlay","apiVersion":2}})",
        sim, std::nullopt,
        "FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.2.1/"
        "24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n");
    CHECK(out.exit_code == 0);
    CHECK(out.stdout_text.find(R"("mac": "0E-2A-0a-f4-02-02")") != std::string::npos);
    const auto missing = cni::run_plugin(
        add_env("pod2"), R"({"name":"flannel.4096","type":"flannel"})", sim, std::nullopt, "");
    CHECK(missing.stdout_text.find(
              "failed to load flannel 'subnet.env' file: /run/flannel/subnet.env is "
              "missing FLANNEL_NETWORK") != std::string::npos);
}

TEST_CASE("A plugin binary runs its own logic whatever the netconf type says", "[cni][runner]") {
    hns::SimulatedHns sim;
    sim.create_network(bridge_network());
    const auto out = cni::run_plugin(
        add_env(),
        R"({"cniVersion":"0.4.0","name":"cbr0","type":"l2bridge","ipam":{"type":"host-local","subnet":"10.244.1.0/24"}})",
        sim, cni::PluginType::SdnBridge);
    CHECK(out.exit_code == 0);
    CHECK(out.stdout_text.find(R"("name": "eth0")") != std::string::npos);
}
