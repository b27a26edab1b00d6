"""IP addresses, prefixes and MAC addresses, parsed and printed as Kubernetes and HNS do."""

from winnet._winnet.net import IpAddress, IpFamily, IpPrefix, LetterCase, MacAddress

__all__ = ["IpAddress", "IpFamily", "IpPrefix", "LetterCase", "MacAddress"]
