/// @file
/// HostNetworkService: the seam between the proxier and CNI logic and HNS
/// itself.
#pragma once

#include <winnet/hns/endpoint.hpp>
#include <winnet/hns/load_balancer.hpp>
#include <winnet/hns/network.hpp>
#include <winnet/hns/version.hpp>

#include <string_view>
#include <vector>

namespace winnet::hns {

/// The operations on HNS that the Windows kube-proxy and the CNI plugins use,
/// one for each hcsshim call they make (kube-proxy's `HcnService` seam in
/// hcnutils.go, plus network create and delete for the CNI plugins). Nothing
/// above it knows whether HNS is real: the simulator
/// (`SimulatedHns`) and, on Windows, the HCN API implement it.
///
/// Every failure is a `HnsError` carrying the HRESULT; lookups of unknown ids
/// or names throw `NotFoundError`. Ids are GUID strings, compared without
/// regard to letter case as HNS does.
class HostNetworkService {
public:
    /// Destroys the service handle; HNS objects live on.
    virtual ~HostNetworkService() = default;

    /// The HNS version of the node (`GET /globals/version`).
    [[nodiscard]] virtual HnsVersion version() = 0;
    /// The features that version supports (hcsshim's
    /// `GetCachedSupportedFeatures`).
    [[nodiscard]] SupportedFeatures supported_features() {
        return hns::supported_features(version());
    }

    /// All networks (`ListNetworks`).
    [[nodiscard]] virtual std::vector<Network> list_networks() = 0;
    /// The network named `name` (`GetNetworkByName`); throws NotFoundError when
    /// there is none.
    [[nodiscard]] virtual Network get_network_by_name(std::string_view name) = 0;
    /// The network with id `id` (`GetNetworkByID`); throws NotFoundError when
    /// there is none.
    [[nodiscard]] virtual Network get_network_by_id(std::string_view id) = 0;
    /// Creates `network` and returns it as HNS stored it, with its new id
    /// (`CreateNetwork`).
    virtual Network create_network(const Network& network) = 0;
    /// Deletes the network and, as HNS does, every endpoint on it
    /// (`DeleteNetwork`).
    virtual void delete_network(std::string_view id) = 0;

    /// All endpoints of all networks (`ListEndpoints`).
    [[nodiscard]] virtual std::vector<Endpoint> list_endpoints() = 0;
    /// The endpoints attached to network `network_id` (`ListEndpointsOfNetwork`,
    /// HCN query filter `{"VirtualNetwork": id}`).
    [[nodiscard]] virtual std::vector<Endpoint>
    list_endpoints_of_network(std::string_view network_id) = 0;
    /// The endpoint with id `id` (`GetEndpointByID`); throws NotFoundError when
    /// there is none.
    [[nodiscard]] virtual Endpoint get_endpoint_by_id(std::string_view id) = 0;
    /// The endpoint named `name` (`GetEndpointByName`); throws NotFoundError when
    /// there is none.
    [[nodiscard]] virtual Endpoint get_endpoint_by_name(std::string_view name) = 0;
    /// Creates `endpoint` on `network` and returns it with its new id
    /// (`network.CreateEndpoint`: `HostComputeNetwork` is set to the network's
    /// id). Local endpoints are the CNI plugin's.
    virtual Endpoint create_endpoint(const Network& network, Endpoint endpoint) = 0;
    /// Creates an endpoint for a pod on another node
    /// (`network.CreateRemoteEndpoint`: the `RemoteEndpoint` flag is added, then
    /// as `create_endpoint`).
    Endpoint create_remote_endpoint(const Network& network, Endpoint endpoint) {
        endpoint.flags = endpoint.flags | EndpointFlags::RemoteEndpoint;
        return create_endpoint(network, std::move(endpoint));
    }
    /// Deletes the endpoint with id `id` (`DeleteEndpoint`).
    virtual void delete_endpoint(std::string_view id) = 0;
    /// The endpoint on `network` whose first or second IP configuration is `ip`, as kube-proxy's
    /// `getEndpointByIpAddress` finds it: one `ListEndpoints` call over all networks, then the
    /// network id compared without regard to case. Throws NotFoundError ("Endpoint 10.244.1.5
    /// not found on network flannel.4096") when there is none.
    [[nodiscard]] Endpoint get_endpoint_by_ip(const net::IpAddress& ip, const Network& network);

    /// Attaches endpoint `endpoint_id` to the namespace `namespace_id` (the pod's network
    /// compartment, whose GUID containerd passes to the CNI plugin as `CNI_NETNS`), as hcsshim's
    /// `AddNamespaceEndpoint` does: `HcnModifyNamespace` with
    /// `{"ResourceType":"Endpoint","RequestType":"Add","Settings":{"EndpointId":"..."}}`. HNS then
    /// reports the namespace in the endpoint's `HostComputeNamespace`. Throws NotFoundError for an
    /// unknown endpoint. An HNS without namespaces (this base class) throws HnsError E_NOTIMPL.
    virtual void add_namespace_endpoint(std::string_view namespace_id,
                                        std::string_view endpoint_id);
    /// Detaches endpoint `endpoint_id` from the namespace `namespace_id` (hcsshim's
    /// `RemoveNamespaceEndpoint`, the same request with `"RequestType":"Remove"`). Throws
    /// NotFoundError when the endpoint does not exist or is not in that namespace (the CNI
    /// plugins' DEL tolerates both). An HNS without namespaces throws HnsError E_NOTIMPL.
    virtual void remove_namespace_endpoint(std::string_view namespace_id,
                                           std::string_view endpoint_id);

    /// All load balancers (`ListLoadBalancers`).
    [[nodiscard]] virtual std::vector<LoadBalancer> list_load_balancers() = 0;
    /// The load balancer with id `id` (`GetLoadBalancerByID`); throws
    /// NotFoundError when there is none.
    [[nodiscard]] virtual LoadBalancer get_load_balancer_by_id(std::string_view id) = 0;
    /// Creates `load_balancer` and returns it with its new id
    /// (`HcnCreateLoadBalancer`).
    virtual LoadBalancer create_load_balancer(const LoadBalancer& load_balancer) = 0;
    /// Replaces the load balancer `id` with `load_balancer`, keeping the id
    /// (`HcnModifyLoadBalancer` with the whole document). HNS without
    /// ModifyLoadbalancer fails with E_NOTIMPL.
    virtual LoadBalancer update_load_balancer(std::string_view id,
                                              const LoadBalancer& load_balancer) = 0;
    /// Deletes the load balancer `id` (`HcnDeleteLoadBalancer`).
    virtual void delete_load_balancer(std::string_view id) = 0;
};

} // namespace winnet::hns
