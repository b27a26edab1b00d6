"""`winnet hostprocess check`: output as kubectl prints it (the same as the examples' goldens),
exit codes 0, 1 and 2, and one line per unreadable or non-Kubernetes file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "hostprocess"
MISTAKES = sorted(f"manifests/{p.name}" for p in (EXAMPLES / "manifests").glob("mistake-*.yaml"))


def winnet(*args: str, stdin: str | None = None, cwd: Path = EXAMPLES) -> subprocess.CompletedProcess:
    """Runs `python -m winnet ARGS` as a user would; with a staged PYTHONPATH, -S keeps the
    staged module ahead of an installed one."""
    command = [sys.executable]
    if os.environ.get("PYTHONPATH"):
        command.append("-S")
    command += ["-m", "winnet", *args]
    return subprocess.run(
        command, input=stdin, capture_output=True, text=True, cwd=cwd, env=os.environ.copy(), timeout=120
    )


def golden(name: str) -> str:
    return (EXAMPLES / f"{name}.output").read_text()


@pytest.mark.parametrize(
    ("args", "name", "code"),
    [
        (["--explain", "manifests/kube-proxy.yaml"], "kube_proxy", 0),
        (["--explain", "manifests/calico-node.yaml"], "calico_node", 0),
        (MISTAKES, "common_mistakes", 1),
        (
            ["--pod-security", "baseline", "manifests/kube-proxy.yaml", "manifests/hostprocess-pod.yaml"],
            "pod_security",
            1,
        ),
    ],
    ids=["kube_proxy", "calico_node", "common_mistakes", "pod_security"],
)
def test_the_cli_prints_what_the_examples_print(args, name, code):
    result = winnet("hostprocess", "check", *args)
    assert result.stderr == ""
    assert result.stdout == golden(name)
    assert result.returncode == code


def test_a_valid_manifest_exits_0_and_a_rejected_one_1():
    assert winnet("hostprocess", "check", "manifests/kube-proxy.yaml").returncode == 0
    result = winnet("hostprocess", "check", "manifests/mistake-no-host-network.yaml")
    assert result.returncode == 1
    assert result.stdout.startswith(
        'manifests/mistake-no-host-network.yaml: The DaemonSet "kube-proxy-windows" is invalid'
    )


def test_allow_privileged_false_is_the_api_servers_flag():
    result = winnet("hostprocess", "check", "--allow-privileged=false", "manifests/kube-proxy.yaml")
    assert result.returncode == 1
    assert result.stdout == (
        'manifests/kube-proxy.yaml: The DaemonSet "kube-proxy-windows" is invalid: spec.template.spec: '
        "Forbidden: hostProcess containers are disallowed by cluster policy\n"
    )
    bad = winnet("hostprocess", "check", "--allow-privileged=maybe", "manifests/kube-proxy.yaml")
    assert bad.returncode == 2
    assert "expected true or false" in bad.stderr


def test_restricted_namespaces_refuse_host_process_pods():
    result = winnet("hostprocess", "check", "--pod-security", "restricted", "manifests/hostprocess-pod.yaml")
    assert result.returncode == 1
    assert (
        'violates PodSecurity "restricted:latest": host namespaces (hostNetwork=true), hostProcess'
        in result.stdout
    )
    assert "runAsNonRoot != true" in result.stdout


def test_unreadable_and_non_kubernetes_files_exit_2_with_one_line_each(tmp_path):
    (tmp_path / "notes.yaml").write_text("title: not a manifest\n")
    (tmp_path / "config.yaml").write_text("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n")
    (tmp_path / "broken.yaml").write_text("a: [1,\n")
    result = winnet(
        "hostprocess",
        "check",
        "missing.yaml",
        "notes.yaml",
        "config.yaml",
        "broken.yaml",
        str(EXAMPLES / "manifests" / "kube-proxy.yaml"),
        cwd=tmp_path,
    )
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[:3] == [
        "missing.yaml: cannot read: No such file or directory",
        "notes.yaml: document 1: $: not a Kubernetes object: apiVersion and kind not set",
        "config.yaml: no Pod, Deployment, DaemonSet, StatefulSet, ReplicaSet, Job or CronJob "
        "(found ConfigMap c)",
    ]
    assert lines[3].startswith("broken.yaml: line ") and len(lines) == 4
    # The readable file is still checked.
    assert result.stdout.endswith("daemonset.apps/kube-proxy-windows created\n")


def test_hostile_yaml_exits_2(tmp_path):
    bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    bomb += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    (tmp_path / "bomb.yaml").write_text("\n".join(bomb) + "\n")
    (tmp_path / "deep.yaml").write_text("a: " + "[" * 100000 + "]" * 100000 + "\n")
    result = winnet("hostprocess", "check", "bomb.yaml", "deep.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "bomb.yaml: document 1: more than 1000000 values once YAML aliases are expanded",
        "deep.yaml: document 1: nested too deeply to parse (more than 100 levels allowed)",
    ]


def test_standard_input_is_read_for_a_dash():
    text = (EXAMPLES / "manifests" / "hostprocess-pod.yaml").read_text()
    result = winnet("hostprocess", "check", "-", stdin=text)
    assert result.returncode == 0
    assert result.stdout == "-: pod/hpc-shell created\n"


def test_usage_errors_exit_2():
    assert winnet("hostprocess", "check").returncode == 2
    assert winnet("hostprocess").returncode == 2
    assert "--pod-security" in winnet("hostprocess", "check", "--help").stdout
