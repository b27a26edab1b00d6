// Tables for people: aligned text and escaped HTML from the same rows.
#include "catch.hpp"

#include <winnet/hns/render.hpp>

using namespace winnet::hns;

TEST_CASE("A text table pads columns to the widest cell and trims trailing spaces",
          "[hns][render]") {
    const Table t{{"A", "LONG HEADER", "C"}, {{"xyz", "1", ""}, {"", "22", "3"}}};
    CHECK(t.to_text() == "A    LONG HEADER  C\n"
                         "xyz  1\n"
                         "     22           3\n");
}

TEST_CASE("An HTML table escapes its cells", "[hns][render]") {
    const Table t{{"<b>"}, {{"a&b \"c\""}}};
    CHECK(t.to_html() ==
          "<table class=\"winnet-table\">\n<thead><tr><th>&lt;b&gt;</th></tr></thead>\n"
          "<tbody>\n<tr><td>a&amp;b &quot;c&quot;</td></tr>\n</tbody>\n</table>\n");
}

TEST_CASE("Load balancers show frontends, ports, flags and shortened backend ids",
          "[hns][render]") {
    LoadBalancer lb;
    lb.id = "2C829ABE-1F45-42E1-8584-133AC916AB3C";
    lb.host_compute_endpoints = {"1B39896A-51A8-449B-93CB-9F0C747EA2EA"};
    lb.port_mappings = {
        {.protocol = Protocol::TCP,
         .internal_port = 8080,
         .external_port = 30080,
         .flags = PortMappingFlags::LocalRoutedVIP | PortMappingFlags::VipExternalIP}};
    lb.flags = LoadBalancerFlags::DSR;
    const auto t = load_balancer_table({lb});
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0] == std::vector<std::string>{"2C829ABE", "(node ports)", "TCP 30080->8080",
                                                "DSR", "LocalRoutedVIP|VipExternalIP", "None", "-",
                                                "1B39896A"});
    CHECK(load_balancer_table({lb}, true).rows[0][0] == lb.id);
}

TEST_CASE("The call table marks failed calls with their HRESULT", "[hns][render]") {
    const std::vector<HnsCall> calls{
        {HnsOperation::ListLoadBalancers, "", "", std::nullopt},
        {HnsOperation::CreateLoadBalancer, "", "{}", HResult::PortAlreadyExists}};
    const auto t = call_table(calls);
    CHECK(t.rows[0] == std::vector<std::string>{"1", "ListLoadBalancers", "-", "ok"});
    CHECK(t.rows[1][3] == "0x803b0013 HCN_E_PORT_ALREADY_EXISTS");
}
