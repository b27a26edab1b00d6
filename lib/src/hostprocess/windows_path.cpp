#include "hostprocess/windows_path.hpp"

#include <vector>

namespace winnet::hostprocess::detail {

namespace {

bool separator(char c) {
    return c == '\\' || c == '/';
}

bool drive_letter(std::string_view path) {
    return path.size() >= 2 && path[1] == ':' &&
           ((path[0] >= 'a' && path[0] <= 'z') || (path[0] >= 'A' && path[0] <= 'Z'));
}

// The length of the volume name: `C:` (2), or a UNC `\\host\share` prefix; 0 for none.
std::size_t volume_length(std::string_view path) {
    if (drive_letter(path)) {
        return 2;
    }
    if (path.size() >= 3 && separator(path[0]) && separator(path[1]) && !separator(path[2])) {
        // \\host\share: the host, then the share.
        std::size_t i = 2;
        while (i < path.size() && !separator(path[i])) {
            ++i;
        }
        if (i == path.size()) {
            return 0;
        }
        ++i;
        if (i == path.size() || separator(path[i])) {
            return 0;
        }
        while (i < path.size() && !separator(path[i])) {
            ++i;
        }
        return i;
    }
    return 0;
}

std::string from_slash(std::string_view path) {
    std::string out(path);
    for (char& c : out) {
        if (c == '/') {
            c = '\\';
        }
    }
    return out;
}

} // namespace

std::string clean_path(std::string_view path) {
    const std::size_t vol = volume_length(path);
    const std::string volume = from_slash(path.substr(0, vol));
    const std::string_view rest = path.substr(vol);
    if (rest.empty()) {
        if (vol > 1 && separator(path[0]) && separator(path[1])) {
            return volume; // a UNC share alone
        }
        return volume + ".";
    }
    const bool rooted = separator(rest[0]);
    std::vector<std::string_view> parts;
    std::size_t i = 0;
    while (i < rest.size()) {
        while (i < rest.size() && separator(rest[i])) {
            ++i;
        }
        std::size_t j = i;
        while (j < rest.size() && !separator(rest[j])) {
            ++j;
        }
        const std::string_view part = rest.substr(i, j - i);
        i = j;
        if (part.empty() || part == ".") {
            continue;
        }
        if (part == "..") {
            if (!parts.empty() && parts.back() != "..") {
                parts.pop_back();
            } else if (!rooted) {
                parts.push_back(part);
            }
            continue;
        }
        parts.push_back(part);
    }
    std::string out = volume;
    if (rooted) {
        out += '\\';
    }
    for (std::size_t k = 0; k < parts.size(); ++k) {
        if (k > 0) {
            out += '\\';
        }
        out += parts[k];
    }
    if (out == volume) {
        out += '.';
    }
    return out;
}

std::string join_path(std::string_view base, std::string_view rest) {
    if (base.empty()) {
        return rest.empty() ? std::string() : clean_path(rest);
    }
    if (rest.empty()) {
        return clean_path(base);
    }
    return clean_path(std::string(base) + "\\" + std::string(rest));
}

std::string strip_drive_letter(std::string_view path) {
    if (path.size() == 2 && path[1] == ':') {
        return ".";
    }
    if (path.size() > 2 && path[1] == ':') {
        return std::string(path.substr(2));
    }
    return std::string(path);
}

std::string remove_drive_letter(std::string_view path) {
    if (path.size() == 2 && path[1] == ':') {
        return "\\";
    }
    if (path.size() > 2 && path[1] == ':') {
        return std::string(path.substr(2));
    }
    return std::string(path);
}

} // namespace winnet::hostprocess::detail
