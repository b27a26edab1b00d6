// Reading Services and EndpointSlices out of parsed JSON, private to the library. Each reader
// throws winnet::JsonError for a value it cannot read at all (wrong JSON type) and records the
// API server's validation problems in `problems`, going on where the object still makes sense.
#pragma once

#include "json/reader.hpp"
#include "k8s/api_validation.hpp"

#include <winnet/k8s/endpoint_slice.hpp>
#include <winnet/k8s/object_meta.hpp>
#include <winnet/k8s/service.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace winnet::k8s::detail {

/// The rule a kind's names follow, as ValidateObjectMeta's nameFn.
enum class NameRule {
    Dns1035Label,    // Services (ValidateServiceName = NameIsDNS1035Label)
    Dns1123Subdomain // EndpointSlices (ValidateEndpointSliceName = NameIsDNSSubdomain)
};

/// `metadata` of the object at `path`, checked as ValidateObjectMeta checks a namespaced object.
ObjectMeta read_object_meta(const json::Value& object, const std::string& path, NameRule rule,
                            Problems& problems);

/// A Service object (its kind and apiVersion already checked by the caller).
Service read_service(const json::Value& object, const std::string& path, Problems& problems);

/// An EndpointSlice object (its kind and apiVersion already checked by the caller).
EndpointSlice read_endpoint_slice(const json::Value& object, const std::string& path,
                                  Problems& problems);

/// A port protocol (`TCP` when empty): records `Unsupported value` and returns TCP when unknown.
PortProtocol read_protocol(std::string_view text, const std::string& path, Problems& problems);

/// Throws unless the standalone document at `path` is absent-or-equal in `kind` and `apiVersion`
/// to the expected ones (Service::from_json and friends accept documents written by hand).
void check_kind(const json::Value& object, const std::string& path, std::string_view kind,
                std::string_view api_version);

} // namespace winnet::k8s::detail
