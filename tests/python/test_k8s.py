"""winnet.k8s from Python: Services and EndpointSlices as dicts, YAML or kubectl JSON, the cluster
state, and the kube-proxy configuration file."""

import enum
import json
import types

import pytest
import yaml

import winnet
from winnet import k8s, net

DATA = "examples/k8s/data"

KUBE_DNS_YAML = """
apiVersion: v1
kind: Service
metadata:
  name: kube-dns
  namespace: kube-system
  annotations: {prometheus.io/port: "9153"}
  creationTimestamp: 2026-11-12T08:14:03Z
spec:
  clusterIP: 100.64.0.10
  ports:
  - {name: dns, port: 53, protocol: UDP}
  - {name: dns-tcp, port: 53, protocol: TCP}
  - {name: metrics, port: 9153, targetPort: 9153}
"""


def test_a_service_written_as_yaml_gets_the_api_servers_defaults():
    svc = k8s.Service.from_yaml(KUBE_DNS_YAML)  # the unquoted timestamp is ignored
    assert str(svc.metadata.key()) == "kube-system/kube-dns"
    assert svc.spec.type is k8s.ServiceType.CLUSTER_IP
    assert svc.spec.cluster_ips == (net.IpAddress("100.64.0.10"),)
    assert svc.spec.ip_families == (net.IpFamily.IPV4,)
    assert svc.spec.ip_family_policy is k8s.IpFamilyPolicy.SINGLE_STACK
    assert [p.protocol for p in svc.spec.ports] == [
        k8s.PortProtocol.UDP,
        k8s.PortProtocol.TCP,
        k8s.PortProtocol.TCP,
    ]
    assert svc.spec.ports[0].target_port == 53  # defaulted to the port
    assert svc.spec.session_affinity is k8s.SessionAffinity.NONE
    assert svc.spec.internal_traffic_policy is k8s.TrafficPolicy.CLUSTER
    assert svc.spec.external_traffic_policy is None
    assert svc.cluster_ip(net.IpFamily.IPV4) == net.IpAddress("100.64.0.10")
    assert svc.cluster_ip(net.IpFamily.IPV6) is None
    assert not svc.skipped_by_kube_proxy()


def test_a_service_written_as_a_dict_reads_like_its_json():
    doc = {
        "metadata": {"name": "web", "namespace": "shop", "annotations": {"winProxyOptimization": "disabled"}},
        "spec": {
            "type": "NodePort",
            "clusterIP": "10.96.0.20",
            "ports": [{"port": 80, "targetPort": "http"}],
        },
    }
    svc = k8s.Service.from_dict(doc)
    assert svc == k8s.Service.from_json(json.dumps(doc))
    assert svc.spec.ports[0].target_port == "http"
    assert svc.spec.external_traffic_policy is k8s.TrafficPolicy.CLUSTER
    assert svc.metadata.annotations["winProxyOptimization"] == "disabled"
    assert svc.externally_accessible()


def test_dual_stack_headless_external_name_and_load_balancer_services():
    dual = k8s.Service.from_dict(
        {
            "metadata": {"name": "dual"},
            "spec": {
                "clusterIP": "10.20.30.41",
                "clusterIPs": ["10.20.30.41", "fd00::21"],
                "ipFamilyPolicy": "PreferDualStack",
                "ports": [{"port": 80}],
            },
        }
    )
    assert dual.spec.ip_families == (net.IpFamily.IPV4, net.IpFamily.IPV6)
    assert dual.cluster_ip(net.IpFamily.IPV6) == net.IpAddress("fd00::21")

    headless = k8s.Service.from_dict({"metadata": {"name": "db"}, "spec": {"clusterIP": "None"}})
    assert headless.spec.headless and headless.skipped_by_kube_proxy()

    alias = k8s.Service.from_dict(
        {"metadata": {"name": "x"}, "spec": {"type": "ExternalName", "externalName": "a.b"}}
    )
    assert alias.spec.type is k8s.ServiceType.EXTERNAL_NAME and alias.skipped_by_kube_proxy()

    lb = k8s.Service.from_yaml("""
metadata: {name: svc1, namespace: ns1}
spec:
  type: LoadBalancer
  clusterIP: 10.20.30.41
  externalTrafficPolicy: Local
  healthCheckNodePort: 32000
  ports: [{name: p80, port: 80, nodePort: 3001}]
status:
  loadBalancer:
    ingress: [{ip: 11.21.31.41}, {hostname: lb.example.com}]
""")
    ingress = lb.status.load_balancer_ingress
    assert ingress[0].ip == net.IpAddress("11.21.31.41")
    assert ingress[0].ip_mode is k8s.LoadBalancerIpMode.VIP
    assert ingress[1].ip is None and ingress[1].hostname == "lb.example.com"
    assert lb.external_policy_local()
    assert lb.spec.health_check_node_port == 32000


def test_enums_are_python_enums():
    for cls in (k8s.ServiceType, k8s.PortProtocol, k8s.TrafficPolicy, k8s.IpFamilyPolicy, k8s.AddressType):
        assert issubclass(cls, enum.Enum)
    assert k8s.PortProtocol.SCTP.name == "SCTP"
    assert not hasattr(k8s, "Protocol")  # hns.Protocol is the IANA number HNS takes


def test_objects_built_in_python_take_addresses_as_text():
    svc = k8s.Service(
        metadata=k8s.ObjectMeta(name="web", namespace="shop", labels={"app": "web"}),
        spec=k8s.ServiceSpec(
            cluster_ips=["10.96.0.20"],
            ip_families=[net.IpFamily.IPV4],
            ports=[k8s.ServicePort(name="http", port=80, target_port=8080)],
            external_ips=["50.60.70.81"],
        ),
    )
    assert svc.spec.cluster_ips == (net.IpAddress("10.96.0.20"),)
    assert svc.spec.ports[0].protocol is k8s.PortProtocol.TCP
    with pytest.raises(winnet.ParseError):
        svc.spec.cluster_ips = ["10.96.0.300"]
    state = k8s.ClusterState()
    state.set_service(svc)
    key = k8s.NamespacedName(namespace="shop", name="web")
    assert state.find_service(key) == svc
    assert state.find_service(k8s.NamespacedName(namespace="shop", name="gone")) is None
    assert state.remove_service(key) and not state.remove_service(key)


def test_list_and_map_fields_fail_loudly_when_edited_in_place():
    svc = k8s.Service.from_yaml(KUBE_DNS_YAML)
    with pytest.raises(AttributeError):
        svc.spec.ports.append(k8s.ServicePort(port=1))
    assert isinstance(svc.metadata.annotations, types.MappingProxyType)
    with pytest.raises(TypeError):
        svc.metadata.annotations["x"] = "y"
    svc.metadata.annotations = {**svc.metadata.annotations, "preserve-destination": "true"}
    assert svc.metadata.annotations["preserve-destination"] == "true"
    svc.spec.ports = [*svc.spec.ports[:1]]
    assert len(svc.spec.ports) == 1


def test_repr_is_exact():
    port = k8s.ServicePort(name="dns", protocol=k8s.PortProtocol.UDP, port=53, target_port=53)
    assert repr(port) == (
        "ServicePort(name='dns', protocol=<PortProtocol.UDP: 1>, port=53, target_port=53, node_port=0)"
    )
    assert repr(k8s.NamespacedName(namespace="a", name="b")) == "NamespacedName(namespace='a', name='b')"
    assert (
        repr(k8s.EndpointConditions(ready=True))
        == "EndpointConditions(ready=True, serving=None, terminating=None)"
    )
    assert repr(k8s.ClusterState()) == "ClusterState(0 services, 0 endpoint slices)"


def test_namespaced_names_key_dicts_and_sort():
    a = k8s.NamespacedName(namespace="ns1", name="b")
    b = k8s.NamespacedName(namespace="default", name="z")
    assert sorted([a, b]) == [b, a]
    assert {a: 1}[k8s.NamespacedName(namespace="ns1", name="b")] == 1


def test_endpoint_slices_keep_conditions_as_kube_proxy_reads_them():
    endpoint_slice = k8s.EndpointSlice.from_yaml("""
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: svc1-abc
  namespace: ns1
  labels: {kubernetes.io/service-name: svc1}
addressType: IPv4
endpoints:
- addresses: [192.168.2.3]
  nodeName: testhost2
- addresses: [192.168.2.4]
  conditions: {ready: false, serving: true, terminating: true}
ports: [{name: p80, port: 80, protocol: TCP}]
""")
    assert endpoint_slice.service() == k8s.NamespacedName(namespace="ns1", name="svc1")
    first, second = endpoint_slice.endpoints
    assert first.conditions.ready is None and first.conditions.is_ready()
    assert not second.conditions.is_ready() and second.conditions.is_terminating()
    assert first.addresses == (net.IpAddress("192.168.2.3"),)
    assert endpoint_slice.address_type is k8s.AddressType.IPV4


def test_the_kube_dns_dump_becomes_a_cluster_state(root):
    state = k8s.ClusterState.from_files(root / DATA / "kube-dns-cluster.json")
    assert [str(s.metadata.key()) for s in state.services] == ["kube-system/kube-dns"]
    kube_dns = state.services[0].metadata.key()
    (endpoint_slice,) = state.endpoint_slices_of(kube_dns)
    assert [str(e.addresses[0]) for e in endpoint_slice.endpoints] == ["100.96.1.3", "100.96.1.8"]
    assert state.find_endpoint_slice(endpoint_slice.metadata.key()) == endpoint_slice
    assert k8s.ClusterState.check_json((root / DATA / "kube-dns-cluster.json").read_text()) == []


def test_yaml_documents_and_watch_events_apply_in_order():
    state = k8s.ClusterState.from_yaml("""
apiVersion: v1
kind: Service
metadata: {name: a, namespace: ns1}
spec: {clusterIP: 10.0.0.1, ports: [{port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: b, namespace: ns1}
spec: {clusterIP: 10.0.0.2, ports: [{port: 80}]}
""")
    assert len(state.services) == 2
    deleted = {"type": "DELETED", "object": k8s_object("a")}
    added = {"type": "ADDED", "object": k8s_object("c")}
    state.apply_json(json.dumps(deleted) + "\n" + json.dumps(added) + "\n")
    assert [s.metadata.name for s in state.services] == ["b", "c"]


def k8s_object(name):
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name, "namespace": "ns1"},
        "spec": {"clusterIP": "10.0.0.9", "ports": [{"port": 80}]},
    }


def test_both_kube_proxy_configurations_load_from_their_yaml_files(root):
    overlay = k8s.KubeProxyConfiguration.from_file(root / DATA / "kube-proxy-overlay.yaml")
    assert overlay.hostname_override == "win-node-1"
    assert overlay.winkernel.network_name == "flannel.4096"
    assert overlay.winkernel.source_vip == net.IpAddress("100.96.2.2")
    assert overlay.winkernel.enable_dsr and overlay.feature_enabled("WinDSR")
    assert dict(overlay.feature_gates) == {"WinDSR": True, "WinOverlay": True}
    assert overlay.cluster_cidrs == (net.IpPrefix("100.96.0.0/11"),)
    assert overlay.healthz_port() == 10256
    l2bridge = k8s.KubeProxyConfiguration.from_file(root / DATA / "kube-proxy-l2bridge.yaml")
    assert l2bridge.hostname_override == "win-node-2"
    assert l2bridge.winkernel.source_vip is None
    assert not l2bridge.winkernel.enable_dsr
    assert l2bridge.metrics_bind_address == "127.0.0.1:10249"  # defaulted


def test_the_json_copy_of_the_overlay_configuration_matches_the_yaml(root):
    # The C++ example reads the JSON copy; it must say what the YAML file says.
    as_yaml = yaml.safe_load((root / DATA / "kube-proxy-overlay.yaml").read_text())
    as_json = json.loads((root / DATA / "kube-proxy-overlay.json").read_text())
    assert as_yaml == as_json
    from_yaml = k8s.KubeProxyConfiguration.from_file(root / DATA / "kube-proxy-overlay.yaml")
    assert from_yaml == k8s.KubeProxyConfiguration.from_file(root / DATA / "kube-proxy-overlay.json")
