/// @file
/// plan(): what the Windows kube-proxy would ask HNS for on one node, given the cluster. It starts
/// kube-proxy on a simulated copy of the node's HNS, then applies each cluster state in turn and
/// syncs, recording every HNS call. This is `winnet plan`.
#pragma once

#include <winnet/hns/schema_version.hpp>
#include <winnet/hns/simulated_hns.hpp>
#include <winnet/k8s/cluster_state.hpp>
#include <winnet/k8s/kube_proxy_configuration.hpp>
#include <winnet/net/ip_address.hpp>
#include <winnet/net/mac_address.hpp>
#include <winnet/proxy/proxier.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace winnet::proxy {

/// One step of a plan: kube-proxy's start-up, or one sync after a cluster state was applied. It
/// holds the HNS calls the step made and what HNS held afterwards.
struct PlanStep {
    /// The calls the step made to HNS, oldest first, failed ones included with their HRESULT.
    /// With two proxiers (a dual-stack node) the IPv4 proxier's calls come first.
    std::vector<hns::HnsCall> calls;
    /// How many calls of each operation the step made (failed ones included); only operations
    /// with at least one call appear.
    std::map<hns::HnsOperation, std::size_t> counts;
    /// Everything HNS holds after the step: networks, endpoints (the CNI's and kube-proxy's
    /// remote endpoints) and load balancers.
    hns::HnsState state;
    /// What each proxier's sync did, in the order of Plan::families; empty for the start-up.
    std::vector<SyncResult> results;

    /// Equal when every part is.
    friend bool operator==(const PlanStep&, const PlanStep&) = default;
};

/// What the Windows kube-proxy does on a node: its start-up, then one sync per cluster state.
/// Output of plan().
struct Plan {
    /// The IP family of each proxier, IPv4 first: one on a single-stack node, both on a
    /// dual-stack node. PlanStep::results follow this order.
    std::vector<net::IpFamily> families;
    /// kube-proxy's start-up: each proxier's construction, which reads the HNS version and the
    /// network and deletes every load balancer on the host (upstream NewProxier).
    PlanStep startup;
    /// One step per cluster state, in the order given: the state applied as the informers would
    /// report it, then one sync of each proxier (upstream syncProxyRules).
    std::vector<PlanStep> syncs;

    /// The plan as JSON, the output of `winnet plan -o json`:
    /// `{"startup":{"calls":[...],"counts":{...}},"syncs":[{"calls":[...],"counts":{...},
    /// "state":{"endpoints":[...],"loadBalancers":[...]}}]}`. Each call is
    /// `{"op":"CreateLoadBalancer","id":"...","document":{...}}`: `id` is the call's id or name
    /// (empty for lists), `document` the HCN document sent (creates and updates only, embedded as
    /// JSON) and `error` the HRESULT of a failed call ("0x803b0013 HCN_E_PORT_ALREADY_EXISTS").
    /// Counts are keyed by operation name, in the order of hns::HnsOperation. HCN objects appear
    /// exactly as hcsshim marshals them. The output depends only on the inputs.
    [[nodiscard]] std::string to_json(hns::JsonStyle style = hns::JsonStyle::Indented) const;

    /// The plan for people, the output of `winnet plan -o table`: for the start-up and each
    /// sync, what each proxier's sync did, the calls (hns::call_table), their counts, then the
    /// endpoints and load balancers HNS holds (hns::endpoint_table, hns::load_balancer_table).
    /// Ids are cut to their first 8 characters unless `full_ids`.
    [[nodiscard]] std::string to_table(bool full_ids = false) const;

    /// Equal when every part is.
    friend bool operator==(const Plan&, const Plan&) = default;
};

/// What the Windows kube-proxy configured by `config` asks HNS for on a node whose HNS holds
/// `hns_state` (version, networks, the CNI's endpoints, leftovers), whose IPs are `node_ips` and
/// whose network adapter has MAC `host_mac`, when the cluster goes through `clusters` in turn.
///
/// A SimulatedHns (id seed 0) is loaded with `hns_state`. Start-up constructs one Proxier per node
/// IP (ProxierConfig::from), IPv4 first, as cmd/kube-proxy does on a dual-stack node (one proxier
/// per family behind the metaproxier). Then, for each cluster state, each proxier is given it
/// (Proxier::apply) and syncs once.
///
/// `node_ips` holds one address, or one of each family for a dual-stack node. Throws
/// ProxierError when kube-proxy would not start: no node IP, more than two, two of one family, a
/// second family on a node that cannot run dual-stack (HNS without IPv6DualStack, before 11.10,
/// or an overlay network; upstream's DualStackCompatTester then falls back to single-stack, plan
/// refuses instead so that the output never silently leaves out a family), a network that does
/// not exist (upstream waits for it forever), or any start-up check of the Proxier constructor.
[[nodiscard]] Plan plan(const std::vector<k8s::ClusterState>& clusters,
                        const k8s::KubeProxyConfiguration& config, const hns::HnsState& hns_state,
                        const std::vector<net::IpAddress>& node_ips,
                        const net::MacAddress& host_mac);

} // namespace winnet::proxy
