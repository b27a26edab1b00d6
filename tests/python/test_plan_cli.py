"""`winnet plan`: kube-dns planned on an overlay and an L2Bridge node (JSON shape, the second sync
after one CoreDNS pod moved, the table), and each class of bad input: exit 2, one line per problem
on standard error, nothing on standard output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

CLUSTER = "k8s/data/kube-dns-cluster.json"
MOVED = "proxy/data/kube-dns-cluster-pod-moved.json"
OVERLAY = [
    "--config",
    "k8s/data/kube-proxy-overlay.yaml",
    "--hns",
    "proxy/data/hns-overlay.json",
    "--node-ip",
    "10.0.0.12",
    "--host-mac",
    "00-15-5D-52-C0-12",
]
L2BRIDGE = [
    "--config",
    "k8s/data/kube-proxy-l2bridge.yaml",
    "--hns",
    "proxy/data/hns-l2bridge.json",
    "--node-ip",
    "10.0.0.14",
    "--host-mac",
    "00-15-5D-52-C0-14",
]


def winnet(*args: str, cwd: Path = EXAMPLES) -> subprocess.CompletedProcess:
    """Runs `python -m winnet ARGS` as a user would; with a staged PYTHONPATH, -S keeps the
    staged module ahead of an installed one."""
    command = [sys.executable]
    if os.environ.get("PYTHONPATH"):
        command.append("-S")
    command += ["-m", "winnet", *args]
    return subprocess.run(
        command, capture_output=True, text=True, cwd=cwd, env=os.environ.copy(), timeout=120
    )


def plan(*args: str) -> dict:
    result = winnet("plan", *args)
    assert result.stderr == ""
    assert result.returncode == 0
    return json.loads(result.stdout)


def bad(*args: str) -> list[str]:
    """The lines a rejected run prints on standard error (after checking it printed nothing else)."""
    result = winnet("plan", *args)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    return result.stderr.splitlines()


def ops(step: dict) -> list[str]:
    return [call["op"] for call in step["calls"]]


# ---- good runs -----------------------------------------------------------------------------------


def test_json_has_the_startup_and_one_sync_per_cluster_file():
    out = plan("--cluster", CLUSTER, "--cluster", MOVED, *OVERLAY)
    assert list(out) == ["startup", "syncs"]
    assert list(out["startup"]) == ["calls", "counts"]
    assert len(out["syncs"]) == 2
    for step in out["syncs"]:
        assert list(step) == ["calls", "counts", "state"]
        assert list(step["state"]) == ["endpoints", "loadBalancers"]
        for call in step["calls"]:
            assert set(call) <= {"op", "id", "document", "error"}
            assert isinstance(call.get("document", {}), dict)  # embedded, not a string
        counted = {}
        for op in ops(step):
            counted[op] = counted.get(op, 0) + 1
        assert step["counts"] == counted
    # Start-up deletes the load balancer the previous kube-proxy left.
    assert {"op": "DeleteLoadBalancer", "id": "D5E6F7A8-1B2C-4D3E-8F4A-5B6C7D8E9F0A"} in out["startup"][
        "calls"
    ]


def test_the_first_sync_programs_kube_dns_on_the_overlay_node():
    (sync,) = plan("--cluster", CLUSTER, *OVERLAY)["syncs"]
    assert sync["counts"]["CreateLoadBalancer"] == 3
    lbs = sync["state"]["loadBalancers"]
    assert sorted(
        (lb["PortMappings"][0]["Protocol"], lb["PortMappings"][0]["ExternalPort"]) for lb in lbs
    ) == [
        (6, 53),
        (6, 9153),
        (17, 53),
    ]
    for lb in lbs:
        assert lb["FrontendVIPs"] == ["100.64.0.10"]
        assert lb["SourceVIP"] == "100.96.2.2"
        assert lb["Flags"] == 1  # DSR: enableDSR in kube-proxy-overlay.yaml
        assert len(lb["HostComputeEndpoints"]) == 2
    creates = [c for c in sync["calls"] if c["op"] == "CreateLoadBalancer"]
    assert all(c["document"]["FrontendVIPs"] == ["100.64.0.10"] for c in creates)
    remote = {
        e["IpConfigurations"][0]["IpAddress"]: e for e in sync["state"]["endpoints"] if e.get("Flags", 0) & 1
    }
    assert remote["100.96.1.8"]["Policies"] == [
        {"Type": "ProviderAddress", "Settings": {"ProviderAddress": "10.0.0.11"}}
    ]


def test_the_second_sync_shows_only_the_calls_a_moved_coredns_pod_needs():
    first, second = plan("--cluster", CLUSTER, "--cluster", MOVED, *OVERLAY)["syncs"]
    assert "CreateLoadBalancer" not in second["counts"]
    assert second["counts"]["UpdateLoadBalancer"] == 3  # HNS 15.5 updates in place
    created = [c for c in second["calls"] if c["op"] == "CreateEndpoint"]
    addresses = [c["document"]["IpConfigurations"][0]["IpAddress"] for c in created]
    assert "100.96.3.7" in addresses
    moved = next(c for c in created if c["document"]["IpConfigurations"][0]["IpAddress"] == "100.96.3.7")
    assert moved["document"]["Policies"] == [
        {"Type": "ProviderAddress", "Settings": {"ProviderAddress": "10.0.0.13"}}
    ]
    ids_before = sorted(lb["ID"] for lb in first["state"]["loadBalancers"])
    assert sorted(lb["ID"] for lb in second["state"]["loadBalancers"]) == ids_before
    assert all(e["IpConfigurations"][0]["IpAddress"] != "100.96.1.8" for e in second["state"]["endpoints"])


def test_an_l2bridge_node_gets_load_balancers_without_source_vip():
    (sync,) = plan("--cluster", CLUSTER, *L2BRIDGE)["syncs"]
    for lb in sync["state"]["loadBalancers"]:
        assert "SourceVIP" not in lb
        assert lb["FrontendVIPs"] == ["100.64.0.10"]
        assert "Flags" not in lb  # no DSR: omitted when 0, as hcsshim marshals it


def test_the_config_may_be_json_and_the_cluster_yaml(tmp_path):
    import yaml

    cluster = tmp_path / "cluster.yaml"
    cluster.write_text(yaml.safe_dump(json.loads((EXAMPLES / CLUSTER).read_text())))
    args = [
        a if a != "k8s/data/kube-proxy-overlay.yaml" else "k8s/data/kube-proxy-overlay.json" for a in OVERLAY
    ]
    assert plan("--cluster", str(cluster), *args) == plan("--cluster", CLUSTER, *OVERLAY)


def test_the_table_shows_the_same_for_people():
    result = winnet("plan", "--cluster", CLUSTER, "--cluster", MOVED, *OVERLAY, "-o", "table")
    assert result.returncode == 0
    assert result.stderr == ""
    text = result.stdout
    assert text.startswith("Start-up (")
    assert "\nSync 1 (" in text and "\nSync 2 (" in text
    assert "IPv4 proxier: completed, 3 service ports synced" in text
    assert "#  OPERATION" in text
    assert "\nLoad balancers\nID " in text
    assert "100.64.0.10" in text


def test_the_table_is_what_the_documented_example_prints():
    """docs/kube-proxy/plan.md shows this command and, as its output, the golden of
    examples/proxy/plan_kube_dns: the CLI and the library call must agree byte for byte."""
    result = winnet("plan", "--cluster", CLUSTER, "--cluster", MOVED, *OVERLAY, "-o", "table")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (EXAMPLES / "proxy" / "plan_kube_dns.output").read_text()


def test_the_output_is_deterministic():
    a = winnet("plan", "--cluster", CLUSTER, "--cluster", MOVED, *OVERLAY)
    b = winnet("plan", "--cluster", CLUSTER, "--cluster", MOVED, *OVERLAY)
    assert a.stdout == b.stdout


# ---- bad input -----------------------------------------------------------------------------------


def test_a_missing_file_is_named():
    assert bad("--cluster", "nope.json", *OVERLAY) == ["nope.json: cannot read: no such file"]


def test_every_problem_of_every_input_is_reported_before_anything_runs(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"apiVersion": "v1", "kind": "List", "items": [')
    lines = bad(
        "--cluster",
        str(broken),
        "--cluster",
        "nope.json",
        "--config",
        "nope.yaml",
        "--hns",
        "nope-hns.json",
        "--node-ip",
        "10.0.0.256",
        "--host-mac",
        "00-15-5D",
    )
    assert len(lines) == 6
    assert lines[0] == f"{broken}: $: not valid JSON: syntax error at byte 48 (line 1)"
    assert lines[1:3] == ["nope.json: cannot read: no such file", "nope.yaml: cannot read: no such file"]
    assert lines[3] == "nope-hns.json: cannot read: no such file"
    assert lines[4] == '--node-ip 10.0.0.256: invalid IP address "10.0.0.256": octet 4 is 256, more than 255'
    assert lines[5] == '--host-mac 00-15-5D: invalid MAC address "00-15-5D": 3 groups, expected 6'


def test_bad_json_names_the_place(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"apiVersion": "v1", "kind": "List", "items": [')
    assert bad("--cluster", str(broken), *OVERLAY) == [
        f"{broken}: $: not valid JSON: syntax error at byte 48 (line 1)"
    ]


def test_a_bad_service_names_its_json_path(tmp_path):
    cluster = json.loads((EXAMPLES / CLUSTER).read_text())
    cluster["items"][0]["spec"]["ports"][1]["port"] = "fifty-three"
    cluster["items"][1]["endpoints"][0]["addresses"] = ["100.96.1.300"]
    path = tmp_path / "cluster.json"
    path.write_text(json.dumps(cluster))
    bad_ip = 'Invalid value: "100.96.1.300"'
    # One line per value at fault: the Service does not hide the EndpointSlice.
    assert bad("--cluster", str(path), *OVERLAY) == [
        f"{path}: $.items[0].spec.ports[1].port: expected an integer from -2147483648 to 2147483647 (int32), "
        'found the string "fifty-three"',
        f"{path}: $.items[1].endpoints[0].addresses[0]: {bad_ip}: must be a valid IPv4 address",
        f"{path}: $.items[1].endpoints[0].addresses[0]: {bad_ip}: must be a valid IP address",
    ]


def test_a_bad_config_names_its_json_path(tmp_path):
    config = tmp_path / "kube-proxy.yaml"
    config.write_text(
        (EXAMPLES / "k8s/data/kube-proxy-overlay.yaml").read_text().replace("100.96.2.2", "100.96.2.256")
    )
    args = [str(config) if a == "k8s/data/kube-proxy-overlay.yaml" else a for a in OVERLAY]
    assert bad("--cluster", CLUSTER, *args) == [
        f'{config}: $.winkernel.sourceVip: Invalid value: "100.96.2.256": must be a valid IP address, '
        "(e.g. 10.9.8.7 or 2001:db8::ffff)"
    ]


def test_a_bad_hns_state_names_its_json_path(tmp_path):
    state = json.loads((EXAMPLES / "proxy/data/hns-overlay.json").read_text())
    state["endpoints"][1]["MacAddress"] = "not-a-mac"
    path = tmp_path / "hns.json"
    path.write_text(json.dumps(state))
    args = [str(path) if a == "proxy/data/hns-overlay.json" else a for a in OVERLAY]
    assert bad("--cluster", CLUSTER, *args) == [
        f'{path}: $.endpoints[1].MacAddress: invalid MAC address "not-a-mac": 3 groups, expected 6'
    ]


@pytest.mark.parametrize(
    ("node_ips", "expected"),
    [
        (
            ["10.0.0.256"],
            '--node-ip 10.0.0.256: invalid IP address "10.0.0.256": octet 4 is 256, more than 255',
        ),
        (
            ["10.0.0.12", "10.0.0.13"],
            "kube-proxy would not start: two node IPs of one family (10.0.0.12 and 10.0.0.13): "
            "a dual-stack node has one of each",
        ),
        (
            ["10.0.0.12", "fd00::12"],
            "kube-proxy would not start: dual-stack is not supported on the overlay network flannel.4096 "
            "(kube-proxy would run single-stack)",
        ),
    ],
    ids=["not_an_ip", "same_family", "dual_stack_overlay"],
)
def test_bad_node_ips_are_refused(node_ips, expected):
    args = [a for a in OVERLAY if a not in ("--node-ip", "10.0.0.12")]
    for ip in node_ips:
        args += ["--node-ip", ip]
    assert bad("--cluster", CLUSTER, *args) == [expected]


def test_a_proxier_that_would_not_start_exits_2_with_its_message(tmp_path):
    config = tmp_path / "kube-proxy.yaml"
    config.write_text(
        "\n".join(
            line
            for line in (EXAMPLES / "k8s/data/kube-proxy-overlay.yaml").read_text().splitlines()
            if "sourceVip" not in line
        )
    )
    args = [str(config) if a == "k8s/data/kube-proxy-overlay.yaml" else a for a in OVERLAY]
    assert bad("--cluster", CLUSTER, *args) == ["kube-proxy would not start: source-vip flag not set"]
    wrong_network = [
        "proxy/data/hns-l2bridge.json" if a == "proxy/data/hns-overlay.json" else a for a in OVERLAY
    ]
    assert bad("--cluster", CLUSTER, *wrong_network) == [
        "kube-proxy would not start: HNS network flannel.4096 not found: kube-proxy would wait for it"
    ]
