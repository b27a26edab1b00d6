/// @file
/// Parts shared by several HCN objects: DNS settings, routes and health.
#pragma once

#include <winnet/net/ip_address.hpp>
#include <winnet/net/ip_prefix.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace winnet::hns {

/// DNS settings of a network or an endpoint, JSON `Dns`. HNS hands them to the container's
/// network stack; the CNI plugins fill them from the netconf's `dns` section.
/// hcsshim: `hcn.Dns`. Always written, as `{}` when empty.
struct Dns {
    /// The DNS suffix of the container, JSON `Domain` (for example `svc.cluster.local`).
    std::string domain;
    /// Suffixes appended to short names, JSON `Search` (for example `default.svc.cluster.local`).
    std::vector<std::string> search;
    /// The DNS servers, JSON `ServerList`: in Kubernetes the kube-dns ClusterIP.
    std::vector<net::IpAddress> server_list;
    /// Resolver options, JSON `Options` (for example `ndots:5`).
    std::vector<std::string> options;

    /// Settings are equal when every field is.
    friend bool operator==(const Dns&, const Dns&) = default;
};

/// A route of an endpoint or a subnet, JSON `Routes[]` entry. hcsshim: `hcn.Route`.
struct Route {
    /// The gateway packets for `destination_prefix` are sent to, JSON `NextHop`; absent when
    /// omitted.
    std::optional<net::IpAddress> next_hop;
    /// The destination the route covers, JSON `DestinationPrefix` (`0.0.0.0/0` for the default
    /// route); absent when omitted.
    std::optional<net::IpPrefix> destination_prefix;
    /// The route's metric, JSON `Metric`; lower wins, omitted when 0.
    std::uint16_t metric = 0;

    /// Routes are equal when every field is.
    friend bool operator==(const Route&, const Route&) = default;
};

/// Extra information HNS reports about an object, JSON `Health.Extra`. kube-proxy and the CNI
/// plugins never set it; HNS fills it in query results. hcsshim: `hcn.ExtraParams`.
struct ExtraParams {
    /// Resources HNS allocated for the object (VFP ports, ...), JSON `Resources`, kept as JSON
    /// text; empty when absent.
    std::string resources_json;
    /// Containers sharing the endpoint, JSON `SharedContainers`, kept as JSON text; empty when
    /// absent.
    std::string shared_containers_json;
    /// The object this one is layered on, JSON `LayeredOn`.
    std::string layered_on;
    /// The Hyper-V virtual switch of the network, JSON `SwitchGuid`.
    std::string switch_guid;
    /// The utility VM (Hyper-V isolated containers), JSON `UtilityVM`.
    std::string utility_vm;
    /// The virtual machine the endpoint is attached to, JSON `VirtualMachine`.
    std::string virtual_machine;

    /// Parameters are equal when every field is.
    friend bool operator==(const ExtraParams&, const ExtraParams&) = default;
};

/// Health of a network or endpoint as HNS reports it, JSON `Health`. Always written (as
/// `{"Extra":{}}` when empty), since hcsshim's struct fields are never omitted.
/// hcsshim: `hcn.Health`.
struct Health {
    /// Free-form health data, JSON `Data`, kept as JSON text; empty when absent.
    std::string data_json;
    /// Extra parameters, JSON `Extra`; always written.
    ExtraParams extra;

    /// Health values are equal when every field is.
    friend bool operator==(const Health&, const Health&) = default;
};

} // namespace winnet::hns
