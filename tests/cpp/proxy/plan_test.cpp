// plan(): kube-proxy started on a simulated copy of a node's HNS, one sync per cluster state, and
// the JSON and table renderings `winnet plan` prints.
#include "catch.hpp"

#include <winnet/hns/simulated_hns.hpp>
#include <winnet/k8s/cluster_state.hpp>
#include <winnet/k8s/kube_proxy_configuration.hpp>
#include <winnet/proxy/plan.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace winnet;
using namespace winnet::proxy;
using hns::HnsOperation;

namespace {

const std::string overlay_network_id = "7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F";
const std::string leftover_lb_id = "D5E6F7A8-1B2C-4D3E-8F4A-5B6C7D8E9F0A";
const std::string leftover_remote_id = "C41A7F2B-8D3E-4F5A-9B6C-0D1E2F3A4B5C";

// An overlay node (win-node-1, 10.0.0.12) after a kube-proxy restart: flannel's network with the
// other nodes' pod subnets, one local pod, and the remote endpoint and load balancer the previous
// kube-proxy left.
hns::HnsState overlay_node(hns::HnsVersion version = {15, 5}) {
    auto state = hns::HnsState::from_json(R"({
      "networks": [{"ID": "7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F", "Name": "flannel.4096",
        "Type": "Overlay", "Policies": [
          {"Type": "RemoteSubnetRoute", "Settings": {"DestinationPrefix": "100.96.1.0/24",
            "IsolationId": 4096, "ProviderAddress": "10.0.0.11",
            "DistributedRouterMacAddress": "00:15:5d:01:02:0b"}},
          {"Type": "RemoteSubnetRoute", "Settings": {"DestinationPrefix": "100.96.3.0/24",
            "IsolationId": 4096, "ProviderAddress": "10.0.0.13",
            "DistributedRouterMacAddress": "00:15:5d:01:02:0d"}}],
        "Ipams": [{"Type": "Static", "Subnets": [{"IpAddressPrefix": "100.96.2.0/24"}]}]}],
      "endpoints": [
        {"ID": "0F3E6A1C-5B2D-4E8F-9A7C-1D2E3F4A5B6C", "Name": "pod1_flannel.4096",
         "HostComputeNetwork": "7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F",
         "IpConfigurations": [{"IpAddress": "100.96.2.5", "PrefixLength": 24}],
         "MacAddress": "0E-2A-64-60-02-05"},
        {"ID": "C41A7F2B-8D3E-4F5A-9B6C-0D1E2F3A4B5C",
         "HostComputeNetwork": "7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F",
         "IpConfigurations": [{"IpAddress": "100.96.1.3"}], "MacAddress": "02-11-64-60-01-03",
         "Flags": 1}],
      "loadBalancers": [{"ID": "D5E6F7A8-1B2C-4D3E-8F4A-5B6C7D8E9F0A",
        "HostComputeEndpoints": ["C41A7F2B-8D3E-4F5A-9B6C-0D1E2F3A4B5C"],
        "SourceVIP": "100.96.2.2", "FrontendVIPs": ["100.64.0.10"],
        "PortMappings": [{"Protocol": 17, "InternalPort": 53, "ExternalPort": 53}]}]})");
    state.version = version;
    return state;
}

// An L2Bridge node (win-node-2) with a dual-stack network cbr0 and its root endpoint.
hns::HnsState l2bridge_node() {
    return hns::HnsState::from_json(R"({
      "networks": [{"ID": "3A9E5C71-2D4B-4F6A-8C1E-5B7D9F0A2C4E", "Name": "cbr0",
        "Type": "L2Bridge", "Ipams": [{"Type": "Static", "Subnets": [
          {"IpAddressPrefix": "100.96.4.0/24"}, {"IpAddressPrefix": "fd00:96:4::/64"}]}]}],
      "endpoints": [{"ID": "8E2B4D6F-1A3C-4E5B-9D7F-2C4E6A8B0D1F", "Name": "cbr0",
        "HostComputeNetwork": "3A9E5C71-2D4B-4F6A-8C1E-5B7D9F0A2C4E",
        "IpConfigurations": [{"IpAddress": "100.96.4.2", "PrefixLength": 24},
                             {"IpAddress": "fd00:96:4::2", "PrefixLength": 64}]}]})");
}

k8s::KubeProxyConfiguration overlay_config(const std::string& extra = "") {
    return k8s::KubeProxyConfiguration::from_json(
        R"({"apiVersion": "kubeproxy.config.k8s.io/v1alpha1", "kind": "KubeProxyConfiguration",
            "hostnameOverride": "win-node-1", "winkernel": {"networkName": "flannel.4096",
            "enableDSR": true)" +
        extra + R"(}})");
}

k8s::KubeProxyConfiguration overlay_config_with_vip() {
    return overlay_config(R"(, "sourceVip": "100.96.2.2")");
}

k8s::KubeProxyConfiguration l2bridge_config() {
    return k8s::KubeProxyConfiguration::from_json(
        R"({"apiVersion": "kubeproxy.config.k8s.io/v1alpha1", "kind": "KubeProxyConfiguration",
            "hostnameOverride": "win-node-2", "winkernel": {"networkName": "cbr0"}})");
}

// kube-dns (100.64.0.10, 53/UDP and 53/TCP) with CoreDNS pods at `first` and `second`.
k8s::ClusterState kube_dns(const std::string& first, const std::string& second) {
    return k8s::ClusterState::from_json(
        R"({"apiVersion": "v1", "kind": "List", "items": [
          {"apiVersion": "v1", "kind": "Service",
           "metadata": {"name": "kube-dns", "namespace": "kube-system"},
           "spec": {"clusterIP": "100.64.0.10", "clusterIPs": ["100.64.0.10"], "ports": [
             {"name": "dns", "port": 53, "protocol": "UDP", "targetPort": 53},
             {"name": "dns-tcp", "port": 53, "protocol": "TCP", "targetPort": 53}]}},
          {"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "addressType": "IPv4",
           "metadata": {"name": "kube-dns-x7k2p", "namespace": "kube-system",
                        "labels": {"kubernetes.io/service-name": "kube-dns"}},
           "endpoints": [{"addresses": [")" +
        first + R"("], "nodeName": "linux-node-1"},
                         {"addresses": [")" +
        second + R"("], "nodeName": "linux-node-1"}],
           "ports": [{"name": "dns", "port": 53, "protocol": "UDP"},
                     {"name": "dns-tcp", "port": 53, "protocol": "TCP"}]}]})");
}

const net::MacAddress host_mac = net::MacAddress::parse("00-15-5D-52-C0-12");

net::IpAddress ip(const std::string& text) {
    return net::IpAddress::parse(text);
}

std::size_t count(const PlanStep& step, HnsOperation op) {
    const auto it = step.counts.find(op);
    return it == step.counts.end() ? 0 : it->second;
}

const hns::LoadBalancer* find_lb(const hns::HnsState& state, const std::string& vip,
                                 hns::Protocol protocol) {
    for (const auto& lb : state.load_balancers) {
        if (!lb.frontend_vips.empty() && lb.frontend_vips.front() == ip(vip) &&
            !lb.port_mappings.empty() && lb.port_mappings.front().protocol == protocol) {
            return &lb;
        }
    }
    return nullptr;
}

std::string proxier_error(const std::vector<net::IpAddress>& node_ips,
                          const hns::HnsState& state = overlay_node(),
                          const k8s::KubeProxyConfiguration& config = overlay_config_with_vip()) {
    try {
        (void)plan({}, config, state, node_ips, host_mac);
    } catch (const ProxierError& e) {
        return e.what();
    }
    return "no ProxierError";
}

} // namespace

TEST_CASE("plan starts kube-proxy by deleting every load balancer on the node", "[proxy][plan]") {
    const auto p = plan({}, overlay_config_with_vip(), overlay_node(), {ip("10.0.0.12")}, host_mac);
    CHECK(p.families == std::vector{net::IpFamily::IPv4});
    CHECK(p.syncs.empty());
    CHECK(count(p.startup, HnsOperation::ListLoadBalancers) == 1);
    REQUIRE(count(p.startup, HnsOperation::DeleteLoadBalancer) == 1);
    const auto deleted = std::find_if(p.startup.calls.begin(), p.startup.calls.end(), [](auto& c) {
        return c.operation == HnsOperation::DeleteLoadBalancer;
    });
    CHECK(deleted->id == leftover_lb_id);
    CHECK(count(p.startup, HnsOperation::GetNetworkByName) == 2); // overlay: read twice
    CHECK(p.startup.state.load_balancers.empty());
    // The previous run's remote endpoint stays: kube-proxy deletes only load balancers.
    CHECK(p.startup.state.endpoints.size() == 2);
    CHECK(p.startup.results.empty());
}

TEST_CASE("plan programs kube-dns on an overlay node with the source VIP and DSR",
          "[proxy][plan][overlay]") {
    const auto p = plan({kube_dns("100.96.1.3", "100.96.1.8")}, overlay_config_with_vip(),
                        overlay_node(), {ip("10.0.0.12")}, host_mac);
    REQUIRE(p.syncs.size() == 1);
    const auto& sync = p.syncs.front();
    REQUIRE(sync.results.size() == 1);
    CHECK(sync.results.front().completed);
    CHECK(sync.results.front().services_synced == 2);
    CHECK(count(sync, HnsOperation::CreateLoadBalancer) == 2);
    for (const auto protocol : {hns::Protocol::UDP, hns::Protocol::TCP}) {
        const auto* lb = find_lb(sync.state, "100.64.0.10", protocol);
        REQUIRE(lb != nullptr);
        CHECK(lb->source_vip == ip("100.96.2.2"));
        CHECK(lb->flags == hns::LoadBalancerFlags::DSR); // enableDSR
        CHECK(lb->port_mappings.front().external_port == 53);
        CHECK(lb->port_mappings.front().internal_port == 53);
        CHECK(lb->host_compute_endpoints.size() == 2);
        // The previous run's remote endpoint for 100.96.1.3 is reused.
        CHECK(std::count(lb->host_compute_endpoints.begin(), lb->host_compute_endpoints.end(),
                         leftover_remote_id) == 1);
    }
    // A remote endpoint for 100.96.1.8 (provider address 10.0.0.11), the source VIP endpoint and
    // the cluster IP helper endpoint.
    CHECK(count(sync, HnsOperation::CreateEndpoint) == 3);
    const auto source_vip = std::find_if(
        sync.state.endpoints.begin(), sync.state.endpoints.end(), [](const hns::Endpoint& e) {
            return !e.ip_configurations.empty() &&
                   e.ip_configurations.front().ip_address == ip("100.96.2.2");
        });
    REQUIRE(source_vip != sync.state.endpoints.end());
    CHECK(source_vip->mac_address == "00-15-5D-52-C0-12");
}

TEST_CASE("plan's second sync makes only the calls a moved backend needs", "[proxy][plan]") {
    const auto p =
        plan({kube_dns("100.96.1.3", "100.96.1.8"), kube_dns("100.96.1.3", "100.96.3.7")},
             overlay_config_with_vip(), overlay_node(), {ip("10.0.0.12")}, host_mac);
    REQUIRE(p.syncs.size() == 2);
    const auto& second = p.syncs[1];
    CHECK(second.results.front().completed);
    // HNS 15.5 updates the two load balancers in place; the new backend gets a remote endpoint
    // and the old one's is deleted.
    CHECK(count(second, HnsOperation::UpdateLoadBalancer) == 2);
    CHECK(count(second, HnsOperation::CreateLoadBalancer) == 0);
    CHECK(count(second, HnsOperation::DeleteLoadBalancer) == 0);
    const auto* udp = find_lb(second.state, "100.64.0.10", hns::Protocol::UDP);
    REQUIRE(udp != nullptr);
    const auto* first_udp = find_lb(p.syncs[0].state, "100.64.0.10", hns::Protocol::UDP);
    REQUIRE(first_udp != nullptr);
    CHECK(udp->id == first_udp->id);
    bool has_new_backend = false;
    for (const auto& e : second.state.endpoints) {
        if (!e.ip_configurations.empty() &&
            e.ip_configurations.front().ip_address == ip("100.96.3.7")) {
            has_new_backend = std::count(udp->host_compute_endpoints.begin(),
                                         udp->host_compute_endpoints.end(), e.id) == 1;
        }
        CHECK_FALSE((!e.ip_configurations.empty() &&
                     e.ip_configurations.front().ip_address == ip("100.96.1.8")));
    }
    CHECK(has_new_backend);
}

TEST_CASE("plan applying the same cluster twice makes no load balancer calls the second time",
          "[proxy][plan]") {
    const auto cluster = kube_dns("100.96.1.3", "100.96.1.8");
    const auto p = plan({cluster, cluster}, overlay_config_with_vip(), overlay_node(),
                        {ip("10.0.0.12")}, host_mac);
    REQUIRE(p.syncs.size() == 2);
    const auto& second = p.syncs[1];
    CHECK(count(second, HnsOperation::CreateLoadBalancer) == 0);
    CHECK(count(second, HnsOperation::UpdateLoadBalancer) == 0);
    CHECK(count(second, HnsOperation::CreateEndpoint) == 0);
    CHECK(second.results.front().services_synced == 0);
    CHECK(second.state == p.syncs[0].state);
}

TEST_CASE("plan on a dual-stack L2Bridge node runs an IPv4 and an IPv6 proxier",
          "[proxy][plan][dualstack]") {
    const auto cluster = k8s::ClusterState::from_json(
        R"({"apiVersion": "v1", "kind": "List", "items": [
          {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "default"},
           "spec": {"clusterIP": "10.96.0.20", "clusterIPs": ["10.96.0.20", "fd00:10:96::20"],
                    "ipFamilies": ["IPv4", "IPv6"], "ipFamilyPolicy": "PreferDualStack",
                    "ports": [{"port": 80, "targetPort": 8080}]}},
          {"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "addressType": "IPv4",
           "metadata": {"name": "web-v4", "namespace": "default",
                        "labels": {"kubernetes.io/service-name": "web"}},
           "endpoints": [{"addresses": ["100.96.1.3"], "nodeName": "linux-node-1"}],
           "ports": [{"port": 8080}]},
          {"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "addressType": "IPv6",
           "metadata": {"name": "web-v6", "namespace": "default",
                        "labels": {"kubernetes.io/service-name": "web"}},
           "endpoints": [{"addresses": ["fd00:96:1::3"], "nodeName": "linux-node-1"}],
           "ports": [{"port": 8080}]}]})");
    // The IPv6 address comes first: plan still runs the IPv4 proxier first.
    const auto p = plan({cluster}, l2bridge_config(), l2bridge_node(),
                        {ip("fd00::14"), ip("10.0.0.14")}, host_mac);
    CHECK(p.families == std::vector{net::IpFamily::IPv4, net::IpFamily::IPv6});
    REQUIRE(p.syncs.size() == 1);
    const auto& sync = p.syncs.front();
    REQUIRE(sync.results.size() == 2);
    CHECK(sync.results[0].services_synced == 1);
    CHECK(sync.results[1].services_synced == 1);
    const auto* v4 = find_lb(sync.state, "10.96.0.20", hns::Protocol::TCP);
    const auto* v6 = find_lb(sync.state, "fd00:10:96::20", hns::Protocol::TCP);
    REQUIRE(v4 != nullptr);
    REQUIRE(v6 != nullptr);
    CHECK(v4->flags == hns::LoadBalancerFlags::None);
    CHECK(v6->flags == hns::LoadBalancerFlags::IPv6);
    CHECK_FALSE(v4->source_vip.has_value()); // L2Bridge: no source VIP
    CHECK(v6->port_mappings.front().internal_port == 8080);
    // The IPv4 proxier's calls come first.
    const auto first_create =
        std::find_if(sync.calls.begin(), sync.calls.end(), [](const hns::HnsCall& c) {
            return c.operation == HnsOperation::CreateLoadBalancer;
        });
    REQUIRE(first_create != sync.calls.end());
    CHECK(first_create->document.find("10.96.0.20") != std::string::npos);
}

TEST_CASE("plan refuses a second node IP where kube-proxy cannot run dual-stack",
          "[proxy][plan][dualstack][errors]") {
    const std::vector<net::IpAddress> both = {ip("10.0.0.12"), ip("fd00::12")};
    CHECK(proxier_error(both) ==
          "dual-stack is not supported on the overlay network flannel.4096 (kube-proxy would "
          "run single-stack)");
    auto old = l2bridge_node();
    old.version = {10, 1};
    CHECK(proxier_error(both, old, l2bridge_config()) ==
          "dual-stack needs the HNS feature IPv6DualStack (HNS 11.10 and later); this node runs "
          "HNS 10.1");
}

TEST_CASE("plan refuses node IPs that are missing, too many or of one family",
          "[proxy][plan][errors]") {
    CHECK(proxier_error({}) ==
          "no node IP: kube-proxy needs the node's IP of each family it serves");
    CHECK(proxier_error({ip("10.0.0.12"), ip("10.0.0.13")}) ==
          "two node IPs of one family (10.0.0.12 and 10.0.0.13): a dual-stack node has one of "
          "each");
    CHECK(proxier_error({ip("10.0.0.12"), ip("fd00::12"), ip("10.0.0.13")}) ==
          "at most two node IPs (one IPv4, one IPv6), found 3");
}

TEST_CASE("plan reports kube-proxy's own reasons not to start", "[proxy][plan][errors]") {
    CHECK(proxier_error({ip("10.0.0.12")}, overlay_node(), overlay_config()) ==
          "source-vip flag not set");
    CHECK(proxier_error({ip("10.0.0.12")}, l2bridge_node(), overlay_config_with_vip()) ==
          "HNS network flannel.4096 not found: kube-proxy would wait for it");
    CHECK(proxier_error({ip("10.0.0.12")}, overlay_node({9, 1})) ==
          "Windows HNS Api V2 required. This version of windows does not support API V2 (HNS "
          "9.1)");
}

TEST_CASE("plan records a failed HNS call with its HRESULT in calls, counts and JSON",
          "[proxy][plan][json]") {
    // Two NodePort Services on one node port: HNS refuses the second NodePort load balancer.
    const auto cluster = k8s::ClusterState::from_json(
        R"({"apiVersion": "v1", "kind": "List", "items": [
          {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a", "namespace": "default"},
           "spec": {"type": "NodePort", "clusterIP": "10.96.0.21",
                    "ports": [{"port": 80, "targetPort": 80, "nodePort": 30080}]}},
          {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "b", "namespace": "default"},
           "spec": {"type": "NodePort", "clusterIP": "10.96.0.22",
                    "ports": [{"port": 80, "targetPort": 80, "nodePort": 30080}]}},
          {"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "addressType": "IPv4",
           "metadata": {"name": "a-1", "namespace": "default",
                        "labels": {"kubernetes.io/service-name": "a"}},
           "endpoints": [{"addresses": ["100.96.4.5"], "nodeName": "win-node-2"}],
           "ports": [{"port": 80}]},
          {"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "addressType": "IPv4",
           "metadata": {"name": "b-1", "namespace": "default",
                        "labels": {"kubernetes.io/service-name": "b"}},
           "endpoints": [{"addresses": ["100.96.4.6"], "nodeName": "win-node-2"}],
           "ports": [{"port": 80}]}]})");
    auto node = l2bridge_node();
    auto pod = node.endpoints.front();
    pod.id = "2F4A6C8E-0B1D-4F3A-8C5E-7D9F1B3D5F7A";
    pod.name = "pod-a";
    pod.ip_configurations = {hns::IpConfig{ip("100.96.4.5"), 24}};
    node.endpoints.push_back(pod);
    pod.id = "4B6D8F0A-2C3E-4A5B-9C7D-1E3F5A7B9C0D";
    pod.name = "pod-b";
    pod.ip_configurations = {hns::IpConfig{ip("100.96.4.6"), 24}};
    node.endpoints.push_back(pod);
    const auto p = plan({cluster}, l2bridge_config(), node, {ip("10.0.0.14")}, host_mac);
    const auto& sync = p.syncs.front();
    const auto failed = std::find_if(sync.calls.begin(), sync.calls.end(),
                                     [](const hns::HnsCall& c) { return c.error.has_value(); });
    REQUIRE(failed != sync.calls.end());
    CHECK(failed->operation == HnsOperation::CreateLoadBalancer);
    CHECK(*failed->error == hns::HResult::PortAlreadyExists);
    CHECK(sync.results.front().services_pending == 1);
    const auto json = p.to_json(hns::JsonStyle::Compact);
    CHECK(json.find(R"("op":"CreateLoadBalancer","id":"","document":{)") != std::string::npos);
    CHECK(json.find(R"("error":"0x803b0013 HCN_E_PORT_ALREADY_EXISTS")") != std::string::npos);
    CHECK(p.to_table().find("0x803b0013 HCN_E_PORT_ALREADY_EXISTS") != std::string::npos);
}

TEST_CASE("plan's JSON has the start-up and each sync's calls, counts and state",
          "[proxy][plan][json]") {
    const auto p = plan({kube_dns("100.96.1.3", "100.96.1.8")}, overlay_config_with_vip(),
                        overlay_node(), {ip("10.0.0.12")}, host_mac);
    const auto json = p.to_json(hns::JsonStyle::Compact);
    CHECK(json.starts_with(R"({"startup":{"calls":[{"op":"GetVersion","id":""},)"));
    CHECK(json.find(R"("op":"DeleteLoadBalancer","id":")" + leftover_lb_id + "\"}") !=
          std::string::npos);
    CHECK(json.find(R"(},"syncs":[{"calls":[)") != std::string::npos);
    CHECK(json.find(R"("counts":{"GetVersion":)") != std::string::npos);
    CHECK(json.find(R"("state":{"endpoints":[{"ID":")") != std::string::npos);
    CHECK(json.find(R"(],"loadBalancers":[{"ID":")") != std::string::npos);
    // A create embeds the document as JSON, not as a string.
    CHECK(json.find(R"("op":"CreateLoadBalancer","id":")") != std::string::npos);
    CHECK(json.find(R"(,"document":{"HostComputeEndpoints":[)") != std::string::npos);
    CHECK(json.find(R"("document":")") == std::string::npos);
    CHECK(json.ends_with("]}}]}"));
    // Indented is the same document laid out as Go's json.Indent.
    const auto indented = p.to_json();
    CHECK(indented.starts_with("{\n  \"startup\": {\n    \"calls\": [\n      {\n"));
    std::string squeezed;
    bool in_string = false;
    for (std::size_t i = 0; i < indented.size(); ++i) {
        const char c = indented[i];
        if (c == '"' && (i == 0 || indented[i - 1] != '\\')) {
            in_string = !in_string;
        }
        if (in_string || (c != ' ' && c != '\n')) {
            squeezed += c;
        }
    }
    CHECK(squeezed == json);
}

TEST_CASE("plan's output is the same for the same inputs", "[proxy][plan]") {
    const auto run = [] {
        return plan({kube_dns("100.96.1.3", "100.96.1.8"), kube_dns("100.96.1.3", "100.96.3.7")},
                    overlay_config_with_vip(), overlay_node(), {ip("10.0.0.12")}, host_mac);
    };
    const auto a = run();
    const auto b = run();
    CHECK(a == b);
    CHECK(a.to_json() == b.to_json());
    CHECK(a.to_table() == b.to_table());
}

TEST_CASE("plan's table shows each step's results, calls, counts and HNS objects",
          "[proxy][plan][table]") {
    const auto p = plan({kube_dns("100.96.1.3", "100.96.1.8")}, overlay_config_with_vip(),
                        overlay_node(), {ip("10.0.0.12")}, host_mac);
    const auto table = p.to_table();
    CHECK(table.starts_with("Start-up ("));
    CHECK(table.find("\nSync 1 (") != std::string::npos);
    CHECK(table.find("IPv4 proxier: completed, 2 service ports synced, 0 pending") !=
          std::string::npos);
    CHECK(table.find("#  OPERATION") != std::string::npos);
    CHECK(table.find("Counts: GetVersion 1,") != std::string::npos);
    CHECK(table.find("\nEndpoints\nID ") != std::string::npos);
    CHECK(table.find("\nLoad balancers\nID ") != std::string::npos);
    CHECK(table.find(leftover_lb_id.substr(0, 8)) != std::string::npos);
    CHECK(table.find(leftover_lb_id) == std::string::npos); // ids cut to 8 characters
    CHECK(p.to_table(true).find(leftover_lb_id) != std::string::npos);
}
