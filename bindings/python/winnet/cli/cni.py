"""``winnet cni``: behave like a Windows CNI plugin binary on a simulated node.

The call comes as a container runtime makes it: ``CNI_COMMAND`` (ADD, DEL, CHECK, STATUS,
VERSION), ``CNI_CONTAINERID``, ``CNI_NETNS``, ``CNI_IFNAME``, ``CNI_ARGS`` and ``CNI_PATH`` in the
environment and the netconf on standard input. The plugin is the one the netconf's ``type``
names (win-bridge, win-overlay, sdnbridge, sdnoverlay, nat, or flannel with its delegate), or
``--plugin``. The node is the HNS state file ``WINNET_HNS_STATE`` names: loaded before the call,
saved after it. The result (or the CNI error object) is printed on standard output; the exit
code is 0 on success and 1 after an error, as for a plugin binary.
"""

from __future__ import annotations

import argparse
import os
import sys

from winnet import cni


def register(parser: argparse.ArgumentParser):
    """act as a Windows CNI plugin binary (CNI_* env, netconf on stdin) on the state file WINNET_HNS_STATE"""
    parser.description = __doc__.replace("``", "")
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "--plugin",
        choices=["win-bridge", "win-overlay", "sdnbridge", "sdnoverlay", "nat"],
        help="act as this plugin binary whatever the netconf's type says",
    )
    return run


def run(args: argparse.Namespace) -> int:
    plugin = cni.plugin_type_from_name(args.plugin) if args.plugin else None
    command = os.environ.get("CNI_COMMAND", "")
    stdin_data = "" if command == "VERSION" else sys.stdin.read()
    output = cni.run_on_state_file(os.environ, stdin_data, os.environ.get("WINNET_HNS_STATE"), plugin)
    sys.stdout.write(output.stdout_text)
    sys.stdout.flush()
    return output.exit_code
