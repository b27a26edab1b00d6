// Traffic policies on a Windows node: the web Service with each combination of
// externalTrafficPolicy and internalTrafficPolicy, and the load balancers kube-proxy asks HNS
// for. One web pod runs on this node, two elsewhere.
#include "web_node.hpp"

#include <winnet/proxy/render.hpp>

#include <iostream>

int main() {
    using namespace winnet;
    // --8<-- [start:variants]
    const struct {
        const char* title;
        k8s::TrafficPolicy external;
        k8s::TrafficPolicy internal;
    } variants[] = {
        {"externalTrafficPolicy: Cluster, internalTrafficPolicy: Cluster",
         k8s::TrafficPolicy::Cluster, k8s::TrafficPolicy::Cluster},
        {"externalTrafficPolicy: Local", k8s::TrafficPolicy::Local, k8s::TrafficPolicy::Cluster},
        {"internalTrafficPolicy: Local", k8s::TrafficPolicy::Cluster, k8s::TrafficPolicy::Local},
        {"both Local", k8s::TrafficPolicy::Local, k8s::TrafficPolicy::Local},
    };
    for (const auto& v : variants) {
        auto node = web::node();
        node->proxier->set_service(web::service([&](k8s::Service& s) {
            s.spec.external_traffic_policy = v.external;
            s.spec.internal_traffic_policy = v.internal;
        }));
        node->proxier->set_endpoint_slice(web::three_pods());
        node->proxier->sync();
        std::cout << v.title << "\n"
                  << proxy::load_balancer_kind_table(*node->proxier, node->hns.state()).to_text()
                  << "remote endpoints kube-proxy created: "
                  << node->hns.count(hns::HnsOperation::CreateEndpoint) - 2 << "\n\n";
    }
    // --8<-- [end:variants]
}
