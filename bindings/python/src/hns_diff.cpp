// winnet.hns.StateDiff (winnet::hns state_diff.hpp): what changed between two HNS states, for
// showing what a sync or a CNI ADD did.
#include "bindings.hpp"
#include "fields.hpp"

#include <winnet/hns/state_diff.hpp>

namespace py = pybind11;

namespace winnet::python {

namespace {

template <class T> void bind_change(py::module_& m, const char* name) {
    py::class_<hns::Change<T>>(m, name, doc("winnet::hns::Change"))
        .def_readonly("before", &hns::Change<T>::before, doc("winnet::hns::Change::before"))
        .def_readonly("after", &hns::Change<T>::after, doc("winnet::hns::Change::after"))
        .def("__repr__", [name](const hns::Change<T>& c) {
            return std::string("<") + name + " " + c.after.id + ">";
        });
}

} // namespace

void bind_hns_diff(py::module_& m) {
    bind_change<hns::Endpoint>(m, "EndpointChange");
    bind_change<hns::LoadBalancer>(m, "LoadBalancerChange");
    py::class_<hns::StateDiff> d(m, "StateDiff", doc("winnet::hns::StateDiff"));
    def_list_field(d, "created_endpoints", &hns::StateDiff::created_endpoints,
                   doc("winnet::hns::StateDiff::created_endpoints"));
    def_list_field(d, "updated_endpoints", &hns::StateDiff::updated_endpoints,
                   doc("winnet::hns::StateDiff::updated_endpoints"));
    def_list_field(d, "deleted_endpoints", &hns::StateDiff::deleted_endpoints,
                   doc("winnet::hns::StateDiff::deleted_endpoints"));
    def_list_field(d, "created_load_balancers", &hns::StateDiff::created_load_balancers,
                   doc("winnet::hns::StateDiff::created_load_balancers"));
    def_list_field(d, "updated_load_balancers", &hns::StateDiff::updated_load_balancers,
                   doc("winnet::hns::StateDiff::updated_load_balancers"));
    def_list_field(d, "deleted_load_balancers", &hns::StateDiff::deleted_load_balancers,
                   doc("winnet::hns::StateDiff::deleted_load_balancers"));
    d.def("empty", &hns::StateDiff::empty, doc("winnet::hns::StateDiff::empty"))
        .def("_repr_html_",
             [](const hns::StateDiff& self) { return hns::diff_table(self).to_html(); })
        .def("__repr__", [](const hns::StateDiff& self) {
            const auto n = [](std::size_t a, std::size_t b, std::size_t c) {
                return std::to_string(a) + "/" + std::to_string(b) + "/" + std::to_string(c);
            };
            return "<StateDiff endpoints created/updated/deleted " +
                   n(self.created_endpoints.size(), self.updated_endpoints.size(),
                     self.deleted_endpoints.size()) +
                   ", load balancers " +
                   n(self.created_load_balancers.size(), self.updated_load_balancers.size(),
                     self.deleted_load_balancers.size()) +
                   ">";
        });
    m.def("diff_states", &hns::diff_states, py::arg("before"), py::arg("after"),
          doc("winnet::hns::diff_states"));
    m.def("diff_table", &hns::diff_table, py::arg("diff"), py::arg("full_ids") = false,
          doc("winnet::hns::diff_table"));
}

} // namespace winnet::python
