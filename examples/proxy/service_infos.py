"""The ServiceInfos of the kube-dns Service (Python twin of service_infos.cpp): what the Windows
kube-proxy keeps for each of its ports before any sync, read from a real
`kubectl get services,endpointslices -A -o json` dump, with the backends each port gets from the
EndpointSlice on node win-node-1."""

from pathlib import Path

from winnet import k8s, net, proxy

DATA = Path(__file__).parent.parent / "k8s" / "data"
cluster = k8s.ClusterState.from_json((DATA / "kube-dns-cluster.json").read_text())


def yes_no(value):
    return "true" if value else "false"


# --8<-- [start:infos]
kube_dns = k8s.NamespacedName(namespace="kube-system", name="kube-dns")
service = cluster.find_service(kube_dns)
backends = proxy.endpoint_infos(
    kube_dns, cluster.endpoint_slices_of(kube_dns), "win-node-1", net.IpFamily.IPV4
)
for info in proxy.service_infos(service, net.IpFamily.IPV4, True):
    protocol = {k8s.PortProtocol.TCP: "TCP", k8s.PortProtocol.UDP: "UDP", k8s.PortProtocol.SCTP: "SCTP"}
    print(f"{info.name} ({protocol[info.protocol]})")
    print(
        f"  cluster_ip {info.cluster_ip}  port {info.port}  target_port {info.target_port}"
        f"  node_port {info.node_port}"
    )
    print(
        f"  preserve_dip {yes_no(info.preserve_dip)}  local_traffic_dsr {yes_no(info.local_traffic_dsr)}"
        f"  internal_traffic_local {yes_no(info.internal_traffic_local)}"
        f"  win_proxy_optimization {yes_no(info.win_proxy_optimization)}"
    )
    print(f'  hns_id "{info.hns_id}"  policy_applied {yes_no(info.policy_applied)}')
    for ep in backends.get(info.name, []):
        print(
            f"  backend {ep}  is_local {yes_no(ep.is_local)}  mac {ep.mac_address}  ready {yes_no(ep.ready)}"
        )
# --8<-- [end:infos]
