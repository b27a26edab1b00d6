#include "json/reader.hpp"

#include "json/go_writer.hpp"

#include <algorithm>
#include <cctype>

namespace winnet::json {

Value parse(std::string_view text) {
    try {
        return Value::parse(text.begin(), text.end());
    } catch (const nlohmann::ordered_json::parse_error& e) {
        throw JsonError("$", "not valid JSON: syntax error at byte " + std::to_string(e.byte));
    }
}

std::string describe(const Value& value) {
    switch (value.type()) {
    case Value::value_t::null:
        return "null";
    case Value::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case Value::value_t::string: {
        auto text = value.get<std::string>();
        if (text.size() > 40) {
            text = text.substr(0, 40) + "...";
        }
        return "the string \"" + text + "\"";
    }
    case Value::value_t::number_integer:
    case Value::value_t::number_unsigned:
    case Value::value_t::number_float:
        return "the number " + value.dump();
    case Value::value_t::object:
        return "an object";
    case Value::value_t::array:
        return "an array";
    default:
        return "a binary value";
    }
}

std::string child_path(const std::string& path, std::string_view key) {
    const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
    });
    if (plain) {
        return path + "." + std::string(key);
    }
    return path + "[" + Value(std::string(key)).dump() + "]";
}

std::string index_path(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

namespace {
bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}
} // namespace

Object::Object(const Value& value, std::string path, std::string_view type_name,
               std::initializer_list<std::string_view> fields)
    : value_(value), path_(std::move(path)) {
    if (!value.is_object()) {
        throw JsonError(path_, "expected an object (" + std::string(type_name) + "), found " +
                                   describe(value));
    }
    for (const auto& [key, _] : value.items()) {
        if (std::find(fields.begin(), fields.end(), key) != fields.end()) {
            continue;
        }
        std::string problem = "unknown field \"" + key + "\" of " + std::string(type_name);
        const auto hint = std::find_if(fields.begin(), fields.end(), [&key](std::string_view f) {
            return equal_ignoring_case(f, key);
        });
        if (hint != fields.end()) {
            problem +=
                " (did you mean \"" + std::string(*hint) + "\"? field names are case-sensitive)";
        } else {
            problem += "; its fields are";
            for (auto f : fields) {
                problem += " " + std::string(f);
            }
        }
        throw JsonError(child_path(path_, key), problem);
    }
}

const Value* Object::find(std::string_view key) const {
    const auto it = value_.find(key);
    if (it == value_.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

std::string to_raw_json(const Value& value) {
    return go_compact(value.dump());
}

bool read_bool(const Value& value, const std::string& path) {
    if (!value.is_boolean()) {
        throw JsonError(path, "expected true or false, found " + describe(value));
    }
    return value.get<bool>();
}

std::string read_string(const Value& value, const std::string& path) {
    if (!value.is_string()) {
        throw JsonError(path, "expected a string, found " + describe(value));
    }
    return value.get<std::string>();
}

std::uint64_t read_unsigned(const Value& value, const std::string& path, std::uint64_t max,
                            std::string_view type_name) {
    const std::string expected = "expected an integer from 0 to " + std::to_string(max) + " (" +
                                 std::string(type_name) + ")";
    if (value.is_number_unsigned()) {
        const auto n = value.get<std::uint64_t>();
        if (n <= max) {
            return n;
        }
    } else if (value.is_number_integer() && value.get<std::int64_t>() >= 0) {
        const auto n = static_cast<std::uint64_t>(value.get<std::int64_t>());
        if (n <= max) {
            return n;
        }
    }
    throw JsonError(path, expected + ", found " + describe(value));
}

} // namespace winnet::json
