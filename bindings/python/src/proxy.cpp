// winnet.proxy: the Windows kube-proxy port. The records it keeps (ServiceInfo, EndpointInfo,
// NetworkInfo), the load balancers it asks for, its HNS seam (ProxyHns), the Proxier itself and
// plan(). Objects that work through an HNS (ProxyHns, Proxier) keep their SimulatedHns alive.
#include "bindings.hpp"
#include "fields.hpp"
#include "net_args.hpp"
#include "repr.hpp"

#include <winnet/hns/simulated_hns.hpp>
#include <winnet/proxy/endpoint_info.hpp>
#include <winnet/proxy/load_balancer_identity.hpp>
#include <winnet/proxy/network_info.hpp>
#include <winnet/proxy/plan.hpp>
#include <winnet/proxy/proxier.hpp>
#include <winnet/proxy/proxy_hns.hpp>
#include <winnet/proxy/service_info.hpp>
#include <winnet/proxy/service_port_name.hpp>

#include <pybind11/native_enum.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace winnet::python {

namespace {

using namespace winnet::proxy;

py::bytes hash_bytes(const EndpointsHash& hash) {
    return {reinterpret_cast<const char*>(hash.data()), hash.size()};
}

EndpointsHash hash_from(const py::bytes& value) {
    const auto text = static_cast<std::string>(value);
    EndpointsHash hash{};
    if (text.size() != hash.size()) {
        throw py::value_error("endpoints: expected 20 bytes (a SHA-1 digest), got " +
                              std::to_string(text.size()));
    }
    std::copy(text.begin(), text.end(), hash.begin());
    return hash;
}

// A map as a dict whose values are tuples (the backends of each Service port).
py::dict endpoints_dict(const EndpointsMap& map) {
    py::dict out;
    for (const auto& [name, endpoints] : map) {
        out[py::cast(name)] = as_tuple(endpoints);
    }
    return out;
}

std::string family_text(net::IpFamily family) {
    return family == net::IpFamily::IPv4 ? "IPv4" : "IPv6";
}

void bind_service_port_name(py::module_& m) {
    Class<ServicePortName>(m, "ServicePortName", doc("winnet::proxy::ServicePortName"))
        .def(
            py::init([](k8s::NamespacedName service, std::string port, k8s::PortProtocol protocol) {
                return ServicePortName{std::move(service), std::move(port), protocol};
            }),
            py::kw_only(), py::arg("service") = k8s::NamespacedName{}, py::arg("port") = "",
            py::arg("protocol") = k8s::PortProtocol::TCP)
        .def_readwrite("service", &ServicePortName::service,
                       doc("winnet::proxy::ServicePortName::service"))
        .def_readwrite("port", &ServicePortName::port, doc("winnet::proxy::ServicePortName::port"))
        .def_readwrite("protocol", &ServicePortName::protocol,
                       doc("winnet::proxy::ServicePortName::protocol"))
        .def("to_string", &ServicePortName::to_string,
             doc("winnet::proxy::ServicePortName::to_string"))
        .def("__str__", &ServicePortName::to_string)
        .def(py::self == py::self)
        .def(py::self < py::self)
        .def(py::self <= py::self)
        .def(py::self > py::self)
        .def(py::self >= py::self)
        .def("__hash__",
             [](const ServicePortName& self) {
                 return py::hash(py::make_tuple(self.service.namespace_, self.service.name,
                                                self.port, static_cast<int>(self.protocol)));
             })
        .def("__repr__", [](const ServicePortName& self) {
            return constructor_repr("ServicePortName", {{"service", py::cast(self.service)},
                                                        {"port", py::cast(self.port)},
                                                        {"protocol", py::cast(self.protocol)}});
        });
}

void bind_endpoint_info(py::module_& m) {
    Class<EndpointInfo> e(m, "EndpointInfo", doc("winnet::proxy::EndpointInfo"));
    e.def(py::init([](const Checked<Parsed<net::IpAddress>>& ip, const Checked<std::uint16_t>& port,
                      bool is_local, std::string mac_address, std::string hns_id,
                      bool holds_reference,
                      const Checked<std::optional<Parsed<net::IpAddress>>>& provider_address,
                      bool ready, bool serving, bool terminating) {
              EndpointInfo x;
              x.ip = argument(ip, "EndpointInfo(ip=...)").value;
              x.port = argument(port, "EndpointInfo(port=...)");
              x.is_local = is_local;
              x.mac_address = std::move(mac_address);
              x.hns_id = std::move(hns_id);
              x.holds_reference = holds_reference;
              x.provider_address =
                  unwrap(argument(provider_address, "EndpointInfo(provider_address=...)"));
              x.ready = ready;
              x.serving = serving;
              x.terminating = terminating;
              return x;
          }),
          py::kw_only(), py::arg("ip") = net::IpAddress{}, py::arg("port") = 0,
          py::arg("is_local") = false, py::arg("mac_address") = "", py::arg("hns_id") = "",
          py::arg("holds_reference") = false, py::arg("provider_address") = py::none(),
          py::arg("ready") = true, py::arg("serving") = true, py::arg("terminating") = false);
    def_parsed(e, "ip", &EndpointInfo::ip, doc("winnet::proxy::EndpointInfo::ip"));
    e.def_readwrite("port", &EndpointInfo::port, doc("winnet::proxy::EndpointInfo::port"))
        .def_readwrite("is_local", &EndpointInfo::is_local,
                       doc("winnet::proxy::EndpointInfo::is_local"))
        .def_readwrite("mac_address", &EndpointInfo::mac_address,
                       doc("winnet::proxy::EndpointInfo::mac_address"))
        .def_readwrite("hns_id", &EndpointInfo::hns_id, doc("winnet::proxy::EndpointInfo::hns_id"))
        .def_readwrite("holds_reference", &EndpointInfo::holds_reference,
                       doc("winnet::proxy::EndpointInfo::holds_reference"));
    def_parsed_optional(e, "provider_address", &EndpointInfo::provider_address,
                        doc("winnet::proxy::EndpointInfo::provider_address"));
    e.def_readwrite("ready", &EndpointInfo::ready, doc("winnet::proxy::EndpointInfo::ready"))
        .def_readwrite("serving", &EndpointInfo::serving,
                       doc("winnet::proxy::EndpointInfo::serving"))
        .def_readwrite("terminating", &EndpointInfo::terminating,
                       doc("winnet::proxy::EndpointInfo::terminating"))
        .def("to_string", &EndpointInfo::to_string, doc("winnet::proxy::EndpointInfo::to_string"))
        .def("same_spec", &EndpointInfo::same_spec, py::arg("other"),
             doc("winnet::proxy::EndpointInfo::same_spec"))
        .def("__str__", &EndpointInfo::to_string)
        .def(py::self == py::self)
        .def("__repr__", [](const EndpointInfo& x) {
            return constructor_repr("EndpointInfo",
                                    {{"ip", py::cast(x.ip)},
                                     {"port", py::cast(x.port)},
                                     {"is_local", py::cast(x.is_local)},
                                     {"mac_address", py::cast(x.mac_address)},
                                     {"hns_id", py::cast(x.hns_id)},
                                     {"holds_reference", py::cast(x.holds_reference)},
                                     {"provider_address", py::cast(x.provider_address)},
                                     {"ready", py::cast(x.ready)},
                                     {"serving", py::cast(x.serving)},
                                     {"terminating", py::cast(x.terminating)}});
        });

    m.def(
        "endpoint_infos",
        [](const k8s::NamespacedName& service, const std::vector<k8s::EndpointSlice>& slices,
           const std::string& node_name, net::IpFamily family) {
            std::vector<const k8s::EndpointSlice*> pointers;
            pointers.reserve(slices.size());
            for (const auto& s : slices) {
                pointers.push_back(&s);
            }
            return endpoints_dict(endpoint_infos(service, pointers, node_name, family));
        },
        py::arg("service"), py::arg("slices"), py::arg("node_name"), py::arg("family"),
        doc("winnet::proxy::endpoint_infos"));
}

void bind_service_info(py::module_& m) {
    Class<ExternalIpInfo> ext(m, "ExternalIpInfo", doc("winnet::proxy::ExternalIpInfo"));
    ext.def(
        py::init([](const Checked<Parsed<net::IpAddress>>& ip, std::string hns_id) {
            return ExternalIpInfo{argument(ip, "ExternalIpInfo(ip=...)").value, std::move(hns_id)};
        }),
        py::kw_only(), py::arg("ip") = net::IpAddress{}, py::arg("hns_id") = "");
    def_parsed(ext, "ip", &ExternalIpInfo::ip, doc("winnet::proxy::ExternalIpInfo::ip"));
    ext.def_readwrite("hns_id", &ExternalIpInfo::hns_id,
                      doc("winnet::proxy::ExternalIpInfo::hns_id"))
        .def(py::self == py::self)
        .def("__repr__", [](const ExternalIpInfo& x) {
            return constructor_repr("ExternalIpInfo",
                                    {{"ip", py::cast(x.ip)}, {"hns_id", py::cast(x.hns_id)}});
        });

    Class<LoadBalancerIngressInfo> ing(m, "LoadBalancerIngressInfo",
                                       doc("winnet::proxy::LoadBalancerIngressInfo"));
    ing.def(py::init([](const Checked<Parsed<net::IpAddress>>& ip, std::string hns_id,
                        std::string health_check_hns_id) {
                return LoadBalancerIngressInfo{
                    argument(ip, "LoadBalancerIngressInfo(ip=...)").value, std::move(hns_id),
                    std::move(health_check_hns_id)};
            }),
            py::kw_only(), py::arg("ip") = net::IpAddress{}, py::arg("hns_id") = "",
            py::arg("health_check_hns_id") = "");
    def_parsed(ing, "ip", &LoadBalancerIngressInfo::ip,
               doc("winnet::proxy::LoadBalancerIngressInfo::ip"));
    ing.def_readwrite("hns_id", &LoadBalancerIngressInfo::hns_id,
                      doc("winnet::proxy::LoadBalancerIngressInfo::hns_id"))
        .def_readwrite("health_check_hns_id", &LoadBalancerIngressInfo::health_check_hns_id,
                       doc("winnet::proxy::LoadBalancerIngressInfo::health_check_hns_id"))
        .def(py::self == py::self)
        .def("__repr__", [](const LoadBalancerIngressInfo& x) {
            return constructor_repr("LoadBalancerIngressInfo",
                                    {{"ip", py::cast(x.ip)},
                                     {"hns_id", py::cast(x.hns_id)},
                                     {"health_check_hns_id", py::cast(x.health_check_hns_id)}});
        });

    Class<ServiceInfo> s(m, "ServiceInfo", doc("winnet::proxy::ServiceInfo"));
    s.def(py::init(
              [](ServicePortName name, const Checked<Parsed<net::IpAddress>>& cluster_ip,
                 const Checked<std::uint16_t>& port, k8s::PortProtocol protocol,
                 const Checked<std::uint16_t>& node_port, const Checked<std::uint16_t>& target_port,
                 k8s::SessionAffinity session_affinity,
                 const Checked<std::int32_t>& sticky_max_age_seconds,
                 const Checked<std::uint16_t>& health_check_node_port,
                 std::vector<ExternalIpInfo> external_ips,
                 std::vector<LoadBalancerIngressInfo> load_balancer_ingress_ips, std::string hns_id,
                 std::string node_port_hns_id, bool policy_applied,
                 std::optional<EndpointInfo> remote_endpoint, bool preserve_dip,
                 bool local_traffic_dsr, bool internal_traffic_local, bool win_proxy_optimization) {
                  ServiceInfo x;
                  x.name = std::move(name);
                  x.cluster_ip = argument(cluster_ip, "ServiceInfo(cluster_ip=...)").value;
                  x.port = argument(port, "ServiceInfo(port=...)");
                  x.protocol = protocol;
                  x.node_port = argument(node_port, "ServiceInfo(node_port=...)");
                  x.target_port = argument(target_port, "ServiceInfo(target_port=...)");
                  x.session_affinity = session_affinity;
                  x.sticky_max_age_seconds =
                      argument(sticky_max_age_seconds, "ServiceInfo(sticky_max_age_seconds=...)");
                  x.health_check_node_port =
                      argument(health_check_node_port, "ServiceInfo(health_check_node_port=...)");
                  x.external_ips = std::move(external_ips);
                  x.load_balancer_ingress_ips = std::move(load_balancer_ingress_ips);
                  x.hns_id = std::move(hns_id);
                  x.node_port_hns_id = std::move(node_port_hns_id);
                  x.policy_applied = policy_applied;
                  x.remote_endpoint = std::move(remote_endpoint);
                  x.preserve_dip = preserve_dip;
                  x.local_traffic_dsr = local_traffic_dsr;
                  x.internal_traffic_local = internal_traffic_local;
                  x.win_proxy_optimization = win_proxy_optimization;
                  return x;
              }),
          py::kw_only(), py::arg_v("name", ServicePortName{}, "ServicePortName()"),
          py::arg("cluster_ip") = net::IpAddress{}, py::arg("port") = 0,
          py::arg("protocol") = k8s::PortProtocol::TCP, py::arg("node_port") = 0,
          py::arg("target_port") = 0, py::arg("session_affinity") = k8s::SessionAffinity::None,
          py::arg("sticky_max_age_seconds") = 0, py::arg("health_check_node_port") = 0,
          py::arg("external_ips") = std::vector<ExternalIpInfo>{},
          py::arg("load_balancer_ingress_ips") = std::vector<LoadBalancerIngressInfo>{},
          py::arg("hns_id") = "", py::arg("node_port_hns_id") = "",
          py::arg("policy_applied") = false, py::arg("remote_endpoint") = py::none(),
          py::arg("preserve_dip") = false, py::arg("local_traffic_dsr") = false,
          py::arg("internal_traffic_local") = false, py::arg("win_proxy_optimization") = true)
        .def_readwrite("name", &ServiceInfo::name, doc("winnet::proxy::ServiceInfo::name"));
    def_parsed(s, "cluster_ip", &ServiceInfo::cluster_ip,
               doc("winnet::proxy::ServiceInfo::cluster_ip"));
    s.def_readwrite("port", &ServiceInfo::port, doc("winnet::proxy::ServiceInfo::port"))
        .def_readwrite("protocol", &ServiceInfo::protocol,
                       doc("winnet::proxy::ServiceInfo::protocol"))
        .def_readwrite("node_port", &ServiceInfo::node_port,
                       doc("winnet::proxy::ServiceInfo::node_port"))
        .def_readwrite("target_port", &ServiceInfo::target_port,
                       doc("winnet::proxy::ServiceInfo::target_port"))
        .def_readwrite("session_affinity", &ServiceInfo::session_affinity,
                       doc("winnet::proxy::ServiceInfo::session_affinity"))
        .def_readwrite("sticky_max_age_seconds", &ServiceInfo::sticky_max_age_seconds,
                       doc("winnet::proxy::ServiceInfo::sticky_max_age_seconds"))
        .def_readwrite("health_check_node_port", &ServiceInfo::health_check_node_port,
                       doc("winnet::proxy::ServiceInfo::health_check_node_port"));
    def_list_field(s, "external_ips", &ServiceInfo::external_ips,
                   doc("winnet::proxy::ServiceInfo::external_ips"));
    def_list_field(s, "load_balancer_ingress_ips", &ServiceInfo::load_balancer_ingress_ips,
                   doc("winnet::proxy::ServiceInfo::load_balancer_ingress_ips"));
    s.def_readwrite("hns_id", &ServiceInfo::hns_id, doc("winnet::proxy::ServiceInfo::hns_id"))
        .def_readwrite("node_port_hns_id", &ServiceInfo::node_port_hns_id,
                       doc("winnet::proxy::ServiceInfo::node_port_hns_id"))
        .def_readwrite("policy_applied", &ServiceInfo::policy_applied,
                       doc("winnet::proxy::ServiceInfo::policy_applied"))
        .def_readwrite("remote_endpoint", &ServiceInfo::remote_endpoint,
                       doc("winnet::proxy::ServiceInfo::remote_endpoint"))
        .def_readwrite("preserve_dip", &ServiceInfo::preserve_dip,
                       doc("winnet::proxy::ServiceInfo::preserve_dip"))
        .def_readwrite("local_traffic_dsr", &ServiceInfo::local_traffic_dsr,
                       doc("winnet::proxy::ServiceInfo::local_traffic_dsr"))
        .def_readwrite("internal_traffic_local", &ServiceInfo::internal_traffic_local,
                       doc("winnet::proxy::ServiceInfo::internal_traffic_local"))
        .def_readwrite("win_proxy_optimization", &ServiceInfo::win_proxy_optimization,
                       doc("winnet::proxy::ServiceInfo::win_proxy_optimization"))
        .def("same_spec", &ServiceInfo::same_spec, py::arg("other"),
             doc("winnet::proxy::ServiceInfo::same_spec"))
        .def(py::self == py::self)
        .def("__repr__", [](const ServiceInfo& x) {
            return constructor_repr(
                "ServiceInfo",
                {{"name", py::cast(x.name)},
                 {"cluster_ip", py::cast(x.cluster_ip)},
                 {"port", py::cast(x.port)},
                 {"protocol", py::cast(x.protocol)},
                 {"node_port", py::cast(x.node_port)},
                 {"target_port", py::cast(x.target_port)},
                 {"session_affinity", py::cast(x.session_affinity)},
                 {"sticky_max_age_seconds", py::cast(x.sticky_max_age_seconds)},
                 {"health_check_node_port", py::cast(x.health_check_node_port)},
                 {"external_ips", as_tuple(x.external_ips)},
                 {"load_balancer_ingress_ips", as_tuple(x.load_balancer_ingress_ips)},
                 {"hns_id", py::cast(x.hns_id)},
                 {"node_port_hns_id", py::cast(x.node_port_hns_id)},
                 {"policy_applied", py::cast(x.policy_applied)},
                 {"remote_endpoint", py::cast(x.remote_endpoint)},
                 {"preserve_dip", py::cast(x.preserve_dip)},
                 {"local_traffic_dsr", py::cast(x.local_traffic_dsr)},
                 {"internal_traffic_local", py::cast(x.internal_traffic_local)},
                 {"win_proxy_optimization", py::cast(x.win_proxy_optimization)}});
        });

    m.def(
        "service_infos",
        [](const k8s::Service& service, net::IpFamily family, bool dsr_supported) {
            return as_tuple(service_infos(service, family, dsr_supported));
        },
        py::arg("service"), py::arg("family"), py::arg("dsr_supported"),
        doc("winnet::proxy::service_infos"));
}

void bind_load_balancers(py::module_& m) {
    py::native_enum<LoadBalancerKind>(m, "LoadBalancerKind", "enum.Enum",
                                      doc("winnet::proxy::LoadBalancerKind"))
        .value("CLUSTER_IP", LoadBalancerKind::ClusterIP,
               doc("winnet::proxy::LoadBalancerKind::ClusterIP"))
        .value("NODE_PORT", LoadBalancerKind::NodePort,
               doc("winnet::proxy::LoadBalancerKind::NodePort"))
        .value("EXTERNAL_IP", LoadBalancerKind::ExternalIP,
               doc("winnet::proxy::LoadBalancerKind::ExternalIP"))
        .value("INGRESS_IP", LoadBalancerKind::IngressIP,
               doc("winnet::proxy::LoadBalancerKind::IngressIP"))
        .value("HEALTH_CHECK", LoadBalancerKind::HealthCheck,
               doc("winnet::proxy::LoadBalancerKind::HealthCheck"))
        .finalize();

    m.def("to_hns_protocol", &to_hns_protocol, py::arg("protocol"),
          doc("winnet::proxy::to_hns_protocol"));

    using Flags = LoadBalancerPolicyFlags;
    Class<Flags>(m, "LoadBalancerPolicyFlags", doc("winnet::proxy::LoadBalancerPolicyFlags"))
        .def(py::init([](bool is_ilb, bool is_dsr, bool is_vip_external_ip, bool local_routed_vip,
                         bool use_mux, bool preserve_dip, bool session_affinity, bool is_ipv6) {
                 return Flags{is_ilb,  is_dsr,       is_vip_external_ip, local_routed_vip,
                              use_mux, preserve_dip, session_affinity,   is_ipv6};
             }),
             py::kw_only(), py::arg("is_ilb") = false, py::arg("is_dsr") = false,
             py::arg("is_vip_external_ip") = false, py::arg("local_routed_vip") = false,
             py::arg("use_mux") = false, py::arg("preserve_dip") = false,
             py::arg("session_affinity") = false, py::arg("is_ipv6") = false)
        .def_readwrite("is_ilb", &Flags::is_ilb,
                       doc("winnet::proxy::LoadBalancerPolicyFlags::is_ilb"))
        .def_readwrite("is_dsr", &Flags::is_dsr,
                       doc("winnet::proxy::LoadBalancerPolicyFlags::is_dsr"))
        .def_readwrite("is_vip_external_ip", &Flags::is_vip_external_ip,
                       doc("winnet::proxy::LoadBalancerPolicyFlags::is_vip_external_ip"))
        .def_readwrite("local_routed_vip", &Flags::local_routed_vip,
                       doc("winnet::proxy::LoadBalancerPolicyFlags::local_routed_vip"))
        .def_readwrite("use_mux", &Flags::use_mux,
                       doc("winnet::proxy::LoadBalancerPolicyFlags::use_mux"))
        .def_readwrite("preserve_dip", &Flags::preserve_dip,
                       doc("winnet::proxy::LoadBalancerPolicyFlags::preserve_dip"))
        .def_readwrite("session_affinity", &Flags::session_affinity,
                       doc("winnet::proxy::LoadBalancerPolicyFlags::session_affinity"))
        .def_readwrite("is_ipv6", &Flags::is_ipv6,
                       doc("winnet::proxy::LoadBalancerPolicyFlags::is_ipv6"))
        .def("load_balancer_flags", &Flags::load_balancer_flags,
             doc("winnet::proxy::LoadBalancerPolicyFlags::load_balancer_flags"))
        .def("port_mapping_flags", &Flags::port_mapping_flags,
             doc("winnet::proxy::LoadBalancerPolicyFlags::port_mapping_flags"))
        .def("distribution", &Flags::distribution,
             doc("winnet::proxy::LoadBalancerPolicyFlags::distribution"))
        .def(py::self == py::self)
        .def("__repr__", [](const Flags& x) {
            return constructor_repr("LoadBalancerPolicyFlags",
                                    {{"is_ilb", py::cast(x.is_ilb)},
                                     {"is_dsr", py::cast(x.is_dsr)},
                                     {"is_vip_external_ip", py::cast(x.is_vip_external_ip)},
                                     {"local_routed_vip", py::cast(x.local_routed_vip)},
                                     {"use_mux", py::cast(x.use_mux)},
                                     {"preserve_dip", py::cast(x.preserve_dip)},
                                     {"session_affinity", py::cast(x.session_affinity)},
                                     {"is_ipv6", py::cast(x.is_ipv6)}});
        });

    m.def(
        "endpoints_hash",
        [](const std::vector<std::string>& ids) { return hash_bytes(endpoints_hash(ids)); },
        py::arg("ids"), doc("winnet::proxy::endpoints_hash"));

    using Identity = LoadBalancerIdentity;
    Class<Identity> id(m, "LoadBalancerIdentity", doc("winnet::proxy::LoadBalancerIdentity"));
    id.def(py::init([](hns::Protocol protocol, const Checked<std::uint16_t>& internal_port,
                       const Checked<std::uint16_t>& external_port,
                       const Checked<std::optional<Parsed<net::IpAddress>>>& vip,
                       const std::optional<py::bytes>& endpoints) {
               return Identity{protocol,
                               argument(internal_port, "LoadBalancerIdentity(internal_port=...)"),
                               argument(external_port, "LoadBalancerIdentity(external_port=...)"),
                               unwrap(argument(vip, "LoadBalancerIdentity(vip=...)")),
                               endpoints ? hash_from(*endpoints) : EndpointsHash{}};
           }),
           py::kw_only(), py::arg("protocol") = hns::Protocol::Unspecified,
           py::arg("internal_port") = 0, py::arg("external_port") = 0, py::arg("vip") = py::none(),
           py::arg("endpoints") = py::none())
        .def_readwrite("protocol", &Identity::protocol,
                       doc("winnet::proxy::LoadBalancerIdentity::protocol"))
        .def_readwrite("internal_port", &Identity::internal_port,
                       doc("winnet::proxy::LoadBalancerIdentity::internal_port"))
        .def_readwrite("external_port", &Identity::external_port,
                       doc("winnet::proxy::LoadBalancerIdentity::external_port"));
    def_parsed_optional(id, "vip", &Identity::vip, doc("winnet::proxy::LoadBalancerIdentity::vip"));
    id.def_property(
          "endpoints", [](const Identity& self) { return hash_bytes(self.endpoints); },
          [](Identity& self, const py::bytes& value) { self.endpoints = hash_from(value); },
          doc("winnet::proxy::LoadBalancerIdentity::endpoints"))
        .def_static("of", &Identity::of, py::arg("load_balancer"),
                    doc("winnet::proxy::LoadBalancerIdentity::of"))
        .def(py::self == py::self)
        .def("__hash__", [](const Identity& self) { return LoadBalancerIdentityHash{}(self); })
        .def("__repr__", [](const Identity& x) {
            return constructor_repr("LoadBalancerIdentity",
                                    {{"protocol", py::cast(x.protocol)},
                                     {"internal_port", py::cast(x.internal_port)},
                                     {"external_port", py::cast(x.external_port)},
                                     {"vip", py::cast(x.vip)},
                                     {"endpoints", hash_bytes(x.endpoints)}});
        });

    using Request = LoadBalancerRequest;
    Class<Request> r(m, "LoadBalancerRequest", doc("winnet::proxy::LoadBalancerRequest"));
    r.def(py::init([](LoadBalancerKind kind, std::vector<std::string> endpoints,
                      const Checked<std::optional<Parsed<net::IpAddress>>>& source_vip,
                      const Checked<std::optional<Parsed<net::IpAddress>>>& vip, Flags flags,
                      hns::Protocol protocol, const Checked<std::uint16_t>& internal_port,
                      const Checked<std::uint16_t>& external_port) {
              return Request{kind,
                             std::move(endpoints),
                             unwrap(argument(source_vip, "LoadBalancerRequest(source_vip=...)")),
                             unwrap(argument(vip, "LoadBalancerRequest(vip=...)")),
                             flags,
                             protocol,
                             argument(internal_port, "LoadBalancerRequest(internal_port=...)"),
                             argument(external_port, "LoadBalancerRequest(external_port=...)")};
          }),
          py::kw_only(), py::arg("kind") = LoadBalancerKind::ClusterIP,
          py::arg("endpoints") = std::vector<std::string>{}, py::arg("source_vip") = py::none(),
          py::arg("vip") = py::none(), py::arg_v("flags", Flags{}, "LoadBalancerPolicyFlags()"),
          py::arg("protocol") = hns::Protocol::Unspecified, py::arg("internal_port") = 0,
          py::arg("external_port") = 0)
        .def_readwrite("kind", &Request::kind, doc("winnet::proxy::LoadBalancerRequest::kind"));
    def_list_field(r, "endpoints", &Request::endpoints,
                   doc("winnet::proxy::LoadBalancerRequest::endpoints"));
    def_parsed_optional(r, "source_vip", &Request::source_vip,
                        doc("winnet::proxy::LoadBalancerRequest::source_vip"));
    def_parsed_optional(r, "vip", &Request::vip, doc("winnet::proxy::LoadBalancerRequest::vip"));
    r.def_readwrite("flags", &Request::flags, doc("winnet::proxy::LoadBalancerRequest::flags"))
        .def_readwrite("protocol", &Request::protocol,
                       doc("winnet::proxy::LoadBalancerRequest::protocol"))
        .def_readwrite("internal_port", &Request::internal_port,
                       doc("winnet::proxy::LoadBalancerRequest::internal_port"))
        .def_readwrite("external_port", &Request::external_port,
                       doc("winnet::proxy::LoadBalancerRequest::external_port"))
        .def("identity", &Request::identity, doc("winnet::proxy::LoadBalancerRequest::identity"))
        .def("to_hns", &Request::to_hns, doc("winnet::proxy::LoadBalancerRequest::to_hns"))
        .def(py::self == py::self)
        .def("__repr__", [](const Request& x) {
            return constructor_repr("LoadBalancerRequest",
                                    {{"kind", py::cast(x.kind)},
                                     {"endpoints", as_tuple(x.endpoints)},
                                     {"source_vip", py::cast(x.source_vip)},
                                     {"vip", py::cast(x.vip)},
                                     {"flags", py::cast(x.flags)},
                                     {"protocol", py::cast(x.protocol)},
                                     {"internal_port", py::cast(x.internal_port)},
                                     {"external_port", py::cast(x.external_port)}});
        });
}

void bind_network_info(py::module_& m) {
    Class<RemoteSubnetInfo> rs(m, "RemoteSubnetInfo", doc("winnet::proxy::RemoteSubnetInfo"));
    rs.def(py::init([](const Checked<Parsed<net::IpPrefix>>& destination_prefix,
                       const Checked<std::uint16_t>& isolation_id,
                       const Checked<Parsed<net::IpAddress>>& provider_address,
                       std::string dr_mac_address) {
               return RemoteSubnetInfo{
                   argument(destination_prefix, "RemoteSubnetInfo(destination_prefix=...)").value,
                   argument(isolation_id, "RemoteSubnetInfo(isolation_id=...)"),
                   argument(provider_address, "RemoteSubnetInfo(provider_address=...)").value,
                   std::move(dr_mac_address)};
           }),
           py::kw_only(), py::arg("destination_prefix") = net::IpPrefix{},
           py::arg("isolation_id") = 0, py::arg("provider_address") = net::IpAddress{},
           py::arg("dr_mac_address") = "");
    def_parsed(rs, "destination_prefix", &RemoteSubnetInfo::destination_prefix,
               doc("winnet::proxy::RemoteSubnetInfo::destination_prefix"));
    rs.def_readwrite("isolation_id", &RemoteSubnetInfo::isolation_id,
                     doc("winnet::proxy::RemoteSubnetInfo::isolation_id"));
    def_parsed(rs, "provider_address", &RemoteSubnetInfo::provider_address,
               doc("winnet::proxy::RemoteSubnetInfo::provider_address"));
    rs.def_readwrite("dr_mac_address", &RemoteSubnetInfo::dr_mac_address,
                     doc("winnet::proxy::RemoteSubnetInfo::dr_mac_address"))
        .def(py::self == py::self)
        .def("__repr__", [](const RemoteSubnetInfo& x) {
            return constructor_repr("RemoteSubnetInfo",
                                    {{"destination_prefix", py::cast(x.destination_prefix)},
                                     {"isolation_id", py::cast(x.isolation_id)},
                                     {"provider_address", py::cast(x.provider_address)},
                                     {"dr_mac_address", py::cast(x.dr_mac_address)}});
        });

    Class<NetworkInfo> n(m, "NetworkInfo", doc("winnet::proxy::NetworkInfo"));
    n.def(py::init([](std::string name, std::string id, std::string network_type,
                      std::vector<RemoteSubnetInfo> remote_subnets) {
              return NetworkInfo{std::move(name), std::move(id), std::move(network_type),
                                 std::move(remote_subnets)};
          }),
          py::kw_only(), py::arg("name") = "", py::arg("id") = "", py::arg("network_type") = "",
          py::arg("remote_subnets") = std::vector<RemoteSubnetInfo>{})
        .def_readwrite("name", &NetworkInfo::name, doc("winnet::proxy::NetworkInfo::name"))
        .def_readwrite("id", &NetworkInfo::id, doc("winnet::proxy::NetworkInfo::id"))
        .def_readwrite("network_type", &NetworkInfo::network_type,
                       doc("winnet::proxy::NetworkInfo::network_type"));
    def_list_field(n, "remote_subnets", &NetworkInfo::remote_subnets,
                   doc("winnet::proxy::NetworkInfo::remote_subnets"));
    n.def_static("of", &NetworkInfo::of, py::arg("network"), doc("winnet::proxy::NetworkInfo::of"))
        .def("is_overlay", &NetworkInfo::is_overlay, doc("winnet::proxy::NetworkInfo::is_overlay"))
        .def(
            "find_remote_subnet_provider_address",
            [](const NetworkInfo& self, const Parsed<net::IpAddress>& ip) {
                return self.find_remote_subnet_provider_address(ip.value);
            },
            py::arg("ip"), doc("winnet::proxy::NetworkInfo::find_remote_subnet_provider_address"))
        .def(py::self == py::self)
        .def("__repr__", [](const NetworkInfo& x) {
            return constructor_repr("NetworkInfo",
                                    {{"name", py::cast(x.name)},
                                     {"id", py::cast(x.id)},
                                     {"network_type", py::cast(x.network_type)},
                                     {"remote_subnets", as_tuple(x.remote_subnets)}});
        });
}

void bind_proxy_hns(py::module_& m) {
    py::class_<QueriedEndpoints>(m, "QueriedEndpoints", doc("winnet::proxy::QueriedEndpoints"))
        .def(py::init<>())
        .def(
            "find_id",
            [](const QueriedEndpoints& self, std::string_view id) -> std::optional<EndpointInfo> {
                const auto* found = self.find_id(id);
                return found ? std::optional<EndpointInfo>(*found) : std::nullopt;
            },
            py::arg("id"), doc("winnet::proxy::QueriedEndpoints::find_id"))
        .def(
            "find_ip",
            [](const QueriedEndpoints& self,
               const Parsed<net::IpAddress>& ip) -> std::optional<EndpointInfo> {
                const auto* found = self.find_ip(ip.value);
                return found ? std::optional<EndpointInfo>(*found) : std::nullopt;
            },
            py::arg("ip"), doc("winnet::proxy::QueriedEndpoints::find_ip"))
        .def("insert", &QueriedEndpoints::insert, py::arg("endpoint"),
             py::arg("bind_address") = true, doc("winnet::proxy::QueriedEndpoints::insert"))
        .def(
            "bind",
            [](QueriedEndpoints& self, const Parsed<net::IpAddress>& ip, const std::string& id) {
                self.bind(ip.value, id);
            },
            py::arg("ip"), py::arg("id"), doc("winnet::proxy::QueriedEndpoints::bind"))
        .def("erase", &QueriedEndpoints::erase, py::arg("id"),
             doc("winnet::proxy::QueriedEndpoints::erase"))
        .def("size", &QueriedEndpoints::size, doc("winnet::proxy::QueriedEndpoints::size"))
        .def("__len__", &QueriedEndpoints::size)
        .def("__repr__", [](const QueriedEndpoints& self) {
            return "<QueriedEndpoints " + std::to_string(self.size()) + " endpoints>";
        });

    py::class_<QueriedLoadBalancers>(m, "QueriedLoadBalancers",
                                     doc("winnet::proxy::QueriedLoadBalancers"))
        .def(py::init<>())
        .def(
            "find",
            [](const QueriedLoadBalancers& self,
               const LoadBalancerIdentity& identity) -> std::optional<std::string> {
                const auto* found = self.find(identity);
                return found ? std::optional<std::string>(*found) : std::nullopt;
            },
            py::arg("identity"), doc("winnet::proxy::QueriedLoadBalancers::find"))
        .def("insert", &QueriedLoadBalancers::insert, py::arg("identity"), py::arg("id"),
             doc("winnet::proxy::QueriedLoadBalancers::insert"))
        .def("erase", &QueriedLoadBalancers::erase, py::arg("id"),
             doc("winnet::proxy::QueriedLoadBalancers::erase"))
        .def("size", &QueriedLoadBalancers::size, doc("winnet::proxy::QueriedLoadBalancers::size"))
        .def("__len__", &QueriedLoadBalancers::size)
        .def("__repr__", [](const QueriedLoadBalancers& self) {
            return "<QueriedLoadBalancers " + std::to_string(self.size()) + " load balancers>";
        });

    // Python has one HostNetworkService, SimulatedHns: ProxyHns takes it and keeps it alive.
    py::class_<ProxyHns>(m, "ProxyHns", doc("winnet::proxy::ProxyHns"))
        .def(py::init(
                 [](hns::SimulatedHns& service) { return std::make_unique<ProxyHns>(service); }),
             py::arg("hns"), py::keep_alive<1, 2>(), doc("winnet::proxy::ProxyHns::ProxyHns"))
        .def("get_network_by_name", &ProxyHns::get_network_by_name, py::arg("name"),
             doc("winnet::proxy::ProxyHns::get_network_by_name"))
        .def(
            "get_all_endpoints_by_network",
            // The C++ out-parameter `shadowed_remote` becomes the second item of a tuple.
            [](ProxyHns& self, const NetworkInfo& network) {
                std::vector<std::string> shadowed;
                auto queried = self.get_all_endpoints_by_network(network, &shadowed);
                return py::make_tuple(std::move(queried), as_tuple(shadowed));
            },
            py::arg("network"), doc("winnet::proxy::ProxyHns::get_all_endpoints_by_network"))
        .def("get_endpoint_by_name", &ProxyHns::get_endpoint_by_name, py::arg("name"),
             doc("winnet::proxy::ProxyHns::get_endpoint_by_name"))
        .def("create_endpoint", &ProxyHns::create_endpoint, py::arg("endpoint"),
             py::arg("network_name"), doc("winnet::proxy::ProxyHns::create_endpoint"))
        .def("delete_endpoint", &ProxyHns::delete_endpoint, py::arg("id"),
             doc("winnet::proxy::ProxyHns::delete_endpoint"))
        .def("get_all_load_balancers", &ProxyHns::get_all_load_balancers,
             doc("winnet::proxy::ProxyHns::get_all_load_balancers"))
        .def("get_load_balancer", &ProxyHns::get_load_balancer, py::arg("request"),
             py::arg("queried"), doc("winnet::proxy::ProxyHns::get_load_balancer"))
        .def("update_load_balancer", &ProxyHns::update_load_balancer, py::arg("id"),
             py::arg("request"), py::arg("queried"),
             doc("winnet::proxy::ProxyHns::update_load_balancer"))
        .def("delete_load_balancer", &ProxyHns::delete_load_balancer, py::arg("id"),
             doc("winnet::proxy::ProxyHns::delete_load_balancer"))
        .def("delete_all_load_balancers", &ProxyHns::delete_all_load_balancers,
             doc("winnet::proxy::ProxyHns::delete_all_load_balancers"))
        .def(
            "service",
            [](ProxyHns& self) -> hns::SimulatedHns& {
                return dynamic_cast<hns::SimulatedHns&>(self.service());
            },
            py::return_value_policy::reference_internal, doc("winnet::proxy::ProxyHns::service"))
        .def("__repr__", [](ProxyHns&) { return std::string("<ProxyHns on a SimulatedHns>"); });
}

void bind_proxier(py::module_& m) {
    auto base = py::module_::import("winnet._winnet").attr("Error");
    // Registered after the generic winnet.Error translator, so it is tried first.
    static py::exception<ProxierError> proxier_error(m, "ProxierError", base.ptr());
    proxier_error.doc() = doc("winnet::proxy::ProxierError");
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) {
                std::rethrow_exception(p);
            }
        } catch (const ProxierError& e) {
            PyErr_SetString(proxier_error.ptr(), e.what());
        }
    });

    Class<ProxierConfig> c(m, "ProxierConfig", doc("winnet::proxy::ProxierConfig"));
    c.def(py::init([](std::string node_name, const Checked<Parsed<net::IpAddress>>& node_ip,
                      std::string host_mac, std::string network_name,
                      const Checked<std::optional<Parsed<net::IpAddress>>>& source_vip,
                      bool enable_dsr, std::string root_hns_endpoint_name,
                      bool forward_health_check_vip, const Checked<std::uint16_t>& healthz_port,
                      bool win_dsr_gate, bool win_overlay_gate, bool requery_hns_each_sync) {
              ProxierConfig x;
              x.node_name = std::move(node_name);
              x.node_ip = argument(node_ip, "ProxierConfig(node_ip=...)").value;
              x.host_mac = std::move(host_mac);
              x.network_name = std::move(network_name);
              x.source_vip = unwrap(argument(source_vip, "ProxierConfig(source_vip=...)"));
              x.enable_dsr = enable_dsr;
              x.root_hns_endpoint_name = std::move(root_hns_endpoint_name);
              x.forward_health_check_vip = forward_health_check_vip;
              x.healthz_port = argument(healthz_port, "ProxierConfig(healthz_port=...)");
              x.win_dsr_gate = win_dsr_gate;
              x.win_overlay_gate = win_overlay_gate;
              x.requery_hns_each_sync = requery_hns_each_sync;
              return x;
          }),
          py::kw_only(), py::arg("node_name") = "", py::arg("node_ip") = net::IpAddress{},
          py::arg("host_mac") = "", py::arg("network_name") = "",
          py::arg("source_vip") = py::none(), py::arg("enable_dsr") = false,
          py::arg("root_hns_endpoint_name") = "cbr0", py::arg("forward_health_check_vip") = false,
          py::arg("healthz_port") = 10256, py::arg("win_dsr_gate") = true,
          py::arg("win_overlay_gate") = true, py::arg("requery_hns_each_sync") = true)
        .def_readwrite("node_name", &ProxierConfig::node_name,
                       doc("winnet::proxy::ProxierConfig::node_name"));
    def_parsed(c, "node_ip", &ProxierConfig::node_ip, doc("winnet::proxy::ProxierConfig::node_ip"));
    c.def_readwrite("host_mac", &ProxierConfig::host_mac,
                    doc("winnet::proxy::ProxierConfig::host_mac"))
        .def_readwrite("network_name", &ProxierConfig::network_name,
                       doc("winnet::proxy::ProxierConfig::network_name"));
    def_parsed_optional(c, "source_vip", &ProxierConfig::source_vip,
                        doc("winnet::proxy::ProxierConfig::source_vip"));
    c.def_readwrite("enable_dsr", &ProxierConfig::enable_dsr,
                    doc("winnet::proxy::ProxierConfig::enable_dsr"))
        .def_readwrite("root_hns_endpoint_name", &ProxierConfig::root_hns_endpoint_name,
                       doc("winnet::proxy::ProxierConfig::root_hns_endpoint_name"))
        .def_readwrite("forward_health_check_vip", &ProxierConfig::forward_health_check_vip,
                       doc("winnet::proxy::ProxierConfig::forward_health_check_vip"))
        .def_readwrite("healthz_port", &ProxierConfig::healthz_port,
                       doc("winnet::proxy::ProxierConfig::healthz_port"))
        .def_readwrite("win_dsr_gate", &ProxierConfig::win_dsr_gate,
                       doc("winnet::proxy::ProxierConfig::win_dsr_gate"))
        .def_readwrite("win_overlay_gate", &ProxierConfig::win_overlay_gate,
                       doc("winnet::proxy::ProxierConfig::win_overlay_gate"))
        .def_readwrite("requery_hns_each_sync", &ProxierConfig::requery_hns_each_sync,
                       doc("winnet::proxy::ProxierConfig::requery_hns_each_sync"))
        // `from` is a Python keyword: the factory is `from_`.
        .def_static(
            "from_",
            [](const k8s::KubeProxyConfiguration& config,
               const Checked<Parsed<net::IpAddress>>& node_ip, const std::string& host_mac) {
                return ProxierConfig::from(
                    config, argument(node_ip, "ProxierConfig.from_(node_ip=...)").value, host_mac);
            },
            py::arg("config"), py::arg("node_ip"), py::arg("host_mac"),
            doc("winnet::proxy::ProxierConfig::from"))
        .def("__repr__", [](const ProxierConfig& x) {
            return constructor_repr(
                "ProxierConfig",
                {{"node_name", py::cast(x.node_name)},
                 {"node_ip", py::cast(x.node_ip)},
                 {"host_mac", py::cast(x.host_mac)},
                 {"network_name", py::cast(x.network_name)},
                 {"source_vip", py::cast(x.source_vip)},
                 {"enable_dsr", py::cast(x.enable_dsr)},
                 {"root_hns_endpoint_name", py::cast(x.root_hns_endpoint_name)},
                 {"forward_health_check_vip", py::cast(x.forward_health_check_vip)},
                 {"healthz_port", py::cast(x.healthz_port)},
                 {"win_dsr_gate", py::cast(x.win_dsr_gate)},
                 {"win_overlay_gate", py::cast(x.win_overlay_gate)},
                 {"requery_hns_each_sync", py::cast(x.requery_hns_each_sync)}});
        });

    py::class_<SyncResult>(m, "SyncResult", doc("winnet::proxy::SyncResult"))
        .def_readonly("completed", &SyncResult::completed,
                      doc("winnet::proxy::SyncResult::completed"))
        .def_readonly("services_synced", &SyncResult::services_synced,
                      doc("winnet::proxy::SyncResult::services_synced"))
        .def_readonly("services_pending", &SyncResult::services_pending,
                      doc("winnet::proxy::SyncResult::services_pending"))
        .def_readonly("endpoints_deleted", &SyncResult::endpoints_deleted,
                      doc("winnet::proxy::SyncResult::endpoints_deleted"))
        .def_readonly("stale_load_balancers", &SyncResult::stale_load_balancers,
                      doc("winnet::proxy::SyncResult::stale_load_balancers"))
        .def_readonly("message", &SyncResult::message, doc("winnet::proxy::SyncResult::message"))
        .def("__repr__", [](const SyncResult& x) {
            return constructor_repr("SyncResult",
                                    {{"completed", py::cast(x.completed)},
                                     {"services_synced", py::cast(x.services_synced)},
                                     {"services_pending", py::cast(x.services_pending)},
                                     {"endpoints_deleted", py::cast(x.endpoints_deleted)},
                                     {"stale_load_balancers", py::cast(x.stale_load_balancers)},
                                     {"message", py::cast(x.message)}});
        });

    // The Proxier holds a reference to its SimulatedHns: keep_alive<1, 2> ties the simulator's
    // lifetime to the proxier's, so dropping the caller's reference cannot leave it dangling.
    py::class_<Proxier>(m, "Proxier", doc("winnet::proxy::Proxier"))
        .def(py::init([](hns::SimulatedHns& service, ProxierConfig config) {
                 return std::make_unique<Proxier>(service, std::move(config));
             }),
             py::arg("hns"), py::arg("config"), py::keep_alive<1, 2>(),
             doc("winnet::proxy::Proxier::Proxier"))
        .def("set_service", &Proxier::set_service, py::arg("service"),
             doc("winnet::proxy::Proxier::set_service"))
        .def("delete_service", &Proxier::delete_service, py::arg("service"),
             doc("winnet::proxy::Proxier::delete_service"))
        .def("set_endpoint_slice", &Proxier::set_endpoint_slice, py::arg("slice"),
             doc("winnet::proxy::Proxier::set_endpoint_slice"))
        .def("delete_endpoint_slice", &Proxier::delete_endpoint_slice, py::arg("slice"),
             doc("winnet::proxy::Proxier::delete_endpoint_slice"))
        .def("apply", &Proxier::apply, py::arg("cluster"), doc("winnet::proxy::Proxier::apply"))
        .def("sync", &Proxier::sync, py::arg("full") = false, doc("winnet::proxy::Proxier::sync"))
        .def(
            "services",
            [](const Proxier& self) {
                py::dict out;
                for (const auto& [name, info] : self.services()) {
                    out[py::cast(name)] = py::cast(info);
                }
                return out;
            },
            doc("winnet::proxy::Proxier::services"))
        .def(
            "endpoints", [](const Proxier& self) { return endpoints_dict(self.endpoints()); },
            doc("winnet::proxy::Proxier::endpoints"))
        .def(
            "find_service",
            [](const Proxier& self, const ServicePortName& name) -> std::optional<ServiceInfo> {
                const auto* found = self.find_service(name);
                return found ? std::optional<ServiceInfo>(*found) : std::nullopt;
            },
            py::arg("name"), doc("winnet::proxy::Proxier::find_service"))
        .def(
            "endpoints_of",
            [](const Proxier& self, const ServicePortName& name) {
                return as_tuple(self.endpoints_of(name));
            },
            py::arg("name"), doc("winnet::proxy::Proxier::endpoints_of"))
        .def("ref_count", &Proxier::ref_count, py::arg("hns_id"),
             doc("winnet::proxy::Proxier::ref_count"))
        .def(
            "stale_load_balancers",
            [](const Proxier& self) {
                const auto ids = self.stale_load_balancers();
                return as_tuple(std::vector<std::string>(ids.begin(), ids.end()));
            },
            doc("winnet::proxy::Proxier::stale_load_balancers"))
        .def("network", &Proxier::network, doc("winnet::proxy::Proxier::network"))
        .def("supported_features", &Proxier::supported_features,
             doc("winnet::proxy::Proxier::supported_features"))
        .def("set_modify_load_balancer", &Proxier::set_modify_load_balancer, py::arg("enabled"),
             doc("winnet::proxy::Proxier::set_modify_load_balancer"))
        .def("config", &Proxier::config, doc("winnet::proxy::Proxier::config"))
        .def("family", &Proxier::family, doc("winnet::proxy::Proxier::family"))
        .def("startup_cleanup_failures", &Proxier::startup_cleanup_failures,
             doc("winnet::proxy::Proxier::startup_cleanup_failures"))
        .def("__repr__", [](const Proxier& self) {
            return "<Proxier " + family_text(self.family()) + " on " + self.network().name + " (" +
                   self.network().network_type + ") for node " + self.config().node_name + ": " +
                   std::to_string(self.services().size()) + " service ports>";
        });
}

void bind_plan(py::module_& m) {
    py::class_<PlanStep>(m, "PlanStep", doc("winnet::proxy::PlanStep"))
        .def_property_readonly(
            "calls", [](const PlanStep& self) { return as_tuple(self.calls); },
            doc("winnet::proxy::PlanStep::calls"))
        .def_readonly("counts", &PlanStep::counts, doc("winnet::proxy::PlanStep::counts"))
        .def_readonly("state", &PlanStep::state, doc("winnet::proxy::PlanStep::state"))
        .def_property_readonly(
            "results", [](const PlanStep& self) { return as_tuple(self.results); },
            doc("winnet::proxy::PlanStep::results"))
        .def(py::self == py::self)
        .def("__repr__", [](const PlanStep& self) {
            return "<PlanStep " + std::to_string(self.calls.size()) + " calls, " +
                   std::to_string(self.state.endpoints.size()) + " endpoints, " +
                   std::to_string(self.state.load_balancers.size()) + " load balancers>";
        });

    py::class_<Plan>(m, "Plan", doc("winnet::proxy::Plan"))
        .def_property_readonly(
            "families", [](const Plan& self) { return as_tuple(self.families); },
            doc("winnet::proxy::Plan::families"))
        .def_readonly("startup", &Plan::startup, doc("winnet::proxy::Plan::startup"))
        .def_property_readonly(
            "syncs", [](const Plan& self) { return as_tuple(self.syncs); },
            doc("winnet::proxy::Plan::syncs"))
        .def("to_json", &Plan::to_json, py::arg("style") = hns::JsonStyle::Indented,
             doc("winnet::proxy::Plan::to_json"))
        .def("to_table", &Plan::to_table, py::arg("full_ids") = false,
             doc("winnet::proxy::Plan::to_table"))
        .def(py::self == py::self)
        .def("__str__", [](const Plan& self) { return self.to_table(); })
        .def("__repr__", [](const Plan& self) {
            std::string families;
            for (const auto f : self.families) {
                families += (families.empty() ? "" : "+") + family_text(f);
            }
            return "<Plan " + families + ": start-up " + std::to_string(self.startup.calls.size()) +
                   " calls, " + std::to_string(self.syncs.size()) + " syncs>";
        });

    m.def(
        "plan",
        [](const std::vector<k8s::ClusterState>& clusters,
           const k8s::KubeProxyConfiguration& config, const hns::HnsState& hns_state,
           const Checked<std::vector<Parsed<net::IpAddress>>>& node_ips,
           const Checked<Parsed<net::MacAddress>>& host_mac) {
            return plan(clusters, config, hns_state,
                        unwrap(argument(node_ips, "plan(node_ips=...)")),
                        argument(host_mac, "plan(host_mac=...)").value);
        },
        py::arg("clusters"), py::arg("config"), py::arg("hns_state"), py::arg("node_ips"),
        py::arg("host_mac"), doc("winnet::proxy::plan"));
}

} // namespace

void bind_proxy(py::module_& m) {
    bind_service_port_name(m);
    bind_endpoint_info(m);
    bind_service_info(m);
    bind_load_balancers(m);
    bind_network_info(m);
    bind_proxy_hns(m);
    bind_proxier(m);
    bind_plan(m);
}

} // namespace winnet::python
