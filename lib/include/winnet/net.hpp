/// @file
/// The whole `net` module: IP addresses, IP prefixes and MAC addresses.
#pragma once

#include <winnet/net/ip_address.hpp>
#include <winnet/net/ip_prefix.hpp>
#include <winnet/net/mac_address.hpp>
