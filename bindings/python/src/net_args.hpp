// Arguments that accept either a winnet value or its text: `frontend_vips=["10.0.0.1"]` works,
// and bad text raises winnet.ParseError (a ValueError) with the parser's reason, where
// py::implicitly_convertible would swallow the reason into an "incompatible arguments" TypeError.
//
// Checked<T>: an argument or property value converted to T only when the binding asks for it with
// the name of what it sets (`checked(value, "PortMapping.internal_port")`), so that a wrong value
// raises an error naming it: TypeError for the wrong type, ValueError for a number out of range,
// winnet.ParseError for text that does not parse. Only for functions that are not overloaded: a
// Checked<T> accepts any object, so overload resolution could not tell the overloads apart.
#pragma once

#include <winnet/error.hpp>
#include <winnet/net.hpp>

#include <pybind11/pybind11.h>

#include <limits>
#include <string>
#include <type_traits>
#include <vector>

namespace winnet::python {

/// A `T` given from Python as a `T` or as text that `T::parse` accepts.
template <class T> struct Parsed { T value; };

/// A Python value to be converted to `T` by `checked`, which names it in errors.
template <class T> struct Checked { pybind11::object object; };

/// Raises winnet.ParseError with the message of `e` prefixed by `where` ("Route.next_hop: ...").
[[noreturn]] void raise_parse_error(const std::string& where, const ParseError& e);

/// `type(value).__name__`.
inline std::string type_name(pybind11::handle value) {
    return pybind11::str(pybind11::type::handle_of(value).attr("__name__")).cast<std::string>();
}

/// `value` converted to `T`, or an error naming `where`: TypeError "where: expected EXPECTED, got
/// str", ValueError "where: 70000 is out of range (0 to 65535)" for an integer of the wrong size,
/// winnet.ParseError "where: invalid IP address ..." for text that does not parse.
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};

template <class T>
T checked(const Checked<T>& value, const std::string& where, const std::string& expected) {
    namespace py = pybind11;
    try {
        return value.object.template cast<T>();
    } catch (const ParseError& e) {
        raise_parse_error(where, e);
    } catch (const py::cast_error&) {
        if constexpr (is_vector<T>::value) {
            // Name the element that is wrong: "where[2]: expected ..., got int".
            if (py::isinstance<py::list>(value.object) || py::isinstance<py::tuple>(value.object)) {
                const auto items = py::reinterpret_borrow<py::sequence>(value.object);
                const std::string prefix = "a sequence of ";
                const std::string element = expected.starts_with(prefix)
                                                ? expected.substr(prefix.size())
                                                : std::string("an element of the right type");
                for (std::size_t i = 0; i < items.size(); ++i) {
                    checked(Checked<typename T::value_type>{items[i]},
                            where + "[" + std::to_string(i) + "]", element);
                }
            }
        }
        if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
            if (PyLong_Check(value.object.ptr()) && !PyBool_Check(value.object.ptr())) {
                throw py::value_error(
                    where + ": " + py::repr(value.object).template cast<std::string>() +
                    " is out of range (" + std::to_string(std::numeric_limits<T>::min()) + " to " +
                    std::to_string(std::numeric_limits<T>::max()) + ")");
            }
        }
        throw py::type_error(where + ": expected " + expected + ", got " + type_name(value.object));
    }
}

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

// Takes any object; the stubs show T's type, which is what the value must be.
template <class T> struct type_caster<winnet::python::Checked<T>> {
    PYBIND11_TYPE_CASTER(winnet::python::Checked<T>, make_caster<T>::name);

    bool load(handle src, bool /*convert*/) {
        value.object = reinterpret_borrow<object>(src);
        return true;
    }

    static handle cast(const winnet::python::Checked<T>& src, return_value_policy /*policy*/,
                       handle /*parent*/) {
        return src.object.inc_ref();
    }
};

} // namespace pybind11::detail
