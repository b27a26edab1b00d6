/// @file
/// IP prefixes in CIDR notation ("10.244.1.0/24"), parsed as Go's net.ParseCIDR parses them.
#pragma once

#include <winnet/net/ip_address.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace winnet::net {

/// An address with a prefix length in CIDR notation: a pod or service subnet ("10.244.1.0/24"),
/// an HNS route's `DestinationPrefix`, or an endpoint's address with its on-link length
/// ("10.244.1.5/24").
///
/// The address keeps the host bits it was written with, as net.ParseCIDR's first result does;
/// network() is the prefix with them cleared.
class IpPrefix {
public:
    /// 0.0.0.0/0, the IPv4 default route's destination, which contains every IPv4 address.
    IpPrefix() = default;

    /// Parses "address/length" as Go's net.ParseCIDR does: the address as IpAddress::parse() reads
    /// it and a decimal length of at most 32 for IPv4 and 128 for IPv6. An IPv4-mapped IPv6
    /// address ("::ffff:10.0.0.0/120") gives the IPv4 prefix (10.0.0.0/24); its length counts
    /// IPv6 bits and must be at least 96.
    /// Throws winnet::ParseError (kind "IP prefix") when the "/length" is missing, the address
    /// does not parse (the reason says why), or the length is empty, not decimal, or above the
    /// limit of the address family (the reason names the limit).
    [[nodiscard]] static IpPrefix parse(std::string_view text);

    /// The address as written, host bits included (10.244.1.5 for "10.244.1.5/24").
    [[nodiscard]] const IpAddress& address() const noexcept { return address_; }

    /// The prefix itself: address() with every bit beyond length() cleared (10.244.1.0 for
    /// "10.244.1.5/24").
    [[nodiscard]] IpAddress network() const noexcept;

    /// The number of leading bits that identify the network: 0 to 32 for IPv4, 0 to 128 for IPv6.
    [[nodiscard]] std::uint8_t length() const noexcept { return length_; }

    /// The family of address(): IPv4 or IPv6.
    [[nodiscard]] IpFamily family() const noexcept { return address_.family(); }

    /// True when `address` lies inside this prefix, that is its first length() bits match
    /// network(). An address of the other family is never contained; a /0 prefix contains every
    /// address of its family.
    [[nodiscard]] bool contains(const IpAddress& address) const noexcept;

    /// "address/length" with the address in canonical form and host bits as written
    /// ("10.244.1.5/24", "fd00::/64").
    [[nodiscard]] std::string to_string() const;

    /// Two prefixes are equal when their addresses (host bits included) and lengths are equal.
    friend bool operator==(const IpPrefix&, const IpPrefix&) = default;

    /// Orders by address (IPv4 before IPv6, then numerically), then by length.
    friend std::strong_ordering operator<=>(const IpPrefix&, const IpPrefix&) = default;

private:
    IpPrefix(IpAddress address, std::uint8_t length) noexcept
        : address_(address), length_(length) {}

    // Field order matters for the defaulted comparisons.
    IpAddress address_;
    std::uint8_t length_ = 0;
};

} // namespace winnet::net

namespace std {

/// Hashing for IpPrefix, so prefixes can key std::unordered_map and std::unordered_set.
template <> struct hash<winnet::net::IpPrefix> {
    /// A hash of the address and length, consistent with IpPrefix's operator==.
    std::size_t operator()(const winnet::net::IpPrefix& prefix) const noexcept;
};

} // namespace std
