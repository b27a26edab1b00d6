// What one endpoint change costs: the web pod on linux-node-1 is replaced (10.244.3.9 goes,
// 10.244.3.12 comes), and the next sync's HNS calls are printed, on HNS 15.5 (load balancers
// updated in place), on HNS 15.4 (no in-place update: delete and create), and with the
// Service's annotation `winProxyOptimization: disabled`.
#include "web_node.hpp"

#include <winnet/hns/render.hpp>

#include <iostream>

int main() {
    using namespace winnet;
    // --8<-- [start:change]
    const struct {
        const char* title;
        hns::HnsVersion version;
        bool optimization;
    } cases[] = {
        {"HNS 15.5, winProxyOptimization on (the default)", {15, 5}, true},
        {"HNS 15.4: no in-place update", {15, 4}, true},
        {"HNS 15.5, winProxyOptimization: disabled", {15, 5}, false},
    };
    for (const auto& c : cases) {
        auto node = web::node({}, c.version);
        node->proxier->set_service(web::service([&](k8s::Service& s) {
            if (!c.optimization) {
                s.metadata.annotations["winProxyOptimization"] = "disabled";
            }
        }));
        node->proxier->set_endpoint_slice(web::three_pods());
        node->proxier->sync();
        node->hns.clear_calls();

        node->proxier->set_endpoint_slice(web::slice({{"10.244.1.5", "win-node-1"},
                                                      {"10.244.2.7", "win-node-2"},
                                                      {"10.244.3.12", "linux-node-1"}}));
        node->proxier->sync();
        std::cout << c.title << ": " << node->hns.calls().size() << " HNS calls\n"
                  << hns::call_table(node->hns.calls()).to_text() << "\n";
    }
    // --8<-- [end:change]
}
