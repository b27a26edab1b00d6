// Catch2 2.x only: 3.x brings its own main (Catch2::Catch2WithMain).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
