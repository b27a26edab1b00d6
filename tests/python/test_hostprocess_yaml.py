"""Loading HostProcess manifests from YAML: documents, JSON, and hostile input (alias bombs,
recursive aliases, deep nesting, huge files, wrong types, binary) always end in a one-line
ManifestError, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from winnet import hostprocess as hp

ROOT = Path(__file__).resolve().parents[2]
MANIFESTS = ROOT / "examples" / "hostprocess" / "manifests"

POD = """\
apiVersion: v1
kind: Pod
metadata:
  name: hpc
spec:
  hostNetwork: true
  securityContext:
    windowsOptions:
      hostProcess: true
      runAsUserName: "NT AUTHORITY\\\\SYSTEM"
  containers:
    - name: a
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
"""


def error_of(text: str, **limits) -> str:
    with pytest.raises(hp.ManifestError) as e:
        hp.read_yaml(text, "m.yaml", **limits)
    message = str(e.value)
    assert "\n" not in message
    return message


def test_a_multi_document_file_is_read_in_order_and_other_kinds_are_skipped():
    text = (
        "---\n"
        + POD
        + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n\n---\n"
        + POD.replace("name: hpc", "name: second")
    )
    m = hp.read_yaml(text)
    assert [w.name for w in m.workloads] == ["hpc", "second"]
    assert m.skipped == ("ConfigMap c",)
    assert m.workloads[0].spec.security_context.windows_options.run_as_user_name == "NT AUTHORITY\\SYSTEM"


def test_json_text_is_read_as_json():
    m = hp.read_yaml(json.dumps({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "j"}, "spec": {}}))
    assert m.workloads[0].name == "j"
    assert error_of('{"apiVersion": ') == "m.yaml: $: not valid JSON: syntax error at byte 16"


def test_every_yaml_manifest_of_the_examples_equals_its_json_form():
    yamls = sorted(MANIFESTS.glob("*.yaml"))
    assert len(yamls) >= 10
    for path in yamls:
        from_yaml = hp.load(path).workloads
        from_json = hp.read_manifests(path.with_suffix(".json").read_text()).workloads
        for w in from_yaml + from_json:
            w.document_path = "$"  # a List's items are at $.items[i], YAML documents at $
        assert from_yaml == from_json, path.name
        assert hp.load(path).skipped == hp.read_manifests(path.with_suffix(".json").read_text()).skipped


def test_yaml_anchors_and_merge_keys_work_as_kubectl_reads_them():
    text = """\
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostNetwork: true
  securityContext: &sc
    windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}
  containers:
    - &c {name: a, image: x, securityContext: *sc}
    - <<: *c
      name: b
"""
    (w,) = hp.read_yaml(text).workloads
    assert [c.name for c in w.spec.containers] == ["a", "b"]
    assert w.spec.containers[1].image == "x"


def test_timestamps_stay_strings():
    (w,) = hp.read_yaml(
        POD.replace("metadata:\n", "metadata:\n  annotations: {built: 2024-05-01}\n")
    ).workloads
    assert w.pod_annotations["built"] == "2024-05-01"


def test_a_billion_laughs_document_is_refused_before_it_is_expanded():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 10):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 10)}]")
    lines.append("apiVersion: v1\nkind: Pod\nspec: {containers: *a9}")
    assert (
        error_of("\n".join(lines))
        == "m.yaml: document 1: more than 1000000 values once YAML aliases are expanded"
    )


def test_a_recursive_alias_is_refused():
    assert (
        error_of("a: &a [*a]\n") == "m.yaml: document 1: a YAML alias refers to a collection that contains it"
    )


def test_deep_nesting_is_refused():
    flow = "a: " + "[" * 150 + "]" * 150 + "\n"
    assert error_of(flow) == "m.yaml: document 1: nested deeper than 100 levels"
    very_deep = "a: " + "[" * 5000 + "]" * 5000 + "\n"
    assert error_of(very_deep).startswith("m.yaml: document 1: nested too deeply to parse")
    block = "".join("  " * i + f"k{i}:\n" for i in range(120)) + "  " * 120 + "v\n"
    assert error_of(block) == "m.yaml: document 1: nested deeper than 100 levels"
    assert error_of('{"a":' * 300 + "1" + "}" * 300) == (
        "m.yaml: $: nested deeper than 256 levels; Kubernetes objects are far shallower"
    )


def test_huge_input_is_refused(tmp_path):
    assert (
        error_of("a: " + "x" * 2000, max_bytes=1000)
        == "m.yaml: larger than 1000 bytes; Kubernetes objects are far smaller"
    )
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (hp.MAX_BYTES + 10))
    with pytest.raises(hp.ManifestError, match="larger than 16 MiB"):
        hp.load(big)


def test_non_kubernetes_yaml_is_refused_with_what_is_missing():
    assert (
        error_of("name: x\nvalue: 1\n")
        == "m.yaml: document 1: $: not a Kubernetes object: apiVersion and kind not set"
    )
    assert (
        error_of("- a\n- b\n")
        == "m.yaml: document 1: $: expected an object (Kubernetes object), found an array"
    )
    assert error_of("just text\n") == (
        'm.yaml: document 1: $: expected an object (Kubernetes object), found the string "just text"'
    )
    assert (
        error_of(POD + "---\nkind: Pod\n")
        == "m.yaml: document 2: $: not a Kubernetes object: apiVersion not set"
    )


def test_wrong_types_are_refused_at_their_path():
    assert error_of(POD.replace("hostNetwork: true", "hostNetwork: maybe")) == (
        'm.yaml: document 1: $.spec.hostNetwork: expected true or false, found the string "maybe"'
    )
    assert error_of(POD.replace("hostProcess: true", "hostProcess: 'true'")) == (
        "m.yaml: document 1: $.spec.securityContext.windowsOptions.hostProcess: expected true or false, "
        'found the string "true"'
    )
    assert error_of(POD.replace("containers:", "containers: 7\n  x:")) == (
        "m.yaml: document 1: $.spec.containers: expected an array, found the number 7"
    )


def test_values_json_cannot_carry_are_refused():
    assert error_of("a: !!binary aGVsbG8=\n").startswith("m.yaml: document 1: not representable as JSON")
    assert error_of("a: .nan\n").startswith("m.yaml: document 1: not representable as JSON")
    assert error_of("a: !!set {x}\n").startswith("m.yaml: document 1: not representable as JSON")


def test_invalid_yaml_names_line_and_column():
    assert error_of("a: [1, 2\nb: 3\n").startswith("m.yaml: line ")
    assert "not YAML" in error_of("a: b: c\n")
    assert "not YAML" in error_of("a: !!python/object:os.system x\n")


def test_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(hp.ManifestError) as e:
        hp.load(tmp_path / "missing.yaml")
    assert str(e.value) == f"{tmp_path / 'missing.yaml'}: cannot read: No such file or directory"
    with pytest.raises(hp.ManifestError, match="cannot read: Is a directory"):
        hp.load(tmp_path)
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"apiVersion: v1\nkind: \xff\xfe\n")
    with pytest.raises(hp.ManifestError, match="not UTF-8 text"):
        hp.load(binary)


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + POD.encode())
    assert hp.load(path).workloads[0].name == "hpc"
