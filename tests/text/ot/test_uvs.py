"""cmap format 14 (Unicode variation sequences) read from the table's bytes (pureog/text/ot/uvs.py):
the same answers as fontTools' expanded ``uvsDict``, and a hostile table costs nothing to read."""

from __future__ import annotations

import io
import random
import time

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

import pureog
from fuzz.font_bombs import shared_variation_ranges
from pureog.text.ot.uvs import NOT_LISTED, VariationSequences
from tests.fuzz.timing import scaled


def _font_with_sequences(rng: random.Random) -> bytes:
    names = [".notdef", *(f"g{i}" for i in range(1, 40))]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    pen = TTGlyphPen(None)
    fb.setupGlyf({n: pen.glyph() for n in names})
    bases = sorted(rng.sample(range(0x20, 0x3000), 300))
    sequences = []
    for vs in (0xFE00, 0xFE0F, 0xE0100, 0xE0105):
        for base in rng.sample(bases, 60):
            sequences.append((base, vs, None if rng.random() < 0.5 else rng.choice(names[1:])))
    fb.setupCharacterMap({b: rng.choice(names[1:]) for b in bases}, uvs=sequences)
    fb.setupHorizontalMetrics({n: (600, 0) for n in names})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupPost()
    out = io.BytesIO()
    fb.save(out)
    return out.getvalue()


def test_answers_match_fonttools_expanded_table() -> None:
    rng = random.Random(14)
    for _ in range(3):
        tt = TTFont(io.BytesIO(_font_with_sequences(rng)))
        order = {name: i for i, name in enumerate(tt.getGlyphOrder())}
        expected = {}
        for sub in tt["cmap"].tables:
            if sub.format == 14:
                for vs, entries in sub.uvsDict.items():
                    for cp, name in entries:
                        expected[(cp, vs)] = None if name is None else order[name]
        sequences = VariationSequences(tt.reader["cmap"])
        assert expected and all(sequences.find(cp, vs) == gid for (cp, vs), gid in expected.items())
        for cp in range(0, 0x3100, 7):
            for vs in (0xFE00, 0xFE01, 0xE0100):
                if (cp, vs) not in expected:
                    assert sequences.find(cp, vs) == NOT_LISTED


def test_shared_range_lists_are_not_expanded() -> None:
    # 200 selectors sharing 500,000 ranges of 256 code points (a 2 MB font): fontTools' reader made 25
    # billion tuples (hung past 90 s, then out of memory); now read once, in well under a second
    font = shared_variation_ranges(200, 500_000)
    sequences = VariationSequences(TTFont(io.BytesIO(font)).reader["cmap"])
    assert sequences.find(ord("a"), 0xE0100) is None and sequences.find(ord("a"), 0xFE00) == NOT_LISTED
    doc = {"width": 200, "height": 60, "fonts": [{"name": "Bomb", "data": font}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "Bomb", "fontSize": 40},
                               "children": "a\U000E0100b\U000E0101"}}}
    start = time.process_time()
    pureog.render_png(doc, features="browser")
    assert time.process_time() - start < scaled(5)
