/// @file
/// IPv4 and IPv6 addresses, parsed exactly as Kubernetes (Go's net.ParseIP) parses them.
#pragma once

#include <winnet/error.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace winnet::net {

/// The IP version of an address or prefix, as in the `AddressFamily` of a Windows socket or an
/// HNS endpoint's IP configuration.
enum class IpFamily {
    /// IPv4 (AF_INET): 32-bit addresses such as 10.244.1.5. IPv4-mapped IPv6 addresses
    /// ("::ffff:10.244.1.5") belong here too, as they do in Kubernetes.
    IPv4,
    /// IPv6 (AF_INET6): 128-bit addresses such as fd00::5.
    IPv6,
};

/// One IPv4 or IPv6 address, without a zone or port: the value of an HNS endpoint's `IPAddress`,
/// a Service's cluster IP or a node address.
///
/// Parsing follows Go's net.ParseIP, which kube-proxy, kubelet and the CNI plugins use, so winnet
/// accepts and rejects the same text: IPv4 octets with a leading zero are rejected (they
/// would mean octal to inet_aton), zones such as "%eth0" are rejected, and an IPv4-mapped IPv6
/// address ("::ffff:a.b.c.d") is the IPv4 address a.b.c.d. A default-constructed address is the
/// IPv4 unspecified address 0.0.0.0.
class IpAddress {
public:
    /// The IPv4 unspecified address 0.0.0.0 (INADDR_ANY).
    IpAddress() = default;

    /// Parses dotted-quad IPv4 ("10.244.1.5") or RFC 4291 IPv6 text ("fd00::5",
    /// "64:ff9b::1.2.3.4"), as Go's net.ParseIP does. IPv6 hex digits may be either case;
    /// "::ffff:10.0.0.1" is the IPv4 address 10.0.0.1.
    /// Throws winnet::ParseError (kind "IP address") naming the octet or group at fault when the
    /// text is empty, has a zone ("%eth0"), an octet above 255 or with a leading zero, a group of
    /// more than four hex digits, a wrong number of groups, more than one "::", or any other
    /// character.
    [[nodiscard]] static IpAddress parse(std::string_view text);

    /// Like parse(), but returns no value instead of throwing, for callers that only test
    /// whether text is an address.
    [[nodiscard]] static std::optional<IpAddress> try_parse(std::string_view text) noexcept;

    /// The IPv4 address with these four bytes in network order (bytes[0] is the first octet).
    [[nodiscard]] static IpAddress from_v4_bytes(std::array<std::uint8_t, 4> bytes) noexcept;

    /// The IPv6 address with these sixteen bytes in network order. An IPv4-mapped address
    /// ("::ffff:0:0/96") becomes the IPv4 address it maps, as Go's To4() would report it, so that
    /// it equals the result of parsing the same text.
    [[nodiscard]] static IpAddress from_v6_bytes(std::array<std::uint8_t, 16> bytes) noexcept;

    /// IPv4 or IPv6. IPv4-mapped IPv6 addresses report IPv4.
    [[nodiscard]] IpFamily family() const noexcept { return family_; }

    /// True for IPv4 addresses, including those written in IPv4-mapped IPv6 form.
    [[nodiscard]] bool is_v4() const noexcept { return family_ == IpFamily::IPv4; }

    /// True for IPv6 addresses that are not IPv4-mapped.
    [[nodiscard]] bool is_v6() const noexcept { return family_ == IpFamily::IPv6; }

    /// The address in network byte order: 4 bytes for IPv4, 16 for IPv6, as it goes on the wire
    /// and into a SOCKADDR_INET. The view is valid as long as this address is.
    [[nodiscard]] std::span<const std::uint8_t> bytes() const noexcept;

    /// The canonical text: dotted decimal for IPv4; for IPv6 the RFC 5952 form HNS and Go print,
    /// lower-case hex without leading zeros, the longest run of two or more zero groups
    /// compressed to "::" (the first such run on a tie).
    [[nodiscard]] std::string to_string() const;

    /// Two addresses are equal when they have the same family and bytes, however they were
    /// written ("FD00::0005" equals "fd00::5").
    friend bool operator==(const IpAddress&, const IpAddress&) = default;

    /// Orders every IPv4 address before every IPv6 address, then by bytes, which is numeric
    /// order within a family.
    friend std::strong_ordering operator<=>(const IpAddress&, const IpAddress&) = default;

private:
    // Field order matters: the defaulted comparisons compare family first, then bytes. An IPv4
    // address keeps its four bytes at the front and zeros behind them.
    IpFamily family_ = IpFamily::IPv4;
    std::array<std::uint8_t, 16> bytes_{};
};

} // namespace winnet::net

namespace std {

/// Hashing for IpAddress, so addresses can key std::unordered_map and std::unordered_set.
template <> struct hash<winnet::net::IpAddress> {
    /// A hash of the family and bytes, consistent with IpAddress's operator==.
    std::size_t operator()(const winnet::net::IpAddress& address) const noexcept;
};

} // namespace std
