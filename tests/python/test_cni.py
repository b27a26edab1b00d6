"""winnet.cni: the bindings of the Windows CNI plugins' endpoint setup (the C++ tests cover the
rules; these check that Python sees the same objects, errors and text)."""

from __future__ import annotations

import json

import pytest

from winnet import cni, hns

BRIDGE = (
    '{"Name":"cbr0","Type":"L2Bridge","Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"10.244.1.0/24",'
    '"Routes":[{"NextHop":"10.244.1.1","DestinationPrefix":"0.0.0.0/0"}]}]}]}'
)
EXAMPLE1 = {
    "cniVersion": "1.0.0",
    "name": "cbr0",
    "type": "win-bridge",
    "apiVersion": 2,
    "ipMasqNetwork": "10.244.0.0/16",
    "ipam": {"type": "host-local", "subnet": "10.244.1.0/24"},
    "policies": [
        {
            "name": "EndpointPolicy",
            "value": {"Type": "OutBoundNAT", "Settings": {"Exceptions": ["10.244.0.0/16", "10.96.0.0/12"]}},
        },
        {
            "name": "EndpointPolicy",
            "value": {
                "Type": "SDNRoute",
                "Settings": {"DestinationPrefix": "10.96.0.0/12", "NeedEncap": True},
            },
        },
    ],
    "loopbackDSR": True,
    "runtimeConfig": {
        "portMappings": [{"hostPort": 8080, "containerPort": 80, "protocol": "tcp"}],
        "dns": {"servers": ["10.96.0.10"], "searches": ["default.svc.cluster.local"]},
    },
}
ARGS = cni.CmdArgs(container_id="5f3c0a7e9d1b", netns="9A5C1E2B-7D3F-4B8A-9C6E-1F2A3B4C5D6E")


@pytest.fixture
def node():
    sim = hns.SimulatedHns()
    network = sim.create_network(hns.Network.from_json(BRIDGE))
    return sim, network


def test_add_sends_the_endpoint_win_bridge_builds(node):
    sim, network = node
    conf = cni.NetConf.parse(json.dumps(EXAMPLE1))
    assert conf.plugin is cni.PluginType.WIN_BRIDGE
    assert conf.api_version == 2
    ipam = cni.Result(ips=[cni.IpConfig(address="10.244.1.5/24", gateway="10.244.1.1")])
    out = cni.add(conf, ARGS, sim, ipam)
    assert out.created
    doc = json.loads(out.request.to_json())
    assert doc["Name"] == "5f3c0a7e9d1b_cbr0"
    assert doc["HostComputeNetwork"] == network.id
    assert [p["Type"] for p in doc["Policies"]] == ["OutBoundNAT", "SDNRoute", "PortMapping", "OutBoundNAT"]
    assert doc["Policies"][2]["Settings"] == {
        "InternalPort": 80,
        "ExternalPort": 8080,
        "Protocol": 6,
        "VIP": "",
    }
    assert doc["Routes"] == [{"NextHop": "10.244.1.2", "DestinationPrefix": "0.0.0.0/0"}]
    assert out.endpoint.host_compute_namespace == ARGS.netns
    result = json.loads(out.result.to_json("1.0.0"))
    assert result["ips"] == [{"address": "10.244.1.5/24", "gateway": "10.244.1.2"}]
    assert sim.calls[-1].operation is hns.HnsOperation.ADD_NAMESPACE_ENDPOINT


def test_del_detaches_deletes_and_is_idempotent(node):
    sim, _ = node
    conf = cni.NetConf.parse(json.dumps(EXAMPLE1))
    cni.add(conf, ARGS, sim)
    assert len(sim.state().endpoints) == 1
    cni.del_(conf, ARGS, sim)
    cni.del_(conf, ARGS, sim)
    assert sim.state().endpoints == ()
    assert sim.count(hns.HnsOperation.REMOVE_NAMESPACE_ENDPOINT) == 1


def test_errors_carry_the_cni_code_message_and_error_object(node):
    sim, _ = node
    with pytest.raises(cni.CniError) as raised:
        cni.NetConf.parse('{"type": "win-bridge"}')
    assert raised.value.code is cni.ErrorCode.INVALID_NETWORK_CONFIG
    assert raised.value.msg == "missing network name"
    assert json.loads(raised.value.json) == {"code": 7, "msg": "missing network name"}
    conf = cni.NetConf.parse('{"name": "nope", "type": "win-bridge", "apiVersion": 2}')
    with pytest.raises(cni.CniError, match='error while getting network nope: Network name "nope" not found'):
        cni.add(conf, ARGS, sim)
    from winnet import Error

    assert issubclass(cni.CniError, Error)


def test_host_local_and_the_result_versions():
    conf = cni.NetConf.parse(
        '{"name":"n","type":"win-bridge","ipam":{"type":"host-local","subnet":"10.244.1.0/24"}}'
    )
    assert str(conf.ipam.ranges[0].subnet) == "10.244.1.0/24"
    result = cni.host_local_add(conf.ipam, in_use=["10.244.1.2"])
    assert str(result.ips[0].address) == "10.244.1.3/24"
    legacy = json.loads(result.to_json("0.2.0"))
    assert legacy == {
        "cniVersion": "0.2.0",
        "ip4": {"ip": "10.244.1.3/24", "gateway": "10.244.1.1"},
        "dns": {},
    }
    with pytest.raises(cni.CniError) as raised:
        result.to_json("0.9.0")
    assert raised.value.code is cni.ErrorCode.INCOMPATIBLE_CNI_VERSION


def test_run_plugin_answers_like_a_binary(node):
    sim, _ = node
    env = {
        "CNI_COMMAND": "ADD",
        "CNI_CONTAINERID": "pod1",
        "CNI_NETNS": "ns1",
        "CNI_IFNAME": "eth0",
        "CNI_PATH": "/opt/cni/bin",
    }
    out = cni.run_plugin(env, json.dumps(EXAMPLE1), sim)
    assert out.exit_code == 0
    assert json.loads(out.stdout_text)["interfaces"] == [{"name": "pod1_cbr0"}]
    out = cni.run_plugin({"CNI_COMMAND": "ADD"}, "", sim)
    assert out.exit_code == 1
    assert json.loads(out.stdout_text)["code"] == 4
    version = json.loads(cni.run_plugin({"CNI_COMMAND": "VERSION"}, "", sim, cni.PluginType.NAT).stdout_text)
    assert version["supportedVersions"] == list(cni.windows_container_networking_versions())


def test_runtime_netconf_flannel_delegate_and_helpers():
    rt = cni.RuntimeConfig(dns=cni.RuntimeDns(servers=["10.96.0.10"]))
    text = cni.runtime_netconf(
        '{"name":"cbr0","cniVersion":"1.0.0","plugins":[{"type":"win-bridge","capabilities":{"dns":true}}]}',
        0,
        rt,
    )
    assert json.loads(text)["runtimeConfig"] == {"dns": {"servers": ["10.96.0.10"]}}
    env = cni.FlannelSubnetEnv.parse(
        "FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.2.1/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=false\n"
    )
    delegate = json.loads(
        cni.flannel_delegate(
            '{"name":"flannel.4096","type":"flannel","delegate":{"type":"win-overlay"}}', env
        )
    )
    assert delegate["ipam"] == {"subnet": "10.244.2.0/24", "type": "host-local"}
    assert cni.overlay_mac("0E-2A", "10.244.2.7") == "0E-2A-0a-f4-02-07"
    assert (
        cni.endpoint_name(cni.PluginType.WIN_OVERLAY, cni.CmdArgs(container_id="a", netns="container:p"), "n")
        == "p_n"
    )
    assert cni.plugin_type_from_name("Overlay") is cni.PluginType.SDN_OVERLAY
    assert cni.plugin_type_from_name("calico") is None


def test_reprs_are_informative():
    assert repr(cni.PortMapping(host_port=8080, container_port=80, protocol="tcp")) == (
        "PortMapping(host_port=8080, container_port=80, protocol='tcp', host_ip='')"
    )
    assert (
        repr(cni.CmdArgs(container_id="a")) == "CmdArgs(container_id='a', netns='', ifname='eth0', args='')"
    )
    assert "NetConf(name='cbr0'" in repr(cni.NetConf.parse('{"name":"cbr0","type":"sdnbridge"}'))
    with pytest.raises(AttributeError):
        cni.Dns().search.append("x")
