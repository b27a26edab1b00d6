// sdnbridge, sdnoverlay and nat (microsoft/windows-container-networking at b96345f,
// 2025-09-08): common/core/network.go (Add, Delete, allocateIpam), cni/cni.go (GetNetworkInfo,
// GetEndpointInfo, GetCurrResult), network/*.go (the HCN documents).
#include "cni/go_decode.hpp"
#include "cni/plugin_common.hpp"
#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/hns/network.hpp>

namespace winnet::cni::detail {

namespace {

// cniTypes.LoadArgs into K8SPodEnvArgs: an unknown key is an error unless IgnoreUnknown is
// true, and then the plugin proceeds without a namespace.
std::string pod_namespace(std::string_view args) {
    static const std::vector<std::string> known{"IgnoreUnknown", "K8S_POD_NAMESPACE",
                                                "K8S_POD_NAME", "K8S_POD_INFRA_CONTAINER_ID"};
    std::string ns;
    bool ignore_unknown = false;
    bool unknown = false;
    std::size_t start = 0;
    while (start < args.size()) {
        auto end = args.find(';', start);
        if (end == std::string_view::npos) {
            end = args.size();
        }
        const auto pair = args.substr(start, end - start);
        start = end + 1;
        const auto eq = pair.find('=');
        if (eq == std::string_view::npos) {
            return {}; // LoadArgs: "ARGS: invalid pair"
        }
        const auto key = std::string(pair.substr(0, eq));
        const auto value = std::string(pair.substr(eq + 1));
        if (key == "IgnoreUnknown") {
            ignore_unknown = value == "1" || value == "true" || value == "True" ||
                             value == "TRUE" || value == "t" || value == "T";
        } else if (key == "K8S_POD_NAMESPACE") {
            ns = value;
        } else if (std::find(known.begin(), known.end(), key) == known.end()) {
            unknown = true;
        }
    }
    return unknown && !ignore_unknown ? std::string() : ns;
}

std::string network_type_text(PluginType plugin) {
    switch (plugin) {
    case PluginType::SdnBridge:
        return "L2Bridge";
    case PluginType::SdnOverlay:
        return "Overlay";
    default:
        return "NAT";
    }
}

struct SubnetInfo {
    net::IpPrefix prefix;
    std::optional<net::IpAddress> gateway;
};

// GetNetworkInfo: the network the plugin would create, and the pod's DNS.
struct NetworkInfo {
    std::vector<SubnetInfo> subnets;
    Dns dns;
    std::vector<Policy> policies; // AdditionalArgs whose Name contains "Policy"
};

NetworkInfo network_info(const NetConf& conf, const std::string& k8s_namespace,
                         hns::HostNetworkService& hns) {
    NetworkInfo info;
    if (conf.optional_flags.loopback_dsr && !dsr_supported(hns)) {
        fail("platform does not support feature Direct Server Return (DSR)");
    }
    if (!conf.ipam.subnet.empty()) {
        // net.ParseCIDR(subnet): the address as written, its 4th byte plus one, unless
        // ipam.routes[0].gw is set.
        std::optional<net::IpPrefix> parsed;
        try {
            parsed = net::IpPrefix::parse(conf.ipam.subnet);
        } catch (const ParseError&) {
        }
        if (!parsed || !parsed->address().is_v4()) {
            fail("ipam.subnet \"" + conf.ipam.subnet +
                 "\" is not an IPv4 CIDR (the plugin would panic)");
        }
        const auto b = parsed->address().bytes();
        SubnetInfo s{
            net::IpPrefix::parse(parsed->network().to_string() + "/" +
                                 std::to_string(parsed->length())),
            net::IpAddress::from_v4_bytes({b[0], b[1], b[2], static_cast<std::uint8_t>(b[3] + 1)})};
        if (!conf.ipam.routes.empty() && conf.ipam.routes[0].gw) {
            s.gateway = conf.ipam.routes[0].gw;
        }
        info.subnets.push_back(s);
    }
    info.dns = conf.dns;
    if (!info.dns.search.empty() && !k8s_namespace.empty()) {
        info.dns.search[0] = k8s_namespace + "." + info.dns.search[0];
    }
    const auto& rt = conf.runtime_config.dns;
    if (!rt.servers.empty()) {
        info.dns.nameservers = rt.servers;
    }
    if (!rt.searches.empty()) {
        info.dns.search = rt.searches;
    }
    if (!rt.options.empty()) {
        info.dns.options = rt.options;
    }
    for (const auto& p : conf.policies) {
        if (p.name.find("Policy") != std::string::npos) {
            info.policies.push_back(p);
        }
    }
    return info;
}

// A policy value unmarshalled into hcn.EndpointPolicy / hcn.NetworkPolicy ({Type, Settings},
// keys without case); the plugin panics when that fails, winnet reports it.
std::pair<std::string, std::string> type_and_settings(const Policy& p, std::size_t index) {
    json::Value v;
    try {
        v = json::parse(p.value_json);
    } catch (const JsonError& e) {
        fail("AdditionalArgs[" + std::to_string(index) + "].Value: " + e.what());
    }
    if (!v.is_object()) {
        fail("AdditionalArgs[" + std::to_string(index) + "].Value: expected an object, found " +
             json::describe(v) + " (the plugin would panic)");
    }
    const auto* type = field(v, "Type");
    if (type != nullptr && !type->is_string()) {
        fail("AdditionalArgs[" + std::to_string(index) + "].Value.Type: expected a string, found " +
             json::describe(*type) + " (the plugin would panic)");
    }
    const auto* settings = field(v, "Settings");
    return {type != nullptr ? type->get<std::string>() : std::string(),
            settings != nullptr ? json::to_raw_json(*settings) : std::string()};
}

// NetworkInfo.GetHostComputeNetworkConfig, read back through hns::Network::from_json so the
// policies get winnet's types.
hns::Network network_document(const NetConf& conf, const NetworkInfo& info) {
    json::GoWriter w;
    w.begin_object();
    w.key("Name");
    w.string(conf.name);
    w.key("Type");
    w.string(network_type_text(conf.plugin));
    std::size_t index = 0;
    bool any_policy = false;
    for (const auto& p : info.policies) {
        ++index;
        if (p.name != "NetworkPolicy") {
            continue;
        }
        if (!any_policy) {
            w.key("Policies");
            w.begin_array();
            any_policy = true;
        }
        const auto [type, settings] = type_and_settings(p, index - 1);
        w.begin_object();
        w.key("Type");
        w.string(type);
        if (!settings.empty()) {
            w.key("Settings");
            w.raw(settings);
        }
        w.end_object();
    }
    if (any_policy) {
        w.end_array();
    }
    w.key("Dns");
    w.begin_object();
    w.end_object();
    if (!info.subnets.empty()) {
        w.key("Ipams");
        w.begin_array();
        w.begin_object();
        w.key("Type");
        w.string("Static");
        w.key("Subnets");
        w.begin_array();
        for (const auto& s : info.subnets) {
            w.begin_object();
            w.key("IpAddressPrefix");
            w.string(s.prefix.to_string());
            if (s.gateway) {
                w.key("Routes");
                w.begin_array();
                w.begin_object();
                w.key("NextHop");
                w.string(s.gateway->to_string());
                w.key("DestinationPrefix");
                w.string("0.0.0.0/0");
                w.end_object();
                w.end_array();
            }
            w.end_object();
        }
        w.end_array();
        w.end_object();
        w.end_array();
    }
    w.key("SchemaVersion");
    w.begin_object();
    w.key("Major");
    w.number(2);
    w.key("Minor");
    w.number(0);
    w.end_object();
    w.end_object();
    try {
        auto network = hns::Network::from_json(w.take());
        network.dns = hns_dns(info.dns);
        return network;
    } catch (const JsonError& e) {
        fail(std::string("the network document the plugin would create is invalid: ") + e.what());
    }
}

hns::EndpointPolicy port_mapping_policy(const PortMapping& m, hns::NatFlags flags) {
    const auto protocol = protocol_number(m.protocol);
    if (!protocol) {
        fail("failed during GetEndpointInfo from netconf: invalid protocol supplied to port "
             "mapping policy");
    }
    hns::PortMappingPolicySetting s;
    s.external_port = static_cast<std::uint16_t>(m.host_port);
    s.internal_port = static_cast<std::uint16_t>(m.container_port);
    s.protocol = *protocol;
    if (!m.host_ip.empty()) {
        const auto vip = net::IpAddress::try_parse(m.host_ip);
        if (!vip) {
            fail("hostIP \"" + m.host_ip + "\" is not an IP address (HNS rejects the policy)");
        }
        s.vip = vip;
    }
    s.flags = flags;
    return s;
}

// GetCurrResult: address with the network's first subnet length, gateway from the first route,
// interface CNI_IFNAME with the MAC as string(net.HardwareAddr) (its raw bytes), no DNS.
Result current_result(const hns::Network& network, const hns::Endpoint& e,
                      const std::string& ifname) {
    Result r;
    std::string mac;
    if (e.mac_address.size() == 17) {
        // net.ParseMAC accepts "00-15-5D-52-C0-00"; string() of its bytes is raw binary.
        for (std::size_t i = 0; i + 1 < e.mac_address.size(); i += 3) {
            mac += static_cast<char>(std::stoi(e.mac_address.substr(i, 2), nullptr, 16));
        }
    }
    r.interfaces.push_back({ifname, mac, {}});
    std::uint8_t length = 0;
    if (!network.ipams.empty() && !network.ipams[0].subnets.empty() &&
        network.ipams[0].subnets[0].ip_address_prefix) {
        length = network.ipams[0].subnets[0].ip_address_prefix->length();
    } else {
        fail("network " + network.name +
             " has no subnet: the plugin would report the address with a nil mask");
    }
    if (e.ip_configurations.empty() || !e.ip_configurations[0].ip_address) {
        fail("endpoint " + e.name + " has no IP address: the plugin would report \"<nil>\"");
    }
    std::optional<net::IpAddress> gateway;
    if (!e.routes.empty()) {
        gateway = e.routes[0].next_hop;
    }
    r.ips.push_back({net::IpPrefix::parse(e.ip_configurations[0].ip_address->to_string() + "/" +
                                          std::to_string(length)),
                     gateway, 0});
    return r;
}

} // namespace

AddResult add_windows_container_networking(const NetConf& conf, const CmdArgs& args,
                                           hns::HostNetworkService& hns,
                                           const std::optional<Result>& ipam) {
    const auto k8s_namespace = pod_namespace(args.args);
    auto info = network_info(conf, k8s_namespace, hns);
    const auto name = endpoint_name(conf.plugin, args, conf.name);

    // GetEndpointInfo: port mappings (and their IPv6 copies and ACLs) first.
    std::optional<net::IpAddress> gateway;
    if (!info.subnets.empty()) {
        gateway = info.subnets[0].gateway;
    }
    std::vector<hns::EndpointPolicy> policies;
    const auto flags = conf.optional_flags.local_routed_port_mapping ? hns::NatFlags::LocalRoutedVip
                                                                     : hns::NatFlags::None;
    for (const auto& m : conf.runtime_config.port_mappings) {
        policies.push_back(port_mapping_policy(m, flags));
        if (conf.optional_flags.allow_acl_port_mapping) {
            hns::AclPolicySetting acl;
            acl.protocols = std::to_string(*protocol_number(m.protocol));
            acl.action = hns::Action::Allow;
            acl.direction = hns::Direction::In;
            acl.local_ports = std::to_string(m.container_port);
            acl.priority = 1000;
            policies.emplace_back(acl);
        }
    }
    if (args.netns.empty()) {
        fail("cannot create endpoint without a namespace");
    }
    if (conf.optional_flags.enable_dual_stack) {
        throw CniError(ErrorCode::UnsupportedField,
                       "optionalFlags.enableDualStack: winnet does not model dual-stack sdn "
                       "endpoints");
    }
    // getOrCreateNetwork: any lookup error means "create it".
    hns::Network network;
    try {
        network = hns.get_network_by_name(conf.name);
    } catch (const hns::HnsError&) {
        try {
            network = hns.create_network(network_document(conf, info));
        } catch (const hns::HnsError& e) {
            fail(hns_message(e));
        }
    }
    // An endpoint of that name on this network: its result, nothing else done.
    try {
        const auto existing = hns.get_endpoint_by_name(name);
        if (same_id(existing.host_compute_network, network.id)) {
            AddResult out;
            out.endpoint = existing;
            out.result = current_result(network, existing, args.ifname);
            return out;
        }
    } catch (const hns::NotFoundError&) {
    }
    std::optional<net::IpAddress> ip;
    if (!conf.ipam.type.empty()) {
        const auto result = run_ipam(conf, network, hns, ipam);
        // allocateIpam reads the result as 0.2.0: ip4 is the first IPv4 address.
        const auto it = std::find_if(result.ips.begin(), result.ips.end(),
                                     [](const IpConfig& c) { return c.address.address().is_v4(); });
        if (it != result.ips.end()) {
            ip = it->address.address();
            gateway = it->gateway;
            if (conf.optional_flags.force_bridge_gateway) {
                const auto b = it->address.network().bytes();
                gateway = net::IpAddress::from_v4_bytes({b[0], b[1], b[2], 2});
            }
        }
    }
    if (conf.optional_flags.gateway_from_additional_routes && !gateway) {
        for (const auto& r : conf.additional_routes) {
            if (r.gw && r.gw->is_v4() && r.dst.length() == 0 && r.dst.address().is_v4()) {
                gateway = r.gw;
                break;
            }
        }
    }
    std::size_t index = 0;
    for (const auto& p : conf.policies) {
        ++index;
        if (p.name.find("Policy") == std::string::npos || p.name != "EndpointPolicy") {
            continue;
        }
        auto [type, settings] = type_and_settings(p, index - 1);
        policies.emplace_back(hns::OtherEndpointPolicy{std::move(type), std::move(settings)});
    }
    if (conf.optional_flags.loopback_dsr && ip) {
        hns::OutboundNatPolicySetting dsr;
        dsr.destinations = {*ip};
        policies.emplace_back(dsr);
    }
    // EndpointInfo.GetHostComputeEndpoint.
    AddResult out;
    auto& e = out.request;
    e.name = name;
    e.host_compute_network = network.id;
    e.dns = hns_dns(info.dns);
    if (gateway) {
        hns::Route route;
        route.next_hop = gateway;
        route.destination_prefix = net::IpPrefix::parse("0.0.0.0/0");
        e.routes = {route};
    }
    if (ip) {
        e.ip_configurations = {hns::IpConfig{ip, 0}};
    }
    e.policies = std::move(policies);
    hns::Endpoint created;
    try {
        created = hns.create_endpoint(network, e);
    } catch (const hns::HnsError& err) {
        fail("error creating endpoint " + hns_message(err) + " : endpoint config " + e.to_json());
    }
    out.created = true;
    try {
        hns.add_namespace_endpoint(args.netns, created.id);
    } catch (const hns::HnsError& err) {
        fail("error adding endpoint to namespace " + hns_message(err) + " : endpoint " +
             created.to_json());
    }
    created.host_compute_namespace = args.netns;
    out.endpoint = created;
    out.result = current_result(network, created, args.ifname);
    return out;
}

void del_windows_container_networking(const NetConf& conf, const CmdArgs& args,
                                      hns::HostNetworkService& hns) {
    const auto name = endpoint_name(conf.plugin, args, conf.name);
    hns::Endpoint e;
    try {
        e = hns.get_endpoint_by_name(name);
    } catch (const hns::NotFoundError&) {
        return;
    } catch (const hns::HnsError& err) {
        fail(hns_message(err));
    }
    // DeleteEndpoint: GetEndpointByID, detach from the namespace (not-found tolerated), delete.
    try {
        e = hns.get_endpoint_by_id(e.id);
        if (!e.host_compute_namespace.empty()) {
            try {
                hns.remove_namespace_endpoint(e.host_compute_namespace, e.id);
            } catch (const hns::NotFoundError&) {
            }
        }
        hns.delete_endpoint(e.id);
    } catch (const hns::NotFoundError&) {
        return;
    } catch (const hns::HnsError& err) {
        fail(hns_message(err));
    }
}

} // namespace winnet::cni::detail
