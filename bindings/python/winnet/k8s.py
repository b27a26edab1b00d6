"""Kubernetes Services and EndpointSlices as the Windows kube-proxy reads them, the cluster state
built from ``kubectl`` output, and the kube-proxy configuration file.

Everything here is the compiled module ``winnet._winnet.k8s``, which reads JSON. This module adds
what belongs to Python: each class that reads JSON also takes a dict (``from_dict``) or YAML
(``from_yaml``), so a notebook can write a Service as a literal or paste a manifest:

.. code-block:: python

    svc = k8s.Service.from_yaml('''
    metadata: {name: web}
    spec:
      clusterIP: 10.96.0.20
      ports: [{port: 80, targetPort: 8080}]
    ''')

and files are read by name (``ClusterState.from_files``, ``KubeProxyConfiguration.from_file``):
``.yaml``/``.yml`` files as YAML (every document in turn), anything else as JSON. A problem in a
file is a ``winnet.JsonError`` whose message starts with the file name; it also carries the
``file``, ``path`` (JSONPath) and ``problem``.
"""

import json as _json
from pathlib import Path as _Path

from winnet._winnet import JsonError as _JsonError
from winnet._winnet import k8s as _k8s
from winnet._winnet.k8s import *  # noqa: F403

__all__ = sorted(name for name in vars(_k8s) if not name.startswith("_"))

_YAML_SUFFIXES = (".yaml", ".yml")


def _to_json(document):
    # YAML turns unquoted timestamps into datetimes; kube-proxy never reads them, so any text will do.
    return _json.dumps(document, default=str)


def _error(path, problem):
    """A winnet.JsonError as the compiled module raises them: message, ``path``, ``problem``."""
    error = _JsonError(f"{path}: {problem}")
    error.path = path
    error.problem = problem
    return error


def _yaml_documents(text):
    if not isinstance(text, str):
        raise TypeError(f"from_yaml(text=...): expected str, got {type(text).__name__}")
    import yaml  # PyYAML, a dependency of the package; imported only when YAML is used

    try:
        return [doc for doc in yaml.safe_load_all(text) if doc is not None]
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        line = f" at line {where.line + 1}, column {where.column + 1}" if where else ""
        raise _error("$", f"not valid YAML{line}: {getattr(e, 'problem', None) or e}") from None


def _yaml_to_json(text):
    """The documents of YAML text as JSON, one a line (what the C++ reader takes as a stream)."""
    return "\n".join(_to_json(doc) for doc in _yaml_documents(text))


def _single_yaml(text, what):
    documents = _yaml_documents(text)
    if len(documents) != 1:
        raise _error("$", f"expected one YAML document ({what}), found {len(documents)}")
    return _to_json(documents[0])


def _file_json(path):
    path = _Path(path)
    text = path.read_text(encoding="utf-8")
    return _yaml_to_json(text) if path.suffix.lower() in _YAML_SUFFIXES else text


def _in_file(path, error):
    """The JsonError `error` again, its message prefixed with the file it came from."""
    located = _JsonError(f"{path}: {error}")
    located.file = str(path)
    located.path = getattr(error, "path", "$")
    located.problem = getattr(error, "problem", str(error))
    return located


# ---- Service, EndpointSlice -----------------------------------------------------------------------


def _service_from_dict(document):
    """The Service a dict describes (as ``yaml.safe_load`` or ``json.loads`` returns it); see
    ``Service.from_json``."""
    return _k8s.Service.from_json(_to_json(document))


def _service_from_yaml(text):
    """The Service one YAML document describes; see ``Service.from_json``."""
    return _k8s.Service.from_json(_single_yaml(text, "a Service"))


def _slice_from_dict(document):
    """The EndpointSlice a dict describes; see ``EndpointSlice.from_json``."""
    return _k8s.EndpointSlice.from_json(_to_json(document))


def _slice_from_yaml(text):
    """The EndpointSlice one YAML document describes; see ``EndpointSlice.from_json``."""
    return _k8s.EndpointSlice.from_json(_single_yaml(text, "an EndpointSlice"))


# ---- ClusterState ---------------------------------------------------------------------------------


def _state_from_dict(document):
    """The cluster a dict describes: a List, a single object or a watch event; see
    ``ClusterState.from_json``."""
    return _k8s.ClusterState.from_json(_to_json(document))


def _state_from_yaml(text):
    """The cluster the YAML documents of ``text`` describe, applied in order (``kubectl get -o
    yaml`` output, or manifests separated by ``---``); paths start with the document's index
    when there are several."""
    return _k8s.ClusterState.from_json(_yaml_to_json(text))


def _state_apply_file(self, path):
    """Applies the file ``path`` (JSON, or YAML by its suffix) as ``apply_json`` does."""
    try:
        self.apply_json(_file_json(path))
    except _JsonError as e:
        raise _in_file(path, e) from None


def _state_from_files(*paths):
    """The cluster the files describe, applied in the order given (each as ``apply_file``)."""
    state = _k8s.ClusterState()
    for path in paths:
        state.apply_file(path)
    return state


# ---- KubeProxyConfiguration -----------------------------------------------------------------------


def _config_from_dict(document):
    """The configuration a dict describes; see ``KubeProxyConfiguration.from_json``."""
    return _k8s.KubeProxyConfiguration.from_json(_to_json(document))


def _config_from_yaml(text):
    """The configuration a YAML document describes, as kube-proxy reads its ``--config`` file."""
    return _k8s.KubeProxyConfiguration.from_json(_single_yaml(text, "a KubeProxyConfiguration"))


def _config_from_file(path):
    """The configuration in the file ``path`` (YAML, or JSON by its suffix)."""
    path = _Path(path)
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix.lower() in _YAML_SUFFIXES:
            return _config_from_yaml(text)
        return _k8s.KubeProxyConfiguration.from_json(text)
    except _JsonError as e:
        raise _in_file(path, e) from None


_k8s.Service.from_dict = staticmethod(_service_from_dict)
_k8s.Service.from_yaml = staticmethod(_service_from_yaml)
_k8s.EndpointSlice.from_dict = staticmethod(_slice_from_dict)
_k8s.EndpointSlice.from_yaml = staticmethod(_slice_from_yaml)
_k8s.ClusterState.from_dict = staticmethod(_state_from_dict)
_k8s.ClusterState.from_yaml = staticmethod(_state_from_yaml)
_k8s.ClusterState.from_files = staticmethod(_state_from_files)
_k8s.ClusterState.apply_file = _state_apply_file
_k8s.KubeProxyConfiguration.from_dict = staticmethod(_config_from_dict)
_k8s.KubeProxyConfiguration.from_yaml = staticmethod(_config_from_yaml)
_k8s.KubeProxyConfiguration.from_file = staticmethod(_config_from_file)
