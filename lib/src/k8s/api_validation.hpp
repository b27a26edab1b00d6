// The API server's validation vocabulary, private to the library: messages shaped as
// k8s.io/apimachinery/pkg/util/validation/field writes them ("Invalid value: 0: must be between 1
// and 65535, inclusive"), the name and address checks of k8s.io/apimachinery/pkg/util/validation,
// and a collector of problems with their JSON paths.
#pragma once

#include "json/reader.hpp"

#include <winnet/error.hpp>
#include <winnet/net/ip_address.hpp>
#include <winnet/net/ip_prefix.hpp>

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::k8s::detail {

// ---- field.Error bodies (field/errors.go ErrorBody) -------------------------------------------

/// A string as Go's %q prints it: double-quoted, with `"`, `\` and control characters escaped.
std::string quote(std::string_view text);
/// `Invalid value: <value>: <detail>`; `value` is already formatted (quote() for strings).
std::string invalid(const std::string& value, std::string_view detail);
/// `Invalid value: "<text>": <detail>`.
std::string invalid_string(std::string_view text, std::string_view detail);
/// `Required value` or `Required value: <detail>`.
std::string required(std::string_view detail = {});
/// `Forbidden: <detail>`.
std::string forbidden(std::string_view detail);
/// `Unsupported value: "<text>": supported values: "a", "b"`.
std::string not_supported(std::string_view text, std::initializer_list<std::string_view> values);
/// `Duplicate value: <value>`; `value` is already formatted.
std::string duplicate(const std::string& value);

// ---- checks of k8s.io/apimachinery/pkg/util/validation (validation.go, ip.go) ------------------

/// IsValidPortNum's message.
inline constexpr std::string_view port_range_message = "must be between 1 and 65535, inclusive";
/// IsValidIP's message.
inline constexpr std::string_view valid_ip_message =
    "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";

/// IsDNS1123Label: the problems of `value` as a lowercase RFC 1123 label (empty when valid).
std::vector<std::string> dns1123_label_problems(std::string_view value);
/// IsDNS1123Subdomain.
std::vector<std::string> dns1123_subdomain_problems(std::string_view value);
/// IsDNS1035Label (the rule for Service names).
std::vector<std::string> dns1035_label_problems(std::string_view value);
/// IsValidPortName (an IANA_SVC_NAME, the rule for a named targetPort).
std::vector<std::string> port_name_problems(std::string_view value);
/// IsValidLabelValue (zone hint names).
std::vector<std::string> label_value_problems(std::string_view value);

/// netutils.ParseIPSloppy: Go's net.ParseIP as it was before Go 1.17, which also accepts IPv4
/// octets with leading zeros and reads them as decimal ("010.1.1.1" is 10.1.1.1). The API server
/// validates addresses with it, so winnet accepts what it accepts.
std::optional<net::IpAddress> parse_ip_sloppy(std::string_view text);
/// net.ParseCIDR with the sloppy address rule (netutils.ParseCIDRSloppy).
std::optional<net::IpPrefix> parse_cidr_sloppy(std::string_view text);
/// ValidateEndpointIP / ValidateNonSpecialIP in pkg/apis/core/validation: the problems of an
/// endpoint or external address (unspecified, loopback, link-local, link-local multicast).
std::vector<std::string> endpoint_ip_problems(const net::IpAddress& ip, std::string_view text);

// ---- problems with their paths ------------------------------------------------------------------

/// The problems found in one input, in the order the API server reports them. Reading goes on
/// after a problem where the object still makes sense, so one run can report all of them.
class Problems {
public:
    /// Records `problem` at `path`.
    void add(std::string path, std::string problem) {
        list_.emplace_back(std::move(path), std::move(problem));
    }
    /// Records an already formed error.
    void add(const JsonError& error) { list_.push_back(error); }
    /// Records every message of `messages` at `path`, each as `Invalid value: "<text>": <msg>`.
    void add_invalid_all(const std::string& path, std::string_view text,
                         const std::vector<std::string>& messages);
    /// Whether nothing was recorded.
    [[nodiscard]] bool empty() const { return list_.empty(); }
    /// Everything recorded, in order.
    [[nodiscard]] const std::vector<JsonError>& list() const { return list_; }
    /// Throws the first problem, if any.
    void throw_first() const {
        if (!list_.empty()) {
            throw list_.front();
        }
    }

private:
    std::vector<JsonError> list_;
};

// ---- lenient JSON reading: unknown fields ignored, as kubectl's clients ignore them -----------

/// Throws unless `value` is an object; `type_name` ("ServicePort") appears in the message.
void require_object(const json::Value& value, const std::string& path, std::string_view type_name);
/// The member `key` of an object, or nullptr when it is absent or null (Go reads null as absent).
const json::Value* member(const json::Value& object, std::string_view key);
/// A Go string field: "" when absent.
std::string string_field(const json::Value& object, std::string_view key, const std::string& path);
/// A Go *bool field: none when absent.
std::optional<bool> optional_bool_field(const json::Value& object, std::string_view key,
                                        const std::string& path);
/// A Go int32 number: throws unless `value` is an integer from -2^31 to 2^31-1.
std::int32_t read_int32(const json::Value& value, const std::string& path);
/// A Go map[string]string field: empty when absent.
std::map<std::string, std::string> string_map_field(const json::Value& object, std::string_view key,
                                                    const std::string& path);
/// A Go []string field: empty when absent.
std::vector<std::string> string_list_field(const json::Value& object, std::string_view key,
                                           const std::string& path);

} // namespace winnet::k8s::detail
