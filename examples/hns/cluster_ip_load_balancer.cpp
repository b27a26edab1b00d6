// The load balancer the Windows kube-proxy asks HNS for when it programs the ClusterIP of the
// kube-dns Service (100.64.0.10, port 53/UDP) on a flannel vxlan (overlay) node whose
// KubeProxyConfiguration has `sourceVip: 100.96.2.2` and `enableDSR: true`. The two CoreDNS pods
// (100.96.1.3 and 100.96.1.8) run on another node, so their HNS endpoints are remote endpoints
// kube-proxy created earlier; the ids below are the ones HNS returned for them.
#include <winnet/hns/load_balancer.hpp>

#include <iostream>

int main() {
    using namespace winnet;

    // --8<-- [start:build]
    hns::LoadBalancer lb;
    lb.host_compute_endpoints = {
        "9A6C1E52-3B0D-4D7A-8E21-6F4B2C9D1A03", // remote endpoint for CoreDNS 100.96.1.3
        "C3F08B47-51E2-4A96-B7D4-2E8A0F6C5B18", // remote endpoint for CoreDNS 100.96.1.8
    };
    lb.source_vip = net::IpAddress::parse("100.96.2.2");       // winkernel.sourceVip
    lb.frontend_vips = {net::IpAddress::parse("100.64.0.10")}; // spec.clusterIP
    lb.port_mappings = {{.protocol = hns::Protocol::UDP,       // ports[0].protocol
                         .internal_port = 53,                  // the endpoints' port
                         .external_port = 53}};                // ports[0].port
    lb.flags = hns::LoadBalancerFlags::DSR;                    // winkernel.enableDSR
    // --8<-- [end:build]

    // --8<-- [start:print]
    // The document hcsshim hands to HcnCreateLoadBalancer (no ID yet: HNS assigns it) ...
    std::cout << lb.to_json() << "\n\n";
    // ... and the same, indented for people.
    std::cout << lb.to_json(hns::JsonStyle::Indented) << "\n\n";
    // Parsing gives back the same object.
    const auto parsed = hns::LoadBalancer::from_json(lb.to_json());
    std::cout << "round trip: " << (parsed == lb ? "identical" : "DIFFERENT") << "\n";
    // --8<-- [end:print]
}
