#include "catch.hpp"

#include <winnet/error.hpp>
#include <winnet/net/mac_address.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

using winnet::net::LetterCase;
using winnet::net::MacAddress;

namespace {

// Parsing `text` throws a ParseError whose message quotes the text and contains `reason`.
void require_rejected(const std::string& text, const std::string& reason) {
    INFO("text: " << text);
    try {
        (void)MacAddress::parse(text);
        FAIL("parsed without a ParseError");
    } catch (const winnet::ParseError& e) {
        const std::string message = e.what();
        INFO("message: " << message);
        CHECK(e.kind() == "MAC address");
        CHECK(e.text() == text);
        CHECK(message.find("\"" + text + "\"") != std::string::npos);
        CHECK(message.find(reason) != std::string::npos);
    }
}

} // namespace

TEST_CASE("MAC addresses parse from HNS's dash form in either letter case", "[net][mac]") {
    const std::array<std::uint8_t, 6> expected = {0x00, 0x15, 0x5d, 0x52, 0xc0, 0x00};
    CHECK(MacAddress::parse("00-15-5D-52-C0-00").bytes() == expected);
    CHECK(MacAddress::parse("00-15-5d-52-c0-00").bytes() == expected);
    CHECK(MacAddress::parse("00-15-5d-52-C0-00").bytes() == expected);
}

TEST_CASE("MAC addresses parse from the colon form", "[net][mac]") {
    CHECK(MacAddress::parse("00:15:5d:52:c0:00") == MacAddress::parse("00-15-5D-52-C0-00"));
    CHECK(MacAddress::parse("FF:FF:FF:FF:FF:FF").bytes() ==
          std::array<std::uint8_t, 6>{0xff, 0xff, 0xff, 0xff, 0xff, 0xff});
}

TEST_CASE("MAC addresses format dash-separated, upper case unless lower case is asked for",
          "[net][mac]") {
    const auto hns = MacAddress::parse("00:15:5d:52:c0:00");
    CHECK(hns.to_string() == "00-15-5D-52-C0-00");
    CHECK(hns.to_string(LetterCase::Upper) == "00-15-5D-52-C0-00");
    // kube-proxy's conjured remote-endpoint MAC: 02-11 followed by the IPv4 address.
    const auto conjured = MacAddress::parse("02-11-C0-A8-02-03");
    CHECK(conjured.to_string(LetterCase::Lower) == "02-11-c0-a8-02-03");
}

TEST_CASE("MAC addresses round-trip through bytes and text", "[net][mac]") {
    const std::array<std::uint8_t, 6> bytes = {0x02, 0x11, 0xc0, 0xa8, 0x02, 0x03};
    const auto mac = MacAddress::from_bytes(bytes);
    CHECK(mac.bytes() == bytes);
    CHECK(MacAddress::parse(mac.to_string()) == mac);
    CHECK(MacAddress::parse(mac.to_string(LetterCase::Lower)) == mac);
    for (const char* text : {"00-00-00-00-00-00", "00-15-5D-52-C0-00", "FF-FF-FF-FF-FF-FF"}) {
        INFO(text);
        CHECK(MacAddress::parse(text).to_string() == text);
    }
}

TEST_CASE("A default-constructed MAC address is all zeros", "[net][mac]") {
    const MacAddress mac;
    CHECK(mac.to_string() == "00-00-00-00-00-00");
    CHECK(mac == MacAddress::from_bytes({0, 0, 0, 0, 0, 0}));
}

TEST_CASE("Malformed MAC addresses are rejected naming the group or separator at fault",
          "[net][mac]") {
    require_rejected("", "empty");
    require_rejected("00155D52C000", "no '-' or ':' between the groups");
    require_rejected("0015.5d52.c000", "no '-' or ':' between the groups");
    require_rejected("00-15-5D:52-C0-00",
                     "mixes separators: ':' after group 3, but '-' after group 1");
    require_rejected("00:15:5D-52:C0:00",
                     "mixes separators: '-' after group 3, but ':' after group 1");
    require_rejected("00-15-5D-52-C0", "5 groups, expected 6");
    require_rejected("00-15-5D-52-C0-00-11", "7 groups, expected 6");
    require_rejected("00-15-5D-52-C0-00-", "7 groups, expected 6");
    require_rejected("00-15--52-C0-00", "group 3 is empty");
    require_rejected("00-15-5D-52-C0-", "group 6 is empty");
    require_rejected("00-15-5D-52-C0-0G", "unexpected character 'G' in group 6");
    require_rejected(" 00-15-5D-52-C0-00", "unexpected character ' ' in group 1");
    require_rejected("00-15-5D-52-C0-00\n", "unexpected character byte 0x0A in group 6");
    require_rejected("0-15-5D-52-C0-00", "group 1 (\"0\") has 1 hex digits, expected exactly 2");
    require_rejected("00-15-5D-52-C0-000",
                     "group 6 (\"000\") has 3 hex digits, expected exactly 2");
}

TEST_CASE("MAC addresses order by bytes, and equal addresses hash equally", "[net][mac]") {
    CHECK(MacAddress::parse("00-15-5D-52-C0-00") < MacAddress::parse("00-15-5D-52-C0-01"));
    CHECK(MacAddress::parse("00-FF-FF-FF-FF-FF") < MacAddress::parse("01-00-00-00-00-00"));
    CHECK(MacAddress::parse("02-11-c0-a8-02-03") > MacAddress::parse("00-15-5D-52-C0-00"));
    CHECK(MacAddress::parse("00-15-5d-52-c0-00") <= MacAddress::parse("00:15:5D:52:C0:00"));
    CHECK(MacAddress::parse("00-15-5d-52-c0-00") != MacAddress::parse("00-15-5d-52-c0-01"));

    std::vector<MacAddress> macs = {MacAddress::parse("02-11-c0-a8-02-03"),
                                    MacAddress::parse("00-15-5D-52-C0-01"),
                                    MacAddress::parse("00-15-5D-52-C0-00")};
    std::sort(macs.begin(), macs.end());
    CHECK(macs.front().to_string() == "00-15-5D-52-C0-00");
    CHECK(macs.back().to_string() == "02-11-C0-A8-02-03");

    const std::hash<MacAddress> hash;
    CHECK(hash(MacAddress::parse("00-15-5d-52-c0-00")) ==
          hash(MacAddress::parse("00:15:5D:52:C0:00")));
    std::unordered_set<MacAddress> set;
    for (const char* text : {"00-15-5D-52-C0-00", "00:15:5d:52:c0:00", "00-15-5D-52-C0-01"}) {
        set.insert(MacAddress::parse(text));
    }
    CHECK(set.size() == 2);
}
