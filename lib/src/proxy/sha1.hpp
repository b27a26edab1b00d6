// SHA-1 of a byte string, for the load-balancer identity (upstream hashes endpoint ids with
// crypto/sha1). Not for security: only to reproduce upstream's identifier.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace winnet::proxy::detail {

std::array<std::uint8_t, 20> sha1(std::string_view data);

} // namespace winnet::proxy::detail
