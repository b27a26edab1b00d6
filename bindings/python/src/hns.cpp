// winnet.hns: HCN v2 objects. Fields of list type are exposed as tuples (assign a new list to
// change them), so `lb.frontend_vips.append(...)` fails loudly instead of changing a copy.
#include "bindings.hpp"
#include "fields.hpp"
#include "repr.hpp"

#include <winnet/hns/load_balancer.hpp>

#include <pybind11/native_enum.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace winnet::python {

void bind_hns(py::module_& m) {
    py::native_enum<hns::JsonStyle>(m, "JsonStyle", "enum.Enum", doc("winnet::hns::JsonStyle"))
        .value("COMPACT", hns::JsonStyle::Compact, doc("winnet::hns::JsonStyle::Compact"))
        .value("INDENTED", hns::JsonStyle::Indented, doc("winnet::hns::JsonStyle::Indented"))
        .finalize();

    py::native_enum<hns::LoadBalancerFlags>(m, "LoadBalancerFlags", "enum.IntFlag",
                                            doc("winnet::hns::LoadBalancerFlags"))
        .value("NONE", hns::LoadBalancerFlags::None, doc("winnet::hns::LoadBalancerFlags::None"))
        .value("DSR", hns::LoadBalancerFlags::DSR, doc("winnet::hns::LoadBalancerFlags::DSR"))
        .value("IPV6", hns::LoadBalancerFlags::IPv6, doc("winnet::hns::LoadBalancerFlags::IPv6"))
        .finalize();

    py::native_enum<hns::PortMappingFlags>(m, "PortMappingFlags", "enum.IntFlag",
                                           doc("winnet::hns::PortMappingFlags"))
        .value("NONE", hns::PortMappingFlags::None, doc("winnet::hns::PortMappingFlags::None"))
        .value("ILB", hns::PortMappingFlags::ILB, doc("winnet::hns::PortMappingFlags::ILB"))
        .value("LOCAL_ROUTED_VIP", hns::PortMappingFlags::LocalRoutedVIP,
               doc("winnet::hns::PortMappingFlags::LocalRoutedVIP"))
        .value("USE_MUX", hns::PortMappingFlags::UseMux,
               doc("winnet::hns::PortMappingFlags::UseMux"))
        .value("PRESERVE_DIP", hns::PortMappingFlags::PreserveDIP,
               doc("winnet::hns::PortMappingFlags::PreserveDIP"))
        .value("VIP_EXTERNAL_IP", hns::PortMappingFlags::VipExternalIP,
               doc("winnet::hns::PortMappingFlags::VipExternalIP"))
        .finalize();

    py::native_enum<hns::Distribution>(m, "Distribution", "enum.IntEnum",
                                       doc("winnet::hns::Distribution"))
        .value("NONE", hns::Distribution::None, doc("winnet::hns::Distribution::None"))
        .value("SOURCE_IP_PROTOCOL", hns::Distribution::SourceIPProtocol,
               doc("winnet::hns::Distribution::SourceIPProtocol"))
        .value("SOURCE_IP", hns::Distribution::SourceIP, doc("winnet::hns::Distribution::SourceIP"))
        .finalize();

    py::native_enum<hns::Protocol>(m, "Protocol", "enum.IntEnum", doc("winnet::hns::Protocol"))
        .value("UNSPECIFIED", hns::Protocol::Unspecified, doc("winnet::hns::Protocol::Unspecified"))
        .value("TCP", hns::Protocol::TCP, doc("winnet::hns::Protocol::TCP"))
        .value("UDP", hns::Protocol::UDP, doc("winnet::hns::Protocol::UDP"))
        .value("SCTP", hns::Protocol::SCTP, doc("winnet::hns::Protocol::SCTP"))
        .finalize();

    Class<hns::SchemaVersion>(m, "SchemaVersion", doc("winnet::hns::SchemaVersion"))
        .def(py::init([](std::uint32_t major, std::uint32_t minor) {
                 return hns::SchemaVersion{major, minor};
             }),
             py::kw_only(), py::arg("major") = 2, py::arg("minor") = 0)
        .def_readwrite("major", &hns::SchemaVersion::major,
                       doc("winnet::hns::SchemaVersion::major"))
        .def_readwrite("minor", &hns::SchemaVersion::minor,
                       doc("winnet::hns::SchemaVersion::minor"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::SchemaVersion& v) {
            return constructor_repr("SchemaVersion",
                                    {{"major", py::cast(v.major)}, {"minor", py::cast(v.minor)}});
        });

    Class<hns::PortMapping>(m, "PortMapping", doc("winnet::hns::PortMapping"))
        .def(py::init([](hns::Protocol protocol, const Checked<std::uint16_t>& internal_port,
                         const Checked<std::uint16_t>& external_port,
                         hns::Distribution distribution_type, hns::PortMappingFlags flags) {
                 return hns::PortMapping{protocol,
                                         argument(internal_port, "PortMapping(internal_port=...)"),
                                         argument(external_port, "PortMapping(external_port=...)"),
                                         distribution_type, flags};
             }),
             py::kw_only(), py::arg("protocol") = hns::Protocol::Unspecified,
             py::arg("internal_port") = 0, py::arg("external_port") = 0,
             py::arg("distribution_type") = hns::Distribution::None,
             py::arg("flags") = hns::PortMappingFlags::None)
        .def_readwrite("protocol", &hns::PortMapping::protocol,
                       doc("winnet::hns::PortMapping::protocol"))
        .def_readwrite("internal_port", &hns::PortMapping::internal_port,
                       doc("winnet::hns::PortMapping::internal_port"))
        .def_readwrite("external_port", &hns::PortMapping::external_port,
                       doc("winnet::hns::PortMapping::external_port"))
        .def_readwrite("distribution_type", &hns::PortMapping::distribution_type,
                       doc("winnet::hns::PortMapping::distribution_type"))
        .def_readwrite("flags", &hns::PortMapping::flags, doc("winnet::hns::PortMapping::flags"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::PortMapping& pm) {
            return constructor_repr("PortMapping",
                                    {{"protocol", py::cast(pm.protocol)},
                                     {"internal_port", py::cast(pm.internal_port)},
                                     {"external_port", py::cast(pm.external_port)},
                                     {"distribution_type", py::cast(pm.distribution_type)},
                                     {"flags", py::cast(pm.flags)}});
        });

    Class<hns::LoadBalancer> lb(m, "LoadBalancer", doc("winnet::hns::LoadBalancer"));
    lb.def(py::init([](std::string id, std::vector<std::string> host_compute_endpoints,
                       const Checked<std::optional<Parsed<net::IpAddress>>>& source_vip,
                       const Checked<std::vector<Parsed<net::IpAddress>>>& frontend_vips,
                       std::vector<hns::PortMapping> port_mappings,
                       hns::SchemaVersion schema_version, hns::LoadBalancerFlags flags) {
               hns::LoadBalancer self;
               self.id = std::move(id);
               self.host_compute_endpoints = std::move(host_compute_endpoints);
               self.source_vip = unwrap(argument(source_vip, "LoadBalancer(source_vip=...)"));
               self.frontend_vips =
                   unwrap(argument(frontend_vips, "LoadBalancer(frontend_vips=...)"));
               self.port_mappings = std::move(port_mappings);
               self.schema_version = schema_version;
               self.flags = flags;
               return self;
           }),
           py::kw_only(), py::arg("id") = "",
           py::arg("host_compute_endpoints") = std::vector<std::string>{},
           py::arg("source_vip") = py::none(),
           py::arg("frontend_vips") = std::vector<Parsed<net::IpAddress>>{},
           py::arg("port_mappings") = std::vector<hns::PortMapping>{},
           py::arg("schema_version") = hns::SchemaVersion{},
           py::arg("flags") = hns::LoadBalancerFlags::None)
        .def_readwrite("id", &hns::LoadBalancer::id, doc("winnet::hns::LoadBalancer::id"));
    def_list_field(lb, "host_compute_endpoints", &hns::LoadBalancer::host_compute_endpoints,
                   doc("winnet::hns::LoadBalancer::host_compute_endpoints"));
    def_parsed_optional(lb, "source_vip", &hns::LoadBalancer::source_vip,
                        doc("winnet::hns::LoadBalancer::source_vip"));
    def_parsed_list(lb, "frontend_vips", &hns::LoadBalancer::frontend_vips,
                    doc("winnet::hns::LoadBalancer::frontend_vips"));
    def_list_field(lb, "port_mappings", &hns::LoadBalancer::port_mappings,
                   doc("winnet::hns::LoadBalancer::port_mappings"));
    lb.def_readwrite("schema_version", &hns::LoadBalancer::schema_version,
                     doc("winnet::hns::LoadBalancer::schema_version"))
        .def_readwrite("flags", &hns::LoadBalancer::flags, doc("winnet::hns::LoadBalancer::flags"))
        .def("to_json", &hns::LoadBalancer::to_json, py::arg("style") = hns::JsonStyle::Compact,
             doc("winnet::hns::LoadBalancer::to_json"))
        .def_static("from_json", &hns::LoadBalancer::from_json, py::arg("json"),
                    doc("winnet::hns::LoadBalancer::from_json"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::LoadBalancer& self) {
            return constructor_repr(
                "LoadBalancer", {{"id", py::cast(self.id)},
                                 {"host_compute_endpoints", py::cast(self.host_compute_endpoints)},
                                 {"source_vip", py::cast(self.source_vip)},
                                 {"frontend_vips", py::cast(self.frontend_vips)},
                                 {"port_mappings", py::cast(self.port_mappings)},
                                 {"schema_version", py::cast(self.schema_version)},
                                 {"flags", py::cast(self.flags)}});
        });
}

} // namespace winnet::python
