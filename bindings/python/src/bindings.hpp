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
void bind_hns(pybind11::module_& m);

} // namespace winnet::python
