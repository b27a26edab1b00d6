"""DSR and preserve-destination (Python twin of dsr.cpp): the web Service's load balancers with
the defaults, with `--enable-dsr` (winkernel enableDSR), and with the annotation
`preserve-destination: "true"`."""

import _web_node as web

from winnet import proxy

# --8<-- [start:defaults]
plain = web.Node()
plain.proxier.set_service(web.service())
plain.proxier.set_endpoint_slice(web.three_pods())
plain.proxier.sync()
print("Defaults")
print(proxy.load_balancer_kind_table(plain.proxier, plain.hns.state()).to_text())
# --8<-- [end:defaults]

# --8<-- [start:enable-dsr]
dsr = web.Node(enable_dsr=True)
dsr.proxier.set_service(web.service())
dsr.proxier.set_endpoint_slice(web.three_pods())
dsr.proxier.sync()
print("enableDSR: true")
print(proxy.load_balancer_kind_table(dsr.proxier, dsr.hns.state()).to_text())
# --8<-- [end:enable-dsr]

# --8<-- [start:preserve-destination]
preserve = web.Node()
preserve.proxier.set_service(web.service(annotations={"preserve-destination": "true"}))
preserve.proxier.set_endpoint_slice(web.three_pods())
preserve.proxier.sync()
print('preserve-destination: "true"')
print(proxy.load_balancer_kind_table(preserve.proxier, preserve.hns.state()).to_text(), end="")
# --8<-- [end:preserve-destination]
