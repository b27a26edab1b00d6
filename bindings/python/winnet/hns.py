"""HNS (HCN v2) objects with JSON exactly as hcsshim marshals it, the HNS version and its
features, SimulatedHns (an in-memory HNS), and tables for people.

Everything here is the compiled module ``winnet._winnet.hns``; in Jupyter, objects, node states
and simulators display as HTML tables.
"""

from winnet import _display
from winnet._winnet import hns as _hns
from winnet._winnet.hns import *  # noqa: F403

__all__ = sorted(name for name in vars(_hns) if not name.startswith("_"))

_display.install()
