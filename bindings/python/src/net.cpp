// winnet.net: IpAddress, IpPrefix and MacAddress as immutable Python value types that compare,
// order and hash like their C++ counterparts, and the IpFamily and LetterCase enums.
#include "bindings.hpp"
#include "fields.hpp"

#include <winnet/net.hpp>

#include <pybind11/native_enum.h>

#include <compare>
#include <functional>
#include <string>
#include <string_view>

namespace py = pybind11;

namespace winnet::python {

namespace {

py::object not_implemented() {
    return py::reinterpret_borrow<py::object>(Py_NotImplemented);
}

// ==, <, <=, >, >= and hash from the C++ operators. Anything but another T gives NotImplemented:
// Python then falls back to identity for == and raises TypeError for ordering. A str is
// deliberately not converted here, or IpAddress("10.0.0.1") == "10.0.0.1" would be True while
// their hashes differ.
template <typename T, typename Class> void bind_value_semantics(Class& cls) {
    auto compare = [](auto test) {
        return [test](const T& self, const py::object& other) -> py::object {
            if (!py::isinstance<T>(other)) {
                return not_implemented();
            }
            return py::bool_(test(self <=> other.cast<const T&>()));
        };
    };
    cls.def(
           "__eq__",
           [](const T& self, const py::object& other) -> py::object {
               if (!py::isinstance<T>(other)) {
                   return not_implemented();
               }
               return py::bool_(self == other.cast<const T&>());
           },
           py::arg("other"))
        .def("__lt__", compare([](std::strong_ordering o) { return o < 0; }), py::arg("other"))
        .def("__le__", compare([](std::strong_ordering o) { return o <= 0; }), py::arg("other"))
        .def("__gt__", compare([](std::strong_ordering o) { return o > 0; }), py::arg("other"))
        .def("__ge__", compare([](std::strong_ordering o) { return o >= 0; }), py::arg("other"))
        // After __eq__, which makes pybind11 set __hash__ to None.
        .def("__hash__", [](const T& self) { return std::hash<T>{}(self); });
}

template <typename Bytes> py::bytes packed(const Bytes& bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

// "IpAddress('10.0.0.1')": the expression that recreates the value.
std::string repr(std::string_view type, const std::string& text) {
    return std::string(type) + "('" + text + "')";
}

} // namespace

void bind_net(py::module_& m) {
    using net::IpAddress;
    using net::IpFamily;
    using net::IpPrefix;
    using net::LetterCase;
    using net::MacAddress;

    // Enums first: the classes below use them in signatures and default arguments.
    py::native_enum<IpFamily>(m, "IpFamily", "enum.Enum", doc("winnet::net::IpFamily"))
        .value("IPV4", IpFamily::IPv4, doc("winnet::net::IpFamily::IPv4"))
        .value("IPV6", IpFamily::IPv6, doc("winnet::net::IpFamily::IPv6"))
        .finalize();
    py::native_enum<LetterCase>(m, "LetterCase", "enum.Enum", doc("winnet::net::LetterCase"))
        .value("UPPER", LetterCase::Upper, doc("winnet::net::LetterCase::Upper"))
        .value("LOWER", LetterCase::Lower, doc("winnet::net::LetterCase::Lower"))
        .finalize();

    py::class_<IpAddress> ip_address(m, "IpAddress", doc("winnet::net::IpAddress"));
    ip_address
        .def(py::init([](std::string_view text) { return IpAddress::parse(text); }),
             py::arg("text"), doc("winnet::net::IpAddress::parse"))
        .def_static("parse", &IpAddress::parse, py::arg("text"),
                    doc("winnet::net::IpAddress::parse"))
        .def_property_readonly("family", &IpAddress::family, doc("winnet::net::IpAddress::family"))
        .def_property_readonly("is_v4", &IpAddress::is_v4, doc("winnet::net::IpAddress::is_v4"))
        .def_property_readonly("is_v6", &IpAddress::is_v6, doc("winnet::net::IpAddress::is_v6"))
        .def_property_readonly(
            "packed", [](const IpAddress& self) { return packed(self.bytes()); },
            doc("winnet::net::IpAddress::bytes"))
        .def("__str__", &IpAddress::to_string)
        .def("__repr__", [](const IpAddress& self) { return repr("IpAddress", self.to_string()); });
    bind_value_semantics<IpAddress>(ip_address);

    py::class_<IpPrefix> ip_prefix(m, "IpPrefix", doc("winnet::net::IpPrefix"));
    ip_prefix
        .def(py::init([](std::string_view text) { return IpPrefix::parse(text); }), py::arg("text"),
             doc("winnet::net::IpPrefix::parse"))
        .def_static("parse", &IpPrefix::parse, py::arg("text"), doc("winnet::net::IpPrefix::parse"))
        .def_property_readonly("address", &IpPrefix::address, doc("winnet::net::IpPrefix::address"))
        .def_property_readonly("network", &IpPrefix::network, doc("winnet::net::IpPrefix::network"))
        .def_property_readonly("length", &IpPrefix::length, doc("winnet::net::IpPrefix::length"))
        .def_property_readonly("family", &IpPrefix::family, doc("winnet::net::IpPrefix::family"))
        .def(
            "contains",
            [](const IpPrefix& self, const Checked<Parsed<IpAddress>>& address) {
                return self.contains(argument(address, "IpPrefix.contains(address=...)").value);
            },
            py::arg("address"), doc("winnet::net::IpPrefix::contains"))
        .def("__str__", &IpPrefix::to_string)
        .def("__repr__", [](const IpPrefix& self) { return repr("IpPrefix", self.to_string()); });
    bind_value_semantics<IpPrefix>(ip_prefix);

    py::class_<MacAddress> mac_address(m, "MacAddress", doc("winnet::net::MacAddress"));
    mac_address
        .def(py::init([](std::string_view text) { return MacAddress::parse(text); }),
             py::arg("text"), doc("winnet::net::MacAddress::parse"))
        .def_static("parse", &MacAddress::parse, py::arg("text"),
                    doc("winnet::net::MacAddress::parse"))
        .def_property_readonly(
            "packed", [](const MacAddress& self) { return packed(self.bytes()); },
            doc("winnet::net::MacAddress::bytes"))
        .def("to_string", &MacAddress::to_string, py::arg("letter_case") = LetterCase::Upper,
             doc("winnet::net::MacAddress::to_string"))
        .def("__str__", [](const MacAddress& self) { return self.to_string(); })
        .def("__repr__",
             [](const MacAddress& self) { return repr("MacAddress", self.to_string()); });
    bind_value_semantics<MacAddress>(mac_address);
}

} // namespace winnet::python
