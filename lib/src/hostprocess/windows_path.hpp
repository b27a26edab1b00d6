// Windows paths as Go's path/filepath handles them on Windows (Clean, Join), and the two
// drive-letter strippers of hcsshim's job containers. Private to the library.
#pragma once

#include <string>
#include <string_view>

namespace winnet::hostprocess::detail {

/// filepath.Clean on Windows: slashes become backslashes, repeated separators collapse, `.` and
/// `..` elements are resolved (`..` stops at the root), a drive (`C:`) or UNC share prefix is
/// kept; "" becomes ".".
std::string clean_path(std::string_view path);

/// filepath.Join on Windows of two elements: `base` and `rest` joined by a separator, then
/// cleaned; an empty element is left out.
std::string join_path(std::string_view base, std::string_view rest);

/// hcsshim's stripDriveLetter (mounts): `C:` becomes `.`, `C:\x` becomes `\x`.
std::string strip_drive_letter(std::string_view path);

/// hcsshim's removeDriveLetter (working directory): `C:` becomes a lone backslash,
/// `C:\x` becomes `\x`.
std::string remove_drive_letter(std::string_view path);

} // namespace winnet::hostprocess::detail
