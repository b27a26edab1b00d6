"""winnet.hns.Endpoint from Python: same JSON as C++, policies as classes, errors with JSON paths."""

import enum

import pytest

import winnet
from winnet import hns, net

REMOTE = (
    '{"HostComputeNetwork":"7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F",'
    '"Policies":[{"Type":"ProviderAddress","Settings":{"ProviderAddress":"10.0.0.3"}}],'
    '"IpConfigurations":[{"IpAddress":"192.168.2.3"}],"Dns":{},"MacAddress":"02-11-c0-a8-02-03","Flags":1,'
    '"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}}'
)

WIN_BRIDGE = (
    '{"Name":"4e1b2c3d_cbr0","HostComputeNetwork":"D1C0B2A3-9F8E-4D7C-B6A5-1E2F3A4B5C6D","Policies":['
    '{"Type":"OutBoundNAT","Settings":{"Exceptions":["10.244.0.0/16","10.96.0.0/12","192.168.1.0/24"]}},'
    '{"Type":"SDNRoute","Settings":{"DestinationPrefix":"10.96.0.0/12","NeedEncap":true}},'
    '{"Type":"SDNRoute","Settings":{"DestinationPrefix":"192.168.1.20/32","NeedEncap":true}},'
    '{"Type":"OutBoundNAT","Settings":{"Destinations":["10.244.1.5"]}}],'
    '"IpConfigurations":[{"IpAddress":"10.244.1.5"}],'
    '"Dns":{"Search":["default.svc.cluster.local","svc.cluster.local","cluster.local"],"ServerList":["10.96.0.10"]},'
    '"Routes":[{"NextHop":"10.244.1.2","DestinationPrefix":"0.0.0.0/0"}],'
    '"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}}'
)


def test_the_remote_endpoint_kube_proxy_creates_round_trips_byte_for_byte():
    ep = hns.Endpoint.from_json(REMOTE)
    assert ep.to_json() == REMOTE
    assert ep.is_remote()
    assert ep.flags == hns.EndpointFlags.REMOTE_ENDPOINT
    (pa,) = ep.policies
    assert isinstance(pa, hns.ProviderAddressEndpointPolicySetting)
    assert pa.provider_address == net.IpAddress("10.0.0.3")
    assert hns.policy_type(pa) == "ProviderAddress"


def test_a_remote_endpoint_built_in_python_marshals_as_kube_proxy_sends_it():
    ip = net.IpAddress("192.168.2.3")
    ep = hns.Endpoint(
        host_compute_network="7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F",
        policies=[hns.ProviderAddressEndpointPolicySetting(provider_address="10.0.0.3")],  # text converts
        ip_configurations=[hns.IpConfig(ip_address=ip)],
        mac_address=hns.conjure_mac("02-11", ip),
        flags=hns.EndpointFlags.REMOTE_ENDPOINT,
    )
    assert ep.to_json() == REMOTE
    assert hns.Endpoint.from_json(REMOTE) == ep


def test_the_win_bridge_endpoint_round_trips_with_typed_policies():
    ep = hns.Endpoint.from_json(WIN_BRIDGE)
    assert ep.to_json() == WIN_BRIDGE
    assert not ep.is_remote()
    nat, route, host_route, dsr = ep.policies
    assert isinstance(nat, hns.OutboundNatPolicySetting)
    assert [str(p) for p in nat.exceptions] == ["10.244.0.0/16", "10.96.0.0/12", "192.168.1.0/24"]
    assert isinstance(route, hns.SDNRoutePolicySetting)
    assert route.destination_prefix == net.IpPrefix("10.96.0.0/12")
    assert route.need_encap is True
    assert route.next_hop is None
    assert host_route.destination_prefix == net.IpPrefix("192.168.1.20/32")
    assert dsr.destinations == (net.IpAddress("10.244.1.5"),)
    assert ep.routes[0].next_hop == net.IpAddress("10.244.1.2")
    assert ep.dns.search == ("default.svc.cluster.local", "svc.cluster.local", "cluster.local")


def test_every_policy_class_writes_hcsshim_settings():
    ep = hns.Endpoint(
        policies=[
            hns.OutboundNatPolicySetting(
                virtual_ip="192.168.1.20",
                exceptions=["10.244.0.0/16"],
                destinations=["10.244.1.5"],
                flags=hns.NatFlags.LOCAL_ROUTED_VIP | hns.NatFlags.IPV6,
                max_port_pool_usage=50,
            ),
            hns.SDNRoutePolicySetting(destination_prefix="169.254.169.254/24", next_hop="127.10.0.34"),
            hns.PortMappingPolicySetting(protocol=6, internal_port=80, external_port=8080),
            hns.AclPolicySetting(
                protocols="256",
                action=hns.Action.BLOCK,
                direction=hns.Direction.IN,
                rule_type=hns.RuleType.SWITCH,
                priority=65500,
            ),
            hns.L4ProxyPolicySetting(ip="127.0.0.1", port="15001", protocol=6, exceptions=["15020"]),
            hns.EncapOverheadEndpointPolicySetting(overhead=50),
            hns.OtherEndpointPolicy(type="QOS", settings_json='{"MaximumOutgoingBandwidthInBytes":1000000}'),
            hns.ProviderAddressEndpointPolicySetting(),
        ]
    )
    assert ep.to_json() == (
        '{"Policies":['
        '{"Type":"OutBoundNAT","Settings":{"VirtualIP":"192.168.1.20","Exceptions":["10.244.0.0/16"],'
        '"Destinations":["10.244.1.5"],"Flags":3,"MaxPortPoolUsage":50}},'
        '{"Type":"SDNRoute","Settings":{"DestinationPrefix":"169.254.169.254/24","NextHop":"127.10.0.34"}},'
        '{"Type":"PortMapping","Settings":{"Protocol":6,"InternalPort":80,"ExternalPort":8080}},'
        '{"Type":"ACL","Settings":{"Protocols":"256","Action":"Block","Direction":"In","RuleType":"Switch","Priority":65500}},'
        '{"Type":"L4Proxy","Settings":{"IP":"127.0.0.1","Port":"15001","Protocol":6,"Exceptions":["15020"],"Destination":""}},'
        '{"Type":"EncapOverhead","Settings":{"Overhead":50}},'
        '{"Type":"QOS","Settings":{"MaximumOutgoingBandwidthInBytes":1000000}},'
        '{"Type":"ProviderAddress","Settings":{}}],'
        '"Dns":{},"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}}'
    )
    parsed = hns.Endpoint.from_json(ep.to_json())
    assert parsed == ep
    assert [hns.policy_type(p) for p in parsed.policies] == [
        "OutBoundNAT",
        "SDNRoute",
        "PortMapping",
        "ACL",
        "L4Proxy",
        "EncapOverhead",
        "QOS",
        "ProviderAddress",
    ]


def test_unknown_policy_types_are_kept_verbatim():
    doc = (
        '{"Policies":[{"Type":"SDNROUTE","Settings":{"NeedEncap":true,"DestinationPrefix":"10.96.0.0/12"}},'
        '{"Type":"L2Driver"}],"Dns":{},"Health":{"Extra":{}},"SchemaVersion":{"Major":2,"Minor":0}}'
    )
    ep = hns.Endpoint.from_json(doc)
    assert ep.to_json() == doc
    route, driver = ep.policies
    assert route == hns.OtherEndpointPolicy(
        type="SDNROUTE", settings_json='{"NeedEncap":true,"DestinationPrefix":"10.96.0.0/12"}'
    )
    assert driver.settings_json == ""


def test_flags_and_acl_enums_are_python_enums():
    assert issubclass(hns.EndpointFlags, enum.IntFlag)
    assert issubclass(hns.NatFlags, enum.IntFlag)
    for cls in (hns.Action, hns.Direction, hns.RuleType):
        assert issubclass(cls, enum.Enum)
        assert not issubclass(cls, int)
    assert hns.EndpointFlags.NONE == 0
    assert hns.EndpointFlags.REMOTE_ENDPOINT == 1
    assert hns.NatFlags.LOCAL_ROUTED_VIP | hns.NatFlags.IPV6 == 3
    acl = hns.AclPolicySetting()
    assert acl.action == hns.Action.ALLOW
    assert acl.direction == hns.Direction.IN
    assert acl.rule_type is None


@pytest.mark.parametrize("flags", [hns.EndpointFlags.NONE, hns.EndpointFlags.REMOTE_ENDPOINT])
def test_every_endpoint_flag_round_trips(flags):
    ep = hns.Endpoint(flags=flags)
    parsed = hns.Endpoint.from_json(ep.to_json())
    assert parsed.flags == flags
    assert isinstance(parsed.flags, hns.EndpointFlags)
    assert parsed.is_remote() == bool(flags)


def test_conjure_mac_matches_kube_proxy_for_ipv4_and_ipv6():
    assert hns.conjure_mac("02-11", "192.168.2.3") == "02-11-c0-a8-02-03"
    assert hns.conjure_mac("02-11", net.IpAddress("100.96.1.3")) == "02-11-64-60-01-03"
    assert hns.conjure_mac("02-11", "2001:db8::1:203:405") == "02-11-05-04-03-02"
    with pytest.raises(winnet.ParseError):
        hns.conjure_mac("02-11", "not-an-ip")


def test_list_fields_are_tuples_so_in_place_edits_fail_loudly():
    ep = hns.Endpoint.from_json(WIN_BRIDGE)
    assert isinstance(ep.policies, tuple)
    with pytest.raises(AttributeError):
        ep.policies.append(hns.EncapOverheadEndpointPolicySetting(overhead=50))
    ep.policies = [*ep.policies, hns.EncapOverheadEndpointPolicySetting(overhead=50)]
    assert hns.policy_type(ep.policies[-1]) == "EncapOverhead"
    nat = ep.policies[0]
    nat.exceptions = [*nat.exceptions, "100.64.0.0/13"]
    assert str(nat.exceptions[-1]) == "100.64.0.0/13"


def test_address_fields_accept_text_and_reject_bad_text():
    config = hns.IpConfig(ip_address="fd00::5", prefix_length=64)
    assert config.ip_address == net.IpAddress("fd00::5")
    config.ip_address = None
    assert config.ip_address is None
    with pytest.raises(winnet.ParseError):
        hns.SDNRoutePolicySetting(destination_prefix="10.96.0.0")
    with pytest.raises(winnet.ParseError):
        hns.OutboundNatPolicySetting(exceptions=["10.0.0.0/8", "bogus"])


def test_repr_is_short_and_exact():
    ep = hns.Endpoint.from_json(REMOTE)
    assert (
        repr(ep.policies[0]) == "ProviderAddressEndpointPolicySetting(provider_address=IpAddress('10.0.0.3'))"
    )
    assert repr(ep.ip_configurations[0]) == "IpConfig(ip_address=IpAddress('192.168.2.3'), prefix_length=0)"
    assert repr(hns.AclPolicySetting(action=hns.Action.PASS)) == (
        "AclPolicySetting(protocols='', action=<Action.PASS: 2>, direction=<Direction.IN: 0>, "
        "local_addresses='', remote_addresses='', local_ports='', remote_ports='', "
        "rule_type=None, priority=0)"
    )
    assert repr(ep).startswith(
        "Endpoint(id='', name='', host_compute_network='7B8C5D2E-4F1A-4C3B-9E6D-2A1B0C9D8E7F', "
        "host_compute_namespace='', policies=[ProviderAddressEndpointPolicySetting("
    )
    assert "flags=<EndpointFlags.REMOTE_ENDPOINT: 1>" in repr(ep)


def test_docstrings_come_from_the_doxygen_definitions():
    assert "provider address" in hns.ProviderAddressEndpointPolicySetting.__doc__
    assert "JSON `MacAddress`" in hns.Endpoint.mac_address.__doc__
    assert "conjureMac" in hns.conjure_mac.__doc__


@pytest.mark.parametrize(
    ("document", "path", "fragment"),
    [
        ('{"ID":', "$", "not valid JSON"),
        ('{"Flags":2}', "$.Flags", "flag bits 2 of 2 are not defined for EndpointFlags"),
        ('{"MacAddress":"02-11-c0-a8-02"}', "$.MacAddress", "invalid MAC address"),
        (
            '{"IpConfigurations":[{"IpAddress":"10.0.0.1","PrefixLength":33}]}',
            "$.IpConfigurations[0].PrefixLength",
            "too long for the IPv4 address",
        ),
        (
            '{"Policies":[{"Type":"ProviderAddress","Settings":{"ProviderAddress":"10.0.0.300"}}]}',
            "$.Policies[0].Settings.ProviderAddress",
            '"10.0.0.300"',
        ),
        (
            '{"Policies":[{"Type":"ACL","Settings":{"Action":"Deny","Direction":"In"}}]}',
            "$.Policies[0].Settings.Action",
            'unknown ACL Action "Deny"',
        ),
        (
            '{"Policies":[{"Type":"PortMapping","Settings":{"ExternalPort":65536}}]}',
            "$.Policies[0].Settings.ExternalPort",
            "0 to 65535",
        ),
        (
            '{"Policies":[{"Type":"OutBoundNAT","Settings":{"ExceptionList":[]}}]}',
            "$.Policies[0].Settings.ExceptionList",
            'unknown field "ExceptionList" of OutboundNatPolicySetting',
        ),
        ('{"Policies":[{"Type":"SDNRoute"}]}', "$.Policies[0].Settings", 'Type "SDNRoute" needs Settings'),
        ('{"macAddress":""}', "$.macAddress", 'did you mean "MacAddress"'),
    ],
)
def test_malformed_documents_raise_json_error_naming_the_path(document, path, fragment):
    with pytest.raises(winnet.JsonError) as info:
        hns.Endpoint.from_json(document)
    message = str(info.value)
    assert message.startswith(path + ": ")
    assert fragment in message
    assert isinstance(info.value, ValueError)


def test_settings_json_that_is_not_json_fails_when_written():
    ep = hns.Endpoint(policies=[hns.OtherEndpointPolicy(type="QOS", settings_json="{oops")])
    with pytest.raises(winnet.JsonError, match=r"^\$\.Policies\[0\]\.Settings: "):
        ep.to_json()
