"""Rich display in Jupyter: HNS objects, node states and simulators render as HTML tables.

The rows come from the C++ table functions (``winnet.hns.*_table``), so a notebook shows
exactly what ``render_state`` prints in a terminal. (No annotations here: these functions
become methods of the compiled classes, and the stub generator would try to resolve them.)
"""

from winnet._winnet import hns as _hns


def _section(title, table):
    return f"<h4>{title}</h4>\n{table.to_html()}"


def _state_html(state):
    return (
        f"<p>HNS {state.version}</p>\n"
        + _section("Networks", _hns.network_table(state.networks))
        + _section("Endpoints", _hns.endpoint_table(state.endpoints))
        + _section("Load balancers", _hns.load_balancer_table(state.load_balancers))
    )


def _simulator_html(sim):
    return _state_html(sim.state()) + _section("Calls", _hns.call_table(sim.calls))


def install() -> None:
    """Attach ``_repr_html_`` to the HNS classes (called once when ``winnet.hns`` is imported)."""
    _hns.Network._repr_html_ = lambda self: _hns.network_table([self]).to_html()
    _hns.Endpoint._repr_html_ = lambda self: _hns.endpoint_table([self]).to_html()
    _hns.LoadBalancer._repr_html_ = lambda self: _hns.load_balancer_table([self]).to_html()
    _hns.HnsState._repr_html_ = _state_html
    _hns.SimulatedHns._repr_html_ = _simulator_html
