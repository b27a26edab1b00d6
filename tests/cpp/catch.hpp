// The one include for tests: Catch2 3.x headers when built against 3.x, the single header of 2.x
// (Debian 12 ships 2.13) otherwise. Tests use only macros both versions share.
#pragma once

#if defined(WINNET_CATCH_MAJOR) && WINNET_CATCH_MAJOR == 2
#include <catch2/catch.hpp>
#else
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#endif
