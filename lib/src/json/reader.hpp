// Strict, path-aware reading of JSON documents into winnet's types. Every failure throws
// winnet::JsonError with the JSONPath of the offending value. Private to the library.
#pragma once

#include <winnet/error.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace winnet::json {

// Ordered: a JSON object kept verbatim (an unknown policy's Settings) is written back with its
// keys in the order they came, as Go's json.RawMessage does.
using Value = nlohmann::ordered_json;

/// Parses `text` as JSON; a syntax error is reported at `$` with the byte offset.
Value parse(std::string_view text);

/// "a string \"x\"", "the number 7", "an object", ...: how a value is named in messages.
std::string describe(const Value& value);

/// `path` extended by an object key: `$.PortMappings`, or `$["odd key"]`.
std::string child_path(const std::string& path, std::string_view key);
/// `path` extended by an array index: `$.PortMappings[0]`.
std::string index_path(const std::string& path, std::size_t index);

/// An object whose keys must all be known; reads fields by name with their paths.
class Object {
public:
    /// Throws unless `value` is an object whose keys are all in `fields` (the field names of
    /// `type_name`, which names the schema type in messages). Keys match exactly, as HNS writes
    /// them; a key differing only in letter case gets a "did you mean" hint.
    Object(const Value& value, std::string path, std::string_view type_name,
           std::initializer_list<std::string_view> fields);

    /// The value of `key`, or nullptr when it is absent or null (Go treats null as absent).
    [[nodiscard]] const Value* find(std::string_view key) const;
    /// The path of `key` inside this object.
    [[nodiscard]] std::string path(std::string_view key) const { return child_path(path_, key); }

private:
    const Value& value_;
    std::string path_;
};

/// A parsed value written back as Go writes a `json.RawMessage` holding it: compact, keys in
/// their original order, HTML-escaped. Used for settings winnet keeps without modelling them.
std::string to_raw_json(const Value& value);

/// Throws unless `value` is a boolean.
bool read_bool(const Value& value, const std::string& path);
/// Throws unless `value` is a string.
std::string read_string(const Value& value, const std::string& path);
/// Throws unless `value` is an integer in [0, max]; `type_name` ("uint16") appears in messages.
std::uint64_t read_unsigned(const Value& value, const std::string& path, std::uint64_t max,
                            std::string_view type_name);
/// Throws unless `value` is an array; calls `each(element, element_path)` for every element.
template <class Each> void read_array(const Value& value, const std::string& path, Each&& each) {
    if (!value.is_array()) {
        throw JsonError(path, "expected an array, found " + describe(value));
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        each(value[i], index_path(path, i));
    }
}

} // namespace winnet::json
