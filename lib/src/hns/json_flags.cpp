#include "hns/json_flags.hpp"

#include <winnet/error.hpp>

namespace winnet::hns::detail {

std::string flag_names(std::uint32_t bits,
                       std::span<const std::pair<std::uint32_t, const char*>> names) {
    std::string out;
    std::uint32_t named = 0;
    for (const auto& [flag, name] : names) {
        if ((bits & flag) != 0) {
            out += out.empty() ? "" : "|";
            out += name;
            named |= flag;
        }
    }
    if (const auto rest = bits & ~named; rest != 0) {
        out += out.empty() ? "" : "|";
        out += std::to_string(rest); // bits HNS does not define, shown rather than lost
    }
    return out.empty() ? "None" : out;
}

std::uint32_t read_flags(const json::Value& value, const std::string& path, std::uint32_t defined,
                         std::string_view type_name) {
    const auto bits =
        static_cast<std::uint32_t>(json::read_unsigned(value, path, 0xFFFFFFFFU, "uint32 bit set"));
    if (const auto unknown = bits & ~defined; unknown != 0) {
        throw JsonError(path, "flag bits " + std::to_string(unknown) + " of " +
                                  std::to_string(bits) + " are not defined for " +
                                  std::string(type_name) +
                                  " (defined bits: " + std::to_string(defined) + ")");
    }
    return bits;
}

} // namespace winnet::hns::detail
