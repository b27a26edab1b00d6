// __repr__ helpers shared by the binding files: `Type(field=repr(value), ...)`, exact and short.
#pragma once

#include <pybind11/pybind11.h>

#include <initializer_list>
#include <string>
#include <utility>

namespace winnet::python {

/// `Type(a=repr(x), b=repr(y))` from (name, Python value) pairs.
inline std::string
constructor_repr(const char* type,
                 std::initializer_list<std::pair<const char*, pybind11::object>> fields) {
    std::string out = type;
    out += '(';
    bool first = true;
    for (const auto& [name, value] : fields) {
        out += first ? "" : ", ";
        first = false;
        out += name;
        out += '=';
        out += pybind11::repr(value).cast<std::string>();
    }
    out += ')';
    return out;
}

} // namespace winnet::python
