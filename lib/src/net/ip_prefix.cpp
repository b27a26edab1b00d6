#include <winnet/error.hpp>
#include <winnet/net/ip_prefix.hpp>

#include <array>
#include <string>

namespace winnet::net {

namespace {

constexpr std::string_view kind = "IP prefix";

[[noreturn]] void fail(std::string_view text, const std::string& reason) {
    throw ParseError(std::string(kind), std::string(text), reason);
}

// The reason of a ParseError without the "invalid <kind> "<text>": " its message starts with, so
// a prefix's message can quote the address's reason without repeating the text twice.
std::string reason_of(const ParseError& error) {
    const std::string message = error.what();
    const std::string lead = "invalid " + error.kind() + " \"" + error.text() + "\": ";
    return message.starts_with(lead) ? message.substr(lead.size()) : message;
}

// `address` with all bits after the first `length` cleared.
IpAddress masked(const IpAddress& address, unsigned length) noexcept {
    std::array<std::uint8_t, 16> bytes{};
    const auto in = address.bytes();
    for (std::size_t i = 0; i < in.size(); ++i) {
        const std::size_t bit = i * 8;
        if (length >= bit + 8) {
            bytes[i] = in[i];
        } else if (length > bit) {
            const unsigned keep = length - static_cast<unsigned>(bit);
            bytes[i] = static_cast<std::uint8_t>(in[i] & (0xFFU << (8U - keep)));
        }
    }
    if (address.is_v4()) {
        return IpAddress::from_v4_bytes({bytes[0], bytes[1], bytes[2], bytes[3]});
    }
    return IpAddress::from_v6_bytes(bytes);
}

} // namespace

// Go's net.ParseCIDR: split at the first '/', the address as net.ParseIP reads it, then a decimal
// length (leading zeros allowed, as Go's dtoi allows them) of at most 32 or 128 bits.
IpPrefix IpPrefix::parse(std::string_view text) {
    if (text.empty()) {
        fail(text, "empty");
    }
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) {
        fail(text, "no prefix length (\"/n\" after the address, as in 10.244.1.0/24)");
    }
    const std::string_view address_text = text.substr(0, slash);
    const std::string_view length_text = text.substr(slash + 1);

    IpAddress address;
    try {
        address = IpAddress::parse(address_text);
    } catch (const ParseError& e) {
        fail(text, "address \"" + std::string(address_text) + "\": " + reason_of(e));
    }

    if (length_text.empty()) {
        fail(text, "prefix length is empty");
    }
    unsigned length = 0;
    for (const char c : length_text) {
        if (c < '0' || c > '9') {
            fail(text,
                 "prefix length \"" + std::string(length_text) + "\" is not a decimal number");
        }
        if (length <= 1000) { // enough to know it is out of range, without overflow
            length = length * 10 + static_cast<unsigned>(c - '0');
        }
    }

    // Go counts the length of "::ffff:10.0.0.0/120" in IPv6 bits; the addresses it contains are
    // the IPv4 addresses of 10.0.0.0/24, which is what this prefix becomes.
    const bool mapped = address.is_v4() && address_text.find(':') != std::string_view::npos;
    const unsigned limit = address.is_v4() && !mapped ? 32U : 128U;
    if (length > limit) {
        fail(text, "prefix length " + std::string(length_text) + " is more than " +
                       std::to_string(limit) + ", the most an " + (limit == 32U ? "IPv4" : "IPv6") +
                       " prefix can have");
    }
    if (mapped) {
        if (length < 96) {
            fail(text, "prefix length " + std::string(length_text) +
                           " is less than 96, so this IPv4-mapped IPv6 prefix is not inside "
                           "::ffff:0:0/96 and names no IPv4 prefix");
        }
        length -= 96;
    }
    return {address, static_cast<std::uint8_t>(length)};
}

IpAddress IpPrefix::network() const noexcept {
    return masked(address_, length_);
}

bool IpPrefix::contains(const IpAddress& address) const noexcept {
    return address.family() == family() && masked(address, length_) == network();
}

std::string IpPrefix::to_string() const {
    return address_.to_string() + "/" + std::to_string(length_);
}

} // namespace winnet::net

std::size_t
std::hash<winnet::net::IpPrefix>::operator()(const winnet::net::IpPrefix& prefix) const noexcept {
    const std::size_t h = std::hash<winnet::net::IpAddress>{}(prefix.address());
    return static_cast<std::size_t>((h ^ prefix.length()) * 1099511628211ULL);
}
