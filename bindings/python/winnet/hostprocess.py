"""Windows HostProcess pods: the manifest model, the API server's rules, Pod Security admission,
the node's checks and the runtime view (the compiled module ``winnet._winnet.hostprocess``),
plus loading manifests from YAML the way kubectl does.

``load(path)`` and ``read_yaml(text)`` read Pods and workloads from multi-document YAML (or a
JSON object or ``v1`` List) with limits against hostile input: the file size, the nesting depth
and the number of nodes after YAML aliases are expanded are bounded, recursive aliases are
refused, and every failure is a ``ManifestError`` whose message is one line naming the source,
the document and the place.
"""

from __future__ import annotations

import json
import os
import sys

from winnet._winnet import JsonError
from winnet._winnet import hostprocess as _hp
from winnet._winnet.hostprocess import *  # noqa: F403
from winnet._winnet.hostprocess import Manifests, read_manifests

#: Files larger than this are refused (the API server refuses requests over 3 MiB anyway).
MAX_BYTES = 16 * 1024 * 1024
#: Nesting deeper than this is refused; Kubernetes objects nest about 15 levels.
MAX_DEPTH = 100
#: A document with more nodes than this once its YAML aliases are expanded is refused.
MAX_NODES = 1_000_000


class ManifestError(ValueError):
    """A manifest that cannot be checked: unreadable, not UTF-8, not YAML or JSON, too large or
    too deep, or not Kubernetes objects. ``str()`` is one line naming the source and place."""


def load(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_nodes: int = MAX_NODES,
) -> Manifests:
    """Reads the Pods and workloads of the manifest file at ``path`` (``-`` for standard input).

    Raises ``ManifestError`` for a file that cannot be read or is not Kubernetes objects."""
    source = str(path)
    try:
        if source == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(path, "rb") as f:
                data = f.read(max_bytes + 1)
    except OSError as e:
        raise ManifestError(f"{source}: cannot read: {e.strerror or e}") from None
    if len(data) > max_bytes:
        raise ManifestError(f"{source}: larger than {_size(max_bytes)}; Kubernetes objects are far smaller")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ManifestError(f"{source}: not UTF-8 text (invalid byte at offset {e.start})") from None
    return read_yaml(text, source, max_bytes=max_bytes, max_depth=max_depth, max_nodes=max_nodes)


def read_yaml(
    text: str,
    source: str = "<string>",
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_nodes: int = MAX_NODES,
) -> Manifests:
    """Reads the Pods and workloads of manifest text: YAML documents separated by ``---``, or JSON
    (text starting with ``{``, as kubectl decides). Other objects are listed in ``skipped``.

    Raises ``ManifestError`` naming ``source``, the document (``document 2``) and the JSONPath."""
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise ManifestError(f"{source}: larger than {_size(max_bytes)}; Kubernetes objects are far smaller")
    if text.lstrip().startswith("{"):
        try:
            return read_manifests(text)
        except JsonError as e:
            raise ManifestError(f"{source}: {_one_line(str(e))}") from None
    workloads = []
    skipped = []
    for number, document in _documents(text, source, max_depth, max_nodes):
        try:
            encoded = json.dumps(document, allow_nan=False)
        except (TypeError, ValueError) as e:
            raise ManifestError(f"{source}: document {number}: not representable as JSON ({e})") from None
        try:
            found = read_manifests(encoded)
        except JsonError as e:
            raise ManifestError(f"{source}: document {number}: {_one_line(str(e))}") from None
        workloads.extend(found.workloads)
        skipped.extend(found.skipped)
    return Manifests(workloads=workloads, skipped=skipped)


def _documents(text: str, source: str, max_depth: int, max_nodes: int):
    """Yields (number, value) for each non-empty YAML document, checked before construction."""
    import yaml

    loader = _loader_class()(text)
    number = 0
    try:
        while loader.check_node():
            node = loader.get_node()
            number += 1
            if node is None:
                continue
            problem = _check_graph(node, max_depth, max_nodes)
            if problem:
                raise ManifestError(f"{source}: document {number}: {problem}")
            value = loader.construct_document(node)
            if value is not None:
                yield number, value
    except yaml.YAMLError as e:
        raise ManifestError(f"{source}: {_yaml_message(e)}") from None
    except RecursionError:
        raise ManifestError(
            f"{source}: document {number + 1}: nested too deeply to parse "
            f"(more than {max_depth} levels allowed)"
        ) from None
    finally:
        loader.dispose()


_LOADER = None


def _loader_class():
    """yaml.SafeLoader (pure Python: no C recursion) reading timestamps as strings, as kubectl's
    YAML-to-JSON conversion does."""
    global _LOADER
    if _LOADER is None:
        import yaml

        class Loader(yaml.SafeLoader):
            pass

        Loader.add_constructor(
            "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
        )
        _LOADER = Loader
    return _LOADER


def _children(node):
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


def _check_graph(root, max_depth: int, max_nodes: int) -> str | None:
    """Why the node graph must not be constructed: a recursive alias, or more than ``max_nodes``
    nodes or ``max_depth`` levels once aliases are expanded (a "billion laughs" document). The
    walk is iterative and shares the counts of aliased nodes, so it is linear in the text."""
    size: dict[int, int] = {}
    height: dict[int, int] = {}
    visiting: set[int] = set()
    stack = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            children = list(_children(node))
            size[key] = 1 + sum(size[id(c)] for c in children)
            height[key] = 1 + max((height[id(c)] for c in children), default=0)
            visiting.discard(key)
            if size[key] > max_nodes:
                return f"more than {max_nodes} values once YAML aliases are expanded"
            if height[key] > max_depth:
                return f"nested deeper than {max_depth} levels"
            continue
        if key in size:
            continue
        if key in visiting:
            return "a YAML alias refers to a collection that contains it"
        visiting.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) not in size:
                stack.append((child, False))
    return None


def _yaml_message(e) -> str:
    mark = getattr(e, "problem_mark", None)
    problem = getattr(e, "problem", None)
    if mark is None or problem is None:
        return f"not YAML: {_one_line(str(e))}"
    context = getattr(e, "context", None)
    text = f"{context}: {problem}" if context else problem
    return f"line {mark.line + 1}, column {mark.column + 1}: not YAML: {_one_line(text)}"


def _one_line(text: str) -> str:
    return " ".join(text.replace("\r", "\n").split("\n")).strip()


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB" if n % (1024 * 1024) == 0 else f"{n} bytes"


__all__ = sorted(
    [name for name in vars(_hp) if not name.startswith("_")]
    + ["ManifestError", "MAX_BYTES", "MAX_DEPTH", "MAX_NODES", "load", "read_yaml"]
)
