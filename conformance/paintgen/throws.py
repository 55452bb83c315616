"""The edge-spelling probe: every property Satori reads, written the ways Next throws on or ignores.

Role: a table-driven differential of a different kind from the random generators. For each property of
pureog's table that Satori reads (:data:`PROBES`: a specimen kind, a valid value and the style that
makes the property visible) it writes one small card per *edge spelling* (:func:`spellings`: the empty
string, ``null``, ``false``, ``0``, the CSS-wide keywords, ``none``, the valid value upper-cased, a
length as a bare numeric string, ``!important``, negated, in a unit Satori lacks), draws them all with
the real Next.js ``ImageResponse`` in batches (raw: the style object reaches Satori as written) and with
pureog, and puts each in one class (:data:`CLASSES`):

- ``match``: both draw the same picture; ``differ``: both draw, the pictures differ;
- ``next-throws``: Next throws and pureog draws: needs a ``spec/differences.md`` row and a CSS-correct
  reading (checked against Chromium: ``python -m conformance.chromium``);
- ``both-throw``: Next throws and pureog raises its ``PureogError`` (the property table's
  ``Invalid.THROW``, as Next);
- ``pureog-errors``: Next draws and pureog raises: a bug;
- ``crash``: pureog raises anything but a ``PureogError``: a bug.

A ``next-throws`` or ``differ`` spelling explained by a differences row is marked with the row
(:data:`LISTED`: substrings of ``spec/differences.md`` that ``tests/conformance/test_throws_probe.py``
checks are there), so an unlisted one stands out: it needs a fix or a row.

Usage (from the repository root; documents and images go to a scratch directory)::

    python -m conformance.paintgen.throws [--props border,borderColor] [--json out.json]

Imports only the standard library and the paint driver (which loads pureog to render and score).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

from conformance.paintgen import driver
from conformance.paintgen.throws_table import LISTED, PROBES, Probe, listed_row

CLASSES = ("match", "differ", "next-throws", "both-throw", "pureog-errors", "crash")
"""The classes, in the order the summary prints them."""

_UNITS_SATORI_LACKS = ("cqw", "lh")
_FONTS = [{"name": "Geist", "path": "../../../fonts/Geist-Regular.ttf", "weight": 400, "style": "normal"},
          {"name": "Geist", "path": "../../../fonts/Geist-Bold.ttf", "weight": 700, "style": "normal"}]
_LENGTH = re.compile(r"^(-?\d+(?:\.\d+)?)px$")


def spellings(valid: Any) -> list[Any]:
    """The edge spellings of a property whose ``valid`` value draws something: the same list for every
    property (the generic ones) plus those derived from the valid value."""
    out: list[Any] = ["", None, False, 0, "inherit", "initial", "unset", "revert", "none",
                      "INHERIT", "None"]
    if isinstance(valid, str):
        if valid.upper() != valid:
            out.append(valid.upper())
        out.append(f"{valid} !important")
        m = _LENGTH.match(valid.split()[0]) if valid.strip() else None
        if m and " " not in valid:
            out += [m.group(1), f"-{valid}", *(f"{m.group(1)}{u}" for u in _UNITS_SATORI_LACKS)]
    elif isinstance(valid, (int, float)) and not isinstance(valid, bool):
        out += [str(valid), -valid]
    seen: list[Any] = []
    for s in out:  # 0 == False in Python: keep both, compared by their JSON
        if all(json.dumps(s) != json.dumps(t) for t in seen):
            seen.append(s)
    return seen


def _png_uri() -> str:
    return "../../../assets/photo.png"


def document(probe: Probe, spelling: Any) -> dict[str, Any]:
    """One card: the parent (carrying the probe's ``parent`` value, so ``inherit`` differs from
    ``initial``) around the specimen whose style holds the spelling, on a grey canvas."""
    style = {**probe.style, probe.name: spelling}
    if probe.kind == "text":
        specimen = {"type": "div", "props": {"style": {"display": "flex", "fontSize": 18, **style},
                                             "children": "Ag Hi"}}
    elif probe.kind == "img":
        specimen = {"type": "img", "props": {"src": _png_uri(), "width": 40, "height": 30, "style": style}}
    else:
        inner = {"type": "div", "props": {"style": {"display": "flex", "width": 14, "height": 10,
                                                    "backgroundColor": "#2a2"}}}
        specimen = {"type": "div", "props": {"style": {"display": "flex", "width": 44, "height": 30,
                                                       "backgroundColor": "#4a90d9", **style},
                                             "children": [inner]}}
    parent_style: dict[str, Any] = {"display": "flex", "width": 90, "height": 60, "padding": 6,
                                    "color": "#c03", "alignItems": "flex-start", "fontFamily": "Geist"}
    if probe.parent is not None:
        parent_style[probe.name] = probe.parent
    root = {"type": "div", "props": {"style": {"display": "flex", "width": "100%", "height": "100%",
                                               "backgroundColor": "#f0f0f0", "padding": 4},
                                     "children": [{"type": "div", "props": {"style": parent_style,
                                                                            "children": [specimen]}}]}}
    return {"width": 110, "height": 76, "fonts": _FONTS, "element": root}


def write_documents(out: Path, props: set[str] | None) -> list[tuple[Path, str, Any]]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    index = 0
    for probe in PROBES:
        if props and probe.name not in props:
            continue
        for spelling in spellings(probe.valid):
            path = out / f"p{index:05d}.json"
            index += 1
            body = {"features": [f"{probe.name}={json.dumps(spelling)}"], **document(probe, spelling)}
            path.write_text(json.dumps(body) + "\n", encoding="utf-8")
            made.append((path, probe.name, spelling))
    return made


def render(path: Path) -> tuple[str, str, int]:
    """(outcome, error, warnings) of pureog on one document: ``pass``/``fail`` against its reference
    (``norref`` when Next drew none), ``error`` for a PureogError, ``crash`` for anything else."""
    import pureog  # noqa: PLC0415
    from conformance.score import score  # noqa: PLC0415
    from pureog.document.load import from_mapping  # noqa: PLC0415
    from pureog.errors import PureogError  # noqa: PLC0415

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            loaded = from_mapping(driver.load_slice_document(path), base_dir=str(path.parent),
                                  root=str(driver.CONFORMANCE_DIR.parent))
            png = pureog.render_png(loaded)
        except PureogError as exc:
            return "error", str(exc), len(caught)
        except Exception as exc:  # noqa: BLE001 - a crash is what the probe is for
            return "crash", f"{type(exc).__name__}: {exc}", len(caught)
    ref = path.with_suffix(".ref.png")
    if not ref.is_file():
        return "noref", "", len(caught)
    result = score(ref, png)
    if not result.passed:
        path.with_suffix(".out.png").write_bytes(png)
    return ("pass" if result.passed else "fail"), result.reason, len(caught)


def classify(next_error: str | None, outcome: str) -> str:
    if outcome == "crash":
        return "crash"
    if next_error is not None:
        return "both-throw" if outcome == "error" else "next-throws"
    if outcome == "error":
        return "pureog-errors"
    return "match" if outcome == "pass" else "differ"


def run(out: Path, props: set[str] | None) -> list[dict[str, Any]]:
    made = write_documents(out.resolve(), props)
    errors = driver.draw_references([p for p, _, _ in made], raw=True)
    rows = []
    for path, name, spelling in made:
        outcome, error, warned = render(path)
        cls = classify(errors.get(path), outcome)
        rows.append({"doc": path.name, "property": name, "spelling": spelling, "class": cls,
                     "next_error": " ".join((errors.get(path) or "").split())[:160],
                     "pureog": " ".join(error.split())[:160], "warnings": warned,
                     "listed": listed_row(name, spelling, cls)})
    return rows


def summary(rows: list[dict[str, Any]]) -> str:
    counts = Counter(r["class"] for r in rows)
    props = len({r["property"] for r in rows})
    lines = [f"{props} properties x spellings: {len(rows)} documents"]
    lines.append("  " + ", ".join(f"{c} {counts.get(c, 0)}" for c in CLASSES))
    for cls in ("next-throws", "differ"):
        listed = sum(1 for r in rows if r["class"] == cls and r["listed"])
        lines.append(f"  {cls}: {listed} listed in spec/differences.md, {counts.get(cls, 0) - listed} unlisted")
    for r in rows:
        if r["class"] in ("pureog-errors", "crash") or (r["class"] in ("next-throws", "differ") and not r["listed"]):
            detail = r["pureog"] if r["class"] in ("pureog-errors", "crash") else r["next_error"]
            lines.append(f"  {r['class']:13s} {r['doc']} {r['property']}: {json.dumps(r['spelling'])}  {detail[:110]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("conformance/paintgen/_scratch/throws"),
                        help="scratch directory two levels under conformance/ (the asset paths assume it)")
    parser.add_argument("--props", default="", help="comma-separated property names (default: all)")
    parser.add_argument("--json", type=Path, help="write every document's class here")
    args = parser.parse_args(argv)
    rows = run(args.out, set(filter(None, args.props.split(","))) or None)
    print(summary(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


__all__ = ["CLASSES", "LISTED", "classify", "document", "main", "spellings"]

if __name__ == "__main__":
    sys.exit(main())
