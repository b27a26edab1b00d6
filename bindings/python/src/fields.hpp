// Property helpers shared by the binding files, so every class exposes its fields the same way,
// and a wrong value set from Python raises an error naming the property ("PortMapping.protocol:
// expected Protocol, got int"; see Checked in net_args.hpp).
#pragma once

#include "net_args.hpp"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace winnet::python {

/// A vector as a Python tuple. List fields read as tuples so that an in-place edit
/// (`network.policies.append(...)`) fails loudly instead of changing a temporary copy.
template <class T> pybind11::tuple as_tuple(const std::vector<T>& items) {
    pybind11::tuple out(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        out[i] = pybind11::cast(items[i]);
    }
    return out;
}

/// The values of Parsed<T> arguments (each given as a T or as its text).
template <class T> std::optional<T> unwrap(const std::optional<Parsed<T>>& arg) {
    return arg ? std::optional<T>(arg->value) : std::nullopt;
}

template <class T> std::vector<T> unwrap(const std::vector<Parsed<T>>& args) {
    std::vector<T> out;
    out.reserve(args.size());
    for (const auto& a : args) {
        out.push_back(a.value);
    }
    return out;
}

/// "Route.next_hop": how errors name a property of a bound class.
template <class Class> std::string property_name(const Class& cls, const char* name) {
    return pybind11::str(cls.attr("__name__")).template cast<std::string>() + "." + name;
}

/// The Python type name of the values of `T` ("IpAddress"), for error messages.
template <class T> std::string python_type_name() {
    return pybind11::str(pybind11::type::of<T>().attr("__name__")).cast<std::string>();
}

/// What an argument of type `T` takes, as error messages say it.
template <class T> struct Expected {
    static std::string text() {
        if constexpr (std::is_same_v<T, bool>) {
            return "bool";
        } else if constexpr (std::is_integral_v<T>) {
            return "int";
        } else {
            return python_type_name<T>();
        }
    }
};
template <class T> struct Expected<Parsed<T>> {
    static std::string text() { return python_type_name<T>() + " or str"; }
};
template <class T> struct Expected<std::optional<Parsed<T>>> {
    static std::string text() { return python_type_name<T>() + ", str or None"; }
};
template <class T> struct Expected<std::vector<Parsed<T>>> {
    static std::string text() { return "a sequence of " + python_type_name<T>() + " or str"; }
};

/// A Checked argument converted, errors naming `where` ("LoadBalancer(frontend_vips=...)").
template <class T> T argument(const Checked<T>& value, const std::string& where) {
    return checked(value, where, Expected<T>::text());
}

/// A list field: read as a tuple (so in-place edits fail loudly), written from any sequence.
template <class Class, class Owner, class T>
void def_list_field(Class& cls, const char* name, std::vector<T> Owner::*field,
                    const char* doc_text) {
    cls.def_property(
        name, [field](const Owner& self) { return as_tuple(self.*field); },
        [field, where = property_name(cls, name)](Owner& self,
                                                  const Checked<std::vector<T>>& value) {
            self.*field = checked(value, where, "a sequence");
        },
        doc_text);
}

/// An address or prefix field: Parsed<T> accepts the value or its text, so
/// `route.next_hop = "10.0.0.1"` works and bad text raises winnet.ParseError.
template <class Class, class Owner, class T>
void def_parsed(Class& cls, const char* name, T Owner::*field, const char* doc_text) {
    cls.def_property(
        name, [field](const Owner& self) { return self.*field; },
        [field, where = property_name(cls, name)](Owner& self, const Checked<Parsed<T>>& value) {
            self.*field = argument(value, where).value;
        },
        doc_text);
}

/// A list of addresses or prefixes: read as a tuple (in-place edits fail loudly), written from a
/// sequence of values or their text (Parsed<T>).
template <class Class, class Owner, class T>
void def_parsed_list(Class& cls, const char* name, std::vector<T> Owner::*field,
                     const char* doc_text) {
    cls.def_property(
        name, [field](const Owner& self) { return as_tuple(self.*field); },
        [field, where = property_name(cls, name)](Owner& self,
                                                  const Checked<std::vector<Parsed<T>>>& value) {
            self.*field = unwrap(argument(value, where));
        },
        doc_text);
}

/// An optional address or prefix: None, a value, or its text (Parsed<T>).
template <class Class, class Owner, class T>
void def_parsed_optional(Class& cls, const char* name, std::optional<T> Owner::*field,
                         const char* doc_text) {
    cls.def_property(
        name, [field](const Owner& self) { return self.*field; },
        [field, where = property_name(cls, name)](Owner& self,
                                                  const Checked<std::optional<Parsed<T>>>& value) {
            self.*field = unwrap(argument(value, where));
        },
        doc_text);
}

/// py::class_ whose def_readwrite fields name themselves in errors: setting a field to a value of
/// the wrong type raises TypeError "Type.field: expected int, got str", an integer out of the
/// field's range ValueError "Type.field: 70000 is out of range (0 to 65535)". The getter is
/// def_readwrite's (a reference into the object, so `svc.spec.type = ...` changes `svc`), and the
/// stubs show the same types. Chained calls keep returning a Class.
template <class T, class... Options> class Class : public pybind11::class_<T, Options...> {
    using Base = pybind11::class_<T, Options...>;

public:
    using Base::Base;

    template <class C, class D, class... Extra>
    Class& def_readwrite(const char* name, D C::*pm, const Extra&... extra) {
        namespace py = pybind11;
        py::cpp_function fget([pm](const T& c) -> const D& { return c.*pm; }, py::is_method(*this));
        py::cpp_function fset(
            [pm, where = property_name(*this, name)](T& c, const Checked<D>& value) {
                c.*pm = checked(value, where, expected_type(py::cast(c.*pm)));
            },
            py::is_method(*this));
        Base::def_property(name, fget, fset, py::return_value_policy::reference_internal, extra...);
        return *this;
    }

    template <class... A> Class& def(A&&... a) {
        Base::def(std::forward<A>(a)...);
        return *this;
    }
    template <class... A> Class& def_static(A&&... a) {
        Base::def_static(std::forward<A>(a)...);
        return *this;
    }
    template <class... A> Class& def_readonly(A&&... a) {
        Base::def_readonly(std::forward<A>(a)...);
        return *this;
    }
    template <class... A> Class& def_property(A&&... a) {
        Base::def_property(std::forward<A>(a)...);
        return *this;
    }
    template <class... A> Class& def_property_readonly(A&&... a) {
        Base::def_property_readonly(std::forward<A>(a)...);
        return *this;
    }

private:
    /// What a field holding `current` takes: its type's name, "X or None" for optional fields.
    static std::string expected_type(const pybind11::object& current) {
        return current.is_none() ? std::string("the field's type or None") : type_name(current);
    }
};

} // namespace winnet::python
