"""The image-codec differential: every variant of :mod:`.variants` in small cards, pureog vs Next.js.

Role: for each image variant write one card document (``<img>`` at its natural size, scaled up, scaled
down, ``objectFit: cover`` with a border radius, ``objectFit: contain``, and a repeated
``backgroundImage: url()``) into ``--out``, draw the references with the real Next.js ``ImageResponse``
(:func:`conformance.paintgen.driver.draw_references`, cached by job hash), render and score them with
pureog, and print one row per variant (pass / PSNR / share of pixels off / error; ``both-refuse``
when Next.js throws and pureog raises its error too) and a match count per family. Documents are
named ``pNNNNN.json``; ``index.json`` maps them to variant names.

Run from the repository root (Pillow needed for the JPEG variants; Node for the references)::

    PYTHONPATH=. python -m conformance.imagegen --out /tmp/imagegen [--only jpeg-] [-j 1]
    PYTHONPATH=. python -m conformance.imagegen --slice     # rewrite the committed slice (Node)

The slice (:data:`SLICE`, small cards in ``imagegen/slice/`` with their references) is scored without
Node by ``tests/conformance/test_imagegen.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from conformance.imagegen.variants import Variant, variants
from conformance.paintgen import driver

CANVAS = (360, 150)


SLICE_DIR = Path(__file__).resolve().parent / "slice"
SLICE = ("png-grey2-adam7", "png-rgba16", "png-palette4-trns", "png-rgb8-trns", "png-apng",
         "jpeg-progressive-420", "jpeg-baseline-411", "jpeg-baseline-241", "jpeg-restart-1block", "jpeg-q5",
         "jpeg-grey-progressive", "jpeg-size-17x9", "gif-interlaced", "gif-local-only", "svg-par-none")
"""The variants of the committed slice (``tests/conformance/test_imagegen.py`` scores them without Node):
the encodings the hand-written cases do not cover."""


def small_card(variant: Variant) -> dict[str, Any]:
    """The slice's card: the picture scaled up and down and as a tile, on a small canvas."""
    uri = variant.uri
    children: list[dict[str, Any]] = [
        {"img": {"src": uri, "width": 91, "height": 67}},
        {"img": {"src": uri, "width": 23, "height": 17, "style": {"borderRadius": 5}}},
        {"div": {"style": {"display": "flex", "width": 60, "height": 44, "backgroundImage": f"url({uri})",
                           "backgroundSize": "30px 22px", "backgroundRepeat": "repeat"}}},
    ]
    return {"width": 200, "height": 76, "element": {"div": {
        "style": {"display": "flex", "width": "100%", "height": "100%", "alignItems": "center",
                  "justifyContent": "space-around", "backgroundColor": "#8ac"},
        "children": children}}}


def write_slice() -> int:
    """Write the slice's documents and draw their references (Node); returns the oracle's refusals."""
    found = {v.name: v for v in variants()}
    SLICE_DIR.mkdir(exist_ok=True)
    paths = []
    for i, name in enumerate(SLICE):
        path = SLICE_DIR / f"p{i:05d}.json"
        path.write_text(json.dumps({"features": [name], **small_card(found[name])}) + "\n", encoding="utf-8")
        paths.append(path)
    errors = driver.draw_references(paths, compact=True)
    for path, error in errors.items():
        print(f"{path.name}: {error}", file=sys.stderr)
    return len(errors)


def card(variant: Variant) -> dict[str, Any]:
    """The card of one variant (see the module docstring)."""
    uri = variant.uri
    # Natural size spelled out: an unsized <img> in this wrapping row is stretched across it (Satori and
    # pureog alike), which would push the other boxes off the canvas.
    natural: dict[str, Any] = {"src": uri, "width": variant.width, "height": variant.height}
    if variant.width > 100 or variant.height > 100:  # too large to show whole: scaled to 100 px
        natural = {"src": uri, "width": 100, "height": max(1, round(100 * variant.height / variant.width))}
        if natural["height"] > 100:
            natural = {"src": uri, "height": 100, "width": max(1, round(100 * variant.width / variant.height))}
    children: list[dict[str, Any]] = [
        {"img": natural},
        {"img": {"src": uri, "width": 91, "height": 67}},
        {"img": {"src": uri, "width": 23, "height": 17}},
        {"img": {"src": uri, "width": 60, "height": 60, "style": {"objectFit": "cover", "borderRadius": 14}}},
        {"img": {"src": uri, "width": 70, "height": 40, "style": {"objectFit": "contain", "backgroundColor": "#fd8"}}},
        {"div": {"style": {"display": "flex", "width": 96, "height": 44, "backgroundImage": f"url({uri})",
                           "backgroundSize": "30px 22px", "backgroundRepeat": "repeat"}}},
    ]
    return {"width": CANVAS[0], "height": CANVAS[1], "element": {"div": {
        "style": {"display": "flex", "flexWrap": "wrap", "width": "100%", "height": "100%", "alignItems": "center",
                  "justifyContent": "space-around", "backgroundColor": "#8ac", "padding": 4},
        "children": children}}}


def write(found: list[Variant], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    index = {}
    for i, variant in enumerate(found):
        path = out / f"p{i:05d}.json"
        body = {"features": [variant.name], **card(variant)}
        text = json.dumps(body) + "\n"
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
        index[path.stem] = variant.name
    (out / "index.json").write_text(json.dumps(index, indent=0) + "\n", encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="/tmp/imagegen")
    parser.add_argument("--only", default="", help="variants whose name contains this")
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--no-oracle", action="store_true", help="score against existing references only")
    parser.add_argument("--slice", action="store_true", help="write the committed slice (imagegen/slice) and exit")
    args = parser.parse_args(argv)
    if args.slice:
        return 1 if write_slice() else 0
    found = variants()
    out = Path(args.out)
    paths = write(found, out)
    names = {p: v.name for p, v in zip(paths, found, strict=True)}
    chosen = [p for p in paths if args.only in names[p]]
    if args.no_oracle:
        errors = {p: "no reference" for p in chosen if not p.with_suffix(".ref.png").is_file()}
    else:
        errors = driver.draw_references(chosen)
    outcomes = driver.evaluate(chosen, {p: (names[p],) for p in chosen}, errors, args.jobs)
    families: dict[str, list[int]] = {}
    for o, path in zip(outcomes, chosen, strict=True):
        status = o.status
        if status == "oracle-error" and errors.get(path) != "no reference":
            status = "both-refuse" if _pureog_refuses(path) else "next-refuses"
        tally = families.setdefault(names[path].split("-")[0], [0, 0])
        tally[0] += status in ("pass", "both-refuse")
        tally[1] += 1
        error = errors.get(path, "") if o.status == "oracle-error" else o.error
        print(f"{path.stem} {names[path]:28s} {status:12s} {o.psnr:6.1f} dB {100 * o.off_share:5.1f}% "
              f"{error[:90]}")
    for family, (good, total) in sorted(families.items()):
        print(f"{family}: {good}/{total} match (pass, or both refuse)", file=sys.stderr)
    return 0


def _pureog_refuses(path: Path) -> bool:
    """Whether pureog raises a :class:`~pureog.errors.PureogError` for the document (Next threw)."""
    import pureog  # noqa: PLC0415
    from pureog.document.load import from_mapping  # noqa: PLC0415

    try:
        pureog.render_png(from_mapping(driver.load_slice_document(path)))
    except pureog.PureogError:
        return True
    return False


if __name__ == "__main__":
    raise SystemExit(main())
