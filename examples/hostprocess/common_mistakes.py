"""The mistakes people make with HostProcess pods and what kubectl (or the node) answers
(Python twin of common_mistakes.cpp, reading the YAML manifests)."""

from pathlib import Path

from winnet import hostprocess

manifests_dir = Path(__file__).parent / "manifests"

# --8<-- [start:check]
# In the order the shell expands manifests/mistake-*.yaml.
for path in sorted(manifests_dir.glob("mistake-*.yaml")):
    source = f"manifests/{path.name}"
    for workload in hostprocess.load(path).workloads:
        print(hostprocess.check(workload).report(source), end="")
# --8<-- [end:check]
