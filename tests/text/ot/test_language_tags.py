"""BCP 47 languages whose OpenType language system is not their code upper-cased (pureog/text/ot/tags.py):
a font with one locl substitution per language system (feaLib) shaped with each language must take the
system HarfBuzz takes. Noto Sans has MAH, MOL, NAV, IPPH, APPH; Noto Sans Myanmar MON; Noto Looped Thai
PAL; Geist CRT."""

from __future__ import annotations

from pureog.text.ot import shape
from tests.text.ot.synth import build

LANGUAGES = {"ba": "BSH", "cv": "CHU", "kaa": "KRK", "smj": "LSM", "sma": "SSM", "smn": "ISM", "sms": "SKS",
             "ee": "EWE", "mh": "MAH", "mo": "MOL", "nv": "NAV", "pi": "PAL", "crh": "CRT", "mnw": "MON",
             "ff": "FUL", "wo": "WLF", "ln": "LIN", "om": "ORO", "ak": "AKA", "tw": "TWI", "ro-MD": "MOL",
             "und-fonipa": "IPPH", "en-fonipa": "IPPH", "und-fonnapa": "APPH", "el-polyton": "PGR",
             "ro": "ROM", "el": "ELL"}
SYSTEMS = sorted(set(LANGUAGES.values()))
LETTERS = "bcdefghijklmnopqrstuvwxyz"


def _font(systems: list[str]) -> tuple[object, bytes]:
    fea = "languagesystem DFLT dflt;\nlanguagesystem latn dflt;\n"
    fea += "".join(f"languagesystem latn {t};\n" for t in systems)
    fea += "feature locl {\n script latn;\n"
    fea += "".join(f" language {t} exclude_dflt;\n  sub a by {LETTERS[i]};\n" for i, t in enumerate(systems))
    return build(fea + "} locl;\n", gdef=False)


def _system(font: object, systems: list[str], language: str) -> str:
    order = font.getGlyphOrder()  # type: ignore[attr-defined]
    glyph = order[shape(font, "a", "Latn", language, "ltr")[0].glyph]
    return dict(zip(LETTERS, systems, strict=False)).get(glyph, "dflt")


def _harfbuzz_system(font: object, data: bytes, systems: list[str], language: str) -> str | None:
    try:
        import uharfbuzz as hb
    except ImportError:
        return None
    buf = hb.Buffer()
    buf.add_str("a")
    buf.direction = "ltr"
    buf.script = "Latn"
    buf.language = language
    hb.shape(hb.Font(hb.Face(hb.Blob(data))), buf, {})
    glyph = font.getGlyphOrder()[buf.glyph_infos[0].codepoint]  # type: ignore[attr-defined]
    return dict(zip(LETTERS, systems, strict=False)).get(glyph, "dflt")


def _check(systems: list[str], language: str, expected: str) -> None:
    font, data = _font(systems)
    assert _system(font, systems, language) == expected, language
    assert _harfbuzz_system(font, data, systems, language) in (None, expected), language


def test_languages_take_their_registry_system() -> None:
    for language, system in LANGUAGES.items():
        _check(SYSTEMS, language, system)


def test_moldavian_falls_back_to_romanian_polytonic_greek_to_nothing() -> None:
    _check(["ROM"], "mo", "ROM")
    _check(["ROM"], "ro-MD", "ROM")
    _check(["ELL"], "el-polyton", "dflt")
