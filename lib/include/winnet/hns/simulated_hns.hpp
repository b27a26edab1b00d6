/// @file
/// SimulatedHns: an in-memory HNS that behaves like the real one where
/// kube-proxy and the CNI plugins can tell, records every call, and fails on
/// demand.
#pragma once

#include <winnet/hns/hns_error.hpp>
#include <winnet/hns/host_network_service.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace winnet::hns {

/// One kind of call to HNS, named after the hcsshim function that makes it.
enum class HnsOperation {
    GetVersion,              ///< `GetGlobals` (`GET /globals/version`).
    ListNetworks,            ///< `ListNetworks`.
    GetNetworkByName,        ///< `GetNetworkByName`.
    GetNetworkById,          ///< `GetNetworkByID`.
    CreateNetwork,           ///< `HostComputeNetwork.Create` (`HcnCreateNetwork`).
    DeleteNetwork,           ///< `HostComputeNetwork.Delete` (`HcnDeleteNetwork`).
    ListEndpoints,           ///< `ListEndpoints`.
    ListEndpointsOfNetwork,  ///< `ListEndpointsOfNetwork`.
    GetEndpointById,         ///< `GetEndpointByID`.
    GetEndpointByName,       ///< `GetEndpointByName`.
    CreateEndpoint,          ///< `HostComputeNetwork.CreateEndpoint`
                             ///< (`HcnCreateEndpoint`).
    DeleteEndpoint,          ///< `HostComputeEndpoint.Delete` (`HcnDeleteEndpoint`).
    ListLoadBalancers,       ///< `ListLoadBalancers`.
    GetLoadBalancerById,     ///< `GetLoadBalancerByID`.
    CreateLoadBalancer,      ///< `HostComputeLoadBalancer.Create`
                             ///< (`HcnCreateLoadBalancer`).
    UpdateLoadBalancer,      ///< `HostComputeLoadBalancer.Update`
                             ///< (`HcnModifyLoadBalancer`).
    DeleteLoadBalancer,      ///< `HostComputeLoadBalancer.Delete`
                             ///< (`HcnDeleteLoadBalancer`).
    AddNamespaceEndpoint,    ///< `AddNamespaceEndpoint` (`HcnModifyNamespace`, RequestType Add).
    RemoveNamespaceEndpoint, ///< `RemoveNamespaceEndpoint` (`HcnModifyNamespace`, RequestType
                             ///< Remove).
};

/// The operation's name, for example "CreateLoadBalancer".
std::string to_string(HnsOperation operation);

/// One call the simulator received, in the order received.
struct HnsCall {
    /// What was asked.
    HnsOperation operation = HnsOperation::GetVersion;
    /// The id or name the call was about: the id created, updated, deleted or
    /// looked up, the name looked up, or the network whose endpoints were listed;
    /// empty for plain lists.
    std::string id;
    /// The JSON document sent with a create or update (compact, as hcsshim sends
    /// it); empty for other calls.
    std::string document;
    /// The HRESULT the call failed with, or nothing when it succeeded.
    std::optional<HResult> error;

    /// Calls are equal when every field is.
    friend bool operator==(const HnsCall&, const HnsCall&) = default;
};

/// A node's whole HNS state: what `winnet plan --hns HNS.json` reads and the
/// CNI runner keeps between calls. JSON:
/// `{"version":{"Major":15,"Minor":5},"networks":[...],"endpoints":[...],
/// "loadBalancers":[...]}` with HCN v2 documents as hcsshim marshals them.
struct HnsState {
    /// An empty state of HNS 15.5. (Declared, so that `{15, 5}` means an HnsVersion and never
    /// an HnsState by brace elision.)
    HnsState() = default;

    /// The HNS version of the node, JSON `version`.
    HnsVersion version{15, 5};
    /// The networks (created by the CNI plugin), JSON `networks`.
    std::vector<Network> networks;
    /// The endpoints: local pod endpoints, the root and source-VIP endpoints,
    /// remote endpoints, JSON `endpoints`.
    std::vector<Endpoint> endpoints;
    /// The load balancers, JSON `loadBalancers`.
    std::vector<LoadBalancer> load_balancers;

    /// The state as JSON; objects appear as hcsshim marshals them.
    [[nodiscard]] std::string to_json(JsonStyle style = JsonStyle::Indented) const;
    /// Parses a state document. Strict: throws winnet::JsonError naming the JSON
    /// path (for example `$.endpoints[2].IpConfigurations[0].IpAddress`) for
    /// anything it cannot read.
    static HnsState from_json(std::string_view json);

    /// States are equal when every object is.
    friend bool operator==(const HnsState&, const HnsState&) = default;
};

/// An in-memory HNS for tests, examples, benchmarks and `winnet plan`.
///
/// It behaves like the real service where kube-proxy and the CNI plugins can
/// observe it:
/// - ids are GUIDs, deterministic for a given seed, so outputs are
/// reproducible;
/// - an endpoint belongs to an existing network, and deleting a network deletes
/// its endpoints;
/// - a load balancer's backends must be existing endpoints;
/// - creating (or updating to) a load balancer whose protocol and external port
/// collide with
///   another one on a shared frontend VIP (or, for two NodePort load balancers,
///   on the node) fails with HCN_E_PORT_ALREADY_EXISTS (0x803b0013);
/// - unknown ids and names fail with NotFoundError;
/// - `update_load_balancer` fails with E_NOTIMPL when the version lacks
/// ModifyLoadbalancer;
/// - any namespace GUID is accepted (containerd creates namespaces, not the CNI plugin):
///   attaching records it as the endpoint's `HostComputeNamespace`, detaching clears it;
/// - MAC addresses are not assigned: an endpoint created without one keeps none.
///
/// For tests it records every call with its document, counts them, injects
/// faults (fail the Nth call, fail an operation, fail at random with a seeded
/// probability, restart losing all load balancers) and adds up a simulated
/// latency per call, for benchmarks that report ratios rather than seconds. Not
/// thread-safe: use one from one thread.
class SimulatedHns : public HostNetworkService {
public:
    /// An empty HNS of `version`; `id_seed` picks the sequence of GUIDs it hands
    /// out.
    explicit SimulatedHns(HnsVersion version = {15, 5}, std::uint64_t id_seed = 0);
    /// An HNS holding `state` (ids kept as given).
    explicit SimulatedHns(HnsState state, std::uint64_t id_seed = 0);
    /// Releases the simulated objects.
    ~SimulatedHns() override;
    /// Simulators are not copied: each one is its own node.
    SimulatedHns(const SimulatedHns&) = delete;
    /// Simulators are not copied.
    SimulatedHns& operator=(const SimulatedHns&) = delete;

    /// Everything HNS holds now, in creation order. Does not count as a call.
    [[nodiscard]] HnsState state() const;

    [[nodiscard]] HnsVersion version() override;
    [[nodiscard]] std::vector<Network> list_networks() override;
    [[nodiscard]] Network get_network_by_name(std::string_view name) override;
    [[nodiscard]] Network get_network_by_id(std::string_view id) override;
    Network create_network(const Network& network) override;
    void delete_network(std::string_view id) override;
    [[nodiscard]] std::vector<Endpoint> list_endpoints() override;
    [[nodiscard]] std::vector<Endpoint>
    list_endpoints_of_network(std::string_view network_id) override;
    [[nodiscard]] Endpoint get_endpoint_by_id(std::string_view id) override;
    [[nodiscard]] Endpoint get_endpoint_by_name(std::string_view name) override;
    Endpoint create_endpoint(const Network& network, Endpoint endpoint) override;
    void delete_endpoint(std::string_view id) override;
    [[nodiscard]] std::vector<LoadBalancer> list_load_balancers() override;
    [[nodiscard]] LoadBalancer get_load_balancer_by_id(std::string_view id) override;
    LoadBalancer create_load_balancer(const LoadBalancer& load_balancer) override;
    LoadBalancer update_load_balancer(std::string_view id,
                                      const LoadBalancer& load_balancer) override;
    void delete_load_balancer(std::string_view id) override;
    void add_namespace_endpoint(std::string_view namespace_id,
                                std::string_view endpoint_id) override;
    void remove_namespace_endpoint(std::string_view namespace_id,
                                   std::string_view endpoint_id) override;

    /// Every call received since construction or `clear_calls()`, oldest first.
    [[nodiscard]] const std::vector<HnsCall>& calls() const;
    /// How many calls of `operation` were received (failed ones included).
    [[nodiscard]] std::size_t count(HnsOperation operation) const;
    /// The number of calls of each operation received, only operations with at
    /// least one.
    [[nodiscard]] std::map<HnsOperation, std::size_t> counts() const;
    /// Forgets the call log, the counts and the simulated time (a new measurement
    /// starts).
    void clear_calls();

    /// Makes the `nth` call from now fail with `code` (1 is the next call).
    void fail_call(std::size_t nth, HResult code = HResult::Fail);
    /// Makes the next `times` calls of `operation` fail with `code`.
    void fail_operation(HnsOperation operation, HResult code, std::size_t times = 1);
    /// Makes every call fail with probability `probability` (0 to 1), drawn from
    /// a generator seeded with `seed` so a run can be repeated.
    void fail_randomly(double probability, std::uint64_t seed, HResult code = HResult::Fail);
    /// Removes every pending fault.
    void clear_faults();
    /// Simulates the HNS service restarting: every load balancer is lost (HNS
    /// keeps them only in memory), networks and endpoints stay. Not recorded as a
    /// call.
    void restart();

    /// Sets the simulated cost of one `operation`: `fixed` per call plus
    /// `per_object` for each object a list returns. Defaults are in the order of
    /// magnitude of a real node.
    void set_latency(HnsOperation operation, std::chrono::microseconds fixed,
                     std::chrono::microseconds per_object = std::chrono::microseconds{0});
    /// The simulated time spent in HNS by the calls received since
    /// `clear_calls()`.
    [[nodiscard]] std::chrono::microseconds elapsed() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace winnet::hns
