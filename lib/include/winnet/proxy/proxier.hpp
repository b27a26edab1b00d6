/// @file
/// The Windows kube-proxy's proxier: start-up on a node, the Service and EndpointSlice change
/// tracking, and the sync that turns them into HNS load balancers and remote endpoints.
/// Upstream: `Proxier`, `NewProxier` and `syncProxyRules` in pkg/proxy/winkernel/proxier.go and
/// loadbalancer.go.
#pragma once

#include <winnet/error.hpp>
#include <winnet/hns/host_network_service.hpp>
#include <winnet/hns/version.hpp>
#include <winnet/k8s/cluster_state.hpp>
#include <winnet/k8s/kube_proxy_configuration.hpp>
#include <winnet/proxy/endpoint_info.hpp>
#include <winnet/proxy/network_info.hpp>
#include <winnet/proxy/proxy_hns.hpp>
#include <winnet/proxy/service_info.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace winnet::proxy {

/// The proxier refuses to start on this node (a configuration or HNS capability problem), with
/// upstream's message, e.g. "source-vip flag not set".
class ProxierError : public Error {
public:
    /// Creates the error with a complete message.
    explicit ProxierError(const std::string& message) : Error(message) {}
};

/// Everything the proxier needs to know about its node and configuration. Upstream: the
/// arguments of `NewProxier`, mostly from KubeProxyConfiguration's `winkernel` section.
struct ProxierConfig {
    /// This node's name (`hostnameOverride`): EndpointSlice endpoints whose `nodeName` equals it
    /// are local. Upstream: `nodeName`.
    std::string node_name;
    /// This node's IP in the proxier's family: the provider address of the overlay ClusterIP
    /// helper endpoints, and the SNAT source for backends outside the pod network. Its family is
    /// the proxier's family. Upstream: `nodeIP`.
    net::IpAddress node_ip;
    /// The MAC address of the node's network adapter, in HNS's dash format: the MAC of the
    /// overlay source-VIP and ClusterIP helper endpoints. Upstream: `hostMac`.
    std::string host_mac;
    /// The HNS network to program (winkernel `networkName`). Upstream: `network.name`.
    std::string network_name;
    /// The overlay source VIP (winkernel `sourceVip`): the address backends on other nodes see
    /// as the source of load-balanced packets. Required on overlay networks, ignored on L2Bridge.
    /// Upstream: `sourceVip`.
    std::optional<net::IpAddress> source_vip;
    /// Create ClusterIP load balancers with direct server return (winkernel `enableDSR`).
    /// Upstream: `isDSR`.
    bool enable_dsr = false;
    /// The name of the HNS endpoint of the host's own network compartment (winkernel
    /// `rootHnsEndpointName`), the backend of health-check load balancers. Upstream:
    /// `rootHnsEndpointName`.
    std::string root_hns_endpoint_name = "cbr0";
    /// Create a health-check load balancer on each ingress IP (winkernel
    /// `forwardHealthCheckVip`). Upstream: `forwardHealthCheckVip`.
    bool forward_health_check_vip = false;
    /// The port of kube-proxy's healthz server (from `healthzBindAddress`): the port of
    /// health-check load balancers of Services without a healthCheckNodePort. Upstream:
    /// `healthzPort`.
    std::uint16_t healthz_port = 10256;
    /// The feature gate WinDSR (needed for enable_dsr).
    bool win_dsr_gate = true;
    /// The feature gate WinOverlay (needed on overlay networks).
    bool win_overlay_gate = true;
    /// List the network's endpoints and the host's load balancers at every sync, as upstream
    /// does (true), or only at the first sync, after an HNS error and at full syncs, keeping the
    /// lists in step with the proxier's own calls in between (false): a sync then costs HNS
    /// calls and work in proportion to what changed, not to the size of the node's state.
    bool requery_hns_each_sync = true;

    /// The ProxierConfig of a node running `config`, whose IP is `node_ip` and whose adapter
    /// has MAC `host_mac`. Upstream: what cmd/kube-proxy passes to NewProxier.
    [[nodiscard]] static ProxierConfig from(const k8s::KubeProxyConfiguration& config,
                                            const net::IpAddress& node_ip,
                                            const std::string& host_mac);
};

/// What one sync did, for logs, tables and benchmarks.
struct SyncResult {
    /// False when the sync returned early: the network was missing or recreated (every
    /// policy was cleaned and the next sync reprograms everything), or listing HNS failed.
    bool completed = false;
    /// Service ports whose load balancers were all programmed in this sync.
    std::size_t services_synced = 0;
    /// Service ports left for the next sync: no usable endpoints, or an HNS call failed.
    std::size_t services_pending = 0;
    /// Remote HNS endpoints deleted because no Service uses them any more.
    std::size_t endpoints_deleted = 0;
    /// Load balancers whose deletion failed and that wait in the stale list.
    std::size_t stale_load_balancers = 0;
    /// Why the sync stopped early, or empty.
    std::string message;

    /// Equal when every count and the message are.
    friend bool operator==(const SyncResult&, const SyncResult&) = default;
};

/// The Windows kube-proxy for one IP family on one node, against one HostNetworkService.
/// Construction is kube-proxy's start-up (feature checks, network lookup, deletion of every
/// load balancer on the host); set_service() and its siblings are the informers' events; sync()
/// is `syncProxyRules`. Upstream: `Proxier` (pkg/proxy/winkernel/proxier.go). A dual-stack node
/// runs two, one per family, on the same HNS.
class Proxier {
public:
    /// Starts a proxier on the node behind `service` (which must outlive it), as NewProxier does:
    /// requires HNS API V2, resolves the network (throws hns::NotFoundError if it does not
    /// exist), checks DSR and overlay requirements (throws ProxierError with upstream's message),
    /// and deletes every load balancer on the host.
    Proxier(hns::HostNetworkService& service, ProxierConfig config);
    ~Proxier();
    /// Not copyable: it owns HNS objects through reference counts.
    Proxier(const Proxier&) = delete;
    /// Not copyable.
    Proxier& operator=(const Proxier&) = delete;

    /// A Service was added or updated (`OnServiceAdd`/`OnServiceUpdate`).
    void set_service(const k8s::Service& service);
    /// A Service was deleted (`OnServiceDelete`).
    void delete_service(const k8s::NamespacedName& service);
    /// An EndpointSlice was added or updated (`OnEndpointSliceAdd`/`Update`).
    void set_endpoint_slice(const k8s::EndpointSlice& slice);
    /// An EndpointSlice was deleted (`OnEndpointSliceDelete`).
    void delete_endpoint_slice(const k8s::NamespacedName& slice);
    /// Makes `cluster` the desired state: every Service and EndpointSlice that differs from what
    /// the proxier was told before is set or deleted, as the informers would report it.
    void apply(const k8s::ClusterState& cluster);

    /// One `syncProxyRules`: checks the network, applies the pending changes (tearing down what
    /// changed), lists HNS, then programs every Service port whose policy is not applied.
    /// `full` re-lists HNS even when requery_hns_each_sync is off.
    SyncResult sync(bool full = false);

    /// The Service ports the proxier knows, with their load-balancer ids. Upstream:
    /// `svcPortMap`.
    [[nodiscard]] const std::map<ServicePortName, ServiceInfo>& services() const;
    /// The backends of each Service port, with their HNS bindings. Upstream: `endpointsMap`.
    [[nodiscard]] const EndpointsMap& endpoints() const;
    /// The ServiceInfo of `name`, or nullptr.
    [[nodiscard]] const ServiceInfo* find_service(const ServicePortName& name) const;
    /// The backends of `name` (empty if none).
    [[nodiscard]] const std::vector<EndpointInfo>& endpoints_of(const ServicePortName& name) const;
    /// How many backends hold a reference on remote HNS endpoint `hns_id` (0 if none).
    /// Upstream: `*endPointsRefCount[hnsID]`.
    [[nodiscard]] std::uint16_t ref_count(const std::string& hns_id) const;
    /// Ids of load balancers whose deletion failed, retried (at most 20 per sync) until HNS
    /// deletes them. Upstream: `mapStaleLoadbalancers`.
    [[nodiscard]] std::set<std::string> stale_load_balancers() const;
    /// The network as last read. Upstream: `network`.
    [[nodiscard]] const NetworkInfo& network() const;
    /// The HNS features in use; `modify_loadbalancer` turns off for good the first time HNS
    /// answers an update with E_NOTIMPL. Upstream: `supportedFeatures`.
    [[nodiscard]] const hns::SupportedFeatures& supported_features() const;
    /// Sets whether load balancers are updated in place, as upstream's tests set
    /// `supportedFeatures.ModifyLoadbalancer`.
    void set_modify_load_balancer(bool enabled);
    /// The configuration the proxier runs with.
    [[nodiscard]] const ProxierConfig& config() const;
    /// The IP family of this proxier (that of the node IP).
    [[nodiscard]] net::IpFamily family() const;
    /// The number of load balancers the start-up cleanup could not delete.
    [[nodiscard]] std::size_t startup_cleanup_failures() const;

    /// The proxier's state, defined privately in lib/src/proxy (where the sync's steps are plain
    /// functions over it).
    struct State;

private:
    std::unique_ptr<State> state_;
};

} // namespace winnet::proxy
