"""The Windows kube-proxy HostProcess DaemonSet, checked as a kubeadm cluster would check it, and
what its container gets on the node (Python twin of kube_proxy.cpp, reading the YAML manifest)."""

from pathlib import Path

from winnet import hostprocess

manifests_dir = Path(__file__).parent / "manifests"

# --8<-- [start:check]
manifests = hostprocess.load(manifests_dir / "kube-proxy.yaml")
for workload in manifests.workloads:
    # The default policy is kubeadm's: --allow-privileged=true, Pod Security "privileged".
    result = hostprocess.check(workload)
    print(result.report("manifests/kube-proxy.yaml"), end="")
    if result.accepted():
        print(hostprocess.explain(workload).to_text(), end="")
# --8<-- [end:check]
