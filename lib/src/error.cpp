#include <winnet/error.hpp>

#include <utility>

namespace winnet {

ParseError::ParseError(std::string kind, std::string text, const std::string& reason)
    : Error("invalid " + kind + " \"" + text + "\": " + reason), kind_(std::move(kind)),
      text_(std::move(text)) {}

JsonError::JsonError(std::string path, std::string problem)
    : Error(path + ": " + problem), path_(std::move(path)), problem_(std::move(problem)) {}

} // namespace winnet
