#include "catch.hpp"

#include <winnet/error.hpp>
#include <winnet/net/ip_prefix.hpp>

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

using winnet::net::IpAddress;
using winnet::net::IpFamily;
using winnet::net::IpPrefix;

namespace {

IpAddress ip(const char* text) {
    return IpAddress::parse(text);
}

// Parsing `text` throws a ParseError whose message quotes the text and contains `reason`.
void require_rejected(const std::string& text, const std::string& reason) {
    INFO("text: " << text);
    try {
        (void)IpPrefix::parse(text);
        FAIL("parsed without a ParseError");
    } catch (const winnet::ParseError& e) {
        const std::string message = e.what();
        INFO("message: " << message);
        CHECK(e.kind() == "IP prefix");
        CHECK(e.text() == text);
        CHECK(message.find("\"" + text + "\"") != std::string::npos);
        CHECK(message.find(reason) != std::string::npos);
    }
}

} // namespace

TEST_CASE("IPv4 and IPv6 prefixes parse from CIDR text", "[net][prefix]") {
    const auto pods = IpPrefix::parse("10.244.1.0/24");
    CHECK(pods.family() == IpFamily::IPv4);
    CHECK(pods.address() == ip("10.244.1.0"));
    CHECK(pods.network() == ip("10.244.1.0"));
    CHECK(pods.length() == 24);
    CHECK(pods.to_string() == "10.244.1.0/24");

    const auto v6 = IpPrefix::parse("FD00::/64");
    CHECK(v6.family() == IpFamily::IPv6);
    CHECK(v6.address() == ip("fd00::"));
    CHECK(v6.length() == 64);
    CHECK(v6.to_string() == "fd00::/64");

    CHECK(IpPrefix::parse("0.0.0.0/0").length() == 0);
    CHECK(IpPrefix::parse("10.0.0.1/32").length() == 32);
    CHECK(IpPrefix::parse("::/0").length() == 0);
    CHECK(IpPrefix::parse("fd00::1/128").length() == 128);
}

TEST_CASE("A default-constructed prefix is 0.0.0.0/0", "[net][prefix]") {
    const IpPrefix prefix;
    CHECK(prefix == IpPrefix::parse("0.0.0.0/0"));
    CHECK(prefix.family() == IpFamily::IPv4);
    CHECK(prefix.contains(ip("203.0.113.9")));
}

TEST_CASE("A prefix keeps the host bits of its address; network() clears them", "[net][prefix]") {
    const auto endpoint = IpPrefix::parse("10.244.1.5/24");
    CHECK(endpoint.address() == ip("10.244.1.5"));
    CHECK(endpoint.network() == ip("10.244.1.0"));
    CHECK(endpoint.to_string() == "10.244.1.5/24");
    CHECK(endpoint != IpPrefix::parse("10.244.1.0/24"));

    CHECK(IpPrefix::parse("10.244.1.5/32").network() == ip("10.244.1.5"));
    CHECK(IpPrefix::parse("10.244.1.5/0").network() == ip("0.0.0.0"));
    // Lengths that end inside a byte.
    CHECK(IpPrefix::parse("10.15.255.255/13").network() == ip("10.8.0.0"));
    CHECK(IpPrefix::parse("192.168.1.130/25").network() == ip("192.168.1.128"));
    CHECK(IpPrefix::parse("fd00::1:2/112").network() == ip("fd00::1:0"));
    CHECK(IpPrefix::parse("fd00::3/127").network() == ip("fd00::2"));
    CHECK(IpPrefix::parse("fd00:ffff::/17").network() == ip("fd00:8000::"));
    CHECK(IpPrefix::parse("fd00::5/0").network() == ip("::"));
}

TEST_CASE("Prefix lengths may have leading zeros, as Go's net.ParseCIDR allows", "[net][prefix]") {
    CHECK(IpPrefix::parse("10.0.0.0/024") == IpPrefix::parse("10.0.0.0/24"));
    CHECK(IpPrefix::parse("fd00::/0064").length() == 64);
}

TEST_CASE("An IPv4-mapped IPv6 prefix is the IPv4 prefix it maps", "[net][prefix]") {
    const auto prefix = IpPrefix::parse("::ffff:10.0.0.0/104");
    CHECK(prefix.family() == IpFamily::IPv4);
    CHECK(prefix == IpPrefix::parse("10.0.0.0/8"));
    CHECK(prefix.contains(ip("10.1.2.3")));
    CHECK(IpPrefix::parse("::ffff:0.0.0.0/96") == IpPrefix::parse("0.0.0.0/0"));
    CHECK(IpPrefix::parse("::ffff:10.0.0.1/128") == IpPrefix::parse("10.0.0.1/32"));
}

TEST_CASE("contains() matches addresses whose leading bits equal the prefix", "[net][prefix]") {
    const auto pods = IpPrefix::parse("10.244.1.0/24");
    CHECK(pods.contains(ip("10.244.1.0")));
    CHECK(pods.contains(ip("10.244.1.255")));
    CHECK(pods.contains(ip("::ffff:10.244.1.7")));
    CHECK_FALSE(pods.contains(ip("10.244.2.0")));
    CHECK_FALSE(pods.contains(ip("10.244.0.255")));

    SECTION("host bits in the prefix's address do not matter") {
        CHECK(IpPrefix::parse("10.244.1.5/24").contains(ip("10.244.1.200")));
    }
    SECTION("never across families") {
        CHECK_FALSE(IpPrefix::parse("0.0.0.0/0").contains(ip("::")));
        CHECK_FALSE(IpPrefix::parse("::/0").contains(ip("10.0.0.1")));
        // ::a00:1 has 10.0.0.1's bytes at the end but is IPv6.
        CHECK_FALSE(IpPrefix::parse("10.0.0.0/8").contains(ip("::a00:1")));
    }
    SECTION("/0 contains its whole family, a full-length prefix only itself") {
        CHECK(IpPrefix::parse("0.0.0.0/0").contains(ip("255.255.255.255")));
        CHECK(IpPrefix::parse("::/0").contains(ip("fd00::1")));
        CHECK(IpPrefix::parse("10.0.0.1/32").contains(ip("10.0.0.1")));
        CHECK_FALSE(IpPrefix::parse("10.0.0.1/32").contains(ip("10.0.0.2")));
        CHECK(IpPrefix::parse("fd00::1/128").contains(ip("fd00::1")));
        CHECK_FALSE(IpPrefix::parse("fd00::1/128").contains(ip("fd00::")));
    }
    SECTION("lengths that end inside a byte") {
        const auto v6 = IpPrefix::parse("fd00:8000::/17");
        CHECK(v6.contains(ip("fd00:ffff::1")));
        CHECK_FALSE(v6.contains(ip("fd00:7fff::1")));
        const auto v4 = IpPrefix::parse("192.168.1.128/25");
        CHECK(v4.contains(ip("192.168.1.200")));
        CHECK_FALSE(v4.contains(ip("192.168.1.127")));
    }
}

TEST_CASE("Malformed prefixes are rejected with the reason", "[net][prefix]") {
    require_rejected("", "empty");
    require_rejected("10.244.1.0", "no prefix length");
    require_rejected("10.244.1.0/", "prefix length is empty");
    require_rejected("10.244.1.0/abc", "prefix length \"abc\" is not a decimal number");
    require_rejected("10.244.1.0/-1", "prefix length \"-1\" is not a decimal number");
    require_rejected("10.244.1.0/+8", "prefix length \"+8\" is not a decimal number");
    require_rejected("10.244.1.0/ 24", "prefix length \" 24\" is not a decimal number");
    require_rejected("10.244.1.0/24/5", "prefix length \"24/5\" is not a decimal number");
    require_rejected("10.244.1.0/33",
                     "prefix length 33 is more than 32, the most an IPv4 prefix can have");
    require_rejected("10.0.0.0/99999999999999999999",
                     "prefix length 99999999999999999999 is more than 32");
    require_rejected("fd00::/129",
                     "prefix length 129 is more than 128, the most an IPv6 prefix can have");
    require_rejected("::ffff:10.0.0.0/129", "prefix length 129 is more than 128");
    require_rejected("::ffff:10.0.0.0/64", "prefix length 64 is less than 96");
    require_rejected("/24", "address \"\": empty");
    require_rejected("10.244.1.256/24", "address \"10.244.1.256\": octet 4 is 256, more than 255");
    require_rejected("10.244.01.0/24", "address \"10.244.01.0\": leading zero in octet 3");
    require_rejected("fe80::1%eth0/64",
                     "address \"fe80::1%eth0\": IPv6 zone (%eth0) is not allowed");

    // The address's reason is quoted once, not wrapped in a second "invalid IP address".
    try {
        (void)IpPrefix::parse("10.244.1.256/24");
        FAIL("parsed without a ParseError");
    } catch (const winnet::ParseError& e) {
        CHECK(std::string(e.what()) ==
              "invalid IP prefix \"10.244.1.256/24\": address \"10.244.1.256\": octet 4 is 256, "
              "more than 255");
    }
}

TEST_CASE("Prefixes round-trip through to_string and parse", "[net][prefix]") {
    for (const char* text : {"0.0.0.0/0", "10.244.1.0/24", "10.244.1.5/24", "10.0.0.1/32", "::/0",
                             "fd00::/64", "fd00::5/64", "2001:db8::1:0:0:1/128"}) {
        INFO(text);
        const auto prefix = IpPrefix::parse(text);
        CHECK(prefix.to_string() == text);
        CHECK(IpPrefix::parse(prefix.to_string()) == prefix);
    }
    CHECK(IpPrefix::parse("FD00:0::/064").to_string() == "fd00::/64");
}

TEST_CASE("Prefixes order by address then length, and equal prefixes hash equally",
          "[net][prefix]") {
    CHECK(IpPrefix::parse("10.0.0.0/8") < IpPrefix::parse("10.0.0.0/16"));
    CHECK(IpPrefix::parse("10.0.0.0/16") < IpPrefix::parse("10.0.0.1/8"));
    CHECK(IpPrefix::parse("255.0.0.0/8") < IpPrefix::parse("::/0"));
    CHECK(IpPrefix::parse("fd00::/64") >= IpPrefix::parse("FD00::/64"));
    CHECK(IpPrefix::parse("fd00::/64") == IpPrefix::parse("FD00:0::/64"));
    CHECK(IpPrefix::parse("fd00::/64") != IpPrefix::parse("fd00::/65"));

    std::vector<IpPrefix> prefixes;
    for (const char* text : {"fd00::/64", "10.244.1.0/24", "10.0.0.0/8", "10.244.0.0/16"}) {
        prefixes.push_back(IpPrefix::parse(text));
    }
    std::sort(prefixes.begin(), prefixes.end());
    std::vector<std::string> sorted;
    for (const auto& prefix : prefixes) {
        sorted.push_back(prefix.to_string());
    }
    CHECK(sorted ==
          std::vector<std::string>{"10.0.0.0/8", "10.244.0.0/16", "10.244.1.0/24", "fd00::/64"});

    const std::hash<IpPrefix> hash;
    CHECK(hash(IpPrefix::parse("fd00::/64")) == hash(IpPrefix::parse("FD00:0::/064")));
    std::unordered_set<IpPrefix> set;
    for (const char* text :
         {"10.0.0.0/8", "10.0.0.0/08", "::ffff:10.0.0.0/104", "10.0.0.0/16", "10.0.0.1/8"}) {
        set.insert(IpPrefix::parse(text));
    }
    CHECK(set.size() == 3);
}
