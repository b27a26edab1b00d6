"""Rich display in Jupyter: HTML tables for Kubernetes objects and the dataplane picture (SVG)."""

import xml.etree.ElementTree as ET

import pytest

from winnet import hns, k8s

SVG = "{http://www.w3.org/2000/svg}"

WEB = {
    "apiVersion": "v1",
    "kind": "Service",
    "metadata": {"name": "web", "namespace": "default"},
    "spec": {
        "type": "NodePort",
        "clusterIP": "10.96.0.20",
        "clusterIPs": ["10.96.0.20"],
        "externalTrafficPolicy": "Local",
        "ports": [{"name": "http", "port": 80, "targetPort": 8080, "nodePort": 30080}],
    },
}
WEB_SLICE = {
    "apiVersion": "discovery.k8s.io/v1",
    "kind": "EndpointSlice",
    "metadata": {"name": "web-abc", "namespace": "default", "labels": {"kubernetes.io/service-name": "web"}},
    "addressType": "IPv4",
    "ports": [{"name": "http", "port": 8080, "protocol": "TCP"}],
    "endpoints": [
        {"addresses": ["10.244.1.5"], "nodeName": "win-1", "conditions": {"ready": True}},
        {
            "addresses": ["10.244.2.7"],
            "nodeName": "win-2",
            "conditions": {"ready": False, "terminating": True},
        },
    ],
}


def rows(html):
    """The rows of the first table in `html`, as lists of cell texts (header first)."""
    table = ET.fromstring(html[html.index("<table") : html.index("</table>") + len("</table>")])
    return [[cell.text or "" for cell in tr] for tr in table.iter("tr")]


# ---- Kubernetes tables ----------------------------------------------------------------------------


def test_a_service_displays_as_one_row_with_its_ports_and_policies():
    table = rows(k8s.Service.from_dict(WEB)._repr_html_())
    assert table[0][:4] == ["SERVICE", "TYPE", "CLUSTER IPS", "PORTS"]
    assert table[1][:4] == ["default/web", "NodePort", "10.96.0.20", "http TCP 80->8080 node 30080"]
    assert "external Local" in table[1][5]


def test_an_endpoint_slice_displays_one_row_per_endpoint_with_its_conditions():
    table = rows(k8s.EndpointSlice.from_dict(WEB_SLICE)._repr_html_())
    assert [r[2] for r in table[1:]] == ["10.244.1.5", "10.244.2.7"]
    assert [r[4:] for r in table[1:]] == [
        ["win-1", "yes", "yes", "no"],
        ["win-2", "no", "yes", "yes"],
    ]  # serving unset counts as true
    assert table[1][1] == "default/web"


def test_a_cluster_state_displays_its_services_and_slices():
    cluster = k8s.ClusterState.from_dict({"apiVersion": "v1", "kind": "List", "items": [WEB, WEB_SLICE]})
    html = cluster._repr_html_()
    assert "<h4>Services (1)</h4>" in html and "<h4>EndpointSlices (1)</h4>" in html
    assert html.count("<table") == 2


def test_html_cells_are_escaped():
    service = k8s.Service.from_dict(WEB)
    service.metadata = k8s.ObjectMeta(name="a<b>&c", namespace="default")  # not read from JSON: unchecked
    html = service._repr_html_()
    assert "a&lt;b&gt;&amp;c" in html and "<b>" not in html


def test_plain_repr_stays_short():
    assert len(repr(k8s.ClusterState.from_dict({"apiVersion": "v1", "kind": "List", "items": [WEB]}))) < 80


# ---- the dataplane picture ------------------------------------------------------------------------


def node_state():
    """A node with a ClusterIP and a NodePort load balancer over a local and a remote endpoint, and
    a load balancer whose backend endpoint no longer exists."""
    net = hns.Network(id="NET-1", name="flannel.4096", type=hns.NetworkType.OVERLAY)
    local = hns.Endpoint(
        id="AAAA0001-0000-0000-0000-000000000000",
        name="pod_eth0",
        host_compute_network="NET-1",
        ip_configurations=[hns.IpConfig(ip_address="10.244.1.5")],
    )
    remote = hns.Endpoint(
        id="BBBB0002-0000-0000-0000-000000000000",
        host_compute_network="NET-1",
        flags=hns.EndpointFlags.REMOTE_ENDPOINT,
        ip_configurations=[hns.IpConfig(ip_address="10.244.2.7")],
        policies=[hns.ProviderAddressEndpointPolicySetting(provider_address="10.0.0.6")],
    )
    tcp = hns.PortMapping(protocol=hns.Protocol.TCP, external_port=80, internal_port=8080)
    lbs = [
        hns.LoadBalancer(
            id="CCCC0003",
            frontend_vips=["10.96.0.20"],
            port_mappings=[tcp],
            host_compute_endpoints=[local.id, remote.id.lower()],  # ids match without regard to case
            flags=hns.LoadBalancerFlags.DSR,
        ),
        hns.LoadBalancer(
            id="DDDD0004",
            port_mappings=[
                hns.PortMapping(protocol=hns.Protocol.TCP, external_port=30080, internal_port=8080)
            ],
            host_compute_endpoints=[local.id],
        ),
        hns.LoadBalancer(
            id="EEEE0005", frontend_vips=["10.96.0.99"], port_mappings=[tcp], host_compute_endpoints=["GONE"]
        ),
    ]
    return hns.HnsState(networks=[net], endpoints=[local, remote], load_balancers=lbs)


def drawn(svg):
    root = ET.fromstring(svg)
    boxes = {
        (g.get("data-kind"), g.get("data-key")): " / ".join(t.text for t in g.iter(SVG + "text"))
        for g in root.iter(SVG + "g")
        if g.get("class") == "winnet-box"
    }
    edges = {
        (g.get("data-from"), g.get("data-to"))
        for g in root.iter(SVG + "g")
        if g.get("class") == "winnet-edge"
    }
    return root, boxes, edges


def test_the_dataplane_picture_draws_vips_load_balancers_endpoints_and_nodes():
    root, boxes, edges = drawn(hns.dataplane_svg(node_state()))
    assert root.tag == SVG + "svg"
    assert set(boxes) == {
        ("vip", "10.96.0.20"),
        ("vip", "10.96.0.99"),
        ("nodeports", "all node IPs"),
        ("lb", "CCCC0003"),
        ("lb", "DDDD0004"),
        ("lb", "EEEE0005"),
        ("local", "AAAA0001-0000-0000-0000-000000000000"),
        ("remote", "BBBB0002-0000-0000-0000-000000000000"),
        ("missing", "GONE"),
        ("node", "this node"),
        ("host", "10.0.0.6"),
    }
    assert edges == {
        ("vip:10.96.0.20", "lb:CCCC0003"),
        ("nodeports:all node IPs", "lb:DDDD0004"),
        ("vip:10.96.0.99", "lb:EEEE0005"),
        ("lb:CCCC0003", "local:AAAA0001-0000-0000-0000-000000000000"),
        ("lb:CCCC0003", "remote:BBBB0002-0000-0000-0000-000000000000"),
        ("lb:DDDD0004", "local:AAAA0001-0000-0000-0000-000000000000"),
        ("lb:EEEE0005", "missing:GONE"),
        ("local:AAAA0001-0000-0000-0000-000000000000", "node:this node"),
        ("remote:BBBB0002-0000-0000-0000-000000000000", "host:10.0.0.6"),
    }


def test_load_balancer_boxes_show_ports_and_flags_and_endpoint_boxes_the_provider_address():
    _, boxes, _ = drawn(hns.dataplane_svg(node_state()))
    assert boxes[("lb", "CCCC0003")] == "LB CCCC0003 / TCP 80->8080 / DSR"
    assert (
        boxes[("remote", "BBBB0002-0000-0000-0000-000000000000")]
        == "10.244.2.7 / remote, PA 10.0.0.6 / BBBB0002"
    )
    assert (
        boxes[("local", "AAAA0001-0000-0000-0000-000000000000")] == "10.244.1.5 / local pod_eth0 / AAAA0001"
    )


def test_the_picture_is_deterministic_and_self_contained():
    svg = hns.dataplane_svg(node_state())
    assert svg == hns.dataplane_svg(node_state())
    assert "http://" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<script" not in svg and "<style" not in svg and " id=" not in svg


def test_a_simulator_is_drawn_from_its_state_and_shows_in_jupyter_as_svg():
    sim = hns.SimulatedHns(node_state())
    picture = hns.Dataplane(sim)
    assert picture._repr_svg_() == hns.dataplane_svg(sim.state())
    assert repr(picture) == "Dataplane(2 VIPs, 3 load balancers, 3 endpoints, 2 nodes)"


def test_an_empty_state_is_a_picture_with_no_boxes():
    root, boxes, edges = drawn(hns.dataplane_svg(hns.HnsState()))
    assert boxes == {} and edges == set() and root.tag == SVG + "svg"


def test_long_names_are_cut_to_fit_their_box():
    state = node_state()
    eps = list(state.endpoints)
    eps[0].name = "x" * 200
    state.endpoints = eps
    _, boxes, _ = drawn(hns.dataplane_svg(state))
    assert boxes[("local", "AAAA0001-0000-0000-0000-000000000000")].split(" / ")[1].endswith("…")


def test_drawing_something_else_is_a_type_error_naming_the_argument():
    with pytest.raises(TypeError, match=r"Dataplane\(state=...\).*got str"):
        hns.Dataplane("10.0.0.1")
