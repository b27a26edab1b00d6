"""Calico's Windows node agent as a HostProcess DaemonSet: what each of its containers gets on
the node (Python twin of calico_node.cpp, reading the YAML manifest)."""

from pathlib import Path

from winnet import hostprocess

manifests_dir = Path(__file__).parent / "manifests"

# --8<-- [start:explain]
# The ConfigMap in the same file is skipped: only Pods and workloads are checked.
manifests = hostprocess.load(manifests_dir / "calico-node.yaml")
for workload in manifests.workloads:
    result = hostprocess.check(workload)
    print(result.report("manifests/calico-node.yaml"), end="")
    if result.accepted():
        options = hostprocess.RuntimeOptions(node_cpus=4)  # turns the 500m CPU limit into a job CPU rate
        print(hostprocess.explain(workload, options).to_text(), end="")
# --8<-- [end:explain]
