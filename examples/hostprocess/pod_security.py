"""A namespace that enforces the baseline Pod Security level meets the kube-proxy DaemonSet and a
HostProcess Pod (Python twin of pod_security.cpp, reading the YAML manifests)."""

from pathlib import Path

from winnet import hostprocess

manifests_dir = Path(__file__).parent / "manifests"

# --8<-- [start:check]
policy = hostprocess.ClusterPolicy(pod_security=hostprocess.PodSecurityLevel.BASELINE)
for name in ["kube-proxy.yaml", "hostprocess-pod.yaml"]:
    for workload in hostprocess.load(manifests_dir / name).workloads:
        print(hostprocess.check(workload, policy).report(f"manifests/{name}"), end="")
# --8<-- [end:check]
