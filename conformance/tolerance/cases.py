"""Writes the ``tolerance`` conformance cases from the survey: one case per kind of tolerated input.

A case is a probe of :mod:`.probes` (or one of the real-card patterns below) that the reference
renders although it is invalid or unknown: pureog must render it the same way, with a warning. The
references are made as for every case (``conformance/oracle/regenerate.py``).

Usage (from the repository root)::

    python -m conformance.tolerance.cases          # (re)writes conformance/cases/tolerance/*.yaml
    python conformance/oracle/regenerate.py conformance/cases/tolerance/*.yaml
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from conformance.tolerance.probes import Probe, probes
from conformance.tolerance.survey import SIZE, element

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "conformance" / "cases" / "tolerance"
HEADER = "# Conformance case (see spec/conformance.md). Written by conformance/tolerance/cases.py.\n"

# One probe per kind of mistake, chosen from the survey (the reference renders every one of them).
CHOSEN: tuple[tuple[str, object], ...] = (
    ("wordWrap", "break-word"), ("overflowWrap", "anywhere"), ("WebkitBackgroundClip", "text"),
    ("-webkit-background-clip", "text"), ("msTransform", "rotate(10deg)"), ("outline", "1px solid red"),
    ("zIndex", 2), ("fontFeatureSettings", "'tnum'"), ("backdropFilter", "blur(4px)"), ("mixBlendMode", "multiply"),
    ("order", 2), ("gridTemplateColumns", "1fr 1fr"), ("textDecorationThickness", "3px"), ("inset", "5px"),
    ("visibility", "hidden"), ("direction", "rtl"), ("fooBar", "baz"), ("translate", "10px 10px"),
    ("width", "foo"), ("width", ""), ("width", "12pq"), ("width", "calc(10px + 5px)"), ("height", "10px 20px"),
    ("minWidth", "px"), ("maxHeight", ""), ("marginTop", "foo"), ("marginLeft", "calc(10px + 5px)"),
    ("paddingTop", "12pq"), ("paddingLeft", "10px 20px"), ("gap", "12pq"), ("top", "foo"), ("flexBasis", "foo"),
    ("fontSize", "-5px"), ("fontSize", "foo"), ("letterSpacing", "foo"), ("lineHeight", "calc(10px + 5px)"),
    ("borderTopWidth", "-5px"), ("opacity", ""), ("flexGrow", "foo"), ("textTransform", "full-width"),
    ("whiteSpace", "break-spaces"), ("wordBreak", "auto-phrase"), ("borderStyle", "dotted"),
    ("borderTopStyle", "double"), ("textDecorationStyle", "wavy"), ("textWrap", "auto"), ("fontStyle", "slanted"),
    ("color", "notacolor"), ("backgroundColor", "notacolor"), ("backgroundColor", "#12"),
    ("borderTopColor", "foo"), ("textDecorationColor", "notacolor"), ("backgroundSize", "foo"),
    ("backgroundPosition", "foo"), ("backgroundRepeat", "space"), ("transformOrigin", "foo"),
    ("backgroundImage", "linear-gradient(left right, red, blue)"), ("background", "red url()"),
    ("background", "linear-gradient(left right, red, blue)"),
    ("maskImage", "linear-gradient(left right, black, transparent)"),
    ("filter", "foo(1)"), ("fontFamily", "Foo, , Bar"), ("lineClamp", "foo"), ("tabSize", "foo"),
    ("textOverflow", "fade"), ("backgroundClip", "padding-box"), ("width", None), ("height", True),
)


def _slug(prop: str, value: object) -> str:
    text = f"{prop}-{json.dumps(value) if value != '' else 'empty'}".lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60]


def case_document(probe: Probe) -> dict[str, Any]:
    return {
        "case": {"title": f"tolerated input: {probe.prop}: {json.dumps(probe.value)} renders as in Next.js",
                 "features": ["tolerance", probe.prop]},
        "width": SIZE,
        "height": SIZE,
        "element": element(probe, probe.prop),
    }


def write(path: Path, document: dict[str, Any]) -> None:
    path.write_text(HEADER + yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=110))


def main() -> int:
    known = {(p.prop, json.dumps(p.value)) for p in probes()}
    OUT.mkdir(parents=True, exist_ok=True)
    for prop, value in CHOSEN:
        if (prop, json.dumps(value)) not in known:
            raise SystemExit(f"{prop}={value!r} is not a survey probe")
        write(OUT / f"{_slug(prop, value)}.yaml", case_document(Probe(prop, value)))
    print(f"wrote {len(CHOSEN)} cases to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
