"""winnet.hns.LoadBalancer from Python: same JSON as C++, Python enums, errors with JSON paths."""

import enum

import pytest

import winnet
from winnet import hns, net

CLUSTER_IP = (
    '{"HostComputeEndpoints":["ep-guid"],"SourceVIP":"192.168.1.2","FrontendVIPs":["10.20.30.41"],'
    '"PortMappings":[{"Protocol":6,"InternalPort":8080,"ExternalPort":80}],"SchemaVersion":{"Major":2,"Minor":0}}'
)


def test_a_load_balancer_built_in_python_marshals_as_hcsshim_does():
    lb = hns.LoadBalancer(
        host_compute_endpoints=["ep-guid"],
        source_vip=net.IpAddress("192.168.1.2"),
        frontend_vips=["10.20.30.41"],  # strings convert to IpAddress
        port_mappings=[hns.PortMapping(protocol=hns.Protocol.TCP, internal_port=8080, external_port=80)],
    )
    assert lb.to_json() == CLUSTER_IP
    assert hns.LoadBalancer.from_json(CLUSTER_IP) == lb


def test_flags_are_python_int_flags_that_combine():
    assert issubclass(hns.PortMappingFlags, enum.IntFlag)
    assert issubclass(hns.Protocol, enum.IntEnum)
    flags = hns.PortMappingFlags.LOCAL_ROUTED_VIP | hns.PortMappingFlags.VIP_EXTERNAL_IP
    pm = hns.PortMapping(protocol=hns.Protocol.TCP, internal_port=8080, external_port=30080, flags=flags)
    assert pm.flags == 18
    lb = hns.LoadBalancer(port_mappings=[pm], flags=hns.LoadBalancerFlags.DSR | hns.LoadBalancerFlags.IPV6)
    parsed = hns.LoadBalancer.from_json(lb.to_json())
    assert parsed.flags == hns.LoadBalancerFlags.DSR | hns.LoadBalancerFlags.IPV6
    assert parsed.port_mappings[0].flags == flags
    assert isinstance(parsed.port_mappings[0].flags, hns.PortMappingFlags)


def test_repr_is_short_and_exact():
    lb = hns.LoadBalancer.from_json(CLUSTER_IP)
    assert repr(lb) == (
        "LoadBalancer(id='', host_compute_endpoints=['ep-guid'], source_vip=IpAddress('192.168.1.2'), "
        "frontend_vips=[IpAddress('10.20.30.41')], port_mappings=[PortMapping(protocol=<Protocol.TCP: 6>, "
        "internal_port=8080, external_port=80, distribution_type=<Distribution.NONE: 0>, "
        "flags=<PortMappingFlags.NONE: 0>)], schema_version=SchemaVersion(major=2, minor=0), "
        "flags=<LoadBalancerFlags.NONE: 0>)"
    )


def test_list_fields_are_tuples_so_in_place_edits_fail_loudly():
    lb = hns.LoadBalancer.from_json(CLUSTER_IP)
    with pytest.raises(AttributeError):
        lb.frontend_vips.append(net.IpAddress("10.0.0.1"))
    lb.frontend_vips = [*lb.frontend_vips, "10.0.0.1"]
    assert [str(v) for v in lb.frontend_vips] == ["10.20.30.41", "10.0.0.1"]


def test_source_vip_none_is_omitted():
    lb = hns.LoadBalancer.from_json(CLUSTER_IP)
    lb.source_vip = None
    assert '"SourceVIP"' not in lb.to_json()


@pytest.mark.parametrize(
    ("document", "path", "fragment"),
    [
        ('{"ID":', "$", "not valid JSON"),
        ('{"ID":7}', "$.ID", "expected a string, found the number 7"),
        ('{"PortMappings":[{"ExternalPort":65536}]}', "$.PortMappings[0].ExternalPort", "0 to 65535"),
        ('{"PortMappings":[{"Flags":32}]}', "$.PortMappings[0].Flags", "flag bits 32 of 32 are not defined"),
        ('{"Flags":4}', "$.Flags", "not defined for LoadBalancerFlags"),
        ('{"FrontendVIPs":["10.0.0.300"]}', "$.FrontendVIPs[0]", '"10.0.0.300"'),
        ('{"PortMappings":[{"Protocol":1}]}', "$.PortMappings[0].Protocol", "unsupported protocol 1"),
        ('{"frontendVIPs":[]}', "$.frontendVIPs", 'did you mean "FrontendVIPs"'),
    ],
)
def test_malformed_documents_raise_json_error_naming_the_path(document, path, fragment):
    with pytest.raises(winnet.JsonError) as info:
        hns.LoadBalancer.from_json(document)
    err = info.value
    assert isinstance(err, ValueError)
    assert err.path == path
    assert fragment in str(err)
    assert str(err).startswith(path + ": ")


def test_wrong_argument_types_raise_type_error_not_a_crash():
    with pytest.raises(TypeError):
        hns.PortMapping(internal_port="80")
    with pytest.raises(ValueError, match=r"PortMapping\(internal_port=\.\.\.\): 70000 is out of range"):
        hns.PortMapping(internal_port=70000)  # does not fit uint16 (test_errors_named.py has the rest)
    with pytest.raises(TypeError):
        hns.LoadBalancer.from_json(42)


def test_bad_addresses_raise_parse_error():
    with pytest.raises(winnet.ParseError) as info:
        hns.LoadBalancer(frontend_vips=["10.0.0.256"])
    assert "10.0.0.256" in str(info.value)


def test_docstrings_are_the_doxygen_definitions():
    assert "Direct Server Return" in hns.LoadBalancerFlags.DSR.__doc__
    assert "JSON `FrontendVIPs`" in hns.LoadBalancer.frontend_vips.__doc__
    assert "HostComputeLoadBalancer" in hns.LoadBalancer.__doc__
