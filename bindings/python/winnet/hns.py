"""HNS (HCN v2) objects with JSON exactly as hcsshim marshals it, the HNS version and its
features, SimulatedHns (an in-memory HNS), and tables for people.

Everything here is the compiled module ``winnet._winnet.hns``; in Jupyter, objects, node states
and simulators display as HTML tables, and ``Dataplane(state)`` draws a node's dataplane (VIPs,
load balancers, endpoints, nodes) as SVG, offline (``dataplane_svg(state)`` gives the text).
"""

from winnet import _display
from winnet._display import Dataplane, dataplane_svg  # noqa: F401 (exported: see __all__)
from winnet._winnet import hns as _hns
from winnet._winnet.hns import *  # noqa: F403

__all__ = sorted([name for name in vars(_hns) if not name.startswith("_")] + ["Dataplane", "dataplane_svg"])

_display.install()
