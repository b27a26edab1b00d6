"""MkDocs hook: the parts of the site generated from tested code.

- Field tables: a line `{{ winnet_fields("winnet::hns::LoadBalancer") }}` in an article becomes
  the table of that struct's public fields, with each definition taken from the Doxygen XML of
  lib/include and each field linked to its entry in the API reference. An unknown symbol fails
  the build, naming the page and line.
- API reference: the Sphinx + Breathe HTML (build/sphinx/html) is published under api/, so
  `mkdocs build` and `mkdocs serve` both include it and links into it are checked.

Inputs are produced by `make docs-xml` and `make api` (both run by `make site` and `make serve`).
"""

from __future__ import annotations

import os
import posixpath
import re
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from doxyxml import Doxygen, Member  # noqa: E402

DOXYGEN_XML = Path(os.environ.get("WINNET_DOXYGEN_XML", ROOT / "build" / "doxygen" / "xml"))
SPHINX_HTML = Path(os.environ.get("WINNET_SPHINX_HTML", ROOT / "build" / "sphinx" / "html"))
API_PREFIX = "api/"
# Front-end files the site serves itself instead of loading them from a CDN.
VENDORED = {
    "assets/javascripts/mermaid.min.js": ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js",
}

SNIPPET_RE = re.compile(r'^\s*-{1,}8<-{1,}\s+"(?P<path>[^"]+?)(?::(?P<section>[a-z][-_0-9a-z]*))?"\s*$')
FIELDS_RE = re.compile(r'^\{\{\s*winnet_fields\("(?P<symbol>[A-Za-z_:0-9]+)"\)\s*\}\}\s*$')

_state: dict = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        _state["doxygen"] = Doxygen(DOXYGEN_XML)
    except FileNotFoundError as e:
        raise PluginError(f"{e}. The site's field tables come from it.") from None
    inventory = SPHINX_HTML / "objects.inv"
    if not inventory.is_file():
        raise PluginError(f"{inventory} not found: build the API reference first (make api)")
    _state["inventory"] = _load_inventory(inventory)
    return config


def _load_inventory(path: Path) -> dict[str, str]:
    """C++ and Python symbol -> URI inside the Sphinx site (page#anchor)."""
    from sphinx.util.inventory import InventoryFile

    with path.open("rb") as f:
        inv = InventoryFile.load(f, "", posixpath.join)
    out: dict[str, str] = {}
    for domain_role, entries in inv.items():
        if domain_role.startswith(("cpp:", "py:")):
            for name, item in entries.items():
                out.setdefault(name, item[2] if isinstance(item, tuple) else item.uri)
    return out


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for uri, path in VENDORED.items():
        if not path.is_file():
            raise PluginError(f"{path} not found: run scripts/bootstrap (it installs the npm packages)")
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    for path in sorted(SPHINX_HTML.rglob("*")):
        rel = path.relative_to(SPHINX_HTML).as_posix()
        if path.is_file() and not rel.startswith((".", "_sources/")) and rel != "objects.inv":
            files.append(File.generated(config, API_PREFIX + rel, abs_src_path=str(path)))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    out = []
    for lineno, line in enumerate(markdown.splitlines(), start=1):
        _check_snippet(line, f"{page.file.src_path}:{lineno}")
        m = FIELDS_RE.match(line.strip())
        if m is None:
            if "winnet_fields(" in line:
                raise PluginError(
                    f"{page.file.src_path}:{lineno}: malformed field table directive {line.strip()!r}; "
                    'write {{ winnet_fields("winnet::module::Type") }} alone on its line'
                )
            out.append(line)
            continue
        try:
            out.append(_fields_table(m.group("symbol"), page))
        except KeyError as e:
            raise PluginError(f"{page.file.src_path}:{lineno}: {e.args[0]}") from None
    return "\n".join(out) + "\n"


def _check_snippet(line: str, where: str) -> None:
    """Fail with the page and line when an included file or region is missing.

    pymdownx.snippets (check_paths) fails too, but without saying which page asked."""
    m = SNIPPET_RE.match(line)
    if m is None:
        return
    path = ROOT / m.group("path")
    if not path.is_file():
        raise PluginError(f"{where}: included file {m.group('path')} does not exist")
    section = m.group("section")
    if section is None:
        return
    text = path.read_text()
    for marker in (f"[start:{section}]", f"[end:{section}]"):
        if not re.search(r"-{1,}8<-{1,}\s*" + re.escape(marker), text):
            raise PluginError(
                f"{where}: region '{section}' of {m.group('path')} has no marker `--8<-- {marker}`; "
                "mark the region in the file (see the examples) or fix the name"
            )


def _api_link(symbol: str, page: Page) -> str | None:
    uri = _state["inventory"].get(symbol)
    if uri is None:
        return None
    return posixpath.relpath(API_PREFIX + uri, posixpath.dirname(page.file.dest_uri) or ".")


def _cell(text: str) -> str:
    """Markdown that fits one table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _cpp(text: str) -> str:
    """A C++ type or expression as Doxygen prints it, with its template spacing tidied."""
    return _cell(re.sub(r"\s*([<>])\s*", r"\1", text))


def _fields_table(symbol: str, page: Page) -> str:
    dox = _state["doxygen"]
    fields: list[Member] = dox.fields(symbol)
    if not fields:
        raise KeyError(f"{symbol!r} has no public fields to tabulate")
    rows = [
        f"*Fields of `{symbol}`, generated from the Doxygen comments in "
        f"`lib/include/{dox.get(symbol).location.split(':')[0]}`; Python uses the same names.*",
        "",
        "| Field | Type | Definition |",
        "|---|---|---|",
    ]
    for field in fields:
        link = _api_link(field.qualified_name, page)
        if link is None:
            raise KeyError(
                f"{field.qualified_name!r} is not in the API reference ({SPHINX_HTML}/objects.inv); "
                "rebuild it with `make api`"
            )
        type_ = f"`{_cpp(field.type)}`"
        default = _cpp(field.initializer.removeprefix("=").strip())
        if default:
            type_ += f"<br>default `{default}`"
        rows.append(f"| [`{field.name}`]({link}) | {type_} | {_cell(field.text)} |")
    return "\n".join(rows)
