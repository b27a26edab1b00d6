"""Session affinity on Windows (Python twin of session_affinity.cpp): `sessionAffinity: ClientIP`
becomes DistributionType SourceIP on every load balancer of the Service except the health check;
the timeout has nowhere to go."""

import _web_node as web

from winnet import k8s, proxy

# --8<-- [start:affinity]
node = web.Node()
node.proxier.set_service(
    web.service(sessionAffinity="ClientIP", sessionAffinityConfig={"clientIP": {"timeoutSeconds": 600}})
)
node.proxier.set_endpoint_slice(web.three_pods())
node.proxier.sync()
info = next(iter(node.proxier.services().values()))
client_ip = info.session_affinity == k8s.SessionAffinity.CLIENT_IP
print(
    f"{info.name}: session affinity {'ClientIP' if client_ip else 'None'}, "
    f"timeout {info.sticky_max_age_seconds} s (not sent to HNS)\n"
)
print(proxy.load_balancer_kind_table(node.proxier, node.hns.state()).to_text(), end="")
# --8<-- [end:affinity]
