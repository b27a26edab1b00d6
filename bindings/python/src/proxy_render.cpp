// winnet.proxy's tables (winnet::proxy render.hpp): the proxier's Services and load balancers as
// hns.Table rows, for the examples, the CLI and notebooks.
#include "bindings.hpp"

#include <winnet/proxy/render.hpp>

namespace py = pybind11;

namespace winnet::python {

void bind_proxy_render(py::module_& m) {
    m.def("service_table", &proxy::service_table, py::arg("proxier"),
          doc("winnet::proxy::service_table"));
    m.def("load_balancer_kind_table", &proxy::load_balancer_kind_table, py::arg("proxier"),
          py::arg("state"), py::arg("full_ids") = false,
          doc("winnet::proxy::load_balancer_kind_table"));
}

} // namespace winnet::python
