"""The notebooks in docs/notebooks/: run them, check they are stored clean, and test them the way
a notebook user installs winnet (`make notebooks`, a stage of `make test`).

    notebooks.py run [NOTEBOOK...]   execute each notebook (all of docs/notebooks/ by default) in a
                                     kernel of this interpreter; any error fails, naming the cell
    notebooks.py check-clean         fail when a committed notebook has outputs or execution counts
    notebooks.py fresh-venv          a fresh venv (build/notebook-venv), winnet installed into it
                                     from a wheel of this checkout, then `import winnet` and
                                     `run` there: what `pip install .` gives a user

Notebooks are stored without outputs (check-clean), executed against the built module here and
in the site build (site/hooks/winnet_docs.py uses `execute`), and shown with their outputs on the
site. A kernel is always this interpreter (`sys.executable`), never a kernelspec found elsewhere
on the machine, so the notebooks see the winnet this interpreter imports.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "docs" / "notebooks"
CELL_TIMEOUT = 120  # seconds for one cell
NOTEBOOK_TIMEOUT = 300  # seconds for a whole notebook, kernel start included
# What winnet (PyYAML) and a notebook kernel need: the packages of requirements/dev.lock below these
# (with everything they depend on), installed hash-checked into the fresh venv.
KERNEL_PACKAGES = ("pyyaml", "ipykernel", "nbclient", "nbformat", "matplotlib")
VENV = ROOT / "build" / "notebook-venv"
WHEEL_DIST = ROOT / "build" / "notebook-dist"
ANSI_RE = re.compile(r"\x1b\[[0-9;]*m")


def notebooks() -> list[Path]:
    return sorted(NOTEBOOKS.glob("*.ipynb"))


# ---- run --------------------------------------------------------------------------------------------


class NotebookError(Exception):
    """A notebook that did not run to its end: the message names the notebook, the cell and the error."""


def execute(path: Path, timeout: int = NOTEBOOK_TIMEOUT, cell_timeout: int = CELL_TIMEOUT):
    """The notebook at `path` executed top to bottom in a fresh kernel of this interpreter, with
    its folder as the working directory (as in JupyterLab). Raises NotebookError."""
    import nbformat
    from jupyter_client.kernelspec import KernelSpec
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=cell_timeout,
        allow_errors=False,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    # This interpreter, whatever kernelspecs the machine has; talking to it over a Unix socket in
    # a folder of its own (no TCP port, so nothing to warn about or to collide with).
    runtime = Path(tempfile.mkdtemp(prefix="winnet-kernel-"))
    km = client.create_kernel_manager()  # owned by the client: shut down when execute() ends
    km.transport = "ipc"
    km.ip = str(runtime / "kernel")
    km._kernel_spec = KernelSpec(
        argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        display_name="Python 3 (ipykernel)",
        language="python",
    )

    def too_long(signum, frame):
        raise TimeoutError(f"{timeout} s")

    # A whole-notebook limit needs SIGALRM, which only the main thread can handle; elsewhere (a
    # server's worker thread) the per-cell timeout still applies.
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGALRM, too_long) if main else None
    if main:
        signal.alarm(timeout)
    try:
        client.execute()
    except CellExecutionError as e:
        cell = _failing_cell(nb)
        raise NotebookError(f"{_rel(path)}: {cell}: {ANSI_RE.sub('', str(e)).strip()}") from None
    except CellTimeoutError:
        cell = _failing_cell(nb)
        raise NotebookError(f"{_rel(path)}: {cell}: took more than {cell_timeout} s") from None
    except TimeoutError:
        raise NotebookError(f"{_rel(path)}: the notebook took more than {timeout} s") from None
    finally:
        if main:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        shutil.rmtree(runtime, ignore_errors=True)
    return nb


def _failing_cell(nb) -> str:
    """'cell 4 (code cell 3)': the last cell that ran, counting all cells and code cells from 1."""
    code = 0
    last = "the first cell"
    for n, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        code += 1
        if cell.get("execution_count") is None and not cell.get("outputs"):
            break
        last = f"cell {n} (code cell {code})"
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            break
    return last


def _rel(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def run(paths: list[Path], junit: Path | None = None) -> int:
    failed = 0
    cases = []
    for path in paths:
        t0 = time.monotonic()
        try:
            execute(path)
        except NotebookError as e:
            failed += 1
            print(f"FAIL {e}\n", flush=True)
            cases.append((path, time.monotonic() - t0, str(e)))
        else:
            print(f"ok   {_rel(path)} ({time.monotonic() - t0:.1f} s)", flush=True)
            cases.append((path, time.monotonic() - t0, None))
    print(f"{len(paths) - failed} notebooks ran, {failed} failed")
    if junit:
        write_junit(junit, cases)
    return 1 if failed else 0


def write_junit(path: Path, cases) -> None:
    """One JUnit test case per notebook (scripts/summarize_tests.py counts them)."""
    import xml.etree.ElementTree as ET

    failures = sum(1 for *_, error in cases if error)
    suite = ET.Element("testsuite", name="notebooks", tests=str(len(cases)), failures=str(failures))
    for nb, seconds, error in cases:
        case = ET.SubElement(suite, "testcase", classname="notebooks", name=_rel(nb), time=f"{seconds:.1f}")
        if error:
            ET.SubElement(case, "failure", message=error.splitlines()[0]).text = error
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suite).write(path, encoding="unicode", xml_declaration=True)


# ---- check-clean --------------------------------------------------------------------------------


def problems_of_stored(path: Path) -> list[str]:
    """Why the stored notebook is not clean: outputs or execution counts left in it."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    out = []
    for n, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        if cell.get("outputs"):
            out.append(f"{_rel(path)}: cell {n} has outputs")
        if cell.get("execution_count") is not None:
            out.append(f"{_rel(path)}: cell {n} has an execution count")
    return out


def check_clean(paths: list[Path]) -> int:
    problems = [p for path in paths for p in problems_of_stored(path)]
    for p in problems:
        print(f"{p}. Fix: clear the outputs (JupyterLab: Edit > Clear Outputs of All Cells) and save")
    return 1 if problems else 0


# ---- fresh-venv ---------------------------------------------------------------------------------


def kernel_requirements(lock: Path, roots=KERNEL_PACKAGES) -> str:
    """The entries of the pip-compile lock that `roots` need (themselves and what they depend on,
    by the lock's `# via` notes), with their hashes, as a requirements file."""
    blocks: dict[str, list[str]] = {}
    via: dict[str, set[str]] = {}
    name = None
    for line in lock.read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", line)
        if m:
            name = m[1].lower()
            blocks[name] = [line]
            via[name] = set()
            continue
        if name is None:
            continue
        if line.startswith("    --hash") or line.startswith("    # "):
            blocks[name].append(line)
            parent = re.match(r"^    #\s+(?:via\s+)?([A-Za-z0-9][A-Za-z0-9._-]*)\s*$", line)
            if parent:
                via[name].add(parent[1].lower())
    wanted = {r.lower() for r in roots}
    missing = wanted - set(blocks)
    if missing:
        raise SystemExit(f"{lock}: no entry for {', '.join(sorted(missing))}")
    changed = True
    while changed:
        changed = False
        for pkg, parents in via.items():
            if pkg not in wanted and parents & wanted:
                wanted.add(pkg)
                changed = True
    return "\n".join(line for pkg in sorted(wanted) for line in blocks[pkg]) + "\n"


def step(what: str, *cmd, **kw) -> float:
    t0 = time.monotonic()
    print(f"--- {what}", flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kw)
    return time.monotonic() - t0


def fresh_venv(paths: list[Path], junit: Path | None = None) -> int:
    """See the module's docstring. The wheel is built by the project's .venv in the build folder
    of the editable install (pyproject's build-dir, with the same CMake options), so the C++ that
    `make python` compiled is not compiled again; the venv itself is new every time."""
    py = Path(sys.executable)
    times = {}
    shutil.rmtree(WHEEL_DIST, ignore_errors=True)
    times["wheel"] = step(
        "build the winnet wheel (scikit-build-core, reusing the editable build's build/python)",
        py, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "--disable-pip-version-check",
        "-q", "-w", WHEEL_DIST, "-Ccmake.define.WINNET_WARNINGS_AS_ERRORS=ON", ".",
    )  # fmt: skip
    wheels = sorted(WHEEL_DIST.glob("winnet-*.whl"))
    if len(wheels) != 1:
        print(f"expected one wheel in {WHEEL_DIST}, found {wheels}")
        return 1
    # The old venv (17,000 files) is moved aside and deleted in the background: deleting it
    # took up to a minute on a busy machine, for nothing the test needs to wait for.
    if VENV.exists():
        trash = VENV.with_name(f"{VENV.name}.old-{os.getpid()}")
        VENV.rename(trash)
    for old in VENV.parent.glob(f"{VENV.name}.old-*"):
        subprocess.Popen(["rm", "-rf", str(old)], start_new_session=True)
    times["venv"] = step(f"a fresh venv in {_rel(VENV)}", py_base(), "-m", "venv", VENV)
    vpy = VENV / "bin" / "python"
    requirements = VENV / "kernel-requirements.txt"
    requirements.write_text(kernel_requirements(ROOT / "requirements" / "dev.lock"))
    times["kernel"] = step(
        "the kernel's packages (ipykernel, nbclient, matplotlib), pinned and hash-checked",
        vpy, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-compile", "--require-hashes",
        "--no-deps", "-r", requirements,
    )  # fmt: skip
    times["install"] = step(
        "pip install the wheel (and its dependencies)",
        vpy, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-compile", wheels[0],
    )  # fmt: skip
    # The installed package, not this checkout: run from the venv's folder with an empty path.
    times["import"] = step(
        "import winnet",
        vpy, "-I", "-c", "import winnet, winnet.hns, winnet.k8s; print('winnet', winnet.__version__, "
        "'from', winnet.__file__)",
    )  # fmt: skip
    t0 = time.monotonic()
    print("--- the notebooks, in a kernel of the fresh venv", flush=True)
    junit_args = ["--junit", str(junit.resolve())] if junit else []
    status = subprocess.run([vpy, "-I", __file__, "run", *junit_args, *map(str, paths)]).returncode
    times["notebooks"] = time.monotonic() - t0
    print("times: " + ", ".join(f"{k} {v:.0f} s" for k, v in times.items()))
    return status


def py_base() -> str:
    """The interpreter the .venv was made from (a venv is made from a base Python)."""
    return getattr(sys, "_base_executable", None) or sys.executable


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["run", "check-clean", "fresh-venv"])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: docs/notebooks/*.ipynb")
    parser.add_argument("--junit", type=Path, help="run, fresh-venv: write a JUnit report here")
    args = parser.parse_intermixed_args()  # options may come after the notebooks, or before
    paths = [p.resolve() for p in args.notebooks] or notebooks()
    if not paths:
        print("no notebooks in docs/notebooks/")
        return 0
    if args.command == "check-clean":
        return check_clean(paths)
    return {"run": run, "fresh-venv": fresh_venv}[args.command](paths, args.junit)


if __name__ == "__main__":
    sys.exit(main())
