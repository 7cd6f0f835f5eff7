"""``make bench``: builds the benchmark databases once (cached), measures, prints one table.

This process only orchestrates (it imports neither Qt nor SQLAlchemy); every measurement runs
in a child process. Exits 0 whatever the verdicts (a report, not a test); non-zero when a
measurement crashes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> int:
    from benchmarks import customer_map, duties, handbook, meeting, memory, minutes, package, rotation, startup
    from benchmarks.child import run_child
    from benchmarks.report import Result, print_table

    started = time.perf_counter()
    data = run_child("benchmarks.data", "1", "10", "170")
    print(f"benchmark databases ready after {time.perf_counter() - started:.1f} s", file=sys.stderr)
    county, scale10, big = Path(data["1"][0]), Path(data["10"][0]), Path(data["170"][0])
    results = [Result("data: county (scale 1)", *data["1"][1:], None),
               Result("data: duties analysis (scale 10)", *data["10"][1:], None),
               Result("data: staff table (scale 170)", *data["170"][1:], None)]
    results += startup.measure(county)
    results += duties.measure(county, scale10)
    results += customer_map.measure(county, scale10)
    results += rotation.measure(scale10)
    results += meeting.measure(scale10)
    results += minutes.measure()
    results += handbook.measure(county, scale10)
    results += [Result(**r) for r in run_child("benchmarks.big_table", "speed", str(big))]
    results += memory.measure(big)
    results += package.measure(county)
    print_table(results)
    print(f"({time.perf_counter() - started:.0f} s in all)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
