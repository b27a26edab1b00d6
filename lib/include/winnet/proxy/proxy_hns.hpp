/// @file
/// The HNS operations the Windows kube-proxy is written against: one level above the HCN calls,
/// returning kube-proxy's own endpoint and load-balancer records, with its caching and deletion
/// rules. Upstream: the `HostNetworkService` interface and its `hns` implementation in
/// pkg/proxy/winkernel/hns.go.
#pragma once

#include <winnet/hns/host_network_service.hpp>
#include <winnet/proxy/endpoint_info.hpp>
#include <winnet/proxy/load_balancer_identity.hpp>
#include <winnet/proxy/network_info.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace winnet::proxy {

/// The HNS endpoints of the network, found by id or by IP: what kube-proxy calls
/// `queriedEndpoints`. Filled from one ListEndpointsOfNetwork and kept in step with the endpoints
/// the proxier creates and deletes.
class QueriedEndpoints {
public:
    /// The endpoint with HNS id `id`, or nullptr.
    [[nodiscard]] const EndpointInfo* find_id(std::string_view id) const;
    /// The endpoint that owns `ip`, or nullptr.
    [[nodiscard]] const EndpointInfo* find_ip(const net::IpAddress& ip) const;
    /// Records `endpoint` under its id and, if `bind_address`, under its ip, replacing what
    /// those keys held.
    void insert(const EndpointInfo& endpoint, bool bind_address = true);
    /// Makes `ip` find the endpoint with id `id` (the second address of a dual-stack endpoint,
    /// or a tie between two endpoints with one address).
    void bind(const net::IpAddress& ip, const std::string& id);
    /// Forgets the endpoint with id `id` and the addresses that point at it.
    void erase(std::string_view id);
    /// How many endpoints are recorded.
    [[nodiscard]] std::size_t size() const { return by_id_.size(); }

private:
    std::unordered_map<std::string, EndpointInfo> by_id_;
    std::unordered_map<net::IpAddress, std::string> by_ip_;
};

/// The load balancers that exist on the host, found by identity: what kube-proxy calls
/// `queriedLoadBalancers`. A request whose identity is found here is served without any HNS
/// call.
class QueriedLoadBalancers {
public:
    /// The id of the load balancer with `identity`, or nullptr.
    [[nodiscard]] const std::string* find(const LoadBalancerIdentity& identity) const;
    /// Records that load balancer `id` has `identity` (replacing what `id` had before).
    void insert(const LoadBalancerIdentity& identity, const std::string& id);
    /// Forgets load balancer `id`.
    void erase(const std::string& id);
    /// How many load balancers are recorded.
    [[nodiscard]] std::size_t size() const { return by_identity_.size(); }

private:
    std::unordered_map<LoadBalancerIdentity, std::string, LoadBalancerIdentityHash> by_identity_;
    std::unordered_map<std::string, LoadBalancerIdentity> by_id_;
};

/// kube-proxy's view of HNS: the calls it makes and the rules around them. Errors from HNS
/// propagate as hns::HnsError, except where upstream swallows them (noted per function).
/// Upstream: `hns` (hns.go).
class ProxyHns {
public:
    /// Works through `service`, which must outlive this object.
    explicit ProxyHns(hns::HostNetworkService& service) : hns_(&service) {}

    /// The HNS network the proxier uses. Throws hns::NotFoundError when there is none.
    /// Upstream: `getNetworkByName`.
    [[nodiscard]] NetworkInfo get_network_by_name(const std::string& name);

    /// Every endpoint of the network with at least one IP configuration, by id and by each of
    /// its first two addresses, as `queriedEndpoints`. When a local and a remote endpoint share
    /// an address the local one keeps it (k/k PR 138000) and the ids of the remote ones are
    /// appended to `shadowed_remote` (if given) so the caller can delete them. Upstream:
    /// `getAllEndpointsByNetwork`.
    [[nodiscard]] QueriedEndpoints
    get_all_endpoints_by_network(const NetworkInfo& network,
                                 std::vector<std::string>* shadowed_remote = nullptr);

    /// The endpoint named `name` (the root endpoint). Upstream: `getEndpointByName`.
    [[nodiscard]] EndpointInfo get_endpoint_by_name(const std::string& name);

    /// Creates the HNS endpoint for `endpoint` on the network named `network_name` (read again
    /// first, as upstream does): a remote endpoint (flag RemoteEndpoint, plus a ProviderAddress
    /// policy when it has a provider address) unless it is local. Returns it with the id HNS
    /// gave. Upstream: `createEndpoint`.
    EndpointInfo create_endpoint(const EndpointInfo& endpoint, const std::string& network_name);

    /// Deletes endpoint `id`; throws hns::NotFoundError if there is none. Upstream:
    /// `deleteEndpoint`.
    void delete_endpoint(const std::string& id);

    /// Every load balancer on the host, by identity. Upstream: `getAllLoadBalancers`.
    [[nodiscard]] QueriedLoadBalancers get_all_load_balancers();

    /// The id of the load balancer `request` asks for: the one in `queried` with the same
    /// identity if there is one (no HNS call), else a new one, which is recorded in `queried`.
    /// Upstream: `getLoadBalancer`.
    std::string get_load_balancer(const LoadBalancerRequest& request,
                                  QueriedLoadBalancers& queried);

    /// Makes load balancer `id` what `request` asks for: nothing when `queried` already has one
    /// with that identity (returns its id), else HcnModifyLoadBalancer with the whole document
    /// (HNS 15.5 and later; older HNS answers E_NOTIMPL). Upstream: `updateLoadBalancer`.
    std::string update_load_balancer(const std::string& id, const LoadBalancerRequest& request,
                                     QueriedLoadBalancers& queried);

    /// Deletes load balancer `id`. A load balancer that cannot be found (including id "") counts
    /// as deleted; a failed delete is retried once (a Windows Server 2019 HNS bug) and the second
    /// error thrown. Upstream: `deleteLoadBalancer`.
    void delete_load_balancer(const std::string& id);

    /// Deletes every load balancer on the host, as kube-proxy does when it starts; failures are
    /// counted, not thrown. Returns the number that could not be deleted. Upstream:
    /// `deleteAllHnsLoadBalancerPolicy`.
    std::size_t delete_all_load_balancers();

    /// The HostNetworkService underneath.
    [[nodiscard]] hns::HostNetworkService& service() { return *hns_; }

private:
    hns::HostNetworkService* hns_;
};

} // namespace winnet::proxy
