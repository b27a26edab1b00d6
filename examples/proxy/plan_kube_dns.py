"""`winnet plan` as a library call (Python twin of plan_kube_dns.cpp): kube-proxy starting on an
overlay node whose HNS state was dumped (two local pods, and a load balancer and remote endpoint
left by a previous kube-proxy), then syncing the kube-dns cluster, then syncing it again after one
CoreDNS pod moved (from 100.96.1.8 on linux-node-1 to 100.96.3.7 on linux-node-2)."""

from pathlib import Path

from winnet import hns, k8s, proxy

HERE = Path(__file__).parent
K8S_DATA = HERE.parent / "k8s" / "data"

# --8<-- [start:plan]
node = hns.HnsState.from_json((HERE / "data" / "hns-overlay.json").read_text())
config = k8s.KubeProxyConfiguration.from_file(K8S_DATA / "kube-proxy-overlay.yaml")
clusters = [
    k8s.ClusterState.from_files(K8S_DATA / "kube-dns-cluster.json"),
    k8s.ClusterState.from_files(HERE / "data" / "kube-dns-cluster-pod-moved.json"),
]
result = proxy.plan(clusters, config, node, ["10.0.0.12"], "00-15-5D-52-C0-12")
print(result.to_table(), end="")
# --8<-- [end:plan]
