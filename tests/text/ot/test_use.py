"""The Universal Shaping Engine (``pureog.text.ot.shapers.use``): cluster segmentation, repha and
pre-base reordering on category sequences, the shaper HarfBuzz's selection gives each script, and
strings of several USE scripts against HarfBuzz (dotted circles, pre-base vowels, Mongolian joining,
vowel constraints)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from pureog.text.ot.buffer import Buffer, Glyph
from pureog.text.ot.shapers import categorize
from pureog.text.ot.shapers.syllabic import HAS_BROKEN_SYLLABLE, syllables
from pureog.text.ot.shapers.use import (
    BROKEN,
    CAT,
    NON_CLUSTER,
    NUMERAL,
    STANDARD,
    SYMBOL,
    VIRAMA_TERMINATED,
    category,
    find_syllables,
    reorder_syllable,
)
from pureog.text.ot.unicode import NON_SPACING_MARK

ROOT = Path(__file__).resolve().parents[3]


def _buffer(cats: list[str], marks: tuple[int, ...] = ()) -> Buffer:
    """Glyphs numbered 0.. with the given USE categories (``marks``: indices with a mark's general
    category, which matters to a ZWNJ before them)."""
    buffer = Buffer([Glyph(i, i) for i in range(len(cats))])
    for i, (g, cat) in enumerate(zip(buffer.info, cats, strict=True)):
        g.aux = CAT[cat]
        if i in marks:
            g.up = NON_SPACING_MARK
    return buffer


def _clusters(cats: list[str], marks: tuple[int, ...] = ()) -> list[tuple[list[int], int]]:
    buffer = _buffer(cats, marks)
    find_syllables(buffer)
    return [([g.cp for g in buffer.info[s:e]], buffer.info[s].syl & 0x0F) for s, e in syllables(buffer)]


def test_clusters_follow_the_use_grammar() -> None:
    # consonant + halant + consonant + vowels + modifier: one cluster; the next base starts another
    assert _clusters(["B", "H", "B", "VPre", "VAbv", "VMAbv", "B", "VBlw"]) == [
        ([0, 1, 2, 3, 4, 5], STANDARD), ([6, 7], STANDARD)]
    assert _clusters(["B", "IS"]) == [([0, 1], VIRAMA_TERMINATED)]
    assert _clusters(["N", "HN", "N", "B"]) == [([0, 1, 2], NUMERAL), ([3], STANDARD)]
    assert _clusters(["O", "SMAbv", "B"]) == [([0, 1], SYMBOL), ([2], STANDARD)]
    # vowels out of order: the second one starts a broken cluster
    assert _clusters(["B", "VBlw", "VAbv"]) == [([0, 1], STANDARD), ([2], BROKEN)]
    assert _clusters(["WJ", "FMPst"]) == [([0], NON_CLUSTER), ([1], NON_CLUSTER)]


def test_joiners_are_invisible_to_the_grammar() -> None:
    # CGJ / ZWJ / variation selectors belong to the cluster before them
    assert _clusters(["B", "CGJ", "VAbv", "CGJ"]) == [([0, 1, 2, 3], STANDARD)]
    # a ZWNJ before a mark is skipped; before a letter it ends the cluster
    assert _clusters(["B", "ZWNJ", "VAbv"], marks=(2,)) == [([0, 1, 2], STANDARD)]
    assert _clusters(["B", "ZWNJ", "B"]) == [([0, 1], STANDARD), ([2], STANDARD)]


def test_a_broken_cluster_is_flagged_for_its_dotted_circle() -> None:
    buffer = _buffer(["VAbv", "B"])
    find_syllables(buffer)
    assert buffer.scratch & HAS_BROKEN_SYLLABLE
    assert [g.syl & 0x0F for g in buffer.info] == [BROKEN, STANDARD]


def _reordered(cats: list[str]) -> list[int]:
    buffer = _buffer(cats)
    find_syllables(buffer)
    for start, end in syllables(buffer):
        reorder_syllable(buffer, start, end)
    return [g.cp for g in buffer.info]


def test_repha_moves_after_the_base_before_post_base_glyphs() -> None:
    assert _reordered(["R", "B", "VAbv"]) == [1, 0, 2]
    assert _reordered(["R", "B", "CMBlw"]) == [1, 2, 0]  # no post-base glyph: to the end
    assert _reordered(["R", "B", "H", "B", "VBlw"]) == [1, 0, 2, 3, 4]  # stops before the halant


def test_pre_base_vowels_move_to_the_front_or_after_the_last_halant() -> None:
    assert _reordered(["B", "VPre"]) == [1, 0]
    assert _reordered(["B", "H", "B", "VPre", "VMPre"]) == [0, 1, 4, 3, 2]
    buffer = _buffer(["B", "MBlw", "VPre"])
    find_syllables(buffer)
    reorder_syllable(buffer, 0, 3)
    assert [g.cluster for g in buffer.info] == [0, 0, 0]  # merged into one cluster


def test_categories_from_the_generated_table() -> None:
    assert category(0xA98F) == CAT["B"]  # JAVANESE LETTER KA
    assert category(0xA9BA) == CAT["VPre"]  # JAVANESE VOWEL SIGN TALING
    assert category(0x0DCA) == CAT["HVM"]  # SINHALA SIGN AL-LAKUNA
    assert category(0x1A60) == CAT["Sk"]  # TAI THAM SIGN SAKOT
    assert category(0x1BF3) == CAT["RK"]  # BATAK PANONGONAN (Unicode 16's Reordering_Killer)
    assert category(0x0F72) == CAT["VBlw"]  # TIBETAN VOWEL SIGN I (the USE spec's override)
    assert category(0x200D) == CAT["CGJ"] and category(0x200C) == CAT["ZWNJ"]
    assert category(0x0041) == CAT["O"]


def test_the_generated_table_is_up_to_date() -> None:
    if not Path("/usr/share/unicode/IndicSyllabicCategory.txt").exists():
        pytest.skip("unicode-data is not installed")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import gen_use_table
    finally:
        sys.path.pop(0)
    from pureog.text.ot._use_table import CATEGORIES, RANGES

    _, table = gen_use_table.use_table(Path("/usr/share/unicode"))
    expanded = {u: CATEGORIES[c] for lo, hi, c in RANGES for u in range(lo, hi + 1)}
    assert expanded == table


@pytest.mark.parametrize(("script", "tag"), [("Sinh", "sinh"), ("Tibt", "tibt"), ("Java", "java"),
                                             ("Mong", "mong"), ("Deva", "dev3"), ("Khar", None)])
def test_harfbuzz_routes_these_scripts_to_use(script: str, tag: str | None) -> None:
    assert categorize(script, tag).name == "use"


def test_fonts_with_only_dflt_keep_the_default_shaper() -> None:
    assert categorize("Sinh", "DFLT").name == "default"
    assert categorize("Deva", "dev2").name == "indic"


def _tool() -> ModuleType:
    module = sys.modules.get("shaping_diff")
    if module is None:
        spec = importlib.util.spec_from_file_location("shaping_diff", ROOT / "tools" / "shaping_diff.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["shaping_diff"] = module
        spec.loader.exec_module(module)
    return module


CASES = [
    # pre-base vowel taling before KA, and after a pasangan (halant + consonant)
    ("NotoSansJavanese-Regular", "Java", "\ua98f\ua9ba \ua98f\ua9c0\ua9a4\ua9ba\ua9b4"),
    # a vowel sign with no base: a dotted circle; two signs out of order: one before the second
    ("NotoSansBalinese-Regular", "Bali", "\u1b36 \u1b13\u1b38\u1b36 \u1b13\u1b44\u1b13\u1b3e"),
    # al-lakuna, a touching conjunct with ZWJ, a vowel constraint (A + AA sign gets a dotted circle)
    ("NotoSansSinhala-Regular", "Sinh", "\u0d9a\u0dca\u200d\u0dba \u0d85\u0dcf \u0dc1\u0dca\u200d\u0dbb\u0dd3"),
    # subjoined consonants and a vowel under a stack
    ("NotoSerifTibetan-Regular", "Tibt", "\u0f56\u0f66\u0f92\u0fb2\u0f74\u0f56 \u0f40\u0f71\u0f72"),
    # joining forms from the Arabic machine, a free variation selector taking its letter's form
    ("NotoSansMongolian-Regular", "Mong", "\u182e\u1823\u1829\u182d\u1823\u182f \u1828\u180b\u1820"),
    # a repha-forming RA + virama in Tirhuta, a Sharada pre-base vowel
    ("NotoSansTirhuta-Regular", "Tirh", "\U000114a9\U000114c2\U0001148f\U000114b9"),
    ("NotoSansSharada-Regular", "Shrd", "\U00011191\U000111b4"),
]


@pytest.mark.parametrize(("stem", "script", "text"), CASES)
def test_use_strings_match_harfbuzz(stem: str, script: str, text: str) -> None:
    pytest.importorskip("uharfbuzz")
    tool = _tool()
    path = tool.NOTO / f"{stem}.ttf"
    if not path.exists():
        pytest.skip("fonts-noto-core is not installed")
    from fontTools.ttLib import TTFont

    mine = tool.pureog_shape(TTFont(str(path)), text, script, "ltr")
    ref = tool.harfbuzz_shape(tool._hb_font(path), text, script, "ltr")
    assert tool.same(mine, ref), tool.describe(text, mine, ref)


def test_a_font_with_the_dev3_tag_gets_use_reordering() -> None:
    """HarfBuzz sends Devanagari to USE when the font's GSUB has ``dev3``: the Ra + virama that
    ``rphf`` makes a repha moves after the base, the I sign before it."""
    from tests.text.ot.synth import build, harfbuzz, shape_names

    fea = """languagesystem dev3 dflt;
feature rphf { sub r h by x1; } rphf;
feature abvs { sub x1 by x2; } abvs;
"""
    font, data = build(fea, cmap_extra={0x0915: "k", 0x0930: "r", 0x094D: "h", 0x093F: "i"})
    text = "\u0930\u094d\u0915\u093f \u0915\u093f"
    mine = shape_names(font, text, "Deva")
    assert [name for name, *_ in mine] == ["i", "k", "x2", "space", "i", "k"]
    assert [cluster for _, cluster, *_ in mine] == [0, 0, 0, 4, 5, 5]
    ref = harfbuzz(data, font, text, "Deva")
    if ref is not None:
        assert mine == ref


def test_the_itemizer_names_use_scripts_so_their_runs_reach_the_use_shaper() -> None:
    """Runs are shaped with the script the itemizer gives them (``features: browser``, inline
    formatting contexts): an unlisted script read as Zzzz and got the default shaper."""
    from pureog.text.itemize import resolved_scripts, script_of

    assert resolved_scripts("\ua98f\ua9ba \ua98f") == ["Java"] * 4
    assert [script_of(c) for c in "\u1b13\U00011013\u1a20\U00011480\u2d30"] == ["Bali", "Brah", "Lana", "Tirh",
                                                                               "Tfng"]
    # Grantha's marks stay Inherited: Tamil syllables take them (tests/text/ot/test_indic_grantha.py)
    assert resolved_scripts("\u0b95\U00011301") == ["Taml", "Taml"]
