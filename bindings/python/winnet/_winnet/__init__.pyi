"""
Compiled core of winnet: the Windows Kubernetes dataplane as a library.
"""

from __future__ import annotations
from . import net
from . import hns
from . import k8s
from . import hostprocess
from . import proxy
from . import cni

__all__: list[str] = ["Error", "JsonError", "ParseError", "cni", "hns", "hostprocess", "k8s", "net", "proxy"]

class Error(RuntimeError):
    """
    Base class of every exception winnet throws, so a caller can catch all of them in one place.

    The message (`what()`) is complete on its own: it names the value, field or JSON path at fault.
    """

class ParseError(ValueError):
    """
    Text that is not a valid value of its kind, such as an IP address, a prefix or a MAC address.
    """

class JsonError(ValueError):
    """
    A JSON document that is not what its schema expects: not JSON at all, a value of the wrong type, an unknown field or enum value, an address that does not parse, a number out of range.
    """
