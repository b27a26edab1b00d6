// winnet.hns: HostComputeNetwork and its network and subnet policies (the parts it shares with
// endpoints, Dns, Route and Health, are in hns_common.cpp). List fields are exposed as tuples
// (assign a new list to change them), so `network.policies.append(...)` fails loudly instead of
// changing a copy. Policy lists hold instances of the policy classes; the class decides the JSON
// Type.
#include "bindings.hpp"
#include "fields.hpp"
#include "repr.hpp"

#include <winnet/hns/common.hpp>
#include <winnet/hns/network.hpp>

#include <pybind11/native_enum.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace winnet::python {

namespace {

// A policy class whose only field is a string kept as written.
template <class Policy>
void bind_string_policy(py::module_& m, const char* name, const char* field,
                        std::string Policy::*member, const char* class_doc, const char* field_doc) {
    Class<Policy>(m, name, class_doc)
        .def(py::init([member](std::string value) {
                 Policy p;
                 p.*member = std::move(value);
                 return p;
             }),
             py::kw_only(), py::arg(field) = "")
        .def_readwrite(field, member, field_doc)
        .def(py::self == py::self)
        .def("__repr__", [name, field, member](const Policy& self) {
            return constructor_repr(name, {{field, py::cast(self.*member)}});
        });
}

void bind_policies(py::module_& m) {
    Class<hns::RemoteSubnetRoutePolicySetting> rsr(
        m, "RemoteSubnetRoutePolicySetting", doc("winnet::hns::RemoteSubnetRoutePolicySetting"));
    rsr.def(
        py::init([](const Checked<Parsed<net::IpPrefix>>& destination_prefix,
                    const Checked<std::uint16_t>& isolation_id,
                    const Checked<Parsed<net::IpAddress>>& provider_address,
                    std::string distributed_router_mac_address) {
            return hns::RemoteSubnetRoutePolicySetting{
                argument(destination_prefix,
                         "RemoteSubnetRoutePolicySetting(destination_prefix=...)")
                    .value,
                argument(isolation_id, "RemoteSubnetRoutePolicySetting(isolation_id=...)"),
                argument(provider_address, "RemoteSubnetRoutePolicySetting(provider_address=...)")
                    .value,
                std::move(distributed_router_mac_address)};
        }),
        py::kw_only(), py::arg("destination_prefix") = net::IpPrefix{}, py::arg("isolation_id") = 0,
        py::arg("provider_address") = net::IpAddress{},
        py::arg("distributed_router_mac_address") = "");
    def_parsed(rsr, "destination_prefix", &hns::RemoteSubnetRoutePolicySetting::destination_prefix,
               doc("winnet::hns::RemoteSubnetRoutePolicySetting::destination_prefix"));
    rsr.def_readwrite("isolation_id", &hns::RemoteSubnetRoutePolicySetting::isolation_id,
                      doc("winnet::hns::RemoteSubnetRoutePolicySetting::isolation_id"));
    def_parsed(rsr, "provider_address", &hns::RemoteSubnetRoutePolicySetting::provider_address,
               doc("winnet::hns::RemoteSubnetRoutePolicySetting::provider_address"));
    rsr.def_readwrite(
           "distributed_router_mac_address",
           &hns::RemoteSubnetRoutePolicySetting::distributed_router_mac_address,
           doc("winnet::hns::RemoteSubnetRoutePolicySetting::distributed_router_mac_address"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::RemoteSubnetRoutePolicySetting& self) {
            return constructor_repr("RemoteSubnetRoutePolicySetting",
                                    {{"destination_prefix", py::cast(self.destination_prefix)},
                                     {"isolation_id", py::cast(self.isolation_id)},
                                     {"provider_address", py::cast(self.provider_address)},
                                     {"distributed_router_mac_address",
                                      py::cast(self.distributed_router_mac_address)}});
        });

    Class<hns::ProviderAddressNetworkPolicySetting> pa(
        m, "ProviderAddressNetworkPolicySetting",
        doc("winnet::hns::ProviderAddressNetworkPolicySetting"));
    pa.def(py::init([](const Checked<std::optional<Parsed<net::IpAddress>>>& provider_address) {
               return hns::ProviderAddressNetworkPolicySetting{unwrap(argument(
                   provider_address, "ProviderAddressNetworkPolicySetting(provider_address=...)"))};
           }),
           py::kw_only(), py::arg("provider_address") = py::none());
    def_parsed_optional(pa, "provider_address",
                        &hns::ProviderAddressNetworkPolicySetting::provider_address,
                        doc("winnet::hns::ProviderAddressNetworkPolicySetting::provider_address"));
    pa.def(py::self == py::self)
        .def("__repr__", [](const hns::ProviderAddressNetworkPolicySetting& self) {
            return constructor_repr("ProviderAddressNetworkPolicySetting",
                                    {{"provider_address", py::cast(self.provider_address)}});
        });

    bind_string_policy<hns::DrMacAddressNetworkPolicySetting>(
        m, "DrMacAddressNetworkPolicySetting", "address",
        &hns::DrMacAddressNetworkPolicySetting::address,
        doc("winnet::hns::DrMacAddressNetworkPolicySetting"),
        doc("winnet::hns::DrMacAddressNetworkPolicySetting::address"));

    Class<hns::VxlanPortPolicySetting>(m, "VxlanPortPolicySetting",
                                       doc("winnet::hns::VxlanPortPolicySetting"))
        .def(py::init([](const Checked<std::uint16_t>& port) {
                 return hns::VxlanPortPolicySetting{
                     argument(port, "VxlanPortPolicySetting(port=...)")};
             }),
             py::kw_only(), py::arg("port") = 0)
        .def_readwrite("port", &hns::VxlanPortPolicySetting::port,
                       doc("winnet::hns::VxlanPortPolicySetting::port"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::VxlanPortPolicySetting& self) {
            return constructor_repr("VxlanPortPolicySetting", {{"port", py::cast(self.port)}});
        });

    Class<hns::HostRoutePolicySetting>(m, "HostRoutePolicySetting",
                                       doc("winnet::hns::HostRoutePolicySetting"))
        .def(py::init<>())
        .def(py::self == py::self)
        .def("__repr__", [](const hns::HostRoutePolicySetting&) {
            return constructor_repr("HostRoutePolicySetting", {});
        });

    bind_string_policy<hns::SourceMacAddressNetworkPolicySetting>(
        m, "SourceMacAddressNetworkPolicySetting", "source_mac_address",
        &hns::SourceMacAddressNetworkPolicySetting::source_mac_address,
        doc("winnet::hns::SourceMacAddressNetworkPolicySetting"),
        doc("winnet::hns::SourceMacAddressNetworkPolicySetting::source_mac_address"));

    bind_string_policy<hns::NetAdapterNameNetworkPolicySetting>(
        m, "NetAdapterNameNetworkPolicySetting", "network_adapter_name",
        &hns::NetAdapterNameNetworkPolicySetting::network_adapter_name,
        doc("winnet::hns::NetAdapterNameNetworkPolicySetting"),
        doc("winnet::hns::NetAdapterNameNetworkPolicySetting::network_adapter_name"));

    Class<hns::OtherNetworkPolicy>(m, "OtherNetworkPolicy", doc("winnet::hns::OtherNetworkPolicy"))
        .def(py::init([](std::string type, std::string settings_json) {
                 return hns::OtherNetworkPolicy{std::move(type), std::move(settings_json)};
             }),
             py::kw_only(), py::arg("type") = "", py::arg("settings_json") = "")
        .def_readwrite("type", &hns::OtherNetworkPolicy::type,
                       doc("winnet::hns::OtherNetworkPolicy::type"))
        .def_readwrite("settings_json", &hns::OtherNetworkPolicy::settings_json,
                       doc("winnet::hns::OtherNetworkPolicy::settings_json"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::OtherNetworkPolicy& self) {
            return constructor_repr(
                "OtherNetworkPolicy",
                {{"type", py::cast(self.type)}, {"settings_json", py::cast(self.settings_json)}});
        });

    Class<hns::VlanPolicySetting>(m, "VlanPolicySetting", doc("winnet::hns::VlanPolicySetting"))
        .def(py::init(
                 [](std::uint32_t isolation_id) { return hns::VlanPolicySetting{isolation_id}; }),
             py::kw_only(), py::arg("isolation_id") = 0)
        .def_readwrite("isolation_id", &hns::VlanPolicySetting::isolation_id,
                       doc("winnet::hns::VlanPolicySetting::isolation_id"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::VlanPolicySetting& self) {
            return constructor_repr("VlanPolicySetting",
                                    {{"isolation_id", py::cast(self.isolation_id)}});
        });

    Class<hns::VsidPolicySetting>(m, "VsidPolicySetting", doc("winnet::hns::VsidPolicySetting"))
        .def(py::init(
                 [](std::uint32_t isolation_id) { return hns::VsidPolicySetting{isolation_id}; }),
             py::kw_only(), py::arg("isolation_id") = 0)
        .def_readwrite("isolation_id", &hns::VsidPolicySetting::isolation_id,
                       doc("winnet::hns::VsidPolicySetting::isolation_id"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::VsidPolicySetting& self) {
            return constructor_repr("VsidPolicySetting",
                                    {{"isolation_id", py::cast(self.isolation_id)}});
        });

    Class<hns::OtherSubnetPolicy>(m, "OtherSubnetPolicy", doc("winnet::hns::OtherSubnetPolicy"))
        .def(py::init([](std::string type, std::string settings_json) {
                 return hns::OtherSubnetPolicy{std::move(type), std::move(settings_json)};
             }),
             py::kw_only(), py::arg("type") = "", py::arg("settings_json") = "")
        .def_readwrite("type", &hns::OtherSubnetPolicy::type,
                       doc("winnet::hns::OtherSubnetPolicy::type"))
        .def_readwrite("settings_json", &hns::OtherSubnetPolicy::settings_json,
                       doc("winnet::hns::OtherSubnetPolicy::settings_json"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::OtherSubnetPolicy& self) {
            return constructor_repr(
                "OtherSubnetPolicy",
                {{"type", py::cast(self.type)}, {"settings_json", py::cast(self.settings_json)}});
        });
}

} // namespace

void bind_hns_network(py::module_& m) {
    py::native_enum<hns::NetworkType>(m, "NetworkType", "enum.Enum",
                                      doc("winnet::hns::NetworkType"))
        .value("NAT", hns::NetworkType::NAT, doc("winnet::hns::NetworkType::NAT"))
        .value("TRANSPARENT", hns::NetworkType::Transparent,
               doc("winnet::hns::NetworkType::Transparent"))
        .value("L2_BRIDGE", hns::NetworkType::L2Bridge, doc("winnet::hns::NetworkType::L2Bridge"))
        .value("L2_TUNNEL", hns::NetworkType::L2Tunnel, doc("winnet::hns::NetworkType::L2Tunnel"))
        .value("ICS", hns::NetworkType::ICS, doc("winnet::hns::NetworkType::ICS"))
        .value("PRIVATE", hns::NetworkType::Private, doc("winnet::hns::NetworkType::Private"))
        .value("OVERLAY", hns::NetworkType::Overlay, doc("winnet::hns::NetworkType::Overlay"))
        .finalize();

    py::native_enum<hns::NetworkFlags>(m, "NetworkFlags", "enum.IntFlag",
                                       doc("winnet::hns::NetworkFlags"))
        .value("NONE", hns::NetworkFlags::None, doc("winnet::hns::NetworkFlags::None"))
        .value("ENABLE_NON_PERSISTENT", hns::NetworkFlags::EnableNonPersistent,
               doc("winnet::hns::NetworkFlags::EnableNonPersistent"))
        .value("DISABLE_HOST_PORT", hns::NetworkFlags::DisableHostPort,
               doc("winnet::hns::NetworkFlags::DisableHostPort"))
        .value("ENABLE_IOV", hns::NetworkFlags::EnableIov,
               doc("winnet::hns::NetworkFlags::EnableIov"))
        .finalize();

    py::native_enum<hns::SubnetFlags>(m, "SubnetFlags", "enum.IntFlag",
                                      doc("winnet::hns::SubnetFlags"))
        .value("NONE", hns::SubnetFlags::None, doc("winnet::hns::SubnetFlags::None"))
        .value("DO_NOT_RESERVE_GATEWAY_ADDRESS", hns::SubnetFlags::DoNotReserveGatewayAddress,
               doc("winnet::hns::SubnetFlags::DoNotReserveGatewayAddress"))
        .finalize();

    bind_policies(m);

    Class<hns::Subnet> subnet(m, "Subnet", doc("winnet::hns::Subnet"));
    subnet.def(
        py::init([](const Checked<std::optional<Parsed<net::IpPrefix>>>& ip_address_prefix,
                    std::vector<hns::SubnetPolicy> policies, std::vector<hns::Route> routes,
                    hns::SubnetFlags flags) {
            return hns::Subnet{unwrap(argument(ip_address_prefix, "Subnet(ip_address_prefix=...)")),
                               std::move(policies), std::move(routes), flags};
        }),
        py::kw_only(), py::arg("ip_address_prefix") = py::none(),
        py::arg("policies") = std::vector<hns::SubnetPolicy>{},
        py::arg("routes") = std::vector<hns::Route>{}, py::arg("flags") = hns::SubnetFlags::None);
    def_parsed_optional(subnet, "ip_address_prefix", &hns::Subnet::ip_address_prefix,
                        doc("winnet::hns::Subnet::ip_address_prefix"));
    def_list_field(subnet, "policies", &hns::Subnet::policies,
                   doc("winnet::hns::Subnet::policies"));
    def_list_field(subnet, "routes", &hns::Subnet::routes, doc("winnet::hns::Subnet::routes"));
    subnet.def_readwrite("flags", &hns::Subnet::flags, doc("winnet::hns::Subnet::flags"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::Subnet& self) {
            return constructor_repr("Subnet",
                                    {{"ip_address_prefix", py::cast(self.ip_address_prefix)},
                                     {"policies", py::cast(self.policies)},
                                     {"routes", py::cast(self.routes)},
                                     {"flags", py::cast(self.flags)}});
        });

    Class<hns::Ipam> ipam(m, "Ipam", doc("winnet::hns::Ipam"));
    ipam.def(py::init([](std::string type, std::vector<hns::Subnet> subnets) {
                 return hns::Ipam{std::move(type), std::move(subnets)};
             }),
             py::kw_only(), py::arg("type") = "", py::arg("subnets") = std::vector<hns::Subnet>{})
        .def_readwrite("type", &hns::Ipam::type, doc("winnet::hns::Ipam::type"));
    def_list_field(ipam, "subnets", &hns::Ipam::subnets, doc("winnet::hns::Ipam::subnets"));
    ipam.def(py::self == py::self).def("__repr__", [](const hns::Ipam& self) {
        return constructor_repr(
            "Ipam", {{"type", py::cast(self.type)}, {"subnets", py::cast(self.subnets)}});
    });

    Class<hns::MacRange>(m, "MacRange", doc("winnet::hns::MacRange"))
        .def(py::init([](std::string start_mac_address, std::string end_mac_address) {
                 return hns::MacRange{std::move(start_mac_address), std::move(end_mac_address)};
             }),
             py::kw_only(), py::arg("start_mac_address") = "", py::arg("end_mac_address") = "")
        .def_readwrite("start_mac_address", &hns::MacRange::start_mac_address,
                       doc("winnet::hns::MacRange::start_mac_address"))
        .def_readwrite("end_mac_address", &hns::MacRange::end_mac_address,
                       doc("winnet::hns::MacRange::end_mac_address"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::MacRange& self) {
            return constructor_repr("MacRange",
                                    {{"start_mac_address", py::cast(self.start_mac_address)},
                                     {"end_mac_address", py::cast(self.end_mac_address)}});
        });

    Class<hns::MacPool> pool(m, "MacPool", doc("winnet::hns::MacPool"));
    pool.def(
        py::init([](std::vector<hns::MacRange> ranges) { return hns::MacPool{std::move(ranges)}; }),
        py::kw_only(), py::arg("ranges") = std::vector<hns::MacRange>{});
    def_list_field(pool, "ranges", &hns::MacPool::ranges, doc("winnet::hns::MacPool::ranges"));
    pool.def(py::self == py::self).def("__repr__", [](const hns::MacPool& self) {
        return constructor_repr("MacPool", {{"ranges", py::cast(self.ranges)}});
    });

    Class<hns::Network> network(m, "Network", doc("winnet::hns::Network"));
    network
        .def(py::init([](std::string id, std::string name, std::optional<hns::NetworkType> type,
                         std::vector<hns::NetworkPolicy> policies, hns::MacPool mac_pool,
                         hns::Dns dns, std::vector<hns::Ipam> ipams, hns::NetworkFlags flags,
                         hns::Health health, hns::SchemaVersion schema_version) {
                 hns::Network self;
                 self.id = std::move(id);
                 self.name = std::move(name);
                 self.type = type;
                 self.policies = std::move(policies);
                 self.mac_pool = std::move(mac_pool);
                 self.dns = std::move(dns);
                 self.ipams = std::move(ipams);
                 self.flags = flags;
                 self.health = std::move(health);
                 self.schema_version = schema_version;
                 return self;
             }),
             py::kw_only(), py::arg("id") = "", py::arg("name") = "", py::arg("type") = py::none(),
             py::arg("policies") = std::vector<hns::NetworkPolicy>{},
             py::arg("mac_pool") = hns::MacPool{}, py::arg("dns") = hns::Dns{},
             py::arg("ipams") = std::vector<hns::Ipam>{},
             py::arg("flags") = hns::NetworkFlags::None, py::arg("health") = hns::Health{},
             py::arg("schema_version") = hns::SchemaVersion{})
        .def_readwrite("id", &hns::Network::id, doc("winnet::hns::Network::id"))
        .def_readwrite("name", &hns::Network::name, doc("winnet::hns::Network::name"))
        .def_readwrite("type", &hns::Network::type, doc("winnet::hns::Network::type"));
    def_list_field(network, "policies", &hns::Network::policies,
                   doc("winnet::hns::Network::policies"));
    network
        .def_readwrite("mac_pool", &hns::Network::mac_pool, doc("winnet::hns::Network::mac_pool"))
        .def_readwrite("dns", &hns::Network::dns, doc("winnet::hns::Network::dns"));
    def_list_field(network, "ipams", &hns::Network::ipams, doc("winnet::hns::Network::ipams"));
    network.def_readwrite("flags", &hns::Network::flags, doc("winnet::hns::Network::flags"))
        .def_readwrite("health", &hns::Network::health, doc("winnet::hns::Network::health"))
        .def_readwrite("schema_version", &hns::Network::schema_version,
                       doc("winnet::hns::Network::schema_version"))
        .def("to_json", &hns::Network::to_json, py::arg("style") = hns::JsonStyle::Compact,
             doc("winnet::hns::Network::to_json"))
        .def_static("from_json", &hns::Network::from_json, py::arg("json"),
                    doc("winnet::hns::Network::from_json"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::Network& self) {
            return constructor_repr("Network", {{"id", py::cast(self.id)},
                                                {"name", py::cast(self.name)},
                                                {"type", py::cast(self.type)},
                                                {"policies", py::cast(self.policies)},
                                                {"mac_pool", py::cast(self.mac_pool)},
                                                {"dns", py::cast(self.dns)},
                                                {"ipams", py::cast(self.ipams)},
                                                {"flags", py::cast(self.flags)},
                                                {"health", py::cast(self.health)},
                                                {"schema_version", py::cast(self.schema_version)}});
        });

    m.def(
        "policy_type", [](const hns::NetworkPolicy& policy) { return hns::policy_type(policy); },
        py::arg("policy"), doc("winnet::hns::policy_type"));
    m.def(
        "policy_type", [](const hns::SubnetPolicy& policy) { return hns::policy_type(policy); },
        py::arg("policy"), doc("winnet::hns::policy_type"));
    m.def("remote_subnet_routes", &hns::remote_subnet_routes, py::arg("network"),
          doc("winnet::hns::remote_subnet_routes"));
}

} // namespace winnet::python
