/// @file
/// What changed on a node between two HNS states: the endpoints and load balancers created,
/// updated and deleted, for showing what a sync (or a CNI ADD) did.
#pragma once

#include <winnet/hns/render.hpp>
#include <winnet/hns/simulated_hns.hpp>

#include <vector>

namespace winnet::hns {

/// One object before and after a change that kept its id (an in-place update).
template <class T> struct Change {
    /// The object as it was.
    T before;
    /// The object as it is now.
    T after;
};

/// The endpoints and load balancers that differ between two HNS states, matched by id (HNS ids
/// compare without case). Networks are not compared: kube-proxy and the CNI plugins' endpoint
/// setup do not change them.
struct StateDiff {
    /// Endpoints in the second state only.
    std::vector<Endpoint> created_endpoints;
    /// Endpoints whose id is in both states with a different document.
    std::vector<Change<Endpoint>> updated_endpoints;
    /// Endpoints in the first state only.
    std::vector<Endpoint> deleted_endpoints;
    /// Load balancers in the second state only (a replaced load balancer is one deleted and one
    /// created, as HNS gives the new one a new id).
    std::vector<LoadBalancer> created_load_balancers;
    /// Load balancers updated in place (HcnModifyLoadBalancer keeps the id).
    std::vector<Change<LoadBalancer>> updated_load_balancers;
    /// Load balancers in the first state only.
    std::vector<LoadBalancer> deleted_load_balancers;

    /// True when nothing differs.
    [[nodiscard]] bool empty() const;
};

/// What differs between `before` and `after`, each list in the order of its state.
[[nodiscard]] StateDiff diff_states(const HnsState& before, const HnsState& after);

/// The diff as a table: one row per object with the change ("created", "updated", "deleted"),
/// the kind ("endpoint", "load balancer"), its id (first 8 characters unless `full_ids`) and
/// what it is: an endpoint's address and locality, a load balancer's frontend and ports.
[[nodiscard]] Table diff_table(const StateDiff& diff, bool full_ids = false);

} // namespace winnet::hns
