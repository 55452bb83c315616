"""Wrap a card extracted by ``extract.mjs`` (React-shaped JSON) as a ``cards-real`` conformance case.

    python conformance/realcards/make_case.py card.json NAME --kind "blog post card"
        [--scale 0.5] [--out-dir conformance/cases/cards-real]

Writes ``<out-dir>/NAME.yaml``: a ``case:`` block (title = the kind of card and what it uses, features
detected from the tree), then ``width``/``height``/``fonts``/``emoji``/``element`` in React's shape.
Nothing identifies the card's origin: ``extract.mjs`` already replaced texts, images, fonts and long
logo paths. Dev tool: no pureog import, no network.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import yaml

OUT_DIR = Path(__file__).resolve().parent.parent / "cases" / "cards-real"


def _walk(node: Any, found: set[str], depth: int = 0) -> int:
    if isinstance(node, list):
        return sum(_walk(n, found, depth) for n in node)
    if isinstance(node, str):
        if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", node):
            found.add("emoji")
        return 0
    if not isinstance(node, dict):
        return 0
    props = node.get("props") or {}
    tag = node.get("type")
    if tag == "img":
        found.add("img")
    if tag == "svg":
        found.add("svg")
    if "tw" in props:
        found.add("tw")
    style = props.get("style") or {}
    if isinstance(style, dict):
        for key, value in style.items():
            text = str(value)
            if "linear-gradient" in text:
                found.add("linear-gradient")
            if "radial-gradient" in text:
                found.add("radial-gradient")
            if "url(" in text:
                found.add("background-url")
            if key == "position" and value == "absolute":
                found.add("absolute")
            if key in {"boxShadow", "textShadow", "backgroundClip", "WebkitBackgroundClip", "transform",
                       "opacity", "filter", "letterSpacing", "lineHeight", "borderRadius", "border",
                       "textWrap", "lineClamp", "whiteSpace", "maskImage", "clipPath", "gap"}:
                found.add(key)
    count = 1
    if tag != "svg":
        count += _walk(props.get("children"), found, depth + 1)
    return count


def build(doc: dict[str, Any], kind: str) -> dict[str, Any]:
    found: set[str] = set()
    count = _walk(doc["element"], found)
    if doc.get("fonts"):
        found.add("custom-font")
    features = sorted(found) or ["flex"]
    title = f"real card: {kind} ({count} elements; {', '.join(features)})"
    out: dict[str, Any] = {"case": {"title": title, "features": features}}
    for key in ("width", "height", "fonts", "emoji", "element"):
        if key in doc:
            out[key] = doc[key]
    return out


def dump(data: dict[str, Any]) -> str:
    head = "# Conformance case (spec/conformance.md): a real Open Graph card, extracted by\n" \
           "# conformance/realcards/extract.mjs (texts, fonts, images and logos replaced).\n"
    return head + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110, default_flow_style=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("json")
    parser.add_argument("name")
    parser.add_argument("--kind", required=True)
    parser.add_argument("--out-dir", default=str(OUT_DIR))
    args = parser.parse_args()
    doc = json.loads(Path(args.json).read_text(encoding="utf-8"))
    out = Path(args.out_dir) / f"{args.name}.yaml"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(dump(build(doc, args.kind)), encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
