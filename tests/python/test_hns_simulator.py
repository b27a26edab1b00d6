"""SimulatedHns and the HNS version from Python: same semantics as C++, Python errors and types."""

import datetime

import pytest

import winnet
from winnet import hns


@pytest.fixture
def node():
    sim = hns.SimulatedHns()
    net = sim.create_network(hns.Network(name="flannel.4096", type=hns.NetworkType.OVERLAY))
    ep = sim.create_endpoint(net, hns.Endpoint(ip_configurations=[hns.IpConfig(ip_address="10.244.1.5")]))
    return sim, net, ep


def dns_lb(endpoint_id, vip="10.96.0.10"):
    return hns.LoadBalancer(
        host_compute_endpoints=[endpoint_id],
        frontend_vips=[vip],
        port_mappings=[hns.PortMapping(protocol=hns.Protocol.UDP, internal_port=53, external_port=53)],
    )


def test_a_port_collision_raises_hns_error_with_the_hresult(node):
    sim, _, ep = node
    sim.create_load_balancer(dns_lb(ep.id))
    with pytest.raises(hns.HnsError) as info:
        sim.create_load_balancer(dns_lb(ep.id))
    assert info.value.code == hns.HResult.PORT_ALREADY_EXISTS
    assert info.value.code == 0x803B0013
    assert "0x803b0013 (HCN_E_PORT_ALREADY_EXISTS)" in str(info.value)
    assert isinstance(info.value, winnet.Error)


def test_unknown_ids_raise_not_found_error_which_is_a_lookup_error():
    sim = hns.SimulatedHns()
    with pytest.raises(hns.NotFoundError) as info:
        sim.get_network_by_name("flannel.4096")
    assert isinstance(info.value, LookupError)
    assert isinstance(info.value, hns.HnsError)
    assert info.value.code == hns.HResult.NETWORK_NOT_FOUND
    assert str(info.value).endswith('Network name "flannel.4096" not found')


def test_update_is_not_implemented_on_hns_15_4(node):
    sim = hns.SimulatedHns(hns.HnsVersion(15, 4))
    net = sim.create_network(hns.Network(name="n", type=hns.NetworkType.L2_BRIDGE))
    ep = sim.create_endpoint(net, hns.Endpoint())
    lb = sim.create_load_balancer(dns_lb(ep.id))
    with pytest.raises(hns.HnsError) as info:
        sim.update_load_balancer(lb.id, dns_lb(ep.id))
    assert info.value.code == hns.HResult.NOT_IMPLEMENTED
    assert not sim.supported_features().modify_loadbalancer


def test_the_call_log_counts_and_records_documents(node):
    sim, _, ep = node
    sim.clear_calls()
    lb = sim.create_load_balancer(dns_lb(ep.id))
    sim.list_load_balancers()
    assert [c.operation for c in sim.calls] == [
        hns.HnsOperation.CREATE_LOAD_BALANCER,
        hns.HnsOperation.LIST_LOAD_BALANCERS,
    ]
    assert sim.calls[0].id == lb.id
    assert sim.calls[0].document == dns_lb(ep.id).to_json()
    assert sim.counts() == {hns.HnsOperation.CREATE_LOAD_BALANCER: 1, hns.HnsOperation.LIST_LOAD_BALANCERS: 1}
    assert sim.count(hns.HnsOperation.DELETE_ENDPOINT) == 0


def test_faults_latency_and_restart(node):
    sim, _, ep = node
    sim.fail_operation(hns.HnsOperation.CREATE_LOAD_BALANCER, hns.HResult.MANAGER_STOPPED)
    with pytest.raises(hns.HnsError):
        sim.create_load_balancer(dns_lb(ep.id))
    assert sim.calls[-1].error == hns.HResult.MANAGER_STOPPED
    sim.create_load_balancer(dns_lb(ep.id))
    sim.clear_calls()
    sim.set_latency(
        hns.HnsOperation.LIST_LOAD_BALANCERS,
        datetime.timedelta(milliseconds=1),
        per_object=datetime.timedelta(microseconds=10),
    )
    sim.list_load_balancers()
    assert sim.elapsed == datetime.timedelta(microseconds=1010)
    sim.restart()
    assert sim.list_load_balancers() == []
    with pytest.raises(winnet.Error):
        sim.fail_randomly(2.0, seed=1)


def test_state_round_trips_through_json(node):
    sim, _, _ = node
    state = sim.state()
    again = hns.HnsState.from_json(state.to_json())
    assert again == state
    assert hns.SimulatedHns(again).state() == state
    with pytest.raises(winnet.JsonError) as info:
        hns.HnsState.from_json('{"endpoints":[{"Flags":"1"}]}')
    assert info.value.path == "$.endpoints[0].Flags"


def test_feature_table_and_supported_features():
    assert hns.supported_features(hns.HnsVersion(10, 1)).dsr is False
    assert hns.supported_features(hns.HnsVersion(10, 2)).dsr is True
    dsr = next(f for f in hns.feature_table() if f.name == "DSR")
    assert [str(r) for r in dsr.ranges] == ["9.3 to 9.x", "10.2 and later"]
    assert hns.HnsVersion(15, 5) > hns.HnsVersion(15, 4)
    assert repr(hns.HnsVersion(15, 5)) == "HnsVersion(15, 5)"


def test_objects_display_as_html_tables_in_jupyter(node):
    sim, net, ep = node
    assert "<table" in net._repr_html_() and "flannel.4096" in net._repr_html_()
    assert "10.244.1.5" in ep._repr_html_()
    html = sim._repr_html_()
    assert "<h4>Calls</h4>" in html and "CreateEndpoint" in html
    assert "<h4>Load balancers</h4>" in sim.state()._repr_html_()


def test_wrong_argument_types_raise_type_error_not_a_crash():
    sim = hns.SimulatedHns()
    with pytest.raises(TypeError):
        sim.create_load_balancer("not a load balancer")
    with pytest.raises(TypeError):
        hns.SimulatedHns(version="15.5")
    with pytest.raises(TypeError):
        sim.fail_call("first")


def test_an_endpoint_is_found_by_ip_on_its_network(node):
    sim, net, ep = node
    assert sim.get_endpoint_by_ip("10.244.1.5", net).id == ep.id
    with pytest.raises(hns.NotFoundError, match="Endpoint 10.244.1.9 not found on network flannel.4096"):
        sim.get_endpoint_by_ip("10.244.1.9", net)
    with pytest.raises(winnet.ParseError):
        sim.get_endpoint_by_ip("10.244.1.999", net)
