// Networks and netconfs of the worked examples (DOMAIN-CNI-HOSTPROCESS.md A.5), shared by the
// CNI tests.
#pragma once

#include <winnet/cni/plugin.hpp>
#include <winnet/hns/simulated_hns.hpp>

#include <string>

namespace cni_fixtures {

// The L2Bridge network flannel host-gw (or a setup script) creates: subnet 10.244.1.0/24,
// gateway .1.
inline winnet::hns::Network bridge_network(const std::string& name = "cbr0") {
    return winnet::hns::Network::from_json(
        R"({"Name":")" + name +
        R"(","Type":"L2Bridge","Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"10.244.1.0/24","Routes":[{"NextHop":"10.244.1.1","DestinationPrefix":"0.0.0.0/0"}]}]}],"SchemaVersion":{"Major":2,"Minor":0}})");
}

// flanneld's vxlan network: Overlay flannel.4096, lease 10.244.2.0/24, gateway .1, VSID 4096,
// management IP 192.168.1.21 (its ProviderAddress policy).
inline winnet::hns::Network overlay_network() {
    return winnet::hns::Network::from_json(
        R"({"Name":"flannel.4096","Type":"Overlay","Policies":[{"Type":"ProviderAddress","Settings":{"ProviderAddress":"192.168.1.21"}}],"Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"10.244.2.0/24","Policies":[{"Type":"VSID","Settings":{"IsolationId":4096}}],"Routes":[{"NextHop":"10.244.2.1","DestinationPrefix":"0.0.0.0/0"}]}]}],"SchemaVersion":{"Major":2,"Minor":0}})");
}

// What containerd passes as runtimeConfig.dns for a pod in namespace default.
inline const char* runtime_dns =
    R"({"servers":["10.96.0.10"],"searches":["default.svc.cluster.local","svc.cluster.local","cluster.local"],"options":["ndots:5"]})";

// Example 1: standalone win-bridge with apiVersion 2.
inline std::string example1_netconf() {
    return std::string(R"({
  "cniVersion": "1.0.0", "name": "cbr0", "type": "win-bridge", "apiVersion": 2,
  "capabilities": { "portMappings": true, "dns": true },
  "ipMasqNetwork": "10.244.0.0/16",
  "ipam": { "type": "host-local", "subnet": "10.244.1.0/24" },
  "dns": { "nameservers": ["10.96.0.10"], "search": ["svc.cluster.local"] },
  "policies": [
    { "name": "EndpointPolicy", "value": { "Type": "OutBoundNAT",
        "Settings": { "Exceptions": ["10.244.0.0/16", "10.96.0.0/12", "192.168.1.0/24"] } } },
    { "name": "EndpointPolicy", "value": { "Type": "SDNRoute",
        "Settings": { "DestinationPrefix": "10.96.0.0/12", "NeedEncap": true } } },
    { "name": "EndpointPolicy", "value": { "Type": "SDNRoute",
        "Settings": { "DestinationPrefix": "192.168.1.20/32", "NeedEncap": true } } }
  ],
  "loopbackDSR": true,
  "runtimeConfig": {"portMappings": [{"hostPort": 8080, "containerPort": 80, "protocol": "tcp"}],
                    "dns": )") +
           runtime_dns + "}}";
}

inline winnet::cni::Result ipam_result(const std::string& address, const std::string& gateway) {
    winnet::cni::Result r;
    r.ips.push_back({winnet::net::IpPrefix::parse(address), winnet::net::IpAddress::parse(gateway),
                     std::nullopt});
    return r;
}

inline const char* cid = "5f3c0a7e9d1b";
inline const char* ns_guid = "9A5C1E2B-7D3F-4B8A-9C6E-1F2A3B4C5D6E";

inline winnet::cni::CmdArgs containerd_args() {
    return {cid, ns_guid, "eth0",
            "IgnoreUnknown=1;K8S_POD_NAMESPACE=default;K8S_POD_NAME=web-0;"
            "K8S_POD_INFRA_CONTAINER_ID=5f3c0a7e9d1b"};
}

} // namespace cni_fixtures
