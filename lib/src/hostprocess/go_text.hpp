// Text as Go writes it in the messages the checker reproduces: strconv.Quote (the %q verb),
// encoding/json strings, and UTF-8 decoding as Go's regexp sees it. Private to the library.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace winnet::hostprocess::detail {

/// Go's strconv.Quote: "..." with \" \\ \n \t ... escapes, \xNN for invalid UTF-8 bytes and
/// ASCII controls, \uNNNN for non-printable runes. Printability of non-ASCII runes follows Go's
/// unicode.IsPrint for the characters that occur in practice (C1 controls, spaces other than
/// U+0020, format characters, private use and noncharacters are escaped).
std::string go_quote(std::string_view text);

/// A string as Go's encoding/json marshals it (HTML-safe): how the API server prints a pointer
/// value in an error since Kubernetes 1.34.
std::string json_quote(std::string_view text);

/// The runes of `text` as Go's regexp reads them: an invalid UTF-8 byte is one U+FFFD rune.
std::vector<char32_t> runes(std::string_view text);

} // namespace winnet::hostprocess::detail
