"""The ``winnet`` command line: ``winnet <command> ...`` and ``python -m winnet <command> ...``.

Each command lives in its own module of this package and registers itself in ``COMMANDS`` with
a function that adds its arguments to an argparse sub-parser and returns the function that runs
it. Exit codes: 0 success, 1 the command found problems (for example an invalid manifest), 2 bad
input (an unreadable file, a malformed document: one line per problem naming file and place).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

# command name -> module under winnet.cli that defines `register(subparser) -> run(args) -> int`
COMMANDS: dict[str, str] = {"cni": "cni", "hostprocess": "hostprocess", "plan": "plan"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="winnet",
        description="Windows Kubernetes networking from the command line: the dataplane as the "
        "Windows kube-proxy, the CNI plugins and HNS see it.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, module in sorted(COMMANDS.items()):
        register: Callable = importlib.import_module(f"winnet.cli.{module}").register
        command = sub.add_parser(name, help=register.__doc__)
        command.set_defaults(run=register(command))
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except BrokenPipeError:  # `winnet ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
