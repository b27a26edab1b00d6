"""scripts/check_docs.py (`make check-docs`) finds each kind of broken article, example and built
page, and says where and what to do. Each test builds a small repository in a temporary folder."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "check_docs.py"
_spec = importlib.util.spec_from_file_location("check_docs", SCRIPT)
check_docs = importlib.util.module_from_spec(_spec)
sys.modules["check_docs"] = check_docs
_spec.loader.exec_module(check_docs)

CPP = """\
#include <iostream>
int main() {
    // --8<-- [start:build]
    int answer = 42;
    // --8<-- [end:build]
    // --8<-- [start:print]
    std::cout << answer << "\\n";
    // --8<-- [end:print]
}
"""
PY = """\
# --8<-- [start:build]
answer = 42
# --8<-- [end:build]
# --8<-- [start:print]
print(answer)
# --8<-- [end:print]
"""
ARTICLE = """\
# Demo

=== "C++"

    ```cpp title="examples/demo/answer.cpp, region build (run by ctest)"
    --8<-- "examples/demo/answer.cpp:build"
    ```

=== "Python"

    ```python title="examples/demo/answer.py, region build (run by pytest)"
    --8<-- "examples/demo/answer.py:build"
    ```

```text title="examples/demo/answer.output (both programs print exactly this)"
--8<-- "examples/demo/answer.output"
```

```bash title="untested: a shell command, not a winnet example"
make serve
```

```mermaid
flowchart LR
  a --> b
```
"""


def write(base: Path, rel: str, text: str) -> Path:
    path = base / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose one article shows its one example correctly."""
    write(tmp_path, "examples/demo/answer.cpp", CPP)
    write(tmp_path, "examples/demo/answer.py", PY)
    write(tmp_path, "examples/demo/answer.output", "42\n")
    write(tmp_path, "docs/demo/index.md", ARTICLE)
    write(tmp_path, "docs/includes/abbreviations.md", "*[DIP]: Direct IP\n*[VIP]: Virtual IP\n")
    return tmp_path


def problems(repo: Path, site: Path | None = None) -> list[str]:
    results = check_docs.run(repo, site, lint=False)
    return sorted(str(p) for ps in results.values() for p in ps)


def test_an_article_that_shows_its_example_in_both_languages_passes(repo: Path):
    assert problems(repo) == []


def test_a_code_block_that_is_neither_included_nor_marked_untested_is_reported_at_its_fence(repo: Path):
    write(repo, "docs/demo/extra.md", "# Extra\n\nText.\n\n```cpp\nint x = 1;\n```\n")
    assert problems(repo) == [
        "docs/demo/extra.md:5: code block is neither included from a tested file nor marked untested. "
        'Fix: put the code in an example and include it (--8<-- "examples/<topic>/<name>.cpp:<region>"), '
        'or give the block title="untested: <why>"'
    ]


def test_an_untested_block_must_say_why(repo: Path):
    write(repo, "docs/demo/extra.md", '# Extra\n\n```bash title="untested:"\nls\n```\n')
    (message,) = problems(repo)
    assert message.startswith("docs/demo/extra.md:3: code block is marked untested without a reason. Fix: ")


def test_a_code_block_included_from_a_file_no_test_runs_is_reported(repo: Path):
    write(repo, "docs/demo/data.json", "{}\n")
    write(
        repo,
        "docs/demo/extra.md",
        '# Extra\n\n```json title="docs/demo/data.json"\n--8<-- "docs/demo/data.json"\n```\n',
    )
    (message,) = problems(repo)
    assert message.startswith(
        "docs/demo/extra.md:4: code block includes docs/demo/data.json, which no test runs."
    )


SHARED_ARTICLE = """\
# Shared

```python title="examples/demo/_common.py, region node (imported by the examples)"
--8<-- "examples/demo/_common.py:node"
```
"""


def test_a_module_shared_by_examples_is_tested_only_when_an_example_imports_it(repo: Path):
    write(repo, "examples/demo/_common.py", "# --8<-- [start:node]\nNODE = 1\n# --8<-- [end:node]\n")
    write(repo, "docs/demo/shared.md", SHARED_ARTICLE)
    (message,) = problems(repo)
    assert message.startswith(
        "docs/demo/shared.md:4: code block includes examples/demo/_common.py, which no test runs."
    )
    write(repo, "examples/demo/answer.py", "import _common\n\n" + PY)
    assert problems(repo) == []


def test_a_code_block_whose_title_does_not_name_its_region_is_reported(repo: Path):
    article = repo / "docs/demo/index.md"
    article.write_text(article.read_text().replace("answer.cpp, region build (run", "answer.cpp (run"))
    assert problems(repo) == [
        "docs/demo/index.md:5: code block's title does not say where it comes from "
        "(examples/demo/answer.cpp, region build). "
        'Fix: write title="examples/demo/answer.cpp, region build" on the opening fence '
        "(then, if you like, how it is tested)"
    ]


def test_a_snippet_line_rewritten_by_a_formatter_is_recognised(repo: Path):
    article = repo / "docs/demo/index.md"
    article.write_text(
        article.read_text().replace(
            '--8<-- "examples/demo/answer.py:build"', '--8 < --"examples/demo/answer.py:build"'
        )
    )
    found = problems(repo)
    assert any(
        m.startswith("docs/demo/index.md:12: this looks like a snippet line a code formatter rewrote")
        for m in found
    ), found
    # ... and the page now shows the C++ without its Python twin.
    assert any(
        "docs/demo/index.md:6: the page shows examples/demo/answer.cpp:build but not its Python" in m
        for m in found
    )


def test_an_included_file_that_does_not_exist_is_reported_with_the_page_line(repo: Path):
    write(repo, "docs/demo/extra.md", '# Extra\n\n--8<-- "examples/demo/missing.output"\n')
    assert problems(repo) == [
        "docs/demo/extra.md:3: included file examples/demo/missing.output does not exist. "
        "Fix: fix the path (relative to the repository root)"
    ]


def test_an_included_region_that_is_not_marked_is_reported(repo: Path):
    article = repo / "docs/demo/index.md"
    article.write_text(article.read_text().replace("answer.cpp:build", "answer.cpp:setup"))
    found = problems(repo)
    assert (
        "docs/demo/index.md:6: region 'setup' of examples/demo/answer.cpp has no marker "
        "`--8<-- [start:setup]`. Fix: mark the region in examples/demo/answer.cpp (a comment line "
        "`--8<-- [start:setup]` before it and `--8<-- [end:setup]` after it) or fix the name"
    ) in found


def test_the_standalone_region_check_agrees_with_the_build(repo: Path):
    assert check_docs.snippet_problem(repo, "examples/demo/answer.py:print") is None
    assert "has no marker `--8<-- [start:nope]`" in check_docs.snippet_problem(
        repo, "examples/demo/answer.py:nope"
    )
    assert check_docs.snippet_problem(repo, "examples/demo/answer.py:2:3") is None  # a line range


def test_an_example_no_page_shows_is_reported_at_the_example(repo: Path):
    write(repo, "examples/demo/unused.cpp", "int main() {}\n")
    write(repo, "examples/demo/unused.py", "\n")
    write(repo, "examples/demo/unused.output", "")
    assert problems(repo) == [
        "examples/demo/unused.cpp:1: example demo/unused is not shown on any page. "
        'Fix: include it in an article (--8<-- "examples/demo/unused.cpp:<region>" and its twin, '
        "and the .output) or delete it"
    ]


def test_the_folder_of_the_separate_consumer_is_not_an_example(repo: Path):
    write(repo, "examples/node-daemon/main.cpp", "int main() {}\n")
    assert problems(repo) == []


def test_a_page_that_shows_the_cpp_twin_must_show_the_python_twin(repo: Path):
    write(
        repo,
        "docs/demo/print.md",
        '# Print\n\n```cpp title="examples/demo/answer.cpp, region print"\n'
        '--8<-- "examples/demo/answer.cpp:print"\n```\n',
    )
    assert problems(repo) == [
        "docs/demo/print.md:4: the page shows examples/demo/answer.cpp:print but not its Python twin. "
        'Fix: add a "Python" content tab with --8<-- "examples/demo/answer.py:print" '
        "(see docs/contributing/template.md)"
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "# --8<-- [start:a]\nx = 1\n",
            "examples/demo/answer.py:7: region 'a' starts but never ends. Fix: add `--8<-- [end:a]` after it",
        ),
        (
            "x = 1\n# --8<-- [end:a]\n",
            "examples/demo/answer.py:8: region 'a' ends but never started. "
            "Fix: add `--8<-- [start:a]` before it or remove this marker",
        ),
        (
            "# --8<-- [start:a]\n# --8<-- [end:a]\n# --8<-- [start:a]\n# --8<-- [end:a]\n",
            "examples/demo/answer.py:9: region 'a' starts a second time. Fix: give each region its own name",
        ),
    ],
    ids=["start without end", "end without start", "twice"],
)
def test_region_markers_in_an_example_must_pair_up(repo: Path, source: str, expected: str):
    (repo / "examples/demo/answer.py").write_text(PY + source)  # PY has 6 lines
    assert expected in problems(repo)


def test_an_escaped_snippet_line_is_text_not_an_include(repo: Path):
    write(
        repo,
        "docs/demo/extra.md",
        '# Extra\n\n```markdown title="untested: syntax"\n;--8<-- "nowhere.md"\n```\n',
    )
    assert problems(repo) == []


def test_snippet_notation_in_the_code_blocks_of_an_included_root_file_is_an_example_of_it(repo: Path):
    write(repo, "docs/contributing/index.md", '--8<-- "CONTRIBUTING.md"\n')
    write(
        repo,
        "CONTRIBUTING.md",
        '# Contributing\n\n````markdown title="untested: how to include"\n'
        '--8<-- "examples/demo/nowhere.cpp:build"\n````\n',
    )
    assert problems(repo) == []


@pytest.mark.parametrize(
    ("glossary", "expected"),
    [
        (
            "*[VIP]: Virtual IP\n*[DIP]: Direct IP\n",
            "docs/includes/abbreviations.md:2: DIP is out of order (after VIP)",
        ),
        (
            "*[DIP]: Direct IP\n*[DIP]: again\n",
            "docs/includes/abbreviations.md:2: DIP is defined twice (first on line 1)",
        ),
        ("*[DIP] Direct IP\n", "docs/includes/abbreviations.md:1: not a glossary entry"),
    ],
    ids=["unsorted", "twice", "malformed"],
)
def test_the_glossary_is_checked(repo: Path, glossary: str, expected: str):
    (repo / "docs/includes/abbreviations.md").write_text(glossary)
    (message,) = problems(repo)
    assert message.startswith(expected + ". Fix: ")


# --- the built site ------------------------------------------------------------------------------


def page(body: str, head: str = "") -> str:
    return f"<!doctype html>\n<html><head>{head}</head>\n<body>\n{body}\n</body></html>\n"


@pytest.fixture
def site(repo: Path) -> Path:
    """A built site: the home page and the demo article linking to each other."""
    built = repo / "build" / "site"
    write(built, "sitemap.xml", "<urlset><url><loc>https://example.github.io/repo/</loc></url></urlset>\n")
    write(built, "assets/site.css", "body { color: black; }\n")
    write(
        built,
        "404.html",
        page('<a href="/repo/">home</a>', '<link rel="stylesheet" href="/repo/assets/site.css">'),
    )
    write(
        built,
        "index.html",
        page('<a href="demo/#notes">notes</a>', '<link rel="stylesheet" href="assets/site.css">'),
    )
    write(
        built,
        "demo/index.html",
        page('<h2 id="notes">Notes</h2>\n<a href="../">home</a> <a href="#notes">here</a>'),
    )
    return built


def test_a_site_whose_links_and_anchors_resolve_passes(repo: Path, site: Path):
    assert problems(repo, site) == []


def test_a_link_to_a_missing_anchor_names_the_markdown_line_it_comes_from(repo: Path, site: Path):
    write(repo, "docs/index.md", "# Home\n\nSee the [notes](demo/index.md#nots).\n")
    (site / "index.html").write_text(page('<a href="demo/#nots">notes</a>'))
    assert problems(repo, site) == [
        "docs/index.md:3: link demo/#nots names the anchor #nots, which demo/index.html does not have. "
        "Fix: link to an existing heading (its anchor is the heading in lower case with dashes) or symbol, "
        "or fix the heading"
    ]


def test_a_link_to_a_missing_page_of_the_api_reference_names_the_html_line(repo: Path, site: Path):
    write(site, "api/cpp.html", page('<p>x</p>\n<a href="gone.html">gone</a>'))
    (message,) = problems(repo, site)
    assert message.startswith(
        "build/site/api/cpp.html:5: link gone.html leads to api/gone.html, which the site"
    )
    assert "the API reference is generated from site/api" in message


def test_a_script_from_another_host_is_reported(repo: Path, site: Path):
    (site / "demo/index.html").write_text(
        page(
            '<h2 id="notes">N</h2>',
            '<script src="https://unpkg.com/mermaid@11/dist/mermaid.min.js"></script>',
        )
    )
    (message,) = problems(repo, site)
    assert "loads https://unpkg.com/mermaid@11/dist/mermaid.min.js from another host at runtime" in message


def test_a_link_to_another_site_is_not_a_request(repo: Path, site: Path):
    (site / "demo/index.html").write_text(
        page('<h2 id="notes">N</h2><a href="https://kubernetes.io/">k8s</a>')
    )
    assert problems(repo, site) == []


def test_a_style_sheet_that_imports_from_another_host_is_reported(repo: Path, site: Path):
    (site / "assets/site.css").write_text("@import url(https://fonts.googleapis.com/css?family=Roboto);\n")
    (message,) = problems(repo, site)
    assert message.startswith(
        "build/site/assets/site.css:1: style sheet loads "
        "https://fonts.googleapis.com/css?family=Roboto from another host"
    )


def test_an_absolute_link_outside_the_published_path_is_reported(repo: Path, site: Path):
    (site / "404.html").write_text(page('<a href="/elsewhere/">x</a>'))
    (message,) = problems(repo, site)
    assert "absolute link /elsewhere/ points outside the site (published under /repo/)" in message


def test_a_missing_site_says_to_build_it(repo: Path):
    (message,) = problems(repo, repo / "build" / "site")
    assert message.endswith("the built site is not there. Fix: build it first: make site")


# --- markdownlint and the command line -----------------------------------------------------------


@pytest.mark.skipif(
    not (ROOT / "node_modules/.bin/markdownlint-cli2").exists(), reason="run scripts/bootstrap"
)
def test_markdownlint_problems_name_the_file_line_and_rule(repo: Path):
    os.symlink(ROOT / "node_modules", repo / "node_modules")
    shutil.copytree(
        ROOT / "site", repo / "site", ignore=lambda d, names: [n for n in names if n != "markdownlint.yaml"]
    )
    write(repo, "docs/demo/extra.md", "# Extra\n\n\nText.\n")
    found = [str(p) for p in check_docs.markdownlint(repo, ["docs/demo/extra.md"])]
    assert len(found) == 1 and found[0].startswith("docs/demo/extra.md:3: MD012/no-multiple-blanks"), found
    assert "node_modules/markdownlint/doc/md012.md" in found[0]


def test_the_command_prints_one_line_per_problem_and_fails(repo: Path, tmp_path: Path):
    write(repo, "docs/demo/extra.md", "# Extra\n\n```cpp\nint x;\n```\n")
    report = tmp_path / "reports" / "check-docs.xml"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(repo), "--no-site", "--no-lint", "--junit", str(report)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("docs/demo/extra.md:3: code block is neither included from a tested file")
    assert lines[-1] == (
        "check-docs: 3 of 4 checks passed; 1 problem(s) in: code blocks come from tested files or say why not"
    )
    assert 'failures="1"' in report.read_text() and "docs/demo/extra.md:3" in report.read_text()


def test_the_command_passes_on_a_correct_repository(repo: Path):
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(repo), "--no-site", "--no-lint"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "check-docs: 4 of 4 checks passed"
