// Differences between two HNS states: what a sync created, updated and deleted.
#include "catch.hpp"

#include <winnet/hns/state_diff.hpp>

using namespace winnet::hns;
using winnet::net::IpAddress;

TEST_CASE("a state diff lists created, updated and deleted objects by id", "[hns][diff]") {
    HnsState before;
    Endpoint kept;
    kept.id = "AAAA0000-0000-0000-0000-000000000001";
    kept.ip_configurations = {IpConfig{IpAddress::parse("10.244.1.5"), 24}};
    Endpoint gone = kept;
    gone.id = "AAAA0000-0000-0000-0000-000000000002";
    gone.flags = EndpointFlags::RemoteEndpoint;
    gone.ip_configurations = {IpConfig{IpAddress::parse("10.244.3.9"), 0}};
    LoadBalancer lb;
    lb.id = "BBBB0000-0000-0000-0000-000000000001";
    lb.frontend_vips = {IpAddress::parse("10.96.0.80")};
    lb.port_mappings = {{Protocol::TCP, 8080, 80}};
    lb.host_compute_endpoints = {kept.id, gone.id};
    before.endpoints = {kept, gone};
    before.load_balancers = {lb};

    HnsState after;
    Endpoint fresh = gone;
    fresh.id = "AAAA0000-0000-0000-0000-000000000003";
    fresh.ip_configurations = {IpConfig{IpAddress::parse("10.244.3.12"), 0}};
    LoadBalancer updated = lb;
    updated.id = "bbbb0000-0000-0000-0000-000000000001"; // HNS ids compare without case
    updated.host_compute_endpoints = {kept.id, fresh.id};
    after.endpoints = {kept, fresh};
    after.load_balancers = {updated};

    const auto d = diff_states(before, after);
    REQUIRE(d.created_endpoints.size() == 1);
    CHECK(d.created_endpoints[0].id == fresh.id);
    REQUIRE(d.deleted_endpoints.size() == 1);
    CHECK(d.deleted_endpoints[0].id == gone.id);
    CHECK(d.updated_endpoints.empty());
    REQUIRE(d.updated_load_balancers.size() == 1);
    CHECK(d.updated_load_balancers[0].before.host_compute_endpoints[1] == gone.id);
    CHECK(d.created_load_balancers.empty());
    CHECK_FALSE(d.empty());
    CHECK(diff_table(d).to_text() == "CHANGE   KIND           ID        WHAT\n"
                                     "deleted  endpoint       AAAA0000  remote 10.244.3.9\n"
                                     "updated  load balancer  bbbb0000  10.96.0.80 TCP 80->8080, "
                                     "2 backends\n"
                                     "created  endpoint       AAAA0000  remote 10.244.3.12\n");
    CHECK(diff_states(after, after).empty());
}
