"""Malformed Services, EndpointSlices, cluster dumps and kube-proxy configurations from Python:
each class of error is a winnet.JsonError (a ValueError) naming the JSON path and the API
server's message."""

import json

import pytest

import winnet
from winnet import k8s


def service(**spec):
    return {"metadata": {"name": "svc1", "namespace": "ns1"}, "spec": spec}


SERVICE_ERRORS = [
    # (what, document, path, problem)
    (
        "wrong type",
        service(ports=[{"port": "80"}]),
        "$.spec.ports[0].port",
        'expected an integer from -2147483648 to 2147483647 (int32), found the string "80"',
    ),
    (
        "name required",
        {"spec": {"ports": [{"port": 80}]}},
        "$.metadata.name",
        "Required value: name or generateName is required",
    ),
    ("ports required", service(clusterIP="10.0.0.1"), "$.spec.ports", "Required value"),
    (
        "port range",
        service(ports=[{"name": "a", "port": 80}, {"name": "b", "port": 0}]),
        "$.spec.ports[1].port",
        "Invalid value: 0: must be between 1 and 65535, inclusive",
    ),
    (
        "protocol",
        service(ports=[{"port": 80, "protocol": "HTTP"}]),
        "$.spec.ports[0].protocol",
        'Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    ),
    (
        "duplicate port name",
        service(ports=[{"name": "a", "port": 80}, {"name": "a", "port": 81}]),
        "$.spec.ports[1].name",
        'Duplicate value: "a"',
    ),
    (
        "target port name",
        service(ports=[{"port": 80, "targetPort": "8080"}]),
        "$.spec.ports[0].targetPort",
        'Invalid value: "8080": must contain at least one letter (a-z)',
    ),
    (
        "cluster IP",
        service(clusterIP="10.0.0.256", ports=[{"port": 80}]),
        "$.spec.clusterIP",
        'Invalid value: "10.0.0.256": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    ),
    (
        "family mismatch",
        service(clusterIP="fd00::1", ipFamilies=["IPv4"], ports=[{"port": 80}]),
        "$.spec.clusterIP",
        'Invalid value: "fd00::1": expected an IPv4 value as indicated by `ipFamilies[0]`',
    ),
    (
        "headless NodePort",
        service(type="NodePort", clusterIP="None", ports=[{"port": 80}]),
        "$.spec.clusterIP",
        "Invalid value: \"None\": may not be set to 'None' for NodePort services",
    ),
    (
        "node port on ClusterIP",
        service(ports=[{"port": 80, "nodePort": 30080}]),
        "$.spec.ports[0].nodePort",
        "Forbidden: may not be used when `type` is 'ClusterIP'",
    ),
    (
        "external IP",
        service(externalIPs=["127.0.0.1"], ports=[{"port": 80}]),
        "$.spec.externalIPs[0]",
        'Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
    ),
    (
        "affinity timeout",
        service(
            sessionAffinity="ClientIP",
            sessionAffinityConfig={"clientIP": {"timeoutSeconds": 0}},
            ports=[{"port": 80}],
        ),
        "$.spec.sessionAffinityConfig.clientIP.timeoutSeconds",
        "Invalid value: 0: must be greater than 0 and less than 86400",
    ),
    (
        "traffic policy",
        service(externalTrafficPolicy="Local", ports=[{"port": 80}]),
        "$.spec.externalTrafficPolicy",
        'Invalid value: "Local": may only be set for externally-accessible services',
    ),
]


@pytest.mark.parametrize(
    ("what", "doc", "path", "problem"), SERVICE_ERRORS, ids=[e[0] for e in SERVICE_ERRORS]
)
def test_malformed_services_name_the_path_and_the_api_servers_message(what, doc, path, problem):
    with pytest.raises(winnet.JsonError) as caught:
        k8s.Service.from_dict(doc)
    assert isinstance(caught.value, ValueError)
    assert caught.value.path == path
    assert caught.value.problem == problem
    assert str(caught.value) == f"{path}: {problem}"


def test_malformed_endpoint_slices_name_the_path():
    doc = {
        "metadata": {"name": "s1"},
        "addressType": "IPv4",
        "endpoints": [{"addresses": ["10.0.0.1"]}, {"addresses": ["fd00::1"]}],
    }
    with pytest.raises(winnet.JsonError) as caught:
        k8s.EndpointSlice.from_dict(doc)
    assert caught.value.path == "$.endpoints[1].addresses[0]"
    assert caught.value.problem == 'Invalid value: "fd00::1": must be a valid IPv4 address'
    with pytest.raises(winnet.JsonError, match=r"\$\.addressType: Required value"):
        k8s.EndpointSlice.from_dict({"metadata": {"name": "s1"}})


def test_yaml_that_does_not_parse_is_a_json_error_at_the_document():
    with pytest.raises(winnet.JsonError) as caught:
        k8s.Service.from_yaml("metadata: {name: [")
    assert caught.value.path == "$"
    assert caught.value.problem.startswith("not valid YAML at line 1")
    with pytest.raises(winnet.JsonError, match="expected one YAML document"):
        k8s.Service.from_yaml("a: 1\n---\nb: 2\n")


def test_problems_in_a_cluster_file_name_the_file_and_the_document(tmp_path):
    good = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "a"},
        "spec": {"ports": [{"port": 80}]},
    }
    bad = {**good, "spec": {"ports": [{"port": 80, "protocol": "HTTP"}]}}
    events = tmp_path / "events.json"
    events.write_text(
        json.dumps({"type": "ADDED", "object": good}) + "\n" + json.dumps({"type": "ADDED", "object": bad})
    )
    with pytest.raises(winnet.JsonError) as caught:
        k8s.ClusterState.from_files(events)
    assert caught.value.file == str(events)
    assert caught.value.path == "$[1].object.spec.ports[0].protocol"
    assert str(caught.value).startswith(f"{events}: $[1].object.spec.ports[0].protocol: Unsupported value")

    manifests = tmp_path / "cluster.yaml"
    manifests.write_text("apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 0}]}\n")
    with pytest.raises(winnet.JsonError) as caught:
        k8s.ClusterState.from_files(manifests)
    assert caught.value.path == "$.spec.ports[0].port"


def test_check_json_lists_every_problem_with_its_path():
    text = "\n".join(
        json.dumps(doc)
        for doc in [
            {
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": {"name": "a"},
                "spec": {"ports": [{"port": 0}]},
            },
            {"kind": "Service", "metadata": {"name": "b"}},
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "ignored"}},
        ]
    )
    assert k8s.ClusterState.check_json(text) == [
        ("$[0].spec.ports[0].port", "Invalid value: 0: must be between 1 and 65535, inclusive"),
        ("$[0].spec.ports[0].targetPort", "Invalid value: 0: must be between 1 and 65535, inclusive"),
        ("$[1].apiVersion", "Required value: Object 'apiVersion' is missing"),
    ]


def test_a_failed_apply_leaves_the_cluster_state_unchanged():
    state = k8s.ClusterState.from_dict(
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "a"},
            "spec": {"clusterIP": "10.0.0.1", "ports": [{"port": 80}]},
        }
    )
    before = k8s.ClusterState.from_dict(
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "a"},
            "spec": {"clusterIP": "10.0.0.1", "ports": [{"port": 80}]},
        }
    )
    with pytest.raises(winnet.JsonError):
        state.apply_json(
            '{"type": "DELETED", "object": {"apiVersion": "v1", "kind": "Service", '
            '"metadata": {"name": "a"}, "spec": {"ports": [{"port": 80}]}}}\n'
            '{"type": "ADDED", "object": {"kind": "Service"}}'
        )
    assert state == before


CONFIG_ERRORS = [
    (
        {"mode": "iptables"},
        "$.mode",
        'Invalid value: "iptables": must be kernelspace or blank '
        "(blank means the most-available proxy [currently 'kernelspace'])",
    ),
    (
        {"winkernel": {"sourceVip": "100.96.2"}},
        "$.winkernel.sourceVip",
        'Invalid value: "100.96.2": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    ),
    (
        {"healthzBindAddress": "localhost"},
        "$.healthzBindAddress",
        'Invalid value: "localhost": must be IP:port',
    ),
    (
        {"featureGates": {"WinDSR": False}, "winkernel": {"enableDSR": True}},
        "$.winkernel.enableDSR",
        "WinDSR feature gate not enabled",
    ),
    (
        {"winkernel": {"enableDSR": "yes"}},
        "$.winkernel.enableDSR",
        'expected true or false, found the string "yes"',
    ),
]


@pytest.mark.parametrize(("members", "path", "problem"), CONFIG_ERRORS, ids=[e[1] for e in CONFIG_ERRORS])
def test_malformed_kube_proxy_configurations_name_the_path(members, path, problem):
    doc = {"apiVersion": "kubeproxy.config.k8s.io/v1alpha1", "kind": "KubeProxyConfiguration", **members}
    with pytest.raises(winnet.JsonError) as caught:
        k8s.KubeProxyConfiguration.from_dict(doc)
    assert (caught.value.path, caught.value.problem) == (path, problem)


def test_a_configuration_file_error_names_the_file(tmp_path):
    config = tmp_path / "kube-proxy.yaml"
    config.write_text(
        "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\n"
    )
    with pytest.raises(winnet.JsonError) as caught:
        k8s.KubeProxyConfiguration.from_file(config)
    assert caught.value.file == str(config)
    assert caught.value.path == "$.mode"
