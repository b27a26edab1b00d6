// Reading netconfs as Go's encoding/json fills the plugins' structs: keys matched without
// regard to case (the last matching key wins), unknown keys ignored, null as absent, a value of
// the wrong type an error. Errors are winnet::JsonError with the JSONPath; the plugin code turns
// them into its own messages. Private to the library.
#pragma once

#include "json/reader.hpp"

#include <winnet/net/ip_address.hpp>
#include <winnet/net/ip_prefix.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::cni::detail {

using json::Value;

/// The value of `key` in object `obj` (matched as Go matches struct fields: exact or
/// case-insensitive, last wins), or nullptr when absent or null. `path` names `obj`.
const Value* field(const Value& obj, std::string_view key);

/// Throws JsonError unless `value` is an object.
void expect_object(const Value& value, const std::string& path);
std::string get_string(const Value& obj, const std::string& path, std::string_view key);
bool get_bool(const Value& obj, const std::string& path, std::string_view key);
/// A Go `int`: an integral number (Go rejects 2.5 and "2").
int get_int(const Value& obj, const std::string& path, std::string_view key);
std::vector<std::string> get_strings(const Value& obj, const std::string& path,
                                     std::string_view key);
/// A `net.IP` field: a string parsed as an address; empty string counts as absent.
std::optional<net::IpAddress> get_ip(const Value& obj, const std::string& path,
                                     std::string_view key);
/// A `types.IPNet` field: a CIDR string.
std::optional<net::IpPrefix> get_prefix(const Value& obj, const std::string& path,
                                        std::string_view key);

/// Go's json.MarshalIndent(v, "", "    ") of a compact Go-encoded document.
std::string indent4(std::string_view compact);

/// Equal without regard to ASCII case (strings.EqualFold for ASCII).
bool equal_fold(std::string_view a, std::string_view b);

} // namespace winnet::cni::detail
