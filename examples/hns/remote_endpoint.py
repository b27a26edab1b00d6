"""A remote endpoint (kube-proxy) and a local pod endpoint (win-overlay) on a flannel vxlan node.

Python twin of remote_endpoint.cpp: same inputs, same output (one golden).
"""

from winnet import hns, net


def summary(ep: hns.Endpoint) -> str:
    """'remote 100.96.1.3 mac 02-11-64-60-01-03 PA 10.0.0.11'"""
    pa = "-"
    for policy in ep.policies:
        if isinstance(policy, hns.ProviderAddressEndpointPolicySetting) and policy.provider_address:
            pa = str(policy.provider_address)
    kind = "remote" if ep.is_remote() else "local"
    return f"{kind} {ep.ip_configurations[0].ip_address} mac {ep.mac_address} PA {pa}"


# --8<-- [start:remote]
# kube-proxy (winkernel) on this node, for an endpoint of kube-dns on another node.
coredns = net.IpAddress("100.96.1.3")
remote = hns.Endpoint(
    host_compute_network="7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F",  # flannel.4096
    ip_configurations=[hns.IpConfig(ip_address=coredns)],
    mac_address=hns.conjure_mac("02-11", coredns),  # never on the wire
    flags=hns.EndpointFlags.REMOTE_ENDPOINT,  # CreateRemoteEndpoint
    policies=[
        # The provider address: the IP of the node the pod runs on.
        hns.ProviderAddressEndpointPolicySetting(provider_address=net.IpAddress("10.0.0.11")),
    ],
)
# --8<-- [end:remote]

# --8<-- [start:local]
# win-overlay (apiVersion 2) on this node, for a pod that host-local IPAM gave 100.96.2.5.
pod = net.IpAddress("100.96.2.5")
local = hns.Endpoint(
    name="5d41402abc4b2a76b9719d911017c592a1b2c3d4e5f60718293a4b5c6d7e8f9_flannel.4096",
    host_compute_network="7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F",
    policies=[
        # From the netconf: SNAT pod egress to the node IP, except to pods and Services ...
        hns.OutboundNatPolicySetting(
            exceptions=[net.IpPrefix("100.96.0.0/11"), net.IpPrefix("100.64.0.0/13")]
        ),
        # ... and send Service traffic through the vSwitch, where the load balancers are.
        hns.SDNRoutePolicySetting(destination_prefix=net.IpPrefix("100.64.0.0/13"), need_encap=True),
        # Added by win-overlay: the network's management IP, this node's provider address.
        hns.ProviderAddressEndpointPolicySetting(provider_address=net.IpAddress("10.0.0.12")),
    ],
    ip_configurations=[hns.IpConfig(ip_address=pod)],
    dns=hns.Dns(
        search=["default.svc.cluster.local", "svc.cluster.local", "cluster.local"],
        server_list=[net.IpAddress("100.64.0.10")],  # kube-dns ClusterIP
    ),
    routes=[
        hns.Route(
            next_hop=net.IpAddress("100.96.2.1"),  # the subnet's gateway
            destination_prefix=net.IpPrefix("0.0.0.0/0"),
        )
    ],
    mac_address="0E-2A-64-60-02-05",  # endpointMacPrefix 0E-2A, then the pod IP's bytes
)
# --8<-- [end:local]

# --8<-- [start:print]
# The documents hcsshim hands to HcnCreateEndpoint (HNS assigns the IDs) ...
print(remote.to_json(), end="\n\n")
print(local.to_json(), end="\n\n")
# ... and one line each.
print(summary(remote))
print(summary(local))
# --8<-- [end:print]
