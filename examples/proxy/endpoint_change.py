"""What one endpoint change costs (Python twin of endpoint_change.cpp): the web pod on
linux-node-1 is replaced (10.244.3.9 goes, 10.244.3.12 comes), and the next sync's HNS calls are
printed, on HNS 15.5 (load balancers updated in place), on HNS 15.4 (no in-place update: delete
and create), and with the Service's annotation `winProxyOptimization: disabled`."""

import _web_node as web

from winnet import hns

# --8<-- [start:change]
cases = [
    ("HNS 15.5, winProxyOptimization on (the default)", (15, 5), True),
    ("HNS 15.4: no in-place update", (15, 4), True),
    ("HNS 15.5, winProxyOptimization: disabled", (15, 5), False),
]
for title, version, optimization in cases:
    node = web.Node(version)
    annotations = {} if optimization else {"winProxyOptimization": "disabled"}
    node.proxier.set_service(web.service(annotations))
    node.proxier.set_endpoint_slice(web.three_pods())
    node.proxier.sync()
    node.hns.clear_calls()

    node.proxier.set_endpoint_slice(
        web.endpoint_slice(
            [("10.244.1.5", "win-node-1"), ("10.244.2.7", "win-node-2"), ("10.244.3.12", "linux-node-1")]
        )
    )
    node.proxier.sync()
    print(f"{title}: {len(node.hns.calls)} HNS calls")
    print(hns.call_table(node.hns.calls).to_text())
# --8<-- [end:change]
