// The HNS network flanneld (vxlan backend) sets up on a Windows node whose pod subnet lease is
// 100.96.2.0/24, with the default VNI 4096, bound to the adapter "Ethernet". flanneld creates the
// network with a NetAdapterName policy, the subnet's VSID and gateway route and the
// EnableNonPersistent flag, then adds a HostRoute policy and one RemoteSubnetRoute policy per
// other node's lease: here 100.96.1.0/24 on 10.0.0.11 and 100.96.3.0/24 on 10.0.0.13, with the
// DR MACs those nodes published (Go's net.HardwareAddr text: colons, lower case). flanneld sets
// no DrMacAddress, ProviderAddress or VxlanPort policy: HNS adds the first two itself, and
// flannel on Windows accepts only VXLAN port 4789.
#include <winnet/hns/network.hpp>

#include <iostream>

int main() {
    using namespace winnet;

    // --8<-- [start:build]
    hns::Subnet pods;
    pods.ip_address_prefix = net::IpPrefix::parse("100.96.2.0/24");  // this node's lease
    pods.policies = {hns::VsidPolicySetting{4096}};                  // the VNI
    pods.routes = {{.next_hop = net::IpAddress::parse("100.96.2.1"), // lease IP + 1
                    .destination_prefix = net::IpPrefix::parse("0.0.0.0/0")}};

    hns::Network network;
    network.name = "flannel.4096"; // "flannel.<VNI>"
    network.type = hns::NetworkType::Overlay;
    network.policies = {
        hns::NetAdapterNameNetworkPolicySetting{"Ethernet"}, // --iface
        hns::HostRoutePolicySetting{},                       // host to local pods
        hns::RemoteSubnetRoutePolicySetting{
            .destination_prefix = net::IpPrefix::parse("100.96.1.0/24"), // peer's lease
            .isolation_id = 4096,                                        // peer's VNI
            .provider_address = net::IpAddress::parse("10.0.0.11"),      // peer's public IP
            .distributed_router_mac_address = "00:15:5d:01:02:0b",       // peer's VtepMAC
        },
        hns::RemoteSubnetRoutePolicySetting{
            .destination_prefix = net::IpPrefix::parse("100.96.3.0/24"),
            .isolation_id = 4096,
            .provider_address = net::IpAddress::parse("10.0.0.13"),
            .distributed_router_mac_address = "00:15:5d:01:02:0d",
        },
    };
    network.ipams = {{.type = "Static", .subnets = {pods}}};
    network.flags = hns::NetworkFlags::EnableNonPersistent;
    // --8<-- [end:build]

    // --8<-- [start:print]
    // The network as hcsshim marshals it (no ID yet: HNS assigns it) ...
    std::cout << network.to_json() << "\n\n";
    // ... and the same, indented for people.
    std::cout << network.to_json(hns::JsonStyle::Indented) << "\n\n";
    // What the Windows kube-proxy reads from it: where each remote pod subnet lives.
    for (const auto& route : hns::remote_subnet_routes(network)) {
        std::cout << route.destination_prefix.to_string() << " -> PA "
                  << route.provider_address.to_string() << " (VNI " << route.isolation_id << ")\n";
    }
    // --8<-- [end:print]
}
