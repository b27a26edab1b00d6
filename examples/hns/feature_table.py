"""Prints the HNS feature table as Markdown (Python twin of feature_table.cpp)."""

from winnet import hns

# --8<-- [start:table]
print("| feature | HNS versions | used for |\n|---|---|---|")
for feature in hns.feature_table():
    versions = ", ".join(str(r) for r in feature.ranges)
    print(f"| `{feature.name}` | {versions} | {feature.meaning} |")
# --8<-- [end:table]

# --8<-- [start:versions]
print()
for v in [hns.HnsVersion(10, 1), hns.HnsVersion(13, 2), hns.HnsVersion(15, 4), hns.HnsVersion(15, 5)]:
    f = hns.supported_features(v)
    yes = {True: "yes", False: "no"}
    print(
        f"- HNS {v}: DSR {yes[f.dsr]}, dual stack {yes[f.ipv6_dual_stack]}, "
        f"session affinity {yes[f.session_affinity]}, modify load balancer {yes[f.modify_loadbalancer]}"
    )
# --8<-- [end:versions]
