"""The HNS network flanneld (vxlan backend) sets up on a Windows node, with its remote subnet routes.

Python twin of overlay_network.cpp: same inputs, same output (one golden).
"""

from winnet import hns, net

# --8<-- [start:build]
pods = hns.Subnet(
    ip_address_prefix=net.IpPrefix("100.96.2.0/24"),  # this node's lease
    policies=[hns.VsidPolicySetting(isolation_id=4096)],  # the VNI
    routes=[
        hns.Route(
            next_hop=net.IpAddress("100.96.2.1"),  # lease IP + 1
            destination_prefix=net.IpPrefix("0.0.0.0/0"),
        )
    ],
)

network = hns.Network(
    name="flannel.4096",  # "flannel.<VNI>"
    type=hns.NetworkType.OVERLAY,
    policies=[
        hns.NetAdapterNameNetworkPolicySetting(network_adapter_name="Ethernet"),  # --iface
        hns.HostRoutePolicySetting(),  # host to local pods
        hns.RemoteSubnetRoutePolicySetting(
            destination_prefix=net.IpPrefix("100.96.1.0/24"),  # peer's lease
            isolation_id=4096,  # peer's VNI
            provider_address=net.IpAddress("10.0.0.11"),  # peer's public IP
            distributed_router_mac_address="00:15:5d:01:02:0b",  # peer's VtepMAC
        ),
        hns.RemoteSubnetRoutePolicySetting(
            destination_prefix=net.IpPrefix("100.96.3.0/24"),
            isolation_id=4096,
            provider_address=net.IpAddress("10.0.0.13"),
            distributed_router_mac_address="00:15:5d:01:02:0d",
        ),
    ],
    ipams=[hns.Ipam(type="Static", subnets=[pods])],
    flags=hns.NetworkFlags.ENABLE_NON_PERSISTENT,
)
# --8<-- [end:build]

# --8<-- [start:print]
# The network as hcsshim marshals it (no ID yet: HNS assigns it) ...
print(network.to_json(), end="\n\n")
# ... and the same, indented for people.
print(network.to_json(hns.JsonStyle.INDENTED), end="\n\n")
# What the Windows kube-proxy reads from it: where each remote pod subnet lives.
for route in hns.remote_subnet_routes(network):
    print(f"{route.destination_prefix} -> PA {route.provider_address} (VNI {route.isolation_id})")
# --8<-- [end:print]
