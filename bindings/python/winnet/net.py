"""IP addresses, prefixes and MAC addresses, parsed and printed as Kubernetes and HNS do."""

from winnet._winnet import net as _net
from winnet._winnet.net import *  # noqa: F403

__all__ = sorted(name for name in vars(_net) if not name.startswith("_"))
