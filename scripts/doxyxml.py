"""Read Doxygen's XML output into a small model of winnet's documented C++ symbols.

One reader serves every consumer of the Doxygen definitions, so they never disagree:
the Python docstrings (scripts/gen_docstrings.py), the field tables on the site
(site/hooks/winnet_docs.py) and the checks that every referenced symbol exists.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from pathlib import Path


@dataclasses.dataclass
class Member:
    """A documented C++ symbol: a field, function, enum, enumerator or type."""

    qualified_name: str  # winnet::hns::LoadBalancer::frontend_vips
    kind: str  # variable, function, enum, enumvalue, typedef, class, struct, namespace, friend
    type: str = ""  # C++ type of a field or return type of a function, as written
    args: str = ""  # argument list of a function, as written
    initializer: str = ""  # "= 0" of a field with a default member initializer
    brief: str = ""  # Markdown
    details: str = ""  # Markdown
    location: str = ""  # header path relative to lib/include, with line
    members: list[Member] = dataclasses.field(default_factory=list)  # fields, enumerators, ...

    @property
    def name(self) -> str:
        return self.qualified_name.rsplit("::", 1)[-1]

    @property
    def text(self) -> str:
        """The whole definition: brief, then details."""
        return "\n\n".join(part for part in (self.brief, self.details) if part)


def _inline(elem: ET.Element | None) -> str:
    """Markdown for the inline content of a Doxygen description element."""
    if elem is None:
        return ""
    out = [elem.text or ""]
    for child in elem:
        tag = child.tag
        if tag == "computeroutput":
            out.append("`" + "".join(child.itertext()) + "`")
        elif tag in ("bold",):
            out.append("**" + _inline(child) + "**")
        elif tag in ("emphasis",):
            out.append("*" + _inline(child) + "*")
        elif tag == "ref":
            out.append("`" + "".join(child.itertext()) + "`")
        elif tag == "ulink":
            out.append(f"[{_inline(child)}]({child.get('url')})")
        elif tag == "itemizedlist":
            items = ["- " + _paras(item).strip() for item in child.findall("listitem")]
            out.append("\n\n" + "\n".join(items) + "\n\n")
        elif tag == "simplesect":
            label = {"return": "Returns: ", "note": "Note: ", "see": "See also: "}.get(
                child.get("kind", ""), ""
            )
            out.append("\n\n" + label + _paras(child).strip())
        elif tag == "parameterlist":
            rows = []
            for item in child.findall("parameteritem"):
                names = ", ".join("".join(n.itertext()) for n in item.iter("parametername"))
                rows.append(f"- `{names}`: {_paras(item.find('parameterdescription')).strip()}")
            label = {"exception": "Throws", "retval": "Returns"}.get(child.get("kind", ""), "Parameters")
            out.append(f"\n\n{label}:\n\n" + "\n".join(rows))
        elif tag in ("sp",):
            out.append(" ")
        elif tag == "linebreak":
            out.append("\n")
        else:
            out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def _paras(elem: ET.Element | None) -> str:
    if elem is None:
        return ""
    paras = [" ".join(_inline(p).split(" ")).strip() for p in elem.findall("para")]
    return "\n\n".join(p for p in paras if p)


def _text(elem: ET.Element | None) -> str:
    return "".join(elem.itertext()).strip() if elem is not None else ""


def _location(elem: ET.Element) -> str:
    loc = elem.find("location")
    if loc is None:
        return ""
    return f"{loc.get('file', '')}:{loc.get('line', '')}"


class Doxygen:
    """Every documented symbol found in a Doxygen XML directory, by qualified name."""

    def __init__(self, xml_dir: Path | str):
        self.xml_dir = Path(xml_dir)
        index = self.xml_dir / "index.xml"
        if not index.is_file():
            raise FileNotFoundError(f"{index} not found: run Doxygen first (make docs-xml)")
        self.symbols: dict[str, Member] = {}
        root = ET.parse(index).getroot()
        for compound in root.findall("compound"):
            if compound.get("kind") in ("class", "struct", "namespace", "file"):
                self._read_compound(self.xml_dir / f"{compound.get('refid')}.xml")

    def _add(self, member: Member) -> None:
        existing = self.symbols.get(member.qualified_name)
        if existing is None:
            self.symbols[member.qualified_name] = member
        elif member.kind == "function" and existing.kind == "function":
            # Overloads share a name: keep each definition, in header order.
            existing.details = "\n\n".join(
                x for x in (existing.details, f"Overload `{member.args}`: {member.text}") if x
            )

    def _read_compound(self, path: Path) -> None:
        root = ET.parse(path).getroot()
        for cdef in root.findall("compounddef"):
            kind = cdef.get("kind", "")
            scope = _text(cdef.find("compoundname"))
            owner = None
            if kind in ("class", "struct"):
                owner = Member(
                    qualified_name=scope,
                    kind=kind,
                    brief=_paras(cdef.find("briefdescription")),
                    details=_paras(cdef.find("detaileddescription")),
                    location=_location(cdef),
                )
                self._add(owner)
            prefix = "" if kind == "file" else scope + "::"
            for section in cdef.findall("sectiondef"):
                for m in section.findall("memberdef"):
                    mkind = m.get("kind", "")
                    name = _text(m.find("name"))
                    if kind == "file" and m.find("qualifiedname") is not None:
                        qname = _text(m.find("qualifiedname"))
                    else:
                        qname = prefix + name
                    member = Member(
                        qualified_name=qname,
                        kind=mkind,
                        type=_text(m.find("type")),
                        args=_text(m.find("argsstring")),
                        initializer=_text(m.find("initializer")),
                        brief=_paras(m.find("briefdescription")),
                        details=_paras(m.find("detaileddescription")),
                        location=_location(m),
                    )
                    if mkind == "enum":
                        for ev in m.findall("enumvalue"):
                            value = Member(
                                qualified_name=qname + "::" + _text(ev.find("name")),
                                kind="enumvalue",
                                initializer=_text(ev.find("initializer")),
                                brief=_paras(ev.find("briefdescription")),
                                details=_paras(ev.find("detaileddescription")),
                            )
                            member.members.append(value)
                            self._add(value)
                    if owner is not None and section.get("kind", "").startswith("public"):
                        owner.members.append(member)
                    self._add(member)

    def get(self, qualified_name: str) -> Member:
        """The symbol, or KeyError naming near misses."""
        try:
            return self.symbols[qualified_name]
        except KeyError:
            last = qualified_name.rsplit("::", 1)[-1].lower()
            near = sorted(q for q in self.symbols if q.lower().endswith("::" + last))[:5]
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            raise KeyError(f"no documented C++ symbol {qualified_name!r} in {self.xml_dir}{hint}") from None

    def fields(self, qualified_name: str) -> list[Member]:
        """The public data members of a class or struct, in declaration order."""
        owner = self.get(qualified_name)
        if owner.kind not in ("class", "struct"):
            raise KeyError(f"{qualified_name!r} is a {owner.kind}, not a class or struct")
        return [m for m in owner.members if m.kind == "variable"]
