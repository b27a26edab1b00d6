"""The notebooks in docs/notebooks/: stored clean, and run so that a failure names its cell.

Every notebook is executed in a fresh venv by `make notebooks` (a stage of `make test`) and at
site build; these tests check the machinery and the committed files."""

import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import notebooks  # noqa: E402

COMMITTED = notebooks.notebooks()


def write(tmp_path, *cells, name="nb.ipynb"):
    path = tmp_path / name
    nbformat.write(new_notebook(cells=list(cells)), path)
    return path


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.name)
def test_committed_notebooks_are_stored_without_outputs_or_execution_counts(path):
    assert notebooks.problems_of_stored(path) == []


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.name)
def test_committed_notebooks_start_with_a_title_and_read_only_files_next_to_them(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    for cell in nb.cells:
        for name in re.findall(r"""["'](data/[^"']+)["']""", cell.source):
            assert (path.parent / name).is_file(), (
                f"{path.name} reads {name}, which is not in docs/notebooks/"
            )


def test_docs_notebooks_has_notebooks():
    assert COMMITTED, "docs/notebooks/ has no notebook"


def test_a_stored_notebook_with_outputs_or_counts_is_reported(tmp_path):
    cell = new_code_cell("1 + 1", execution_count=3)
    cell.outputs = [new_output("execute_result", {"text/plain": "2"}, execution_count=3)]
    path = write(tmp_path, new_markdown_cell("# t"), cell)
    assert notebooks.problems_of_stored(path) == [
        f"{path}: cell 2 has outputs",
        f"{path}: cell 2 has an execution count",
    ]
    assert notebooks.check_clean([path]) == 1


def test_a_notebook_runs_in_its_folder_against_this_interpreter(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "x.txt").write_text("42")
    path = write(
        tmp_path,
        new_code_cell("import sys, winnet\nfrom pathlib import Path"),
        new_code_cell("print(Path('data/x.txt').read_text(), sys.executable)"),
    )
    nb = notebooks.execute(path)
    assert nb.cells[1].outputs[0]["text"].split() == ["42", sys.executable]


def test_an_error_fails_the_notebook_naming_the_cell_and_the_error(tmp_path):
    path = write(
        tmp_path,
        new_markdown_cell("# t"),
        new_code_cell("x = 1"),
        new_code_cell("from winnet import net\nnet.IpAddress('nope')"),
    )
    with pytest.raises(notebooks.NotebookError) as e:
        notebooks.execute(path)
    message = str(e.value)
    assert message.startswith(f"{path}: cell 3 (code cell 2): ")
    assert "ParseError" in message and "nope" in message
    assert "\x1b[" not in message  # no terminal colours


def test_a_cell_that_takes_too_long_fails_with_a_timeout(tmp_path):
    path = write(tmp_path, new_code_cell("import time; time.sleep(30)"))
    with pytest.raises(notebooks.NotebookError, match=r"cell 1 \(code cell 1\): took more than 1 s"):
        notebooks.execute(path, cell_timeout=1)


def test_the_fresh_venv_gets_the_kernel_packages_of_the_lock_with_their_hashes():
    text = notebooks.kernel_requirements(ROOT / "requirements" / "dev.lock")
    names = {line.split("==")[0] for line in text.splitlines() if "==" in line}
    assert {"pyyaml", "ipykernel", "nbclient", "nbformat", "matplotlib", "jupyter-client", "pyzmq"} <= names
    assert not names & {"mkdocs", "sphinx", "ruff", "jupyterlab", "pytest"}
    entries = re.split(r"\n(?=[a-z])", text.strip())
    assert all("--hash=sha256:" in entry for entry in entries)


def test_a_junit_report_has_one_case_per_notebook(tmp_path):
    report = tmp_path / "r.xml"
    notebooks.write_junit(
        report, [(ROOT / "a.ipynb", 1.0, None), (ROOT / "b.ipynb", 2.0, "b.ipynb: cell 2: boom")]
    )
    text = report.read_text()
    assert 'tests="2" failures="1"' in text and 'name="a.ipynb"' in text and "boom" in text
