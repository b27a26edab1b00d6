#include "k8s/api_validation.hpp"

#include <array>
#include <cstdio>
#include <limits>

namespace winnet::k8s::detail {

// ---- messages ---------------------------------------------------------------------------------

std::string quote(std::string_view text) {
    std::string out = "\"";
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                std::array<char, 5> hex{};
                std::snprintf(hex.data(), hex.size(), "\\x%02x", c);
                out += hex.data();
            } else {
                out += ch; // printable ASCII, or UTF-8 that Go would print as is
            }
        }
    }
    return out + "\"";
}

std::string invalid(const std::string& value, std::string_view detail) {
    std::string out = "Invalid value: " + value;
    if (!detail.empty()) {
        out += ": ";
        out += detail;
    }
    return out;
}

std::string invalid_string(std::string_view text, std::string_view detail) {
    return invalid(quote(text), detail);
}

std::string required(std::string_view detail) {
    return detail.empty() ? "Required value" : "Required value: " + std::string(detail);
}

std::string forbidden(std::string_view detail) {
    return "Forbidden: " + std::string(detail);
}

std::string not_supported(std::string_view text, std::initializer_list<std::string_view> values) {
    std::string out = "Unsupported value: " + quote(text) + ": supported values: ";
    bool first = true;
    for (const auto v : values) {
        out += first ? "" : ", ";
        first = false;
        out += quote(v);
    }
    return out;
}

std::string duplicate(const std::string& value) {
    return "Duplicate value: " + value;
}

void Problems::add_invalid_all(const std::string& path, std::string_view text,
                               const std::vector<std::string>& messages) {
    for (const auto& m : messages) {
        add(path, invalid_string(text, m));
    }
}

// ---- names --------------------------------------------------------------------------------------

namespace {

bool is_lower_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool is_alnum(char c) {
    return is_lower_alnum(c) || (c >= 'A' && c <= 'Z');
}

// [a-z0-9]([-a-z0-9]*[a-z0-9])?
bool matches_dns1123_label(std::string_view s) {
    if (s.empty() || !is_lower_alnum(s.front()) || !is_lower_alnum(s.back())) {
        return false;
    }
    for (const char c : s) {
        if (!is_lower_alnum(c) && c != '-') {
            return false;
        }
    }
    return true;
}

// [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*
bool matches_dns1123_subdomain(std::string_view s) {
    std::size_t start = 0;
    while (true) {
        const auto dot = s.find('.', start);
        const auto label = s.substr(start, dot == std::string_view::npos ? s.npos : dot - start);
        if (!matches_dns1123_label(label)) {
            return false;
        }
        if (dot == std::string_view::npos) {
            return true;
        }
        start = dot + 1;
    }
}

std::string max_len(std::size_t n) {
    return "must be no more than " + std::to_string(n) + " characters";
}

constexpr std::string_view dns1123_label_message =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and "
    "must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex "
    "used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

constexpr std::string_view dns1123_subdomain_message =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or "
    "'.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used "
    "for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

constexpr std::string_view dns1035_label_message =
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an "
    "alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or "
    "'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

constexpr std::string_view label_value_message =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or "
    "'.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or "
    "'my_value',  or '12345', regex used for validation is "
    "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

} // namespace

// The messages and their order are those of k8s.io/apimachinery/pkg/util/validation
// (validation.go: IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label, IsValidPortName,
// IsValidLabelValue; MaxLenError, RegexError), Kubernetes 1.33.

std::vector<std::string> dns1123_label_problems(std::string_view value) {
    std::vector<std::string> out;
    if (value.size() > 63) {
        out.push_back(max_len(63));
    }
    if (!matches_dns1123_label(value)) {
        out.emplace_back(matches_dns1123_subdomain(value) ? "must not contain dots"
                                                          : std::string(dns1123_label_message));
    }
    return out;
}

std::vector<std::string> dns1123_subdomain_problems(std::string_view value) {
    std::vector<std::string> out;
    if (value.size() > 253) {
        out.push_back(max_len(253));
    }
    if (!matches_dns1123_subdomain(value)) {
        out.emplace_back(dns1123_subdomain_message);
    }
    return out;
}

std::vector<std::string> dns1035_label_problems(std::string_view value) {
    std::vector<std::string> out;
    if (value.size() > 63) {
        out.push_back(max_len(63));
    }
    // [a-z]([-a-z0-9]*[a-z0-9])?
    const bool ok = matches_dns1123_label(value) && value.front() >= 'a' && value.front() <= 'z';
    if (!ok) {
        out.emplace_back(dns1035_label_message);
    }
    return out;
}

std::vector<std::string> port_name_problems(std::string_view value) {
    std::vector<std::string> out;
    if (value.size() > 15) {
        out.push_back(max_len(15));
    }
    bool charset = !value.empty();
    bool letter = false;
    for (const char c : value) {
        charset = charset && (is_lower_alnum(c) || c == '-');
        letter = letter || (c >= 'a' && c <= 'z');
    }
    if (!charset) {
        out.emplace_back("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }
    if (!letter) {
        out.emplace_back("must contain at least one letter (a-z)");
    }
    if (value.find("--") != std::string_view::npos) {
        out.emplace_back("must not contain consecutive hyphens");
    }
    if (!value.empty() && (value.front() == '-' || value.back() == '-')) {
        out.emplace_back("must not begin or end with a hyphen");
    }
    return out;
}

std::vector<std::string> label_value_problems(std::string_view value) {
    std::vector<std::string> out;
    if (value.size() > 63) {
        out.push_back(max_len(63));
    }
    bool ok = value.empty() || (is_alnum(value.front()) && is_alnum(value.back()));
    for (const char c : value) {
        ok = ok && (is_alnum(c) || c == '-' || c == '_' || c == '.');
    }
    if (!ok) {
        out.emplace_back(label_value_message);
    }
    return out;
}

// ---- addresses ----------------------------------------------------------------------------------

namespace {

// Rewrites dotted-decimal IPv4 text without leading zeros ("010.001.1.1" -> "10.1.1.1"), as the
// pre-Go-1.17 parser read it; none when it is not four groups of digits.
std::optional<std::string> strip_ipv4_zeros(std::string_view text) {
    std::string out;
    int parts = 0;
    std::size_t start = 0;
    while (true) {
        const auto dot = text.find('.', start);
        auto part = text.substr(start, dot == std::string_view::npos ? text.npos : dot - start);
        if (part.empty() || part.find_first_not_of("0123456789") != std::string_view::npos) {
            return std::nullopt;
        }
        while (part.size() > 1 && part.front() == '0') {
            part.remove_prefix(1);
        }
        if (part.size() > 3) {
            return std::nullopt; // above 255 whatever its digits
        }
        out += (parts == 0 ? "" : ".") + std::string(part);
        ++parts;
        if (dot == std::string_view::npos) {
            break;
        }
        start = dot + 1;
    }
    if (parts != 4) {
        return std::nullopt;
    }
    return out;
}

} // namespace

std::optional<net::IpAddress> parse_ip_sloppy(std::string_view text) {
    if (auto ip = net::IpAddress::try_parse(text)) {
        return ip;
    }
    // The only difference from Go 1.17's parser: leading zeros in IPv4 octets, alone or as the
    // tail of an IPv6 address ("::ffff:010.1.1.1").
    const auto colon = text.rfind(':');
    const auto head =
        colon == std::string_view::npos ? std::string_view{} : text.substr(0, colon + 1);
    const auto tail = colon == std::string_view::npos ? text : text.substr(colon + 1);
    if (tail.find('.') == std::string_view::npos) {
        return std::nullopt;
    }
    const auto v4 = strip_ipv4_zeros(tail);
    if (!v4) {
        return std::nullopt;
    }
    return net::IpAddress::try_parse(std::string(head) + *v4);
}

std::optional<net::IpPrefix> parse_cidr_sloppy(std::string_view text) {
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) {
        return std::nullopt;
    }
    const auto ip = parse_ip_sloppy(text.substr(0, slash));
    auto length = text.substr(slash + 1);
    if (!ip || length.empty() || length.find_first_not_of("0123456789") != std::string_view::npos) {
        return std::nullopt;
    }
    while (length.size() > 1 && length.front() == '0') {
        length.remove_prefix(1);
    }
    std::string canonical = ip->to_string();
    if (ip->is_v4() && text.substr(0, slash).find(':') != std::string_view::npos) {
        canonical = "::ffff:" + canonical; // keep the IPv6 bit count of a mapped address
    }
    try {
        return net::IpPrefix::parse(canonical + "/" + std::string(length));
    } catch (const ParseError&) {
        return std::nullopt;
    }
}

std::vector<std::string> endpoint_ip_problems(const net::IpAddress& ip, std::string_view text) {
    // pkg/apis/core/validation ValidateEndpointIP (ValidateNonSpecialIP in older trees), with Go's
    // net.IP predicates IsUnspecified, IsLoopback, IsLinkLocalUnicast, IsLinkLocalMulticast.
    std::vector<std::string> out;
    const auto b = ip.bytes();
    bool unspecified = true;
    for (const auto byte : b) {
        unspecified = unspecified && byte == 0;
    }
    bool loopback = false;
    bool link_local = false;
    bool link_local_multicast = false;
    if (ip.is_v4()) {
        loopback = b[0] == 127;
        link_local = b[0] == 169 && b[1] == 254;
        link_local_multicast = b[0] == 224 && b[1] == 0 && b[2] == 0;
    } else {
        bool one = b[15] == 1;
        for (std::size_t i = 0; i < 15; ++i) {
            one = one && b[i] == 0;
        }
        loopback = one;
        link_local = b[0] == 0xfe && (b[1] & 0xc0) == 0x80;
        link_local_multicast = b[0] == 0xff && (b[1] & 0x0f) == 0x02;
    }
    if (unspecified) {
        out.push_back("may not be unspecified (" + std::string(text) + ")");
    }
    if (loopback) {
        out.emplace_back("may not be in the loopback range (127.0.0.0/8, ::1/128)");
    }
    if (link_local) {
        out.emplace_back("may not be in the link-local range (169.254.0.0/16, fe80::/10)");
    }
    if (link_local_multicast) {
        out.emplace_back("may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)");
    }
    return out;
}

// ---- lenient JSON reading -----------------------------------------------------------------------

void require_object(const json::Value& value, const std::string& path, std::string_view type_name) {
    if (!value.is_object()) {
        throw JsonError(path, "expected an object (" + std::string(type_name) + "), found " +
                                  json::describe(value));
    }
}

const json::Value* member(const json::Value& object, std::string_view key) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

std::string string_field(const json::Value& object, std::string_view key, const std::string& path) {
    const auto* v = member(object, key);
    return v == nullptr ? std::string() : json::read_string(*v, json::child_path(path, key));
}

std::optional<bool> optional_bool_field(const json::Value& object, std::string_view key,
                                        const std::string& path) {
    const auto* v = member(object, key);
    if (v == nullptr) {
        return std::nullopt;
    }
    return json::read_bool(*v, json::child_path(path, key));
}

std::int32_t read_int32(const json::Value& value, const std::string& path) {
    if (value.is_number_integer()) { // signed or unsigned
        if (value.is_number_unsigned()) {
            const auto n = value.get<std::uint64_t>();
            if (n <= static_cast<std::uint64_t>(std::numeric_limits<std::int32_t>::max())) {
                return static_cast<std::int32_t>(n);
            }
        } else {
            const auto n = value.get<std::int64_t>();
            if (n >= std::numeric_limits<std::int32_t>::min() &&
                n <= std::numeric_limits<std::int32_t>::max()) {
                return static_cast<std::int32_t>(n);
            }
        }
    }
    throw JsonError(path, "expected an integer from -2147483648 to 2147483647 (int32), found " +
                              json::describe(value));
}

std::map<std::string, std::string> string_map_field(const json::Value& object, std::string_view key,
                                                    const std::string& path) {
    std::map<std::string, std::string> out;
    const auto* v = member(object, key);
    if (v == nullptr) {
        return out;
    }
    const auto p = json::child_path(path, key);
    if (!v->is_object()) {
        throw JsonError(p, "expected an object of strings, found " + json::describe(*v));
    }
    for (const auto& [k, item] : v->items()) {
        if (!item.is_null()) { // Go decodes null into ""; an empty value means the same to us
            out[k] = json::read_string(item, json::child_path(p, k));
        } else {
            out[k] = "";
        }
    }
    return out;
}

std::vector<std::string> string_list_field(const json::Value& object, std::string_view key,
                                           const std::string& path) {
    std::vector<std::string> out;
    if (const auto* v = member(object, key)) {
        json::read_array(*v, json::child_path(path, key),
                         [&](const json::Value& e, const std::string& p) {
                             out.push_back(json::read_string(e, p));
                         });
    }
    return out;
}

} // namespace winnet::k8s::detail
