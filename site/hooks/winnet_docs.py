"""MkDocs hook: the parts of the site generated from tested code, and what shows they are.

- Field tables: a line `{{ winnet_fields("winnet::hns::LoadBalancer") }}` in an article becomes
  the table of that struct's public fields, with each definition taken from the Doxygen XML of
  lib/include and each field linked to its entry in the API reference. An unknown symbol fails
  the build, naming the page and line.
- Topics: a line `{{ winnet_topic_link("cni/index.md", "Read about CNI plugins") }}` (on the home
  page) links to that page once it exists and says "Being written." until then.
- Glossary: a line `{{ winnet_glossary() }}` becomes the list of the terms in
  docs/includes/abbreviations.md, the file the snippets extension appends to every page, so the
  same definitions are the tooltips of those abbreviations everywhere on the site.
- Root Markdown files that a page includes whole (`--8<-- "CONTRIBUTING.md"`): this hook includes
  them itself. Their links are written for GitHub, relative to the repository root
  (`docs/hns/index.md`); here they become relative to the page. Snippet notation in their code
  blocks is shown as text, not executed. A link to a file outside docs/ fails the build (the site
  does not publish it): write such a path as code.
- Code block titles: a block whose title names an example or a header (the file it is included
  from) is marked "tested"; one titled "untested: why" is marked "untested" (docs/stylesheets).
- Search: every C++ and Python symbol of the API reference is added to the site's search index,
  ranked after the articles, so `preserve_dip` finds `PortMappingFlags.PRESERVE_DIP`.
- API reference: the Sphinx + Breathe HTML (build/sphinx/html) is published under api/, so
  `mkdocs build` and `mkdocs serve` both include it and links into it are checked.
- Snippets: an included file or region that does not exist fails the build, naming the page and
  line (scripts/check_docs.py makes the same check without building).
- The article template (docs/contributing/template.md) is a page, but not in the search index.
- Notebooks: each docs/notebooks/NAME.ipynb is executed (nbclient, in a kernel of the Python that
  runs MkDocs, so against the built module) and becomes the page notebooks/NAME.md with its
  outputs: tables as HTML, pictures as inline SVG, text as code blocks. The .ipynb itself (stored
  without outputs) and the data files it reads are published next to it, with download links at
  the top of the page. Pages are added to the nav section of notebooks/index.md unless the nav
  lists them already, so a new notebook needs no other change; `{{ winnet_notebooks() }}` on
  that page lists them. An error in a notebook fails the build, naming the notebook and cell.
  Results are cached in build/notebook-cache, keyed by the notebook, its data and the module.

Inputs are produced by `make docs-xml` and `make api` (both run by `make site` and `make serve`).
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import posixpath
import re
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from check_docs import (  # noqa: E402
    GLOSSARY,
    GLOSSARY_RE,
    REGION_MARK_RE,
    SNIPPET_RE,
    fence_mask,
    snippet_problem,
)
from doxyxml import Doxygen, Member  # noqa: E402
from notebooks import NotebookError  # noqa: E402
from notebooks import execute as execute_notebook  # noqa: E402

DOXYGEN_XML = Path(os.environ.get("WINNET_DOXYGEN_XML", ROOT / "build" / "doxygen" / "xml"))
SPHINX_HTML = Path(os.environ.get("WINNET_SPHINX_HTML", ROOT / "build" / "sphinx" / "html"))
API_PREFIX = "api/"
TEMPLATE = "contributing/template.md"
# Front-end files the site serves itself instead of loading them from a CDN.
VENDORED = {
    "assets/javascripts/mermaid.min.js": ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js",
}
# A search result from the API reference ranks below one from an article with the same words:
# Material multiplies a document's score by its boost, and matches in titles count 1000 times.
API_SEARCH_BOOST = 0.0005

NOTEBOOKS = "notebooks/"
NOTEBOOK_INDEX = NOTEBOOKS + "index.md"
NOTEBOOK_CACHE = Path(os.environ.get("WINNET_NOTEBOOK_CACHE", ROOT / "build" / "notebook-cache"))

DIRECTIVE_RE = re.compile(r"^\{\{\s*(?P<name>winnet_[a-z_]+)\((?P<args>.*)\)\s*\}\}$")
FIELDS_ARGS_RE = re.compile(r'^"(?P<symbol>[A-Za-z_:0-9]+)"$')
TOPIC_ARGS_RE = re.compile(r'^"(?P<path>[-\w/]+\.md)",\s*"(?P<text>[^"]+)"$')
LINK_RE = re.compile(r"(?P<pre>\]\()(?P<target>[^)\s]+)(?P<post>(?:\s+\"[^\"]*\")?\))")
REFDEF_RE = re.compile(r"^(?P<pre>\s{0,3}\[[^\]]+\]:\s*)(?P<target>\S+)(?P<post>.*)$")
API_ENTRY_RE = re.compile(
    r'<dt class="sig sig-object (?:cpp|py)"[^>]*?\sid="(?P<id>[^"]+)"[^>]*>.*?</dt>\s*<dd>\s*'
    r"(?:<p>(?P<text>.*?)</p>)?",
    re.S,
)
API_PAGES = [
    ("cpp.html", "C++ API", "The winnet library as a node daemon links it: every type, field and function."),
    ("python.html", "Python API", "The winnet package: the same names as in C++, in snake_case."),
]
SEARCHABLE_ROLES = {"class", "struct", "union", "function", "member", "type", "enum", "enumerator"}
SEARCHABLE_ROLES |= {"exception", "module", "property", "attribute", "method", "data"}

_state: dict = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        _state["doxygen"] = Doxygen(DOXYGEN_XML)
    except FileNotFoundError as e:
        raise PluginError(f"{e}. The site's field tables come from it.") from None
    inventory = SPHINX_HTML / "objects.inv"
    if not inventory.is_file():
        raise PluginError(f"{inventory} not found: build the API reference first (make api)")
    _state["inventory"], _state["symbols"] = _load_inventory(inventory)
    return config


def _load_inventory(path: Path) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """C++ and Python symbol -> URI inside the Sphinx site (page#anchor), and every symbol as
    (domain:role, name, URI)."""
    from sphinx.util.inventory import InventoryFile

    with path.open("rb") as f:
        inv = InventoryFile.load(f, "", posixpath.join)
    out: dict[str, str] = {}
    symbols = []
    for domain_role, entries in inv.items():
        if domain_role.startswith(("cpp:", "py:")):
            for name, item in entries.items():
                uri = item[2] if isinstance(item, tuple) else item.uri
                out.setdefault(name, uri)
                symbols.append((domain_role, name, uri))
    return out, symbols


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for uri, path in VENDORED.items():
        if not path.is_file():
            raise PluginError(f"{path} not found: run scripts/bootstrap (it installs the npm packages)")
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    for path in sorted(SPHINX_HTML.rglob("*")):
        rel = path.relative_to(SPHINX_HTML).as_posix()
        if path.is_file() and not rel.startswith((".", "_sources/")) and rel != "objects.inv":
            files.append(File.generated(config, API_PREFIX + rel, abs_src_path=str(path)))
    _add_notebook_pages(files, config)
    return files


# --- Markdown ------------------------------------------------------------------------------------


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.src_uri == TEMPLATE:
        page.meta.setdefault("search", {})["exclude"] = True
    if page.file.src_uri.startswith("notebooks/"):
        # A notebook uses the terms the articles define (preserveDIP, flannel.4096) many times
        # over; a reader who searches a term wants its definition first, then the notebooks.
        page.meta.setdefault("search", {})["boost"] = 0.2
    lines = _expand_root_markdown(markdown, page, config)
    in_fence = fence_mask([line for _, line in lines])
    out = []
    for (where, line), fenced in zip(lines, in_fence, strict=True):
        m = SNIPPET_RE.match(line)
        if m and not m["escape"]:
            problem = snippet_problem(ROOT, m["target"].strip())
            if problem:
                raise PluginError(f"{where}: {problem}")
        stripped = line.strip()
        if fenced or not (stripped.startswith("{{") and "winnet_" in stripped):
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        out += [
            indent + text if text else "" for text in _directive(stripped, where, page, files).split("\n")
        ]
    return "\n".join(out) + "\n"


def _directive(text: str, where: str, page: Page, files: Files) -> str:
    m = DIRECTIVE_RE.match(text)
    args = m["args"].strip() if m else ""
    if m and m["name"] == "winnet_fields" and FIELDS_ARGS_RE.match(args):
        try:
            return _fields_table(FIELDS_ARGS_RE.match(args)["symbol"], page)
        except KeyError as e:
            raise PluginError(f"{where}: {e.args[0]}") from None
    if m and m["name"] == "winnet_glossary" and not args:
        return _glossary()
    if m and m["name"] == "winnet_notebooks" and not args:
        return _notebook_list(page)
    if m and m["name"] == "winnet_topic_link" and TOPIC_ARGS_RE.match(args):
        return _topic_link(TOPIC_ARGS_RE.match(args)["path"], TOPIC_ARGS_RE.match(args)["text"], page, files)
    raise PluginError(
        f"{where}: malformed directive {text!r}; write one of "
        '{{ winnet_fields("winnet::module::Type") }}, {{ winnet_glossary() }}, {{ winnet_notebooks() }} '
        'or {{ winnet_topic_link("topic/index.md", "Read about the topic") }} alone on its line'
    )


def _topic_link(path: str, text: str, page: Page, files: Files) -> str:
    """A link to a topic's first page once it exists, else a note that it is being written: the
    home page routes to each topic as soon as its articles land."""
    if files.get_file_from_path(path) is None:
        return "*Being written.*"
    link = posixpath.relpath(path, posixpath.dirname(page.file.src_uri) or ".")
    return f"[:octicons-arrow-right-24: {text}]({link})"


def _expand_root_markdown(markdown: str, page: Page, config: MkDocsConfig) -> list[tuple[str, str]]:
    """The page's lines as (where, line), with root Markdown files it includes whole put in.

    `where` is the file and line in the repository (docs/hns/index.md:12), counting the front
    matter that MkDocs has taken off the Markdown."""
    lines = markdown.splitlines()
    source = Path(page.file.abs_src_path) if page.file.abs_src_path else None
    src = (
        source.relative_to(ROOT).as_posix() if source and source.is_relative_to(ROOT) else page.file.src_path
    )
    offset = max(0, len(page.file.content_string.splitlines()) - len(lines)) if source else 0
    out = []
    for n, line in enumerate(lines, start=1 + offset):
        m = SNIPPET_RE.match(line)
        target = m["target"].strip() if m and not m["escape"] else ""
        if target.endswith(".md") and "/" not in target and (ROOT / target).is_file():
            out += [(f"{target}:{k}", text) for k, text in _root_markdown(target, page)]
        else:
            out.append((f"{src}:{n}", line))
    return out


def _root_markdown(name: str, page: Page) -> list[tuple[int, str]]:
    """A Markdown file of the repository's root, as the page that includes it must show it."""
    lines = (ROOT / name).read_text().splitlines()
    out = []
    for n, (line, fenced) in enumerate(zip(lines, fence_mask(lines), strict=True), start=1):
        if fenced:
            # Snippet notation in a code block is an example of the notation: escape it (`;--8<--`)
            # so that pymdownx.snippets shows it instead of including a file or dropping the line.
            if SNIPPET_RE.match(line) or REGION_MARK_RE.search(line) or re.match(r"^\s*-+8<-+\s*$", line):
                line = re.sub(r"(?<![;-])(-+8<-+)", r";\1", line, count=1)
        else:

            def rebase(m: re.Match, n: int = n) -> str:
                return m["pre"] + _rebase_link(m["target"], f"{name}:{n}", page) + m["post"]

            line = LINK_RE.sub(rebase, line)
            line = REFDEF_RE.sub(rebase, line)
        out.append((n, line))
    return out


def _rebase_link(target: str, where: str, page: Page) -> str:
    """A link written relative to the repository root, made relative to the page."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith(("#", "/")):
        return target
    path, _, fragment = target.partition("#")
    if not path.startswith("docs/"):
        raise PluginError(
            f"{where}: link to {path} works on GitHub, but the site does not publish that file; "
            "link to a page under docs/ or write the path as `code`"
        )
    rel = posixpath.relpath(path.removeprefix("docs/"), posixpath.dirname(page.file.src_uri) or ".")
    return rel + (f"#{fragment}" if fragment else "")


def _glossary() -> str:
    """The glossary as a definition list; plural entries (VIPs next to VIP) are left out."""
    entries = {}
    for line in (ROOT / GLOSSARY).read_text().splitlines():
        m = GLOSSARY_RE.match(line)
        if m:
            entries[m["term"]] = m["text"]
    out = []
    for term, text in sorted(entries.items(), key=lambda e: e[0].lower()):
        if term.endswith("s") and term[:-1] in entries:
            continue
        out += [f"**{term}**", f":   {text}", ""]
    return "\n".join(out)


def _api_link(symbol: str, page: Page) -> str | None:
    uri = _state["inventory"].get(symbol)
    if uri is None:
        return None
    # Relative to the Markdown file, like any link an author writes; MkDocs turns it into a URL.
    return posixpath.relpath(API_PREFIX + uri, posixpath.dirname(page.file.src_uri) or ".")


def _cell(text: str) -> str:
    """Markdown that fits one table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _cpp(text: str) -> str:
    """A C++ type or expression as Doxygen prints it, with its template spacing tidied."""
    return _cell(re.sub(r"\s*([<>])\s*", r"\1", text))


def _field_link(field: Member, page: Page) -> str:
    """The API-reference link of a field, or a KeyError saying how to get one."""
    link = _api_link(field.qualified_name, page)
    if link is None:
        raise KeyError(
            f"{field.qualified_name!r} is not in the API reference ({SPHINX_HTML}/objects.inv); "
            "rebuild it with `make api`"
        )
    return link


def _field_type(field: Member, separator: str) -> str:
    """A field's C++ type and its default (after `separator`), as table cell Markdown."""
    type_ = f"`{_cpp(field.type)}`"
    default = _cpp(field.initializer.removeprefix("=").strip())
    return type_ + (f"{separator}default `{default}`" if default else "")


def _fields_table(symbol: str, page: Page) -> str:
    dox = _state["doxygen"]
    fields: list[Member] = dox.fields(symbol)
    if not fields:
        raise KeyError(f"{symbol!r} has no public fields to tabulate")
    if any(UPSTREAM_RE.search(" ".join(f.text.split())) for f in fields):
        return _upstream_fields_table(symbol, fields, page)
    rows = [
        f"*Fields of `{symbol}`, generated from the Doxygen comments in "
        f"`lib/include/{dox.get(symbol).location.split(':')[0]}`; Python uses the same names.*",
        "",
        "| Field | Type | Definition |",
        "|---|---|---|",
    ]
    for field in fields:
        rows.append(
            f"| [`{field.name}`]({_field_link(field, page)}) | {_field_type(field, '<br>')} "
            f"| {_cell(field.text)} |"
        )
    return "\n".join(rows)


# A definition written as "<meaning> Upstream: `goName`. Set: <where>. Used: <where>." (the
# kube-proxy port's convention) gets a column for each part.
UPSTREAM_RE = re.compile(r"Upstream: (?P<go>`[^`]+`[^.]*?)\.\s*Set: (?P<set>.*?)\s*Used: (?P<used>.*)$")


def _python_name(name: str) -> str:
    return name.rstrip("_")


def _upstream_fields_table(symbol: str, fields: list[Member], page: Page) -> str:
    dox = _state["doxygen"]
    rows = [
        f"*Fields of `{symbol}`, generated from the Doxygen comments in "
        f"`lib/include/{dox.get(symbol).location.split(':')[0]}`, with the name of each field in "
        "the Windows kube-proxy's Go code (pkg/proxy/winkernel).*",
        "",
        "| Field: C++, Python, Go (upstream), type | Definition, where it is set and used |",
        "|---|---|",
    ]
    owner = symbol.rsplit("::", 1)[-1]
    for field in fields:
        link = _field_link(field, page)
        text = " ".join(field.text.split())
        m = UPSTREAM_RE.search(text)
        if m is None:
            raise KeyError(
                f"{field.qualified_name!r}: its definition must end with "
                "'Upstream: `goName`. Set: ... Used: ...' like the other fields of its type"
            )
        meaning = text[: m.start()].strip()
        type_ = _field_type(field, ", ")
        rows.append(
            f"| [`{owner}::{field.name}`]({link})<br>Python `{owner}.{_python_name(field.name)}`"
            f"<br>Go {_cell(m['go'])}<br>{type_} | {_cell(meaning)}<br>**Set:** {_cell(m['set'])}"
            f"<br>**Used:** {_cell(m['used'])} |"
        )
    return "\n".join(rows)


# --- notebooks -----------------------------------------------------------------------------------


def _add_notebook_pages(files: Files, config: MkDocsConfig) -> None:
    """A page for each docs/notebooks/NAME.ipynb, made from the notebook executed now."""
    _state["notebooks"] = []
    for file in sorted(files, key=lambda f: f.src_uri):
        uri = file.src_uri
        if not (uri.startswith(NOTEBOOKS) and uri.endswith(".ipynb") and "/" not in uri[len(NOTEBOOKS) :]):
            continue
        path = Path(file.abs_src_path)
        markdown, title, summary = _notebook_page(path, uri, files)
        page_uri = uri.removesuffix(".ipynb") + ".md"
        if files.get_file_from_path(page_uri) is not None:
            raise PluginError(f"docs/{page_uri} and docs/{uri} would be the same page: rename one")
        # Not in the nav as far as MkDocs' check goes: on_nav puts it into the notebooks section.
        files.append(File.generated(config, page_uri, content=markdown, inclusion=InclusionLevel.NOT_IN_NAV))
        _state["notebooks"].append((page_uri, title, summary))


def _notebook_page(path: Path, uri: str, files: Files) -> tuple[str, str, str]:
    """(Markdown of the page, title, first paragraph) of the notebook at `path`, executed."""
    data = sorted(
        f.src_uri
        for f in files
        if f.src_uri.startswith(posixpath.dirname(uri) + "/data/") and not f.is_documentation_page()
    )
    key = hashlib.sha256(path.read_bytes())
    # What the page is made from: the notebook, its data, the module it imports, this hook.
    makers = [Path(__file__), ROOT / "scripts" / "notebooks.py"]
    for source in [ROOT / d for d in ("docs/" + u for u in data)] + _module_files() + makers:
        key.update(f"{source}:{source.stat().st_mtime_ns}:{source.stat().st_size}".encode())
    cached = NOTEBOOK_CACHE / f"{path.stem}-{key.hexdigest()[:16]}.json"
    if cached.is_file():
        return tuple(json.loads(cached.read_text()))
    try:
        nb = execute_notebook(path)
    except NotebookError as e:
        raise PluginError(f"{e}") from None
    result = _notebook_markdown(nb, uri, data)
    NOTEBOOK_CACHE.mkdir(parents=True, exist_ok=True)
    for old in NOTEBOOK_CACHE.glob(f"{path.stem}-*.json"):
        old.unlink()
    cached.write_text(json.dumps(result))
    return result


def _module_files() -> list[Path]:
    """The files of the winnet the notebooks import (its Python files and the compiled module)."""
    import winnet
    import winnet._winnet

    package = Path(winnet.__file__).parent
    return sorted(package.rglob("*.py")) + [Path(winnet._winnet.__file__)]


def _notebook_markdown(nb, uri: str, data: list[str]) -> tuple[str, str, str]:
    name = posixpath.basename(uri)
    title, summary = name, ""
    out: list[str] = []
    code = 0
    for n, cell in enumerate(nb.cells, start=1):
        if cell.cell_type == "markdown":
            text = cell.source.strip()
            if n == 1:
                m = re.match(r"^#\s+(.+)$", text, re.M)
                title = m[1].strip() if m else title
                paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip() and not p.startswith("#")]
                summary = " ".join(paragraphs[0].split()) if paragraphs else ""
            out.append(text)
            if n == 1:
                out.append(_download_note(name, uri, data))
        elif cell.cell_type == "code":
            code += 1
            out.append(_fence(cell.source, "python", f'title="{name}, cell {n}"'))
            out += [o for o in (_output(output) for output in cell.get("outputs", [])) if o]
    return "\n\n".join(out) + "\n", title, summary


def _download_note(name: str, uri: str, data: list[str]) -> str:
    here = posixpath.dirname(uri)
    files = ", ".join(f"[`{posixpath.relpath(d, here)}`]({posixpath.relpath(d, here)})" for d in data)
    return (
        f'!!! info "A notebook: run it yourself"\n\n'
        f'    [:material-download: {name}]({name}){{ download="{name}" }}'
        + (f" and the data it reads: {files}" if files else "")
        + ". Open it in JupyterLab with `make jupyter` (from a clone), or in any Jupyter after "
        "`pip install .`. The tests run it top to bottom; the outputs below are from running it "
        "against this version of winnet when the site was built."
    )


def _fence(text: str, lang: str, attrs: str = "") -> str:
    """`text` as a fenced code block whose fence no backtick run in the text can close."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{lang}{' ' + attrs if attrs else ''}\n{text.rstrip()}\n{fence}"


def _output(output) -> str:
    """One cell output as Markdown: SVG inline, HTML as is (tables get the site's table style),
    PNG as an image, anything else as text. Outputs are left out of the search index, so a
    search finds where a name is explained, not every table or repr that prints it."""
    kind = output.get("output_type")
    data = output.get("data", {})
    if kind == "stream":
        body = _fence(output["text"], "text") if output.get("text", "").strip() else ""
    elif kind == "error":  # never reached with allow_errors=False; shown plainly all the same
        body = _fence(re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(output.get("traceback", []))), "text")
    elif "image/svg+xml" in data:
        svg = re.sub(r"<\?xml[^>]*\?>\s*", "", _text(data["image/svg+xml"])).strip()
        wrapper = '<div class="winnet-notebook-output" data-search-exclude style="overflow-x: auto">'
        return f"{wrapper}\n{svg}\n</div>"
    elif "text/html" in data:
        # Material styles and scrolls tables without a class, inside its own wrappers.
        html_text = (
            _text(data["text/html"])
            .replace('<table class="winnet-table">', "<table>")
            .replace("<table>", '<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table>')
            .replace("</table>", "</table></div></div>")
        )
        return f'<div class="winnet-notebook-output" data-search-exclude>\n{html_text.strip()}\n</div>'
    elif "image/png" in data:
        return (
            f'<div class="winnet-notebook-output" data-search-exclude><img alt="a plot made by the notebook" '
            f'src="data:image/png;base64,{_text(data["image/png"]).strip()}"></div>'
        )
    elif "text/plain" in data:
        body = _fence(_text(data["text/plain"]), "text")
    else:
        body = ""
    return (
        f'<div class="winnet-notebook-output" data-search-exclude markdown>\n\n{body}\n\n</div>'
        if body
        else ""
    )


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Puts the notebook pages the nav does not list into the section of notebooks/index.md."""
    if not _state.get("notebooks"):
        return nav
    index = files.get_file_from_path(NOTEBOOK_INDEX)
    section = index.page.parent if index is not None and index.page is not None else None
    if not isinstance(section, Section):
        raise PluginError(
            f"docs/{NOTEBOOKS} has notebooks, so the nav needs a section for them: "
            f"add `- Notebooks: [{NOTEBOOK_INDEX}]` to the nav in mkdocs.yml"
        )
    listed = {page.file.src_uri for page in nav.pages}
    for uri, _, _ in _state["notebooks"]:
        page = files.get_file_from_path(uri).page
        if uri not in listed:
            page.parent = section
            section.children.append(page)
    nav.pages = _pages_of(nav.items)
    for i, page in enumerate(nav.pages):
        page.previous_page = nav.pages[i - 1] if i else None
        page.next_page = nav.pages[i + 1] if i + 1 < len(nav.pages) else None
    return nav


def _pages_of(items) -> list[Page]:
    out = []
    for item in items:
        if isinstance(item, Page):
            out.append(item)
        elif isinstance(item, Section):
            out += _pages_of(item.children)
    return out


def _notebook_list(page: Page) -> str:
    """The notebooks as a list: title (linked), first paragraph, download link."""
    here = posixpath.dirname(page.file.src_uri) or "."
    out = []
    for uri, title, summary in _state.get("notebooks", []):
        link = posixpath.relpath(uri, here)
        ipynb = posixpath.relpath(uri.removesuffix(".md") + ".ipynb", here)
        out.append(f"- **[{title}]({link})**: {summary} [:material-download: .ipynb]({ipynb})")
    return "\n".join(out) or "*No notebooks yet.*"


# --- HTML ----------------------------------------------------------------------------------------

TESTED_TITLE = (
    "Included from this file: the tests compile and run it and compare what it prints with the "
    "recorded output"
)
UNTESTED_TITLE = "Not run by the tests: the title says why"
NOTEBOOK_TITLE = (
    "A cell of this notebook: the tests run the notebook top to bottom in a fresh venv, and the "
    "outputs shown are from running it when the site was built"
)


def on_page_content(html_text: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if any(uri == page.file.src_uri for uri, _, _ in _state.get("notebooks", [])):
        html_text = re.sub(
            r'<span class="filename">(?=[-\w.]+\.ipynb, cell \d+</span>)',
            f'<span class="filename winnet-tested" title="{NOTEBOOK_TITLE}">',
            html_text,
        )
    html_text = re.sub(
        r'<span class="filename">(?=(?:examples|lib/include)/)',
        f'<span class="filename winnet-tested" title="{TESTED_TITLE}">',
        html_text,
    )
    return html_text.replace(
        '<span class="filename">untested:',
        f'<span class="filename winnet-untested" title="{UNTESTED_TITLE}">untested:',
    )


# --- search --------------------------------------------------------------------------------------


@event_priority(-100)  # after the search plugin has written the index
def on_post_build(config: MkDocsConfig) -> None:
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text())
    docs = [d for d in index["docs"] if not d["location"].startswith(API_PREFIX)]
    index["docs"] = docs + _api_search_entries()
    path.write_text(json.dumps(index, separators=(",", ":")))


def _api_search_entries() -> list[dict]:
    """One search document per C++ and Python symbol: its name and the first paragraph of its
    definition, linked to its entry in the API reference."""
    texts: dict[str, str] = {}
    for page in ("cpp.html", "python.html"):
        source = SPHINX_HTML / page
        if source.is_file():
            for m in API_ENTRY_RE.finditer(source.read_text()):
                texts[f"{page}#{m['id']}"] = _plain(m["text"] or "")
    # Each page of the reference is the search result's article; its symbols are the sections.
    entries: dict[str, dict] = {
        page: {"location": API_PREFIX + page, "title": title, "text": text, "boost": API_SEARCH_BOOST}
        for page, title, text in API_PAGES
    }
    for domain_role, name, uri in sorted(_state["symbols"]):
        if domain_role.split(":")[1] not in SEARCHABLE_ROLES or uri in entries:
            continue
        anchor = uri.partition("#")[2]
        title = anchor if domain_role.startswith("py:") and re.fullmatch(r"[\w.]+", anchor) else name
        entries[uri] = {
            "location": API_PREFIX + uri,
            "title": html.escape(title),
            "text": html.escape(texts.get(uri, "")),
            "boost": API_SEARCH_BOOST,
        }
    return list(entries.values())


def _plain(fragment: str) -> str:
    """The first sentence of an HTML fragment, as text (the search index is loaded by every page:
    keep it small)."""
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())
    text = re.split(r"(?<=\.)\s", text, maxsplit=1)[0]
    return text if len(text) <= 160 else text[:160].rsplit(" ", 1)[0] + " …"
