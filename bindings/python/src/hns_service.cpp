// winnet.hns, service side: the HNS version and its features, HRESULT errors, SimulatedHns
// with its call log and faults, the node state file, and tables for people.
#include "bindings.hpp"
#include "fields.hpp"
#include "net_args.hpp"
#include "repr.hpp"

#include <winnet/hns/render.hpp>
#include <winnet/hns/simulated_hns.hpp>

#include <pybind11/chrono.h>
#include <pybind11/native_enum.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <tuple>

namespace py = pybind11;

namespace winnet::python {

namespace {

void bind_version(py::module_& m) {
    py::class_<hns::HnsVersion>(m, "HnsVersion", doc("winnet::hns::HnsVersion"))
        .def(py::init([](std::uint32_t major, std::uint32_t minor) {
                 return hns::HnsVersion{major, minor};
             }),
             py::arg("major"), py::arg("minor"))
        .def_readwrite("major", &hns::HnsVersion::major, doc("winnet::hns::HnsVersion::major"))
        .def_readwrite("minor", &hns::HnsVersion::minor, doc("winnet::hns::HnsVersion::minor"))
        .def(py::self == py::self)
        .def(py::self < py::self)
        .def(py::self <= py::self)
        .def(py::self > py::self)
        .def(py::self >= py::self)
        .def("__hash__", [](const hns::HnsVersion& v) { return (v.major << 16U) ^ v.minor; })
        .def("__str__", &hns::HnsVersion::to_string)
        .def("__repr__", [](const hns::HnsVersion& v) {
            return "HnsVersion(" + std::to_string(v.major) + ", " + std::to_string(v.minor) + ")";
        });

    py::class_<hns::VersionRange>(m, "VersionRange", doc("winnet::hns::VersionRange"))
        .def_readonly("min", &hns::VersionRange::min, doc("winnet::hns::VersionRange::min"))
        .def_readonly("max", &hns::VersionRange::max, doc("winnet::hns::VersionRange::max"))
        .def("contains", &hns::VersionRange::contains, py::arg("version"),
             doc("winnet::hns::VersionRange::contains"))
        .def("__str__", &hns::VersionRange::to_string)
        .def("__repr__",
             [](const hns::VersionRange& r) { return "<VersionRange " + r.to_string() + ">"; });

    py::class_<hns::FeatureRanges>(m, "FeatureRanges", doc("winnet::hns::FeatureRanges"))
        .def_readonly("name", &hns::FeatureRanges::name, doc("winnet::hns::FeatureRanges::name"))
        .def_property_readonly(
            "ranges", [](const hns::FeatureRanges& f) { return as_tuple(f.ranges); },
            doc("winnet::hns::FeatureRanges::ranges"))
        .def_readonly("meaning", &hns::FeatureRanges::meaning,
                      doc("winnet::hns::FeatureRanges::meaning"))
        .def("__repr__",
             [](const hns::FeatureRanges& f) { return "<FeatureRanges " + f.name + ">"; });

    m.def(
        "feature_table", [] { return as_tuple(hns::feature_table()); },
        doc("winnet::hns::feature_table"));

    py::class_<hns::SupportedFeatures> f(m, "SupportedFeatures",
                                         doc("winnet::hns::SupportedFeatures"));
#define WINNET_FEATURE(name)                                                                       \
    f.def_readonly(#name, &hns::SupportedFeatures::name,                                           \
                   doc("winnet::hns::SupportedFeatures::" #name))
    WINNET_FEATURE(acl_address_lists);
    WINNET_FEATURE(acl_no_host_rule_priority);
    WINNET_FEATURE(acl_port_ranges);
    WINNET_FEATURE(acl_rule_id);
    WINNET_FEATURE(api_v1);
    WINNET_FEATURE(api_v2);
    WINNET_FEATURE(remote_subnet);
    WINNET_FEATURE(host_route);
    WINNET_FEATURE(dsr);
    WINNET_FEATURE(slash32_endpoint_prefixes);
    WINNET_FEATURE(acl_support_for_protocol_252);
    WINNET_FEATURE(session_affinity);
    WINNET_FEATURE(ipv6_dual_stack);
    WINNET_FEATURE(set_policy);
    WINNET_FEATURE(vxlan_port);
    WINNET_FEATURE(l4_proxy);
    WINNET_FEATURE(l4_wfp_proxy);
    WINNET_FEATURE(tier_acl);
    WINNET_FEATURE(network_acl);
    WINNET_FEATURE(nested_ip_set);
    WINNET_FEATURE(disable_host_port);
    WINNET_FEATURE(modify_loadbalancer);
    WINNET_FEATURE(accelnet);
#undef WINNET_FEATURE
    f.def("to_json", &hns::SupportedFeatures::to_json,
          doc("winnet::hns::SupportedFeatures::to_json"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::SupportedFeatures& s) {
            std::string on;
            for (const auto& [name, value] :
                 {std::pair{"dsr", s.dsr}, std::pair{"ipv6_dual_stack", s.ipv6_dual_stack},
                  std::pair{"session_affinity", s.session_affinity},
                  std::pair{"modify_loadbalancer", s.modify_loadbalancer}}) {
                on += std::string(on.empty() ? "" : ", ") + name + "=" + (value ? "True" : "False");
            }
            return "SupportedFeatures(" + on + ", ...)";
        });

    m.def("supported_features", &hns::supported_features, py::arg("version"),
          doc("winnet::hns::supported_features"));
}

void bind_hns_errors(py::module_& m) {
    py::native_enum<hns::HResult>(m, "HResult", "enum.IntEnum", doc("winnet::hns::HResult"))
        .value("FAIL", hns::HResult::Fail, doc("winnet::hns::HResult::Fail"))
        .value("NOT_IMPLEMENTED", hns::HResult::NotImplemented,
               doc("winnet::hns::HResult::NotImplemented"))
        .value("ELEMENT_NOT_FOUND", hns::HResult::ElementNotFound,
               doc("winnet::hns::HResult::ElementNotFound"))
        .value("NETWORK_NOT_FOUND", hns::HResult::NetworkNotFound,
               doc("winnet::hns::HResult::NetworkNotFound"))
        .value("ENDPOINT_NOT_FOUND", hns::HResult::EndpointNotFound,
               doc("winnet::hns::HResult::EndpointNotFound"))
        .value("INVALID_NETWORK_TYPE", hns::HResult::InvalidNetworkType,
               doc("winnet::hns::HResult::InvalidNetworkType"))
        .value("INVALID_ENDPOINT", hns::HResult::InvalidEndpoint,
               doc("winnet::hns::HResult::InvalidEndpoint"))
        .value("NETWORK_ALREADY_EXISTS", hns::HResult::NetworkAlreadyExists,
               doc("winnet::hns::HResult::NetworkAlreadyExists"))
        .value("PORT_ALREADY_EXISTS", hns::HResult::PortAlreadyExists,
               doc("winnet::hns::HResult::PortAlreadyExists"))
        .value("MANAGER_STOPPED", hns::HResult::ManagerStopped,
               doc("winnet::hns::HResult::ManagerStopped"))
        .finalize();

    // HnsError is a winnet.Error; NotFoundError is also a LookupError, as Python's own lookups.
    auto base = py::module_::import("winnet._winnet").attr("Error");
    static py::exception<hns::HnsError> hns_error(m, "HnsError", base.ptr());
    hns_error.doc() = doc("winnet::hns::HnsError");
    static py::handle not_found = [&m] {
        py::tuple bases = py::make_tuple(hns_error, py::handle(PyExc_LookupError));
        PyObject* type =
            PyErr_NewExceptionWithDoc("winnet._winnet.hns.NotFoundError",
                                      doc("winnet::hns::NotFoundError"), bases.ptr(), nullptr);
        if (type == nullptr) {
            throw py::error_already_set();
        }
        m.add_object("NotFoundError", py::handle(type));
        return py::handle(type);
    }();
    // Registered after the generic winnet.Error translator, so it is tried first.
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) {
                std::rethrow_exception(p);
            }
        } catch (const hns::HnsError& e) {
            const auto type = dynamic_cast<const hns::NotFoundError*>(&e) != nullptr
                                  ? not_found
                                  : py::handle(hns_error.ptr());
            py::object exc = type(e.what());
            exc.attr("code") = py::cast(e.code());
            PyErr_SetObject(type.ptr(), exc.ptr());
        }
    });
}

void bind_simulator(py::module_& m) {
    py::native_enum<hns::HnsOperation> op(m, "HnsOperation", "enum.Enum",
                                          doc("winnet::hns::HnsOperation"));
    // Python name, value, C++ name (for the docstring).
    const std::tuple<const char*, hns::HnsOperation, const char*> ops[] = {
        {"GET_VERSION", hns::HnsOperation::GetVersion, "GetVersion"},
        {"LIST_NETWORKS", hns::HnsOperation::ListNetworks, "ListNetworks"},
        {"GET_NETWORK_BY_NAME", hns::HnsOperation::GetNetworkByName, "GetNetworkByName"},
        {"GET_NETWORK_BY_ID", hns::HnsOperation::GetNetworkById, "GetNetworkById"},
        {"CREATE_NETWORK", hns::HnsOperation::CreateNetwork, "CreateNetwork"},
        {"DELETE_NETWORK", hns::HnsOperation::DeleteNetwork, "DeleteNetwork"},
        {"LIST_ENDPOINTS", hns::HnsOperation::ListEndpoints, "ListEndpoints"},
        {"LIST_ENDPOINTS_OF_NETWORK", hns::HnsOperation::ListEndpointsOfNetwork,
         "ListEndpointsOfNetwork"},
        {"GET_ENDPOINT_BY_ID", hns::HnsOperation::GetEndpointById, "GetEndpointById"},
        {"GET_ENDPOINT_BY_NAME", hns::HnsOperation::GetEndpointByName, "GetEndpointByName"},
        {"CREATE_ENDPOINT", hns::HnsOperation::CreateEndpoint, "CreateEndpoint"},
        {"DELETE_ENDPOINT", hns::HnsOperation::DeleteEndpoint, "DeleteEndpoint"},
        {"LIST_LOAD_BALANCERS", hns::HnsOperation::ListLoadBalancers, "ListLoadBalancers"},
        {"GET_LOAD_BALANCER_BY_ID", hns::HnsOperation::GetLoadBalancerById, "GetLoadBalancerById"},
        {"CREATE_LOAD_BALANCER", hns::HnsOperation::CreateLoadBalancer, "CreateLoadBalancer"},
        {"UPDATE_LOAD_BALANCER", hns::HnsOperation::UpdateLoadBalancer, "UpdateLoadBalancer"},
        {"DELETE_LOAD_BALANCER", hns::HnsOperation::DeleteLoadBalancer, "DeleteLoadBalancer"},
        {"ADD_NAMESPACE_ENDPOINT", hns::HnsOperation::AddNamespaceEndpoint, "AddNamespaceEndpoint"},
        {"REMOVE_NAMESPACE_ENDPOINT", hns::HnsOperation::RemoveNamespaceEndpoint,
         "RemoveNamespaceEndpoint"},
    };
    for (const auto& [name, value, cpp_name] : ops) {
        op.value(name, value, doc(std::string("winnet::hns::HnsOperation::") + cpp_name));
    }
    op.finalize();

    py::class_<hns::HnsCall>(m, "HnsCall", doc("winnet::hns::HnsCall"))
        .def_readonly("operation", &hns::HnsCall::operation, doc("winnet::hns::HnsCall::operation"))
        .def_readonly("id", &hns::HnsCall::id, doc("winnet::hns::HnsCall::id"))
        .def_readonly("document", &hns::HnsCall::document, doc("winnet::hns::HnsCall::document"))
        .def_readonly("error", &hns::HnsCall::error, doc("winnet::hns::HnsCall::error"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::HnsCall& c) {
            return constructor_repr("HnsCall", {{"operation", py::cast(c.operation)},
                                                {"id", py::cast(c.id)},
                                                {"error", py::cast(c.error)}});
        });

    py::class_<hns::HnsState> state(m, "HnsState", doc("winnet::hns::HnsState"));
    state
        .def(py::init([](hns::HnsVersion version, std::vector<hns::Network> networks,
                         std::vector<hns::Endpoint> endpoints,
                         std::vector<hns::LoadBalancer> load_balancers) {
                 hns::HnsState s;
                 s.version = version;
                 s.networks = std::move(networks);
                 s.endpoints = std::move(endpoints);
                 s.load_balancers = std::move(load_balancers);
                 return s;
             }),
             py::kw_only(), py::arg("version") = hns::HnsVersion{15, 5},
             py::arg("networks") = std::vector<hns::Network>{},
             py::arg("endpoints") = std::vector<hns::Endpoint>{},
             py::arg("load_balancers") = std::vector<hns::LoadBalancer>{})
        .def_readwrite("version", &hns::HnsState::version, doc("winnet::hns::HnsState::version"));
    def_list_field(state, "networks", &hns::HnsState::networks,
                   doc("winnet::hns::HnsState::networks"));
    def_list_field(state, "endpoints", &hns::HnsState::endpoints,
                   doc("winnet::hns::HnsState::endpoints"));
    def_list_field(state, "load_balancers", &hns::HnsState::load_balancers,
                   doc("winnet::hns::HnsState::load_balancers"));
    state
        .def("to_json", &hns::HnsState::to_json, py::arg("style") = hns::JsonStyle::Indented,
             doc("winnet::hns::HnsState::to_json"))
        .def_static("from_json", &hns::HnsState::from_json, py::arg("json"),
                    doc("winnet::hns::HnsState::from_json"))
        .def(py::self == py::self)
        .def("__repr__", [](const hns::HnsState& s) {
            return "<HnsState " + s.version.to_string() + ": " + std::to_string(s.networks.size()) +
                   " networks, " + std::to_string(s.endpoints.size()) + " endpoints, " +
                   std::to_string(s.load_balancers.size()) + " load balancers>";
        });

    using Sim = hns::SimulatedHns;
    py::class_<Sim>(m, "SimulatedHns", doc("winnet::hns::SimulatedHns"))
        .def(py::init<hns::HnsVersion, std::uint64_t>(),
             py::arg("version") = hns::HnsVersion{15, 5}, py::arg("id_seed") = 0)
        .def(py::init<hns::HnsState, std::uint64_t>(), py::arg("state"), py::arg("id_seed") = 0)
        .def("state", &Sim::state, doc("winnet::hns::SimulatedHns::state"))
        .def("version", &Sim::version, doc("winnet::hns::HostNetworkService::version"))
        .def("supported_features", &Sim::supported_features,
             doc("winnet::hns::HostNetworkService::supported_features"))
        .def("list_networks", &Sim::list_networks,
             doc("winnet::hns::HostNetworkService::list_networks"))
        .def("get_network_by_name", &Sim::get_network_by_name, py::arg("name"),
             doc("winnet::hns::HostNetworkService::get_network_by_name"))
        .def("get_network_by_id", &Sim::get_network_by_id, py::arg("id"),
             doc("winnet::hns::HostNetworkService::get_network_by_id"))
        .def("create_network", &Sim::create_network, py::arg("network"),
             doc("winnet::hns::HostNetworkService::create_network"))
        .def("delete_network", &Sim::delete_network, py::arg("id"),
             doc("winnet::hns::HostNetworkService::delete_network"))
        .def("list_endpoints", &Sim::list_endpoints,
             doc("winnet::hns::HostNetworkService::list_endpoints"))
        .def("list_endpoints_of_network", &Sim::list_endpoints_of_network, py::arg("network_id"),
             doc("winnet::hns::HostNetworkService::list_endpoints_of_network"))
        .def("get_endpoint_by_id", &Sim::get_endpoint_by_id, py::arg("id"),
             doc("winnet::hns::HostNetworkService::get_endpoint_by_id"))
        .def("get_endpoint_by_name", &Sim::get_endpoint_by_name, py::arg("name"),
             doc("winnet::hns::HostNetworkService::get_endpoint_by_name"))
        .def("create_endpoint", &Sim::create_endpoint, py::arg("network"), py::arg("endpoint"),
             doc("winnet::hns::HostNetworkService::create_endpoint"))
        .def(
            "create_remote_endpoint",
            [](Sim& self, const hns::Network& network, hns::Endpoint endpoint) {
                return self.create_remote_endpoint(network, std::move(endpoint));
            },
            py::arg("network"), py::arg("endpoint"),
            doc("winnet::hns::HostNetworkService::create_remote_endpoint"))
        .def(
            "get_endpoint_by_ip",
            [](Sim& self, const Parsed<net::IpAddress>& ip, const hns::Network& network) {
                return self.get_endpoint_by_ip(ip.value, network);
            },
            py::arg("ip"), py::arg("network"),
            doc("winnet::hns::HostNetworkService::get_endpoint_by_ip"))
        .def("delete_endpoint", &Sim::delete_endpoint, py::arg("id"),
             doc("winnet::hns::HostNetworkService::delete_endpoint"))
        .def("list_load_balancers", &Sim::list_load_balancers,
             doc("winnet::hns::HostNetworkService::list_load_balancers"))
        .def("get_load_balancer_by_id", &Sim::get_load_balancer_by_id, py::arg("id"),
             doc("winnet::hns::HostNetworkService::get_load_balancer_by_id"))
        .def("create_load_balancer", &Sim::create_load_balancer, py::arg("load_balancer"),
             doc("winnet::hns::HostNetworkService::create_load_balancer"))
        .def("update_load_balancer", &Sim::update_load_balancer, py::arg("id"),
             py::arg("load_balancer"), doc("winnet::hns::HostNetworkService::update_load_balancer"))
        .def("delete_load_balancer", &Sim::delete_load_balancer, py::arg("id"),
             doc("winnet::hns::HostNetworkService::delete_load_balancer"))
        .def("add_namespace_endpoint", &Sim::add_namespace_endpoint, py::arg("namespace_id"),
             py::arg("endpoint_id"), doc("winnet::hns::HostNetworkService::add_namespace_endpoint"))
        .def("remove_namespace_endpoint", &Sim::remove_namespace_endpoint, py::arg("namespace_id"),
             py::arg("endpoint_id"),
             doc("winnet::hns::HostNetworkService::remove_namespace_endpoint"))
        .def_property_readonly(
            "calls", [](const Sim& self) { return as_tuple(self.calls()); },
            doc("winnet::hns::SimulatedHns::calls"))
        .def("count", &Sim::count, py::arg("operation"), doc("winnet::hns::SimulatedHns::count"))
        .def("counts", &Sim::counts, doc("winnet::hns::SimulatedHns::counts"))
        .def("clear_calls", &Sim::clear_calls, doc("winnet::hns::SimulatedHns::clear_calls"))
        .def("fail_call", &Sim::fail_call, py::arg("nth"), py::arg("code") = hns::HResult::Fail,
             doc("winnet::hns::SimulatedHns::fail_call"))
        .def("fail_operation", &Sim::fail_operation, py::arg("operation"), py::arg("code"),
             py::arg("times") = 1, doc("winnet::hns::SimulatedHns::fail_operation"))
        .def("fail_randomly", &Sim::fail_randomly, py::arg("probability"), py::arg("seed"),
             py::arg("code") = hns::HResult::Fail, doc("winnet::hns::SimulatedHns::fail_randomly"))
        .def("clear_faults", &Sim::clear_faults, doc("winnet::hns::SimulatedHns::clear_faults"))
        .def("restart", &Sim::restart, doc("winnet::hns::SimulatedHns::restart"))
        .def("set_latency", &Sim::set_latency, py::arg("operation"), py::arg("fixed"),
             py::arg("per_object") = std::chrono::microseconds{0},
             doc("winnet::hns::SimulatedHns::set_latency"))
        .def_property_readonly("elapsed", &Sim::elapsed, doc("winnet::hns::SimulatedHns::elapsed"))
        .def("__repr__", [](Sim& self) {
            const auto s = self.state();
            return "<SimulatedHns " + s.version.to_string() + ": " +
                   std::to_string(s.networks.size()) + " networks, " +
                   std::to_string(s.endpoints.size()) + " endpoints, " +
                   std::to_string(s.load_balancers.size()) + " load balancers, " +
                   std::to_string(self.calls().size()) + " calls>";
        });
}

void bind_tables(py::module_& m) {
    py::class_<hns::Table>(m, "Table", doc("winnet::hns::Table"))
        .def_readonly("header", &hns::Table::header, doc("winnet::hns::Table::header"))
        .def_readonly("rows", &hns::Table::rows, doc("winnet::hns::Table::rows"))
        .def("to_text", &hns::Table::to_text, doc("winnet::hns::Table::to_text"))
        .def("to_html", &hns::Table::to_html, doc("winnet::hns::Table::to_html"))
        .def("_repr_html_", &hns::Table::to_html)
        .def("__str__", &hns::Table::to_text)
        .def("__repr__", [](const hns::Table& t) {
            return "<Table " + std::to_string(t.header.size()) + " columns, " +
                   std::to_string(t.rows.size()) + " rows>";
        });
    m.def("network_table", &hns::network_table, py::arg("networks"),
          doc("winnet::hns::network_table"));
    m.def("endpoint_table", &hns::endpoint_table, py::arg("endpoints"),
          doc("winnet::hns::endpoint_table"));
    m.def("load_balancer_table", &hns::load_balancer_table, py::arg("load_balancers"),
          py::arg("full_ids") = false, doc("winnet::hns::load_balancer_table"));
    m.def("call_table", &hns::call_table, py::arg("calls"), py::arg("full_ids") = false,
          doc("winnet::hns::call_table"));
    m.def("render_state", &hns::render_state, py::arg("state"), py::arg("full_ids") = false,
          doc("winnet::hns::render_state"));
}

} // namespace

void bind_hns_service(py::module_& m) {
    bind_version(m);
    bind_hns_errors(m);
    bind_simulator(m);
    bind_tables(m);
}

} // namespace winnet::python
