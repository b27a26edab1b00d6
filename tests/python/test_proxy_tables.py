"""The proxier's tables and the HNS state diff, as a notebook user sees them."""

from __future__ import annotations

from winnet import hns, k8s, proxy

SERVICE = """
apiVersion: v1
kind: Service
metadata: {namespace: default, name: web}
spec:
  type: NodePort
  clusterIP: 10.96.0.80
  ports: [{name: http, port: 80, targetPort: 8080, nodePort: 30080}]
"""


def slice_of(*addresses: str) -> k8s.EndpointSlice:
    return k8s.EndpointSlice.from_dict(
        {
            "apiVersion": "discovery.k8s.io/v1",
            "kind": "EndpointSlice",
            "metadata": {
                "namespace": "default",
                "name": "web-1",
                "labels": {"kubernetes.io/service-name": "web"},
            },
            "addressType": "IPv4",
            "ports": [{"name": "http", "protocol": "TCP", "port": 8080}],
            "endpoints": [{"addresses": [a], "nodeName": "elsewhere"} for a in addresses],
        }
    )


def synced_node():
    sim = hns.SimulatedHns(hns.HnsVersion(15, 5))
    sim.create_network(hns.Network(name="cbr0", type=hns.NetworkType.L2_BRIDGE))
    proxier = proxy.Proxier(
        sim, proxy.ProxierConfig(node_name="win", node_ip="10.0.0.5", network_name="cbr0")
    )
    proxier.set_service(k8s.Service.from_yaml(SERVICE))
    proxier.set_endpoint_slice(slice_of("10.244.2.7", "10.244.3.9"))
    proxier.sync()
    return sim, proxier


def test_the_load_balancer_table_names_each_kind_with_its_backends():
    sim, proxier = synced_node()
    table = proxy.load_balancer_kind_table(proxier, sim.state())
    assert list(table.header[:2]) == ["SERVICE PORT", "KIND"]
    kinds = [row[1] for row in table.rows]
    assert kinds == ["ClusterIP", "NodePort"]
    assert all(row[-1] == "0 local, 2 remote" for row in table.rows)
    assert "<table" in table._repr_html_()


def test_the_service_table_shows_the_switches_and_whether_the_policy_is_applied():
    _, proxier = synced_node()
    (row,) = proxy.service_table(proxier).rows
    assert row[0] == "default/web:http"
    assert row[-1] == "yes"


def test_a_diff_shows_what_a_sync_did_after_an_endpoint_change():
    sim, proxier = synced_node()
    before = sim.state()
    proxier.set_endpoint_slice(slice_of("10.244.2.7", "10.244.3.12"))
    proxier.sync()
    diff = hns.diff_states(before, sim.state())
    assert len(diff.created_endpoints) == 1
    assert len(diff.deleted_endpoints) == 1
    assert len(diff.updated_load_balancers) == 2  # updated in place on HNS 15.5
    assert not diff.empty()
    assert repr(diff) == "<StateDiff endpoints created/updated/deleted 1/0/1, load balancers 0/2/0>"
    assert "updated" in diff._repr_html_()
    change = diff.updated_load_balancers[0]
    assert change.before.id == change.after.id
    assert hns.diff_states(sim.state(), sim.state()).empty()
