// Kubernetes resource quantities ("500m", "1.5", "256Mi", "1e3"), as resource.ParseQuantity
// reads them. Private to the library.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace winnet::hostprocess::detail {

/// The quantity's value times 10^`scale`, rounded up as Quantity.Value (scale 0) and
/// Quantity.MilliValue (scale 3) do, clamped to the int64 range; nullopt when `text` is not a
/// quantity (the API server's regular expression `^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$`
/// and a known suffix).
std::optional<std::int64_t> parse_quantity(std::string_view text, int scale);

} // namespace winnet::hostprocess::detail
