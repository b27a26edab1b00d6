// winnet.k8s: Services, EndpointSlices, the cluster state built from them, and the kube-proxy
// configuration. List fields read as tuples and map fields (labels, annotations, feature gates)
// as read-only mappings, so an in-place edit fails loudly; assign a new list or dict instead.
#include "bindings.hpp"
#include "fields.hpp"
#include "repr.hpp"

#include <winnet/k8s/cluster_state.hpp>
#include <winnet/k8s/endpoint_slice.hpp>
#include <winnet/k8s/kube_proxy_configuration.hpp>
#include <winnet/k8s/object_meta.hpp>
#include <winnet/k8s/service.hpp>

#include <pybind11/native_enum.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace winnet::python {

namespace {

using namespace winnet::k8s;

/// A map field: read as a read-only mapping (types.MappingProxyType over a copy), written from
/// any dict.
template <class Class, class Owner, class V>
void def_map_field(Class& cls, const char* name, std::map<std::string, V> Owner::*field,
                   const char* doc_text) {
    cls.def_property(
        name,
        [field](const Owner& self) {
            return py::module_::import("types").attr("MappingProxyType")(py::cast(self.*field));
        },
        [field, where = property_name(cls, name)](Owner& self,
                                                  const Checked<std::map<std::string, V>>& value) {
            self.*field = checked(value, where, "a mapping");
        },
        doc_text);
}

template <class T> py::tuple values_of(const std::map<NamespacedName, T>& items) {
    py::tuple out(items.size());
    std::size_t i = 0;
    for (const auto& [key, value] : items) {
        out[i++] = py::cast(value);
    }
    return out;
}

void bind_enums(py::module_& m) {
    py::native_enum<ServiceType>(m, "ServiceType", "enum.Enum", doc("winnet::k8s::ServiceType"))
        .value("CLUSTER_IP", ServiceType::ClusterIP, doc("winnet::k8s::ServiceType::ClusterIP"))
        .value("NODE_PORT", ServiceType::NodePort, doc("winnet::k8s::ServiceType::NodePort"))
        .value("LOAD_BALANCER", ServiceType::LoadBalancer,
               doc("winnet::k8s::ServiceType::LoadBalancer"))
        .value("EXTERNAL_NAME", ServiceType::ExternalName,
               doc("winnet::k8s::ServiceType::ExternalName"))
        .finalize();
    py::native_enum<PortProtocol>(m, "PortProtocol", "enum.Enum", doc("winnet::k8s::PortProtocol"))
        .value("TCP", PortProtocol::TCP, doc("winnet::k8s::PortProtocol::TCP"))
        .value("UDP", PortProtocol::UDP, doc("winnet::k8s::PortProtocol::UDP"))
        .value("SCTP", PortProtocol::SCTP, doc("winnet::k8s::PortProtocol::SCTP"))
        .finalize();
    py::native_enum<SessionAffinity>(m, "SessionAffinity", "enum.Enum",
                                     doc("winnet::k8s::SessionAffinity"))
        .value("NONE", SessionAffinity::None, doc("winnet::k8s::SessionAffinity::None"))
        .value("CLIENT_IP", SessionAffinity::ClientIP,
               doc("winnet::k8s::SessionAffinity::ClientIP"))
        .finalize();
    py::native_enum<TrafficPolicy>(m, "TrafficPolicy", "enum.Enum",
                                   doc("winnet::k8s::TrafficPolicy"))
        .value("CLUSTER", TrafficPolicy::Cluster, doc("winnet::k8s::TrafficPolicy::Cluster"))
        .value("LOCAL", TrafficPolicy::Local, doc("winnet::k8s::TrafficPolicy::Local"))
        .finalize();
    py::native_enum<IpFamilyPolicy>(m, "IpFamilyPolicy", "enum.Enum",
                                    doc("winnet::k8s::IpFamilyPolicy"))
        .value("SINGLE_STACK", IpFamilyPolicy::SingleStack,
               doc("winnet::k8s::IpFamilyPolicy::SingleStack"))
        .value("PREFER_DUAL_STACK", IpFamilyPolicy::PreferDualStack,
               doc("winnet::k8s::IpFamilyPolicy::PreferDualStack"))
        .value("REQUIRE_DUAL_STACK", IpFamilyPolicy::RequireDualStack,
               doc("winnet::k8s::IpFamilyPolicy::RequireDualStack"))
        .finalize();
    py::native_enum<LoadBalancerIpMode>(m, "LoadBalancerIpMode", "enum.Enum",
                                        doc("winnet::k8s::LoadBalancerIpMode"))
        .value("VIP", LoadBalancerIpMode::VIP, doc("winnet::k8s::LoadBalancerIpMode::VIP"))
        .value("PROXY", LoadBalancerIpMode::Proxy, doc("winnet::k8s::LoadBalancerIpMode::Proxy"))
        .finalize();
    py::native_enum<AddressType>(m, "AddressType", "enum.Enum", doc("winnet::k8s::AddressType"))
        .value("IPV4", AddressType::IPv4, doc("winnet::k8s::AddressType::IPv4"))
        .value("IPV6", AddressType::IPv6, doc("winnet::k8s::AddressType::IPv6"))
        .value("FQDN", AddressType::FQDN, doc("winnet::k8s::AddressType::FQDN"))
        .finalize();
}

void bind_meta(py::module_& m) {
    Class<NamespacedName>(m, "NamespacedName", doc("winnet::k8s::NamespacedName"))
        .def(py::init([](std::string namespace_, std::string name) {
                 return NamespacedName{std::move(namespace_), std::move(name)};
             }),
             py::kw_only(), py::arg("namespace") = "", py::arg("name") = "")
        .def_readwrite("namespace", &NamespacedName::namespace_,
                       doc("winnet::k8s::NamespacedName::namespace_"))
        .def_readwrite("name", &NamespacedName::name, doc("winnet::k8s::NamespacedName::name"))
        .def("__str__", &NamespacedName::to_string, doc("winnet::k8s::NamespacedName::to_string"))
        .def(py::self == py::self)
        .def(py::self < py::self)
        .def("__hash__",
             [](const NamespacedName& self) {
                 return py::hash(py::make_tuple(self.namespace_, self.name));
             })
        .def("__repr__", [](const NamespacedName& self) {
            return constructor_repr("NamespacedName", {{"namespace", py::cast(self.namespace_)},
                                                       {"name", py::cast(self.name)}});
        });

    Class<ObjectMeta> meta(m, "ObjectMeta", doc("winnet::k8s::ObjectMeta"));
    meta.def(py::init([](std::string name, std::string namespace_,
                         std::map<std::string, std::string> labels,
                         std::map<std::string, std::string> annotations) {
                 return ObjectMeta{std::move(name), std::move(namespace_), std::move(labels),
                                   std::move(annotations)};
             }),
             py::kw_only(), py::arg("name") = "", py::arg("namespace") = "default",
             py::arg("labels") = std::map<std::string, std::string>{},
             py::arg("annotations") = std::map<std::string, std::string>{})
        .def_readwrite("name", &ObjectMeta::name, doc("winnet::k8s::ObjectMeta::name"))
        .def_readwrite("namespace", &ObjectMeta::namespace_,
                       doc("winnet::k8s::ObjectMeta::namespace_"));
    def_map_field(meta, "labels", &ObjectMeta::labels, doc("winnet::k8s::ObjectMeta::labels"));
    def_map_field(meta, "annotations", &ObjectMeta::annotations,
                  doc("winnet::k8s::ObjectMeta::annotations"));
    meta.def("key", &ObjectMeta::key, doc("winnet::k8s::ObjectMeta::key"))
        .def(py::self == py::self)
        .def("__repr__", [](const ObjectMeta& self) {
            return constructor_repr("ObjectMeta", {{"name", py::cast(self.name)},
                                                   {"namespace", py::cast(self.namespace_)},
                                                   {"labels", py::cast(self.labels)},
                                                   {"annotations", py::cast(self.annotations)}});
        });
}

void bind_service(py::module_& m) {
    Class<ServicePort>(m, "ServicePort", doc("winnet::k8s::ServicePort"))
        .def(
            py::init([](std::string name, PortProtocol protocol, const Checked<std::uint16_t>& port,
                        IntOrString target_port, const Checked<std::uint16_t>& node_port) {
                return ServicePort{std::move(name), protocol,
                                   argument(port, "ServicePort(port=...)"), std::move(target_port),
                                   argument(node_port, "ServicePort(node_port=...)")};
            }),
            py::kw_only(), py::arg("name") = "", py::arg("protocol") = PortProtocol::TCP,
            py::arg("port") = 0, py::arg("target_port") = IntOrString{std::uint16_t{0}},
            py::arg("node_port") = 0)
        .def_readwrite("name", &ServicePort::name, doc("winnet::k8s::ServicePort::name"))
        .def_readwrite("protocol", &ServicePort::protocol,
                       doc("winnet::k8s::ServicePort::protocol"))
        .def_readwrite("port", &ServicePort::port, doc("winnet::k8s::ServicePort::port"))
        .def_readwrite("target_port", &ServicePort::target_port,
                       doc("winnet::k8s::ServicePort::target_port"))
        .def_readwrite("node_port", &ServicePort::node_port,
                       doc("winnet::k8s::ServicePort::node_port"))
        .def(py::self == py::self)
        .def("__repr__", [](const ServicePort& self) {
            return constructor_repr("ServicePort", {{"name", py::cast(self.name)},
                                                    {"protocol", py::cast(self.protocol)},
                                                    {"port", py::cast(self.port)},
                                                    {"target_port", py::cast(self.target_port)},
                                                    {"node_port", py::cast(self.node_port)}});
        });

    Class<LoadBalancerIngress> ingress(m, "LoadBalancerIngress",
                                       doc("winnet::k8s::LoadBalancerIngress"));
    ingress.def(py::init([](const Checked<std::optional<Parsed<net::IpAddress>>>& ip,
                            std::string hostname, std::optional<LoadBalancerIpMode> ip_mode) {
                    return LoadBalancerIngress{unwrap(argument(ip, "LoadBalancerIngress(ip=...)")),
                                               std::move(hostname), ip_mode};
                }),
                py::kw_only(), py::arg("ip") = py::none(), py::arg("hostname") = "",
                py::arg("ip_mode") = py::none());
    def_parsed_optional(ingress, "ip", &LoadBalancerIngress::ip,
                        doc("winnet::k8s::LoadBalancerIngress::ip"));
    ingress
        .def_readwrite("hostname", &LoadBalancerIngress::hostname,
                       doc("winnet::k8s::LoadBalancerIngress::hostname"))
        .def_readwrite("ip_mode", &LoadBalancerIngress::ip_mode,
                       doc("winnet::k8s::LoadBalancerIngress::ip_mode"))
        .def(py::self == py::self)
        .def("__repr__", [](const LoadBalancerIngress& self) {
            return constructor_repr("LoadBalancerIngress", {{"ip", py::cast(self.ip)},
                                                            {"hostname", py::cast(self.hostname)},
                                                            {"ip_mode", py::cast(self.ip_mode)}});
        });

    Class<ServiceSpec> spec_cls(m, "ServiceSpec", doc("winnet::k8s::ServiceSpec"));
    spec_cls
        .def(py::init(
                 [](ServiceType type,
                    const Checked<std::vector<Parsed<net::IpAddress>>>& cluster_ips, bool headless,
                    std::vector<net::IpFamily> ip_families,
                    std::optional<IpFamilyPolicy> ip_family_policy, std::vector<ServicePort> ports,
                    const Checked<std::vector<Parsed<net::IpAddress>>>& external_ips,
                    SessionAffinity session_affinity, std::int32_t session_affinity_timeout_seconds,
                    std::optional<TrafficPolicy> external_traffic_policy,
                    std::optional<TrafficPolicy> internal_traffic_policy,
                    const Checked<std::uint16_t>& health_check_node_port,
                    std::string load_balancer_ip, std::string external_name) {
                     ServiceSpec s;
                     s.type = type;
                     s.cluster_ips = unwrap(argument(cluster_ips, "ServiceSpec(cluster_ips=...)"));
                     s.headless = headless;
                     s.ip_families = std::move(ip_families);
                     s.ip_family_policy = ip_family_policy;
                     s.ports = std::move(ports);
                     s.external_ips =
                         unwrap(argument(external_ips, "ServiceSpec(external_ips=...)"));
                     s.session_affinity = session_affinity;
                     s.session_affinity_timeout_seconds = session_affinity_timeout_seconds;
                     s.external_traffic_policy = external_traffic_policy;
                     s.internal_traffic_policy = internal_traffic_policy;
                     s.health_check_node_port = argument(health_check_node_port,
                                                         "ServiceSpec(health_check_node_port=...)");
                     s.load_balancer_ip = std::move(load_balancer_ip);
                     s.external_name = std::move(external_name);
                     return s;
                 }),
             py::kw_only(), py::arg("type") = ServiceType::ClusterIP,
             py::arg("cluster_ips") = std::vector<Parsed<net::IpAddress>>{},
             py::arg("headless") = false, py::arg("ip_families") = std::vector<net::IpFamily>{},
             py::arg("ip_family_policy") = py::none(),
             py::arg("ports") = std::vector<ServicePort>{},
             py::arg("external_ips") = std::vector<Parsed<net::IpAddress>>{},
             py::arg("session_affinity") = SessionAffinity::None,
             py::arg("session_affinity_timeout_seconds") = 0,
             py::arg("external_traffic_policy") = py::none(),
             py::arg("internal_traffic_policy") = py::none(), py::arg("health_check_node_port") = 0,
             py::arg("load_balancer_ip") = "", py::arg("external_name") = "")
        .def_readwrite("type", &ServiceSpec::type, doc("winnet::k8s::ServiceSpec::type"));
    def_parsed_list(spec_cls, "cluster_ips", &ServiceSpec::cluster_ips,
                    doc("winnet::k8s::ServiceSpec::cluster_ips"));
    spec_cls.def_readwrite("headless", &ServiceSpec::headless,
                           doc("winnet::k8s::ServiceSpec::headless"));
    def_list_field(spec_cls, "ip_families", &ServiceSpec::ip_families,
                   doc("winnet::k8s::ServiceSpec::ip_families"));
    spec_cls.def_readwrite("ip_family_policy", &ServiceSpec::ip_family_policy,
                           doc("winnet::k8s::ServiceSpec::ip_family_policy"));
    def_list_field(spec_cls, "ports", &ServiceSpec::ports, doc("winnet::k8s::ServiceSpec::ports"));
    def_parsed_list(spec_cls, "external_ips", &ServiceSpec::external_ips,
                    doc("winnet::k8s::ServiceSpec::external_ips"));
    spec_cls
        .def_readwrite("session_affinity", &ServiceSpec::session_affinity,
                       doc("winnet::k8s::ServiceSpec::session_affinity"))
        .def_readwrite("session_affinity_timeout_seconds",
                       &ServiceSpec::session_affinity_timeout_seconds,
                       doc("winnet::k8s::ServiceSpec::session_affinity_timeout_seconds"))
        .def_readwrite("external_traffic_policy", &ServiceSpec::external_traffic_policy,
                       doc("winnet::k8s::ServiceSpec::external_traffic_policy"))
        .def_readwrite("internal_traffic_policy", &ServiceSpec::internal_traffic_policy,
                       doc("winnet::k8s::ServiceSpec::internal_traffic_policy"))
        .def_readwrite("health_check_node_port", &ServiceSpec::health_check_node_port,
                       doc("winnet::k8s::ServiceSpec::health_check_node_port"))
        .def_readwrite("load_balancer_ip", &ServiceSpec::load_balancer_ip,
                       doc("winnet::k8s::ServiceSpec::load_balancer_ip"))
        .def_readwrite("external_name", &ServiceSpec::external_name,
                       doc("winnet::k8s::ServiceSpec::external_name"))
        .def(py::self == py::self)
        .def("__repr__", [](const ServiceSpec& self) {
            return constructor_repr(
                "ServiceSpec", {{"type", py::cast(self.type)},
                                {"cluster_ips", py::cast(self.cluster_ips)},
                                {"headless", py::cast(self.headless)},
                                {"ip_families", py::cast(self.ip_families)},
                                {"ip_family_policy", py::cast(self.ip_family_policy)},
                                {"ports", py::cast(self.ports)},
                                {"external_ips", py::cast(self.external_ips)},
                                {"session_affinity", py::cast(self.session_affinity)},
                                {"session_affinity_timeout_seconds",
                                 py::cast(self.session_affinity_timeout_seconds)},
                                {"external_traffic_policy", py::cast(self.external_traffic_policy)},
                                {"internal_traffic_policy", py::cast(self.internal_traffic_policy)},
                                {"health_check_node_port", py::cast(self.health_check_node_port)},
                                {"load_balancer_ip", py::cast(self.load_balancer_ip)},
                                {"external_name", py::cast(self.external_name)}});
        });

    Class<ServiceStatus> status_cls(m, "ServiceStatus", doc("winnet::k8s::ServiceStatus"));
    status_cls.def(py::init([](std::vector<LoadBalancerIngress> load_balancer_ingress) {
                       return ServiceStatus{std::move(load_balancer_ingress)};
                   }),
                   py::kw_only(),
                   py::arg("load_balancer_ingress") = std::vector<LoadBalancerIngress>{});
    def_list_field(status_cls, "load_balancer_ingress", &ServiceStatus::load_balancer_ingress,
                   doc("winnet::k8s::ServiceStatus::load_balancer_ingress"));
    status_cls.def(py::self == py::self).def("__repr__", [](const ServiceStatus& self) {
        return constructor_repr("ServiceStatus",
                                {{"load_balancer_ingress", py::cast(self.load_balancer_ingress)}});
    });

    Class<Service>(m, "Service", doc("winnet::k8s::Service"))
        .def(py::init([](ObjectMeta metadata, ServiceSpec spec, ServiceStatus status) {
                 return Service{std::move(metadata), std::move(spec), std::move(status)};
             }),
             // `spec` defaults to ServiceSpec(), shown so: its repr holds enum reprs, which are
             // not Python expressions (the stub generator rejects them).
             py::kw_only(), py::arg("metadata") = ObjectMeta{},
             py::arg_v("spec", ServiceSpec{}, "ServiceSpec()"), py::arg("status") = ServiceStatus{})
        .def_readwrite("metadata", &Service::metadata, doc("winnet::k8s::Service::metadata"))
        .def_readwrite("spec", &Service::spec, doc("winnet::k8s::Service::spec"))
        .def_readwrite("status", &Service::status, doc("winnet::k8s::Service::status"))
        .def_static("from_json", &Service::from_json, py::arg("json"),
                    doc("winnet::k8s::Service::from_json"))
        .def("cluster_ip", &Service::cluster_ip, py::arg("family"),
             doc("winnet::k8s::Service::cluster_ip"))
        .def("externally_accessible", &Service::externally_accessible,
             doc("winnet::k8s::Service::externally_accessible"))
        .def("external_policy_local", &Service::external_policy_local,
             doc("winnet::k8s::Service::external_policy_local"))
        .def("internal_policy_local", &Service::internal_policy_local,
             doc("winnet::k8s::Service::internal_policy_local"))
        .def("skipped_by_kube_proxy", &Service::skipped_by_kube_proxy,
             doc("winnet::k8s::Service::skipped_by_kube_proxy"))
        .def(py::self == py::self)
        .def("__repr__", [](const Service& self) {
            return constructor_repr("Service", {{"metadata", py::cast(self.metadata)},
                                                {"spec", py::cast(self.spec)},
                                                {"status", py::cast(self.status)}});
        });
}

void bind_endpoint_slice(py::module_& m) {
    Class<EndpointConditions>(m, "EndpointConditions", doc("winnet::k8s::EndpointConditions"))
        .def(py::init([](std::optional<bool> ready, std::optional<bool> serving,
                         std::optional<bool> terminating) {
                 return EndpointConditions{ready, serving, terminating};
             }),
             py::kw_only(), py::arg("ready") = py::none(), py::arg("serving") = py::none(),
             py::arg("terminating") = py::none())
        .def_readwrite("ready", &EndpointConditions::ready,
                       doc("winnet::k8s::EndpointConditions::ready"))
        .def_readwrite("serving", &EndpointConditions::serving,
                       doc("winnet::k8s::EndpointConditions::serving"))
        .def_readwrite("terminating", &EndpointConditions::terminating,
                       doc("winnet::k8s::EndpointConditions::terminating"))
        .def("is_ready", &EndpointConditions::is_ready,
             doc("winnet::k8s::EndpointConditions::is_ready"))
        .def("is_serving", &EndpointConditions::is_serving,
             doc("winnet::k8s::EndpointConditions::is_serving"))
        .def("is_terminating", &EndpointConditions::is_terminating,
             doc("winnet::k8s::EndpointConditions::is_terminating"))
        .def(py::self == py::self)
        .def("__repr__", [](const EndpointConditions& self) {
            return constructor_repr("EndpointConditions",
                                    {{"ready", py::cast(self.ready)},
                                     {"serving", py::cast(self.serving)},
                                     {"terminating", py::cast(self.terminating)}});
        });

    Class<Endpoint> endpoint(m, "Endpoint", doc("winnet::k8s::Endpoint"));
    endpoint.def(
        py::init([](const Checked<std::vector<Parsed<net::IpAddress>>>& addresses,
                    std::vector<std::string> fqdn_addresses, EndpointConditions conditions,
                    std::string hostname, std::string node_name, std::string zone,
                    std::vector<std::string> zone_hints, std::vector<std::string> node_hints) {
            return Endpoint{unwrap(argument(addresses, "Endpoint(addresses=...)")),
                            std::move(fqdn_addresses),
                            conditions,
                            std::move(hostname),
                            std::move(node_name),
                            std::move(zone),
                            std::move(zone_hints),
                            std::move(node_hints)};
        }),
        py::kw_only(), py::arg("addresses") = std::vector<Parsed<net::IpAddress>>{},
        py::arg("fqdn_addresses") = std::vector<std::string>{},
        py::arg("conditions") = EndpointConditions{}, py::arg("hostname") = "",
        py::arg("node_name") = "", py::arg("zone") = "",
        py::arg("zone_hints") = std::vector<std::string>{},
        py::arg("node_hints") = std::vector<std::string>{});
    def_parsed_list(endpoint, "addresses", &Endpoint::addresses,
                    doc("winnet::k8s::Endpoint::addresses"));
    def_list_field(endpoint, "fqdn_addresses", &Endpoint::fqdn_addresses,
                   doc("winnet::k8s::Endpoint::fqdn_addresses"));
    endpoint
        .def_readwrite("conditions", &Endpoint::conditions,
                       doc("winnet::k8s::Endpoint::conditions"))
        .def_readwrite("hostname", &Endpoint::hostname, doc("winnet::k8s::Endpoint::hostname"))
        .def_readwrite("node_name", &Endpoint::node_name, doc("winnet::k8s::Endpoint::node_name"))
        .def_readwrite("zone", &Endpoint::zone, doc("winnet::k8s::Endpoint::zone"));
    def_list_field(endpoint, "zone_hints", &Endpoint::zone_hints,
                   doc("winnet::k8s::Endpoint::zone_hints"));
    def_list_field(endpoint, "node_hints", &Endpoint::node_hints,
                   doc("winnet::k8s::Endpoint::node_hints"));
    endpoint.def(py::self == py::self).def("__repr__", [](const Endpoint& self) {
        return constructor_repr("Endpoint", {{"addresses", py::cast(self.addresses)},
                                             {"fqdn_addresses", py::cast(self.fqdn_addresses)},
                                             {"conditions", py::cast(self.conditions)},
                                             {"hostname", py::cast(self.hostname)},
                                             {"node_name", py::cast(self.node_name)},
                                             {"zone", py::cast(self.zone)},
                                             {"zone_hints", py::cast(self.zone_hints)},
                                             {"node_hints", py::cast(self.node_hints)}});
    });

    Class<EndpointPort>(m, "EndpointPort", doc("winnet::k8s::EndpointPort"))
        .def(py::init(
                 [](std::string name, PortProtocol protocol, const Checked<std::uint16_t>& port) {
                     return EndpointPort{std::move(name), protocol,
                                         argument(port, "EndpointPort(port=...)")};
                 }),
             py::kw_only(), py::arg("name") = "", py::arg("protocol") = PortProtocol::TCP,
             py::arg("port") = 0)
        .def_readwrite("name", &EndpointPort::name, doc("winnet::k8s::EndpointPort::name"))
        .def_readwrite("protocol", &EndpointPort::protocol,
                       doc("winnet::k8s::EndpointPort::protocol"))
        .def_readwrite("port", &EndpointPort::port, doc("winnet::k8s::EndpointPort::port"))
        .def(py::self == py::self)
        .def("__repr__", [](const EndpointPort& self) {
            return constructor_repr("EndpointPort", {{"name", py::cast(self.name)},
                                                     {"protocol", py::cast(self.protocol)},
                                                     {"port", py::cast(self.port)}});
        });

    Class<EndpointSlice> slice(m, "EndpointSlice", doc("winnet::k8s::EndpointSlice"));
    slice
        .def(py::init([](ObjectMeta metadata, AddressType address_type,
                         std::vector<Endpoint> endpoints, std::vector<EndpointPort> ports) {
                 return EndpointSlice{std::move(metadata), address_type, std::move(endpoints),
                                      std::move(ports)};
             }),
             py::kw_only(), py::arg("metadata") = ObjectMeta{},
             py::arg("address_type") = AddressType::IPv4,
             py::arg("endpoints") = std::vector<Endpoint>{},
             py::arg("ports") = std::vector<EndpointPort>{})
        .def_readwrite("metadata", &EndpointSlice::metadata,
                       doc("winnet::k8s::EndpointSlice::metadata"))
        .def_readwrite("address_type", &EndpointSlice::address_type,
                       doc("winnet::k8s::EndpointSlice::address_type"));
    def_list_field(slice, "endpoints", &EndpointSlice::endpoints,
                   doc("winnet::k8s::EndpointSlice::endpoints"));
    def_list_field(slice, "ports", &EndpointSlice::ports, doc("winnet::k8s::EndpointSlice::ports"));
    slice
        .def_static("from_json", &EndpointSlice::from_json, py::arg("json"),
                    doc("winnet::k8s::EndpointSlice::from_json"))
        .def("service", &EndpointSlice::service, doc("winnet::k8s::EndpointSlice::service"))
        .def("skipped_by_kube_proxy", &EndpointSlice::skipped_by_kube_proxy,
             doc("winnet::k8s::EndpointSlice::skipped_by_kube_proxy"))
        .def(py::self == py::self)
        .def("__repr__", [](const EndpointSlice& self) {
            return constructor_repr("EndpointSlice", {{"metadata", py::cast(self.metadata)},
                                                      {"address_type", py::cast(self.address_type)},
                                                      {"endpoints", py::cast(self.endpoints)},
                                                      {"ports", py::cast(self.ports)}});
        });
}

void bind_cluster_state(py::module_& m) {
    Class<ClusterState>(m, "ClusterState", doc("winnet::k8s::ClusterState"))
        .def(py::init<>())
        .def_static("from_json", &ClusterState::from_json, py::arg("json"),
                    doc("winnet::k8s::ClusterState::from_json"))
        .def("apply_json", &ClusterState::apply_json, py::arg("json"),
             doc("winnet::k8s::ClusterState::apply_json"))
        .def_static(
            "check_json",
            [](std::string_view json) {
                // Each problem as (JSON path, what was wrong), like winnet.JsonError's fields.
                std::vector<std::pair<std::string, std::string>> out;
                for (const auto& e : ClusterState::check_json(json)) {
                    out.emplace_back(e.path(), e.problem());
                }
                return out;
            },
            py::arg("json"), doc("winnet::k8s::ClusterState::check_json"))
        .def("set_service", &ClusterState::set_service, py::arg("service"),
             doc("winnet::k8s::ClusterState::set_service"))
        .def("remove_service", &ClusterState::remove_service, py::arg("key"),
             doc("winnet::k8s::ClusterState::remove_service"))
        .def("set_endpoint_slice", &ClusterState::set_endpoint_slice, py::arg("slice"),
             doc("winnet::k8s::ClusterState::set_endpoint_slice"))
        .def("remove_endpoint_slice", &ClusterState::remove_endpoint_slice, py::arg("key"),
             doc("winnet::k8s::ClusterState::remove_endpoint_slice"))
        .def_property_readonly(
            "services", [](const ClusterState& self) { return values_of(self.services()); },
            doc("winnet::k8s::ClusterState::services"))
        .def_property_readonly(
            "endpoint_slices",
            [](const ClusterState& self) { return values_of(self.endpoint_slices()); },
            doc("winnet::k8s::ClusterState::endpoint_slices"))
        .def(
            "find_service",
            [](const ClusterState& self, const NamespacedName& key) -> std::optional<Service> {
                const auto* found = self.find_service(key);
                return found == nullptr ? std::nullopt : std::optional<Service>(*found);
            },
            py::arg("key"), doc("winnet::k8s::ClusterState::find_service"))
        .def(
            "find_endpoint_slice",
            [](const ClusterState& self,
               const NamespacedName& key) -> std::optional<EndpointSlice> {
                const auto* found = self.find_endpoint_slice(key);
                return found == nullptr ? std::nullopt : std::optional<EndpointSlice>(*found);
            },
            py::arg("key"), doc("winnet::k8s::ClusterState::find_endpoint_slice"))
        .def(
            "endpoint_slices_of",
            [](const ClusterState& self, const NamespacedName& service) {
                py::list out;
                for (const auto* s : self.endpoint_slices_of(service)) {
                    out.append(py::cast(*s));
                }
                return py::tuple(out);
            },
            py::arg("service"), doc("winnet::k8s::ClusterState::endpoint_slices_of"))
        .def(py::self == py::self)
        .def("__repr__", [](const ClusterState& self) {
            return "ClusterState(" + std::to_string(self.services().size()) + " services, " +
                   std::to_string(self.endpoint_slices().size()) + " endpoint slices)";
        });
}

void bind_kube_proxy_configuration(py::module_& m) {
    Class<WinkernelConfiguration> w(m, "WinkernelConfiguration",
                                    doc("winnet::k8s::WinkernelConfiguration"));
    w.def(py::init([](std::string network_name,
                      const Checked<std::optional<Parsed<net::IpAddress>>>& source_vip,
                      bool enable_dsr, std::string root_hns_endpoint_name,
                      bool forward_health_check_vip) {
              return WinkernelConfiguration{
                  std::move(network_name),
                  unwrap(argument(source_vip, "WinkernelConfiguration(source_vip=...)")),
                  enable_dsr, std::move(root_hns_endpoint_name), forward_health_check_vip};
          }),
          py::kw_only(), py::arg("network_name") = "", py::arg("source_vip") = py::none(),
          py::arg("enable_dsr") = false, py::arg("root_hns_endpoint_name") = "cbr0",
          py::arg("forward_health_check_vip") = false)
        .def_readwrite("network_name", &WinkernelConfiguration::network_name,
                       doc("winnet::k8s::WinkernelConfiguration::network_name"));
    def_parsed_optional(w, "source_vip", &WinkernelConfiguration::source_vip,
                        doc("winnet::k8s::WinkernelConfiguration::source_vip"));
    w.def_readwrite("enable_dsr", &WinkernelConfiguration::enable_dsr,
                    doc("winnet::k8s::WinkernelConfiguration::enable_dsr"))
        .def_readwrite("root_hns_endpoint_name", &WinkernelConfiguration::root_hns_endpoint_name,
                       doc("winnet::k8s::WinkernelConfiguration::root_hns_endpoint_name"))
        .def_readwrite("forward_health_check_vip",
                       &WinkernelConfiguration::forward_health_check_vip,
                       doc("winnet::k8s::WinkernelConfiguration::forward_health_check_vip"))
        .def(py::self == py::self)
        .def("__repr__", [](const WinkernelConfiguration& self) {
            return constructor_repr(
                "WinkernelConfiguration",
                {{"network_name", py::cast(self.network_name)},
                 {"source_vip", py::cast(self.source_vip)},
                 {"enable_dsr", py::cast(self.enable_dsr)},
                 {"root_hns_endpoint_name", py::cast(self.root_hns_endpoint_name)},
                 {"forward_health_check_vip", py::cast(self.forward_health_check_vip)}});
        });

    Class<KubeProxyConfiguration> c(m, "KubeProxyConfiguration",
                                    doc("winnet::k8s::KubeProxyConfiguration"));
    c.def(py::init([](std::string hostname_override,
                      const Checked<Parsed<net::IpAddress>>& bind_address,
                      const Checked<std::vector<Parsed<net::IpPrefix>>>& cluster_cidrs,
                      std::string healthz_bind_address, std::string metrics_bind_address,
                      std::map<std::string, bool> feature_gates, std::string mode,
                      WinkernelConfiguration winkernel) {
              KubeProxyConfiguration k;
              k.hostname_override = std::move(hostname_override);
              k.bind_address =
                  argument(bind_address, "KubeProxyConfiguration(bind_address=...)").value;
              k.cluster_cidrs =
                  unwrap(argument(cluster_cidrs, "KubeProxyConfiguration(cluster_cidrs=...)"));
              k.healthz_bind_address = std::move(healthz_bind_address);
              k.metrics_bind_address = std::move(metrics_bind_address);
              k.feature_gates = std::move(feature_gates);
              k.mode = std::move(mode);
              k.winkernel = std::move(winkernel);
              return k;
          }),
          py::kw_only(), py::arg("hostname_override") = "",
          py::arg("bind_address") = Parsed<net::IpAddress>{net::IpAddress{}},
          py::arg("cluster_cidrs") = std::vector<Parsed<net::IpPrefix>>{},
          py::arg("healthz_bind_address") = "0.0.0.0:10256",
          py::arg("metrics_bind_address") = "127.0.0.1:10249",
          py::arg("feature_gates") = std::map<std::string, bool>{}, py::arg("mode") = "",
          py::arg("winkernel") = WinkernelConfiguration{})
        .def_readwrite("hostname_override", &KubeProxyConfiguration::hostname_override,
                       doc("winnet::k8s::KubeProxyConfiguration::hostname_override"));
    def_parsed(c, "bind_address", &KubeProxyConfiguration::bind_address,
               doc("winnet::k8s::KubeProxyConfiguration::bind_address"));
    def_parsed_list(c, "cluster_cidrs", &KubeProxyConfiguration::cluster_cidrs,
                    doc("winnet::k8s::KubeProxyConfiguration::cluster_cidrs"));
    c.def_readwrite("healthz_bind_address", &KubeProxyConfiguration::healthz_bind_address,
                    doc("winnet::k8s::KubeProxyConfiguration::healthz_bind_address"))
        .def_readwrite("metrics_bind_address", &KubeProxyConfiguration::metrics_bind_address,
                       doc("winnet::k8s::KubeProxyConfiguration::metrics_bind_address"));
    def_map_field(c, "feature_gates", &KubeProxyConfiguration::feature_gates,
                  doc("winnet::k8s::KubeProxyConfiguration::feature_gates"));
    c.def_readwrite("mode", &KubeProxyConfiguration::mode,
                    doc("winnet::k8s::KubeProxyConfiguration::mode"))
        .def_readwrite("winkernel", &KubeProxyConfiguration::winkernel,
                       doc("winnet::k8s::KubeProxyConfiguration::winkernel"))
        .def_static("from_json", &KubeProxyConfiguration::from_json, py::arg("json"),
                    doc("winnet::k8s::KubeProxyConfiguration::from_json"))
        .def("healthz_port", &KubeProxyConfiguration::healthz_port,
             doc("winnet::k8s::KubeProxyConfiguration::healthz_port"))
        .def("feature_enabled", &KubeProxyConfiguration::feature_enabled, py::arg("name"),
             doc("winnet::k8s::KubeProxyConfiguration::feature_enabled"))
        .def(py::self == py::self)
        .def("__repr__", [](const KubeProxyConfiguration& self) {
            return constructor_repr("KubeProxyConfiguration",
                                    {{"hostname_override", py::cast(self.hostname_override)},
                                     {"bind_address", py::cast(self.bind_address)},
                                     {"cluster_cidrs", py::cast(self.cluster_cidrs)},
                                     {"healthz_bind_address", py::cast(self.healthz_bind_address)},
                                     {"metrics_bind_address", py::cast(self.metrics_bind_address)},
                                     {"feature_gates", py::cast(self.feature_gates)},
                                     {"mode", py::cast(self.mode)},
                                     {"winkernel", py::cast(self.winkernel)}});
        });
}

} // namespace

void bind_k8s(py::module_& m) {
    bind_enums(m);
    bind_meta(m);
    bind_service(m);
    bind_endpoint_slice(m);
    bind_cluster_state(m);
    bind_kube_proxy_configuration(m);
}

} // namespace winnet::python
