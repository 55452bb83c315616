"""The public entry point of the OpenType engine: inputs it accepts, what it returns, its caches."""

from __future__ import annotations

import pytest

from pureog.text import FontLibrary
from pureog.text.ot import Feature, ShapedGlyph, parse_feature_settings, shape
from pureog.text.ot.plan import get_plan
from pureog.text.ot.tables import face_data
from pureog.text.ot.tags import language_tags, script_tags


@pytest.fixture(scope="module")
def geist() -> object:
    return FontLibrary.default().chain(["Geist"], 400, "normal").primary


def test_shapes_a_pureog_font_face(geist: object) -> None:
    glyphs = shape(geist, "Office", "Latn")
    assert all(isinstance(g, ShapedGlyph) for g in glyphs)
    assert [g.cluster for g in glyphs] == sorted(g.cluster for g in glyphs)
    assert sum(g.x_advance for g in glyphs) > 0
    assert face_data(geist) is face_data(geist)


def test_rtl_runs_come_out_in_visual_order(geist: object) -> None:
    glyphs = shape(geist, "abc", "Arab")
    assert [g.cluster for g in glyphs] == [2, 1, 0]
    assert [g.cluster for g in shape(geist, "abc", "Latn", direction="rtl")] == [2, 1, 0]
    assert [g.cluster for g in shape(geist, "abc", "Latn", direction="ltr")] == [0, 1, 2]


def test_empty_text(geist: object) -> None:
    assert shape(geist, "", "Latn") == []


def test_feature_settings_forms(geist: object) -> None:
    assert parse_feature_settings('"liga" 0, "smcp", "ss01" on, "salt" 2') == (
        Feature("liga", 0), Feature("smcp", 1), Feature("ss01", 1), Feature("salt", 2))
    assert parse_feature_settings("normal") == ()
    with pytest.raises(ValueError):
        parse_feature_settings("liga 0")
    by_mapping = shape(geist, "fi", "Latn", features={"liga": 0})
    by_string = shape(geist, "fi", "Latn", features='"liga" 0')
    by_tuple = shape(geist, "fi", "Latn", features=[("liga", 0)])
    assert by_mapping == by_string == by_tuple
    with pytest.raises(ValueError):
        shape(geist, "fi", "Latn", direction="ttb")


def test_plans_are_cached_per_settings(geist: object) -> None:
    face = face_data(geist)
    assert get_plan(face, "Latn", None, False, ()) is get_plan(face, "latn", None, False, ())
    assert get_plan(face, "Latn", None, False, ()) is not get_plan(face, "Latn", None, True, ())


def test_tags() -> None:
    assert script_tags("Deva") == ["dev3", "dev2", "deva"]
    assert script_tags("Mymr") == ["mym2", "mymr"]
    assert script_tags("Laoo") == ["lao "]
    assert script_tags("Hira") == ["kana"]
    assert script_tags(None) == []
    assert language_tags("ur-PK") == ["URD "]
    assert language_tags("URD") == ["URD "]
    assert language_tags("x-hbot-MOL") == ["MOL "]
    assert language_tags("yue") == ["YUE "]
    assert language_tags("qq") == []


def test_damaged_layout_tables_raise_font_error() -> None:
    import io
    import random
    import struct

    from fontTools.ttLib import TTFont

    from pureog.errors import FontError
    from tests.text.ot.synth import build

    _, data = build("feature liga { sub f i by f_i; } liga; feature kern { pos a b -50; } kern;")
    num_tables = struct.unpack_from(">H", data, 4)[0]
    records = {data[12 + 16 * i:16 + 16 * i].decode(): struct.unpack_from(">III", data, 16 + 16 * i)
               for i in range(num_tables)}
    rng = random.Random(3)
    outcomes = set()
    for _ in range(20):
        damaged = bytearray(data)
        for tag in ("GSUB", "GPOS"):
            _, offset, length = records[tag]
            for k in range(offset + 4, offset + length):
                if rng.random() < 0.3:
                    damaged[k] = rng.randrange(256)
        try:
            shape(TTFont(io.BytesIO(bytes(damaged))), "fiab", "Latn")
            outcomes.add("shaped")
        except FontError:
            outcomes.add("FontError")
    assert outcomes <= {"shaped", "FontError"}
    assert "FontError" in outcomes


def test_matches_harfbuzz_for_every_script_shaper() -> None:
    from pathlib import Path

    from fontTools.ttLib import TTFont

    from pureog.text.ot import matches_harfbuzz

    noto = Path("/usr/share/fonts/truetype/noto")
    cases = [("NotoSansArabic-Regular.ttf", "Arab", True), ("NotoSansDevanagari-Regular.ttf", "Deva", True),
             ("NotoSansKhmer-Regular.ttf", "Khmr", True), ("NotoSansSinhala-Regular.ttf", "Sinh", True),
             ("NotoSerifTibetan-Regular.ttf", "Tibt", True), ("NotoSans-Regular.ttf", "Latn", True),
             ("NotoSans-Regular.ttf", "Hang", True),
             ("NotoSansKhudawadi-Regular.ttf", "Sind", True)]
    if not all((noto / name).exists() for name, _, _ in cases):
        pytest.skip("fonts-noto-core is not installed")
    for name, script, expected in cases:
        assert matches_harfbuzz(TTFont(str(noto / name)), script) is expected, name
