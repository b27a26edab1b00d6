// The two kinds of HNS endpoint on a Windows node of a flannel vxlan (overlay) cluster, on the
// HNS network flannel.4096 (pod subnet 100.96.2.0/24, gateway 100.96.2.1; the node's own IP,
// its provider address, is 10.0.0.12):
// - the *remote* endpoint kube-proxy creates for the CoreDNS pod 100.96.1.3, which runs on
//   another node whose provider address is 10.0.0.11, so that load balancers can use it;
// - the *local* endpoint win-overlay (CNI, apiVersion 2) creates for a pod 100.96.2.5 on this
//   node, with the policies of flannel's overlay netconf (cluster CIDR 100.96.0.0/11, service
//   CIDR 100.64.0.0/13) plus the provider address win-overlay adds itself.
#include <winnet/hns/endpoint.hpp>

#include <iostream>
#include <string>
#include <variant>

namespace {

// "remote 100.96.1.3 mac 02-11-64-60-01-03 PA 10.0.0.11"
std::string summary(const winnet::hns::Endpoint& ep) {
    std::string pa = "-";
    for (const auto& policy : ep.policies) {
        if (const auto* p = std::get_if<winnet::hns::ProviderAddressEndpointPolicySetting>(&policy);
            p != nullptr && p->provider_address) {
            pa = p->provider_address->to_string();
        }
    }
    return std::string(ep.is_remote() ? "remote " : "local ") +
           ep.ip_configurations.at(0).ip_address->to_string() + " mac " + ep.mac_address + " PA " +
           pa;
}

} // namespace

int main() {
    using namespace winnet;

    // --8<-- [start:remote]
    // kube-proxy (winkernel) on this node, for an endpoint of kube-dns on another node.
    const auto coredns = net::IpAddress::parse("100.96.1.3");
    hns::Endpoint remote;
    remote.host_compute_network = "7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F"; // flannel.4096
    remote.ip_configurations = {{.ip_address = coredns}};
    remote.mac_address = hns::conjure_mac("02-11", coredns); // never on the wire
    remote.flags = hns::EndpointFlags::RemoteEndpoint;       // CreateRemoteEndpoint
    // The provider address: the IP of the node the pod runs on.
    remote.policies = {hns::ProviderAddressEndpointPolicySetting{
        .provider_address = net::IpAddress::parse("10.0.0.11")}};
    // --8<-- [end:remote]

    // --8<-- [start:local]
    // win-overlay (apiVersion 2) on this node, for a pod that host-local IPAM gave 100.96.2.5.
    const auto pod = net::IpAddress::parse("100.96.2.5");
    hns::Endpoint local;
    local.name = "5d41402abc4b2a76b9719d911017c592a1b2c3d4e5f60718293a4b5c6d7e8f9_flannel.4096";
    local.host_compute_network = "7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F";
    local.policies = {
        // From the netconf: SNAT pod egress to the node IP, except to pods and Services ...
        hns::OutboundNatPolicySetting{.exceptions = {net::IpPrefix::parse("100.96.0.0/11"),
                                                     net::IpPrefix::parse("100.64.0.0/13")}},
        // ... and send Service traffic through the vSwitch, where the load balancers are.
        hns::SDNRoutePolicySetting{.destination_prefix = net::IpPrefix::parse("100.64.0.0/13"),
                                   .need_encap = true},
        // Added by win-overlay: the network's management IP, this node's provider address.
        hns::ProviderAddressEndpointPolicySetting{.provider_address =
                                                      net::IpAddress::parse("10.0.0.12")},
    };
    local.ip_configurations = {{.ip_address = pod}};
    local.dns.search = {"default.svc.cluster.local", "svc.cluster.local", "cluster.local"};
    local.dns.server_list = {net::IpAddress::parse("100.64.0.10")};   // kube-dns ClusterIP
    local.routes = {{.next_hop = net::IpAddress::parse("100.96.2.1"), // the subnet's gateway
                     .destination_prefix = net::IpPrefix::parse("0.0.0.0/0")}};
    local.mac_address = "0E-2A-64-60-02-05"; // endpointMacPrefix 0E-2A, then the pod IP's bytes
    // --8<-- [end:local]

    // --8<-- [start:print]
    // The documents hcsshim hands to HcnCreateEndpoint (HNS assigns the IDs) ...
    std::cout << remote.to_json() << "\n\n";
    std::cout << local.to_json() << "\n\n";
    // ... and one line each.
    std::cout << summary(remote) << "\n";
    std::cout << summary(local) << "\n";
    // --8<-- [end:print]
}
