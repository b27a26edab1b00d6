"""kube-dns on an L2Bridge Windows node (Python twin of kube_dns_l2bridge.cpp): the Windows
kube-proxy starts on win-node-2 (flannel host-gw, network cbr0), reads the kube-dns Service and
EndpointSlice from a real `kubectl get services,endpointslices -A -o json` dump, syncs once, and
prints what it asked HNS for. The two CoreDNS pods (100.96.1.3 and 100.96.1.8) run on
linux-node-1."""

from pathlib import Path

from winnet import hns, k8s, proxy

DATA = Path(__file__).parent.parent / "k8s" / "data"
cluster = k8s.ClusterState.from_json((DATA / "kube-dns-cluster.json").read_text())

# --8<-- [start:l2bridge]
# The L2Bridge node: network cbr0, no remote subnets, no source VIP. Its configuration file
# (kube-proxy-l2bridge.yaml) names the network cbr0 and turns DSR off.
bridge_hns = hns.SimulatedHns(hns.HnsVersion(15, 5))
bridge_hns.create_network(hns.Network(name="cbr0", type=hns.NetworkType.L2_BRIDGE))
bridge_config = k8s.KubeProxyConfiguration.from_yaml((DATA / "kube-proxy-l2bridge.yaml").read_text())
bridge = proxy.Proxier(bridge_hns, proxy.ProxierConfig.from_(bridge_config, "10.0.0.6", "00-15-5d-00-00-06"))
bridge.apply(cluster)
bridge.sync()
print("L2Bridge node win-node-2 (cbr0), after one sync\n")
print(proxy.load_balancer_kind_table(bridge, bridge_hns.state()).to_text())
print("Endpoints")
print(hns.endpoint_table(bridge_hns.state().endpoints).to_text(), end="")
# --8<-- [end:l2bridge]
