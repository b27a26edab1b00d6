// The binding layer: one source file per library module, each with one bind_* entry point.
// Bindings add no logic the C++ library lacks; they name arguments, bind __repr__ and translate
// errors.
#pragma once

#include <pybind11/pybind11.h>

#include <string_view>

namespace winnet::python {

/// The Doxygen definition of `qualified_name` (for example "winnet::net::IpAddress::parse"), as
/// generated at build time from the headers. Throws when the symbol has none, so a binding of an
/// undocumented symbol fails at import instead of shipping without a docstring.
const char* doc(std::string_view qualified_name);

void bind_errors(pybind11::module_& m);
void bind_net(pybind11::module_& m);
// The shared HCN parts (Dns, Route, ExtraParams, Health) are bound first, once: networks and
// endpoints both hold them, and a default argument needs its class bound already.
void bind_hns_common(pybind11::module_& m);   // Dns, Route, ExtraParams, Health (hns_common.cpp)
void bind_hns(pybind11::module_& m);          // load balancers (hns.cpp)
void bind_hns_network(pybind11::module_& m);  // networks and their policies (hns_network.cpp)
void bind_hns_endpoint(pybind11::module_& m); // endpoints and their policies (hns_endpoint.cpp)
// versions, errors, SimulatedHns, tables (hns_service.cpp)
void bind_hns_service(pybind11::module_& m);

void bind_k8s(pybind11::module_& m);          // Services, EndpointSlices (k8s.cpp)
void bind_hostprocess(pybind11::module_& m);  // HostProcess pod rules (hostprocess.cpp)
void bind_hns_diff(pybind11::module_& m);     // hns.StateDiff (hns_diff.cpp)
void bind_proxy(pybind11::module_& m);        // the Windows kube-proxy port (proxy.cpp)
void bind_proxy_render(pybind11::module_& m); // its tables (proxy_render.cpp)
void bind_cni(pybind11::module_& m);          // the Windows CNI plugins (cni.cpp)

} // namespace winnet::python
