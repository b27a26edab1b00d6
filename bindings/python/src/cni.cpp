// winnet.cni: the Windows CNI plugins' endpoint setup. Netconfs, host-local IPAM, ADD/DEL/CHECK
// /VERSION on a SimulatedHns, the CNI result in each specification version, and the plugin
// binary's main (run_plugin). List fields read as tuples; the command line `winnet cni` is in
// winnet/cli/cni.py.
#include "bindings.hpp"
#include "fields.hpp"
#include "repr.hpp"

#include <winnet/cni/error.hpp>
#include <winnet/cni/ipam.hpp>
#include <winnet/cni/netconf.hpp>
#include <winnet/cni/plugin.hpp>
#include <winnet/cni/result.hpp>
#include <winnet/cni/runner.hpp>
#include <winnet/hns/simulated_hns.hpp>

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

using Strings = std::vector<std::string>;

std::string q(const char* type, const char* member) {
    return std::string("winnet::cni::") + type + "::" + member;
}

#define WINNET_CNI_FIELD(cls, Type, name)                                                          \
    cls.def_readwrite(#name, &cni::Type::name, doc(q(#Type, #name)))
#define WINNET_CNI_LIST(cls, Type, name)                                                           \
    def_list_field(cls, #name, &cni::Type::name, doc(q(#Type, #name)))

void bind_enums(py::module_& m) {
    py::native_enum<cni::PluginType>(m, "PluginType", "enum.Enum", doc("winnet::cni::PluginType"))
        .value("WIN_BRIDGE", cni::PluginType::WinBridge, doc("winnet::cni::PluginType::WinBridge"))
        .value("WIN_OVERLAY", cni::PluginType::WinOverlay,
               doc("winnet::cni::PluginType::WinOverlay"))
        .value("SDN_BRIDGE", cni::PluginType::SdnBridge, doc("winnet::cni::PluginType::SdnBridge"))
        .value("SDN_OVERLAY", cni::PluginType::SdnOverlay,
               doc("winnet::cni::PluginType::SdnOverlay"))
        .value("NAT", cni::PluginType::Nat, doc("winnet::cni::PluginType::Nat"))
        .finalize();
    py::native_enum<cni::ErrorCode>(m, "ErrorCode", "enum.IntEnum", doc("winnet::cni::ErrorCode"))
        .value("UNKNOWN", cni::ErrorCode::Unknown, doc("winnet::cni::ErrorCode::Unknown"))
        .value("INCOMPATIBLE_CNI_VERSION", cni::ErrorCode::IncompatibleCniVersion,
               doc("winnet::cni::ErrorCode::IncompatibleCniVersion"))
        .value("UNSUPPORTED_FIELD", cni::ErrorCode::UnsupportedField,
               doc("winnet::cni::ErrorCode::UnsupportedField"))
        .value("UNKNOWN_CONTAINER", cni::ErrorCode::UnknownContainer,
               doc("winnet::cni::ErrorCode::UnknownContainer"))
        .value("INVALID_ENVIRONMENT_VARIABLES", cni::ErrorCode::InvalidEnvironmentVariables,
               doc("winnet::cni::ErrorCode::InvalidEnvironmentVariables"))
        .value("IO_FAILURE", cni::ErrorCode::IoFailure, doc("winnet::cni::ErrorCode::IoFailure"))
        .value("DECODING_FAILURE", cni::ErrorCode::DecodingFailure,
               doc("winnet::cni::ErrorCode::DecodingFailure"))
        .value("INVALID_NETWORK_CONFIG", cni::ErrorCode::InvalidNetworkConfig,
               doc("winnet::cni::ErrorCode::InvalidNetworkConfig"))
        .value("INVALID_NET_NS", cni::ErrorCode::InvalidNetNs,
               doc("winnet::cni::ErrorCode::InvalidNetNs"))
        .value("TRY_AGAIN_LATER", cni::ErrorCode::TryAgainLater,
               doc("winnet::cni::ErrorCode::TryAgainLater"))
        .value("INTERNAL", cni::ErrorCode::Internal, doc("winnet::cni::ErrorCode::Internal"))
        .finalize();
}

void bind_error(py::module_& m) {
    auto base = py::module_::import("winnet._winnet").attr("Error");
    static py::exception<cni::CniError> cni_error(m, "CniError", base.ptr());
    cni_error.doc() = doc("winnet::cni::CniError");
    // Registered after the generic winnet.Error translator, so it is tried first.
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) {
                std::rethrow_exception(p);
            }
        } catch (const cni::CniError& e) {
            py::object exc = py::handle(cni_error.ptr())(e.what());
            exc.attr("code") = py::cast(e.code());
            exc.attr("msg") = e.msg();
            exc.attr("details") = e.details();
            exc.attr("json") = e.to_json();
            PyErr_SetObject(cni_error.ptr(), exc.ptr());
        }
    });
}

void bind_netconf(py::module_& m) {
    py::class_<cni::PortMapping> pm(m, "PortMapping", doc("winnet::cni::PortMapping"));
    pm.def(
        py::init([](int host_port, int container_port, std::string protocol, std::string host_ip) {
            return cni::PortMapping{host_port, container_port, std::move(protocol),
                                    std::move(host_ip)};
        }),
        py::kw_only(), py::arg("host_port") = 0, py::arg("container_port") = 0,
        py::arg("protocol") = "", py::arg("host_ip") = "");
    WINNET_CNI_FIELD(pm, PortMapping, host_port);
    WINNET_CNI_FIELD(pm, PortMapping, container_port);
    WINNET_CNI_FIELD(pm, PortMapping, protocol);
    WINNET_CNI_FIELD(pm, PortMapping, host_ip);
    pm.def(py::self == py::self).def("__repr__", [](const cni::PortMapping& s) {
        return constructor_repr("PortMapping", {{"host_port", py::cast(s.host_port)},
                                                {"container_port", py::cast(s.container_port)},
                                                {"protocol", py::cast(s.protocol)},
                                                {"host_ip", py::cast(s.host_ip)}});
    });

    py::class_<cni::Dns> dns_cls(m, "Dns", doc("winnet::cni::Dns"));
    dns_cls.def(
        py::init([](Strings nameservers, std::string domain, Strings search, Strings options) {
            return cni::Dns{std::move(nameservers), std::move(domain), std::move(search),
                            std::move(options)};
        }),
        py::kw_only(), py::arg("nameservers") = Strings{}, py::arg("domain") = "",
        py::arg("search") = Strings{}, py::arg("options") = Strings{});
    WINNET_CNI_LIST(dns_cls, Dns, nameservers);
    WINNET_CNI_FIELD(dns_cls, Dns, domain);
    WINNET_CNI_LIST(dns_cls, Dns, search);
    WINNET_CNI_LIST(dns_cls, Dns, options);
    dns_cls.def(py::self == py::self).def("__repr__", [](const cni::Dns& s) {
        return constructor_repr("Dns", {{"nameservers", as_tuple(s.nameservers)},
                                        {"domain", py::cast(s.domain)},
                                        {"search", as_tuple(s.search)},
                                        {"options", as_tuple(s.options)}});
    });

    py::class_<cni::RuntimeDns> rdns(m, "RuntimeDns", doc("winnet::cni::RuntimeDns"));
    rdns.def(
        py::init([](Strings servers, Strings searches, Strings options) {
            return cni::RuntimeDns{std::move(servers), std::move(searches), std::move(options)};
        }),
        py::kw_only(), py::arg("servers") = Strings{}, py::arg("searches") = Strings{},
        py::arg("options") = Strings{});
    WINNET_CNI_LIST(rdns, RuntimeDns, servers);
    WINNET_CNI_LIST(rdns, RuntimeDns, searches);
    WINNET_CNI_LIST(rdns, RuntimeDns, options);
    rdns.def(py::self == py::self).def("__repr__", [](const cni::RuntimeDns& s) {
        return constructor_repr("RuntimeDns", {{"servers", as_tuple(s.servers)},
                                               {"searches", as_tuple(s.searches)},
                                               {"options", as_tuple(s.options)}});
    });

    py::class_<cni::RuntimeConfig> rc(m, "RuntimeConfig", doc("winnet::cni::RuntimeConfig"));
    rc.def(py::init([](std::vector<cni::PortMapping> port_mappings, cni::RuntimeDns dns) {
               return cni::RuntimeConfig{std::move(port_mappings), std::move(dns)};
           }),
           py::kw_only(), py::arg("port_mappings") = std::vector<cni::PortMapping>{},
           py::arg("dns") = cni::RuntimeDns{});
    WINNET_CNI_LIST(rc, RuntimeConfig, port_mappings);
    WINNET_CNI_FIELD(rc, RuntimeConfig, dns);
    rc.def(py::self == py::self).def("__repr__", [](const cni::RuntimeConfig& s) {
        return constructor_repr("RuntimeConfig", {{"port_mappings", as_tuple(s.port_mappings)},
                                                  {"dns", py::cast(s.dns)}});
    });

    py::class_<cni::CniRoute> route(m, "CniRoute", doc("winnet::cni::CniRoute"));
    route.def(py::init([](const Parsed<net::IpPrefix>& dst,
                          const std::optional<Parsed<net::IpAddress>>& gw) {
                  return cni::CniRoute{dst.value, unwrap(gw)};
              }),
              py::kw_only(), py::arg("dst"), py::arg("gw") = py::none());
    def_parsed(route, "dst", &cni::CniRoute::dst, doc("winnet::cni::CniRoute::dst"));
    def_parsed_optional(route, "gw", &cni::CniRoute::gw, doc("winnet::cni::CniRoute::gw"));
    route.def(py::self == py::self).def("__repr__", [](const cni::CniRoute& s) {
        return constructor_repr("CniRoute", {{"dst", py::cast(s.dst)}, {"gw", py::cast(s.gw)}});
    });

    py::class_<cni::IpamRange> range(m, "IpamRange", doc("winnet::cni::IpamRange"));
    range.def(py::init([](const Parsed<net::IpPrefix>& subnet,
                          const std::optional<Parsed<net::IpAddress>>& range_start,
                          const std::optional<Parsed<net::IpAddress>>& range_end,
                          const std::optional<Parsed<net::IpAddress>>& gateway) {
                  return cni::IpamRange{subnet.value, unwrap(range_start), unwrap(range_end),
                                        unwrap(gateway)};
              }),
              py::kw_only(), py::arg("subnet"), py::arg("range_start") = py::none(),
              py::arg("range_end") = py::none(), py::arg("gateway") = py::none());
    def_parsed(range, "subnet", &cni::IpamRange::subnet, doc("winnet::cni::IpamRange::subnet"));
    def_parsed_optional(range, "range_start", &cni::IpamRange::range_start,
                        doc("winnet::cni::IpamRange::range_start"));
    def_parsed_optional(range, "range_end", &cni::IpamRange::range_end,
                        doc("winnet::cni::IpamRange::range_end"));
    def_parsed_optional(range, "gateway", &cni::IpamRange::gateway,
                        doc("winnet::cni::IpamRange::gateway"));
    range.def(py::self == py::self).def("__repr__", [](const cni::IpamRange& s) {
        return constructor_repr("IpamRange", {{"subnet", py::cast(s.subnet)},
                                              {"range_start", py::cast(s.range_start)},
                                              {"range_end", py::cast(s.range_end)},
                                              {"gateway", py::cast(s.gateway)}});
    });

    py::class_<cni::IpamConfig> ipam(m, "IpamConfig", doc("winnet::cni::IpamConfig"));
    ipam.def(py::init([](std::string type, std::string subnet, std::vector<cni::IpamRange> ranges,
                         std::vector<cni::CniRoute> routes) {
                 return cni::IpamConfig{std::move(type), std::move(subnet), std::move(ranges),
                                        std::move(routes)};
             }),
             py::kw_only(), py::arg("type") = "", py::arg("subnet") = "",
             py::arg("ranges") = std::vector<cni::IpamRange>{},
             py::arg("routes") = std::vector<cni::CniRoute>{});
    WINNET_CNI_FIELD(ipam, IpamConfig, type);
    WINNET_CNI_FIELD(ipam, IpamConfig, subnet);
    WINNET_CNI_LIST(ipam, IpamConfig, ranges);
    WINNET_CNI_LIST(ipam, IpamConfig, routes);
    ipam.def(py::self == py::self).def("__repr__", [](const cni::IpamConfig& s) {
        return constructor_repr("IpamConfig", {{"type", py::cast(s.type)},
                                               {"subnet", py::cast(s.subnet)},
                                               {"ranges", as_tuple(s.ranges)},
                                               {"routes", as_tuple(s.routes)}});
    });

    py::class_<cni::Policy> policy(m, "Policy", doc("winnet::cni::Policy"));
    policy.def(py::init([](std::string name, std::string value_json) {
                   return cni::Policy{std::move(name), std::move(value_json)};
               }),
               py::kw_only(), py::arg("name") = "", py::arg("value_json") = "");
    WINNET_CNI_FIELD(policy, Policy, name);
    WINNET_CNI_FIELD(policy, Policy, value_json);
    policy.def(py::self == py::self).def("__repr__", [](const cni::Policy& s) {
        return constructor_repr(
            "Policy", {{"name", py::cast(s.name)}, {"value_json", py::cast(s.value_json)}});
    });

    py::class_<cni::OptionalFlags> flags(m, "OptionalFlags", doc("winnet::cni::OptionalFlags"));
    flags.def(
        py::init([](bool local_routed_port_mapping, bool allow_acl_port_mapping,
                    bool force_bridge_gateway, bool enable_dual_stack, bool loopback_dsr,
                    bool gateway_from_additional_routes) {
            return cni::OptionalFlags{
                local_routed_port_mapping, allow_acl_port_mapping, force_bridge_gateway,
                enable_dual_stack,         loopback_dsr,           gateway_from_additional_routes};
        }),
        py::kw_only(), py::arg("local_routed_port_mapping") = false,
        py::arg("allow_acl_port_mapping") = false, py::arg("force_bridge_gateway") = false,
        py::arg("enable_dual_stack") = false, py::arg("loopback_dsr") = false,
        py::arg("gateway_from_additional_routes") = false);
    WINNET_CNI_FIELD(flags, OptionalFlags, local_routed_port_mapping);
    WINNET_CNI_FIELD(flags, OptionalFlags, allow_acl_port_mapping);
    WINNET_CNI_FIELD(flags, OptionalFlags, force_bridge_gateway);
    WINNET_CNI_FIELD(flags, OptionalFlags, enable_dual_stack);
    WINNET_CNI_FIELD(flags, OptionalFlags, loopback_dsr);
    WINNET_CNI_FIELD(flags, OptionalFlags, gateway_from_additional_routes);
    flags.def(py::self == py::self).def("__repr__", [](const cni::OptionalFlags& s) {
        return constructor_repr(
            "OptionalFlags",
            {{"local_routed_port_mapping", py::cast(s.local_routed_port_mapping)},
             {"allow_acl_port_mapping", py::cast(s.allow_acl_port_mapping)},
             {"force_bridge_gateway", py::cast(s.force_bridge_gateway)},
             {"enable_dual_stack", py::cast(s.enable_dual_stack)},
             {"loopback_dsr", py::cast(s.loopback_dsr)},
             {"gateway_from_additional_routes", py::cast(s.gateway_from_additional_routes)}});
    });

    py::class_<cni::NetConf> conf(m, "NetConf", doc("winnet::cni::NetConf"));
    conf.def(py::init<>())
        .def_static("parse", &cni::NetConf::parse, py::arg("json"),
                    doc("winnet::cni::NetConf::parse"));
    WINNET_CNI_FIELD(conf, NetConf, cni_version);
    WINNET_CNI_FIELD(conf, NetConf, name);
    WINNET_CNI_FIELD(conf, NetConf, type);
    WINNET_CNI_FIELD(conf, NetConf, plugin);
    WINNET_CNI_FIELD(conf, NetConf, api_version);
    WINNET_CNI_LIST(conf, NetConf, policies);
    WINNET_CNI_FIELD(conf, NetConf, ip_masq);
    WINNET_CNI_FIELD(conf, NetConf, ip_masq_network);
    WINNET_CNI_FIELD(conf, NetConf, loopback_dsr);
    WINNET_CNI_FIELD(conf, NetConf, endpoint_mac_prefix);
    WINNET_CNI_FIELD(conf, NetConf, dns);
    WINNET_CNI_FIELD(conf, NetConf, ipam);
    WINNET_CNI_FIELD(conf, NetConf, runtime_config);
    WINNET_CNI_FIELD(conf, NetConf, optional_flags);
    WINNET_CNI_LIST(conf, NetConf, additional_routes);
    conf.def(py::self == py::self).def("__repr__", [](const cni::NetConf& s) {
        return constructor_repr("NetConf", {{"name", py::cast(s.name)},
                                            {"type", py::cast(s.type)},
                                            {"plugin", py::cast(s.plugin)},
                                            {"cni_version", py::cast(s.cni_version)},
                                            {"api_version", py::cast(s.api_version)}});
    });

    py::class_<cni::FlannelSubnetEnv> env(m, "FlannelSubnetEnv",
                                          doc("winnet::cni::FlannelSubnetEnv"));
    env.def(py::init([](std::string network, std::string subnet, int mtu, bool ip_masq) {
                return cni::FlannelSubnetEnv{std::move(network), std::move(subnet), mtu, ip_masq};
            }),
            py::kw_only(), py::arg("network") = "", py::arg("subnet") = "", py::arg("mtu") = 0,
            py::arg("ip_masq") = false)
        .def_static("parse", &cni::FlannelSubnetEnv::parse, py::arg("text"),
                    py::arg("file_name") = "/run/flannel/subnet.env",
                    doc("winnet::cni::FlannelSubnetEnv::parse"));
    WINNET_CNI_FIELD(env, FlannelSubnetEnv, network);
    WINNET_CNI_FIELD(env, FlannelSubnetEnv, subnet);
    WINNET_CNI_FIELD(env, FlannelSubnetEnv, mtu);
    WINNET_CNI_FIELD(env, FlannelSubnetEnv, ip_masq);
    env.def(py::self == py::self).def("__repr__", [](const cni::FlannelSubnetEnv& s) {
        return constructor_repr("FlannelSubnetEnv", {{"network", py::cast(s.network)},
                                                     {"subnet", py::cast(s.subnet)},
                                                     {"mtu", py::cast(s.mtu)},
                                                     {"ip_masq", py::cast(s.ip_masq)}});
    });

    m.def("plugin_type_from_name", &cni::plugin_type_from_name, py::arg("type"),
          doc("winnet::cni::plugin_type_from_name"));
    m.def("is_containernetworking_plugin", &cni::is_containernetworking_plugin, py::arg("type"),
          doc("winnet::cni::is_containernetworking_plugin"));
    m.def("runtime_netconf", &cni::runtime_netconf, py::arg("conf_json"), py::arg("index") = 0,
          py::arg("runtime") = cni::RuntimeConfig{}, doc("winnet::cni::runtime_netconf"));
    m.def("flannel_delegate", &cni::flannel_delegate, py::arg("flannel_conf_json"), py::arg("env"),
          doc("winnet::cni::flannel_delegate"));
}

void bind_result(py::module_& m) {
    py::class_<cni::Interface> iface(m, "Interface", doc("winnet::cni::Interface"));
    iface.def(py::init([](std::string name, std::string mac, std::string sandbox) {
                  return cni::Interface{std::move(name), std::move(mac), std::move(sandbox)};
              }),
              py::kw_only(), py::arg("name") = "", py::arg("mac") = "", py::arg("sandbox") = "");
    WINNET_CNI_FIELD(iface, Interface, name);
    iface.def_property(
        "mac",
        [](const cni::Interface& s) { return py::bytes(s.mac).attr("decode")("utf-8", "replace"); },
        [](cni::Interface& s, std::string v) { s.mac = std::move(v); },
        doc("winnet::cni::Interface::mac"));
    WINNET_CNI_FIELD(iface, Interface, sandbox);
    iface.def(py::self == py::self).def("__repr__", [](const cni::Interface& s) {
        return constructor_repr("Interface",
                                {{"name", py::cast(s.name)},
                                 {"mac", py::bytes(s.mac).attr("decode")("utf-8", "replace")},
                                 {"sandbox", py::cast(s.sandbox)}});
    });

    py::class_<cni::IpConfig> ip(m, "IpConfig", doc("winnet::cni::IpConfig"));
    ip.def(py::init([](const Parsed<net::IpPrefix>& address,
                       const std::optional<Parsed<net::IpAddress>>& gateway,
                       std::optional<int> interface_index) {
               return cni::IpConfig{address.value, unwrap(gateway), interface_index};
           }),
           py::kw_only(), py::arg("address"), py::arg("gateway") = py::none(),
           py::arg("interface_index") = py::none());
    def_parsed(ip, "address", &cni::IpConfig::address, doc("winnet::cni::IpConfig::address"));
    def_parsed_optional(ip, "gateway", &cni::IpConfig::gateway,
                        doc("winnet::cni::IpConfig::gateway"));
    WINNET_CNI_FIELD(ip, IpConfig, interface_index);
    ip.def(py::self == py::self).def("__repr__", [](const cni::IpConfig& s) {
        return constructor_repr("IpConfig", {{"address", py::cast(s.address)},
                                             {"gateway", py::cast(s.gateway)},
                                             {"interface_index", py::cast(s.interface_index)}});
    });

    py::class_<cni::Result> result(m, "Result", doc("winnet::cni::Result"));
    result
        .def(py::init([](std::vector<cni::Interface> interfaces, std::vector<cni::IpConfig> ips,
                         std::vector<cni::CniRoute> routes, cni::Dns dns) {
                 return cni::Result{std::move(interfaces), std::move(ips), std::move(routes),
                                    std::move(dns)};
             }),
             py::kw_only(), py::arg("interfaces") = std::vector<cni::Interface>{},
             py::arg("ips") = std::vector<cni::IpConfig>{},
             py::arg("routes") = std::vector<cni::CniRoute>{}, py::arg("dns") = cni::Dns{})
        .def("to_json", &cni::Result::to_json, py::arg("cni_version"),
             doc("winnet::cni::Result::to_json"));
    WINNET_CNI_LIST(result, Result, interfaces);
    WINNET_CNI_LIST(result, Result, ips);
    WINNET_CNI_LIST(result, Result, routes);
    WINNET_CNI_FIELD(result, Result, dns);
    result.def(py::self == py::self).def("__repr__", [](const cni::Result& s) {
        return constructor_repr("Result", {{"interfaces", as_tuple(s.interfaces)},
                                           {"ips", as_tuple(s.ips)},
                                           {"routes", as_tuple(s.routes)},
                                           {"dns", py::cast(s.dns)}});
    });

    m.def("containernetworking_versions", &cni::containernetworking_versions,
          doc("winnet::cni::containernetworking_versions"));
    m.def("windows_container_networking_versions", &cni::windows_container_networking_versions,
          doc("winnet::cni::windows_container_networking_versions"));
    m.def(
        "host_local_add",
        [](const cni::IpamConfig& config, const std::vector<Parsed<net::IpAddress>>& in_use) {
            return cni::host_local_add(config, unwrap(in_use));
        },
        py::arg("config"), py::arg("in_use") = std::vector<Parsed<net::IpAddress>>{},
        doc("winnet::cni::host_local_add"));
}

void bind_plugin(py::module_& m) {
    py::class_<cni::CmdArgs> args(m, "CmdArgs", doc("winnet::cni::CmdArgs"));
    args.def(py::init([](std::string container_id, std::string netns, std::string ifname,
                         std::string args_text) {
                 return cni::CmdArgs{std::move(container_id), std::move(netns), std::move(ifname),
                                     std::move(args_text)};
             }),
             py::kw_only(), py::arg("container_id") = "", py::arg("netns") = "",
             py::arg("ifname") = "eth0", py::arg("args") = "");
    WINNET_CNI_FIELD(args, CmdArgs, container_id);
    WINNET_CNI_FIELD(args, CmdArgs, netns);
    WINNET_CNI_FIELD(args, CmdArgs, ifname);
    WINNET_CNI_FIELD(args, CmdArgs, args);
    args.def(py::self == py::self).def("__repr__", [](const cni::CmdArgs& s) {
        return constructor_repr("CmdArgs", {{"container_id", py::cast(s.container_id)},
                                            {"netns", py::cast(s.netns)},
                                            {"ifname", py::cast(s.ifname)},
                                            {"args", py::cast(s.args)}});
    });

    py::class_<cni::AddResult> add(m, "AddResult", doc("winnet::cni::AddResult"));
    WINNET_CNI_FIELD(add, AddResult, request);
    WINNET_CNI_FIELD(add, AddResult, created);
    WINNET_CNI_FIELD(add, AddResult, endpoint);
    WINNET_CNI_FIELD(add, AddResult, result);
    add.def(py::self == py::self).def("__repr__", [](const cni::AddResult& s) {
        return constructor_repr("AddResult", {{"created", py::cast(s.created)},
                                              {"endpoint", py::cast(s.endpoint.name)},
                                              {"result", py::cast(s.result)}});
    });

    py::class_<cni::PluginOutput> output(m, "PluginOutput", doc("winnet::cni::PluginOutput"));
    output.def(py::init([](std::string stdout_text, int exit_code) {
                   return cni::PluginOutput{std::move(stdout_text), exit_code};
               }),
               py::kw_only(), py::arg("stdout_text") = "", py::arg("exit_code") = 0);
    WINNET_CNI_FIELD(output, PluginOutput, stdout_text);
    WINNET_CNI_FIELD(output, PluginOutput, exit_code);
    output.def(py::self == py::self).def("__repr__", [](const cni::PluginOutput& s) {
        return constructor_repr("PluginOutput", {{"stdout_text", py::cast(s.stdout_text)},
                                                 {"exit_code", py::cast(s.exit_code)}});
    });

    m.def("endpoint_name", &cni::endpoint_name, py::arg("plugin"), py::arg("args"),
          py::arg("network_name"), doc("winnet::cni::endpoint_name"));
    m.def(
        "overlay_mac",
        [](std::string_view prefix, const Parsed<net::IpAddress>& ip) {
            return cni::overlay_mac(prefix, ip.value);
        },
        py::arg("prefix"), py::arg("ip"), doc("winnet::cni::overlay_mac"));
    m.def(
        "add",
        [](const cni::NetConf& conf, const cni::CmdArgs& a, hns::SimulatedHns& sim,
           const std::optional<cni::Result>& ipam) { return cni::add(conf, a, sim, ipam); },
        py::arg("conf"), py::arg("args"), py::arg("service"), py::arg("ipam") = py::none(),
        doc("winnet::cni::add"));
    // `del` is a Python keyword.
    m.def(
        "del_",
        [](const cni::NetConf& conf, const cni::CmdArgs& a, hns::SimulatedHns& sim) {
            cni::del(conf, a, sim);
        },
        py::arg("conf"), py::arg("args"), py::arg("service"), doc("winnet::cni::del"));
    m.def(
        "check",
        [](const cni::NetConf& conf, const cni::CmdArgs& a, hns::SimulatedHns& sim) {
            cni::check(conf, a, sim);
        },
        py::arg("conf"), py::arg("args"), py::arg("service"), doc("winnet::cni::check"));
    m.def("version_json", &cni::version_json, py::arg("plugin"), doc("winnet::cni::version_json"));
    m.def(
        "run_plugin",
        [](const std::map<std::string, std::string>& environment, std::string_view stdin_data,
           hns::SimulatedHns& sim, std::optional<cni::PluginType> plugin,
           std::string_view flannel_subnet_env) {
            return cni::run_plugin(environment, stdin_data, sim, plugin, flannel_subnet_env);
        },
        py::arg("environment"), py::arg("stdin_data"), py::arg("service"),
        py::arg("plugin") = py::none(), py::arg("flannel_subnet_env") = "",
        doc("winnet::cni::run_plugin"));
}

#undef WINNET_CNI_FIELD
#undef WINNET_CNI_LIST

} // namespace

void bind_cni(py::module_& m) {
    bind_enums(m);
    bind_error(m);
    bind_netconf(m);
    bind_result(m);
    bind_plugin(m);
}

} // namespace winnet::python
