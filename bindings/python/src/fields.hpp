// Property helpers shared by the binding files, so every HNS class exposes its fields the same way.
#pragma once

#include "net_args.hpp"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstddef>
#include <optional>
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

/// A list field: read as a tuple (so in-place edits fail loudly), written from any sequence.
template <class Class, class Owner, class T>
void def_list_field(Class& cls, const char* name, std::vector<T> Owner::*field,
                    const char* doc_text) {
    cls.def_property(
        name, [field](const Owner& self) { return as_tuple(self.*field); },
        [field](Owner& self, std::vector<T> value) { self.*field = std::move(value); }, doc_text);
}

/// An address or prefix field: Parsed<T> accepts the value or its text, so
/// `route.next_hop = "10.0.0.1"` works and bad text raises winnet.ParseError.
template <class Class, class Owner, class T>
void def_parsed(Class& cls, const char* name, T Owner::*field, const char* doc_text) {
    cls.def_property(
        name, [field](const Owner& self) { return self.*field; },
        [field](Owner& self, const Parsed<T>& value) { self.*field = value.value; }, doc_text);
}

/// A list of addresses or prefixes: read as a tuple (in-place edits fail loudly), written from a
/// sequence of values or their text (Parsed<T>).
template <class Class, class Owner, class T>
void def_parsed_list(Class& cls, const char* name, std::vector<T> Owner::*field,
                     const char* doc_text) {
    cls.def_property(
        name, [field](const Owner& self) { return as_tuple(self.*field); },
        [field](Owner& self, const std::vector<Parsed<T>>& value) { self.*field = unwrap(value); },
        doc_text);
}

/// An optional address or prefix: None, a value, or its text (Parsed<T>).
template <class Class, class Owner, class T>
void def_parsed_optional(Class& cls, const char* name, std::optional<T> Owner::*field,
                         const char* doc_text) {
    cls.def_property(
        name, [field](const Owner& self) { return self.*field; },
        [field](Owner& self, const std::optional<Parsed<T>>& value) {
            self.*field = unwrap(value);
        },
        doc_text);
}

} // namespace winnet::python
