"""HNS (HCN v2) objects, with JSON exactly as hcsshim marshals it."""

from winnet._winnet.hns import (
    Distribution,
    JsonStyle,
    LoadBalancer,
    LoadBalancerFlags,
    PortMapping,
    PortMappingFlags,
    Protocol,
    SchemaVersion,
)

__all__ = [
    "Distribution",
    "JsonStyle",
    "LoadBalancer",
    "LoadBalancerFlags",
    "PortMapping",
    "PortMappingFlags",
    "Protocol",
    "SchemaVersion",
]
