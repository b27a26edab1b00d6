/// @file
/// What identifies a Kubernetes object for kube-proxy: its namespace, name, labels and
/// annotations.
#pragma once

#include <compare>
#include <map>
#include <string>

namespace winnet::k8s {

/// A namespace and a name: the key under which kube-proxy files a Service (and the Service an
/// EndpointSlice belongs to). Upstream: `types.NamespacedName` of k8s.io/apimachinery.
struct NamespacedName {
    /// The namespace, Go `Namespace` (for example `kube-system`). Named with a trailing
    /// underscore because `namespace` is a C++ keyword; Python calls it `namespace`.
    std::string namespace_;
    /// The object's name within its namespace, Go `Name` (for example `kube-dns`).
    std::string name;

    /// "namespace/name", the form kube-proxy logs (`kube-system/kube-dns`).
    [[nodiscard]] std::string to_string() const;

    /// Names are equal when namespace and name are.
    friend bool operator==(const NamespacedName&, const NamespacedName&) = default;
    /// Ordered by namespace, then name: the order in which winnet lists objects.
    friend std::strong_ordering operator<=>(const NamespacedName&, const NamespacedName&) = default;
};

/// The metadata kube-proxy reads from a Service or an EndpointSlice, JSON `metadata`. Upstream:
/// `metav1.ObjectMeta`; its other fields (uid, resourceVersion, managedFields, ownerReferences,
/// timestamps) are ignored, as kube-proxy ignores them.
struct ObjectMeta {
    /// The object's name, JSON `metadata.name` (Go `Name`). Required.
    std::string name;
    /// The namespace, JSON `metadata.namespace` (Go `Namespace`). A document without one (a
    /// manifest written by hand) gets `default`, the namespace kubectl would create it in.
    /// Named with a trailing underscore because `namespace` is a C++ keyword; Python calls it
    /// `namespace`.
    std::string namespace_ = "default";
    /// Labels, JSON `metadata.labels` (Go `Labels`). kube-proxy reads
    /// `kubernetes.io/service-name` on EndpointSlices and skips objects labelled
    /// `service.kubernetes.io/service-proxy-name` or (slices) `service.kubernetes.io/headless`.
    std::map<std::string, std::string> labels;
    /// Annotations, JSON `metadata.annotations` (Go `Annotations`). The Windows kube-proxy reads
    /// `preserve-destination` and `winProxyOptimization` on Services.
    std::map<std::string, std::string> annotations;

    /// The object's namespace and name.
    [[nodiscard]] NamespacedName key() const { return {namespace_, name}; }

    /// Metadata are equal when every field is.
    friend bool operator==(const ObjectMeta&, const ObjectMeta&) = default;
};

} // namespace winnet::k8s
