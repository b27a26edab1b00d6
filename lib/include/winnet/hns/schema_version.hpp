/// @file
/// The schema version every HCN v2 document carries.
#pragma once

#include <cstdint>

namespace winnet::hns {

/// The version of the HCN document schema, sent with every object in its `SchemaVersion` field.
/// kube-proxy and the CNI plugins always send 2.0, the HCN v2 schema; HNS v1 objects have none.
/// hcsshim: `hcn.SchemaVersion` (a `Version`).
struct SchemaVersion {
    /// Major schema version, JSON `Major`; 2 for HCN v2 documents.
    std::uint32_t major = 2;
    /// Minor schema version, JSON `Minor`; 0 for every document kube-proxy sends.
    std::uint32_t minor = 0;

    /// Two versions are equal when major and minor are.
    friend bool operator==(const SchemaVersion&, const SchemaVersion&) = default;
};

/// How a document is laid out as text.
enum class JsonStyle {
    /// One line, no spaces: the bytes hcsshim's `json.Marshal` hands to `computenetwork.dll`.
    Compact,
    /// Two-space indentation, one field a line, as Go's `json.MarshalIndent(v, "", "  ")`; for
    /// people reading a document.
    Indented,
};

} // namespace winnet::hns
