/// @file
/// 48-bit Ethernet MAC addresses in the dash-separated form HNS uses ("00-15-5D-52-C0-00").
#pragma once

#include <winnet/error.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace winnet::net {

/// The case of the hex letters A-F when a MAC address is written as text.
enum class LetterCase {
    /// "00-15-5D-52-C0-00": how HNS and Hyper-V write MAC addresses.
    Upper,
    /// "02-11-c0-a8-02-03": how kube-proxy writes the MAC addresses it conjures for remote
    /// endpoints.
    Lower,
};

/// A 48-bit Ethernet (EUI-48) MAC address, such as an HNS endpoint's `MacAddress` or a Hyper-V
/// virtual NIC's address. A default-constructed address is 00-00-00-00-00-00.
class MacAddress {
public:
    /// The all-zero address 00-00-00-00-00-00.
    MacAddress() = default;

    /// Parses six groups of exactly two hex digits (either case), separated by '-' as HNS writes
    /// them ("00-15-5D-52-C0-00") or by ':' as Linux writes them ("00:15:5d:52:c0:00").
    /// Throws winnet::ParseError (kind "MAC address") when the text is empty, has no separator,
    /// mixes '-' and ':', has other than six groups, or a group that is not exactly two hex
    /// digits; the reason names the group or separator at fault. Dotted Cisco form
    /// ("0015.5d52.c000") and the separator-less form are rejected: HNS never writes them.
    [[nodiscard]] static MacAddress parse(std::string_view text);

    /// The address with these six bytes, in transmission order (bytes[0] holds the I/G and U/L
    /// bits).
    [[nodiscard]] static MacAddress from_bytes(std::array<std::uint8_t, 6> bytes) noexcept;

    /// The six bytes in transmission order.
    [[nodiscard]] const std::array<std::uint8_t, 6>& bytes() const noexcept { return bytes_; }

    /// Six dash-separated two-digit groups, with hex letters in `letter_case`: upper case
    /// ("00-15-5D-52-C0-00") by default, as HNS writes it.
    [[nodiscard]] std::string to_string(LetterCase letter_case = LetterCase::Upper) const;

    /// Two MAC addresses are equal when their bytes are, whatever case or separator they were
    /// written with.
    friend bool operator==(const MacAddress&, const MacAddress&) = default;

    /// Orders MAC addresses by their bytes, as 48-bit numbers.
    friend std::strong_ordering operator<=>(const MacAddress&, const MacAddress&) = default;

private:
    std::array<std::uint8_t, 6> bytes_{};
};

} // namespace winnet::net

namespace std {

/// Hashing for MacAddress, so MAC addresses can key std::unordered_map and std::unordered_set.
template <> struct hash<winnet::net::MacAddress> {
    /// A hash of the six bytes, consistent with MacAddress's operator==.
    std::size_t operator()(const winnet::net::MacAddress& mac) const noexcept;
};

} // namespace std
