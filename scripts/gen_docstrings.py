"""Generate the C++ table of Python docstrings from the Doxygen XML of lib/include.

Output: lines of `{"winnet::hns::LoadBalancer", R"winnetdoc(...)winnetdoc"},` included by
bindings/python/src/docstrings.cpp. The bindings look every docstring up by the C++ name of
the symbol they bind, so a Python docstring is always the published Doxygen definition.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from doxyxml import Doxygen  # noqa: E402

DELIM = "winnetdoc"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--xml", required=True, help="Doxygen XML directory")
    parser.add_argument("--out", required=True, help="the .inc file to write")
    args = parser.parse_args()
    dox = Doxygen(args.xml)
    lines = []
    for qname, member in sorted(dox.symbols.items()):
        if not qname.startswith("winnet::") or not member.text:
            continue
        text = member.text
        if f'){DELIM}"' in text:
            raise SystemExit(f"{qname}: definition contains the raw-string delimiter {DELIM}")
        lines.append(f'{{"{qname}", R"{DELIM}({text}){DELIM}"}},')
    out = Path(args.out)
    content = "\n".join(lines) + "\n"
    if not out.exists() or out.read_text() != content:  # keep the timestamp when nothing changed
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(content)
    return 0


if __name__ == "__main__":
    sys.exit(main())
