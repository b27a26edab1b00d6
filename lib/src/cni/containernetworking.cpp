// win-bridge and win-overlay (containernetworking/plugins at 3d27709, 2026-04-13):
// plugins/main/windows/win-bridge/win-bridge_windows.go, win-overlay/win-overlay_windows.go,
// pkg/hns/netconf_windows.go (the Apply*Policy helpers) and pkg/hns/endpoint_windows.go
// (AddHcnEndpoint, GenerateHcnEndpoint, RemoveHcnEndpoint, ConstructHcnResult).
#include "cni/go_decode.hpp"
#include "cni/plugin_common.hpp"
#include "json/go_writer.hpp"
#include "json/reader.hpp"

#include <winnet/cni/ipam.hpp>

namespace winnet::cni::detail {

namespace {

// The netconf's policies as the plugin mutates them (n.Policies), each value raw text.
struct Policies {
    std::vector<Policy> list;
    bool v2 = false;

    // jsonparser.GetUnsafeString(value, "Type") (case-sensitive key) and, for v2, the array at
    // Settings.<key>; for v1 the array at <key>.
    bool has_string_in(std::string_view type_a, std::string_view type_b, std::string_view v1_key,
                       std::string_view v2_key, const std::string& wanted,
                       bool string_value = false) const {
        for (const auto& p : list) {
            if (!equal_fold(p.name, "EndpointPolicy")) {
                continue;
            }
            json::Value v;
            try {
                v = json::parse(p.value_json);
            } catch (const JsonError&) {
                continue;
            }
            if (!v.is_object() || !v.contains("Type") || !v["Type"].is_string()) {
                continue;
            }
            const auto type = v["Type"].get<std::string>();
            if (type != type_a && type != type_b) {
                continue;
            }
            const json::Value* holder = &v;
            if (v2) {
                if (!v.contains("Settings") || !v["Settings"].is_object()) {
                    continue;
                }
                holder = &v["Settings"];
            }
            const auto key = std::string(v2 ? v2_key : v1_key);
            if (!holder->contains(key)) {
                continue;
            }
            const auto& found = (*holder)[key];
            if (string_value) {
                if (found.is_string() && found.get<std::string>() == wanted) {
                    return true;
                }
                continue;
            }
            if (found.is_array()) {
                for (const auto& item : found) {
                    if (item.is_string() && item.get<std::string>() == wanted) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    void append(std::string value) { list.push_back({"EndpointPolicy", std::move(value)}); }

    // ApplyOutboundNatPolicy: a separate policy unless some OutBoundNAT lists the CIDR already.
    void apply_outbound_nat(const std::string& cidr) {
        if (cidr.empty() ||
            has_string_in("OutBoundNAT", "OutBoundNAT", "ExceptionList", "Exceptions", cidr)) {
            return;
        }
        append(v2 ? R"({"Type": "OutBoundNAT", "Settings": {"Exceptions": [")" + cidr + R"("]}})"
                  : R"({"Type": "OutBoundNAT", "ExceptionList": [")" + cidr + R"("]})");
    }
    // ApplyLoopbackDSRPolicy (the caller checks hcn.DSRSupported first).
    void apply_loopback_dsr(const std::string& ip) {
        if (has_string_in("OutBoundNAT", "OutBoundNAT", "Destinations", "Destinations", ip)) {
            return;
        }
        append(v2 ? R"({"Type": "OutBoundNAT", "Settings": {"Destinations": [")" + ip + R"("]}})"
                  : R"({"Type": "OutBoundNAT", "Destinations": [")" + ip + R"("]})");
    }
    // ApplyDefaultPAPolicy.
    void apply_provider_address(const std::string& address) {
        if (address.empty() ||
            has_string_in("PA", "ProviderAddress", "PA", "ProviderAddress", address, true)) {
            return;
        }
        append(v2 ? R"({"Type": "ProviderAddress", "Settings": {"ProviderAddress": ")" + address +
                        R"("}})"
                  : R"({"Type": "PA", "PA": ")" + address + R"("})");
    }
    // ApplyPortMappingPolicy: entries with an unknown protocol are skipped silently.
    void apply_port_mappings(const std::vector<PortMapping>& mappings) {
        for (const auto& m : mappings) {
            const auto protocol = protocol_number(m.protocol);
            if (!protocol) {
                continue;
            }
            if (v2) {
                append(R"({"Type": "PortMapping", "Settings": {"InternalPort": )" +
                       std::to_string(m.container_port) +
                       ", \"ExternalPort\": " + std::to_string(m.host_port) + ", \"Protocol\": " +
                       std::to_string(*protocol) + ", \"VIP\": \"" + m.host_ip + "\"}}");
            } else {
                append(R"({"Type": "NAT", "InternalPort": )" + std::to_string(m.container_port) +
                       ", \"ExternalPort\": " + std::to_string(m.host_port) + ", \"Protocol\": \"" +
                       m.protocol + "\"}");
            }
        }
    }

    // GetHostComputeEndpointPolicies: EndpointPolicy entries unmarshalled into
    // hcn.EndpointPolicy{Type, Settings}; those that fail to unmarshal are skipped.
    [[nodiscard]] std::vector<hns::EndpointPolicy> endpoint_policies() const {
        std::vector<hns::EndpointPolicy> out;
        for (const auto& p : list) {
            if (!equal_fold(p.name, "EndpointPolicy")) {
                continue;
            }
            json::Value v;
            try {
                v = json::parse(p.value_json);
            } catch (const JsonError&) {
                continue;
            }
            if (!v.is_object()) {
                continue;
            }
            const auto* type = field(v, "Type");
            const auto* settings = field(v, "Settings");
            if (type != nullptr && !type->is_string()) {
                continue;
            }
            hns::OtherEndpointPolicy policy;
            policy.type = type != nullptr ? type->get<std::string>() : std::string();
            // json.RawMessage is kept verbatim and compacted when the endpoint is marshalled.
            policy.settings_json = settings != nullptr ? json::to_raw_json(*settings) : "";
            out.emplace_back(std::move(policy));
        }
        return out;
    }
};

// GetDNS: the runtime's servers and searches replace the static ones when non-empty.
Dns effective_dns(const NetConf& conf) {
    Dns dns = conf.dns;
    if (!conf.runtime_config.dns.servers.empty()) {
        dns.nameservers = conf.runtime_config.dns.servers;
    }
    if (!conf.runtime_config.dns.searches.empty()) {
        dns.search = conf.runtime_config.dns.searches;
    }
    return dns;
}

std::optional<std::string> network_type_name(const hns::Network& n) {
    return n.type ? std::optional<std::string>(to_string(*n.type)) : std::nullopt;
}

const hns::Subnet* first_subnet(const hns::Network& n) {
    if (n.ipams.empty() || n.ipams[0].subnets.empty()) {
        return nullptr;
    }
    return &n.ipams[0].subnets[0];
}

std::string management_ip(const hns::Network& n) {
    // The v1 HNSNetwork's ManagementIP is the v2 network's ProviderAddress policy.
    for (const auto& p : n.policies) {
        if (const auto* pa = std::get_if<hns::ProviderAddressNetworkPolicySetting>(&p)) {
            if (pa->provider_address) {
                return pa->provider_address->to_string();
            }
        }
    }
    return {};
}

struct EndpointInfo {
    std::optional<net::IpAddress> ip;
    std::optional<net::IpAddress> gateway;
    std::string mac;
    Dns dns;
};

// GenerateHcnEndpoint: the endpoint document (loopback DSR applied again, as upstream does).
hns::Endpoint generate(const NetConf& conf, Policies& policies, const EndpointInfo& info,
                       const std::string& name, const hns::Network& network,
                       hns::HostNetworkService& hns) {
    try {
        const auto existing = hns.get_endpoint_by_name(name);
        if (same_id(existing.host_compute_network, network.id)) {
            fail("HostComputeNetwork " + name + " is already existed");
        }
        hns.delete_endpoint(existing.id);
    } catch (const hns::NotFoundError&) {
    }
    if (conf.loopback_dsr && info.ip && dsr_supported(hns)) {
        policies.apply_loopback_dsr(info.ip->to_string());
    }
    hns::Endpoint e;
    e.name = name;
    e.mac_address = info.mac;
    e.host_compute_network = network.id;
    e.dns = hns_dns(info.dns);
    hns::Route route;
    route.next_hop = info.gateway;
    // GetDefaultDestinationPrefix: "::/0" unless the gateway is IPv4 (a missing one too).
    route.destination_prefix =
        net::IpPrefix::parse(info.gateway && info.gateway->is_v4() ? "0.0.0.0/0" : "::/0");
    e.routes = {route};
    e.ip_configurations = {hns::IpConfig{info.ip, 0}};
    e.policies = policies.endpoint_policies();
    return e;
}

// ConstructHcnResult.
Result construct_result(const hns::Network& network, const hns::Endpoint& e) {
    const auto* subnet = first_subnet(network);
    if (subnet == nullptr || !subnet->ip_address_prefix) {
        fail("error while constructing HostComputeEndpoint addition result: network " +
             network.name +
             " has no IPAM subnet (the plugin indexes Ipams[0].Subnets[0] and "
             "would panic)");
    }
    if (e.ip_configurations.empty() || !e.ip_configurations[0].ip_address || e.routes.empty()) {
        fail("error while constructing HostComputeEndpoint addition result: endpoint " + e.name +
             " has no IP address or route (the plugin would panic or report \"<nil>\")");
    }
    Result r;
    r.interfaces.push_back({e.name, e.mac_address, {}});
    const auto ip = *e.ip_configurations[0].ip_address;
    r.ips.push_back({net::IpPrefix::parse(ip.to_string() + "/" +
                                          std::to_string(subnet->ip_address_prefix->length())),
                     e.routes[0].next_hop, std::nullopt});
    r.dns.search = e.dns.search;
    for (const auto& s : e.dns.server_list) {
        r.dns.nameservers.push_back(s.to_string());
    }
    r.dns.options = e.dns.options;
    r.dns.domain = e.dns.domain;
    return r;
}

hns::Network find_network(const NetConf& conf, hns::HostNetworkService& hns) {
    const bool bridge = conf.plugin == PluginType::WinBridge;
    try {
        return hns.get_network_by_name(conf.name);
    } catch (const hns::HnsError& e) {
        fail((bridge ? "error while getting network " + conf.name
                     : "error while hcn.GetNetworkByName(" + conf.name + ")") +
             ": " + hns_message(e));
    }
}

// processEndpointArgs of win-bridge, then the ADD body of cmdHcnAdd's maker.
hns::Endpoint make_bridge_endpoint(const NetConf& conf, Policies& policies, const std::string& name,
                                   const hns::Network& network, hns::HostNetworkService& hns,
                                   const std::optional<Result>& ipam) {
    EndpointInfo info;
    try {
        if (!conf.ipam.type.empty()) {
            Result result;
            try {
                result = run_ipam(conf, network, hns, ipam);
            } catch (const CniError& e) {
                fail("error while executing IPAM addition: " + std::string(e.what()));
            }
            if (result.ips.empty()) {
                fail("IPAM plugin return is missing IP config");
            }
            info.ip = result.ips[0].address.address();
            // "Calculate gateway for bridge network (needs to be x.2)": the IPAM address masked,
            // its last byte plus 2 (a byte: it wraps).
            const auto masked = result.ips[0].address.network();
            const auto b = masked.bytes();
            if (masked.is_v4()) {
                info.gateway = net::IpAddress::from_v4_bytes(
                    {b[0], b[1], b[2], static_cast<std::uint8_t>(b[3] + 2)});
            } else {
                std::array<std::uint8_t, 16> a{};
                std::copy(b.begin(), b.end(), a.begin());
                a[15] = static_cast<std::uint8_t>(a[15] + 2);
                info.gateway = net::IpAddress::from_v6_bytes(a);
            }
        }
        policies.apply_outbound_nat(conf.ip_masq_network);
        policies.apply_port_mappings(conf.runtime_config.port_mappings);
        info.dns = effective_dns(conf);
    } catch (const CniError& e) {
        fail("error while processing endpoint args: " + std::string(e.what()));
    }
    try {
        return generate(conf, policies, info, name, network, hns);
    } catch (const CniError& e) {
        fail("error while generating HostComputeEndpoint: " + std::string(e.what()));
    }
}

hns::Endpoint make_overlay_endpoint(const NetConf& conf, Policies& policies,
                                    const std::string& prefix, const std::string& name,
                                    const hns::Network& network, hns::HostNetworkService& hns,
                                    const std::optional<Result>& ipam) {
    EndpointInfo info;
    try {
        if (!conf.ipam.type.empty()) {
            Result result;
            try {
                result = run_ipam(conf, network, hns, ipam);
            } catch (const CniError& e) {
                fail("error while executing IPAM addition: " + std::string(e.what()));
            }
            if (result.ips.empty()) {
                fail("IPAM plugin return is missing IP config");
            }
            if (!result.ips[0].address.address().is_v4()) {
                fail("IPAM plugin return is missing valid IP Address");
            }
            info.ip = result.ips[0].address.address();
            info.mac = overlay_mac(prefix, *info.ip);
        }
        info.dns = effective_dns(conf);
        if (conf.loopback_dsr && info.ip && dsr_supported(hns)) {
            policies.apply_loopback_dsr(info.ip->to_string());
        }
    } catch (const CniError& e) {
        fail("error while processing endpoint args: " + std::string(e.what()));
    }
    // The v1 view of the network: Subnets[0].GatewayAddress, AddressPrefix and ManagementIP.
    const auto* subnet = first_subnet(network);
    if (subnet == nullptr) {
        fail("network " + network.name +
             " has no subnet (win-overlay indexes Subnets[0] and would panic)");
    }
    if (!subnet->routes.empty() && subnet->routes[0].next_hop &&
        subnet->routes[0].next_hop->is_v4()) {
        info.gateway = subnet->routes[0].next_hop; // gatewayAddr.To4()
    }
    policies.apply_provider_address(management_ip(network));
    if (conf.ip_masq && subnet->ip_address_prefix) {
        policies.apply_outbound_nat(subnet->ip_address_prefix->to_string());
    }
    try {
        return generate(conf, policies, info, name, network, hns);
    } catch (const CniError& e) {
        fail("error while generating HostComputeEndpoint: " + std::string(e.what()));
    }
}

// RemoveHcnEndpoint.
void remove_endpoint(const std::string& name, hns::HostNetworkService& hns) {
    hns::Endpoint e;
    try {
        e = hns.get_endpoint_by_name(name);
    } catch (const hns::NotFoundError&) {
        return;
    } catch (const hns::HnsError& err) {
        fail("failed to find HostComputeEndpoint " + name + ": " + hns_message(err));
    }
    if (!e.host_compute_namespace.empty()) {
        try {
            hns.remove_namespace_endpoint(e.host_compute_namespace, e.id);
        } catch (const hns::NotFoundError&) {
        } catch (const hns::HnsError& err) {
            fail("error removing endpoint: " + name + " from namespace: " + hns_message(err));
        }
    }
    try {
        hns.delete_endpoint(e.id);
    } catch (const hns::HnsError& err) {
        fail("failed to remove HostComputeEndpoint " + name + ": " + hns_message(err));
    }
}

// The dockershim-era path (apiVersion not 2), as far as it is observable without HNS v1.
[[noreturn]] void add_v1(const NetConf& conf, const CmdArgs& args, hns::HostNetworkService& hns) {
    const auto name = endpoint_name(conf.plugin, args, conf.name);
    try {
        (void)hns.get_network_by_name(conf.name);
    } catch (const hns::HnsError& e) {
        fail(conf.plugin == PluginType::WinBridge ? "error while getting network " + conf.name +
                                                        ": Network " + conf.name + " not found"
                                                  : "error while GETHNSNewtorkByName(" + conf.name +
                                                        "): Network " + conf.name + " not found");
    }
    bool exists = true;
    try {
        (void)hns.get_endpoint_by_name(name);
    } catch (const hns::NotFoundError&) {
        exists = false;
    }
    const std::string wrap = conf.plugin == PluginType::WinBridge
                                 ? "error while adding HNSEndpoint: "
                                 : "error while adding HNSEndpoint: ";
    if (args.netns != "none" && !exists) {
        // AddHnsEndpoint: only the pause container ("none") may create the endpoint; with
        // containerd CNI_NETNS is a namespace GUID, so the endpoint never exists.
        fail(wrap + "failed to find HNSEndpoint " + name + ": Endpoint " + name + " not found");
    }
    throw CniError(ErrorCode::UnsupportedField,
                   "apiVersion " + std::to_string(conf.api_version) +
                       ": winnet does not simulate the HNS v1 API (HotAttachEndpoint); use "
                       "\"apiVersion\": 2");
}

} // namespace

AddResult add_containernetworking(const NetConf& conf, const CmdArgs& args,
                                  hns::HostNetworkService& hns, const std::optional<Result>& ipam) {
    const bool bridge = conf.plugin == PluginType::WinBridge;
    std::string prefix = conf.endpoint_mac_prefix;
    if (!bridge) {
        if (!prefix.empty()) {
            if (prefix.size() != 5 || prefix[2] != '-') {
                fail("endpointMacPrefix [" + prefix +
                     "] is invalid, value must be of the format xx-xx");
            }
        } else {
            prefix = "0E-2A";
        }
    }
    if (conf.api_version != 2) {
        add_v1(conf, args, hns);
    }
    const auto network = find_network(conf, hns);
    const auto type = network_type_name(network).value_or("");
    if (bridge && type != "L2Bridge" && type != "L2Tunnel") {
        fail("network " + conf.name + " is of unexpected type: " + type);
    }
    if (!bridge && !equal_fold(type, "Overlay")) {
        fail("network " + conf.name + " is of an unexpected type: " + type);
    }
    const auto name = endpoint_name(conf.plugin, args, conf.name);
    const std::string wrap = "error while adding HostComputeEndpoint: ";

    // AddHcnEndpoint.
    AddResult out;
    std::optional<hns::Endpoint> existing;
    try {
        existing = hns.get_endpoint_by_name(name);
    } catch (const hns::NotFoundError&) {
    } catch (const hns::HnsError& e) {
        fail(wrap + "failed to find HostComputeEndpoint " + name + ": " + hns_message(e));
    }
    if (existing && !same_id(existing->host_compute_network, network.id)) {
        try {
            hns.delete_endpoint(existing->id);
        } catch (const hns::HnsError& e) {
            fail(wrap + "failed to delete corrupted HostComputeEndpoint " + name + ": " +
                 hns_message(e));
        }
        existing.reset();
    }
    hns::Endpoint endpoint;
    if (existing) {
        endpoint = *existing;
    } else {
        Policies policies{conf.policies, true};
        try {
            out.request =
                bridge ? make_bridge_endpoint(conf, policies, name, network, hns, ipam)
                       : make_overlay_endpoint(conf, policies, prefix, name, network, hns, ipam);
        } catch (const CniError& e) {
            fail(wrap + "failed to make a new HostComputeEndpoint: " + std::string(e.what()));
        }
        try {
            endpoint = hns.create_endpoint(network, out.request);
        } catch (const hns::HnsError& e) {
            fail(wrap + "failed to create the new HostComputeEndpoint: " + hns_message(e));
        }
        out.request.host_compute_network = network.id;
        out.created = true;
    }
    try {
        hns.add_namespace_endpoint(args.netns, endpoint.id);
    } catch (const hns::HnsError& e) {
        if (out.created) {
            try {
                remove_endpoint(name, hns);
            } catch (const CniError& removal) {
                fail(wrap + "failed to remove the new HostComputeEndpoint " + name +
                     " after adding HostComputeNamespace " + args.netns +
                     " failure: " + removal.what());
            }
        }
        fail(wrap + "failed to add HostComputeEndpoint " + name + " to HostComputeNamespace " +
             args.netns + ": " + hns_message(e));
    }
    endpoint.host_compute_namespace = args.netns;
    out.endpoint = endpoint;
    out.result = construct_result(network, endpoint);
    return out;
}

void del_containernetworking(const NetConf& conf, const CmdArgs& args,
                             hns::HostNetworkService& hns) {
    const auto name = endpoint_name(conf.plugin, args, conf.name);
    if (conf.api_version == 2) {
        remove_endpoint(name, hns);
        return;
    }
    // RemoveHnsEndpoint: no netns, or no endpoint, is success.
    if (args.netns.empty()) {
        return;
    }
    try {
        (void)hns.get_endpoint_by_name(name);
    } catch (const hns::NotFoundError&) {
        return;
    }
    throw CniError(ErrorCode::UnsupportedField,
                   "apiVersion " + std::to_string(conf.api_version) +
                       ": winnet does not simulate the HNS v1 API (HotDetachEndpoint, "
                       "ContainerDetach); use \"apiVersion\": 2");
}

} // namespace winnet::cni::detail
