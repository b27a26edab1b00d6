// HNS errors name the operation, the HRESULT in hex and by name, and hcsshim's not-found text.
#include "catch.hpp"

#include <winnet/hns/hns_error.hpp>

#include <string>

using winnet::hns::HnsError;
using winnet::hns::HResult;
using winnet::hns::NotFoundError;

TEST_CASE("An HNS error names the operation and the HRESULT", "[hns][errors]") {
    const HnsError e("CreateLoadBalancer", HResult::PortAlreadyExists, "frontend taken");
    CHECK(std::string(e.what()) == "CreateLoadBalancer: HNS failed with 0x803b0013 "
                                   "(HCN_E_PORT_ALREADY_EXISTS): frontend taken");
    CHECK(e.is_port_already_exists());
    CHECK_FALSE(e.is_not_implemented());
    CHECK(HnsError("UpdateLoadBalancer", HResult::NotImplemented, "x").is_not_implemented());
}

TEST_CASE("Not-found errors use hcsshim's wording", "[hns][errors]") {
    const NotFoundError network("GetNetworkByName", HResult::NetworkNotFound, "Network", "name",
                                "flannel.4096");
    CHECK(std::string(network.what()) ==
          "GetNetworkByName: HNS failed with 0x803b0001 (HCN_E_NETWORK_NOT_FOUND): Network name "
          "\"flannel.4096\" not found");
    const NotFoundError lb("GetLoadBalancerByID", HResult::ElementNotFound, "LoadBalancer", "",
                           "abc");
    CHECK(std::string(lb.what()).ends_with("LoadBalancer \"abc\" not found"));
    CHECK(lb.code() == HResult::ElementNotFound);
}
