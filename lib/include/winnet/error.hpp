/// @file
/// The exceptions winnet throws. Every error names what was wrong and where.
#pragma once

#include <stdexcept>
#include <string>

namespace winnet {

/// Base class of every exception winnet throws, so a caller can catch all of them in one place.
/// The message (`what()`) is complete on its own: it names the value, field or JSON path at fault.
class Error : public std::runtime_error {
public:
    /// Creates an error with a complete, human-readable message.
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

/// Text that is not a valid value of its kind, such as an IP address, a prefix or a MAC address.
class ParseError : public Error {
public:
    /// Creates the error for `text`, which is not a valid `kind` (for example "IPv4 address"),
    /// because of `reason`.
    ParseError(std::string kind, std::string text, const std::string& reason);
    /// What kind of value was expected, for example "MAC address".
    [[nodiscard]] const std::string& kind() const noexcept { return kind_; }
    /// The text that was rejected, exactly as given.
    [[nodiscard]] const std::string& text() const noexcept { return text_; }

private:
    std::string kind_;
    std::string text_;
};

/// A JSON document that is not what its schema expects: not JSON at all, a value of the wrong
/// type, an unknown field or enum value, an address that does not parse, a number out of range.
class JsonError : public Error {
public:
    /// Creates the error for the value at `path` (JSONPath, for example
    /// `$.PortMappings[0].InternalPort`), with `problem` saying what was expected.
    JsonError(std::string path, std::string problem);
    /// Where in the document the problem is, as a JSONPath (`$` is the whole document).
    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    /// What was wrong at `path()`, without the path.
    [[nodiscard]] const std::string& problem() const noexcept { return problem_; }

private:
    std::string path_;
    std::string problem_;
};

} // namespace winnet
