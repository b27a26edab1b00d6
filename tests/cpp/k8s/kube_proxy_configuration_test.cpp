// KubeProxyConfiguration: the Windows kube-proxy's config file, its defaults and its checks.
#include "catch.hpp"

#include <winnet/error.hpp>
#include <winnet/k8s/kube_proxy_configuration.hpp>

#include <string>

using winnet::JsonError;
using winnet::k8s::KubeProxyConfiguration;
using winnet::net::IpAddress;
using winnet::net::IpPrefix;

namespace {

// examples/k8s/data/kube-proxy-overlay.yaml as JSON (what the Python loader passes on).
const std::string overlay = R"({"apiVersion": "kubeproxy.config.k8s.io/v1alpha1",
  "kind": "KubeProxyConfiguration", "mode": "kernelspace", "hostnameOverride": "win-node-1",
  "clusterCIDR": "100.96.0.0/11", "healthzBindAddress": "0.0.0.0:10256",
  "metricsBindAddress": "0.0.0.0:10249", "featureGates": {"WinDSR": true, "WinOverlay": true},
  "winkernel": {"networkName": "flannel.4096", "sourceVip": "100.96.2.2", "enableDSR": true,
                "rootHnsEndpointName": "cbr0", "forwardHealthCheckVip": false}})";

// A configuration of the right kind with `members` (JSON object members).
std::string config(const std::string& members) {
    return R"({"apiVersion": "kubeproxy.config.k8s.io/v1alpha1", "kind": "KubeProxyConfiguration")" +
           (members.empty() ? "" : ", " + members) + "}";
}

void require_problem(const std::string& doc, const std::string& path, const std::string& problem) {
    try {
        (void)KubeProxyConfiguration::from_json(doc);
    } catch (const JsonError& e) {
        INFO("message: " << e.what());
        CHECK(e.path() == path);
        CHECK(e.problem() == problem);
        return;
    }
    FAIL("no JsonError for " << doc);
}

} // namespace

TEST_CASE("The overlay node's kube-proxy configuration is read with its winkernel section",
          "[k8s][kube-proxy-config]") {
    const auto c = KubeProxyConfiguration::from_json(overlay);
    CHECK(c.hostname_override == "win-node-1");
    CHECK(c.mode == "kernelspace");
    CHECK(c.cluster_cidrs == std::vector<IpPrefix>{IpPrefix::parse("100.96.0.0/11")});
    CHECK(c.healthz_bind_address == "0.0.0.0:10256");
    CHECK(c.healthz_port() == 10256);
    CHECK(c.metrics_bind_address == "0.0.0.0:10249");
    CHECK(c.feature_gates.size() == 2);
    CHECK(c.feature_enabled("WinDSR"));
    CHECK(c.winkernel.network_name == "flannel.4096");
    CHECK(c.winkernel.source_vip == IpAddress::parse("100.96.2.2"));
    CHECK(c.winkernel.enable_dsr);
    CHECK(c.winkernel.root_hns_endpoint_name == "cbr0");
    CHECK_FALSE(c.winkernel.forward_health_check_vip);
}

TEST_CASE("An L2Bridge node's configuration has no source VIP", "[k8s][kube-proxy-config]") {
    const auto c = KubeProxyConfiguration::from_json(config(
        R"("mode": "kernelspace", "hostnameOverride": "win-node-2", "clusterCIDR": "100.96.0.0/11",
           "healthzBindAddress": "0.0.0.0:10256", "featureGates": {"WinDSR": true},
           "winkernel": {"networkName": "cbr0", "enableDSR": false, "rootHnsEndpointName": "cbr0"})"));
    CHECK(c.hostname_override == "win-node-2");
    CHECK_FALSE(c.winkernel.source_vip.has_value());
    CHECK_FALSE(c.winkernel.enable_dsr);
    CHECK(c.feature_enabled("WinOverlay")); // not listed: its default
}

TEST_CASE("An empty configuration gets kube-proxy's defaults", "[k8s][kube-proxy-config]") {
    const auto c = KubeProxyConfiguration::from_json(config(""));
    CHECK(c.bind_address == IpAddress::parse("0.0.0.0"));
    CHECK(c.healthz_bind_address == "0.0.0.0:10256");
    CHECK(c.metrics_bind_address == "127.0.0.1:10249");
    CHECK(c.winkernel.root_hns_endpoint_name == "cbr0");
    CHECK(c.mode.empty());
    CHECK(c.cluster_cidrs.empty());
    CHECK(c.feature_enabled("WinDSR"));
    CHECK(c.feature_enabled("WinOverlay"));
    CHECK_FALSE(c.feature_enabled("SomethingElse"));
}

TEST_CASE("A bind address given without a port gets the default port", "[k8s][kube-proxy-config]") {
    const auto c = KubeProxyConfiguration::from_json(
        config(R"("healthzBindAddress": "192.168.1.10", "metricsBindAddress": "::1",
                  "clusterCIDR": "100.96.0.0/11,fd00:10:96::/48", "unknownField": 1,
                  "iptables": {"syncPeriod": "30s"})"));
    CHECK(c.healthz_bind_address == "192.168.1.10:10256");
    CHECK(c.healthz_port() == 10256);
    CHECK(c.metrics_bind_address == "[::1]:10249");
    CHECK(c.cluster_cidrs.size() == 2);
}

TEST_CASE("A configuration needs its apiVersion and kind", "[k8s][kube-proxy-config]") {
    require_problem(R"({"mode": "kernelspace"})", "$.kind",
                    "Required value: Object 'Kind' is missing");
    require_problem(R"({"kind": "KubeletConfiguration"})", "$.kind",
                    R"(expected kind "KubeProxyConfiguration", found "KubeletConfiguration")");
    require_problem(
        R"({"kind": "KubeProxyConfiguration", "apiVersion": "kubeproxy.config.k8s.io/v1"})",
        "$.apiVersion",
        "expected apiVersion \"kubeproxy.config.k8s.io/v1alpha1\", found "
        "\"kubeproxy.config.k8s.io/v1\"");
    require_problem("not json", "$", "not valid JSON: syntax error at byte 2");
}

TEST_CASE("Configuration values of the wrong JSON type name their path",
          "[k8s][kube-proxy-config]") {
    require_problem(config(R"("winkernel": {"enableDSR": "true"})"), "$.winkernel.enableDSR",
                    "expected true or false, found the string \"true\"");
    require_problem(config(R"("featureGates": {"WinDSR": 1})"), "$.featureGates.WinDSR",
                    "expected true or false, found the number 1");
    require_problem(config(R"("winkernel": "cbr0")"), "$.winkernel",
                    "expected an object (KubeProxyWinkernelConfiguration), found the string "
                    "\"cbr0\"");
}

TEST_CASE("Only the kernelspace proxy mode runs on Windows", "[k8s][kube-proxy-config]") {
    require_problem(config(R"("mode": "iptables")"), "$.mode",
                    "Invalid value: \"iptables\": must be kernelspace or blank (blank means the "
                    "most-available proxy [currently 'kernelspace'])");
}

TEST_CASE("Bind addresses must be an IP and a port", "[k8s][kube-proxy-config]") {
    require_problem(config(R"("bindAddress": "any")"), "$.bindAddress",
                    "Invalid value: \"any\": not a valid textual representation of an IP address");
    require_problem(config(R"("healthzBindAddress": "localhost")"), "$.healthzBindAddress",
                    R"(Invalid value: "localhost": must be IP:port)");
    require_problem(config(R"("healthzBindAddress": "node:10256")"), "$.healthzBindAddress",
                    R"(Invalid value: "node": must be a valid IP)");
    require_problem(config(R"("metricsBindAddress": "0.0.0.0:0")"), "$.metricsBindAddress",
                    R"(Invalid value: "0": must be a valid port)");
}

TEST_CASE("The cluster CIDR is one prefix or one of each family", "[k8s][kube-proxy-config]") {
    require_problem(config(R"("clusterCIDR": "100.96.0.0/33")"), "$.clusterCIDR",
                    "Invalid value: \"100.96.0.0/33\": must be a valid CIDR block (e.g. "
                    "10.100.0.0/16 or fde4:8dba:82e1::/48)");
    require_problem(config(R"("clusterCIDR": "10.0.0.0/16,10.1.0.0/16")"), "$.clusterCIDR",
                    "Invalid value: \"10.0.0.0/16,10.1.0.0/16\": must be a either a single CIDR "
                    "or dual-stack pair of CIDRs (e.g. [10.100.0.0/16, fde4:8dba:82e1::/48]");
    require_problem(config(R"("clusterCIDR": "10.0.0.0/16,fd00::/48,10.1.0.0/16")"),
                    "$.clusterCIDR",
                    "Invalid value: \"10.0.0.0/16,fd00::/48,10.1.0.0/16\": must be a either a "
                    "single CIDR or dual-stack pair of CIDRs (e.g. [10.100.0.0/16, "
                    "fde4:8dba:82e1::/48]");
}

TEST_CASE("The source VIP must be an IP address", "[k8s][kube-proxy-config]") {
    require_problem(config(R"("winkernel": {"sourceVip": "100.96.2"})"), "$.winkernel.sourceVip",
                    "Invalid value: \"100.96.2\": must be a valid IP address, (e.g. 10.9.8.7 or "
                    "2001:db8::ffff)");
}

TEST_CASE("DSR needs the WinDSR feature gate", "[k8s][kube-proxy-config]") {
    require_problem(
        config(R"("featureGates": {"WinDSR": false}, "winkernel": {"enableDSR": true})"),
        "$.winkernel.enableDSR", "WinDSR feature gate not enabled");
}
