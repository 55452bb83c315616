"""The tolerance survey: each probe rendered by the reference and by pureog, side by side.

For every probe of :mod:`.probes` (one declaration on a small test element) the reference (Next.js
``ImageResponse`` through ``conformance/oracle/render.mjs``) either throws, draws exactly what it draws
without the declaration (it *ignored* it), or draws something else (it *used* it, or a fallback). pureog
either raises, or renders with or without warnings; its PNG is scored against the reference's. The
result is the record behind the tolerance rules in ``spec/css.md``; the cases in
``conformance/cases/tolerance/`` are a slice of it.

Usage (from the repository root; needs Node.js and the oracle's ``npm ci``)::

    python -m conformance.tolerance.survey                     # all probes, table of disagreements
    python -m conformance.tolerance.survey --only display --json survey.json
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

from conformance.oracle.regenerate import default_font_sources, run_render
from conformance.score import score
from conformance.tolerance.probes import Probe, probes

ROOT = Path(__file__).resolve().parents[2]
SIZE = 100
_IMAGE_PROPS = ("objectFit", "objectPosition")
_BORDER_BASE = {"borderWidth": 3, "borderColor": "#ff8800"}


def _image_uri() -> str:
    return "data:image/png;base64," + base64.b64encode((ROOT / "conformance/assets/photo.png").read_bytes()).decode()


def target_style(prop: str) -> dict[str, Any]:
    """The test element's own style before the probe: visible size, colour, wrapping text."""
    style: dict[str, Any] = {"display": "flex", "flexWrap": "wrap", "width": 70, "height": 60,
                             "backgroundColor": "#3366cc", "color": "#ffffff", "fontSize": 14}
    if prop.startswith("border") and not prop.startswith("borderRadius") and prop not in ("border", "borderWidth"):
        style.update(_BORDER_BASE)
    if "Radius" in prop:
        style.update(_BORDER_BASE)
    return style


def element(probe: Probe | None, prop: str) -> dict[str, Any]:
    """The probe's document element (React shape); ``probe=None`` gives the control for ``prop``: the
    test element without ``prop`` at all, which is what the reference draws when it ignores the probe."""
    style = target_style(prop)
    style.pop(prop, None)
    if probe is not None:
        style[probe.prop] = probe.value
    if prop in _IMAGE_PROPS:
        style.update(width=70, height=40)
        target: dict[str, Any] = {"type": "img", "props": {"src": _image_uri(), "style": style}}
    else:
        target = {"type": "div", "props": {"style": style, "children": [
            "Ab cd ef gh",
            {"type": "div", "props": {"style": {"width": 20, "height": 12, "backgroundColor": "#ff8800"}}},
        ]}}
    return {"type": "div", "props": {"style": {"display": "flex", "width": "100%", "height": "100%",
                                               "backgroundColor": "#ffffff", "padding": 8},
                                     "children": [target]}}


def reference(items: list[Probe], work: Path) -> dict[str, dict[str, Any]]:
    """Reference outcome per probe id: ``{"status": "error"|"ignored"|"drawn", "error"?, "png"?}``."""
    font_dir = work / "fonts"
    font_dir.mkdir(exist_ok=True)
    fonts = []
    for i, font in enumerate(default_font_sources()):
        path = font_dir / f"{i}.ttf"
        path.write_bytes(font.data)
        fonts.append({"name": font.name, "path": str(path), "weight": font.weight, "style": font.style})
    jobs: list[dict[str, Any]] = []
    controls = sorted({p.prop for p in items})
    for prop in controls:
        jobs.append({"out": str(work / f"control-{prop}.png"), "width": SIZE, "height": SIZE, "fonts": fonts,
                     "element": element(None, prop)})
    for i, probe in enumerate(items):
        jobs.append({"out": str(work / f"probe-{i}.png"), "width": SIZE, "height": SIZE, "fonts": fonts,
                     "element": element(probe, probe.prop)})
    candidate_jobs: dict[tuple[str, str], int] = {}
    for probe in items:
        for value in probe.candidates:
            key = (probe.prop, json.dumps(value))
            if key not in candidate_jobs:
                candidate_jobs[key] = len(jobs)
                jobs.append({"out": str(work / f"candidate-{len(jobs)}.png"), "width": SIZE, "height": SIZE,
                             "fonts": fonts, "element": element(Probe(probe.prop, value), probe.prop)})
    report = run_render(jobs)["jobs"]
    control_png = {prop: Path(jobs[i]["out"]).read_bytes() for i, prop in enumerate(controls)
                   if report[i].get("ok")}
    out: dict[str, dict[str, Any]] = {}
    for i, probe in enumerate(items):
        entry = report[len(controls) + i]
        if not entry.get("ok"):
            out[probe.id] = {"status": "error", "error": entry.get("error", "").splitlines()[0][:200]}
            continue
        png = Path(jobs[len(controls) + i]["out"]).read_bytes()
        same = png == control_png.get(probe.prop)
        out[probe.id] = {"status": "ignored" if same else "drawn", "png": png}
        if not same:
            for value in probe.candidates:
                index = candidate_jobs[(probe.prop, json.dumps(value))]
                if report[index].get("ok") and Path(jobs[index]["out"]).read_bytes() == png:
                    out[probe.id]["as"] = value
                    break
    return out


def pureog_outcome(probe: Probe, ref_png: bytes | None) -> dict[str, Any]:
    """pureog's outcome for one probe: raised, or rendered (with its warnings and score)."""
    import pureog  # noqa: PLC0415

    fonts = [{"name": f.name, "data": f.data, "weight": f.weight, "style": f.style} for f in default_font_sources()]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            png = pureog.render_png(element(probe, probe.prop), width=SIZE, height=SIZE, fonts=fonts)
        except pureog.PureogError as exc:
            return {"status": "error", "error": str(exc)[:200]}
        except Exception as exc:  # noqa: BLE001  (the survey records crashes too)
            return {"status": "crash", "error": f"{type(exc).__name__}: {exc}"[:200]}
    warned = [str(w.message) for w in caught if isinstance(w.message, pureog.RenderWarning)]
    result: dict[str, Any] = {"status": "rendered", "warnings": warned}
    if ref_png is not None:
        s = score(ref_png, png)
        result.update(passed=s.passed, psnr=round(s.psnr, 1), off_share=round(s.off_share, 4))
    return result


def verdict(ref: dict[str, Any], ours: dict[str, Any]) -> str:
    """``agree`` when pureog does what the reference does (and warns where it ignored input)."""
    if ref["status"] == "error":
        return "agree" if ours["status"] == "error" else "pureog renders, reference throws"
    if ours["status"] != "rendered":
        return f"pureog {ours['status']}s, reference {ref['status']}"
    if not ours.get("passed"):
        return f"pixels differ ({ours.get('psnr')} dB, {ours.get('off_share', 0) * 100:.1f}% off)"
    return "agree"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="properties to probe (default: all)")
    parser.add_argument("--json", help="write every outcome to this file")
    parser.add_argument("--all", action="store_true", help="print agreeing probes too")
    args = parser.parse_args(argv)
    from pureog.style.properties import PROPERTIES  # noqa: PLC0415

    items = [p for p in probes(tuple(PROPERTIES)) if not args.only or p.prop in args.only]
    with tempfile.TemporaryDirectory() as tmp:
        refs = reference(items, Path(tmp))
    rows = []
    for probe in items:
        ref = refs[probe.id]
        ours = pureog_outcome(probe, ref.get("png"))
        recorded = {k: v for k, v in ref.items() if k != "png"}
        rows.append({"prop": probe.prop, "value": probe.value, "reference": recorded, "pureog": ours,
                     "verdict": verdict(ref, ours)})
    agree = sum(r["verdict"] == "agree" for r in rows)
    for r in rows:
        if args.all or r["verdict"] != "agree":
            ref = r["reference"]
            what = ref["status"] + (f" ({ref['error'][:70]})" if "error" in ref else "")
            what += f" as {ref['as']!r}" if "as" in ref else ""
            ours = r["pureog"]
            mine = ours["status"] + (f" ({ours['error'][:70]})" if "error" in ours else "")
            print(f"{r['prop']}={r['value']!r}: ref {what} | pureog {mine} | {r['verdict']}")
    print(f"{agree} of {len(rows)} probes agree")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
