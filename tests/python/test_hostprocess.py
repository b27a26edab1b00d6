"""winnet.hostprocess from Python: the bound model, the API server's rules, Pod Security, the node's
checks and the runtime view, and the docstrings that come from the C++ headers."""

from __future__ import annotations

import json

import pytest

from winnet import Error, JsonError
from winnet import hostprocess as hp

NANO = "mcr.microsoft.com/windows/nanoserver:ltsc2022"


def daemon_set(spec: dict, name: str = "agent") -> hp.Workload:
    doc = {
        "apiVersion": "apps/v1",
        "kind": "DaemonSet",
        "metadata": {"name": name, "namespace": "kube-system"},
        "spec": {"template": {"spec": spec}},
    }
    (workload,) = hp.read_manifests(json.dumps(doc)).workloads
    return workload


def hpc_spec(**extra) -> dict:
    spec = {
        "hostNetwork": True,
        "securityContext": {"windowsOptions": {"hostProcess": True, "runAsUserName": "NT AUTHORITY\\SYSTEM"}},
        "nodeSelector": {"kubernetes.io/os": "windows"},
        "containers": [{"name": "agent", "image": NANO}],
    }
    spec.update(extra)
    return spec


def test_a_valid_daemon_set_is_created_and_runs():
    result = hp.check(daemon_set(hpc_spec(), "kube-proxy-windows"))
    assert result.accepted() and result.ok()
    assert result.report("kp.yaml") == "kp.yaml: daemonset.apps/kube-proxy-windows created\n"
    assert result.api_errors == () and result.pod_security == () and result.node_errors == ()


def test_missing_host_network_is_reported_with_kubectl_wording():
    result = hp.check(daemon_set(hpc_spec(hostNetwork=False), "kube-proxy-windows"))
    assert not result.accepted()
    (error,) = result.api_errors
    assert error.type == hp.FieldErrorType.INVALID
    assert error.field == "spec.template.spec.hostNetwork"
    assert error.value == "false"
    assert error.rule == "hostProcess-host-network"
    assert str(error) == (
        "spec.template.spec.hostNetwork: Invalid value: false: "
        "hostNetwork must be true if pod contains any hostProcess containers"
    )
    assert result.report("kp.yaml") == (
        'kp.yaml: The DaemonSet "kube-proxy-windows" is invalid: spec.template.spec.hostNetwork: '
        "Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers\n"
    )


def test_allow_privileged_false_forbids_host_process():
    errors = hp.validate(daemon_set(hpc_spec()), allow_privileged=False)
    assert [e.to_string() for e in errors] == [
        "spec.template.spec: Forbidden: hostProcess containers are disallowed by cluster policy"
    ]
    policy = hp.ClusterPolicy(allow_privileged=False)
    assert hp.check(daemon_set(hpc_spec()), policy).api_errors[0].rule == "hostProcess-allow-privileged"


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("", "runAsUserName-empty"),
        ("a\tb", "runAsUserName-control"),
        ("NT AUTHORITY\\\\SYSTEM", "runAsUserName-backslashes"),
        (".corp\\user", "runAsUserName-domain-format"),
        ("CORP\\", "runAsUserName-user-empty"),
        ("u" * 105, "runAsUserName-user-length"),
        ("CORP\\...", "runAsUserName-user-dots"),
        ("NT AUTHORITY/SYSTEM", "runAsUserName-user-characters"),
    ],
)
def test_each_run_as_user_name_rule(name, rule):
    spec = hpc_spec()
    spec["securityContext"]["windowsOptions"]["runAsUserName"] = name
    assert [e.rule for e in hp.validate(daemon_set(spec))] == [rule]


def test_run_as_user_name_values_are_printed_as_json():
    spec = hpc_spec()
    spec["securityContext"]["windowsOptions"]["runAsUserName"] = "svc<1>"
    (error,) = hp.validate(daemon_set(spec))
    assert error.value == '"svc\\u003c1\\u003e"'


def test_pod_security_baseline_refuses_host_process_and_host_network():
    violations = hp.evaluate_pod_security(daemon_set(hpc_spec()), hp.PodSecurityLevel.BASELINE)
    assert [(v.check, v.reason) for v in violations] == [
        ("hostNamespaces", "host namespaces"),
        ("windowsHostProcess", "hostProcess"),
    ]
    assert hp.pod_security_detail(violations) == (
        "host namespaces (hostNetwork=true), hostProcess "
        "(pod must not set securityContext.windowsOptions.hostProcess=true)"
    )
    assert hp.evaluate_pod_security(daemon_set(hpc_spec()), hp.PodSecurityLevel.PRIVILEGED) == []


def test_a_pod_in_a_baseline_namespace_is_forbidden():
    doc = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "hpc-shell"},
        "spec": hpc_spec(),
    }
    (pod,) = hp.read_manifests(json.dumps(doc)).workloads
    result = hp.check(pod, hp.ClusterPolicy(pod_security=hp.PodSecurityLevel.BASELINE))
    assert not result.accepted()
    assert result.report("p.yaml").startswith(
        'p.yaml: Error from server (Forbidden): error when creating "p.yaml": pods "hpc-shell" is forbidden: '
        'violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true)'
    )


def test_model_objects_are_built_with_keywords_and_compared():
    spec = hp.PodSpec(
        host_network=True,
        security_context=hp.PodSecurityContext(windows_options=hp.WindowsOptions(host_process=True)),
        containers=[hp.Container(name="a", image=NANO, ports=[hp.ContainerPort(container_port=10256)])],
        node_selector={"kubernetes.io/os": "windows"},
    )
    workload = hp.Workload(kind=hp.WorkloadKind.DAEMON_SET, api_version="apps/v1", name="w", spec=spec)
    assert workload.spec_path() == "spec.template.spec"
    assert workload.resource() == "daemonset.apps"
    assert hp.check(workload).ok()
    assert workload.spec.containers[0].ports == (hp.ContainerPort(container_port=10256),)
    assert workload.spec.node_selector["kubernetes.io/os"] == "windows"
    with pytest.raises(TypeError):
        workload.spec.node_selector["x"] = "y"  # a read-only view: assign a new dict instead
    with pytest.raises(AttributeError):
        workload.spec.containers.append(hp.Container())  # a tuple: assign a new list instead
    with pytest.raises(TypeError):
        hp.Container("positional")


def test_reprs_show_what_is_set():
    options = hp.WindowsOptions(host_process=True)
    assert repr(options) == "WindowsOptions(host_process=True)"
    assert (
        repr(hp.SecurityContext(privileged=True, run_as_user=0))
        == "SecurityContext(privileged=True, run_as_user=0)"
    )
    assert repr(hp.ContainerPort(container_port=53)) == (
        "ContainerPort(name='', container_port=53, host_port=0, protocol='')"
    )
    assert "name='kube-proxy-windows'" in repr(daemon_set(hpc_spec(), "kube-proxy-windows"))
    assert repr(hp.rule("runtime-named-pipe")) == "<Rule runtime-named-pipe>"


def test_defaulting_fills_host_ports_of_pods_only():
    spec = hpc_spec(containers=[{"name": "a", "image": NANO, "ports": [{"containerPort": 53}]}])
    pod = hp.Workload(kind=hp.WorkloadKind.POD, name="p", spec=daemon_set(spec).spec)
    assert hp.defaulted(pod).containers[0].ports[0].host_port == 53
    assert hp.defaulted(daemon_set(spec)).containers[0].ports[0].host_port == 0


def test_kubelet_and_runtime_checks_are_exposed():
    spec = hp.PodSpec(
        containers=[
            hp.Container(
                name="a",
                security_context=hp.SecurityContext(windows_options=hp.WindowsOptions(host_process=True)),
            ),
            hp.Container(name="b"),
        ],
        host_network=True,
    )
    (error,) = hp.kubelet_sandbox_errors(spec)
    assert error.stage == hp.Stage.KUBELET
    assert error.message == "pod must not contain both HostProcess and non-HostProcess containers"
    pipe = hp.PodSpec(
        host_network=True,
        security_context=hp.PodSecurityContext(windows_options=hp.WindowsOptions(host_process=True)),
        containers=[hp.Container(name="a", volume_mounts=[hp.VolumeMount(name="p", mount_path="C:\\p")])],
        volumes=[hp.Volume(name="p", source="hostPath", host_path="\\\\.\\pipe\\docker_engine")],
    )
    assert [e.rule for e in hp.runtime_errors(pipe)] == ["runtime-named-pipe"]


def test_runtime_view():
    spec = hpc_spec(
        containers=[
            {
                "name": "kube-proxy",
                "image": NANO,
                "workingDir": "$env:CONTAINER_SANDBOX_MOUNT_POINT/kube-proxy/",
                "volumeMounts": [{"name": "kube-proxy", "mountPath": "/var/lib/kube-proxy"}],
                "resources": {"limits": {"cpu": "250m", "memory": "64Mi"}},
            }
        ],
        volumes=[{"name": "kube-proxy", "configMap": {"name": "kube-proxy"}}],
    )
    view = hp.explain(daemon_set(spec), hp.RuntimeOptions(node_cpus=2, container_id="abc"))
    assert view.host_process
    (container,) = view.containers
    assert container.user.account == hp.Account.LOCAL_SYSTEM
    assert container.silo_working_directory == "C:\\hpc/kube-proxy/"
    assert container.legacy_root == "C:\\C\\abc\\"
    assert container.cpu_maximum == 1250
    assert container.memory_limit_bytes == 64 * 1024 * 1024
    assert [m.destination for m in container.mounts] == [
        "C:\\var\\lib\\kube-proxy",
        "C:\\var\\run\\secrets\\kubernetes.io\\serviceaccount",
    ]
    assert container.mounts[1].implicit
    assert str(view) == view.to_text()
    assert "  container kube-proxy (spec.template.spec.containers[0])\n" in view.to_text()


def test_rule_table_is_complete_and_unknown_ids_raise():
    rules = hp.rules()
    assert len({r.id for r in rules}) == len(rules)
    assert {r.stage for r in rules} == set(hp.Stage)
    assert hp.rule("hostProcess-host-network").path == "SPEC.hostNetwork"
    with pytest.raises(Error, match="no HostProcess rule"):
        hp.rule("nope")


def test_bad_json_raises_json_error_with_the_path():
    with pytest.raises(JsonError) as e:
        hp.read_manifests('{"apiVersion":"v1","kind":"Pod","spec":{"hostNetwork":"yes"}}')
    assert e.value.path == "$.spec.hostNetwork"
    assert e.value.problem == 'expected true or false, found the string "yes"'


def test_names_of_enums():
    assert hp.kind_name(hp.WorkloadKind.CRON_JOB) == "CronJob"
    assert hp.level_name(hp.PodSecurityLevel.BASELINE) == "baseline"
    assert hp.stage_name(hp.Stage.API_SERVER) == "API server"


def test_docstrings_come_from_the_headers():
    assert "HostProcess" in hp.WindowsOptions.host_process.__doc__
    assert hp.check.__doc__ and "Pod Security" in hp.check.__doc__
    assert hp.WorkloadKind.DAEMON_SET.__doc__
    assert "apimachinery" in hp.FieldError.details.__doc__
