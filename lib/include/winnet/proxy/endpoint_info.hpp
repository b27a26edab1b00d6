/// @file
/// EndpointInfo: one backend of one Service port as the Windows kube-proxy tracks it, and the
/// HNS endpoint it is bound to. Upstream: `endpointInfo` in pkg/proxy/winkernel/proxier.go.
#pragma once

#include <winnet/k8s/endpoint_slice.hpp>
#include <winnet/net/ip_address.hpp>
#include <winnet/proxy/service_port_name.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace winnet::proxy {

/// One backend (DIP and port) of one Service port, from an EndpointSlice, and the HNS endpoint
/// the proxier bound it to. Local backends are pods on this node, whose HNS endpoints the CNI
/// plugin created; remote backends are pods elsewhere, for which kube-proxy creates remote HNS
/// endpoints and counts references, because one remote endpoint serves every Service that
/// shares the pod. Upstream: `endpointInfo`.
struct EndpointInfo {
    /// The backend's address. Upstream: `ip`. Set: endpoint_infos(), the first address of the
    /// EndpointSlice endpoint. Used: to find the HNS endpoint at that address, or to create a
    /// remote one.
    net::IpAddress ip;
    /// The port the backend listens on. Upstream: `port`. Set: endpoint_infos(), from the
    /// EndpointSlice port. Used: becomes the Service's target_port in the sync.
    std::uint16_t port = 0;
    /// The pod runs on this node. Upstream: `isLocal`. Set: endpoint_infos(), true when the
    /// endpoint's `nodeName` is the proxier's node name; for an endpoint read from HNS, true
    /// when it lacks the RemoteEndpoint flag. Used: local backends are found, never created;
    /// traffic policies and DSR select them.
    bool is_local = false;
    /// The MAC address for the remote HNS endpoint of this backend, "02-11-" and four bytes of
    /// the address (hns::conjure_mac); never seen on the wire. Upstream: `macAddress`. Set:
    /// endpoint_infos(). Used: MacAddress of the remote endpoint kube-proxy creates.
    std::string mac_address;
    /// The id of the HNS endpoint the backend is bound to (the CNI's local endpoint or a remote
    /// endpoint kube-proxy made); empty until a sync binds it. Upstream: `hnsID`. Set: the
    /// sync. Used: HostComputeEndpoints of the load balancers; reference counting and deletion.
    std::string hns_id;
    /// The backend holds one reference on the shared count of the remote HNS endpoint hns_id
    /// (Proxier::ref_count); the endpoint is deleted when the last reference goes. Backends
    /// bound to a local endpoint hold none. Upstream: `refCount` (a pointer into
    /// `endPointsRefCount`). Set: the sync, when the backend binds to a remote endpoint. Used:
    /// released by DecrementRefCount (winProxyOptimization) or Cleanup (which deletes at zero).
    bool holds_reference = false;
    /// Overlay only: the physical address of the node hosting the pod. Upstream:
    /// `providerAddress`. Set: on the record of a remote HNS endpoint kube-proxy creates (the
    /// sync), from the network's remote subnet that contains the address, or the node IP for an
    /// address outside all of them; the EndpointSlice backends' own records keep none, as
    /// upstream's do. Used: the ProviderAddress policy of that remote HNS endpoint, so VFP
    /// encapsulates to that node.
    std::optional<net::IpAddress> provider_address;
    /// The EndpointSlice condition `ready`, true when absent. Upstream: `ready`. Set:
    /// endpoint_infos(). Used: a backend that is not ready is skipped unless every backend is
    /// terminating.
    bool ready = true;
    /// The EndpointSlice condition `serving`, true when absent. Upstream: `serving`. Set:
    /// endpoint_infos(). Used: non-serving backends are skipped while some serve; when none
    /// serves, the external load balancers are not created.
    bool serving = true;
    /// The EndpointSlice condition `terminating`, false when absent. Upstream: `terminating`.
    /// Set: endpoint_infos(). Used: when every backend is terminating the external load
    /// balancers are not created (the cloud load balancer should move traffic elsewhere).
    bool terminating = false;

    /// "HnsID:<id>, Address:<ip>:<port>", as upstream's `String()` prints it.
    [[nodiscard]] std::string to_string() const;

    /// True when the two describe the same backend the same way (address, port, locality and
    /// conditions), ignoring the HNS binding: the comparison that decides whether an
    /// EndpointSlice update is a change.
    [[nodiscard]] bool same_spec(const EndpointInfo& other) const;

    /// Equal when every field is.
    friend bool operator==(const EndpointInfo&, const EndpointInfo&) = default;
};

/// The backends of each Service port, in the order the proxier programs them (by address, then
/// port). Upstream: `proxy.EndpointsMap`.
using EndpointsMap = std::map<ServicePortName, std::vector<EndpointInfo>>;

/// The backends of one Service's ports from its EndpointSlices `slices`, as pkg/proxy's
/// EndpointSliceCache builds them for a proxier of `family` on node `node_name`: slices of the
/// other address family are ignored; each slice port (name and protocol) becomes a
/// ServicePortName of `service`; ports without a number, endpoints without an address and
/// FQDN slices are skipped; an endpoint is local when its `nodeName` is `node_name`; the first
/// address is used; duplicates (same address and port in two slices) collapse into one, local
/// if either is.
[[nodiscard]] EndpointsMap endpoint_infos(const k8s::NamespacedName& service,
                                          const std::vector<const k8s::EndpointSlice*>& slices,
                                          const std::string& node_name, net::IpFamily family);

} // namespace winnet::proxy
