"""Sphinx project of the API reference: C++ from the Doxygen XML (Breathe), Python from the
built module (autodoc). Built with -W -n by `make api` into build/sphinx/html, which the MkDocs
hook publishes under api/."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

project = "winnet"
author = "windows-networking"
copyright = "the windows-networking authors"
extensions = ["breathe", "sphinx.ext.autodoc"]

breathe_projects = {"winnet": os.environ.get("WINNET_DOXYGEN_XML", str(ROOT / "build" / "doxygen" / "xml"))}
breathe_default_project = "winnet"
breathe_default_members = ("members",)
breathe_show_include = False  # the section titles name the header to include

autodoc_member_order = "bysource"
autodoc_typehints = "signature"

cpp_index_common_prefix = ["winnet::"]
primary_domain = "cpp"
highlight_language = "cpp"
html_theme = "alabaster"
html_title = "winnet API reference"
html_theme_options = {
    "description": "C++ and Python API of winnet",
    "fixed_sidebar": True,
    "extra_nav_links": {"Back to the articles": "../index.html"},
}
html_copy_source = False
html_show_sourcelink = False

# The standard library and pybind11's builtins are not part of this reference.
nitpick_ignore_regex = [
    # Namespaces are not entities in Sphinx's C++ domain; a qualified base class mentions them.
    (r"cpp:identifier", r"winnet(::(net|hns|k8s|hostprocess|proxy|cni))?"),
    (r"cpp:.*", r"std(::.*)?"),
    (r"cpp:.*", r"(u?int(8|16|32|64)_t|size_t)"),
    (r"py:class", r"(int|str|bool|bytes|float|object|typing\..*|collections\.abc\..*|os\.PathLike.*)"),
    (r"py:class", r"datetime\.timedelta"),
]
