/// @file
/// ClusterState: the Services and EndpointSlices of a cluster, as kube-proxy's informers hold
/// them, built from `kubectl get ... -o json` output and watch events.
#pragma once

#include <winnet/error.hpp>
#include <winnet/k8s/endpoint_slice.hpp>
#include <winnet/k8s/object_meta.hpp>
#include <winnet/k8s/service.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::k8s {

/// The Services and EndpointSlices of a cluster, each filed under its namespace and name: what
/// kube-proxy's Service and EndpointSlice informers hold, and so what it programs HNS from.
///
/// Inputs are what kubectl prints: a `v1` `List` (`kubectl get services,endpointslices -A -o
/// json`), a typed list (`ServiceList`), a single object, or watch events
/// (`kubectl get ... --watch --output-watch-events -o json`), one JSON document after another.
/// `ADDED` and `MODIFIED` events and plain objects add or replace; `DELETED` removes;
/// `BOOKMARK` and `ERROR` events and objects of other kinds (Pods, Endpoints, a Knative
/// Service, ...) are ignored, as a Service or EndpointSlice informer never sees them.
/// Iteration is in namespace, then name order, whatever the input order.
class ClusterState {
public:
    /// An empty cluster.
    ClusterState() = default;

    /// The cluster `json` describes (see apply_json()).
    [[nodiscard]] static ClusterState from_json(std::string_view json);

    /// Applies every document of `json` in order. All or nothing: when any document is
    /// malformed, throws winnet::JsonError for the first problem and leaves the state as it was.
    /// Paths are JSONPaths of the document (`$.items[3].spec.ports[1].port`); in text of several
    /// documents they start with the document's index, counting from 0 (`$[2].object.spec`).
    void apply_json(std::string_view json);

    /// Every problem apply_json() would report for `json`, in document order, one per value at
    /// fault (each object is read on its own, so one bad object does not hide the next). Empty
    /// when the text would apply.
    [[nodiscard]] static std::vector<JsonError> check_json(std::string_view json);

    /// Adds `service`, or replaces the Service of the same namespace and name (an informer's
    /// OnAdd and OnUpdate).
    void set_service(Service service);
    /// Removes the Service `key`; false when there was none (an informer's OnDelete).
    bool remove_service(const NamespacedName& key);
    /// Adds `slice`, or replaces the EndpointSlice of the same namespace and name.
    void set_endpoint_slice(EndpointSlice slice);
    /// Removes the EndpointSlice `key`; false when there was none.
    bool remove_endpoint_slice(const NamespacedName& key);

    /// Every Service, by namespace and name.
    [[nodiscard]] const std::map<NamespacedName, Service>& services() const { return services_; }
    /// Every EndpointSlice, by namespace and name (the slice's own name, not its Service's).
    [[nodiscard]] const std::map<NamespacedName, EndpointSlice>& endpoint_slices() const {
        return slices_;
    }
    /// The Service `key`, or nullptr.
    [[nodiscard]] const Service* find_service(const NamespacedName& key) const;
    /// The EndpointSlice `key`, or nullptr.
    [[nodiscard]] const EndpointSlice* find_endpoint_slice(const NamespacedName& key) const;
    /// The slices labelled as belonging to the Service `service` (`kubernetes.io/service-name`),
    /// in name order; empty when there are none, whether or not the Service exists.
    [[nodiscard]] std::vector<const EndpointSlice*>
    endpoint_slices_of(const NamespacedName& service) const;

    /// States are equal when they hold the same objects.
    friend bool operator==(const ClusterState& a, const ClusterState& b) {
        return a.services_ == b.services_ && a.slices_ == b.slices_;
    }

private:
    std::map<NamespacedName, Service> services_;
    std::map<NamespacedName, EndpointSlice> slices_;
    // Service -> names of its slices, kept in step with slices_ for endpoint_slices_of().
    std::map<NamespacedName, std::set<std::string>> slices_by_service_;
};

} // namespace winnet::k8s
