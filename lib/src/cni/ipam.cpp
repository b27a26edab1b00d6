// host-local IPAM (containernetworking/plugins plugins/ipam/host-local): range defaults and
// validation from backend/allocator/range.go, allocation and messages from allocator.go and
// main.go. Reservations are the addresses the caller says are in use.
#include <winnet/cni/error.hpp>
#include <winnet/cni/ipam.hpp>

#include <algorithm>
#include <array>

namespace winnet::cni {

namespace {

net::IpAddress add(const net::IpAddress& ip, int delta) {
    const auto bytes = ip.bytes();
    if (ip.is_v4()) {
        std::array<std::uint8_t, 4> b{};
        std::copy(bytes.begin(), bytes.end(), b.begin());
        int carry = delta;
        for (int i = 3; i >= 0 && carry != 0; --i) {
            const int v = b[static_cast<std::size_t>(i)] + carry;
            b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(v & 0xFF);
            carry = v >> 8; // arithmetic shift keeps borrows negative
        }
        return net::IpAddress::from_v4_bytes(b);
    }
    std::array<std::uint8_t, 16> b{};
    std::copy(bytes.begin(), bytes.end(), b.begin());
    int carry = delta;
    for (int i = 15; i >= 0 && carry != 0; --i) {
        const int v = b[static_cast<std::size_t>(i)] + carry;
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(v & 0xFF);
        carry = v >> 8;
    }
    return net::IpAddress::from_v6_bytes(b);
}

// The last address of the prefix (the broadcast address for IPv4).
net::IpAddress last_address(const net::IpPrefix& p) {
    const auto net_addr = p.network();
    const auto bytes = net_addr.bytes();
    std::vector<std::uint8_t> b(bytes.begin(), bytes.end());
    const std::size_t bits = b.size() * 8;
    for (std::size_t i = p.length(); i < bits; ++i) {
        b[i / 8] = static_cast<std::uint8_t>(b[i / 8] | (0x80U >> (i % 8)));
    }
    if (b.size() == 4) {
        return net::IpAddress::from_v4_bytes({b[0], b[1], b[2], b[3]});
    }
    std::array<std::uint8_t, 16> a{};
    std::copy(b.begin(), b.end(), a.begin());
    return net::IpAddress::from_v6_bytes(a);
}

std::string cidr(const net::IpPrefix& p) {
    return p.address().to_string() + "/" + std::to_string(p.length());
}

struct Canonical {
    net::IpPrefix subnet;
    net::IpAddress start;
    net::IpAddress end;
    net::IpAddress gateway;
};

// range.go Canonicalize.
Canonical canonicalize(const IpamRange& r, std::size_t set_index) {
    auto invalid = [&](const std::string& why) {
        return CniError(ErrorCode::Internal,
                        "invalid range set " + std::to_string(set_index) + ": " + why);
    };
    const auto& subnet = r.subnet;
    if (subnet.network() != subnet.address()) {
        throw invalid("Network has host bits set. For a subnet mask of length " +
                      std::to_string(subnet.length()) + " the network address is " +
                      subnet.network().to_string());
    }
    const std::size_t bits = subnet.family() == net::IpFamily::IPv4 ? 32 : 128;
    if (bits - subnet.length() < 2) {
        throw invalid("Network " + cidr(subnet) + " too small to allocate from");
    }
    Canonical c{subnet, add(subnet.network(), 1), add(last_address(subnet), -1),
                add(subnet.network(), 1)};
    if (subnet.family() == net::IpFamily::IPv6) {
        c.end = last_address(subnet); // host-local: IPv6 has no broadcast address
    }
    if (r.gateway) {
        c.gateway = *r.gateway;
    }
    if (r.range_start) {
        if (!subnet.contains(*r.range_start)) {
            throw invalid("RangeStart " + r.range_start->to_string() + " not in network " +
                          cidr(subnet));
        }
        c.start = *r.range_start;
    }
    if (r.range_end) {
        if (!subnet.contains(*r.range_end)) {
            throw invalid("RangeEnd " + r.range_end->to_string() + " not in network " +
                          cidr(subnet));
        }
        c.end = *r.range_end;
    }
    return c;
}

} // namespace

Result host_local_add(const IpamConfig& config, const std::vector<net::IpAddress>& in_use) {
    if (config.ranges.empty()) {
        throw CniError(ErrorCode::Internal, "no IP ranges specified");
    }
    std::vector<Canonical> ranges;
    for (const auto& r : config.ranges) {
        ranges.push_back(canonicalize(r, 0));
    }
    for (const auto& c : ranges) {
        for (auto ip = c.start; ip <= c.end; ip = add(ip, 1)) {
            if (ip == c.gateway || std::find(in_use.begin(), in_use.end(), ip) != in_use.end()) {
                if (ip == c.end) {
                    break;
                }
                continue;
            }
            Result result;
            result.ips.push_back(
                {net::IpPrefix::parse(ip.to_string() + "/" + std::to_string(c.subnet.length())),
                 c.gateway, std::nullopt});
            result.routes = config.routes;
            return result;
        }
    }
    // allocator.go: "no IP addresses available in range set: <start>-<end>,...", wrapped by
    // host-local's cmdAdd as "failed to allocate for range 0: ...".
    std::string set;
    for (const auto& c : ranges) {
        set += (set.empty() ? "" : ",") + c.start.to_string() + "-" + c.end.to_string();
    }
    throw CniError(ErrorCode::Internal,
                   "failed to allocate for range 0: no IP addresses available in range set: " +
                       set);
}

} // namespace winnet::cni
