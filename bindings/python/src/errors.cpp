// winnet::Error and its subclasses become Python exceptions that keep the C++ message. ParseError
// and JsonError derive from ValueError, since both mean "this value is not acceptable".
#include "bindings.hpp"
#include "net_args.hpp"

#include <winnet/error.hpp>

namespace py = pybind11;

namespace winnet::python {

namespace {
PyObject* parse_error_type = nullptr; // winnet.ParseError, set by bind_errors
} // namespace

void raise_parse_error(const std::string& where, const ParseError& e) {
    py::object exc = py::handle(parse_error_type)(where + ": " + e.what());
    exc.attr("kind") = e.kind();
    exc.attr("text") = e.text();
    PyErr_SetObject(parse_error_type, exc.ptr());
    throw py::error_already_set();
}

void bind_errors(py::module_& m) {
    static py::exception<winnet::Error> error(m, "Error", PyExc_RuntimeError);
    error.doc() = doc("winnet::Error");
    static py::exception<winnet::ParseError> parse_error(m, "ParseError", PyExc_ValueError);
    parse_error.doc() = doc("winnet::ParseError");
    static py::exception<winnet::JsonError> json_error(m, "JsonError", PyExc_ValueError);
    json_error.doc() = doc("winnet::JsonError");
    parse_error_type = parse_error.ptr();

    // Most specific first: a JsonError is also a winnet::Error.
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) {
                std::rethrow_exception(p);
            }
        } catch (const winnet::JsonError& e) {
            py::object exc = py::handle(json_error.ptr())(e.what());
            exc.attr("path") = e.path();
            exc.attr("problem") = e.problem();
            PyErr_SetObject(json_error.ptr(), exc.ptr());
        } catch (const winnet::ParseError& e) {
            py::object exc = py::handle(parse_error.ptr())(e.what());
            exc.attr("kind") = e.kind();
            exc.attr("text") = e.text();
            PyErr_SetObject(parse_error.ptr(), exc.ptr());
        } catch (const winnet::Error& e) {
            PyErr_SetString(error.ptr(), e.what());
        }
    });
}

} // namespace winnet::python
