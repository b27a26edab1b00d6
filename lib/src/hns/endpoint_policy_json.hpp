// Endpoint policies <-> JSON (endpoint_policy.cpp), for Endpoint::to_json and from_json
// (endpoint.cpp). Private to the library.
#pragma once

#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/hns/endpoint_policy.hpp>

#include <string>

namespace winnet::hns::detail {

/// One element of an endpoint's Policies: `{"Type":..., "Settings":...}`; a Type winnet does not
/// model becomes an OtherEndpointPolicy with its Settings verbatim.
EndpointPolicy read_endpoint_policy(const json::Value& value, const std::string& path);
/// Writes one policy as hcsshim marshals it; `path` names it in errors (an OtherEndpointPolicy
/// whose settings_json is not JSON).
void write_endpoint_policy(json::GoWriter& w, const EndpointPolicy& policy,
                           const std::string& path);

} // namespace winnet::hns::detail
