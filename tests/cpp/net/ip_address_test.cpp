#include "catch.hpp"

#include <winnet/error.hpp>
#include <winnet/net/ip_address.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

using winnet::net::IpAddress;
using winnet::net::IpFamily;

namespace {

std::vector<std::uint8_t> bytes_of(const IpAddress& address) {
    const auto bytes = address.bytes();
    return {bytes.begin(), bytes.end()};
}

// Parsing `text` throws a ParseError whose message quotes the text and contains `reason`.
void require_rejected(const std::string& text, const std::string& reason) {
    INFO("text: " << text);
    try {
        (void)IpAddress::parse(text);
        FAIL("parsed without a ParseError");
    } catch (const winnet::ParseError& e) {
        const std::string message = e.what();
        INFO("message: " << message);
        CHECK(e.kind() == "IP address");
        CHECK(e.text() == text);
        CHECK(message.find("\"" + text + "\"") != std::string::npos);
        CHECK(message.find(reason) != std::string::npos);
    }
}

} // namespace

TEST_CASE("IPv4 addresses parse from dotted-quad text", "[net][ip]") {
    const auto address = IpAddress::parse("10.244.1.5");
    CHECK(address.family() == IpFamily::IPv4);
    CHECK(address.is_v4());
    CHECK_FALSE(address.is_v6());
    CHECK(bytes_of(address) == std::vector<std::uint8_t>{10, 244, 1, 5});
    CHECK(address.to_string() == "10.244.1.5");

    CHECK(IpAddress::parse("0.0.0.0").to_string() == "0.0.0.0");
    CHECK(bytes_of(IpAddress::parse("255.255.255.255")) ==
          std::vector<std::uint8_t>{255, 255, 255, 255});
    CHECK(IpAddress::parse("1.0.0.0").to_string() == "1.0.0.0");
}

TEST_CASE("A default-constructed address is the IPv4 address 0.0.0.0", "[net][ip]") {
    const IpAddress address;
    CHECK(address.is_v4());
    CHECK(address.to_string() == "0.0.0.0");
    CHECK(address == IpAddress::parse("0.0.0.0"));
}

TEST_CASE("IPv6 addresses parse from RFC 4291 text", "[net][ip]") {
    SECTION("full form, either letter case") {
        const auto address = IpAddress::parse("FD00:0000:0000:0000:0000:0000:0000:ABCD");
        CHECK(address.family() == IpFamily::IPv6);
        CHECK(address.is_v6());
        CHECK_FALSE(address.is_v4());
        CHECK(bytes_of(address) ==
              std::vector<std::uint8_t>{0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xab, 0xcd});
        CHECK(address == IpAddress::parse("fd00::abcd"));
    }
    SECTION("\"::\" at the start, middle or end") {
        CHECK(bytes_of(IpAddress::parse("::")) == std::vector<std::uint8_t>(16, 0));
        CHECK(IpAddress::parse("::1").bytes()[15] == 1);
        CHECK(IpAddress::parse("fd00::").bytes()[0] == 0xfd);
        CHECK(IpAddress::parse("1:2::7:8") == IpAddress::parse("1:2:0:0:0:0:7:8"));
        CHECK(IpAddress::parse("1::3:4:5:6:7:8") == IpAddress::parse("1:0:3:4:5:6:7:8"));
    }
    SECTION("an embedded dotted-quad IPv4 address in the last 32 bits") {
        const auto nat64 = IpAddress::parse("64:ff9b::1.2.3.4");
        CHECK(nat64.is_v6());
        CHECK(nat64 == IpAddress::parse("64:ff9b::102:304"));
        CHECK(IpAddress::parse("1:2:3:4:5:6:1.2.3.4") == IpAddress::parse("1:2:3:4:5:6:102:304"));
        // IPv4-compatible (deprecated, not mapped): stays IPv6, as in Go.
        CHECK(IpAddress::parse("::1.2.3.4").is_v6());
    }
}

TEST_CASE("IPv4-mapped IPv6 text is the IPv4 address it maps, as in Go and Kubernetes",
          "[net][ip]") {
    const auto v4 = IpAddress::parse("10.0.0.1");
    for (const char* text : {"::ffff:10.0.0.1", "::FFFF:a00:1", "0:0:0:0:0:ffff:10.0.0.1"}) {
        INFO(text);
        const auto mapped = IpAddress::parse(text);
        CHECK(mapped.is_v4());
        CHECK(mapped == v4);
        CHECK(mapped.bytes().size() == 4);
        CHECK(mapped.to_string() == "10.0.0.1");
    }
    const auto from_bytes =
        IpAddress::from_v6_bytes({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 0, 0, 1});
    CHECK(from_bytes.is_v4());
    CHECK(from_bytes == v4);
    // Only ::ffff:0:0/96 is mapped; its neighbours are IPv6.
    CHECK(IpAddress::parse("::fffe:10.0.0.1").is_v6());
    CHECK(IpAddress::parse("1::ffff:10.0.0.1").is_v6());
}

TEST_CASE("IPv6 addresses format in RFC 5952 canonical form", "[net][ip]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"},
        {"2001:DB8::ABCD", "2001:db8::abcd"},
        {"0:0:0:0:0:0:0:0", "::"},
        {"0:0:0:0:0:0:0:1", "::1"},
        {"fd00:0:0:0:0:0:0:0", "fd00::"},
        // the longest run of zero groups is compressed...
        {"1:0:0:2:0:0:0:3", "1:0:0:2::3"},
        // ...the first one when runs tie...
        {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"},
        // ...and a single zero group is not compressed.
        {"2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"},
        {"1:0:1:0:1:0:1:0", "1:0:1:0:1:0:1:0"},
        {"fd00:0010:0100:1000::", "fd00:10:100:1000::"},
        {"64:ff9b::1.2.3.4", "64:ff9b::102:304"},
        {"::1.2.3.4", "::102:304"},
    };
    for (const auto& [text, canonical] : cases) {
        INFO(text);
        CHECK(IpAddress::parse(text).to_string() == canonical);
    }
}

TEST_CASE("Canonical text round-trips through parse and to_string", "[net][ip]") {
    for (const char* text : {"0.0.0.0", "10.244.1.5", "192.168.255.1", "255.255.255.255", "::",
                             "::1", "fd00::5", "fe80::215:5dff:fe52:c000", "2001:db8::1:0:0:1",
                             "1:2:3:4:5:6:7:8", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"}) {
        INFO(text);
        const auto address = IpAddress::parse(text);
        CHECK(address.to_string() == text);
        CHECK(IpAddress::parse(address.to_string()) == address);
    }
}

TEST_CASE("from_v4_bytes and from_v6_bytes build the address bytes() returns", "[net][ip]") {
    const auto v4 = IpAddress::from_v4_bytes({192, 168, 0, 1});
    CHECK(v4.is_v4());
    CHECK(v4 == IpAddress::parse("192.168.0.1"));
    CHECK(bytes_of(v4) == std::vector<std::uint8_t>{192, 168, 0, 1});

    const std::array<std::uint8_t, 16> raw = {0xfe, 0x80, 0,    0,    0,    0,    0,    0,
                                              0x02, 0x15, 0x5d, 0xff, 0xfe, 0x52, 0xc0, 0};
    const auto v6 = IpAddress::from_v6_bytes(raw);
    CHECK(v6.is_v6());
    CHECK(v6.to_string() == "fe80::215:5dff:fe52:c000");
    CHECK(bytes_of(v6) == std::vector<std::uint8_t>(raw.begin(), raw.end()));
}

TEST_CASE("Malformed IPv4 text is rejected naming the octet at fault", "[net][ip]") {
    require_rejected("", "empty");
    require_rejected("10.0.0.256", "octet 4 is 256, more than 255");
    require_rejected("300.0.0.1", "octet 1 is 300, more than 255");
    require_rejected("10.0.0.99999999999999999999",
                     "octet 4 is 99999999999999999999, more than 255");
    require_rejected("10.01.0.1",
                     "leading zero in octet 2 is ambiguous (Go's net.ParseIP rejects it)");
    require_rejected("00.0.0.0", "leading zero in octet 1");
    require_rejected("10.0.0", "3 octets, expected 4");
    require_rejected("10.0.0.1.5", "5 octets, expected 4");
    require_rejected("10..0.1", "octet 2 is empty");
    require_rejected("10.0.0.", "octet 4 is empty");
    require_rejected(".10.0.0", "octet 1 is empty");
    require_rejected("10.0.0.a", "unexpected character 'a' in octet 4");
    require_rejected("10.0.0.-1", "unexpected character '-' in octet 4");
    require_rejected("10.0.0.1:80", "unexpected character ':' in octet 4");
    require_rejected(" 10.0.0.1", "unexpected character ' ' in octet 1");
    require_rejected("10.0.0.1\t", "unexpected character byte 0x09 in octet 4");
    require_rejected("0x0a.0.0.1", "unexpected character 'x' in octet 1");
    require_rejected("167772161", "neither IPv4 (no '.') nor IPv6 (no ':')");
    require_rejected("10.0.0.1%eth0", "IPv6 zone (%eth0) is not allowed");
}

TEST_CASE("Malformed IPv6 text is rejected naming the group at fault", "[net][ip]") {
    require_rejected("fe80::1%eth0", "IPv6 zone (%eth0) is not allowed");
    require_rejected("fe80::1%", "IPv6 zone (%) is not allowed");
    require_rejected("1:2:3:4:5:6:7", "7 groups, expected 8 (or fewer with \"::\")");
    require_rejected("1:2:3:4:5:6:7:8:9", "9 groups, more than 8");
    require_rejected("1:2:3:4:5:6:7:1.2.3.4", "9 groups, more than 8");
    require_rejected("1::2::3", "more than one \"::\"");
    require_rejected("1:::2", "\":::\" is not allowed");
    require_rejected(":1:2:3:4:5:6:7", "starts with a single ':'");
    require_rejected("1:2:3:4:5:6:7:", "ends with a single ':'");
    require_rejected("12345::", "group 1 (\"12345\") has more than 4 hex digits");
    require_rejected("fd00::g", "unexpected character 'g' in group 2");
    require_rejected("fd00:: 1", "unexpected character ' ' in group 2");
    require_rejected(
        "1:2:3:4::5:6:7:8",
        "\"::\" must stand for at least one zero group, but there are already 8 groups");
    require_rejected("::1.2.3.256",
                     "embedded IPv4 address \"1.2.3.256\": octet 4 is 256, more than 255");
    require_rejected("::01.2.3.4", "embedded IPv4 address \"01.2.3.4\": leading zero in octet 1");
    require_rejected("::1.2.3", "embedded IPv4 address \"1.2.3\": 3 octets, expected 4");
    // Groups are numbered as written; "::" is not a group.
    require_rejected(
        "::1.2.3.4:5",
        "group 1 (\"1.2.3.4\") has a '.', but an embedded IPv4 address can only be the "
        "last part");
    require_rejected(
        "1:1.2.3.4::",
        "group 2 (\"1.2.3.4\") has a '.', but an embedded IPv4 address can only be the "
        "last part");
    // The first '.' or ':' decides the family, as in Go.
    require_rejected("1.2.3.4::", "unexpected character ':' in octet 4");
}

TEST_CASE("try_parse returns no value instead of throwing", "[net][ip]") {
    CHECK(IpAddress::try_parse("10.0.0.1") == IpAddress::parse("10.0.0.1"));
    CHECK(IpAddress::try_parse("fd00::1") == IpAddress::parse("fd00::1"));
    CHECK_FALSE(IpAddress::try_parse("10.0.0.256").has_value());
    CHECK_FALSE(IpAddress::try_parse("").has_value());
    CHECK_FALSE(IpAddress::try_parse("fe80::1%eth0").has_value());
}

TEST_CASE("Addresses order IPv4 before IPv6, then numerically", "[net][ip]") {
    CHECK(IpAddress::parse("10.0.0.2") < IpAddress::parse("10.0.0.10"));
    CHECK(IpAddress::parse("9.255.255.255") < IpAddress::parse("10.0.0.0"));
    CHECK(IpAddress::parse("255.255.255.255") < IpAddress::parse("::"));
    CHECK(IpAddress::parse("::1") < IpAddress::parse("fd00::"));
    CHECK(IpAddress::parse("fd00::2") > IpAddress::parse("fd00::1"));
    CHECK(IpAddress::parse("fd00::1") <= IpAddress::parse("FD00:0::1"));
    CHECK(IpAddress::parse("FD00:0::1") == IpAddress::parse("fd00::1"));
    CHECK(IpAddress::parse("fd00::1") != IpAddress::parse("fd00::2"));

    std::vector<IpAddress> addresses;
    for (const char* text : {"fd00::1", "10.0.0.10", "::1", "10.0.0.2", "1.2.3.4"}) {
        addresses.push_back(IpAddress::parse(text));
    }
    std::sort(addresses.begin(), addresses.end());
    std::vector<std::string> sorted;
    for (const auto& address : addresses) {
        sorted.push_back(address.to_string());
    }
    CHECK(sorted == std::vector<std::string>{"1.2.3.4", "10.0.0.2", "10.0.0.10", "::1", "fd00::1"});
}

TEST_CASE("Equal addresses hash equally, so they can key unordered containers", "[net][ip]") {
    const std::hash<IpAddress> hash;
    CHECK(hash(IpAddress::parse("fd00::5")) == hash(IpAddress::parse("FD00:0:0::0005")));
    CHECK(hash(IpAddress::parse("::ffff:10.0.0.1")) == hash(IpAddress::parse("10.0.0.1")));

    std::unordered_set<IpAddress> set;
    for (const char* text :
         {"fd00::5", "FD00:0:0::5", "::ffff:10.0.0.1", "10.0.0.1", "10.0.0.2", "::a00:1"}) {
        set.insert(IpAddress::parse(text));
    }
    // ::a00:1 is IPv6 with the same low bytes as 10.0.0.1: a different address.
    CHECK(set.size() == 4);
    CHECK(set.count(IpAddress::parse("10.0.0.1")) == 1);
}
