// winnet.hns: the parts networks and endpoints share (common.hpp): Dns, Route, ExtraParams and
// Health. Bound once, before the classes that hold them, so their signatures and defaults name
// these Python classes.
#include "bindings.hpp"
#include "fields.hpp"
#include "repr.hpp"

#include <winnet/hns/common.hpp>

#include <pybind11/operators.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace winnet::python {

void bind_hns_common(py::module_& m) {
    Class<hns::ExtraParams>(m, "ExtraParams", doc("winnet::hns::ExtraParams"))
        .def(py::init([](std::string resources_json, std::string shared_containers_json,
                         std::string layered_on, std::string switch_guid, std::string utility_vm,
                         std::string virtual_machine) {
                 return hns::ExtraParams{
                     std::move(resources_json), std::move(shared_containers_json),
                     std::move(layered_on),     std::move(switch_guid),
                     std::move(utility_vm),     std::move(virtual_machine)};
             }),
             py::kw_only(), py::arg("resources_json") = "", py::arg("shared_containers_json") = "",
             py::arg("layered_on") = "", py::arg("switch_guid") = "", py::arg("utility_vm") = "",
             py::arg("virtual_machine") = "")
        .def_readwrite("resources_json", &hns::ExtraParams::resources_json,
                       doc("winnet::hns::ExtraParams::resources_json"))
        .def_readwrite("shared_containers_json", &hns::ExtraParams::shared_containers_json,
                       doc("winnet::hns::ExtraParams::shared_containers_json"))
        .def_readwrite("layered_on", &hns::ExtraParams::layered_on,
                       doc("winnet::hns::ExtraParams::layered_on"))
        .def_readwrite("switch_guid", &hns::ExtraParams::switch_guid,
                       doc("winnet::hns::ExtraParams::switch_guid"))
        .def_readwrite("utility_vm", &hns::ExtraParams::utility_vm,
                       doc("winnet::hns::ExtraParams::utility_vm"))
        .def_readwrite("virtual_machine", &hns::ExtraParams::virtual_machine,
                       doc("winnet::hns::ExtraParams::virtual_machine"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::ExtraParams& self) {
            return constructor_repr(
                "ExtraParams", {{"resources_json", py::cast(self.resources_json)},
                                {"shared_containers_json", py::cast(self.shared_containers_json)},
                                {"layered_on", py::cast(self.layered_on)},
                                {"switch_guid", py::cast(self.switch_guid)},
                                {"utility_vm", py::cast(self.utility_vm)},
                                {"virtual_machine", py::cast(self.virtual_machine)}});
        });

    // After ExtraParams: the default of `extra` is converted to Python when it is bound.
    Class<hns::Health>(m, "Health", doc("winnet::hns::Health"))
        .def(py::init([](std::string data_json, hns::ExtraParams extra) {
                 return hns::Health{std::move(data_json), std::move(extra)};
             }),
             py::kw_only(), py::arg("data_json") = "", py::arg("extra") = hns::ExtraParams{})
        .def_readwrite("data_json", &hns::Health::data_json, doc("winnet::hns::Health::data_json"))
        .def_readwrite("extra", &hns::Health::extra, doc("winnet::hns::Health::extra"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::Health& self) {
            return constructor_repr("Health", {{"data_json", py::cast(self.data_json)},
                                               {"extra", py::cast(self.extra)}});
        });

    Class<hns::Dns> dns(m, "Dns", doc("winnet::hns::Dns"));
    dns.def(py::init([](std::string domain, std::vector<std::string> search,
                        const Checked<std::vector<Parsed<net::IpAddress>>>& server_list,
                        std::vector<std::string> options) {
                return hns::Dns{std::move(domain), std::move(search),
                                unwrap(argument(server_list, "Dns(server_list=...)")),
                                std::move(options)};
            }),
            py::kw_only(), py::arg("domain") = "", py::arg("search") = std::vector<std::string>{},
            py::arg("server_list") = std::vector<Parsed<net::IpAddress>>{},
            py::arg("options") = std::vector<std::string>{})
        .def_readwrite("domain", &hns::Dns::domain, doc("winnet::hns::Dns::domain"));
    def_list_field(dns, "search", &hns::Dns::search, doc("winnet::hns::Dns::search"));
    def_parsed_list(dns, "server_list", &hns::Dns::server_list,
                    doc("winnet::hns::Dns::server_list"));
    def_list_field(dns, "options", &hns::Dns::options, doc("winnet::hns::Dns::options"));
    dns.def(py::self == py::self).def("__repr__", [](const hns::Dns& self) {
        return constructor_repr("Dns", {{"domain", py::cast(self.domain)},
                                        {"search", py::cast(self.search)},
                                        {"server_list", py::cast(self.server_list)},
                                        {"options", py::cast(self.options)}});
    });

    Class<hns::Route> route(m, "Route", doc("winnet::hns::Route"));
    route.def(
        py::init([](const Checked<std::optional<Parsed<net::IpAddress>>>& next_hop,
                    const Checked<std::optional<Parsed<net::IpPrefix>>>& destination_prefix,
                    const Checked<std::uint16_t>& metric) {
            return hns::Route{unwrap(argument(next_hop, "Route(next_hop=...)")),
                              unwrap(argument(destination_prefix, "Route(destination_prefix=...)")),
                              argument(metric, "Route(metric=...)")};
        }),
        py::kw_only(), py::arg("next_hop") = py::none(), py::arg("destination_prefix") = py::none(),
        py::arg("metric") = 0);
    def_parsed_optional(route, "next_hop", &hns::Route::next_hop,
                        doc("winnet::hns::Route::next_hop"));
    def_parsed_optional(route, "destination_prefix", &hns::Route::destination_prefix,
                        doc("winnet::hns::Route::destination_prefix"));
    route.def_readwrite("metric", &hns::Route::metric, doc("winnet::hns::Route::metric"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::Route& self) {
            return constructor_repr("Route",
                                    {{"next_hop", py::cast(self.next_hop)},
                                     {"destination_prefix", py::cast(self.destination_prefix)},
                                     {"metric", py::cast(self.metric)}});
        });
}

} // namespace winnet::python
