"""Rich display in Jupyter: HNS objects, node states, simulators, Services, EndpointSlices and
cluster states render as HTML tables, and a node's dataplane as an SVG picture.

The HNS rows come from the C++ table functions (``winnet.hns.*_table``), so a notebook shows
exactly what ``render_state`` prints in a terminal. The Kubernetes tables are laid out here, with
the values kube-proxy reads. The picture (``Dataplane``) is written here too, as plain SVG with
no scripts, styles or fonts to fetch: it renders offline, in a notebook and on the site alike,
and the same state always gives the same bytes. (No annotations here: these functions become
methods of the compiled classes, and the stub generator would try to resolve them.)
"""

import html as _html

from winnet._winnet import hns as _hns
from winnet._winnet import k8s as _k8s

# ---- tables ---------------------------------------------------------------------------------------


def _section(title, table):
    return f"<h4>{title}</h4>\n{table.to_html()}"


def _table_html(header, rows):
    """An HTML table laid out as ``hns.Table.to_html`` lays out the C++ tables."""
    out = ['<table class="winnet-table">', "<thead><tr>"]
    out[-1] += "".join(f"<th>{_html.escape(h)}</th>" for h in header) + "</tr></thead>"
    out.append("<tbody>")
    out += ["<tr>" + "".join(f"<td>{_html.escape(c)}</td>" for c in row) + "</tr>" for row in rows]
    out += ["</tbody>", "</table>", ""]
    return "\n".join(out)


def _state_html(state):
    return (
        f"<p>HNS {state.version}</p>\n"
        + _section("Networks", _hns.network_table(state.networks))
        + _section("Endpoints", _hns.endpoint_table(state.endpoints))
        + _section("Load balancers", _hns.load_balancer_table(state.load_balancers))
    )


def _simulator_html(sim):
    return _state_html(sim.state()) + _section("Calls", _hns.call_table(sim.calls))


# ---- Kubernetes -----------------------------------------------------------------------------------

# Enum members as the Kubernetes API spells them (Python members are UPPER_SNAKE).
_K8S_NAMES = {
    "CLUSTER_IP": "ClusterIP",
    "NODE_PORT": "NodePort",
    "LOAD_BALANCER": "LoadBalancer",
    "EXTERNAL_NAME": "ExternalName",
    "CLIENT_IP": "ClientIP",
    "NONE": "None",
    "CLUSTER": "Cluster",
    "LOCAL": "Local",
}


def _k8s_name(value):
    return _K8S_NAMES.get(value.name, value.name) if value is not None else "-"


def _join(items):
    text = ", ".join(str(i) for i in items)
    return text or "-"


def _service_port(port):
    text = f"{port.name + ' ' if port.name else ''}{port.protocol.name} {port.port}->{port.target_port}"
    return text + (f" node {port.node_port}" if port.node_port else "")


_SERVICE_HEADER = ["SERVICE", "TYPE", "CLUSTER IPS", "PORTS", "EXTERNAL IPS", "POLICIES", "AFFINITY"]


def _service_row(service):
    spec = service.spec
    policies = _join(
        f"{which} {_k8s_name(policy)}"
        for which, policy in (
            ("external", spec.external_traffic_policy),
            ("internal", spec.internal_traffic_policy),
        )
        if policy is not None
    )
    skipped = " (skipped by kube-proxy)" if service.skipped_by_kube_proxy() else ""
    return [
        str(service.metadata.key()) + skipped,
        _k8s_name(spec.type),
        _join(spec.cluster_ips),
        _join(_service_port(p) for p in spec.ports),
        _join(list(spec.external_ips) + [i.ip or i.hostname for i in service.status.load_balancer_ingress]),
        policies,
        _k8s_name(spec.session_affinity),
    ]


def _service_html(service):
    return _table_html(_SERVICE_HEADER, [_service_row(service)])


_SLICE_HEADER = ["SLICE", "SERVICE", "ADDRESSES", "PORTS", "NODE", "READY", "SERVING", "TERMINATING"]


def _yes_no(value):
    return "yes" if value else "no"


def _slice_rows(endpoint_slice):
    name = str(endpoint_slice.metadata.key())
    ports = _join(f"{p.name + ' ' if p.name else ''}{p.protocol.name} {p.port}" for p in endpoint_slice.ports)
    rows = []
    for ep in endpoint_slice.endpoints:
        c = ep.conditions
        rows.append(
            [
                name,
                str(endpoint_slice.service()),
                _join(ep.addresses),
                ports,
                ep.node_name or "-",
                _yes_no(c.is_ready()),
                _yes_no(c.is_serving()),
                _yes_no(c.is_terminating()),
            ]
        )
    if not rows:
        rows.append([name, str(endpoint_slice.service()), "(no endpoints)", ports, "-", "-", "-", "-"])
    return rows


def _slice_html(endpoint_slice):
    return _table_html(_SLICE_HEADER, _slice_rows(endpoint_slice))


def _cluster_html(cluster):
    slice_rows = [row for s in cluster.endpoint_slices for row in _slice_rows(s)]
    return (
        f"<h4>Services ({len(cluster.services)})</h4>\n"
        + _table_html(_SERVICE_HEADER, [_service_row(s) for s in cluster.services])
        + f"<h4>EndpointSlices ({len(cluster.endpoint_slices)})</h4>\n"
        + _table_html(_SLICE_HEADER, slice_rows)
    )


# ---- the dataplane picture ------------------------------------------------------------------------

_FONT = 11  # px, monospace: about 0.6 em a character
_CHAR = 6.7
_LINE = 15
_PAD = 6
_GAP = 10
_COLUMNS = [  # (x, width, title)
    (10, 180, "frontend"),
    (250, 230, "load balancers"),
    (550, 230, "endpoints (backends)"),
    (850, 190, "nodes"),
]
_WIDTH = 1050
_TOP = 34  # below the column titles
_STYLES = {  # kind -> (fill, stroke, dashed)
    "vip": ("#e8eaf6", "#3949ab", False),
    "nodeports": ("#e8eaf6", "#3949ab", True),
    "lb": ("#fff8e1", "#f57f17", False),
    "local": ("#e8f5e9", "#2e7d32", False),
    "remote": ("#e3f2fd", "#1565c0", False),
    "missing": ("#ffebee", "#c62828", True),
    "node": ("#e8f5e9", "#2e7d32", False),
    "host": ("#e3f2fd", "#1565c0", False),
    "unknown-host": ("#f5f5f5", "#616161", True),
}
_NODE_PORTS = "all node IPs"


def _short(object_id):
    return object_id[:8] if object_id else "-"


def _fit(text, width):
    limit = int((width - 2 * _PAD) / _CHAR)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _provider_address(endpoint):
    for policy in endpoint.policies:
        if isinstance(policy, _hns.ProviderAddressEndpointPolicySetting) and policy.provider_address:
            return str(policy.provider_address)
    return None


def _endpoint_ips(endpoint):
    return [str(c.ip_address) for c in endpoint.ip_configurations if c.ip_address is not None]


class _Box:
    def __init__(self, column, kind, key, lines, title):
        self.column, self.kind, self.key, self.lines, self.title = column, kind, key, lines, title
        self.y = 0.0

    @property
    def height(self):
        return 2 * _PAD + _LINE * len(self.lines) - 3


class Dataplane:
    """A picture of a node's HNS dataplane, left to right: the frontend VIPs (and "all node IPs"
    for NodePort load balancers, which have none), the load balancers with their ports and
    flags, the endpoints they balance to (local, remote with the provider address of their
    host, or missing from the state), and the nodes those endpoints run on: this node, or the
    remote hosts grouped by provider address.

    ``svg`` is the picture as SVG text, deterministic for a given state; Jupyter shows it through
    ``_repr_svg_``. ``boxes`` and ``edges`` list what is drawn, as (kind, key) pairs and pairs of
    them, for code that wants to check the picture rather than look at it.
    """

    def __init__(self, state):
        if isinstance(state, _hns.SimulatedHns):
            state = state.state()
        if not isinstance(state, _hns.HnsState):
            raise TypeError(
                f"Dataplane(state=...): expected a winnet.hns.HnsState or SimulatedHns, "
                f"got {type(state).__name__}"
            )
        self._layout(state)
        self.svg = self._draw()

    def _layout(self, state):
        boxes = {}  # (kind-group, key) -> _Box, in insertion order
        edges = []

        def box(column, kind, key, lines, title):
            group = (column, key.lower())  # HNS ids are GUIDs: compared without regard to case
            if group not in boxes:
                boxes[group] = _Box(column, kind, key, lines, title)
            return boxes[group]

        def edge(a, b):
            if (a, b) not in edges:
                edges.append((a, b))

        endpoints = {e.id.lower(): e for e in state.endpoints}
        balanced = []
        for lb in state.load_balancers:
            row = _hns.load_balancer_table([lb]).rows[0]  # ID FRONTEND PORTS FLAGS PORT FLAGS ...
            lines = [f"LB {_short(lb.id)}", *row[2].split(",")]
            flags = [f for f in (row[3], *row[4].split(",")) if f not in ("None", "-")]
            if flags:
                lines.append(" ".join(dict.fromkeys(flags)))
            if lb.source_vip:
                lines.append(f"source VIP {lb.source_vip}")
            lb_box = box(1, "lb", lb.id, lines, f"load balancer {lb.id}")
            if lb.frontend_vips:
                fronts = [
                    box(0, "vip", str(v), [str(v), "frontend VIP"], f"VIP {v}") for v in lb.frontend_vips
                ]
            else:
                fronts = [box(0, "nodeports", _NODE_PORTS, [_NODE_PORTS, "(NodePort)"], "node ports")]
            for f in fronts:
                edge(f, lb_box)
            for backend in lb.host_compute_endpoints:
                ep = endpoints.get(backend.lower())
                balanced.append(backend.lower())
                if ep is None:
                    target = box(2, "missing", backend, ["missing endpoint", _short(backend)], backend)
                else:
                    target = self._endpoint_box(box, ep)
                edge(lb_box, target)
        # Endpoints no load balancer uses are drawn too (after the others): a node's pods.
        for ep in state.endpoints:
            if ep.id.lower() not in balanced:
                self._endpoint_box(box, ep)
        for b in list(boxes.values()):
            if b.column == 2 and b.kind in ("local", "remote"):
                ep = endpoints[b.key.lower()]
                if b.kind == "local":
                    node = box(3, "node", "this node", ["this node", "local endpoints"], "this node")
                elif _provider_address(ep):
                    pa = _provider_address(ep)
                    node = box(3, "host", pa, [f"host {pa}", "provider address"], f"remote host {pa}")
                else:
                    node = box(3, "unknown-host", "unknown", ["remote host", "no provider address"], "?")
                edge(b, node)
        self._boxes = list(boxes.values())
        self._edges = edges
        self.boxes = tuple((b.kind, b.key) for b in self._boxes)
        self.edges = tuple(((a.kind, a.key), (b.kind, b.key)) for a, b in edges)

    @staticmethod
    def _endpoint_box(box, ep):
        ips = _endpoint_ips(ep) or ["(no IP)"]
        if ep.is_remote():
            pa = _provider_address(ep)
            lines = [ips[0], f"remote, PA {pa}" if pa else "remote", _short(ep.id)]
            kind = "remote"
        else:
            lines = [ips[0], f"local {ep.name}" if ep.name else "local", _short(ep.id)]
            kind = "local"
        return box(2, kind, ep.id, lines, f"endpoint {ep.id}")

    def _draw(self):
        columns = [[b for b in self._boxes if b.column == c] for c in range(len(_COLUMNS))]
        heights = [sum(b.height for b in col) + _GAP * max(0, len(col) - 1) for col in columns]
        tallest = max(heights + [40])
        for col, height in zip(columns, heights, strict=True):
            y = _TOP + (tallest - height) / 2
            for b in col:
                b.y = y
                y += b.height + _GAP
        total = _TOP + tallest + 12
        out = [
            f'<svg xmlns="http://www.w3.org/2000/svg" class="winnet-dataplane" width="{_WIDTH}" '
            f'height="{total:.0f}" viewBox="0 0 {_WIDTH} {total:.0f}" '
            f'font-family="monospace" font-size="{_FONT}">',
            f'<rect x="0" y="0" width="{_WIDTH}" height="{total:.0f}" fill="#ffffff"/>',
        ]
        for x, width, title in _COLUMNS:
            out.append(
                f'<text x="{x + width / 2:.0f}" y="18" text-anchor="middle" font-weight="bold" '
                f'fill="#424242">{_html.escape(title)}</text>'
            )
        if not self._boxes:
            out.append(f'<text x="{_WIDTH / 2:.0f}" y="{_TOP + 20}" text-anchor="middle">(empty)</text>')
        for a, b in self._edges:
            out.append(self._edge_svg(a, b))
        for b in self._boxes:
            out.append(self._box_svg(b))
        out.append("</svg>")
        return "\n".join(out) + "\n"

    @staticmethod
    def _edge_svg(a, b):
        xa, wa, _ = _COLUMNS[a.column]
        xb, _, _ = _COLUMNS[b.column]
        x1, y1 = xa + wa, a.y + a.height / 2
        x2, y2 = xb - 2, b.y + b.height / 2
        mid = (x1 + x2) / 2
        colour = "#c62828" if b.kind == "missing" else "#757575"
        return (
            f'<g class="winnet-edge" data-from="{a.kind}:{_html.escape(a.key)}" '
            f'data-to="{b.kind}:{_html.escape(b.key)}">'
            f'<path d="M{x1:.1f},{y1:.1f} C{mid:.1f},{y1:.1f} {mid:.1f},{y2:.1f} {x2 - 5:.1f},{y2:.1f}" '
            f'fill="none" stroke="{colour}" stroke-width="1.2"/>'
            f'<polygon points="{x2:.1f},{y2:.1f} {x2 - 6:.1f},{y2 - 3.5:.1f} {x2 - 6:.1f},{y2 + 3.5:.1f}" '
            f'fill="{colour}"/></g>'
        )

    @staticmethod
    def _box_svg(b):
        x, width, _ = _COLUMNS[b.column]
        fill, stroke, dashed = _STYLES[b.kind]
        dash = ' stroke-dasharray="4 3"' if dashed else ""
        out = [
            f'<g class="winnet-box" data-kind="{b.kind}" data-key="{_html.escape(b.key)}">'
            f"<title>{_html.escape(b.title)}</title>",
            f'<rect x="{x}" y="{b.y:.1f}" width="{width}" height="{b.height}" rx="4" fill="{fill}" '
            f'stroke="{stroke}"{dash}/>',
        ]
        for i, line in enumerate(b.lines):
            weight = ' font-weight="bold"' if i == 0 else ""
            out.append(
                f'<text x="{x + _PAD}" y="{b.y + _PAD + _LINE * i + 9:.1f}" fill="#212121"{weight}>'
                f"{_html.escape(_fit(line, width))}</text>"
            )
        out.append("</g>")
        return "".join(out)

    def _repr_svg_(self):
        return self.svg

    def __repr__(self):
        kinds = [k for k, _ in self.boxes]
        endpoints = sum(kinds.count(k) for k in ("local", "remote", "missing"))
        return (
            f"Dataplane({kinds.count('vip')} VIPs, {kinds.count('lb')} load balancers, "
            f"{endpoints} endpoints, {sum(kinds.count(k) for k in ('node', 'host', 'unknown-host'))} nodes)"
        )


def dataplane_svg(state):
    """The picture of ``state`` (an ``HnsState`` or a ``SimulatedHns``) as SVG text: see
    ``Dataplane``."""
    return Dataplane(state).svg


def install() -> None:
    """Attach ``_repr_html_`` to the HNS and Kubernetes classes (called once when ``winnet.hns``
    or ``winnet.k8s`` is imported)."""
    _hns.Network._repr_html_ = lambda self: _hns.network_table([self]).to_html()
    _hns.Endpoint._repr_html_ = lambda self: _hns.endpoint_table([self]).to_html()
    _hns.LoadBalancer._repr_html_ = lambda self: _hns.load_balancer_table([self]).to_html()
    _hns.HnsState._repr_html_ = _state_html
    _hns.SimulatedHns._repr_html_ = _simulator_html
    _k8s.Service._repr_html_ = _service_html
    _k8s.EndpointSlice._repr_html_ = _slice_html
    _k8s.ClusterState._repr_html_ = _cluster_html
