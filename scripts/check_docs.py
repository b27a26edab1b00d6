"""The checks of the site that a strict MkDocs build does not make (`make check-docs`).

Sources (docs/*.md, the root Markdown files pages include, examples/):
  - markdownlint (markdownlint-cli2 from node_modules, rules in site/markdownlint.yaml);
  - every code block is included from a tested file, and its title names that file and region,
    or its title starts with "untested:" and gives a reason;
  - every example (examples/<topic>/<name>.cpp, .py, .output) is shown by some page, and a page
    that shows a region of the C++ twin shows the same region of the Python twin;
  - every included file and region exists, and every region marker in an example is paired;
  - the glossary (docs/includes/abbreviations.md) is well formed and sorted.
The built site (build/site, after `mkdocs build --strict`):
  - every internal link and anchor in every HTML page, the API reference included, resolves;
  - no page loads a script, style sheet, font or image from another host.

Each problem is one line, "FILE:LINE: what is wrong. Fix: what to do", and the exit status is 1.
The MkDocs hook (site/hooks/winnet_docs.py) uses the same snippet check while it builds.
"""

from __future__ import annotations

import argparse
import dataclasses
import posixpath
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]

# `--8<-- "path"`, `--8<-- "path:region"`, `--8<-- "path:10:20"`: pymdownx.snippets' inline form.
SNIPPET_RE = re.compile(
    r"""^(?P<indent>[ \t]*)(?P<escape>;*)-+8<-+[ \t]+(?P<q>["'])(?P<target>.+?)(?P=q)\s*$"""
)
# What a Python formatter makes of a snippet line inside a ```python block: `--8 < --"path"`.
MANGLED_SNIPPET_RE = re.compile(r"""^\s*-+\s*8\s+<\s*-+\s*["']""")
# `// --8<-- [start:build]` in an example.
REGION_MARK_RE = re.compile(
    r"(?<!;)-+8<-+[ \t]+\[[ \t]*(?P<kind>start|end)[ \t]*:[ \t]*(?P<name>[a-z][-_0-9a-z]*)[ \t]*\]", re.I
)
FENCE_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
TITLE_RE = re.compile(r"""\btitle=(?P<q>["'])(?P<title>.*?)(?P=q)""")
GLOSSARY_RE = re.compile(r"^\*\[(?P<term>[^\]]+)\]:[ \t]+(?P<text>\S.*)$")

GLOSSARY = "docs/includes/abbreviations.md"
UNTESTED = "untested:"
# Topics whose folder under examples/ holds something other than documented examples.
NOT_EXAMPLES = {"node-daemon"}  # a separate consumer of the installed library (find_package)


@dataclasses.dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}. Fix: {self.fix}"


@dataclasses.dataclass
class CodeBlock:
    line: int  # 1-based line of the opening fence
    lang: str
    title: str | None
    body: list[tuple[int, str]]  # (line, text without the block's indentation)


@dataclasses.dataclass(frozen=True)
class Include:
    """One snippet line of a page: `--8<-- "path:region"`."""

    line: int
    path: str
    region: str | None
    in_block: bool


# --- Markdown ------------------------------------------------------------------------------------


def code_blocks(text: str | list[str]) -> Iterator[CodeBlock]:
    """The fenced code blocks of a Markdown text (or its lines), also those inside content tabs."""
    lines = text.splitlines() if isinstance(text, str) else text
    i = 0
    while i < len(lines):
        m = FENCE_RE.match(lines[i])
        if m is None:
            i += 1
            continue
        indent, fence, info = len(m["indent"].expandtabs(4)), m["fence"], m["info"].strip()
        if fence[0] == "`" and "`" in info:  # inline code at the start of a line, not a fence
            i += 1
            continue
        title_m = TITLE_RE.search(info)
        lang = info.split()[0].lstrip(".{") if info and not info.startswith("title=") else ""
        body: list[tuple[int, str]] = []
        j = i + 1
        while j < len(lines):
            close = FENCE_RE.match(lines[j])
            if close and close["fence"][0] == fence[0] and len(close["fence"]) >= len(fence):
                if not close["info"].strip():
                    break
            body.append((j + 1, lines[j][indent:] if lines[j][:indent].strip() == "" else lines[j].lstrip()))
            j += 1
        yield CodeBlock(i + 1, lang, title_m["title"] if title_m else None, body)
        i = j + 1


def fence_mask(text: str | list[str]) -> list[bool]:
    """For each line of a Markdown text (or of its lines): is it inside a fenced code block?"""
    mask = [False] * len(text.splitlines() if isinstance(text, str) else text)
    for block in code_blocks(text):
        last = block.body[-1][0] + 1 if block.body else block.line + 1
        for n in range(block.line, min(last, len(mask)) + 1):
            mask[n - 1] = True
    return mask


def split_target(target: str) -> tuple[str, str | None]:
    """`path:region` -> (path, region); `path:10:20` and `path` -> (path, None)."""
    m = re.fullmatch(r"(?P<path>.+?):(?P<region>[a-z][-_0-9a-z]*)", target, re.I)
    if m:
        return m["path"], m["region"]
    m = re.fullmatch(r"(?P<path>.+?)(?::-?\d*){1,2}(?:,(?:-?\d*)(?::-?\d*)?)*", target)
    if m:
        return m["path"], None
    return target, None


def includes(text: str) -> list[Include]:
    """The snippet lines of a Markdown text (escaped ones, `;--8<--`, are text, not includes)."""
    mask = fence_mask(text)
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        m = SNIPPET_RE.match(line)
        if m and not m["escape"]:
            path, region = split_target(m["target"].strip())
            out.append(Include(n, path, region, mask[n - 1]))
    return out


# --- snippet files and regions -------------------------------------------------------------------


def region_markers(text: str) -> list[tuple[int, str, str]]:
    """(line, "start" or "end", name) of every region marker of a file."""
    return [
        (n, m["kind"].lower(), m["name"])
        for n, line in enumerate(text.splitlines(), start=1)
        for m in [REGION_MARK_RE.search(line)]
        if m
    ]


def snippet_problem(root: Path, target: str) -> str | None:
    """What is wrong with the snippet `--8<-- "target"` (None when the file and region exist).

    Shared with the MkDocs hook, which names the page and line of the snippet."""
    path, region = split_target(target)
    file = root / path
    if not file.is_file():
        return f"included file {path} does not exist; fix the path (relative to the repository root)"
    if region is None:
        return None
    starts = [n for n, kind, name in region_markers(file.read_text()) if kind == "start" and name == region]
    ends = [n for n, kind, name in region_markers(file.read_text()) if kind == "end" and name == region]
    if not starts or not ends:
        missing = "start" if not starts else "end"
        return (
            f"region '{region}' of {path} has no marker `--8<-- [{missing}:{region}]`; "
            f"mark the region in {path} (a comment line `--8<-- [start:{region}]` before it and "
            f"`--8<-- [end:{region}]` after it) or fix the name"
        )
    return None


def check_region_markers(root: Path, files: Iterable[Path]) -> list[Problem]:
    """Every region marker in the example files is paired, once."""
    problems = []
    for file in files:
        rel = file.relative_to(root).as_posix()
        open_: dict[str, int] = {}
        seen: set[str] = set()
        for n, kind, name in region_markers(file.read_text()):
            if kind == "start":
                if name in open_ or name in seen:
                    problems.append(
                        Problem(
                            rel, n, f"region '{name}' starts a second time", "give each region its own name"
                        )
                    )
                open_[name] = n
            elif name not in open_:
                problems.append(
                    Problem(
                        rel,
                        n,
                        f"region '{name}' ends but never started",
                        f"add `--8<-- [start:{name}]` before it or remove this marker",
                    )
                )
            else:
                del open_[name]
                seen.add(name)
        for name, n in open_.items():
            problems.append(
                Problem(
                    rel, n, f"region '{name}' starts but never ends", f"add `--8<-- [end:{name}]` after it"
                )
            )
    return problems


# --- what a page may show ------------------------------------------------------------------------


def example_files(root: Path) -> list[Path]:
    """The documented examples' programs and goldens: examples/<topic>/<name>.{cpp,py,output}."""
    ex = root / "examples"
    if not ex.is_dir():
        return []
    return sorted(
        p
        for p in ex.glob("*/*")
        if p.is_file() and p.suffix in (".cpp", ".py", ".output") and p.parent.name not in NOT_EXAMPLES
    )


def tested_file(root: Path, path: str) -> bool:
    """Is `path` a file the tests run or compare: an example program with its golden, a golden,
    an input an example reads, or a public header that every build compiles."""
    p = Path(path)
    parts = p.parts
    if len(parts) > 3 and parts[0] == "examples" and parts[1] not in NOT_EXAMPLES:
        # An input file (examples/<topic>/data/x.json, .../manifests/y.yaml) is tested when an
        # example program of its topic names it.
        topic = root / parts[0] / parts[1]
        return any(p.name in f.read_text(errors="replace") for f in topic.glob("*.[cp][py]*"))
    if len(parts) == 3 and parts[0] == "examples" and parts[1] not in NOT_EXAMPLES:
        if p.suffix == ".py" and p.name.startswith("_"):
            # A module shared by a topic's examples (examples/proxy/_web_node.py): tested when an
            # example of the topic imports it.
            module = p.stem
            return any(
                re.search(rf"^\s*(import|from)\s+{re.escape(module)}\b", f.read_text(), re.M)
                for f in (root / p.parent).glob("*.py")
                if (root / f.with_suffix(".output")).is_file()
            )
        if p.suffix in (".cpp", ".py"):
            return (root / p.with_suffix(".output")).is_file()
        if p.suffix == ".output":
            return (root / p.with_suffix(".cpp")).is_file() or (root / p.with_suffix(".py")).is_file()
        return any(p.name in f.read_text(errors="replace") for f in (root / p.parent).glob("*.[cp][py]*"))
    return len(parts) > 3 and parts[:3] == ("lib", "include", "winnet")


def check_code_blocks(rel: str, text: str, root: Path) -> list[Problem]:
    problems = []
    for block in code_blocks(text):
        if block.lang == "mermaid":  # a diagram, not code
            continue
        title = (block.title or "").strip()
        if title.lower().startswith(UNTESTED):
            if not title[len(UNTESTED) :].strip():
                problems.append(
                    Problem(
                        rel,
                        block.line,
                        "code block is marked untested without a reason",
                        'say why after the colon: title="untested: a shell command, not a winnet example"',
                    )
                )
            continue
        lines = [(n, s) for n, s in block.body if s.strip()]
        snippets = [(n, SNIPPET_RE.match(s)) for n, s in lines]
        if lines and all(m and not m["escape"] for _, m in snippets):
            first_path, first_region = split_target(snippets[0][1]["target"].strip())
            for n, m in snippets:
                path, _ = split_target(m["target"].strip())
                if not tested_file(root, path):
                    problems.append(
                        Problem(
                            rel,
                            n,
                            f"code block includes {path}, which no test runs",
                            "include an example (examples/<topic>/<name>.cpp or .py with its .output golden) "
                            'or mark the block title="untested: <why>"',
                        )
                    )
            where = first_path + (f", region {first_region}" if first_region else "")
            if not title.startswith(first_path) or (first_region and f"region {first_region}" not in title):
                problems.append(
                    Problem(
                        rel,
                        block.line,
                        f"code block's title does not say where it comes from ({where})",
                        f'write title="{where}" on the opening fence (then, if you like, how it is tested)',
                    )
                )
            continue
        mangled = next((n for n, s in lines if MANGLED_SNIPPET_RE.match(s)), None)
        if mangled is not None:
            problems.append(
                Problem(
                    rel,
                    mangled,
                    "this looks like a snippet line a code formatter rewrote (ruff format formats ```python "
                    "blocks in Markdown), so the page shows it instead of the example",
                    'restore it as --8<-- "path:region" and keep Markdown out of the formatter',
                )
            )
            continue
        problems.append(
            Problem(
                rel,
                block.line,
                "code block is neither included from a tested file nor marked untested",
                'put the code in an example and include it (--8<-- "examples/<topic>/<name>.cpp:<region>"), '
                'or give the block title="untested: <why>"',
            )
        )
    return problems


def check_pages(root: Path, pages: dict[str, str]) -> tuple[list[Problem], list[Problem], set[str]]:
    """Code blocks, includes and regions of the given pages (path -> text).

    Returns (code-block problems, include problems, paths of the included files)."""
    code_problems: list[Problem] = []
    include_problems: list[Problem] = []
    used: set[str] = set()
    for rel, text in sorted(pages.items()):
        code_problems += check_code_blocks(rel, text, root)
        page_includes = includes(text)
        if "/" not in rel:  # a root file included whole: snippet lines in its code blocks are text
            page_includes = [inc for inc in page_includes if not inc.in_block]
        shown = {(inc.path, inc.region) for inc in page_includes}
        for inc in page_includes:
            used.add(posixpath.normpath(inc.path))
            target = inc.path + (f":{inc.region}" if inc.region else "")
            problem = snippet_problem(root, target)
            if problem:
                message, _, fix = problem.partition("; ")
                include_problems.append(Problem(rel, inc.line, message, fix))
                continue
            p = Path(inc.path)
            if p.parts[:1] == ("examples",) and p.suffix in (".cpp", ".py"):
                twin = p.with_suffix(".py" if p.suffix == ".cpp" else ".cpp")
                if (root / twin).is_file() and (twin.as_posix(), inc.region) not in shown:
                    lang = "Python" if twin.suffix == ".py" else "C++"
                    region = f":{inc.region}" if inc.region else ""
                    include_problems.append(
                        Problem(
                            rel,
                            inc.line,
                            f"the page shows {inc.path}{region} but not its {lang} twin",
                            f'add a "{lang}" content tab with --8<-- "{twin.as_posix()}{region}" '
                            "(see docs/contributing/template.md)",
                        )
                    )
    return code_problems, include_problems, used


def check_examples_used(root: Path, used: set[str]) -> list[Problem]:
    problems = []
    by_name: dict[str, list[Path]] = {}
    for f in example_files(root):
        by_name.setdefault(f.with_suffix("").relative_to(root).as_posix(), []).append(f)
    for name, files in sorted(by_name.items()):
        if not any(f.relative_to(root).as_posix() in used for f in files):
            first = sorted(files, key=lambda f: (f.suffix != ".cpp", f.suffix))[0]
            problems.append(
                Problem(
                    first.relative_to(root).as_posix(),
                    1,
                    f"example {name.removeprefix('examples/')} is not shown on any page",
                    f'include it in an article (--8<-- "{first.relative_to(root).as_posix()}:<region>" and '
                    "its twin, and the .output) or delete it",
                )
            )
    return problems


def check_glossary(root: Path) -> list[Problem]:
    file = root / GLOSSARY
    if not file.is_file():
        return []
    problems = []
    seen: dict[str, int] = {}
    previous = ""
    for n, line in enumerate(file.read_text().splitlines(), start=1):
        if not line.strip():
            continue
        m = GLOSSARY_RE.match(line)
        if m is None:
            problems.append(
                Problem(GLOSSARY, n, "not a glossary entry", "write one entry a line: *[TERM]: what it means")
            )
            continue
        term = m["term"]
        if term in seen:
            problems.append(
                Problem(GLOSSARY, n, f"{term} is defined twice (first on line {seen[term]})", "keep one")
            )
        seen[term] = n
        if term.lower() < previous.lower():
            problems.append(
                Problem(GLOSSARY, n, f"{term} is out of order (after {previous})", "keep the entries sorted")
            )
        previous = term
    return problems


def page_sources(root: Path) -> dict[str, str]:
    """The Markdown that becomes pages: docs/**/*.md (not docs/includes/) and the root Markdown files
    that pages include whole (CONTRIBUTING.md)."""
    docs = root / "docs"
    pages = {
        p.relative_to(root).as_posix(): p.read_text()
        for p in sorted(docs.rglob("*.md"))
        if "includes" not in p.relative_to(docs).parts[:1]
    }
    for text in list(pages.values()):
        for inc in includes(text):
            if "/" not in inc.path and inc.path.endswith(".md") and (root / inc.path).is_file():
                pages[inc.path] = (root / inc.path).read_text()
    return pages


# --- markdownlint --------------------------------------------------------------------------------

LINT_LINE_RE = re.compile(
    r"^(?P<path>[^:\s][^:]*):(?P<line>\d+)(?::\d+)?\s+(?:error\s+|warning\s+)?(?P<rest>MD\d+.*)$"
)


def markdownlint(root: Path, files: list[str]) -> list[Problem]:
    cli = root / "node_modules" / ".bin" / "markdownlint-cli2"
    if not cli.exists():
        return [
            Problem(
                str(cli.relative_to(root)), 0, "markdownlint-cli2 is not installed", "run scripts/bootstrap"
            )
        ]
    config = root / "site" / "markdownlint.yaml"
    args = [str(cli), "--config", str(config), *[f":{f}" for f in files]]
    result = subprocess.run(args, cwd=root, capture_output=True, text=True)
    problems = []
    for line in (result.stdout + result.stderr).splitlines():
        m = LINT_LINE_RE.match(line)
        if m:
            rule = m["rest"].split()[0].split("/")[0]
            problems.append(
                Problem(
                    m["path"],
                    int(m["line"]),
                    m["rest"],
                    f"follow markdownlint's rule {rule} (node_modules/markdownlint/doc/{rule.lower()}.md) "
                    "or, for Material's syntax, relax it in site/markdownlint.yaml",
                )
            )
    if result.returncode != 0 and not problems:
        problems.append(
            Problem(
                "site/markdownlint.yaml", 0, "markdownlint failed: " + result.stderr.strip(), "fix the setup"
            )
        )
    return problems


# --- the built site ------------------------------------------------------------------------------

RESOURCE_LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch", "preconnect"}
RESOURCE_LINK_RELS |= {"dns-prefetch", "apple-touch-icon", "mask-icon"}


class _HtmlLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str, str, bool]] = []  # (line, tag, url, is_resource)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        line = self.getpos()[0]
        for key in ("id",) + (("name",) if tag == "a" else ()):
            if a.get(key):
                self.ids.add(a[key])
        if tag in ("a", "area") and "href" in a:
            self.links.append((line, tag, a["href"], False))
        elif tag == "link" and "href" in a:
            rels = set(a.get("rel", "").lower().split())
            self.links.append((line, tag, a["href"], bool(rels & RESOURCE_LINK_RELS)))
        elif tag in ("script", "img", "iframe", "source", "video", "audio", "embed", "track") and a.get(
            "src"
        ):
            self.links.append((line, tag, a["src"], True))
        elif tag == "object" and a.get("data"):
            self.links.append((line, tag, a["data"], True))


def site_base_path(site: Path) -> str:
    """The path the site is published under, from its sitemap (site_url): "/" or "/repo/"."""
    sitemap = site / "sitemap.xml"
    if sitemap.is_file():
        locs = [e.text for e in ET.parse(sitemap).getroot().iter() if e.tag.endswith("loc") and e.text]
        if locs:
            path = urlsplit(locs[0]).path
            return path if path.endswith("/") else posixpath.dirname(path) + "/"
    return "/"


def page_source(root: Path, html_rel: str) -> str | None:
    """The Markdown file a page of the built site was made from."""
    if html_rel.startswith("api/"):
        return None
    if html_rel == "index.html":
        candidates = ["docs/index.md"]
    elif html_rel.endswith("/index.html"):
        stem = html_rel[: -len("/index.html")]
        candidates = [f"docs/{stem}.md", f"docs/{stem}/index.md"]
    else:
        candidates = ["docs/" + html_rel[: -len(".html")] + ".md"]
    return next((c for c in candidates if (root / c).is_file()), None)


def check_site(root: Path, site: Path) -> list[Problem]:
    if not (site / "index.html").is_file():
        return [Problem(str(site), 0, "the built site is not there", "build it first: make site")]
    base = site_base_path(site)
    parsed: dict[str, _HtmlLinks] = {}
    for file in sorted(site.rglob("*.html")):
        parser = _HtmlLinks()
        parser.feed(file.read_text(errors="replace"))
        parsed[file.relative_to(site).as_posix()] = parser
    problems = []
    for rel, parser in parsed.items():
        for line, _tag, url, is_resource in parser.links:
            problem = _check_url(site, base, rel, url, is_resource, parsed)
            if problem:
                problems.append(_site_problem(root, site, rel, line, url, *problem))
    for css in sorted(site.rglob("*.css")):
        for n, line in enumerate(css.read_text(errors="replace").splitlines(), start=1):
            for m in re.finditer(
                r"""(?:url\(\s*["']?|@import\s+["'])(?P<url>(?:https?:)?//[^"')\s]+)""", line
            ):
                problems.append(
                    Problem(
                        css.relative_to(root).as_posix() if css.is_relative_to(root) else str(css),
                        n,
                        f"style sheet loads {m['url']} from another host at runtime",
                        "serve the file from the site itself (see VENDORED in site/hooks/winnet_docs.py)",
                    )
                )
    return problems


def _check_url(
    site: Path, base: str, rel: str, url: str, is_resource: bool, parsed: dict[str, _HtmlLinks]
) -> tuple[str, str] | None:
    parts = urlsplit(url)
    if parts.scheme in ("mailto", "data", "javascript", "tel", "blob"):
        return None
    if parts.scheme or url.startswith("//"):
        if is_resource and parts.hostname not in ("127.0.0.1", "localhost"):
            return (
                f"loads {url} from another host at runtime",
                "serve it from the site itself (vendor it like Mermaid in site/hooks/winnet_docs.py)",
            )
        return None
    if not parts.path:
        target_rel = rel
    elif parts.path.startswith("/"):
        if not parts.path.startswith(base):
            return (
                f"absolute link {url} points outside the site (published under {base})",
                "use a relative link",
            )
        target_rel = parts.path[len(base) :]
    else:
        target_rel = posixpath.normpath(posixpath.join(posixpath.dirname(rel), unquote(parts.path)))
        if target_rel.startswith("../"):
            return (f"link {url} points above the site's root", "fix the link")
    if target_rel in ("", ".") or target_rel.endswith("/") or (site / target_rel).is_dir():
        target_rel = posixpath.join(target_rel, "index.html") if target_rel not in ("", ".") else "index.html"
    target_rel = posixpath.normpath(target_rel)
    if not (site / target_rel).is_file():
        return (
            f"link {url} leads to {target_rel}, which the site does not have",
            "fix the link or add the page",
        )
    fragment = unquote(parts.fragment)
    if fragment and target_rel.endswith(".html") and not is_resource:
        ids = parsed[target_rel].ids if target_rel in parsed else set()
        if fragment not in ids:
            return (
                f"link {url} names the anchor #{fragment}, which {target_rel} does not have",
                "link to an existing heading (its anchor is the heading in lower case with dashes) "
                "or symbol, or fix the heading",
            )
    return None


def _site_problem(root: Path, site: Path, rel: str, line: int, url: str, message: str, fix: str) -> Problem:
    """Name the Markdown source and its line when the link comes from one, else the HTML."""
    source = page_source(root, rel)
    if source:
        needles = [urlsplit(url).fragment, posixpath.basename(urlsplit(url).path.rstrip("/"))]
        for n, text in enumerate((root / source).read_text().splitlines(), start=1):
            if any(needle and needle in text for needle in needles):
                return Problem(source, n, message, fix)
        return Problem(source, 0, f"{message} (in the page built from it, {rel} line {line})", fix)
    html_path = site / rel
    shown = html_path.relative_to(root).as_posix() if html_path.is_relative_to(root) else str(html_path)
    if rel.startswith("api/"):
        fix += "; the API reference is generated from site/api and the Doxygen comments in lib/include"
    return Problem(shown, line, message, fix)


# --- running -------------------------------------------------------------------------------------


def run(root: Path, site: Path | None, lint: bool) -> dict[str, list[Problem]]:
    """Every check, by name; an empty list is a pass."""
    pages = page_sources(root)
    code, include, used = check_pages(root, pages)
    results = {
        "code blocks come from tested files or say why not": code,
        "included files and regions exist": include
        + check_region_markers(root, [f for f in example_files(root) if f.suffix != ".output"]),
        "every example is shown by a page": check_examples_used(root, used),
        "the glossary is well formed": check_glossary(root),
    }
    if lint:
        # A page that only includes a root file (docs/contributing/index.md) is linted as that file.
        whole_includes = {rel for rel, text in pages.items() if SNIPPET_RE.fullmatch(text.strip())}
        results["markdownlint"] = markdownlint(root, sorted(set(pages) - whole_includes))
    if site is not None:
        results["links and anchors of the built site resolve, nothing loads from another host"] = check_site(
            root, site
        )
    return results


def write_junit(path: Path, results: dict[str, list[Problem]]) -> None:
    suite = ET.Element("testsuite", name="check-docs", tests=str(len(results)))
    suite.set("failures", str(sum(1 for p in results.values() if p)))
    for name, problems in results.items():
        case = ET.SubElement(suite, "testcase", classname="check_docs", name=name)
        if problems:
            failure = ET.SubElement(case, "failure", message=f"{len(problems)} problem(s)")
            failure.text = "\n".join(str(p) for p in problems)
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suite).write(path, encoding="unicode", xml_declaration=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
    ap.add_argument("--site", type=Path, help="the built site (default: ROOT/build/site)")
    ap.add_argument("--no-site", action="store_true", help="check the sources only, not the built site")
    ap.add_argument("--no-lint", action="store_true", help="skip markdownlint")
    ap.add_argument("--junit", type=Path, help="also write the results as a JUnit report")
    args = ap.parse_args(argv)
    root = args.root.resolve()
    site = None if args.no_site else (args.site or root / "build" / "site").resolve()
    if not args.no_lint and shutil.which("node") is None:
        print("check-docs: node is not installed (markdownlint needs it): run scripts/bootstrap")
        return 1
    results = run(root, site, lint=not args.no_lint)
    if args.junit:
        write_junit(args.junit, results)
    problems = sorted({p for ps in results.values() for p in ps})
    for p in problems:
        print(p)
    failed = [name for name, ps in results.items() if ps]
    print(
        f"check-docs: {len(results) - len(failed)} of {len(results)} checks passed"
        + (f"; {len(problems)} problem(s) in: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
