"""The ClusterIP load balancer the Windows kube-proxy asks HNS for, for kube-dns (53/UDP).

Python twin of cluster_ip_load_balancer.cpp: same inputs, same output (one golden).
"""

from winnet import hns, net

# --8<-- [start:build]
lb = hns.LoadBalancer(
    host_compute_endpoints=[
        "9A6C1E52-3B0D-4D7A-8E21-6F4B2C9D1A03",  # remote endpoint for CoreDNS 100.96.1.3
        "C3F08B47-51E2-4A96-B7D4-2E8A0F6C5B18",  # remote endpoint for CoreDNS 100.96.1.8
    ],
    source_vip=net.IpAddress("100.96.2.2"),  # winkernel.sourceVip
    frontend_vips=[net.IpAddress("100.64.0.10")],  # spec.clusterIP
    port_mappings=[
        hns.PortMapping(
            protocol=hns.Protocol.UDP,  # ports[0].protocol
            internal_port=53,  # the endpoints' port
            external_port=53,  # ports[0].port
        )
    ],
    flags=hns.LoadBalancerFlags.DSR,  # winkernel.enableDSR
)
# --8<-- [end:build]

# --8<-- [start:print]
# The document hcsshim hands to HcnCreateLoadBalancer (no ID yet: HNS assigns it) ...
print(lb.to_json(), end="\n\n")
# ... and the same, indented for people.
print(lb.to_json(hns.JsonStyle.INDENTED), end="\n\n")
# Parsing gives back the same object.
parsed = hns.LoadBalancer.from_json(lb.to_json())
print("round trip:", "identical" if parsed == lb else "DIFFERENT")
# --8<-- [end:print]
