"""HNS in a box: a simulated Windows node (Python twin of simulated_node.cpp)."""

from winnet import hns

# --8<-- [start:setup]
sim = hns.SimulatedHns(hns.HnsVersion(15, 5))  # ids are deterministic: the same run, the same GUIDs

overlay = sim.create_network(hns.Network(name="flannel.4096", type=hns.NetworkType.OVERLAY))

pod = sim.create_endpoint(  # what the CNI plugin creates for a pod on this node
    overlay,
    hns.Endpoint(
        name="3f1c9a2b_eth0", ip_configurations=[hns.IpConfig(ip_address="100.96.2.5", prefix_length=24)]
    ),
)

coredns = sim.create_remote_endpoint(  # what kube-proxy creates for a pod on another node
    overlay,
    hns.Endpoint(
        ip_configurations=[hns.IpConfig(ip_address="100.96.1.3")],
        mac_address=hns.conjure_mac("02-11", "100.96.1.3"),
    ),
)
# --8<-- [end:setup]

# --8<-- [start:lb]
dns = sim.create_load_balancer(
    hns.LoadBalancer(
        host_compute_endpoints=[coredns.id],
        source_vip="100.96.2.2",
        frontend_vips=["100.64.0.10"],
        port_mappings=[hns.PortMapping(protocol=hns.Protocol.UDP, internal_port=53, external_port=53)],
    )
)

try:  # a second load balancer on the same VIP, protocol and port
    sim.create_load_balancer(dns)
except hns.HnsError as e:
    print(e, end="\n\n")
# --8<-- [end:lb]

# --8<-- [start:print]
print(hns.render_state(sim.state()) + "\nCalls\n" + hns.call_table(sim.calls).to_text(), end="")
# --8<-- [end:print]
