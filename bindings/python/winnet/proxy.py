"""The Windows kube-proxy: the records it keeps for each Service port and backend, the load
balancers it asks HNS for, its HNS seam (``ProxyHns``), the ``Proxier`` and ``plan()``.

Everything here is the compiled module ``winnet._winnet.proxy``. Services and EndpointSlices come
from ``winnet.k8s``, which reads dicts and YAML as well as JSON, so a notebook can run kube-proxy
on a simulated node in a few lines:

.. code-block:: python

    from winnet import hns, k8s, proxy

    sim = hns.SimulatedHns(hns.HnsState.from_json(open("hns.json").read()))
    config = proxy.ProxierConfig.from_(
        k8s.KubeProxyConfiguration.from_file("kube-proxy.yaml"), "10.0.0.12", "00-15-5D-00-00-12"
    )
    proxier = proxy.Proxier(sim, config)  # start-up: deletes every load balancer on the host
    proxier.set_service(k8s.Service.from_yaml(SERVICE_YAML))
    proxier.set_endpoint_slice(k8s.EndpointSlice.from_dict(slice_dict))
    proxier.sync()
    sim.state()  # the load balancers and remote endpoints kube-proxy created

The proxier keeps its ``SimulatedHns`` alive. ``ProxierConfig.from_`` is C++'s
``ProxierConfig::from`` (``from`` is a Python keyword). Start-up problems raise ``ProxierError``
(a ``winnet.Error``) with kube-proxy's message.
"""

from winnet._winnet import proxy as _proxy
from winnet._winnet.proxy import *  # noqa: F403

__all__ = sorted(name for name in vars(_proxy) if not name.startswith("_"))

# In Jupyter a proxier shows its Service ports (policy applied or not) as a table.
_proxy.Proxier._repr_html_ = lambda self: _proxy.service_table(self).to_html()
