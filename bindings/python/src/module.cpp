// winnet._winnet: the compiled half of the Python package `winnet`. Submodules mirror the C++
// modules (winnet::net -> winnet.net, winnet::hns -> winnet.hns).
#include "bindings.hpp"

namespace py = pybind11;

PYBIND11_MODULE(_winnet, m, py::mod_gil_not_used()) {
    m.doc() = "Compiled core of winnet: the Windows Kubernetes dataplane as a library.";
    winnet::python::bind_errors(m);
    auto net =
        m.def_submodule("net", "IP addresses, prefixes and MAC addresses as HNS writes them.");
    winnet::python::bind_net(net);
    auto hns = m.def_submodule("hns", "HNS (HCN v2) objects and their JSON.");
    winnet::python::bind_hns_common(hns);
    winnet::python::bind_hns(hns);
    winnet::python::bind_hns_network(hns);
    winnet::python::bind_hns_endpoint(hns);
    winnet::python::bind_hns_service(hns);
    winnet::python::bind_hns_diff(hns);
    auto k8s =
        m.def_submodule("k8s", "Kubernetes Services and EndpointSlices as kube-proxy reads them.");
    winnet::python::bind_k8s(k8s);
    auto hostprocess = m.def_submodule(
        "hostprocess",
        "Windows HostProcess containers: the API server's rules and the runtime view.");
    winnet::python::bind_hostprocess(hostprocess);
    auto proxy = m.def_submodule(
        "proxy", "The Windows kube-proxy: its Service and endpoint records, the load balancers it "
                 "asks HNS for, the Proxier and plan().");
    winnet::python::bind_proxy(proxy);
    winnet::python::bind_proxy_render(proxy);
    auto cni = m.def_submodule(
        "cni", "The Windows CNI plugins: netconfs, ADD/DEL on HNS, the CNI result.");
    winnet::python::bind_cni(cni);

    // Register the submodules so `from winnet._winnet.hns import LoadBalancer` works (and stub
    // generators see them as modules).
    auto modules = py::module_::import("sys").attr("modules");
    modules["winnet._winnet.net"] = net;
    modules["winnet._winnet.hns"] = hns;
    modules["winnet._winnet.k8s"] = k8s;
    modules["winnet._winnet.hostprocess"] = hostprocess;
    modules["winnet._winnet.proxy"] = proxy;
    modules["winnet._winnet.cni"] = cni;
}
