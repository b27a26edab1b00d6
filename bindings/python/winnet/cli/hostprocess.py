"""``winnet hostprocess check FILE...``: what the cluster says to Pods and workloads with Windows
HostProcess containers, and what they get on the node.

Each object is judged as ``kubectl apply -f FILE`` would meet it: the API server's validation,
then Pod Security admission, then the Windows node. Problems are printed as kubectl and the node
print them, prefixed by the file; ``--explain`` adds the runtime view of accepted objects. Exit
0 when every object would run, 1 when any would not, 2 when a file cannot be read or holds no
Kubernetes Pod or workload (one line per problem on standard error).
"""

from __future__ import annotations

import argparse
import sys

from winnet import hostprocess as hp

LEVELS = {
    "privileged": hp.PodSecurityLevel.PRIVILEGED,
    "baseline": hp.PodSecurityLevel.BASELINE,
    "restricted": hp.PodSecurityLevel.RESTRICTED,
}


def _boolean(text: str) -> bool:
    value = text.strip().lower()
    if value in ("true", "1"):
        return True
    if value in ("false", "0"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, found {text!r}")


def register(parser: argparse.ArgumentParser):
    """check Pods and workloads with Windows HostProcess containers as a cluster would"""
    sub = parser.add_subparsers(dest="hostprocess_command", metavar="SUBCOMMAND")
    sub.required = True
    check = sub.add_parser(
        "check",
        help="check manifests (YAML or JSON, several documents per file)",
        description=__doc__.replace("``", ""),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="manifest files; - reads standard input")
    check.add_argument(
        "--explain", action="store_true", help="print the runtime view of every object the cluster accepts"
    )
    check.add_argument(
        "--allow-privileged",
        type=_boolean,
        default=True,
        metavar="BOOL",
        help="kube-apiserver's --allow-privileged (default true, as kubeadm sets it)",
    )
    check.add_argument(
        "--pod-security",
        choices=sorted(LEVELS),
        default="privileged",
        help="the Pod Security level the namespace enforces (default privileged)",
    )
    check.add_argument(
        "--node-cpus",
        type=int,
        default=4,
        metavar="N",
        help="the node's logical processors, for the CPU rate of limits in --explain (default 4)",
    )
    return run


def run(args: argparse.Namespace) -> int:
    policy = hp.ClusterPolicy(allow_privileged=args.allow_privileged, pod_security=LEVELS[args.pod_security])
    options = hp.RuntimeOptions(node_cpus=max(args.node_cpus, 1))
    bad_input = False
    problems = False
    for path in args.files:
        try:
            manifests = hp.load(path)
        except hp.ManifestError as e:
            print(e, file=sys.stderr)
            bad_input = True
            continue
        if not manifests.workloads:
            found = f" (found {', '.join(manifests.skipped)})" if manifests.skipped else ""
            print(
                f"{path}: no Pod, Deployment, DaemonSet, StatefulSet, ReplicaSet, Job or CronJob{found}",
                file=sys.stderr,
            )
            bad_input = True
            continue
        for workload in manifests.workloads:
            result = hp.check(workload, policy)
            sys.stdout.write(result.report(path))
            if args.explain and result.accepted():
                sys.stdout.write(hp.explain(workload, options).to_text())
            problems = problems or not result.ok()
    sys.stdout.flush()
    if bad_input:
        return 2
    return 1 if problems else 0
