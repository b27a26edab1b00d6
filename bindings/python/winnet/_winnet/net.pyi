"""
IP addresses, prefixes and MAC addresses as HNS writes them.
"""

from __future__ import annotations
import enum
import typing

__all__: list[str] = ["IpAddress", "IpFamily", "IpPrefix", "LetterCase", "MacAddress"]

class IpFamily(enum.Enum):
    """
    The IP version of an address or prefix, as in the `AddressFamily` of a Windows socket or an HNS endpoint's IP configuration.
    """

    IPV4: typing.ClassVar[IpFamily]
    IPV6: typing.ClassVar[IpFamily]
    @classmethod
    def __new__(cls, value): ...

class LetterCase(enum.Enum):
    """
    The case of the hex letters A-F when a MAC address is written as text.
    """

    LOWER: typing.ClassVar[LetterCase]
    UPPER: typing.ClassVar[LetterCase]
    @classmethod
    def __new__(cls, value): ...

class IpAddress:
    """
    One IPv4 or IPv6 address, without a zone or port: the value of an HNS endpoint's `IPAddress`, a Service's cluster IP or a node address.

    Parsing follows Go's net.ParseIP, which kube-proxy, kubelet and the CNI plugins use, so winnet accepts and rejects the same text: IPv4 octets with a leading zero are rejected (they would mean octal to inet_aton), zones such as "%eth0" are rejected, and an IPv4-mapped IPv6 address ("::ffff:a.b.c.d") is the IPv4 address a.b.c.d. A default-constructed address is the IPv4 unspecified address 0.0.0.0.
    """
    @staticmethod
    def parse(text: str) -> IpAddress:
        """
        Parses dotted-quad IPv4 ("10.244.1.5") or RFC 4291 IPv6 text ("fd00::5", "64:ff9b::1.2.3.4"), as Go's net.ParseIP does.

        IPv6 hex digits may be either case; "::ffff:10.0.0.1" is the IPv4 address 10.0.0.1. Throws `winnet::ParseError` (kind "IP address") naming the octet or group at fault when the text is empty, has a zone ("%eth0"), an octet above 255 or with a leading zero, a group of more than four hex digits, a wrong number of groups, more than one "::", or any other character.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __ge__(self, other: typing.Any) -> typing.Any: ...
    def __gt__(self, other: typing.Any) -> typing.Any: ...
    def __hash__(self) -> int: ...
    def __init__(self, text: str) -> None:
        """
        Parses dotted-quad IPv4 ("10.244.1.5") or RFC 4291 IPv6 text ("fd00::5", "64:ff9b::1.2.3.4"), as Go's net.ParseIP does.

        IPv6 hex digits may be either case; "::ffff:10.0.0.1" is the IPv4 address 10.0.0.1. Throws `winnet::ParseError` (kind "IP address") naming the octet or group at fault when the text is empty, has a zone ("%eth0"), an octet above 255 or with a leading zero, a group of more than four hex digits, a wrong number of groups, more than one "::", or any other character.
        """
    def __le__(self, other: typing.Any) -> typing.Any: ...
    def __lt__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    @property
    def family(self) -> IpFamily:
        """
        IPv4 or IPv6. IPv4-mapped IPv6 addresses report IPv4.
        """
    @property
    def is_v4(self) -> bool:
        """
        True for IPv4 addresses, including those written in IPv4-mapped IPv6 form.
        """
    @property
    def is_v6(self) -> bool:
        """
        True for IPv6 addresses that are not IPv4-mapped.
        """
    @property
    def packed(self) -> bytes:
        """
        The address in network byte order: 4 bytes for IPv4, 16 for IPv6, as it goes on the wire and into a SOCKADDR_INET.

        The view is valid as long as this address is.
        """

class IpPrefix:
    """
    An address with a prefix length in CIDR notation: a pod or service subnet ("10.244.1.0/24"), an HNS route's `DestinationPrefix`, or an endpoint's address with its on-link length ("10.244.1.5/24").

    The address keeps the host bits it was written with, as net.ParseCIDR's first result does; `network()` is the prefix with them cleared.
    """
    @staticmethod
    def parse(text: str) -> IpPrefix:
        """
        Parses "address/length" as Go's net.ParseCIDR does: the address as `IpAddress::parse()` reads it and a decimal length of at most 32 for IPv4 and 128 for IPv6.

        An IPv4-mapped IPv6 address ("::ffff:10.0.0.0/120") gives the IPv4 prefix (10.0.0.0/24); its length counts IPv6 bits and must be at least 96. Throws `winnet::ParseError` (kind "IP prefix") when the "/length" is missing, the address does not parse (the reason says why), or the length is empty, not decimal, or above the limit of the address family (the reason names the limit).
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __ge__(self, other: typing.Any) -> typing.Any: ...
    def __gt__(self, other: typing.Any) -> typing.Any: ...
    def __hash__(self) -> int: ...
    def __init__(self, text: str) -> None:
        """
        Parses "address/length" as Go's net.ParseCIDR does: the address as `IpAddress::parse()` reads it and a decimal length of at most 32 for IPv4 and 128 for IPv6.

        An IPv4-mapped IPv6 address ("::ffff:10.0.0.0/120") gives the IPv4 prefix (10.0.0.0/24); its length counts IPv6 bits and must be at least 96. Throws `winnet::ParseError` (kind "IP prefix") when the "/length" is missing, the address does not parse (the reason says why), or the length is empty, not decimal, or above the limit of the address family (the reason names the limit).
        """
    def __le__(self, other: typing.Any) -> typing.Any: ...
    def __lt__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def contains(self, address: IpAddress | str) -> bool:
        """
        True when `address` lies inside this prefix, that is its first `length()` bits match `network()`.

        An address of the other family is never contained; a /0 prefix contains every address of its family.
        """
    @property
    def address(self) -> IpAddress:
        """
        The address as written, host bits included (10.244.1.5 for "10.244.1.5/24").
        """
    @property
    def family(self) -> IpFamily:
        """
        The family of `address()`: IPv4 or IPv6.
        """
    @property
    def length(self) -> int:
        """
        The number of leading bits that identify the network: 0 to 32 for IPv4, 0 to 128 for IPv6.
        """
    @property
    def network(self) -> IpAddress:
        """
        The prefix itself: `address()` with every bit beyond `length()` cleared (10.244.1.0 for "10.244.1.5/24").
        """

class MacAddress:
    """
    A 48-bit Ethernet (EUI-48) MAC address, such as an HNS endpoint's `MacAddress` or a Hyper-V virtual NIC's address.

    A default-constructed address is 00-00-00-00-00-00.
    """
    @staticmethod
    def parse(text: str) -> MacAddress:
        """
        Parses six groups of exactly two hex digits (either case), separated by '-' as HNS writes them ("00-15-5D-52-C0-00") or by ':' as Linux writes them ("00:15:5d:52:c0:00").

        Throws `winnet::ParseError` (kind "MAC address") when the text is empty, has no separator, mixes '-' and ':', has other than six groups, or a group that is not exactly two hex digits; the reason names the group or separator at fault. Dotted Cisco form ("0015.5d52.c000") and the separator-less form are rejected: HNS never writes them.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __ge__(self, other: typing.Any) -> typing.Any: ...
    def __gt__(self, other: typing.Any) -> typing.Any: ...
    def __hash__(self) -> int: ...
    def __init__(self, text: str) -> None:
        """
        Parses six groups of exactly two hex digits (either case), separated by '-' as HNS writes them ("00-15-5D-52-C0-00") or by ':' as Linux writes them ("00:15:5d:52:c0:00").

        Throws `winnet::ParseError` (kind "MAC address") when the text is empty, has no separator, mixes '-' and ':', has other than six groups, or a group that is not exactly two hex digits; the reason names the group or separator at fault. Dotted Cisco form ("0015.5d52.c000") and the separator-less form are rejected: HNS never writes them.
        """
    def __le__(self, other: typing.Any) -> typing.Any: ...
    def __lt__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def to_string(self, letter_case: LetterCase = LetterCase.UPPER) -> str:
        """
        Six dash-separated two-digit groups, with hex letters in `letter_case`: upper case ("00-15-5D-52-C0-00") by default, as HNS writes it.
        """
    @property
    def packed(self) -> bytes:
        """
        The six bytes in transmission order.
        """
