/// @file
/// EndpointSlice (discovery.k8s.io/v1): the backends of a Service as kube-proxy receives them.
#pragma once

#include <winnet/k8s/object_meta.hpp>
#include <winnet/k8s/service.hpp>
#include <winnet/net/ip_address.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::k8s {

/// What the addresses of an EndpointSlice are, JSON `addressType`. Upstream:
/// `discoveryv1.AddressType`. A Service of two families has slices of each.
enum class AddressType {
    /// `IPv4` addresses.
    IPv4,
    /// `IPv6` addresses.
    IPv6,
    /// `FQDN`: fully qualified domain names. kube-proxy ignores such slices.
    FQDN,
};

/// "IPv4", "IPv6" or "FQDN".
std::string to_string(AddressType type);

/// The state of one endpoint, JSON `conditions`. Upstream: `discoveryv1.EndpointConditions`.
/// Each condition may be absent (`null`), which means unknown; kube-proxy reads an unknown
/// `ready` or `serving` as true and an unknown `terminating` as false, as the is_* functions do.
struct EndpointConditions {
    /// The pod is ready and not terminating, JSON `ready` (Go `Ready`).
    std::optional<bool> ready;
    /// The pod passes its readiness probe, whether or not it is terminating, JSON `serving` (Go
    /// `Serving`). kube-proxy falls back to serving, terminating endpoints when no endpoint is
    /// ready.
    std::optional<bool> serving;
    /// The pod is being deleted, JSON `terminating` (Go `Terminating`).
    std::optional<bool> terminating;

    /// `ready`, counting unknown as true, as pkg/proxy's EndpointSliceCache does.
    [[nodiscard]] bool is_ready() const { return ready.value_or(true); }
    /// `serving`, counting unknown as true, as pkg/proxy's EndpointSliceCache does.
    [[nodiscard]] bool is_serving() const { return serving.value_or(true); }
    /// `terminating`, counting unknown as false, as pkg/proxy's EndpointSliceCache does.
    [[nodiscard]] bool is_terminating() const { return terminating.value_or(false); }

    /// Conditions are equal when every field is.
    friend bool operator==(const EndpointConditions&, const EndpointConditions&) = default;
};

/// One backend (usually a pod) of a Service, JSON `endpoints[]` entry. Upstream:
/// `discoveryv1.Endpoint`; `targetRef` and `deprecatedTopology` are ignored.
struct Endpoint {
    /// The endpoint's addresses, JSON `addresses` (Go `Addresses`), of the slice's family; at
    /// least one. kube-proxy uses only the first: it is the DIP of the HNS load balancers and
    /// the IP of the remote HNS endpoint the Windows kube-proxy creates. Empty in an FQDN slice.
    std::vector<net::IpAddress> addresses;
    /// The addresses of an FQDN slice, JSON `addresses` (Go `Addresses`), as written; empty in
    /// IPv4 and IPv6 slices.
    std::vector<std::string> fqdn_addresses;
    /// Ready, serving, terminating, JSON `conditions` (Go `Conditions`).
    EndpointConditions conditions;
    /// The pod's hostname for DNS, JSON `hostname` (Go `Hostname`); empty when absent.
    std::string hostname;
    /// The node the endpoint runs on, JSON `nodeName` (Go `NodeName`); empty when absent. The
    /// Windows kube-proxy counts an endpoint as local (`isLocal`) when this equals its own node
    /// name (`hostnameOverride`), and so uses the HNS endpoint the CNI plugin created for it.
    std::string node_name;
    /// The zone the endpoint is in, JSON `zone` (Go `Zone`); empty when absent.
    std::string zone;
    /// Zones that should route to this endpoint (topology-aware routing), JSON
    /// `hints.forZones[].name` (Go `Hints.ForZones`). The Windows kube-proxy ignores hints.
    std::vector<std::string> zone_hints;
    /// Nodes that should route to this endpoint, JSON `hints.forNodes[].name` (Go
    /// `Hints.ForNodes`). The Windows kube-proxy ignores hints.
    std::vector<std::string> node_hints;

    /// Endpoints are equal when every field is.
    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

/// One port of an EndpointSlice, JSON `ports[]` entry. Upstream: `discoveryv1.EndpointPort`;
/// `appProtocol` is ignored.
struct EndpointPort {
    /// The name of the Service port this port serves, JSON `name` (Go `Name`); empty for a
    /// Service's single unnamed port. kube-proxy matches slice ports to Service ports by name and
    /// protocol.
    std::string name;
    /// The protocol, JSON `protocol` (Go `Protocol`); `TCP` when absent.
    PortProtocol protocol = PortProtocol::TCP;
    /// The port on the endpoints, JSON `port` (Go `Port`): the resolved `targetPort`, and the
    /// `InternalPort` of the HNS load balancers. 0 when absent, which the API allows ("all
    /// ports") and kube-proxy skips.
    std::uint16_t port = 0;

    /// Ports are equal when every field is.
    friend bool operator==(const EndpointPort&, const EndpointPort&) = default;
};

/// A set of endpoints of one Service (`apiVersion: discovery.k8s.io/v1`, `kind: EndpointSlice`);
/// a Service has one or more, per family and at most 100 endpoints each by default. Upstream:
/// `discoveryv1.EndpointSlice`.
///
/// Reading applies the API server's defaults (a port's protocol is `TCP`, its name "") and its
/// checks (`ValidateEndpointSlice` in pkg/apis/discovery/validation).
struct EndpointSlice {
    /// Name, namespace, labels and annotations, JSON `metadata`. The label
    /// `kubernetes.io/service-name` names the Service.
    ObjectMeta metadata;
    /// The family of the addresses, JSON `addressType` (Go `AddressType`). Required.
    AddressType address_type = AddressType::IPv4;
    /// The endpoints, JSON `endpoints` (Go `Endpoints`).
    std::vector<Endpoint> endpoints;
    /// The ports every endpoint serves, JSON `ports` (Go `Ports`).
    std::vector<EndpointPort> ports;

    /// Parses one EndpointSlice as `kubectl get endpointslice NAME -o json` prints it, or as
    /// written by hand (`apiVersion` and `kind` may be left out). Unknown fields are ignored.
    /// Throws winnet::JsonError naming the JSON path for text that is not JSON, a value of the
    /// wrong type, another kind or version, or a value the API server would reject, with its
    /// message (`Invalid value: "10.0.0.256": must be a valid IPv4 address`).
    [[nodiscard]] static EndpointSlice from_json(std::string_view json);

    /// The Service this slice belongs to: namespace and the label `kubernetes.io/service-name`
    /// (upstream `discoveryv1.LabelServiceName`). The name is empty when the label is missing;
    /// kube-proxy ignores such slices.
    [[nodiscard]] NamespacedName service() const;
    /// True when kube-proxy never sees this slice: its address type is FQDN, it has no
    /// `kubernetes.io/service-name` label, or it carries `service.kubernetes.io/headless` or
    /// `service.kubernetes.io/service-proxy-name` (filtered out by kube-proxy's informer).
    [[nodiscard]] bool skipped_by_kube_proxy() const;

    /// Slices are equal when every field is.
    friend bool operator==(const EndpointSlice&, const EndpointSlice&) = default;
};

} // namespace winnet::k8s
