"""The Windows CNI plugins' endpoint setup: netconfs as win-bridge, win-overlay, sdnbridge,
sdnoverlay and nat read them, host-local IPAM, ADD/DEL/CHECK/VERSION on a SimulatedHns, the CNI
result in each specification version, and ``run_plugin`` (a plugin binary's main).

Everything here is the compiled module ``winnet._winnet.cni`` (``del`` is bound as ``del_``,
since ``del`` is a Python keyword), plus ``run_on_state_file``, which the ``winnet cni``
command uses to act on a node whose HNS state lives in a file.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Mapping

from winnet import hns as _hns_module
from winnet._winnet import cni as _cni
from winnet._winnet.cni import *  # noqa: F403
from winnet._winnet.cni import ErrorCode, PluginOutput, PluginType, run_plugin

DEFAULT_SUBNET_FILE = "/run/flannel/subnet.env"

__all__ = sorted([name for name in vars(_cni) if not name.startswith("_")] + ["run_on_state_file"])


def _error(code: ErrorCode, msg: str) -> PluginOutput:
    # The error object as CniError.to_json prints it (skel's types.Error.Print).
    return PluginOutput(stdout_text=json.dumps({"code": int(code), "msg": msg}, indent=4), exit_code=1)


def _flannel_subnet_env(stdin_data: str) -> tuple[str, str | None]:
    """The subnet.env text a flannel netconf names (its ``subnetFile``), or an error message."""
    try:
        conf = json.loads(stdin_data)
    except ValueError:
        return "", None
    if not isinstance(conf, dict) or conf.get("type") != "flannel":
        return "", None
    path = conf.get("subnetFile") or DEFAULT_SUBNET_FILE
    try:
        with open(path, encoding="utf-8") as f:
            return f.read(), None
    except OSError as e:
        return "", (
            f"failed to load flannel 'subnet.env' file: open {path}: {e.strerror}. "
            "Check the flannel pod log for this node."
        )


def run_on_state_file(
    environment: Mapping[str, str], stdin_data: str, state_path: str | None, plugin: PluginType | None = None
) -> PluginOutput:
    """Run one CNI call as a plugin binary on the node whose HNS state is in ``state_path``.

    The state (``HnsState`` JSON, as ``winnet plan --hns`` reads it) is loaded before the call
    and saved after it, so a sequence of ADDs and DELs can be replayed and then inspected. Only
    VERSION works without a state file. New object ids are derived from the state's text, so a
    replay gives the same ids every time.
    """
    env = {k: v for k, v in environment.items() if k.startswith("CNI_")}
    if env.get("CNI_COMMAND") != "VERSION" and not state_path:
        return _error(
            ErrorCode.INVALID_ENVIRONMENT_VARIABLES, "required env variables [WINNET_HNS_STATE] missing"
        )
    subnet_env, problem = _flannel_subnet_env(stdin_data)
    if problem is not None and env.get("CNI_COMMAND") in ("ADD", "DEL", "CHECK"):
        return _error(ErrorCode.INTERNAL, problem)
    text = ""
    if state_path:
        try:
            with open(state_path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            return _error(ErrorCode.IO_FAILURE, f"cannot read WINNET_HNS_STATE {state_path}: {e.strerror}")
    try:
        state = _hns_module.HnsState.from_json(text) if text.strip() else _hns_module.HnsState()
    except ValueError as e:
        return _error(ErrorCode.IO_FAILURE, f"{state_path}: {e}")
    sim = _hns_module.SimulatedHns(state, id_seed=zlib.crc32(text.encode("utf-8")))
    output = run_plugin(env, stdin_data, sim, plugin, subnet_env)
    if state_path:
        tmp = f"{state_path}.tmp{os.getpid()}"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(sim.state().to_json() + "\n")
        os.replace(tmp, state_path)
    return output
