#include <winnet/error.hpp>
#include <winnet/net/mac_address.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace winnet::net {

namespace {

constexpr std::string_view kind = "MAC address";

[[noreturn]] void fail(std::string_view text, const std::string& reason) {
    throw ParseError(std::string(kind), std::string(text), reason);
}

int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// A character for a message: 'x' when printable, otherwise its code.
std::string describe(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f) {
        return std::string("'") + c + "'";
    }
    static constexpr char digits[] = "0123456789ABCDEF";
    return std::string("byte 0x") + digits[u >> 4U] + digits[u & 0xFU];
}

bool is_separator(char c) noexcept {
    return c == '-' || c == ':';
}

} // namespace

// HNS writes "00-15-5D-52-C0-00"; Linux tools and some CNI configurations write
// "00:15:5d:52:c0:00". Only these two six-group forms are accepted, unlike Go's net.ParseMAC,
// which also takes dotted and 20-byte InfiniBand forms that never occur in HNS.
MacAddress MacAddress::parse(std::string_view text) {
    if (text.empty()) {
        fail(text, "empty");
    }
    const std::size_t first = text.find_first_of("-:");
    if (first == std::string_view::npos) {
        fail(text, "no '-' or ':' between the groups (expected six groups of two hex digits, as "
                   "in 00-15-5D-52-C0-00)");
    }
    const char separator = text[first];

    std::vector<std::string_view> groups;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || is_separator(text[i])) {
            groups.push_back(text.substr(start, i - start));
            start = i + 1;
            if (i != text.size() && text[i] != separator) {
                fail(text, "mixes separators: " + describe(text[i]) + " after group " +
                               std::to_string(groups.size()) + ", but " + describe(separator) +
                               " after group 1");
            }
        }
    }
    if (groups.size() != 6) {
        fail(text, std::to_string(groups.size()) + " groups, expected 6");
    }

    MacAddress mac;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const std::string_view group = groups[g];
        const std::string n = std::to_string(g + 1);
        if (group.empty()) {
            fail(text, "group " + n + " is empty");
        }
        for (const char c : group) {
            if (hex_value(c) < 0) {
                fail(text, "unexpected character " + describe(c) + " in group " + n);
            }
        }
        if (group.size() != 2) {
            fail(text, "group " + n + " (\"" + std::string(group) + "\") has " +
                           std::to_string(group.size()) + " hex digits, expected exactly 2");
        }
        mac.bytes_[g] = static_cast<std::uint8_t>(hex_value(group[0]) * 16 + hex_value(group[1]));
    }
    return mac;
}

MacAddress MacAddress::from_bytes(std::array<std::uint8_t, 6> bytes) noexcept {
    MacAddress mac;
    mac.bytes_ = bytes;
    return mac;
}

std::string MacAddress::to_string(LetterCase letter_case) const {
    const char* digits = letter_case == LetterCase::Upper ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string out;
    out.reserve(17);
    for (std::size_t i = 0; i < bytes_.size(); ++i) {
        if (i != 0) {
            out += '-';
        }
        out += digits[bytes_[i] >> 4U];
        out += digits[bytes_[i] & 0xFU];
    }
    return out;
}

} // namespace winnet::net

std::size_t
std::hash<winnet::net::MacAddress>::operator()(const winnet::net::MacAddress& mac) const noexcept {
    // FNV-1a over the six bytes.
    std::uint64_t h = 14695981039346656037ULL;
    for (const std::uint8_t b : mac.bytes()) {
        h ^= b;
        h *= 1099511628211ULL;
    }
    return static_cast<std::size_t>(h);
}
