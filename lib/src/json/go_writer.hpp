// Writes JSON byte for byte as Go's encoding/json does, since HCN documents are produced by
// hcsshim (Go) and the site compares ours with theirs. Private to the library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::json {

/// Streaming writer of compact JSON in Go's `json.Marshal` format.
class GoWriter {
public:
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// Writes an object key; the value follows.
    void key(std::string_view name);
    void string(std::string_view value);
    void number(std::uint64_t value);
    void boolean(bool value);
    /// Inserts JSON that is already encoded in Go's compact form (see `go_compact`) as one value,
    /// as Go writes a `json.RawMessage`.
    void raw(std::string_view encoded);
    /// The document written so far.
    [[nodiscard]] std::string take() { return std::move(out_); }

private:
    void before_value();
    std::string out_;
    std::vector<bool> first_; // one entry per open object/array: no element written yet
    bool after_key_ = false;
};

/// Go's string quoting in `json.Marshal`: HTML-safe escapes for <, > and &, \u2028 and \u2029
/// escaped, invalid UTF-8 replaced by U+FFFD.
std::string go_quote(std::string_view text);

/// Compacts valid JSON text as Go's `json.Compact` with HTML escaping does when it writes a
/// `json.RawMessage`: no insignificant whitespace, <, > and & in strings escaped; key order and
/// number text kept. `text` must be valid JSON (take it from a parsed document).
std::string go_compact(std::string_view text);

/// Re-lays compact JSON as Go's `json.Indent(dst, src, "", "  ")`: one element a line, two
/// spaces per level, `": "` after keys, empty objects and arrays kept as `{}` and `[]`.
std::string go_indent(std::string_view compact);

} // namespace winnet::json
