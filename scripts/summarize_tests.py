"""Print the closing summary of `make test` from the JUnit reports and stage results.

Each test case in build/reports/*.xml counts once; each build or check stage counts once too
(a strict site build is a check like any test). The last line is "N passed, N failed".
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def count(report: Path) -> tuple[int, int, int]:
    passed = failed = skipped = 0
    for case in ET.parse(report).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is not None:
            skipped += 1
        else:
            passed += 1
    return passed, failed, skipped


def main() -> int:
    reports = Path(sys.argv[1])
    seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    passed = failed = skipped = 0
    print("\n=== summary")
    for report in sorted(reports.glob("*.xml")):
        p, f, s = count(report)
        print(f"  {report.stem:8} {p} passed, {f} failed, {s} skipped")
        passed, failed, skipped = passed + p, failed + f, skipped + s
    stages = reports / "stages.txt"
    for line in stages.read_text().splitlines() if stages.exists() else []:
        result, name = line.split(" ", 1)
        if result == "pass":
            passed += 1
        else:
            failed += 1
            print(f"  FAILED stage: {name}")
    print(f"  took {seconds // 60}m{seconds % 60:02d}s")
    line = f"{passed} passed, {failed} failed"
    print(line + (f", {skipped} skipped" if skipped else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
