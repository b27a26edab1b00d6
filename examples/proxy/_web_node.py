"""The node of the kube-proxy examples (Python twin of web_node.hpp): win-node-1, an L2Bridge
(flannel host-gw) Windows node with HNS network cbr0, the host's own endpoint "cbr0" (10.244.1.2)
and one pod of the web Service (10.244.1.5) whose endpoints the CNI plugin made; two more web pods
run on other nodes. Service default/web is a LoadBalancer Service: port 80 to target port 8080,
node port 30080, cloud load-balancer address 203.0.113.10 (and, with externalTrafficPolicy Local,
the health-check node port 32123 the API server allocates)."""

from winnet import hns, k8s, proxy


# --8<-- [start:node]
class Node:
    def __init__(self, version=(15, 5), **config):
        self.hns = hns.SimulatedHns(hns.HnsVersion(*version))
        cbr0 = self.hns.create_network(hns.Network(name="cbr0", type=hns.NetworkType.L2_BRIDGE))
        for name, ip in [("cbr0", "10.244.1.2"), ("web-1_eth0", "10.244.1.5")]:
            endpoint = hns.Endpoint(
                name=name, ip_configurations=[hns.IpConfig(ip_address=ip, prefix_length=24)]
            )
            self.hns.create_endpoint(cbr0, endpoint)  # made by the CNI plugin (cbr0: the host's vNIC)
        settings = dict(
            node_name="win-node-1",
            node_ip="10.0.0.5",
            host_mac="00-15-5d-00-00-05",
            network_name="cbr0",
            root_hns_endpoint_name="cbr0",
            forward_health_check_vip=True,
        )
        settings.update(config)
        self.proxier = proxy.Proxier(self.hns, proxy.ProxierConfig(**settings))


# --8<-- [end:node]


# --8<-- [start:service]
def service(annotations=None, **spec):
    document = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"namespace": "default", "name": "web", "annotations": annotations or {}},
        "spec": {
            "type": "LoadBalancer",
            "clusterIP": "10.96.0.80",
            "clusterIPs": ["10.96.0.80"],
            "ports": [{"name": "http", "port": 80, "targetPort": 8080, "nodePort": 30080}],
            **spec,
        },
        "status": {"loadBalancer": {"ingress": [{"ip": "203.0.113.10"}]}},
    }
    if spec.get("externalTrafficPolicy") == "Local":
        document["spec"]["healthCheckNodePort"] = 32123
    return k8s.Service.from_dict(document)


def endpoint_slice(pods):
    return k8s.EndpointSlice.from_dict(
        {
            "apiVersion": "discovery.k8s.io/v1",
            "kind": "EndpointSlice",
            "metadata": {
                "namespace": "default",
                "name": "web-7xk2p",
                "labels": {"kubernetes.io/service-name": "web"},
            },
            "addressType": "IPv4",
            "ports": [{"name": "http", "protocol": "TCP", "port": 8080}],
            "endpoints": [{"addresses": [ip], "nodeName": node} for ip, node in pods],
        }
    )


def three_pods():
    return endpoint_slice(
        [("10.244.1.5", "win-node-1"), ("10.244.2.7", "win-node-2"), ("10.244.3.9", "linux-node-1")]
    )


# --8<-- [end:service]
