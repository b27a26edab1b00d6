"""`winnet cni`: driven exactly like a CNI plugin binary, with the environment and standard input
only, as a subprocess; the node is the HNS state file WINNET_HNS_STATE names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

NETWORK = (
    '{"Name":"cbr0","Type":"L2Bridge","Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"10.244.1.0/24",'
    '"Routes":[{"NextHop":"10.244.1.1","DestinationPrefix":"0.0.0.0/0"}]}]}],"SchemaVersion":{"Major":2,"Minor":0}}'
)
CONF = json.dumps(
    {
        "cniVersion": "0.4.0",
        "name": "cbr0",
        "type": "win-bridge",
        "apiVersion": 2,
        "ipam": {
            "type": "host-local",
            "subnet": "10.244.1.0/24",
            "rangeStart": "10.244.1.10",
            "rangeEnd": "10.244.1.11",
        },
    }
)


def plugin(env: dict[str, str], stdin: str = "", *args: str) -> subprocess.CompletedProcess:
    """Runs `python -m winnet cni` with only the CNI variables (and what Python needs)."""
    command = [sys.executable]
    if os.environ.get("PYTHONPATH"):
        command.append("-S")
    command += ["-m", "winnet", "cni", *args]
    base = {k: os.environ[k] for k in ("PATH", "PYTHONPATH", "SYSTEMROOT") if k in os.environ}
    return subprocess.run(
        command, input=stdin, capture_output=True, text=True, env={**base, **env}, timeout=120
    )


@pytest.fixture
def state(tmp_path: Path) -> Path:
    path = tmp_path / "hns.json"
    path.write_text('{"version":{"Major":15,"Minor":5},"networks":[' + NETWORK + "]}")
    return path


def call(
    state: Path, command: str, container: str, stdin: str = CONF, **extra: str
) -> subprocess.CompletedProcess:
    env = {
        "CNI_COMMAND": command,
        "CNI_CONTAINERID": container,
        "CNI_NETNS": f"ns-{container}",
        "CNI_IFNAME": "eth0",
        "CNI_PATH": "C:\\opt\\cni\\bin",
        "CNI_ARGS": "IgnoreUnknown=1;K8S_POD_NAMESPACE=default",
        "WINNET_HNS_STATE": str(state),
    }
    env.update(extra)
    return plugin(env, stdin)


def test_a_sequence_of_adds_and_dels_is_replayed_on_the_state_file(state: Path):
    first = call(state, "ADD", "pod1")
    assert first.returncode == 0, first.stdout
    result = json.loads(first.stdout)
    assert result["ips"] == [{"version": "4", "address": "10.244.1.10/24", "gateway": "10.244.1.2"}]
    assert call(state, "ADD", "pod2").returncode == 0
    endpoints = json.loads(state.read_text())["endpoints"]
    assert [e["Name"] for e in endpoints] == ["pod1_cbr0", "pod2_cbr0"]
    assert endpoints[0]["HostComputeNamespace"] == "ns-pod1"
    assert len({e["ID"] for e in endpoints}) == 2
    deleted = call(state, "DEL", "pod1")
    assert (deleted.returncode, deleted.stdout) == (0, "")
    assert call(state, "DEL", "pod1").returncode == 0  # idempotent
    assert [e["Name"] for e in json.loads(state.read_text())["endpoints"]] == ["pod2_cbr0"]
    # The freed address is handed out again.
    assert json.loads(call(state, "ADD", "pod3").stdout)["ips"][0]["address"] == "10.244.1.10/24"


def test_ipam_exhaustion_is_a_spec_shaped_error(state: Path):
    assert call(state, "ADD", "pod1").returncode == 0
    assert call(state, "ADD", "pod2").returncode == 0
    third = call(state, "ADD", "pod3")
    assert third.returncode == 1
    error = json.loads(third.stdout)
    assert error["code"] == 999
    assert error["msg"].endswith("no IP addresses available in range set: 10.244.1.10-10.244.1.11")


@pytest.mark.parametrize(
    ("stdin", "code", "text"),
    [
        ("{not json", 6, "error unmarshall network config"),
        ('{"type":"win-bridge"}', 7, "missing network name"),
        ('{"name":"k8s-pod-network","type":"calico"}', 7, 'unsupported plugin type "calico"'),
        ('{"name":"cbr0","type":"win-bridge","cniVersion":"0.9.9"}', 1, "incompatible CNI versions"),
        ('{"name":"cbr0","type":"win-bridge","apiVersion":"2"}', 999, "failed to load netconf: $.apiVersion"),
    ],
)
def test_malformed_netconfs_and_unknown_types_give_cni_error_codes(
    state: Path, stdin: str, code: int, text: str
):
    out = call(state, "ADD", "pod1", stdin)
    assert out.returncode == 1
    error = json.loads(out.stdout)
    assert error["code"] == code
    assert text in error["msg"]


def test_missing_environment_gives_code_4(state: Path):
    out = plugin({"CNI_COMMAND": "ADD", "WINNET_HNS_STATE": str(state)}, CONF)
    assert out.returncode == 1
    assert json.loads(out.stdout) == {
        "code": 4,
        "msg": "required env variables [CNI_CONTAINERID,CNI_NETNS,CNI_IFNAME,CNI_PATH] missing",
    }
    out = plugin(
        {
            "CNI_COMMAND": "ADD",
            "CNI_CONTAINERID": "a",
            "CNI_NETNS": "n",
            "CNI_IFNAME": "eth0",
            "CNI_PATH": "x",
        },
        CONF,
    )
    assert json.loads(out.stdout)["msg"] == "required env variables [WINNET_HNS_STATE] missing"


def test_version_needs_no_state_and_no_netconf():
    out = plugin({"CNI_COMMAND": "VERSION"}, "", "--plugin", "sdnoverlay")
    assert out.returncode == 0
    assert json.loads(out.stdout) == {
        "cniVersion": "1.0.0",
        "supportedVersions": ["0.2.0", "0.3.0", "0.4.0", "1.0.0"],
    }


def test_flannel_reads_its_subnet_file(tmp_path: Path):
    overlay = (
        '{"Name":"flannel.4096","Type":"Overlay","Policies":[{"Type":"ProviderAddress","Settings":{"ProviderAddress":"192.168.1.21"}}],'
        '"Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"10.244.2.0/24","Routes":[{"NextHop":"10.244.2.1","DestinationPrefix":"0.0.0.0/0"}]}]}]}'
    )
    state = tmp_path / "hns.json"
    state.write_text('{"networks":[' + overlay + "]}")
    subnet = tmp_path / "subnet.env"
    subnet.write_text(
        "FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.2.1/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n"
    )
    conf = {
        "name": "flannel.4096",
        "cniVersion": "0.3.0",
        "type": "flannel",
        "subnetFile": str(subnet),
        "delegate": {"type": "win-overlay", "apiVersion": 2},
    }
    out = call(state, "ADD", "pod1", json.dumps(conf))
    assert out.returncode == 0, out.stdout
    assert json.loads(out.stdout)["interfaces"] == [{"name": "pod1_flannel.4096", "mac": "0E-2A-0a-f4-02-02"}]
    conf["subnetFile"] = str(tmp_path / "missing.env")
    out = call(state, "ADD", "pod2", json.dumps(conf))
    assert out.returncode == 1
    assert "failed to load flannel 'subnet.env' file: open" in json.loads(out.stdout)["msg"]
