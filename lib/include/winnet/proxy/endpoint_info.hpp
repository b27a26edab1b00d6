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
    /// The backend's address: the first address of the EndpointSlice endpoint. Upstream: `ip`.
    net::IpAddress ip;
    /// The port the backend listens on, from the EndpointSlice port. Upstream: `port`.
    std::uint16_t port = 0;
    /// The EndpointSlice says the pod runs on this node (`nodeName` equals the proxier's node
    /// name). For an endpoint read back from HNS: the HNS endpoint lacks the RemoteEndpoint flag.
    /// Upstream: `isLocal`.
    bool is_local = false;
    /// The MAC address given to the remote HNS endpoint kube-proxy creates for this backend:
    /// conjured from the IP as "02-11-" followed by four bytes of the address (see
    /// hns::conjure_mac), never seen on the wire. Upstream: `macAddress`.
    std::string mac_address;
    /// The id of the HNS endpoint this backend is bound to (the CNI's local endpoint or a remote
    /// endpoint kube-proxy created); empty until a sync binds it. Upstream: `hnsID`.
    std::string hns_id;
    /// True while this backend holds one reference on the proxier's shared count of the remote
    /// HNS endpoint hns_id (Proxier::ref_count). The remote endpoint is deleted when the last
    /// reference is released. Backends bound to a local HNS endpoint hold none. Upstream:
    /// `refCount`, a pointer that then points at the shared counter in `endPointsRefCount`.
    bool holds_reference = false;
    /// Overlay only: the provider address (the physical address of the node hosting the pod) put
    /// in the ProviderAddress policy of the remote HNS endpoint, so that VFP encapsulates packets
    /// for this pod to that node. Upstream: `providerAddress`.
    std::optional<net::IpAddress> provider_address;
    /// The EndpointSlice condition `ready` (true when absent). Upstream: `ready`.
    bool ready = true;
    /// The EndpointSlice condition `serving` (true when absent). Upstream: `serving`.
    bool serving = true;
    /// The EndpointSlice condition `terminating` (false when absent). Upstream: `terminating`.
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
