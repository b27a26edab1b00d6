"""Prints every rule the checker reproduces as Markdown tables, one per stage (Python twin of
rule_table.cpp)."""

from winnet import hostprocess


def cell(text: str) -> str:
    """Text shown as written in a Markdown table cell: Markdown's special characters escaped."""
    out = []
    for c in text:
        if c in "<>&":
            out.append({"<": "&lt;", ">": "&gt;", "&": "&amp;"}[c])
        elif c in "\\|*_`[]":
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)


# --8<-- [start:table]
for stage in [
    hostprocess.Stage.API_SERVER,
    hostprocess.Stage.POD_SECURITY,
    hostprocess.Stage.KUBELET,
    hostprocess.Stage.RUNTIME,
]:
    print(f"\n**{hostprocess.stage_name(stage)}**\n\n| rule | message | path | since |\n|---|---|---|---|")
    for rule in hostprocess.rules():
        if rule.stage != stage:
            continue
        cells = [f"`{rule.id}`: {cell(rule.summary)}", cell(rule.message), cell(rule.path), cell(rule.since)]
        print("| " + " | ".join(cells) + " |")
# --8<-- [end:table]
