// winnet.hns: HostComputeEndpoint and its policies. Each policy type is a class; an endpoint's
// `policies` is a tuple of them (std::variant through pybind11/stl.h). Fields of list type are
// tuples (assign a new list to change them); address fields accept winnet.net values or text.
#include "bindings.hpp"
#include "fields.hpp"
#include "repr.hpp"

#include <winnet/hns/endpoint.hpp>

#include <pybind11/native_enum.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace winnet::python {

namespace {

void bind_enums(py::module_& m) {
    py::native_enum<hns::EndpointFlags>(m, "EndpointFlags", "enum.IntFlag",
                                        doc("winnet::hns::EndpointFlags"))
        .value("NONE", hns::EndpointFlags::None, doc("winnet::hns::EndpointFlags::None"))
        .value("REMOTE_ENDPOINT", hns::EndpointFlags::RemoteEndpoint,
               doc("winnet::hns::EndpointFlags::RemoteEndpoint"))
        .finalize();

    py::native_enum<hns::NatFlags>(m, "NatFlags", "enum.IntFlag", doc("winnet::hns::NatFlags"))
        .value("NONE", hns::NatFlags::None, doc("winnet::hns::NatFlags::None"))
        .value("LOCAL_ROUTED_VIP", hns::NatFlags::LocalRoutedVip,
               doc("winnet::hns::NatFlags::LocalRoutedVip"))
        .value("IPV6", hns::NatFlags::IPv6, doc("winnet::hns::NatFlags::IPv6"))
        .finalize();

    py::native_enum<hns::Action>(m, "Action", "enum.Enum", doc("winnet::hns::Action"))
        .value("ALLOW", hns::Action::Allow, doc("winnet::hns::Action::Allow"))
        .value("BLOCK", hns::Action::Block, doc("winnet::hns::Action::Block"))
        .value("PASS", hns::Action::Pass, doc("winnet::hns::Action::Pass"))
        .finalize();

    py::native_enum<hns::Direction>(m, "Direction", "enum.Enum", doc("winnet::hns::Direction"))
        .value("IN", hns::Direction::In, doc("winnet::hns::Direction::In"))
        .value("OUT", hns::Direction::Out, doc("winnet::hns::Direction::Out"))
        .finalize();

    py::native_enum<hns::RuleType>(m, "RuleType", "enum.Enum", doc("winnet::hns::RuleType"))
        .value("HOST", hns::RuleType::Host, doc("winnet::hns::RuleType::Host"))
        .value("SWITCH", hns::RuleType::Switch, doc("winnet::hns::RuleType::Switch"))
        .finalize();
}

void bind_policies(py::module_& m) {
    using PA = hns::ProviderAddressEndpointPolicySetting;
    Class<PA> pa(m, "ProviderAddressEndpointPolicySetting",
                 doc("winnet::hns::ProviderAddressEndpointPolicySetting"));
    pa.def(py::init([](const Checked<std::optional<Parsed<net::IpAddress>>>& provider_address) {
               return PA{
                   unwrap(argument(provider_address,
                                   "ProviderAddressEndpointPolicySetting(provider_address=...)"))};
           }),
           py::kw_only(), py::arg("provider_address") = py::none());
    def_parsed_optional(pa, "provider_address", &PA::provider_address,
                        doc("winnet::hns::ProviderAddressEndpointPolicySetting::provider_address"));
    pa.def(py::self == py::self).def("__repr__", [](const PA& self) {
        return constructor_repr("ProviderAddressEndpointPolicySetting",
                                {{"provider_address", py::cast(self.provider_address)}});
    });

    using Nat = hns::OutboundNatPolicySetting;
    Class<Nat> nat(m, "OutboundNatPolicySetting", doc("winnet::hns::OutboundNatPolicySetting"));
    nat.def(
        py::init([](const Checked<std::optional<Parsed<net::IpAddress>>>& virtual_ip,
                    const Checked<std::vector<Parsed<net::IpPrefix>>>& exceptions,
                    const Checked<std::vector<Parsed<net::IpAddress>>>& destinations,
                    hns::NatFlags flags, const Checked<std::uint16_t>& max_port_pool_usage) {
            return Nat{
                unwrap(argument(virtual_ip, "OutboundNatPolicySetting(virtual_ip=...)")),
                unwrap(argument(exceptions, "OutboundNatPolicySetting(exceptions=...)")),
                unwrap(argument(destinations, "OutboundNatPolicySetting(destinations=...)")), flags,
                argument(max_port_pool_usage, "OutboundNatPolicySetting(max_port_pool_usage=...)")};
        }),
        py::kw_only(), py::arg("virtual_ip") = py::none(),
        py::arg("exceptions") = std::vector<Parsed<net::IpPrefix>>{},
        py::arg("destinations") = std::vector<Parsed<net::IpAddress>>{},
        py::arg("flags") = hns::NatFlags::None, py::arg("max_port_pool_usage") = 0);
    def_parsed_optional(nat, "virtual_ip", &Nat::virtual_ip,
                        doc("winnet::hns::OutboundNatPolicySetting::virtual_ip"));
    def_parsed_list(nat, "exceptions", &Nat::exceptions,
                    doc("winnet::hns::OutboundNatPolicySetting::exceptions"));
    def_parsed_list(nat, "destinations", &Nat::destinations,
                    doc("winnet::hns::OutboundNatPolicySetting::destinations"));
    nat.def_readwrite("flags", &Nat::flags, doc("winnet::hns::OutboundNatPolicySetting::flags"))
        .def_readwrite("max_port_pool_usage", &Nat::max_port_pool_usage,
                       doc("winnet::hns::OutboundNatPolicySetting::max_port_pool_usage"))
        .def(py::self == py::self)
        .def("__repr__", [](const Nat& self) {
            return constructor_repr("OutboundNatPolicySetting",
                                    {{"virtual_ip", py::cast(self.virtual_ip)},
                                     {"exceptions", py::cast(self.exceptions)},
                                     {"destinations", py::cast(self.destinations)},
                                     {"flags", py::cast(self.flags)},
                                     {"max_port_pool_usage", py::cast(self.max_port_pool_usage)}});
        });

    using Sdn = hns::SDNRoutePolicySetting;
    Class<Sdn> sdn(m, "SDNRoutePolicySetting", doc("winnet::hns::SDNRoutePolicySetting"));
    sdn.def(py::init([](const Checked<std::optional<Parsed<net::IpPrefix>>>& destination_prefix,
                        const Checked<std::optional<Parsed<net::IpAddress>>>& next_hop,
                        bool need_encap) {
                return Sdn{unwrap(argument(destination_prefix,
                                           "SDNRoutePolicySetting(destination_prefix=...)")),
                           unwrap(argument(next_hop, "SDNRoutePolicySetting(next_hop=...)")),
                           need_encap};
            }),
            py::kw_only(), py::arg("destination_prefix") = py::none(),
            py::arg("next_hop") = py::none(), py::arg("need_encap") = false);
    def_parsed_optional(sdn, "destination_prefix", &Sdn::destination_prefix,
                        doc("winnet::hns::SDNRoutePolicySetting::destination_prefix"));
    def_parsed_optional(sdn, "next_hop", &Sdn::next_hop,
                        doc("winnet::hns::SDNRoutePolicySetting::next_hop"));
    sdn.def_readwrite("need_encap", &Sdn::need_encap,
                      doc("winnet::hns::SDNRoutePolicySetting::need_encap"))
        .def(py::self == py::self)
        .def("__repr__", [](const Sdn& self) {
            return constructor_repr("SDNRoutePolicySetting",
                                    {{"destination_prefix", py::cast(self.destination_prefix)},
                                     {"next_hop", py::cast(self.next_hop)},
                                     {"need_encap", py::cast(self.need_encap)}});
        });

    using Pm = hns::PortMappingPolicySetting;
    Class<Pm> pm(m, "PortMappingPolicySetting", doc("winnet::hns::PortMappingPolicySetting"));
    pm.def(py::init([](std::uint32_t protocol, const Checked<std::uint16_t>& internal_port,
                       const Checked<std::uint16_t>& external_port,
                       const Checked<std::optional<Parsed<net::IpAddress>>>& vip,
                       hns::NatFlags flags) {
               return Pm{protocol,
                         argument(internal_port, "PortMappingPolicySetting(internal_port=...)"),
                         argument(external_port, "PortMappingPolicySetting(external_port=...)"),
                         unwrap(argument(vip, "PortMappingPolicySetting(vip=...)")), flags};
           }),
           py::kw_only(), py::arg("protocol") = 0, py::arg("internal_port") = 0,
           py::arg("external_port") = 0, py::arg("vip") = py::none(),
           py::arg("flags") = hns::NatFlags::None)
        .def_readwrite("protocol", &Pm::protocol,
                       doc("winnet::hns::PortMappingPolicySetting::protocol"))
        .def_readwrite("internal_port", &Pm::internal_port,
                       doc("winnet::hns::PortMappingPolicySetting::internal_port"))
        .def_readwrite("external_port", &Pm::external_port,
                       doc("winnet::hns::PortMappingPolicySetting::external_port"));
    def_parsed_optional(pm, "vip", &Pm::vip, doc("winnet::hns::PortMappingPolicySetting::vip"));
    pm.def_readwrite("flags", &Pm::flags, doc("winnet::hns::PortMappingPolicySetting::flags"))
        .def(py::self == py::self)
        .def("__repr__", [](const Pm& self) {
            return constructor_repr("PortMappingPolicySetting",
                                    {{"protocol", py::cast(self.protocol)},
                                     {"internal_port", py::cast(self.internal_port)},
                                     {"external_port", py::cast(self.external_port)},
                                     {"vip", py::cast(self.vip)},
                                     {"flags", py::cast(self.flags)}});
        });

    using Acl = hns::AclPolicySetting;
    Class<Acl>(m, "AclPolicySetting", doc("winnet::hns::AclPolicySetting"))
        .def(py::init([](std::string protocols, hns::Action action, hns::Direction direction,
                         std::string local_addresses, std::string remote_addresses,
                         std::string local_ports, std::string remote_ports,
                         std::optional<hns::RuleType> rule_type,
                         const Checked<std::uint16_t>& priority) {
                 return Acl{std::move(protocols),
                            action,
                            direction,
                            std::move(local_addresses),
                            std::move(remote_addresses),
                            std::move(local_ports),
                            std::move(remote_ports),
                            rule_type,
                            argument(priority, "AclPolicySetting(priority=...)")};
             }),
             py::kw_only(), py::arg("protocols") = "", py::arg("action") = hns::Action::Allow,
             py::arg("direction") = hns::Direction::In, py::arg("local_addresses") = "",
             py::arg("remote_addresses") = "", py::arg("local_ports") = "",
             py::arg("remote_ports") = "", py::arg("rule_type") = py::none(),
             py::arg("priority") = 0)
        .def_readwrite("protocols", &Acl::protocols,
                       doc("winnet::hns::AclPolicySetting::protocols"))
        .def_readwrite("action", &Acl::action, doc("winnet::hns::AclPolicySetting::action"))
        .def_readwrite("direction", &Acl::direction,
                       doc("winnet::hns::AclPolicySetting::direction"))
        .def_readwrite("local_addresses", &Acl::local_addresses,
                       doc("winnet::hns::AclPolicySetting::local_addresses"))
        .def_readwrite("remote_addresses", &Acl::remote_addresses,
                       doc("winnet::hns::AclPolicySetting::remote_addresses"))
        .def_readwrite("local_ports", &Acl::local_ports,
                       doc("winnet::hns::AclPolicySetting::local_ports"))
        .def_readwrite("remote_ports", &Acl::remote_ports,
                       doc("winnet::hns::AclPolicySetting::remote_ports"))
        .def_readwrite("rule_type", &Acl::rule_type,
                       doc("winnet::hns::AclPolicySetting::rule_type"))
        .def_readwrite("priority", &Acl::priority, doc("winnet::hns::AclPolicySetting::priority"))
        .def(py::self == py::self)
        .def("__repr__", [](const Acl& self) {
            return constructor_repr("AclPolicySetting",
                                    {{"protocols", py::cast(self.protocols)},
                                     {"action", py::cast(self.action)},
                                     {"direction", py::cast(self.direction)},
                                     {"local_addresses", py::cast(self.local_addresses)},
                                     {"remote_addresses", py::cast(self.remote_addresses)},
                                     {"local_ports", py::cast(self.local_ports)},
                                     {"remote_ports", py::cast(self.remote_ports)},
                                     {"rule_type", py::cast(self.rule_type)},
                                     {"priority", py::cast(self.priority)}});
        });

    using L4 = hns::L4ProxyPolicySetting;
    Class<L4> l4(m, "L4ProxyPolicySetting", doc("winnet::hns::L4ProxyPolicySetting"));
    l4.def(py::init([](const Checked<std::optional<Parsed<net::IpAddress>>>& ip, std::string port,
                       std::uint32_t protocol, std::vector<std::string> exceptions,
                       std::string destination, bool outbound_nat) {
               return L4{unwrap(argument(ip, "L4ProxyPolicySetting(ip=...)")),
                         std::move(port),
                         protocol,
                         std::move(exceptions),
                         std::move(destination),
                         outbound_nat};
           }),
           py::kw_only(), py::arg("ip") = py::none(), py::arg("port") = "", py::arg("protocol") = 0,
           py::arg("exceptions") = std::vector<std::string>{}, py::arg("destination") = "",
           py::arg("outbound_nat") = false);
    def_parsed_optional(l4, "ip", &L4::ip, doc("winnet::hns::L4ProxyPolicySetting::ip"));
    l4.def_readwrite("port", &L4::port, doc("winnet::hns::L4ProxyPolicySetting::port"))
        .def_readwrite("protocol", &L4::protocol,
                       doc("winnet::hns::L4ProxyPolicySetting::protocol"));
    def_list_field(l4, "exceptions", &L4::exceptions,
                   doc("winnet::hns::L4ProxyPolicySetting::exceptions"));
    l4.def_readwrite("destination", &L4::destination,
                     doc("winnet::hns::L4ProxyPolicySetting::destination"))
        .def_readwrite("outbound_nat", &L4::outbound_nat,
                       doc("winnet::hns::L4ProxyPolicySetting::outbound_nat"))
        .def(py::self == py::self)
        .def("__repr__", [](const L4& self) {
            return constructor_repr("L4ProxyPolicySetting",
                                    {{"ip", py::cast(self.ip)},
                                     {"port", py::cast(self.port)},
                                     {"protocol", py::cast(self.protocol)},
                                     {"exceptions", py::cast(self.exceptions)},
                                     {"destination", py::cast(self.destination)},
                                     {"outbound_nat", py::cast(self.outbound_nat)}});
        });

    using Encap = hns::EncapOverheadEndpointPolicySetting;
    Class<Encap>(m, "EncapOverheadEndpointPolicySetting",
                 doc("winnet::hns::EncapOverheadEndpointPolicySetting"))
        .def(py::init([](const Checked<std::uint16_t>& overhead) {
                 return Encap{
                     argument(overhead, "EncapOverheadEndpointPolicySetting(overhead=...)")};
             }),
             py::kw_only(), py::arg("overhead") = 0)
        .def_readwrite("overhead", &Encap::overhead,
                       doc("winnet::hns::EncapOverheadEndpointPolicySetting::overhead"))
        .def(py::self == py::self)
        .def("__repr__", [](const Encap& self) {
            return constructor_repr("EncapOverheadEndpointPolicySetting",
                                    {{"overhead", py::cast(self.overhead)}});
        });

    using Other = hns::OtherEndpointPolicy;
    Class<Other>(m, "OtherEndpointPolicy", doc("winnet::hns::OtherEndpointPolicy"))
        .def(py::init([](std::string type, std::string settings_json) {
                 return Other{std::move(type), std::move(settings_json)};
             }),
             py::kw_only(), py::arg("type") = "", py::arg("settings_json") = "")
        .def_readwrite("type", &Other::type, doc("winnet::hns::OtherEndpointPolicy::type"))
        .def_readwrite("settings_json", &Other::settings_json,
                       doc("winnet::hns::OtherEndpointPolicy::settings_json"))
        .def(py::self == py::self)
        .def("__repr__", [](const Other& self) {
            return constructor_repr(
                "OtherEndpointPolicy",
                {{"type", py::cast(self.type)}, {"settings_json", py::cast(self.settings_json)}});
        });

    m.def("policy_type", py::overload_cast<const hns::EndpointPolicy&>(&hns::policy_type),
          py::arg("policy"), doc("winnet::hns::policy_type"));
}

} // namespace

void bind_hns_endpoint(py::module_& m) {
    bind_enums(m);
    bind_policies(m);

    Class<hns::IpConfig> ipc(m, "IpConfig", doc("winnet::hns::IpConfig"));
    ipc.def(py::init([](const Checked<std::optional<Parsed<net::IpAddress>>>& ip_address,
                        std::uint8_t prefix_length) {
                return hns::IpConfig{unwrap(argument(ip_address, "IpConfig(ip_address=...)")),
                                     prefix_length};
            }),
            py::kw_only(), py::arg("ip_address") = py::none(), py::arg("prefix_length") = 0);
    def_parsed_optional(ipc, "ip_address", &hns::IpConfig::ip_address,
                        doc("winnet::hns::IpConfig::ip_address"));
    ipc.def_readwrite("prefix_length", &hns::IpConfig::prefix_length,
                      doc("winnet::hns::IpConfig::prefix_length"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::IpConfig& self) {
            return constructor_repr("IpConfig", {{"ip_address", py::cast(self.ip_address)},
                                                 {"prefix_length", py::cast(self.prefix_length)}});
        });

    Class<hns::Endpoint> ep(m, "Endpoint", doc("winnet::hns::Endpoint"));
    ep.def(py::init(
               [](std::string id, std::string name, std::string host_compute_network,
                  std::string host_compute_namespace, std::vector<hns::EndpointPolicy> policies,
                  std::vector<hns::IpConfig> ip_configurations, hns::Dns dns,
                  std::vector<hns::Route> routes, std::string mac_address, hns::EndpointFlags flags,
                  hns::Health health, hns::SchemaVersion schema_version) {
                   hns::Endpoint self;
                   self.id = std::move(id);
                   self.name = std::move(name);
                   self.host_compute_network = std::move(host_compute_network);
                   self.host_compute_namespace = std::move(host_compute_namespace);
                   self.policies = std::move(policies);
                   self.ip_configurations = std::move(ip_configurations);
                   self.dns = std::move(dns);
                   self.routes = std::move(routes);
                   self.mac_address = std::move(mac_address);
                   self.flags = flags;
                   self.health = std::move(health);
                   self.schema_version = schema_version;
                   return self;
               }),
           py::kw_only(), py::arg("id") = "", py::arg("name") = "",
           py::arg("host_compute_network") = "", py::arg("host_compute_namespace") = "",
           py::arg("policies") = std::vector<hns::EndpointPolicy>{},
           py::arg("ip_configurations") = std::vector<hns::IpConfig>{}, py::arg("dns") = hns::Dns{},
           py::arg("routes") = std::vector<hns::Route>{}, py::arg("mac_address") = "",
           py::arg("flags") = hns::EndpointFlags::None, py::arg("health") = hns::Health{},
           py::arg("schema_version") = hns::SchemaVersion{})
        .def_readwrite("id", &hns::Endpoint::id, doc("winnet::hns::Endpoint::id"))
        .def_readwrite("name", &hns::Endpoint::name, doc("winnet::hns::Endpoint::name"))
        .def_readwrite("host_compute_network", &hns::Endpoint::host_compute_network,
                       doc("winnet::hns::Endpoint::host_compute_network"))
        .def_readwrite("host_compute_namespace", &hns::Endpoint::host_compute_namespace,
                       doc("winnet::hns::Endpoint::host_compute_namespace"));
    def_list_field(ep, "policies", &hns::Endpoint::policies,
                   doc("winnet::hns::Endpoint::policies"));
    def_list_field(ep, "ip_configurations", &hns::Endpoint::ip_configurations,
                   doc("winnet::hns::Endpoint::ip_configurations"));
    ep.def_readwrite("dns", &hns::Endpoint::dns, doc("winnet::hns::Endpoint::dns"));
    def_list_field(ep, "routes", &hns::Endpoint::routes, doc("winnet::hns::Endpoint::routes"));
    ep.def_readwrite("mac_address", &hns::Endpoint::mac_address,
                     doc("winnet::hns::Endpoint::mac_address"))
        .def_readwrite("flags", &hns::Endpoint::flags, doc("winnet::hns::Endpoint::flags"))
        .def_readwrite("health", &hns::Endpoint::health, doc("winnet::hns::Endpoint::health"))
        .def_readwrite("schema_version", &hns::Endpoint::schema_version,
                       doc("winnet::hns::Endpoint::schema_version"))
        .def("is_remote", &hns::Endpoint::is_remote, doc("winnet::hns::Endpoint::is_remote"))
        .def("to_json", &hns::Endpoint::to_json, py::arg("style") = hns::JsonStyle::Compact,
             doc("winnet::hns::Endpoint::to_json"))
        .def_static("from_json", &hns::Endpoint::from_json, py::arg("json"),
                    doc("winnet::hns::Endpoint::from_json"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::Endpoint& self) {
            return constructor_repr(
                "Endpoint", {{"id", py::cast(self.id)},
                             {"name", py::cast(self.name)},
                             {"host_compute_network", py::cast(self.host_compute_network)},
                             {"host_compute_namespace", py::cast(self.host_compute_namespace)},
                             {"policies", py::cast(self.policies)},
                             {"ip_configurations", py::cast(self.ip_configurations)},
                             {"dns", py::cast(self.dns)},
                             {"routes", py::cast(self.routes)},
                             {"mac_address", py::cast(self.mac_address)},
                             {"flags", py::cast(self.flags)},
                             {"health", py::cast(self.health)},
                             {"schema_version", py::cast(self.schema_version)}});
        });

    m.def(
        "conjure_mac",
        [](std::string_view prefix, const Checked<Parsed<net::IpAddress>>& ip) {
            return hns::conjure_mac(prefix, argument(ip, "conjure_mac(ip=...)").value);
        },
        py::arg("prefix"), py::arg("ip"), doc("winnet::hns::conjure_mac"));
}

} // namespace winnet::python
