// DSR and preserve-destination: the web Service's load balancers with the defaults, with
// `--enable-dsr` (winkernel enableDSR), and with the annotation `preserve-destination: "true"`.
#include "web_node.hpp"

#include <winnet/proxy/render.hpp>

#include <iostream>

int main() {
    using namespace winnet;
    // --8<-- [start:defaults]
    auto plain = web::node();
    plain->proxier->set_service(web::service());
    plain->proxier->set_endpoint_slice(web::three_pods());
    plain->proxier->sync();
    std::cout << "Defaults\n"
              << proxy::load_balancer_kind_table(*plain->proxier, plain->hns.state()).to_text()
              << "\n";
    // --8<-- [end:defaults]

    // --8<-- [start:enable-dsr]
    auto dsr = web::node([](proxy::ProxierConfig& c) { c.enable_dsr = true; });
    dsr->proxier->set_service(web::service());
    dsr->proxier->set_endpoint_slice(web::three_pods());
    dsr->proxier->sync();
    std::cout << "enableDSR: true\n"
              << proxy::load_balancer_kind_table(*dsr->proxier, dsr->hns.state()).to_text() << "\n";
    // --8<-- [end:enable-dsr]

    // --8<-- [start:preserve-destination]
    auto preserve = web::node();
    preserve->proxier->set_service(web::service(
        [](k8s::Service& s) { s.metadata.annotations["preserve-destination"] = "true"; }));
    preserve->proxier->set_endpoint_slice(web::three_pods());
    preserve->proxier->sync();
    std::cout
        << "preserve-destination: \"true\"\n"
        << proxy::load_balancer_kind_table(*preserve->proxier, preserve->hns.state()).to_text();
    // --8<-- [end:preserve-destination]
}
