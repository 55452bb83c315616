"""Dev tool: every Chromium-referenced conformance case with its PSNR and share of pixels off.

For each case whose reference is headless Chromium (``case: {reference: chromium}``), pureog renders it
as the suite does (:func:`conformance.runner.run_case`) and the line shows the PSNR, the share of pixels
off by more than 8/255, whether it is within the suite's default tolerance (30 dB, 1 %) and within its
own, and the case's own floor. Sorted worst first; the count within the default is the last line.

    PYTHONPATH=$PWD python tools/chromium_scores.py                # every Chromium-referenced case
    PYTHONPATH=$PWD python tools/chromium_scores.py bidi/ inline/  # cases whose id contains a filter
    PYTHONPATH=$PWD python tools/chromium_scores.py --json out.json
"""

from __future__ import annotations

import argparse
import json
import math
import sys

from conformance.casefile import DEFAULT_MAX_OFF_SHARE, DEFAULT_MIN_PSNR
from conformance.chromium.regenerate import chromium_cases
from conformance.runner import run_case


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("filters", nargs="*")
    parser.add_argument("--json", help="write per-case results here")
    args = parser.parse_args(argv)
    rows = []
    for path in chromium_cases(args.filters):
        result = run_case(str(path))
        psnr = result.psnr if result.psnr is not None else -1.0
        share = result.off_share if result.off_share is not None else 1.0
        default = result.status != "error" and psnr >= DEFAULT_MIN_PSNR and share <= DEFAULT_MAX_OFF_SHARE
        rows.append({"id": result.id, "psnr": None if math.isinf(psnr) else round(psnr, 2),
                     "off_share": round(share, 5), "default": default, "passed": result.passed,
                     "min_psnr": result.min_psnr, "max_off_share": result.max_off_share,
                     "error": result.error})
    rows.sort(key=lambda r: (r["default"], r["psnr"] if r["psnr"] is not None else math.inf))
    for r in rows:
        psnr = "inf" if r["psnr"] is None else f"{r['psnr']:.2f}"
        own = "" if (r["min_psnr"], r["max_off_share"]) == (DEFAULT_MIN_PSNR, DEFAULT_MAX_OFF_SHARE) else \
            f"  own {r['min_psnr']:g} dB / {100 * r['max_off_share']:g} %"
        mark = "ok " if r["default"] else ("own" if r["passed"] else "FAIL")
        print(f"{mark:4} {psnr:>7} dB {100 * r['off_share']:6.2f} %  {r['id']}{own}"
              + (f"  [{r['error']}]" if r["error"] else ""))
    within = sum(r["default"] for r in rows)
    print(f"{within} of {len(rows)} within the default tolerance ({DEFAULT_MIN_PSNR:g} dB, "
          f"{100 * DEFAULT_MAX_OFF_SHARE:g} %); {sum(r['passed'] for r in rows)} within their own")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(rows, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
