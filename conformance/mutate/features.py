"""Feature mutants: the paint and layout features real cards use least, piled onto real layouts.

Role: ``mutate_features(rng, tree, fonts) -> [description, ...]`` adds two to four features to
elements of a raw React tree (outside inline SVG), in place, and says what it did, in the form of
:mod:`.mutations` (``feature (layers): $.props.children[1] ...``). Where :mod:`.mutations` varies what
a card already says, these put in what real cards rarely say, as round eleven of the real-card corpus
asked (conformance/realcards/README.md):

* ``layers``: one to three ``backgroundImage`` layers (gradients, dot and line grids, ``url()``
  pictures) with a ``backgroundSize`` and ``backgroundPosition`` list in every syntax (keywords, one to
  four values, edge offsets) and at times a ``backgroundRepeat`` list;
* ``transform``: two or three transform functions, at times with a ``transformOrigin``;
* ``shadows``: a ``boxShadow`` list (spread, inset, hard offsets), at times with a radius;
* ``inset``: ``position: absolute`` with insets (and a width) in percent;
* ``clamp``: a long text under ``display: block`` + ``lineClamp``, with or without an ellipsis;
* ``ellipsis``: a long text kept on one line (``whiteSpace: nowrap``) and cut with an ellipsis;
* ``display``: ``none``, ``contents``, ``block`` or ``flex``;
* ``filter``, ``opacity``, ``direction: rtl``, ``clip`` (``overflow: hidden`` with a radius) and
  ``border`` (with a transparent or coloured top side).

Sizes that Next.js draws plainly broken and pureog deliberately draws as CSS (a url() layer sized
``<length> auto`` and repeated: spec/differences.md) are left out, so a pixel mismatch means a new
class. ``python -m conformance.mutate --features`` runs them (files ``fNNNNN.json``).

Dev tool: standard library only.
"""

from __future__ import annotations

import random
from typing import Any

from conformance.mutate.mutations import Tree, _html_elements

LONG = ("A practical field guide to shipping resilient edge functions, caching layers and streaming "
        "responses without losing your weekend, part two")
POSITIONS = ("center", "top left", "bottom 10px right 20px", "right 30% bottom 20%", "25% 75%", "-20px -20px",
             "100%", "left 10% top", "center top", "0 0", "right", "bottom", "50% 0", "left 10px", "10% top")
SIZES = ("cover", "contain", "auto 50%", "50%", "auto", "200px 120px", "40px 40px", "100% 100%", "30% auto",
         "60px 30%")
LAYERS = ("radial-gradient(circle at 20% 30%, rgba(56,189,248,0.35), transparent 40%)",
          "linear-gradient(rgba(0,0,0,0.08) 1px, transparent 1px)",
          "linear-gradient(90deg, rgba(0,0,0,0.08) 1px, transparent 1px)",
          "radial-gradient(circle, rgba(120,120,120,0.35) 1.5px, transparent 1.5px)",
          "url(../../assets/photo.jpg)", "url(../../assets/tile.png)", "url(../../assets/logo.svg)",
          "linear-gradient(135deg, rgba(255,0,128,0.25), rgba(0,128,255,0.25))",
          "radial-gradient(600px 300px at 90% 10%, rgba(250,204,21,0.3), transparent 70%)",
          "repeating-linear-gradient(45deg, rgba(0,0,0,0.05) 0 10px, transparent 10px 20px)")
REPEATS = ("no-repeat", "repeat", "repeat-x", "repeat-y", "no-repeat, repeat")
TRANSFORMS = ("rotate(-8deg)", "scale(1.1)", "translate(-50%, -50%)", "translateX(12px)", "translateY(-10%)",
              "skewX(-10deg)", "rotate(3deg)", "scale(0.9, 1.1)", "scaleX(-1)", "skewY(4deg)",
              "translate(10px, 4px)", "rotate(45deg)")
ORIGINS = ("center", "top left", "0 0", "50% 100%", "right bottom", "20px 30px", "left")
SHADOWS = ("0 0 0 1px rgba(0,0,0,0.2)", "0 10px 30px -5px rgba(0,0,0,0.4)", "inset 0 1px 0 rgba(255,255,255,0.3)",
           "6px 6px 0 #111", "0 0 24px 4px rgba(56,189,248,0.5)", "inset 0 0 0 3px rgba(255,0,0,0.5)",
           "-4px -4px 12px rgba(255,255,255,0.2)", "0 1px 2px rgba(0,0,0,0.3)")
FILTERS = ("blur(2px)", "brightness(0.8)", "grayscale(1)", "saturate(2)", "contrast(1.4)", "opacity(0.5)",
           "sepia(0.6)", "hue-rotate(90deg)", "invert(1)", "drop-shadow(0 4px 8px rgba(0,0,0,0.5))")
RADII: tuple[Any, ...] = (8, 12, 16, 24, "50%", "9999px", "12px 0", "40px 0", 999)
BORDERS = ("3px solid rgba(255,255,255,0.4)", "1px solid #000", "8px solid #f59e0b", "2px dashed #64748b")


def _text(node: Tree) -> bool:
    return isinstance(node["props"].get("children"), str)


def _apply(rng: random.Random, kind: str, node: Tree, style: dict[str, Any]) -> str | None:
    """Put feature ``kind`` on ``node``; what changed, or None where it does not apply."""
    if kind == "layers":
        layers = rng.sample(LAYERS, rng.randint(1, 3))
        style["backgroundImage"] = ", ".join(layers)
        style["backgroundSize"] = ", ".join(rng.choice(SIZES) for _ in layers)
        style["backgroundPosition"] = ", ".join(rng.choice(POSITIONS) for _ in layers)
        if rng.random() < 0.5:
            style["backgroundRepeat"] = rng.choice(REPEATS)
        return f"{len(layers)} layers, size {style['backgroundSize']!r}, position {style['backgroundPosition']!r}"
    if kind == "transform":
        style["transform"] = " ".join(rng.sample(TRANSFORMS, rng.randint(2, 3)))
        if rng.random() < 0.5:
            style["transformOrigin"] = rng.choice(ORIGINS)
        return f"transform {style['transform']!r}"
    if kind == "shadows":
        style["boxShadow"] = ", ".join(rng.sample(SHADOWS, rng.randint(2, 3)))
        if rng.random() < 0.5:
            style["borderRadius"] = rng.choice(RADII)
        return f"boxShadow {style['boxShadow']!r}"
    if kind == "inset":
        style["position"] = "absolute"
        for side in rng.sample(("top", "left", "right", "bottom"), rng.randint(1, 3)):
            style[side] = rng.choice(("10%", "50%", "-5%", "0", "25%", "5%"))
        if rng.random() < 0.5:
            style["width"] = rng.choice(("30%", "50%", "100%"))
        return "absolute, insets in %"
    if kind == "clamp":
        if not _text(node):
            return None
        node["props"]["children"] = f"{LONG} {LONG}"
        style.update({"display": "block", "lineClamp": rng.choice((1, 2, 3)), "overflow": "hidden"})
        if rng.random() < 0.7:
            style["textOverflow"] = "ellipsis"
        return f"lineClamp {style['lineClamp']}"
    if kind == "ellipsis":
        if not _text(node):
            return None
        node["props"]["children"] = LONG
        style.update({"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis",
                      "maxWidth": rng.choice(("300px", "60%", 420))})
        if rng.random() < 0.5:
            style["display"] = "block"
        return "nowrap ellipsis"
    if kind == "display":
        style["display"] = rng.choice(("none", "contents", "block", "flex"))
        return f"display {style['display']}"
    if kind == "filter":
        style["filter"] = " ".join(rng.sample(FILTERS, rng.randint(1, 2)))
        return f"filter {style['filter']!r}"
    if kind == "opacity":
        style["opacity"] = rng.choice((0.3, 0.5, 0.85, "60%"))
        return f"opacity {style['opacity']!r}"
    if kind == "direction":
        style["direction"] = "rtl"
        return "direction rtl"
    if kind == "clip":
        style.update({"overflow": "hidden", "borderRadius": rng.choice(RADII)})
        return f"overflow hidden, radius {style['borderRadius']!r}"
    style.update({"border": rng.choice(BORDERS), "borderRadius": rng.choice((0, 10, 30, "50%"))})
    if rng.random() < 0.5:
        style["borderTopColor"] = rng.choice(("transparent", "#ef4444"))
    return f"border {style['border']!r}"


KINDS = ("layers", "transform", "shadows", "inset", "clamp", "ellipsis", "display", "filter", "opacity",
         "direction", "clip", "border")


def add_feature(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> str | None:
    """One feature on one element below the root (the root where it is alone)."""
    found = [(path, node) for path, node in _html_elements(tree) if isinstance(node.get("props"), dict)]
    if not found:
        return None
    path, node = rng.choice(found[1:] or found)
    style = node["props"].get("style")
    if not isinstance(style, dict):
        style = node["props"]["style"] = {}
    kind = rng.choice(KINDS)
    said = _apply(rng, kind, node, style)
    return None if said is None else f"feature ({kind}): {path} {said[:120]}"


def mutate_features(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> list[str]:
    """Two to four features on the tree, in place; what each did."""
    done: list[str] = []
    wanted = rng.randint(2, 4)
    for _attempt in range(20):
        if len(done) == wanted:
            break
        said = add_feature(rng, tree, fonts)
        if said is not None:
            done.append(said)
    return done
