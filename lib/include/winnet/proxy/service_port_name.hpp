/// @file
/// ServicePortName: the key on which Services, EndpointSlice ports and the proxier's maps meet.
#pragma once

#include <winnet/k8s/object_meta.hpp>
#include <winnet/k8s/service.hpp>

#include <compare>
#include <string>

namespace winnet::proxy {

/// The name of one Service port as kube-proxy keys it: namespace, Service name, port name and
/// protocol. Services, EndpointSlice ports and every per-port map of the proxier meet on this
/// key. Upstream: `proxy.ServicePortName`.
struct ServicePortName {
    /// The Service's namespace and name.
    k8s::NamespacedName service;
    /// The port's `name` in the Service (and in the EndpointSlice); empty for a Service with a
    /// single unnamed port.
    std::string port;
    /// The port's protocol. A Service may use one port number with two protocols (kube-dns:
    /// 53/UDP and 53/TCP); they are two ServicePortNames and two sets of load balancers.
    k8s::PortProtocol protocol = k8s::PortProtocol::TCP;

    /// "namespace/name:port" as kube-proxy logs it (the port part only when named), e.g.
    /// "kube-system/kube-dns:dns-tcp".
    [[nodiscard]] std::string to_string() const;

    /// Equal when namespace, name, port and protocol are.
    friend bool operator==(const ServicePortName&, const ServicePortName&) = default;
    /// Ordered by namespace, name, port, protocol: the order in which winnet syncs services
    /// (upstream iterates a Go map, in random order).
    friend std::strong_ordering operator<=>(const ServicePortName&,
                                            const ServicePortName&) = default;
};

} // namespace winnet::proxy
