#include <winnet/error.hpp>
#include <winnet/net/ip_address.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace winnet::net {

namespace {

constexpr std::string_view kind = "IP address";

[[noreturn]] void fail(std::string_view text, const std::string& reason) {
    throw ParseError(std::string(kind), std::string(text), reason);
}

bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
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

// A character for a message: 'x' when printable, otherwise its code (a tab or NUL in a message
// would be invisible).
std::string describe(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f) {
        return std::string("'") + c + "'";
    }
    static constexpr char digits[] = "0123456789ABCDEF";
    return std::string("byte 0x") + digits[u >> 4U] + digits[u & 0xFU];
}

std::string quoted(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

// Dotted-quad IPv4 as Go's net.ParseIP reads it (netip.ParseAddr since Go 1.22, parseIPv4
// before): exactly four decimal octets of 0-255. A leading zero is an error, not octal and not
// ignored (Go 1.17 change, CVE-2021-29923), so "010.0.0.1" can't mean 8.0.0.1 to one component
// and 10.0.0.1 to another. Returns the reason the text is invalid, or an empty string.
std::string parse_v4(std::string_view s, std::uint8_t* out) {
    const auto octets = static_cast<std::size_t>(std::count(s.begin(), s.end(), '.')) + 1;
    if (octets != 4) {
        return std::to_string(octets) + " octets, expected 4";
    }
    std::size_t start = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::size_t dot = s.find('.', start);
        const std::string_view octet =
            s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        start = dot + 1;
        const std::string n = std::to_string(i + 1);
        if (octet.empty()) {
            return "octet " + n + " is empty";
        }
        for (const char c : octet) {
            if (!is_digit(c)) {
                return "unexpected character " + describe(c) + " in octet " + n;
            }
        }
        if (octet.size() > 1 && octet.front() == '0') {
            return "leading zero in octet " + n + " is ambiguous (Go's net.ParseIP rejects it)";
        }
        unsigned value = 0;
        if (octet.size() <= 3) {
            for (const char c : octet) {
                value = value * 10 + static_cast<unsigned>(c - '0');
            }
        }
        if (octet.size() > 3 || value > 255) {
            return "octet " + n + " is " + std::string(octet) + ", more than 255";
        }
        out[i] = static_cast<std::uint8_t>(value);
    }
    return {};
}

// RFC 4291 section 2.2 text as Go's net.ParseIP reads it: up to eight groups of one to four hex
// digits, at most one "::" standing for one or more zero groups, and optionally a dotted-quad
// IPv4 address in place of the last two groups. Returns the reason the text is invalid, or an
// empty string.
std::string parse_v6(std::string_view s, std::array<std::uint8_t, 16>& out) {
    if (s.find(":::") != std::string_view::npos) {
        return "\":::\" is not allowed (\"::\" stands for one or more zero groups)";
    }
    if (s.front() == ':' && !s.starts_with("::")) {
        return "starts with a single ':'";
    }
    if (s.back() == ':' && !s.ends_with("::")) {
        return "ends with a single ':'";
    }
    const std::size_t ellipsis = s.find("::");
    const bool compressed = ellipsis != std::string_view::npos;
    std::string_view head = s;
    std::string_view tail;
    if (compressed) {
        head = s.substr(0, ellipsis);
        tail = s.substr(ellipsis + 2);
        if (tail.find("::") != std::string_view::npos) {
            return "more than one \"::\"";
        }
    }

    // Groups in text order; each holds up to two bytes (an embedded IPv4 address holds four).
    std::vector<std::uint8_t> head_bytes;
    std::vector<std::uint8_t> tail_bytes;
    std::size_t group = 0;
    auto parse_groups = [&](std::string_view part, std::vector<std::uint8_t>& bytes,
                            bool last_part) -> std::string {
        if (part.empty()) {
            return {};
        }
        std::size_t start = 0;
        while (true) {
            const std::size_t colon = part.find(':', start);
            const bool last = colon == std::string_view::npos;
            const std::string_view text =
                part.substr(start, last ? std::string_view::npos : colon - start);
            start = colon + 1;
            ++group;
            const std::string n = std::to_string(group);
            if (text.empty()) {
                return "group " + n + " is empty";
            }
            if (text.find('.') != std::string_view::npos) {
                if (!(last && last_part)) {
                    return "group " + n + " (" + quoted(text) +
                           ") has a '.', but an embedded IPv4 address can only be the last part";
                }
                std::array<std::uint8_t, 4> v4{};
                if (std::string reason = parse_v4(text, v4.data()); !reason.empty()) {
                    return "embedded IPv4 address " + quoted(text) + ": " + reason;
                }
                bytes.insert(bytes.end(), v4.begin(), v4.end());
                ++group; // the IPv4 address fills the place of two groups
            } else {
                unsigned value = 0;
                for (const char c : text) {
                    const int digit = hex_value(c);
                    if (digit < 0) {
                        return "unexpected character " + describe(c) + " in group " + n;
                    }
                    value = (value << 4U) | static_cast<unsigned>(digit);
                }
                if (text.size() > 4) {
                    return "group " + n + " (" + quoted(text) + ") has more than 4 hex digits";
                }
                bytes.push_back(static_cast<std::uint8_t>(value >> 8U));
                bytes.push_back(static_cast<std::uint8_t>(value & 0xFFU));
            }
            if (last) {
                return {};
            }
        }
    };
    if (std::string reason = parse_groups(head, head_bytes, !compressed); !reason.empty()) {
        return reason;
    }
    if (std::string reason = parse_groups(tail, tail_bytes, true); !reason.empty()) {
        return reason;
    }

    const std::size_t groups = group;
    if (!compressed && groups < 8) {
        return std::to_string(groups) + " groups, expected 8 (or fewer with \"::\")";
    }
    if (groups > 8) {
        return std::to_string(groups) + " groups, more than 8";
    }
    if (compressed && groups == 8) {
        // Go: "the :: must expand to at least one field of zeros".
        return "\"::\" must stand for at least one zero group, but there are already 8 groups";
    }
    out.fill(0);
    std::copy(head_bytes.begin(), head_bytes.end(), out.begin());
    std::copy(tail_bytes.begin(), tail_bytes.end(),
              out.end() - static_cast<std::ptrdiff_t>(tail_bytes.size()));
    return {};
}

} // namespace

IpAddress IpAddress::parse(std::string_view text) {
    if (text.empty()) {
        fail(text, "empty");
    }
    // Go's net.ParseIP returns nil for any zone; a zone only means something to one host's
    // sockets, never in an HNS policy or a Kubernetes object.
    if (const std::size_t percent = text.find('%'); percent != std::string_view::npos) {
        fail(text, "IPv6 zone (" + std::string(text.substr(percent)) + ") is not allowed");
    }
    // As in Go, the first '.' or ':' decides the family: "1.2.3.4:80" is a bad IPv4 address.
    const std::size_t first = text.find_first_of(".:");
    if (first == std::string_view::npos) {
        fail(text, "neither IPv4 (no '.') nor IPv6 (no ':')");
    }
    if (text[first] == '.') {
        std::array<std::uint8_t, 4> v4{};
        if (std::string reason = parse_v4(text, v4.data()); !reason.empty()) {
            fail(text, reason);
        }
        return from_v4_bytes(v4);
    }
    std::array<std::uint8_t, 16> v6{};
    if (std::string reason = parse_v6(text, v6); !reason.empty()) {
        fail(text, reason);
    }
    return from_v6_bytes(v6);
}

std::optional<IpAddress> IpAddress::try_parse(std::string_view text) noexcept {
    try {
        return parse(text);
    } catch (...) { // ParseError, or std::bad_alloc while building its message
        return std::nullopt;
    }
}

IpAddress IpAddress::from_v4_bytes(std::array<std::uint8_t, 4> bytes) noexcept {
    IpAddress address;
    std::copy(bytes.begin(), bytes.end(), address.bytes_.begin());
    return address;
}

IpAddress IpAddress::from_v6_bytes(std::array<std::uint8_t, 16> bytes) noexcept {
    // ::ffff:a.b.c.d is IPv4, as Go's IP.To4() and Kubernetes' utilnet.IsIPv4() see it.
    const bool mapped =
        std::all_of(bytes.begin(), bytes.begin() + 10, [](std::uint8_t b) { return b == 0; }) &&
        bytes[10] == 0xFF && bytes[11] == 0xFF;
    if (mapped) {
        return from_v4_bytes({bytes[12], bytes[13], bytes[14], bytes[15]});
    }
    IpAddress address;
    address.family_ = IpFamily::IPv6;
    address.bytes_ = bytes;
    return address;
}

std::span<const std::uint8_t> IpAddress::bytes() const noexcept {
    return {bytes_.data(), is_v4() ? std::size_t{4} : std::size_t{16}};
}

std::string IpAddress::to_string() const {
    std::string out;
    if (is_v4()) {
        for (std::size_t i = 0; i < 4; ++i) {
            if (i != 0) {
                out += '.';
            }
            out += std::to_string(bytes_[i]);
        }
        return out;
    }
    std::array<unsigned, 8> groups{};
    for (std::size_t i = 0; i < 8; ++i) {
        groups[i] = (static_cast<unsigned>(bytes_[2 * i]) << 8U) | bytes_[2 * i + 1];
    }
    // RFC 5952 section 4.2: compress the longest run of two or more zero groups, the first one
    // when runs tie; a single zero group stays "0".
    std::size_t best_start = 8;
    std::size_t best_length = 1;
    for (std::size_t i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < 8 && groups[j] == 0) {
            ++j;
        }
        if (j - i > best_length) {
            best_start = i;
            best_length = j - i;
        }
        i = j;
    }
    static constexpr char digits[] = "0123456789abcdef";
    for (std::size_t i = 0; i < 8; ++i) {
        if (i == best_start) {
            out += "::";
            i += best_length - 1;
            continue;
        }
        if (i != 0 && i != best_start + best_length) {
            out += ':';
        }
        // RFC 5952 section 4.1 and 4.3: no leading zeros, lower case.
        bool started = false;
        for (unsigned shift = 12;; shift -= 4) {
            const unsigned digit = (groups[i] >> shift) & 0xFU;
            if (digit != 0 || started || shift == 0) {
                out += digits[digit];
                started = true;
            }
            if (shift == 0) {
                break;
            }
        }
    }
    return out;
}

} // namespace winnet::net

std::size_t std::hash<winnet::net::IpAddress>::operator()(
    const winnet::net::IpAddress& address) const noexcept {
    // FNV-1a over the family and the bytes.
    std::uint64_t h = 14695981039346656037ULL;
    auto mix = [&h](std::uint8_t b) {
        h ^= b;
        h *= 1099511628211ULL;
    };
    mix(address.is_v4() ? std::uint8_t{4} : std::uint8_t{6});
    for (const std::uint8_t b : address.bytes()) {
        mix(b);
    }
    return static_cast<std::size_t>(h);
}
