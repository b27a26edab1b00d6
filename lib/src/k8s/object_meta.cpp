#include "k8s/readers.hpp"

#include <winnet/k8s/object_meta.hpp>

namespace winnet::k8s {

std::string NamespacedName::to_string() const {
    return namespace_ + "/" + name;
}

namespace detail {

// ValidateObjectMeta (k8s.io/apimachinery/pkg/api/validation/objectmeta.go) for a namespaced
// object: the name is required and follows the kind's rule; the namespace is a DNS-1123 label.
// Labels, annotations and the rest of the metadata are not checked: kube-proxy does not depend
// on their syntax.
ObjectMeta read_object_meta(const json::Value& object, const std::string& path, NameRule rule,
                            Problems& problems) {
    ObjectMeta meta;
    const std::string meta_path = json::child_path(path, "metadata");
    const json::Value* m = member(object, "metadata");
    if (m != nullptr) {
        require_object(*m, meta_path, "ObjectMeta");
        meta.name = string_field(*m, "name", meta_path);
        if (const auto* ns = member(*m, "namespace")) {
            meta.namespace_ = json::read_string(*ns, json::child_path(meta_path, "namespace"));
        }
        meta.labels = string_map_field(*m, "labels", meta_path);
        meta.annotations = string_map_field(*m, "annotations", meta_path);
    }
    const std::string name_path = json::child_path(meta_path, "name");
    if (meta.name.empty()) {
        problems.add(name_path, required("name or generateName is required"));
    } else {
        problems.add_invalid_all(name_path, meta.name,
                                 rule == NameRule::Dns1035Label
                                     ? dns1035_label_problems(meta.name)
                                     : dns1123_subdomain_problems(meta.name));
    }
    const std::string ns_path = json::child_path(meta_path, "namespace");
    if (meta.namespace_.empty()) {
        problems.add(ns_path, required());
    } else {
        problems.add_invalid_all(ns_path, meta.namespace_, dns1123_label_problems(meta.namespace_));
    }
    return meta;
}

void check_kind(const json::Value& object, const std::string& path, std::string_view kind,
                std::string_view api_version) {
    if (const auto* k = member(object, "kind")) {
        const auto p = json::child_path(path, "kind");
        const auto text = json::read_string(*k, p);
        if (text != kind) {
            throw JsonError(p, "expected kind " + quote(kind) + ", found " + quote(text));
        }
    }
    if (const auto* v = member(object, "apiVersion")) {
        const auto p = json::child_path(path, "apiVersion");
        const auto text = json::read_string(*v, p);
        if (text != api_version) {
            const bool vowel =
                std::string_view("AEIOU").find(kind.front()) != std::string_view::npos;
            throw JsonError(p, "expected apiVersion " + quote(api_version) + " for " +
                                   (vowel ? "an " : "a ") + std::string(kind) + ", found " +
                                   quote(text));
        }
    }
}

PortProtocol read_protocol(std::string_view text, const std::string& path, Problems& problems) {
    if (text.empty() || text == "TCP") { // SetDefaults_ServicePort / SetDefaults_EndpointPort
        return PortProtocol::TCP;
    }
    if (text == "UDP") {
        return PortProtocol::UDP;
    }
    if (text == "SCTP") {
        return PortProtocol::SCTP;
    }
    // supportedPortProtocols in pkg/apis/core/validation and pkg/apis/discovery/validation
    problems.add(path, not_supported(text, {"SCTP", "TCP", "UDP"}));
    return PortProtocol::TCP;
}

} // namespace detail

} // namespace winnet::k8s
