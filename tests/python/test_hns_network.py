"""winnet.hns.Network from Python: same JSON as C++, policy classes, Python enums, errors with paths."""

import enum

import pytest

import winnet
from winnet import hns, net

# hcsshim's CreateTestOverlayNetwork() plus HcnCreateTestRemoteSubnetRoute() and
# HcnCreateTestHostRoute(), as json.Marshal writes the network.
OVERLAY = (
    '{"Name":"GoTestOverlay","Type":"Overlay","Policies":[{"Type":"RemoteSubnetRoute","Settings":'
    '{"DestinationPrefix":"192.168.2.0/24","IsolationId":5000,"ProviderAddress":"1.1.1.1",'
    '"DistributedRouterMacAddress":"00-12-34-56-78-9a"}},{"Type":"HostRoute","Settings":{}}],'
    '"MacPool":{"Ranges":[{"StartMacAddress":"00-15-5D-52-C0-00","EndMacAddress":"00-15-5D-52-CF-FF"}]},'
    '"Dns":{},"Ipams":[{"Type":"Static","Subnets":[{"IpAddressPrefix":"192.168.100.0/24",'
    '"Policies":[{"Type":"VSID","Settings":{"IsolationId":5000}}],'
    '"Routes":[{"NextHop":"192.168.100.1","DestinationPrefix":"0.0.0.0/0"}]}]}],"Flags":8,'
    '"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}}'
)


def hcsshim_overlay() -> hns.Network:
    return hns.Network(
        name="GoTestOverlay",
        type=hns.NetworkType.OVERLAY,
        policies=[
            hns.RemoteSubnetRoutePolicySetting(
                destination_prefix="192.168.2.0/24",  # text converts to IpPrefix
                isolation_id=5000,
                provider_address="1.1.1.1",
                distributed_router_mac_address="00-12-34-56-78-9a",
            ),
            hns.HostRoutePolicySetting(),
        ],
        mac_pool=hns.MacPool(
            ranges=[hns.MacRange(start_mac_address="00-15-5D-52-C0-00", end_mac_address="00-15-5D-52-CF-FF")]
        ),
        ipams=[
            hns.Ipam(
                type="Static",
                subnets=[
                    hns.Subnet(
                        ip_address_prefix="192.168.100.0/24",
                        policies=[hns.VsidPolicySetting(isolation_id=5000)],
                        routes=[hns.Route(next_hop="192.168.100.1", destination_prefix="0.0.0.0/0")],
                    )
                ],
            )
        ],
        flags=hns.NetworkFlags.ENABLE_NON_PERSISTENT,
    )


def test_a_network_built_in_python_marshals_as_hcsshim_does():
    network = hcsshim_overlay()
    assert network.to_json() == OVERLAY
    assert hns.Network.from_json(OVERLAY) == network


def test_every_policy_class_round_trips_with_its_json_type():
    network = hns.Network(
        policies=[
            hns.ProviderAddressNetworkPolicySetting(provider_address="10.0.0.12"),
            hns.DrMacAddressNetworkPolicySetting(address="00-15-5D-01-02-0C"),
            hns.VxlanPortPolicySetting(port=4789),
            hns.SourceMacAddressNetworkPolicySetting(source_mac_address="00-15-5D-01-02-0C"),
            hns.NetAdapterNameNetworkPolicySetting(network_adapter_name="Ethernet"),
            hns.HostRoutePolicySetting(),
            hns.RemoteSubnetRoutePolicySetting(
                destination_prefix=net.IpPrefix("10.244.1.0/24"),
                isolation_id=4096,
                provider_address=net.IpAddress("10.0.0.11"),
                distributed_router_mac_address="00:15:5d:01:02:0b",
            ),
            hns.OtherNetworkPolicy(type="AutomaticDNS", settings_json='{"Enable": true}'),
        ],
        ipams=[
            hns.Ipam(
                type="DHCP",
                subnets=[
                    hns.Subnet(
                        policies=[
                            hns.VlanPolicySetting(isolation_id=7),
                            hns.VsidPolicySetting(isolation_id=4096),
                            hns.OtherSubnetPolicy(type="Future"),
                        ],
                        flags=hns.SubnetFlags.DO_NOT_RESERVE_GATEWAY_ADDRESS,
                    )
                ],
            )
        ],
    )
    parsed = hns.Network.from_json(network.to_json())
    assert [hns.policy_type(p) for p in parsed.policies] == [
        "ProviderAddress",
        "DrMacAddress",
        "VxlanPort",
        "SourceMacAddress",
        "NetAdapterName",
        "HostRoute",
        "RemoteSubnetRoute",
        "AutomaticDNS",
    ]
    assert [hns.policy_type(p) for p in parsed.ipams[0].subnets[0].policies] == ["VLAN", "VSID", "Future"]
    # Hand-written settings are compacted, as json.Marshal compacts a json.RawMessage.
    assert parsed.policies[7] == hns.OtherNetworkPolicy(type="AutomaticDNS", settings_json='{"Enable":true}')
    assert isinstance(parsed.policies[2], hns.VxlanPortPolicySetting)
    assert parsed.policies[2].port == 4789
    assert parsed.policies[0].provider_address == net.IpAddress("10.0.0.12")
    assert parsed.ipams[0].subnets[0].flags == hns.SubnetFlags.DO_NOT_RESERVE_GATEWAY_ADDRESS


def test_remote_subnet_routes_are_what_kube_proxy_reads():
    routes = hns.remote_subnet_routes(hns.Network.from_json(OVERLAY))
    assert len(routes) == 1
    (route,) = routes
    assert route.destination_prefix == net.IpPrefix("192.168.2.0/24")
    assert route.isolation_id == 5000
    assert str(route.provider_address) == "1.1.1.1"
    assert route.distributed_router_mac_address == "00-12-34-56-78-9a"
    assert hns.remote_subnet_routes(hns.Network()) == []


def test_enums_are_python_enums():
    assert issubclass(hns.NetworkType, enum.Enum)
    assert not issubclass(hns.NetworkType, int)
    assert [t.name for t in hns.NetworkType] == [
        "NAT",
        "TRANSPARENT",
        "L2_BRIDGE",
        "L2_TUNNEL",
        "ICS",
        "PRIVATE",
        "OVERLAY",
    ]
    assert issubclass(hns.NetworkFlags, enum.IntFlag)
    assert issubclass(hns.SubnetFlags, enum.IntFlag)
    flags = (
        hns.NetworkFlags.ENABLE_NON_PERSISTENT
        | hns.NetworkFlags.DISABLE_HOST_PORT
        | hns.NetworkFlags.ENABLE_IOV
    )
    assert flags == 8 + 1024 + 8192
    parsed = hns.Network.from_json(hns.Network(flags=flags).to_json())
    assert parsed.flags == flags
    assert isinstance(parsed.flags, hns.NetworkFlags)


@pytest.mark.parametrize("network_type", list(hns.NetworkType))
def test_every_network_type_round_trips(network_type):
    network = hns.Network(name="n", type=network_type)
    assert hns.Network.from_json(network.to_json()).type is network_type


def test_an_absent_type_is_none_and_omitted():
    network = hns.Network.from_json(OVERLAY)
    network.type = None
    assert '"Type":"Overlay"' not in network.to_json()
    assert hns.Network.from_json("{}").type is None


def test_an_empty_network_writes_every_struct_go_never_omits():
    assert hns.Network().to_json() == (
        '{"MacPool":{},"Dns":{},"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}}'
    )
    assert hns.Network.from_json("{}") == hns.Network()


def test_shared_parts_are_bound_with_their_fields():
    network = hns.Network(
        dns=hns.Dns(domain="svc.cluster.local", server_list=["10.96.0.10"], options=["ndots:5"]),
        health=hns.Health(extra=hns.ExtraParams(switch_guid="7C5B9A2E-1D4F-4E3A-8B6C-0F2A1E9D3C45")),
    )
    text = network.to_json()
    assert '"Dns":{"Domain":"svc.cluster.local","ServerList":["10.96.0.10"],"Options":["ndots:5"]}' in text
    assert '"Health":{"Extra":{"SwitchGuid":"7C5B9A2E-1D4F-4E3A-8B6C-0F2A1E9D3C45"}}' in text
    assert hns.Network.from_json(text) == network


def test_repr_is_short_and_exact():
    subnet = hns.Network.from_json(OVERLAY).ipams[0].subnets[0]
    assert repr(subnet) == (
        "Subnet(ip_address_prefix=IpPrefix('192.168.100.0/24'), "
        "policies=[VsidPolicySetting(isolation_id=5000)], "
        "routes=[Route(next_hop=IpAddress('192.168.100.1'), "
        "destination_prefix=IpPrefix('0.0.0.0/0'), metric=0)], "
        "flags=<SubnetFlags.NONE: 0>)"
    )
    assert repr(hns.HostRoutePolicySetting()) == "HostRoutePolicySetting()"
    assert repr(hns.Network.from_json(OVERLAY).policies[0]) == (
        "RemoteSubnetRoutePolicySetting(destination_prefix=IpPrefix('192.168.2.0/24'), isolation_id=5000, "
        "provider_address=IpAddress('1.1.1.1'), distributed_router_mac_address='00-12-34-56-78-9a')"
    )
    assert repr(hns.Network()).startswith(
        "Network(id='', name='', type=None, policies=[], mac_pool=MacPool(ranges=[]),"
    )


def test_list_fields_are_tuples_so_in_place_edits_fail_loudly():
    network = hns.Network.from_json(OVERLAY)
    assert isinstance(network.policies, tuple)
    with pytest.raises(AttributeError):
        network.policies.append(hns.HostRoutePolicySetting())
    network.policies = [*network.policies, hns.VxlanPortPolicySetting(port=4789)]
    assert network.to_json().count('"Type":"VxlanPort"') == 1
    # Elements are copies: change one, then assign the list back.
    ipam = network.ipams[0]
    subnet = ipam.subnets[0]
    subnet.routes = []
    assert len(network.ipams[0].subnets[0].routes) == 1
    ipam.subnets = [subnet]
    network.ipams = [ipam]
    assert network.ipams[0].subnets[0].routes == ()


def test_indented_json_follows_go_layout():
    text = hns.Network(policies=[hns.VxlanPortPolicySetting(port=4789)]).to_json(hns.JsonStyle.INDENTED)
    assert text.startswith('{\n  "Policies": [\n    {\n      "Type": "VxlanPort",\n      "Settings": {\n')


@pytest.mark.parametrize(
    ("document", "path", "fragment"),
    [
        ('{"Name":', "$", "not valid JSON"),
        ('{"Type":"overlay"}', "$.Type", 'did you mean "Overlay"'),
        ('{"Flags":1}', "$.Flags", "flag bits 1 of 1 are not defined for NetworkFlags"),
        (
            '{"Policies":[{"Type":"HostRoute"},{"Type":"RemoteSubnetRoute","Settings":{"DestinationPrefix":'
            '"192.168.2.0/24","IsolationId":"5000","ProviderAddress":"1.1.1.1","DistributedRouterMacAddress":'
            '"00-12-34-56-78-9a"}}]}',
            "$.Policies[1].Settings.IsolationId",
            "0 to 65535 (uint16)",
        ),
        (
            '{"Policies":[{"Type":"VxlanPort","Settings":{"Port":70000}}]}',
            "$.Policies[0].Settings.Port",
            "70000",
        ),
        (
            '{"Ipams":[{"Subnets":[{"Policies":[{"Type":"VSID","Settings":{"IsolationID":1}}]}]}]}',
            "$.Ipams[0].Subnets[0].Policies[0].Settings.IsolationID",
            'did you mean "IsolationId"',
        ),
        (
            '{"MacPool":{"Ranges":[{"StartMacAddress":"00-15-5D"}]}}',
            "$.MacPool.Ranges[0].StartMacAddress",
            "MAC",
        ),
        ('{"Ipams":[{"Type":"static"}]}', "$.Ipams[0].Type", 'did you mean "Static"'),
    ],
)
def test_malformed_documents_raise_json_error_naming_the_path(document, path, fragment):
    with pytest.raises(winnet.JsonError) as info:
        hns.Network.from_json(document)
    err = info.value
    assert isinstance(err, ValueError)
    assert err.path == path
    assert fragment in str(err)
    assert str(err).startswith(path + ": ")


def test_settings_text_that_is_not_json_fails_when_written():
    network = hns.Network(policies=[hns.OtherNetworkPolicy(type="AutomaticDNS", settings_json="{Enable}")])
    with pytest.raises(winnet.JsonError) as info:
        network.to_json()
    assert info.value.path == "$.Policies[0].Settings"


def test_wrong_argument_types_raise_type_error_not_a_crash():
    with pytest.raises(ValueError, match=r"VxlanPortPolicySetting\(port=\.\.\.\): 70000 is out of range"):
        hns.VxlanPortPolicySetting(port=70000)  # does not fit uint16 (test_errors_named.py has the rest)
    with pytest.raises(TypeError):
        hns.Network(policies=[hns.VsidPolicySetting(isolation_id=1)])  # a subnet policy
    with pytest.raises(TypeError):
        hns.Subnet(policies=[hns.HostRoutePolicySetting()])  # a network policy
    with pytest.raises(TypeError):
        hns.Network(type="Overlay")
    with pytest.raises(TypeError):
        hns.Network.from_json(42)


def test_bad_addresses_raise_parse_error():
    with pytest.raises(winnet.ParseError) as info:
        hns.RemoteSubnetRoutePolicySetting(destination_prefix="192.168.2.0/33")
    assert "192.168.2.0/33" in str(info.value)
    with pytest.raises(winnet.ParseError):
        hns.Subnet(ip_address_prefix="10.0.0.0")
    with pytest.raises(winnet.ParseError):
        hns.Dns(server_list=["dns"])


def test_docstrings_are_the_doxygen_definitions():
    assert "VXLAN" in hns.NetworkType.OVERLAY.__doc__
    assert (
        "JSON `DistributedRouterMacAddress`"
        in hns.RemoteSubnetRoutePolicySetting.distributed_router_mac_address.__doc__
    )
    assert "HostComputeNetwork" in hns.Network.__doc__
    assert "Windows kube-proxy" in hns.remote_subnet_routes.__doc__
    assert "EnableNonPersistent" in hns.NetworkFlags.ENABLE_NON_PERSISTENT.__doc__
