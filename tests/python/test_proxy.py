"""winnet.proxy from Python: kube-dns synced on an overlay and an L2Bridge node with Services and
EndpointSlices written as YAML and dicts, the records and requests, repr of every class, bad
arguments, and the SimulatedHns kept alive by the objects that use it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import winnet
from winnet import hns, k8s, net, proxy

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "examples" / "proxy" / "data"
K8S_DATA = ROOT / "examples" / "k8s" / "data"

KUBE_DNS_YAML = """
apiVersion: v1
kind: Service
metadata: {name: kube-dns, namespace: kube-system}
spec:
  clusterIP: 100.64.0.10
  ports:
  - {name: dns, port: 53, protocol: UDP, targetPort: 53}
  - {name: dns-tcp, port: 53, protocol: TCP, targetPort: 53}
"""

KUBE_DNS_SLICE = {
    "apiVersion": "discovery.k8s.io/v1",
    "kind": "EndpointSlice",
    "addressType": "IPv4",
    "metadata": {
        "name": "kube-dns-x7k2p",
        "namespace": "kube-system",
        "labels": {"kubernetes.io/service-name": "kube-dns"},
    },
    "endpoints": [
        {"addresses": ["100.96.1.3"], "nodeName": "linux-node-1"},
        {"addresses": ["100.96.1.8"], "nodeName": "linux-node-1"},
    ],
    "ports": [
        {"name": "dns", "port": 53, "protocol": "UDP"},
        {"name": "dns-tcp", "port": 53, "protocol": "TCP"},
    ],
}

HOST_MAC = "00-15-5D-52-C0-12"


def node(name: str) -> hns.SimulatedHns:
    return hns.SimulatedHns(hns.HnsState.from_json((DATA / f"hns-{name}.json").read_text()))


def config(name: str, node_ip: str) -> proxy.ProxierConfig:
    return proxy.ProxierConfig.from_(
        k8s.KubeProxyConfiguration.from_file(K8S_DATA / f"kube-proxy-{name}.yaml"), node_ip, HOST_MAC
    )


def kube_dns_proxier(sim: hns.SimulatedHns, cfg: proxy.ProxierConfig) -> proxy.Proxier:
    proxier = proxy.Proxier(sim, cfg)
    proxier.set_service(k8s.Service.from_yaml(KUBE_DNS_YAML))
    proxier.set_endpoint_slice(k8s.EndpointSlice.from_dict(KUBE_DNS_SLICE))
    return proxier


def dns_port(port: str, protocol: k8s.PortProtocol) -> proxy.ServicePortName:
    return proxy.ServicePortName(
        service=k8s.NamespacedName(namespace="kube-system", name="kube-dns"), port=port, protocol=protocol
    )


def load_balancer(state: hns.HnsState, protocol: hns.Protocol) -> hns.LoadBalancer:
    (lb,) = [lb for lb in state.load_balancers if lb.port_mappings[0].protocol == protocol]
    return lb


# ---- kube-dns on two kinds of node ---------------------------------------------------------------


def test_kube_dns_on_an_overlay_node_gets_dsr_load_balancers_with_the_source_vip():
    sim = node("overlay")
    proxier = kube_dns_proxier(sim, config("overlay", "10.0.0.12"))
    assert sim.state().load_balancers == ()  # start-up deleted the leftover
    result = proxier.sync()
    assert result.completed
    assert result.services_synced == 2
    state = sim.state()
    assert len(state.load_balancers) == 2
    for protocol in (hns.Protocol.UDP, hns.Protocol.TCP):
        lb = load_balancer(state, protocol)
        assert [str(v) for v in lb.frontend_vips] == ["100.64.0.10"]
        assert str(lb.source_vip) == "100.96.2.2"
        assert lb.flags == hns.LoadBalancerFlags.DSR
        (mapping,) = lb.port_mappings
        assert (mapping.internal_port, mapping.external_port) == (53, 53)
        assert mapping.flags == hns.PortMappingFlags.NONE
        assert len(lb.host_compute_endpoints) == 2
    services = proxier.services()
    udp = services[dns_port("dns", k8s.PortProtocol.UDP)]
    assert udp.policy_applied
    assert udp.hns_id == load_balancer(state, hns.Protocol.UDP).id
    assert str(udp.cluster_ip) == "100.64.0.10"
    assert udp.remote_endpoint is not None and str(udp.remote_endpoint.ip) == "100.64.0.10"
    backends = proxier.endpoints()[dns_port("dns", k8s.PortProtocol.UDP)]
    assert [str(e.ip) for e in backends] == ["100.96.1.3", "100.96.1.8"]
    assert not any(e.is_local for e in backends)
    # The remote HNS endpoint kube-proxy created for 100.96.1.8 encapsulates to linux-node-1.
    (created,) = [e for e in state.endpoints if e.id == backends[1].hns_id]
    assert [str(p.provider_address) for p in created.policies] == ["10.0.0.11"]
    assert proxier.endpoints_of(dns_port("dns", k8s.PortProtocol.UDP)) == backends
    # The previous kube-proxy's remote endpoint for 100.96.1.3 is reused and now referenced.
    assert backends[0].hns_id == "C41A7F2B-8D3E-4F5A-9B6C-0D1E2F3A4B5C"
    assert proxier.ref_count(backends[0].hns_id) == 2  # one per Service port
    assert proxier.network().is_overlay()
    assert proxier.family() == net.IpFamily.IPV4
    assert proxier.stale_load_balancers() == ()


def test_kube_dns_on_an_l2bridge_node_gets_load_balancers_without_source_vip():
    sim = node("l2bridge")
    proxier = kube_dns_proxier(sim, config("l2bridge", "10.0.0.14"))
    assert proxier.sync().completed
    state = sim.state()
    for protocol in (hns.Protocol.UDP, hns.Protocol.TCP):
        lb = load_balancer(state, protocol)
        assert [str(v) for v in lb.frontend_vips] == ["100.64.0.10"]
        assert lb.source_vip is None
        assert lb.flags == hns.LoadBalancerFlags.NONE  # enableDSR is false there
        assert lb.port_mappings[0].external_port == 53
    remote = [e for e in state.endpoints if e.flags & hns.EndpointFlags.REMOTE_ENDPOINT]
    assert sorted(str(e.ip_configurations[0].ip_address) for e in remote) == ["100.96.1.3", "100.96.1.8"]
    assert not proxier.network().is_overlay()
    assert proxier.network().network_type == "L2Bridge"
    udp = proxier.find_service(dns_port("dns", k8s.PortProtocol.UDP))
    assert udp is not None and udp.remote_endpoint is None  # only overlays get the helper
    assert proxier.find_service(dns_port("nope", k8s.PortProtocol.UDP)) is None


def test_a_whole_cluster_state_is_applied_with_apply():
    sim = node("l2bridge")
    proxier = proxy.Proxier(sim, config("l2bridge", "10.0.0.14"))
    proxier.apply(k8s.ClusterState.from_files(K8S_DATA / "kube-dns-cluster.json"))
    assert proxier.sync().services_synced == 3
    proxier.delete_service(k8s.NamespacedName(namespace="kube-system", name="kube-dns"))
    proxier.delete_endpoint_slice(k8s.NamespacedName(namespace="kube-system", name="kube-dns-x7k2p"))
    proxier.sync()
    assert sim.state().load_balancers == ()
    assert proxier.services() == {}


def test_the_proxier_refuses_to_start_with_kube_proxys_message():
    cfg = config("overlay", "10.0.0.12")
    cfg.source_vip = None
    with pytest.raises(proxy.ProxierError, match="^source-vip flag not set$") as info:
        proxy.Proxier(node("overlay"), cfg)
    assert isinstance(info.value, winnet.Error)
    cfg = config("l2bridge", "10.0.0.14")
    cfg.network_name = "missing"
    with pytest.raises(hns.NotFoundError):
        proxy.Proxier(node("l2bridge"), cfg)


# ---- the records and requests --------------------------------------------------------------------


def test_service_infos_and_endpoint_infos_read_k8s_objects():
    service = k8s.Service.from_yaml(KUBE_DNS_YAML)
    infos = proxy.service_infos(service, net.IpFamily.IPV4, dsr_supported=True)
    assert [(i.name.port, i.protocol, i.port, i.target_port) for i in infos] == [
        ("dns", k8s.PortProtocol.UDP, 53, 53),
        ("dns-tcp", k8s.PortProtocol.TCP, 53, 53),
    ]
    assert proxy.service_infos(service, net.IpFamily.IPV6, dsr_supported=True) == ()
    slices = [k8s.EndpointSlice.from_dict(KUBE_DNS_SLICE)]
    backends = proxy.endpoint_infos(
        k8s.NamespacedName(namespace="kube-system", name="kube-dns"),
        slices,
        "linux-node-1",
        net.IpFamily.IPV4,
    )
    assert set(backends) == {dns_port("dns", k8s.PortProtocol.UDP), dns_port("dns-tcp", k8s.PortProtocol.TCP)}
    assert all(e.is_local for e in backends[dns_port("dns", k8s.PortProtocol.UDP)])


def test_a_load_balancer_request_becomes_the_hns_document_and_its_identity():
    flags = proxy.LoadBalancerPolicyFlags(
        is_dsr=True, preserve_dip=True, session_affinity=True, is_ipv6=False
    )
    assert flags.load_balancer_flags() == hns.LoadBalancerFlags.DSR
    assert flags.port_mapping_flags() == hns.PortMappingFlags.PRESERVE_DIP
    assert flags.distribution() == hns.Distribution.SOURCE_IP
    request = proxy.LoadBalancerRequest(
        kind=proxy.LoadBalancerKind.CLUSTER_IP,
        endpoints=["EP-1", "EP-2"],
        source_vip="100.96.2.2",
        vip="100.64.0.10",
        flags=flags,
        protocol=proxy.to_hns_protocol(k8s.PortProtocol.UDP),
        internal_port=53,
        external_port=53,
    )
    lb = request.to_hns()
    assert [str(v) for v in lb.frontend_vips] == ["100.64.0.10"]
    assert lb.port_mappings[0].protocol == hns.Protocol.UDP
    assert lb.host_compute_endpoints == ("EP-1", "EP-2")
    identity = request.identity()
    assert identity.endpoints == proxy.endpoints_hash(["EP-2", "EP-1"])  # order does not matter
    assert len(identity.endpoints) == 20
    assert identity == proxy.LoadBalancerIdentity.of(lb)
    assert hash(identity) == hash(proxy.LoadBalancerIdentity.of(lb))
    assert proxy.endpoints_hash(["A", "A"]) == bytes(20)  # a duplicated id cancels itself


def test_network_info_finds_the_provider_address_of_a_pod():
    network = hns.HnsState.from_json((DATA / "hns-overlay.json").read_text()).networks[0]
    info = proxy.NetworkInfo.of(network)
    assert info.is_overlay()
    assert [str(s.destination_prefix) for s in info.remote_subnets] == ["100.96.1.0/24", "100.96.3.0/24"]
    assert str(info.find_remote_subnet_provider_address("100.96.3.7")) == "10.0.0.13"
    assert info.find_remote_subnet_provider_address("8.8.8.8") is None


def test_proxy_hns_queries_and_records_what_kube_proxy_finds():
    sim = node("overlay")
    seam = proxy.ProxyHns(sim)
    assert seam.service() is sim
    network = seam.get_network_by_name("flannel.4096")
    queried, shadowed = seam.get_all_endpoints_by_network(network)
    assert len(queried) == 3 and shadowed == ()
    assert queried.find_ip("100.96.1.3").hns_id == "C41A7F2B-8D3E-4F5A-9B6C-0D1E2F3A4B5C"
    assert queried.find_id("nope") is None
    lbs = seam.get_all_load_balancers()
    assert len(lbs) == 1
    assert seam.delete_all_load_balancers() == 0
    assert sim.state().load_balancers == ()


# ---- repr, bad arguments, lifetimes --------------------------------------------------------------


def test_every_class_has_an_informative_repr():
    sim = node("l2bridge")
    proxier = kube_dns_proxier(sim, config("l2bridge", "10.0.0.14"))
    result = proxier.sync()
    info = proxier.find_service(dns_port("dns", k8s.PortProtocol.UDP))
    plan = proxy.plan(
        clusters=[k8s.ClusterState.from_files(K8S_DATA / "kube-dns-cluster.json")],
        config=k8s.KubeProxyConfiguration.from_file(K8S_DATA / "kube-proxy-l2bridge.yaml"),
        hns_state=sim.state(),
        node_ips=["10.0.0.14"],
        host_mac=HOST_MAC,
    )
    reprs = {
        "ServicePortName": repr(dns_port("dns", k8s.PortProtocol.UDP)),
        "ExternalIpInfo": repr(proxy.ExternalIpInfo(ip="50.60.70.81", hns_id="X")),
        "LoadBalancerIngressInfo": repr(proxy.LoadBalancerIngressInfo(ip="11.21.31.41")),
        "ServiceInfo": repr(info),
        "EndpointInfo": repr(proxier.endpoints_of(dns_port("dns", k8s.PortProtocol.UDP))[0]),
        "LoadBalancerPolicyFlags": repr(proxy.LoadBalancerPolicyFlags(is_dsr=True)),
        "LoadBalancerIdentity": repr(proxy.LoadBalancerIdentity(vip="10.0.0.1")),
        "LoadBalancerRequest": repr(proxy.LoadBalancerRequest(vip="10.0.0.1")),
        "RemoteSubnetInfo": repr(proxy.RemoteSubnetInfo(destination_prefix="100.96.1.0/24")),
        "NetworkInfo": repr(proxier.network()),
        "QueriedEndpoints": repr(proxy.QueriedEndpoints()),
        "QueriedLoadBalancers": repr(proxy.QueriedLoadBalancers()),
        "ProxyHns": repr(proxy.ProxyHns(sim)),
        "ProxierConfig": repr(proxier.config()),
        "SyncResult": repr(result),
        "Proxier": repr(proxier),
        "PlanStep": repr(plan.syncs[0]),
        "Plan": repr(plan),
    }
    for name, text in reprs.items():
        assert name in text, text
    assert reprs["ServicePortName"] == (
        "ServicePortName(service=NamespacedName(namespace='kube-system', name='kube-dns'), port='dns', "
        "protocol=<PortProtocol.UDP: 1>)"
    )
    assert reprs["ExternalIpInfo"] == "ExternalIpInfo(ip=IpAddress('50.60.70.81'), hns_id='X')"
    assert reprs["Proxier"] == "<Proxier IPv4 on cbr0 (L2Bridge) for node win-node-2: 2 service ports>"
    assert reprs["Plan"] == "<Plan IPv4: start-up 5 calls, 1 syncs>"
    assert "endpoints=b'\\x00" in reprs["LoadBalancerIdentity"]
    assert str(dns_port("dns-tcp", k8s.PortProtocol.TCP)) == "kube-system/kube-dns:dns-tcp"


def test_bad_arguments_raise_type_or_value_errors_that_name_them():
    with pytest.raises(
        ValueError, match=r"^EndpointInfo\(port=\.\.\.\): 70000 is out of range \(0 to 65535\)$"
    ):
        proxy.EndpointInfo(port=70000)
    with pytest.raises(TypeError, match=r"^ServiceInfo\(node_port=\.\.\.\): expected int, got str$"):
        proxy.ServiceInfo(node_port="30080")
    with pytest.raises(TypeError, match=r"^ServicePortName\.port: expected str, got int$"):
        proxy.ServicePortName().port = 53
    with pytest.raises(winnet.ParseError, match=r"^LoadBalancerRequest\(vip=\.\.\.\): "):
        proxy.LoadBalancerRequest(vip="10.0.0.256")
    with pytest.raises(TypeError, match="config"):
        proxy.Proxier(hns.SimulatedHns(), config="kube-proxy.yaml")
    with pytest.raises(TypeError, match="hns"):
        proxy.Proxier(hns=None, config=proxy.ProxierConfig())
    with pytest.raises(winnet.ParseError, match=r"^ProxierConfig\(node_ip=\.\.\.\): .*10\.0\.0\.256"):
        proxy.ProxierConfig(node_ip="10.0.0.256")
    with pytest.raises(ValueError, match="^endpoints: expected 20 bytes"):
        proxy.LoadBalancerIdentity(endpoints=b"short")
    with pytest.raises(winnet.ParseError, match=r"^plan\(host_mac=\.\.\.\): "):
        proxy.plan(
            clusters=[],
            config=k8s.KubeProxyConfiguration(),
            hns_state=hns.HnsState(),
            node_ips=[],
            host_mac="x",
        )
    with pytest.raises(proxy.ProxierError, match="^no node IP"):
        proxy.plan(
            clusters=[],
            config=k8s.KubeProxyConfiguration(),
            hns_state=hns.HnsState(),
            node_ips=[],
            host_mac=HOST_MAC,
        )
    with pytest.raises(
        TypeError, match=r"^plan\(node_ips=\.\.\.\)\[0\]: expected IpAddress or str, got int$"
    ):
        proxy.plan(
            clusters=[],
            config=k8s.KubeProxyConfiguration(),
            hns_state=hns.HnsState(),
            node_ips=[1],
            host_mac=HOST_MAC,
        )
    with pytest.raises(TypeError, match="clusters"):
        proxy.plan(
            clusters=[1],
            config=k8s.KubeProxyConfiguration(),
            hns_state=hns.HnsState(),
            node_ips=[],
            host_mac=HOST_MAC,
        )
    with pytest.raises(AttributeError):
        proxy.ServiceInfo().external_ips.append(proxy.ExternalIpInfo())


def test_the_proxier_keeps_its_simulated_hns_alive():
    proxier = kube_dns_proxier(node("overlay"), config("overlay", "10.0.0.12"))
    gc.collect()  # the only reference to the SimulatedHns is the proxier's
    assert proxier.sync().completed
    assert len(proxier.services()) == 2
    seam = proxy.ProxyHns(node("overlay"))
    gc.collect()
    assert seam.get_network_by_name("flannel.4096").name == "flannel.4096"
    assert len(seam.service().state().networks) == 1
