/// @file
/// What the proxier holds, as tables for people: each Service port with its switches, and each
/// load balancer with the frontend it serves. The text and HTML of the same rows (hns::Table).
#pragma once

#include <winnet/hns/render.hpp>
#include <winnet/hns/simulated_hns.hpp>
#include <winnet/proxy/proxier.hpp>

namespace winnet::proxy {

/// One row per Service port the proxier knows: its name and protocol, cluster IP, port,
/// target port and node port, the switches that shape its load balancers (preserveDIP,
/// localTrafficDSR, internalTrafficLocal, winProxyOptimization) and whether its policy is
/// applied.
[[nodiscard]] hns::Table service_table(const Proxier& proxier);

/// One row per load balancer a Service port holds, in Service order: the Service port, the kind
/// (ClusterIP, NodePort, ExternalIP, IngressIP, HealthCheck), the load balancer's id (first 8
/// characters unless `full_ids`), frontend, protocol and ports, flags, distribution, source VIP
/// and its backends as "local" and "remote" counts, read from `state` (the node's HNS state).
/// A kind whose load balancer does not exist is listed with id "-" and why it is missing is the
/// reader's to work out from the Service's switches.
[[nodiscard]] hns::Table
load_balancer_kind_table(const Proxier& proxier, const hns::HnsState& state, bool full_ids = false);

} // namespace winnet::proxy
