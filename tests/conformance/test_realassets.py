"""The real-asset card generator (conformance/realcards/realassets.py) without Node: a tiny pool made of
committed files, a real card re-assembled from it, the result loadable by pureog."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

from conformance.realcards import realassets
from pureog.document.load import from_mapping

REPO = Path(__file__).resolve().parents[2]
ICON = ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='currentColor' "
        "stroke-width='2' stroke-linecap='round'><title>t</title>"
        "<path d='M4 4h16v16z' style='fill-rule: evenodd'/></svg>")


def _pool(tmp: Path) -> realassets.Pool:
    for sub in ("fonts", "img", "svgs"):
        (tmp / sub).mkdir(parents=True)
    shutil.copy(REPO / "conformance/fonts/Roboto-Regular.ttf", tmp / "fonts")
    shutil.copy(REPO / "conformance/fonts/Roboto-Bold.ttf", tmp / "fonts")
    shutil.copy(REPO / "conformance/assets/photo.jpg", tmp / "img/photo-a.jpg")
    (tmp / "svgs/simple-x.svg").write_text(ICON.replace("<path d='", '<path d="').replace("' style", '" style'))
    (tmp / "fonts.json").write_text(json.dumps({"Roboto|sys": [
        {"weight": 400, "style": "normal", "path": "fonts/Roboto-Regular.ttf"},
        {"weight": 700, "style": "normal", "path": "fonts/Roboto-Bold.ttf"}]}))
    (tmp / "svgs.json").write_text(json.dumps({"simple": ["svgs/simple-x.svg"]}))
    (tmp / "images.json").write_text(json.dumps({"photo": ["img/photo-a.jpg"], "avatar": [], "logo": []}))
    return realassets.Pool(tmp)


def test_svg_to_jsx_writes_react_props() -> None:
    tree = realassets.svg_to_jsx(ICON)
    assert tree["type"] == "svg"
    assert tree["props"]["strokeWidth"] == "2" and tree["props"]["strokeLinecap"] == "round"
    path = tree["props"]["children"]  # <title> is dropped, one child stays unwrapped
    assert path == {"type": "path", "props": {"d": "M4 4h16v16z", "style": {"fillRule": "evenodd"}}}


def test_real_text_keeps_case_and_spaces() -> None:
    rng = random.Random(1)
    assert realassets.real_text("  Lorem ipsum dolor sit ", rng).startswith("  ")
    assert realassets.real_text("ab", rng) == "ab"  # too short to replace
    upper = realassets.real_text("LOREM IPSUM", rng)
    assert upper == upper.upper()


def test_assembled_card_uses_the_pool_and_loads(tmp_path: Path) -> None:
    pool = _pool(tmp_path / "pool")
    (tmp_path / "pool" / "docs").mkdir()
    case = realassets.CASES / "article-bordered.yaml"
    doc, notes = realassets.assemble(case, pool, seed=3)
    assert all(f["path"].startswith("../fonts/Roboto-") for f in doc["fonts"])
    assert any(n.startswith("font:Roboto") for n in notes)
    text = json.dumps(doc, ensure_ascii=False)
    assert "Laboris" not in text  # the generic words are gone
    loaded = from_mapping(doc, base_dir=str(tmp_path / "pool" / "docs"), root=str(tmp_path))
    assert loaded.width == 1200 and len(loaded.fonts) == 2


def test_generic_logo_path_becomes_a_real_path_over_its_box(tmp_path: Path) -> None:
    pool = _pool(tmp_path)
    props = {"d": "M50 10C90 10 90 50 90 50L82 90H18L10 50C10 18 18 10 50 10ZM38 50h24v16h-24Z"}
    realassets._real_path(props, pool, random.Random(0), set())
    assert props["d"] == "M4 4h16v16z"
    assert props["transform"] == "translate(10.000 10.000) scale(3.3333)"
