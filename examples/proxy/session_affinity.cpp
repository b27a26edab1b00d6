// Session affinity on Windows: `sessionAffinity: ClientIP` becomes DistributionType SourceIP on
// every load balancer of the Service except the health check; the timeout has nowhere to go.
#include "web_node.hpp"

#include <winnet/proxy/render.hpp>

#include <iostream>

int main() {
    using namespace winnet;
    // --8<-- [start:affinity]
    auto node = web::node();
    node->proxier->set_service(web::service([](k8s::Service& s) {
        s.spec.session_affinity = k8s::SessionAffinity::ClientIP;
        s.spec.session_affinity_timeout_seconds = 600;
    }));
    node->proxier->set_endpoint_slice(web::three_pods());
    node->proxier->sync();
    const auto& info = node->proxier->services().begin()->second;
    const bool client_ip = info.session_affinity == k8s::SessionAffinity::ClientIP;
    std::cout << info.name.to_string() << ": session affinity " << (client_ip ? "ClientIP" : "None")
              << ", timeout " << info.sticky_max_age_seconds << " s (not sent to HNS)\n\n"
              << proxy::load_balancer_kind_table(*node->proxier, node->hns.state()).to_text();
    // --8<-- [end:affinity]
}
