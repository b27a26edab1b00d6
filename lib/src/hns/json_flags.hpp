// Flag sets (LoadBalancerFlags, NetworkFlags, NatFlags, ...) as HNS writes them: a uint32 bit set
// in JSON, "DSR|IPv6" for people. Private to the library: every hns/<object>.cpp names and reads
// its flags with these, so the text and the error messages are the same for every flag type.
#pragma once

#include "json/reader.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace winnet::hns::detail {

/// `bits` as "A|B": the names of its set bits, in the order of `names`, then any bits no name
/// covers as one number (bits HNS does not define are shown rather than lost); "None" for 0.
std::string flag_names(std::uint32_t bits,
                       std::span<const std::pair<std::uint32_t, const char*>> names);

/// flag_names of a flag enum and its table of (flag, name) pairs.
template <class Flags, std::size_t N>
std::string flag_names(Flags flags, const std::array<std::pair<Flags, const char*>, N>& names) {
    static_assert(std::is_enum_v<Flags>, "a flag enum (the uint32 overload takes raw bits)");
    std::array<std::pair<std::uint32_t, const char*>, N> bits{};
    for (std::size_t i = 0; i < N; ++i) {
        bits[i] = {static_cast<std::uint32_t>(names[i].first), names[i].second};
    }
    return flag_names(static_cast<std::uint32_t>(flags),
                      std::span<const std::pair<std::uint32_t, const char*>>(bits));
}

/// The bits a table of (flag, name) pairs defines: what read_flags accepts.
template <class Flags, std::size_t N>
constexpr std::uint32_t defined_bits(const std::array<std::pair<Flags, const char*>, N>& names) {
    std::uint32_t bits = 0;
    for (const auto& [flag, name] : names) {
        bits |= static_cast<std::uint32_t>(flag);
    }
    return bits;
}

/// A uint32 bit set of `type_name`; bits outside `defined` are a JsonError at `path`.
std::uint32_t read_flags(const json::Value& value, const std::string& path, std::uint32_t defined,
                         std::string_view type_name);

} // namespace winnet::hns::detail
