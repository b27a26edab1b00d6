// Arguments that accept either a winnet value or its text: `frontend_vips=["10.0.0.1"]` works,
// and bad text raises winnet.ParseError (a ValueError) with the parser's reason, where
// py::implicitly_convertible would swallow the reason into an "incompatible arguments" TypeError.
#pragma once

#include <winnet/net.hpp>

#include <pybind11/pybind11.h>

#include <string>

namespace winnet::python {

/// A `T` given from Python as a `T` or as text that `T::parse` accepts.
template <class T> struct Parsed { T value; };

} // namespace winnet::python

namespace pybind11::detail {

template <class T> struct type_caster<winnet::python::Parsed<T>> {
    PYBIND11_TYPE_CASTER(winnet::python::Parsed<T>, make_caster<T>::name + const_name(" | str"));

    bool load(handle src, bool convert) {
        if (isinstance<T>(src)) {
            value.value = src.cast<T>();
            return true;
        }
        if (convert && isinstance<str>(src)) {
            value.value = T::parse(src.cast<std::string>()); // ParseError propagates to Python
            return true;
        }
        return false;
    }

    static handle cast(const winnet::python::Parsed<T>& src, return_value_policy policy,
                       handle parent) {
        return make_caster<T>::cast(src.value, policy, parent);
    }
};

} // namespace pybind11::detail
