"""Run a documented example and compare its standard output with its golden file.

    check_golden.py --golden examples/hns/x.output [--update] -- COMMAND [ARGS...]

Exit 0 when they match. Otherwise print a unified diff (golden -> actual) and the command that
records the new output, and exit 1. With --update, write the output to the golden instead.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--golden", required=True, type=Path)
    parser.add_argument("--update", action="store_true", help="rewrite the golden with the output")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given after --")
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        print(f"{' '.join(command)} exited with {result.returncode}", file=sys.stderr)
        print(result.stderr, file=sys.stderr)
        return 1
    if result.stderr:
        print(
            f"{' '.join(command)} wrote to stderr (examples must print only their output):", file=sys.stderr
        )
        print(result.stderr, file=sys.stderr)
        return 1
    if args.update:
        args.golden.write_text(result.stdout)
        print(f"wrote {args.golden}")
        return 0
    if not args.golden.exists():
        print(f"{args.golden} does not exist: record it with `make goldens`, review it, and commit it.")
        return 1
    expected = args.golden.read_text()
    if result.stdout == expected:
        return 0
    diff = difflib.unified_diff(
        expected.splitlines(keepends=True),
        result.stdout.splitlines(keepends=True),
        fromfile=f"{args.golden} (golden)",
        tofile=f"{' '.join(command)} (actual)",
    )
    sys.stdout.writelines(diff)
    print(
        f"\n{args.golden}: the example's output differs from its golden (diff above).\n"
        "If the new output is right, record it with `make goldens` and commit the diff."
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
