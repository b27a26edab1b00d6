"""kube-dns on an overlay Windows node (Python twin of kube_dns_overlay.cpp): the Windows
kube-proxy starts on win-node-1 (flannel vxlan), reads the kube-dns Service and EndpointSlice from
a real `kubectl get services,endpointslices -A -o json` dump, syncs once, and prints what it asked
HNS for. The two CoreDNS pods (100.96.1.3 and 100.96.1.8) run on linux-node-1."""

from pathlib import Path

from winnet import hns, k8s, proxy

DATA = Path(__file__).parent.parent / "k8s" / "data"
cluster = k8s.ClusterState.from_json((DATA / "kube-dns-cluster.json").read_text())

# --8<-- [start:overlay-node]
# The overlay node as flanneld leaves it: network flannel.4096 (VNI 4096) with a route to each
# other node's pod subnet, behind that node's address (its provider address).
overlay_hns = hns.SimulatedHns(hns.HnsVersion(15, 5))
overlay_hns.create_network(
    hns.Network(
        name="flannel.4096",
        type=hns.NetworkType.OVERLAY,
        policies=[
            hns.RemoteSubnetRoutePolicySetting(
                destination_prefix="100.96.0.0/24",
                isolation_id=4096,
                provider_address="10.0.0.3",
                distributed_router_mac_address="00-15-5d-00-00-03",
            ),
            hns.RemoteSubnetRoutePolicySetting(
                destination_prefix="100.96.1.0/24",
                isolation_id=4096,
                provider_address="10.0.0.4",
                distributed_router_mac_address="00-15-5d-00-00-04",
            ),
        ],
    )
)
# --8<-- [end:overlay-node]

# --8<-- [start:overlay-sync]
overlay_config = k8s.KubeProxyConfiguration.from_yaml((DATA / "kube-proxy-overlay.yaml").read_text())
overlay = proxy.Proxier(
    overlay_hns, proxy.ProxierConfig.from_(overlay_config, "10.0.0.5", "00-15-5d-00-00-05")
)
overlay.apply(cluster)
overlay.sync()
# --8<-- [end:overlay-sync]

# --8<-- [start:overlay-print]
print("Overlay node win-node-1 (flannel.4096), after one sync\n")
print(proxy.service_table(overlay).to_text())
print(proxy.load_balancer_kind_table(overlay, overlay_hns.state()).to_text())
print("Endpoints")
print(hns.endpoint_table(overlay_hns.state().endpoints).to_text())
# --8<-- [end:overlay-print]

# --8<-- [start:overlay-documents]
# The documents HNS received for DNS over UDP and for CoreDNS pod 100.96.1.3.
dns = overlay.find_service(
    proxy.ServicePortName(
        service=k8s.NamespacedName(namespace="kube-system", name="kube-dns"),
        port="dns",
        protocol=k8s.PortProtocol.UDP,
    )
)
lb = overlay_hns.get_load_balancer_by_id(dns.hns_id)
pod = overlay_hns.get_endpoint_by_id(overlay.endpoints_of(dns.name)[0].hns_id)
print(f"Load balancer for {dns.name}")
print(lb.to_json(hns.JsonStyle.INDENTED), end="\n\n")
print(f"Remote endpoint for {pod.ip_configurations[0].ip_address}")
print(pod.to_json(hns.JsonStyle.INDENTED), end="\n\n")
# --8<-- [end:overlay-documents]
