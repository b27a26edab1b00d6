"""``winnet plan``: what the Windows kube-proxy would ask HNS for on a node, given the cluster.

kube-proxy starts on a simulated copy of the node's HNS (``--hns``; it deletes every load balancer
on the host first), then each ``--cluster`` file is applied in turn as the cluster's new state and
followed by one sync. The output lists, for the start-up and each sync, the HNS calls made (with
the documents sent), their counts and, after each sync, the endpoints and load balancers HNS
holds. ``-o json`` prints HCN objects exactly as hcsshim marshals them.

Inputs: ``--cluster`` what ``kubectl get services,endpointslices -A -o json`` prints (a v1 List,
single objects or watch-event lines; YAML by the .yaml/.yml suffix); ``--config`` a
KubeProxyConfiguration (YAML or JSON); ``--hns`` the node's HNS state
(``{"version":{...},"networks":[...],"endpoints":[...],"loadBalancers":[...]}``); ``--node-ip``
the node's IP (twice, one per family, for a dual-stack node); ``--host-mac`` the MAC address of
the node's network adapter.

Every input is read and checked before anything runs. Exit 0 on success; 2 on bad input (one line
per problem on standard error: file, JSON path, what was expected) or when kube-proxy would not
start on that node (its message), with nothing on standard output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from winnet import Error, JsonError, ParseError, hns, k8s, net, proxy
from winnet.k8s import _yaml_to_json

_YAML_SUFFIXES = (".yaml", ".yml")


def register(parser: argparse.ArgumentParser):
    """what the Windows kube-proxy would ask HNS for on a node, given the cluster"""
    parser.description = __doc__.replace("``", "")
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "--cluster",
        action="append",
        required=True,
        metavar="FILE",
        help="the cluster's Services and EndpointSlices (kubectl get ... -o json); repeat for each new state",
    )
    parser.add_argument(
        "--config", required=True, metavar="FILE", help="the KubeProxyConfiguration (YAML or JSON)"
    )
    parser.add_argument(
        "--hns", required=True, metavar="FILE", help="the node's HNS state before kube-proxy starts (JSON)"
    )
    parser.add_argument(
        "--node-ip",
        action="append",
        required=True,
        metavar="IP",
        help="the node's IP; give one of each family for a dual-stack node",
    )
    parser.add_argument(
        "--host-mac",
        required=True,
        metavar="MAC",
        help="the MAC address of the node's network adapter (00-15-5D-...)",
    )
    parser.add_argument(
        "-o", "--output", choices=("json", "table"), default="json", help="output format (default json)"
    )
    return run


def _read(path: str, problems: list[str]) -> str | None:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(f"{path}: cannot read: no such file")
    except IsADirectoryError:
        problems.append(f"{path}: cannot read: is a directory")
    except UnicodeDecodeError:
        problems.append(f"{path}: cannot read: not UTF-8 text")
    except OSError as e:
        problems.append(f"{path}: cannot read: {e.strerror or e}")
    return None


def _is_yaml(path: str) -> bool:
    return Path(path).suffix.lower() in _YAML_SUFFIXES


def _cluster(path: str, problems: list[str]) -> k8s.ClusterState | None:
    text = _read(path, problems)
    if text is None:
        return None
    if _is_yaml(path):
        try:
            text = _yaml_to_json(text)
        except JsonError as e:
            problems.append(f"{path}: {e.path}: {e.problem}")
            return None
    found = k8s.ClusterState.check_json(text)
    if found:
        problems.extend(f"{path}: {where}: {what}" for where, what in found)
        return None
    return k8s.ClusterState.from_json(text)


def _config(path: str, problems: list[str]) -> k8s.KubeProxyConfiguration | None:
    text = _read(path, problems)
    if text is None:
        return None
    try:
        if _is_yaml(path) or not text.lstrip().startswith("{"):
            return k8s.KubeProxyConfiguration.from_yaml(text)
        return k8s.KubeProxyConfiguration.from_json(text)
    except JsonError as e:
        problems.append(f"{path}: {e.path}: {e.problem}")
    return None


def _hns_state(path: str, problems: list[str]) -> hns.HnsState | None:
    text = _read(path, problems)
    if text is None:
        return None
    try:
        return hns.HnsState.from_json(text)
    except JsonError as e:
        problems.append(f"{path}: {e.path}: {e.problem}")
    return None


def _parsed(parse, flag: str, text: str, problems: list[str]):
    try:
        return parse(text)
    except ParseError as e:
        problems.append(f"{flag} {text}: {e}")
    return None


def run(args: argparse.Namespace) -> int:
    problems: list[str] = []
    clusters = [_cluster(path, problems) for path in args.cluster]
    config = _config(args.config, problems)
    state = _hns_state(args.hns, problems)
    node_ips = [_parsed(net.IpAddress.parse, "--node-ip", ip, problems) for ip in args.node_ip]
    host_mac = _parsed(net.MacAddress.parse, "--host-mac", args.host_mac, problems)
    if problems:
        for line in problems:
            print(line, file=sys.stderr)
        return 2
    try:
        result = proxy.plan(
            clusters=clusters, config=config, hns_state=state, node_ips=node_ips, host_mac=host_mac
        )
    except proxy.ProxierError as e:
        print(f"kube-proxy would not start: {e}", file=sys.stderr)
        return 2
    except Error as e:  # anything else the library refuses is bad input too, never a traceback
        print(f"winnet plan: {e}", file=sys.stderr)
        return 2
    sys.stdout.write(result.to_json() + "\n" if args.output == "json" else result.to_table())
    sys.stdout.flush()
    return 0
