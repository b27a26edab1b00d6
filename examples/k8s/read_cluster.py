"""What the Windows kube-proxy on an overlay node reads (Python twin of read_cluster.cpp)."""

from pathlib import Path

from winnet import k8s

DATA = Path(__file__).parent / "data"


def yes_no(value):
    return "yes" if value else "no"


# --8<-- [start:config]
config = k8s.KubeProxyConfiguration.from_file(DATA / "kube-proxy-overlay.yaml")
win = config.winkernel
print(f"kube-proxy on {config.hostname_override}, mode {config.mode}, HNS network {win.network_name}")
print(
    f"  source VIP {win.source_vip or 'none'}"
    f", DSR {yes_no(win.enable_dsr and config.feature_enabled('WinDSR'))}"
    f", root HNS endpoint {win.root_hns_endpoint_name}"
    f", health-check VIPs {yes_no(win.forward_health_check_vip)}"
    f", healthz port {config.healthz_port()}\n"
)
# --8<-- [end:config]

# --8<-- [start:cluster]
cluster = k8s.ClusterState.from_files(DATA / "kube-dns-cluster.json")
for service in cluster.services:
    if service.skipped_by_kube_proxy():
        continue  # headless, ExternalName, no cluster IP yet
    name = service.metadata.key()
    for port in service.spec.ports:
        print(
            f"{name}:{port.name}/{port.protocol.name}"
            f"  cluster IP {service.spec.cluster_ips[0]} port {port.port}"
            f"  target port {port.target_port}"
        )
        # Slice ports are matched to the Service port by name and protocol.
        for endpoint_slice in cluster.endpoint_slices_of(name):
            for slice_port in endpoint_slice.ports:
                if (slice_port.name, slice_port.protocol) != (port.name, port.protocol):
                    continue
                for ep in endpoint_slice.endpoints:
                    local = ep.node_name == config.hostname_override
                    print(
                        f"  {ep.addresses[0]}:{slice_port.port}"
                        f"  ready {yes_no(ep.conditions.is_ready())}"
                        f", serving {yes_no(ep.conditions.is_serving())}"
                        f", terminating {yes_no(ep.conditions.is_terminating())}"
                        f"  node {ep.node_name} ({'local' if local else 'remote'})"
                    )
# --8<-- [end:cluster]
