#include "cni/go_decode.hpp"

#include "json/go_writer.hpp"

#include <winnet/error.hpp>

#include <cctype>

namespace winnet::cni::detail {

bool equal_fold(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return true;
}

const Value* field(const Value& obj, std::string_view key) {
    const Value* found = nullptr;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (equal_fold(it.key(), key)) {
            found = &it.value(); // Go: a later key overwrites the field
        }
    }
    return found != nullptr && found->is_null() ? nullptr : found;
}

namespace {
std::string key_path(const Value& obj, const std::string& path, std::string_view key) {
    // Name the key as it was written, so the path points at the text.
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (equal_fold(it.key(), key)) {
            return json::child_path(path, it.key());
        }
    }
    return json::child_path(path, key);
}
} // namespace

void expect_object(const Value& value, const std::string& path) {
    if (!value.is_object()) {
        throw JsonError(path, "expected an object, found " + json::describe(value));
    }
}

std::string get_string(const Value& obj, const std::string& path, std::string_view key) {
    const auto* v = field(obj, key);
    return v == nullptr ? std::string() : json::read_string(*v, key_path(obj, path, key));
}

bool get_bool(const Value& obj, const std::string& path, std::string_view key) {
    const auto* v = field(obj, key);
    return v != nullptr && json::read_bool(*v, key_path(obj, path, key));
}

int get_int(const Value& obj, const std::string& path, std::string_view key) {
    const auto* v = field(obj, key);
    if (v == nullptr) {
        return 0;
    }
    if (v->is_number_integer() || v->is_number_unsigned()) {
        if (v->is_number_unsigned() && v->get<std::uint64_t>() > 0x7FFFFFFFULL) {
            throw JsonError(key_path(obj, path, key),
                            "expected an int, found " + json::describe(*v));
        }
        const auto n = v->get<std::int64_t>();
        if (n < -0x80000000LL || n > 0x7FFFFFFFLL) {
            throw JsonError(key_path(obj, path, key),
                            "expected an int, found " + json::describe(*v));
        }
        return static_cast<int>(n);
    }
    throw JsonError(key_path(obj, path, key), "expected an int, found " + json::describe(*v));
}

std::vector<std::string> get_strings(const Value& obj, const std::string& path,
                                     std::string_view key) {
    std::vector<std::string> out;
    const auto* v = field(obj, key);
    if (v == nullptr) {
        return out;
    }
    json::read_array(*v, key_path(obj, path, key), [&](const Value& item, const std::string& p) {
        out.push_back(json::read_string(item, p));
    });
    return out;
}

std::optional<net::IpAddress> get_ip(const Value& obj, const std::string& path,
                                     std::string_view key) {
    const auto text = get_string(obj, path, key);
    if (text.empty()) {
        return std::nullopt;
    }
    try {
        return net::IpAddress::parse(text);
    } catch (const ParseError& e) {
        throw JsonError(key_path(obj, path, key), e.what());
    }
}

std::optional<net::IpPrefix> get_prefix(const Value& obj, const std::string& path,
                                        std::string_view key) {
    const auto* v = field(obj, key);
    if (v == nullptr) {
        return std::nullopt;
    }
    const auto text = json::read_string(*v, key_path(obj, path, key));
    try {
        return net::IpPrefix::parse(text);
    } catch (const ParseError& e) {
        throw JsonError(key_path(obj, path, key), e.what());
    }
}

std::string indent4(std::string_view compact) {
    // go_indent lays out two spaces a level; Go's MarshalIndent with four differs only there.
    const auto two = json::go_indent(compact);
    std::string out;
    out.reserve(two.size() * 2);
    bool line_start = false;
    for (const char c : two) {
        if (line_start && c == ' ') {
            out += "  ";
            continue;
        }
        line_start = c == '\n';
        out += c;
    }
    return out;
}

} // namespace winnet::cni::detail
