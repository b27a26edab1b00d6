// JSON of the parts HCN objects share (Dns, Route, Health, addresses). Private to the library:
// every hns/<object>.cpp reads and writes its fields with these, so omission rules and error
// messages are the same everywhere.
#pragma once

#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/hns/common.hpp>
#include <winnet/net/ip_address.hpp>
#include <winnet/net/ip_prefix.hpp>
#include <winnet/net/mac_address.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace winnet::hns::detail {

/// Whether `value` is "": what Go's omitempty leaves out, so a reader cannot tell it from absent.
bool is_empty_string(const json::Value& value);

/// An IP address string; a parse failure is a JsonError at `path` with the parser's reason.
net::IpAddress read_ip(const json::Value& value, const std::string& path);
/// An IP prefix string ("10.244.0.0/16").
net::IpPrefix read_prefix(const json::Value& value, const std::string& path);
/// A MAC address string, checked but kept as written (kube-proxy writes lower case, HNS upper).
std::string read_mac(const json::Value& value, const std::string& path);
/// An omitempty address string: "" is no address, anything else must parse.
std::optional<net::IpAddress> read_optional_ip(const json::Value& value, const std::string& path);
/// An omitempty prefix string: "" is no prefix, anything else must parse.
std::optional<net::IpPrefix> read_optional_prefix(const json::Value& value,
                                                  const std::string& path);
/// An omitempty MAC string: "" stays "" (no MAC), anything else must parse.
std::string read_optional_mac(const json::Value& value, const std::string& path);
/// A uint16 number (ports, metrics, isolation IDs).
std::uint16_t read_u16(const json::Value& value, const std::string& path);
/// A uint32 number.
std::uint32_t read_u32(const json::Value& value, const std::string& path);
/// An array of strings.
std::vector<std::string> read_strings(const json::Value& value, const std::string& path);
/// An array of IP address strings.
std::vector<net::IpAddress> read_ips(const json::Value& value, const std::string& path);
/// Any JSON value, kept as Go-compact text (a json.RawMessage or interface{} field).
inline std::string read_raw(const json::Value& value) {
    return json::to_raw_json(value);
}

/// Writes `"key":"value"` unless `value` is empty (omitempty).
void write_string(json::GoWriter& w, std::string_view key, const std::string& value);
/// Writes `"key":n` unless `n` is 0 (omitempty).
void write_number(json::GoWriter& w, std::string_view key, std::uint64_t n);
/// Writes `"key":[...]` of strings unless empty (omitempty).
void write_strings(json::GoWriter& w, std::string_view key, const std::vector<std::string>& values);
/// Writes `"key":[...]` of addresses unless empty (omitempty).
void write_ips(json::GoWriter& w, std::string_view key, const std::vector<net::IpAddress>& values);
/// Writes `"key":<raw>` unless `raw` is empty (omitempty of a json.RawMessage).
void write_raw(json::GoWriter& w, std::string_view key, const std::string& raw);
/// Writes `"key":"address"` unless there is no address (omitempty).
void write_optional_ip(json::GoWriter& w, std::string_view key,
                       const std::optional<net::IpAddress>& ip);
/// Writes `"key":"prefix"` unless there is no prefix (omitempty).
void write_optional_prefix(json::GoWriter& w, std::string_view key,
                           const std::optional<net::IpPrefix>& prefix);

Dns read_dns(const json::Value& value, const std::string& path);
void write_dns(json::GoWriter& w, const Dns& dns); // the object only; always written
Route read_route(const json::Value& value, const std::string& path);
void write_route(json::GoWriter& w, const Route& route);
Health read_health(const json::Value& value, const std::string& path);
void write_health(json::GoWriter& w, const Health& health); // the object only; always written

} // namespace winnet::hns::detail
