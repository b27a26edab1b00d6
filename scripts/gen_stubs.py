"""Generate the .pyi stubs of winnet._winnet with pybind11-stubgen, or check them.

    gen_stubs.py --write   regenerate bindings/python/winnet/_winnet/*.pyi
    gen_stubs.py --check   exit 1 with a diff when the committed stubs differ from the module

Stubs are generated from the built module (import winnet), so a changed binding without
regenerated stubs is caught by `make test`.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STUBS = ROOT / "bindings" / "python" / "winnet" / "_winnet"


def enum_locations() -> list[str]:
    """`Name:module` for every enum of the module, so defaults like <Protocol.TCP: 6> resolve."""
    import enum

    import winnet._winnet as core

    out = []
    for module in [core, *(v for v in vars(core).values() if type(v) is type(core))]:
        for name, value in sorted(vars(module).items()):
            if isinstance(value, type) and issubclass(value, enum.Enum):
                out += ["--enum-class-locations", f"{name}:{module.__name__}"]
    return out


def generate(out_dir: Path) -> dict[str, str]:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pybind11_stubgen",
            "--exit-code",
            *enum_locations(),
            "--output-dir",
            str(out_dir),
            "winnet._winnet",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--quiet",
            "--config",
            str(ROOT / "pyproject.toml"),
            str(out_dir),
        ],
        check=True,
    )
    generated = out_dir / "winnet" / "_winnet"
    return {p.name: p.read_text() for p in sorted(generated.glob("*.pyi"))}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        try:
            fresh = generate(Path(tmp))
        except subprocess.CalledProcessError as e:
            print(f"pybind11-stubgen failed:\n{e.stdout}\n{e.stderr}", file=sys.stderr)
            return 1
    committed = {p.name: p.read_text() for p in sorted(STUBS.glob("*.pyi"))}
    if args.write:
        STUBS.mkdir(parents=True, exist_ok=True)
        for stale in set(committed) - set(fresh):
            (STUBS / stale).unlink()
        for name, text in fresh.items():
            (STUBS / name).write_text(text)
        print(f"wrote {len(fresh)} stubs to {STUBS.relative_to(ROOT)}")
        return 0
    if committed == fresh:
        return 0
    for name in sorted(set(committed) | set(fresh)):
        old, new = committed.get(name, ""), fresh.get(name, "")
        if old != new:
            sys.stdout.writelines(
                difflib.unified_diff(
                    old.splitlines(keepends=True),
                    new.splitlines(keepends=True),
                    fromfile=f"committed {name}",
                    tofile=f"module {name}",
                )
            )
    print(
        f"\nThe stubs in {STUBS.relative_to(ROOT)} differ from the built module: run `make stubs` and commit."
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
