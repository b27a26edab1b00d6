// HNS in a box: a simulated Windows node. The CNI plugin's part (a network and a local pod
// endpoint) and kube-proxy's part (a remote endpoint and a load balancer) are played by hand,
// then the node's state and the calls HNS received are printed as tables.
#include <winnet/hns/render.hpp>
#include <winnet/hns/simulated_hns.hpp>

#include <iostream>

int main() {
    using namespace winnet;
    using namespace winnet::hns;

    // --8<-- [start:setup]
    SimulatedHns hns(HnsVersion{15, 5}); // ids are deterministic: the same run, the same GUIDs

    Network overlay;
    overlay.name = "flannel.4096";
    overlay.type = NetworkType::Overlay;
    overlay = hns.create_network(overlay);

    Endpoint pod; // what the CNI plugin creates for a pod on this node
    pod.name = "3f1c9a2b_eth0";
    pod.ip_configurations = {IpConfig{net::IpAddress::parse("100.96.2.5"), 24}};
    pod = hns.create_endpoint(overlay, pod);

    Endpoint coredns; // what kube-proxy creates for a pod on another node
    coredns.ip_configurations = {IpConfig{net::IpAddress::parse("100.96.1.3"), 0}};
    coredns.mac_address = conjure_mac("02-11", net::IpAddress::parse("100.96.1.3"));
    coredns = hns.create_remote_endpoint(overlay, coredns);
    // --8<-- [end:setup]

    // --8<-- [start:lb]
    LoadBalancer dns;
    dns.host_compute_endpoints = {coredns.id};
    dns.source_vip = net::IpAddress::parse("100.96.2.2");
    dns.frontend_vips = {net::IpAddress::parse("100.64.0.10")};
    dns.port_mappings = {{.protocol = Protocol::UDP, .internal_port = 53, .external_port = 53}};
    dns = hns.create_load_balancer(dns);

    try { // a second load balancer on the same VIP, protocol and port
        (void)hns.create_load_balancer(dns);
    } catch (const HnsError& e) {
        std::cout << e.what() << "\n\n";
    }
    // --8<-- [end:lb]

    // --8<-- [start:print]
    std::cout << render_state(hns.state()) << "\nCalls\n" << call_table(hns.calls()).to_text();
    // --8<-- [end:print]
}
