// Services as kubectl prints them and as people write them: the fields kube-proxy reads, with
// the API server's defaults applied.
#include "catch.hpp"

#include <winnet/k8s/service.hpp>

#include <string>

using winnet::k8s::IpFamilyPolicy;
using winnet::k8s::LoadBalancerIpMode;
using winnet::k8s::PortProtocol;
using winnet::k8s::Service;
using winnet::k8s::ServiceType;
using winnet::k8s::SessionAffinity;
using winnet::k8s::TrafficPolicy;
using winnet::net::IpAddress;
using winnet::net::IpFamily;

namespace {
IpAddress ip(const char* text) {
    return IpAddress::parse(text);
}
} // namespace

TEST_CASE("The kube-dns Service from a kubectl dump has the fields kube-proxy reads",
          "[k8s][service]") {
    // kubectl's output, managedFields and all.
    const auto svc = Service::from_json(R"({
      "apiVersion": "v1", "kind": "Service",
      "metadata": {"annotations": {"prometheus.io/port": "9153"}, "name": "kube-dns",
                   "namespace": "kube-system", "uid": "3f6c2d1e", "resourceVersion": "241",
                   "labels": {"k8s-app": "kube-dns"},
                   "managedFields": [{"manager": "kubeadm", "fieldsV1": {"f:spec": {}}}]},
      "spec": {"clusterIP": "100.64.0.10", "clusterIPs": ["100.64.0.10"],
               "internalTrafficPolicy": "Cluster", "ipFamilies": ["IPv4"],
               "ipFamilyPolicy": "SingleStack",
               "ports": [{"name": "dns", "port": 53, "protocol": "UDP", "targetPort": 53},
                         {"name": "dns-tcp", "port": 53, "protocol": "TCP", "targetPort": 53},
                         {"name": "metrics", "port": 9153, "protocol": "TCP", "targetPort": 9153}],
               "selector": {"k8s-app": "kube-dns"}, "sessionAffinity": "None", "type": "ClusterIP"},
      "status": {"loadBalancer": {}}})");
    CHECK(svc.metadata.key().to_string() == "kube-system/kube-dns");
    CHECK(svc.metadata.labels.at("k8s-app") == "kube-dns");
    CHECK(svc.metadata.annotations.at("prometheus.io/port") == "9153");
    CHECK(svc.spec.type == ServiceType::ClusterIP);
    CHECK(svc.spec.cluster_ips == std::vector<IpAddress>{ip("100.64.0.10")});
    CHECK(svc.spec.ip_families == std::vector<IpFamily>{IpFamily::IPv4});
    CHECK(svc.spec.ip_family_policy == IpFamilyPolicy::SingleStack);
    REQUIRE(svc.spec.ports.size() == 3);
    CHECK(svc.spec.ports[0].name == "dns");
    CHECK(svc.spec.ports[0].protocol == PortProtocol::UDP);
    CHECK(svc.spec.ports[0].port == 53);
    CHECK(std::get<std::uint16_t>(svc.spec.ports[0].target_port) == 53);
    CHECK(svc.spec.ports[2].port == 9153);
    CHECK(svc.spec.ports[2].node_port == 0);
    CHECK(svc.spec.session_affinity == SessionAffinity::None);
    CHECK(svc.spec.session_affinity_timeout_seconds == 0);
    CHECK(svc.spec.internal_traffic_policy == TrafficPolicy::Cluster);
    CHECK_FALSE(svc.spec.external_traffic_policy.has_value());
    CHECK(svc.status.load_balancer_ingress.empty());
    CHECK(svc.cluster_ip(IpFamily::IPv4) == ip("100.64.0.10"));
    CHECK_FALSE(svc.cluster_ip(IpFamily::IPv6).has_value());
    CHECK_FALSE(svc.externally_accessible());
    CHECK_FALSE(svc.skipped_by_kube_proxy());
}

TEST_CASE("A Service written by hand gets the API server's defaults", "[k8s][service]") {
    const auto svc = Service::from_json(
        R"({"metadata": {"name": "web"}, "spec": {"clusterIP": "10.96.0.20",
            "ports": [{"port": 80}]}})");
    CHECK(svc.metadata.namespace_ == "default");
    CHECK(svc.spec.type == ServiceType::ClusterIP);
    CHECK(svc.spec.cluster_ips == std::vector<IpAddress>{ip("10.96.0.20")}); // clusterIPs filled
    CHECK(svc.spec.ip_families == std::vector<IpFamily>{IpFamily::IPv4});    // inferred
    CHECK(svc.spec.ip_family_policy == IpFamilyPolicy::SingleStack);
    CHECK(svc.spec.ports[0].protocol == PortProtocol::TCP);
    CHECK(std::get<std::uint16_t>(svc.spec.ports[0].target_port) == 80); // targetPort = port
    CHECK(svc.spec.session_affinity == SessionAffinity::None);
    CHECK(svc.spec.internal_traffic_policy == TrafficPolicy::Cluster);
    CHECK_FALSE(svc.spec.external_traffic_policy.has_value());
}

TEST_CASE("A Service the API server has not yet given an IP is skipped by kube-proxy",
          "[k8s][service]") {
    const auto svc = Service::from_json(R"({"metadata": {"name": "web"},
                                            "spec": {"ports": [{"port": 80}]}})");
    CHECK(svc.spec.cluster_ips.empty());
    CHECK_FALSE(svc.spec.headless);
    CHECK(svc.skipped_by_kube_proxy());
}

TEST_CASE("A dual-stack Service has one cluster IP per family", "[k8s][service]") {
    const auto svc = Service::from_json(R"({"metadata": {"name": "dual", "namespace": "ns1"},
      "spec": {"clusterIP": "10.20.30.41", "clusterIPs": ["10.20.30.41", "fd00::21"],
               "ipFamilies": ["IPv4", "IPv6"], "ipFamilyPolicy": "RequireDualStack",
               "ports": [{"name": "p80", "port": 80, "targetPort": 8080}]}})");
    CHECK(svc.spec.cluster_ips == std::vector<IpAddress>{ip("10.20.30.41"), ip("fd00::21")});
    CHECK(svc.spec.ip_families == std::vector<IpFamily>{IpFamily::IPv4, IpFamily::IPv6});
    CHECK(svc.spec.ip_family_policy == IpFamilyPolicy::RequireDualStack);
    CHECK(svc.cluster_ip(IpFamily::IPv6) == ip("fd00::21"));
    CHECK(std::get<std::uint16_t>(svc.spec.ports[0].target_port) == 8080);
}

TEST_CASE("An IPv6-primary Service lists its families in the order of its cluster IPs",
          "[k8s][service]") {
    const auto svc = Service::from_json(R"({"metadata": {"name": "v6first"},
      "spec": {"clusterIP": "fd00::21", "clusterIPs": ["fd00::21", "10.20.30.41"],
               "ipFamilyPolicy": "PreferDualStack", "ports": [{"port": 80}]}})");
    CHECK(svc.spec.ip_families == std::vector<IpFamily>{IpFamily::IPv6, IpFamily::IPv4});
    CHECK(svc.cluster_ip(IpFamily::IPv4) == ip("10.20.30.41"));
}

TEST_CASE("A headless Service has no cluster IP and is skipped by kube-proxy", "[k8s][service]") {
    const auto svc = Service::from_json(R"({"metadata": {"name": "db"},
      "spec": {"clusterIP": "None", "clusterIPs": ["None"], "ports": [{"port": 5432}]}})");
    CHECK(svc.spec.headless);
    CHECK(svc.spec.cluster_ips.empty());
    CHECK_FALSE(svc.spec.ip_family_policy.has_value());
    CHECK(svc.skipped_by_kube_proxy());
    // A headless Service may have no ports at all.
    CHECK(Service::from_json(R"({"metadata": {"name": "db"}, "spec": {"clusterIP": "None"}})")
              .spec.headless);
}

TEST_CASE("An ExternalName Service is a DNS alias kube-proxy ignores", "[k8s][service]") {
    const auto svc = Service::from_json(R"({"metadata": {"name": "ext"},
      "spec": {"type": "ExternalName", "externalName": "db.example.com."}})");
    CHECK(svc.spec.type == ServiceType::ExternalName);
    CHECK(svc.spec.external_name == "db.example.com.");
    CHECK(svc.spec.cluster_ips.empty());
    CHECK_FALSE(svc.spec.internal_traffic_policy.has_value());
    CHECK_FALSE(svc.spec.ip_family_policy.has_value());
    CHECK(svc.skipped_by_kube_proxy());
}

TEST_CASE("A LoadBalancer Service carries node ports, its health-check port and ingress",
          "[k8s][service]") {
    const auto svc = Service::from_json(R"({"apiVersion": "v1", "kind": "Service",
      "metadata": {"name": "svc1", "namespace": "ns1",
                   "annotations": {"preserve-destination": "true"}},
      "spec": {"type": "LoadBalancer", "clusterIP": "10.20.30.41",
               "ports": [{"name": "p80", "port": 80, "nodePort": 3001, "targetPort": "http"}],
               "externalTrafficPolicy": "Local", "healthCheckNodePort": 32000,
               "loadBalancerIP": "11.21.31.41", "allocateLoadBalancerNodePorts": true},
      "status": {"loadBalancer": {"ingress": [
          {"ip": "11.21.31.41"},
          {"ip": "fd00::1", "ipMode": "Proxy"},
          {"hostname": "a1b2.elb.amazonaws.com"}]}}})");
    CHECK(svc.spec.type == ServiceType::LoadBalancer);
    CHECK(svc.spec.ports[0].node_port == 3001);
    CHECK(std::get<std::string>(svc.spec.ports[0].target_port) == "http");
    CHECK(svc.spec.external_traffic_policy == TrafficPolicy::Local);
    CHECK(svc.spec.health_check_node_port == 32000);
    CHECK(svc.spec.load_balancer_ip == "11.21.31.41");
    CHECK(svc.metadata.annotations.at("preserve-destination") == "true");
    REQUIRE(svc.status.load_balancer_ingress.size() == 3);
    CHECK(svc.status.load_balancer_ingress[0].ip == ip("11.21.31.41"));
    CHECK(svc.status.load_balancer_ingress[0].ip_mode == LoadBalancerIpMode::VIP); // defaulted
    CHECK(svc.status.load_balancer_ingress[1].ip_mode == LoadBalancerIpMode::Proxy);
    CHECK_FALSE(svc.status.load_balancer_ingress[2].ip.has_value());
    CHECK(svc.status.load_balancer_ingress[2].hostname == "a1b2.elb.amazonaws.com");
    CHECK_FALSE(svc.status.load_balancer_ingress[2].ip_mode.has_value());
    CHECK(svc.externally_accessible());
    CHECK(svc.external_policy_local());
    CHECK_FALSE(svc.internal_policy_local());
}

TEST_CASE("A NodePort Service defaults its external traffic policy to Cluster", "[k8s][service]") {
    const auto svc = Service::from_json(R"({"metadata": {"name": "np"},
      "spec": {"type": "NodePort", "clusterIP": "10.0.0.5",
               "ports": [{"port": 80, "nodePort": 30080, "protocol": "SCTP"}],
               "internalTrafficPolicy": "Local"}})");
    CHECK(svc.spec.external_traffic_policy == TrafficPolicy::Cluster);
    CHECK(svc.spec.ports[0].protocol == PortProtocol::SCTP);
    CHECK_FALSE(svc.external_policy_local());
    CHECK(svc.internal_policy_local());
}

TEST_CASE("External IPs make a ClusterIP Service externally accessible", "[k8s][service]") {
    const auto svc = Service::from_json(R"({"metadata": {"name": "ext"},
      "spec": {"clusterIP": "10.0.0.5", "externalIPs": ["50.60.70.81", "2001:db8::5"],
               "ports": [{"port": 80}]}})");
    CHECK(svc.spec.external_ips == std::vector<IpAddress>{ip("50.60.70.81"), ip("2001:db8::5")});
    CHECK(svc.externally_accessible());
    CHECK(svc.spec.external_traffic_policy == TrafficPolicy::Cluster);
}

TEST_CASE("ClientIP session affinity gets the three-hour default timeout", "[k8s][service]") {
    const auto defaulted = Service::from_json(R"({"metadata": {"name": "s"},
      "spec": {"clusterIP": "10.0.0.5", "sessionAffinity": "ClientIP", "ports": [{"port": 80}]}})");
    CHECK(defaulted.spec.session_affinity == SessionAffinity::ClientIP);
    CHECK(defaulted.spec.session_affinity_timeout_seconds == 10800);
    const auto custom = Service::from_json(R"({"metadata": {"name": "s"},
      "spec": {"clusterIP": "10.0.0.5", "sessionAffinity": "ClientIP",
               "sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 3600}},
               "ports": [{"port": 80}]}})");
    CHECK(custom.spec.session_affinity_timeout_seconds == 3600);
    // With affinity None, the API server drops the config, whatever it says.
    const auto none = Service::from_json(R"({"metadata": {"name": "s"},
      "spec": {"clusterIP": "10.0.0.5", "sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 0}},
               "ports": [{"port": 80}]}})");
    CHECK(none.spec.session_affinity_timeout_seconds == 0);
}

TEST_CASE("Addresses with leading zeros are read as the API server reads them", "[k8s][service]") {
    // netutils.ParseIPSloppy: the API server accepts (with a warning) and means decimal.
    const auto svc = Service::from_json(R"({"metadata": {"name": "s"},
      "spec": {"clusterIP": "010.096.000.010", "externalIPs": ["::ffff:050.060.070.081"],
               "ports": [{"port": 80}]}})");
    CHECK(svc.spec.cluster_ips == std::vector<IpAddress>{ip("10.96.0.10")});
    CHECK(svc.spec.external_ips == std::vector<IpAddress>{ip("50.60.70.81")});
}

TEST_CASE("Unknown fields and nulls in a Service are ignored", "[k8s][service]") {
    const auto svc = Service::from_json(R"({"metadata": {"name": "s", "namespace": null,
        "futureField": {"x": 1}}, "spec": {"clusterIP": "10.0.0.5", "ports": [{"port": 80,
        "appProtocol": "http", "nodePort": null}], "trafficDistribution": "PreferClose",
        "externalIPs": null}, "status": null, "extra": [1, 2]})");
    CHECK(svc.metadata.namespace_ == "default");
    CHECK(svc.spec.ports[0].node_port == 0);
    CHECK(svc.spec.external_ips.empty());
}

TEST_CASE("kube-proxy skips Services labelled for another service proxy", "[k8s][service]") {
    const auto svc = Service::from_json(R"({"metadata": {"name": "s", "labels":
        {"service.kubernetes.io/service-proxy-name": "cilium"}},
        "spec": {"clusterIP": "10.0.0.5", "ports": [{"port": 80}]}})");
    CHECK(svc.skipped_by_kube_proxy());
}
