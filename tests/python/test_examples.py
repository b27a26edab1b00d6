"""Every documented example: the Python twin prints exactly the golden the C++ example prints."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
CPP = sorted(p for p in EXAMPLES.glob("*/*.cpp") if p.parent.name != "node-daemon")
# Modules whose name starts with "_" are shared by the examples of a topic, not examples.
PY = sorted(p for p in EXAMPLES.glob("*/*.py") if not p.name.startswith("_"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def test_examples_exist():
    assert CPP, "no examples found"


@pytest.mark.parametrize("cpp", CPP, ids=_id)
def test_every_cpp_example_has_a_python_twin_and_a_golden(cpp: Path):
    assert cpp.with_suffix(".py").exists(), f"{cpp.relative_to(ROOT)} has no Python twin {cpp.stem}.py"
    assert cpp.with_suffix(".output").exists(), (
        f"{cpp.relative_to(ROOT)} has no golden {cpp.stem}.output: run `make goldens`"
    )


@pytest.mark.parametrize("example", PY, ids=_id)
def test_python_example_prints_its_golden(example: Path):
    golden = example.with_suffix(".output")
    assert golden.exists(), f"{example.relative_to(ROOT)} has no golden: run `make goldens`"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "check_golden.py"),
            "--golden",
            str(golden),
            "--",
            sys.executable,
            str(example),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
