"""winnet: the Windows Kubernetes dataplane (HNS, kube-proxy, CNI, HostProcess) as a library.

Submodules mirror the C++ modules: ``winnet.net`` (addresses), ``winnet.hns`` (HNS objects,
SimulatedHns), ``winnet.k8s`` (Services, EndpointSlices, KubeProxyConfiguration), ``winnet.hostprocess``
(HostProcess pod rules and runtime view), ``winnet.proxy`` (the Windows kube-proxy, ``plan()``).
Errors are ``winnet.Error`` and its subclasses ``ParseError`` and ``JsonError`` (both ``ValueError``),
carrying the C++ message that names the bad value or JSON path.
"""

from winnet import cni, hns, hostprocess, k8s, net, proxy
from winnet._winnet import Error, JsonError, ParseError

__all__ = ["Error", "JsonError", "ParseError", "cni", "hns", "hostprocess", "k8s", "net", "proxy"]
__version__ = "0.1.0"
