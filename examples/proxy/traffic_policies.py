"""Traffic policies on a Windows node (Python twin of traffic_policies.cpp): the web Service with
each combination of externalTrafficPolicy and internalTrafficPolicy, and the load balancers
kube-proxy asks HNS for. One web pod runs on this node, two elsewhere."""

import _web_node as web

from winnet import hns, proxy

# --8<-- [start:variants]
variants = [
    ("externalTrafficPolicy: Cluster, internalTrafficPolicy: Cluster", "Cluster", "Cluster"),
    ("externalTrafficPolicy: Local", "Local", "Cluster"),
    ("internalTrafficPolicy: Local", "Cluster", "Local"),
    ("both Local", "Local", "Local"),
]
for title, external, internal in variants:
    node = web.Node()
    node.proxier.set_service(web.service(externalTrafficPolicy=external, internalTrafficPolicy=internal))
    node.proxier.set_endpoint_slice(web.three_pods())
    node.proxier.sync()
    print(title)
    print(proxy.load_balancer_kind_table(node.proxier, node.hns.state()).to_text(), end="")
    print(
        "remote endpoints kube-proxy created:",
        node.hns.count(hns.HnsOperation.CREATE_ENDPOINT) - 2,
        end="\n\n",
    )
# --8<-- [end:variants]
