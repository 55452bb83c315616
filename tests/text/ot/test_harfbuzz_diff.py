"""pureog's OpenType shaping engine against HarfBuzz (uharfbuzz, a ``dev`` dependency) on a slice of
``tools/shaping_diff.py``'s corpus: generated words and sample sentences per script, Debian's Noto fonts
(``fonts-noto-core``; DejaVu / Liberation when installed).

Each script must stay at or above its measured identical rate (glyph ids, clusters, positions within
1 font unit). The rates below are what the full tool measured (every one 100 %); a case that is known
to differ would be listed in ``KNOWN`` with its cause rather than lowering a rate.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("uharfbuzz")

TOOL = Path(__file__).resolve().parents[3] / "tools" / "shaping_diff.py"

# script -> (font file stems, strings per font, minimum identical rate)
SLICE: dict[str, tuple[tuple[str, ...], int, float]] = {
    "Latn": (("NotoSans-Regular", "NotoSerif-BoldItalic", "DejaVuSans", "LiberationMono-Regular"), 120, 1.0),
    "Grek": (("NotoSans-Regular", "DejaVuSans"), 80, 1.0),
    "Cyrl": (("NotoSerif-Regular", "LiberationSerif-Regular"), 80, 1.0),
    "Arab": (("NotoSansArabic-Regular", "NotoNaskhArabic-Regular", "NotoKufiArabic-Regular",
              "NotoNastaliqUrdu-Regular", "DejaVuSans"), 120, 1.0),
    "Hebr": (("NotoSansHebrew-Regular", "NotoSerifHebrew-Regular"), 100, 1.0),
    "Syrc": (("NotoSansSyriac-Regular",), 80, 1.0),
    "Thai": (("NotoSansThai-Regular", "NotoLoopedThai-Regular"), 100, 1.0),
    "Laoo": (("NotoSansLao-Regular",), 60, 1.0),
    "Armn": (("NotoSansArmenian-Regular",), 50, 1.0),
    "Geor": (("NotoSerifGeorgian-Regular",), 50, 1.0),
    "Ethi": (("NotoSansEthiopic-Regular",), 50, 1.0),
    "Cher": (("NotoSansCherokee-Regular",), 40, 1.0),
    "Deva": (("NotoSansDevanagari-Regular", "NotoSerifDevanagari-Regular"), 120, 1.0),
    "Beng": (("NotoSansBengali-Regular",), 80, 1.0),
    "Guru": (("NotoSansGurmukhi-Regular",), 60, 1.0),
    "Gujr": (("NotoSansGujarati-Regular",), 60, 1.0),
    "Orya": (("NotoSansOriya-Regular",), 60, 1.0),
    "Taml": (("NotoSansTamil-Regular",), 60, 1.0),
    "Telu": (("NotoSansTelugu-Regular",), 60, 1.0),
    "Knda": (("NotoSansKannada-Regular",), 60, 1.0),
    "Mlym": (("NotoSansMalayalam-Regular",), 60, 1.0),
    "Khmr": (("NotoSansKhmer-Regular",), 60, 1.0),
    "Mymr": (("NotoSansMyanmar-Regular",), 60, 1.0),
    "Zyyy": (("NotoSans-Regular", "DejaVuSans"), 150, 1.0),
    # Universal Shaping Engine scripts (before the USE shaper: 0-100 %, 50.7 % over 59 scripts).
    "Sinh": (("NotoSansSinhala-Regular", "NotoSerifSinhala-Regular"), 80, 1.0),
    "Tibt": (("NotoSerifTibetan-Regular",), 80, 1.0),
    "Mong": (("NotoSansMongolian-Regular",), 60, 1.0),
    "Java": (("NotoSansJavanese-Regular",), 60, 1.0),
    "Bali": (("NotoSansBalinese-Regular", "NotoSerifBalinese-Regular"), 60, 1.0),
    "Batk": (("NotoSansBatak-Regular",), 60, 1.0),
    "Bugi": (("NotoSansBuginese-Regular",), 40, 1.0),
    "Cham": (("NotoSansCham-Regular",), 40, 1.0),
    "Cakm": (("NotoSansChakma-Regular",), 40, 1.0),
    "Kthi": (("NotoSansKaithi-Regular",), 40, 1.0),
    "Lana": (("NotoSansTaiTham-Regular",), 60, 1.0),
    "Tavt": (("NotoSansTaiViet-Regular",), 40, 1.0),
    "Sund": (("NotoSansSundanese-Regular",), 40, 1.0),
    "Newa": (("NotoSansNewa-Regular",), 40, 1.0),
    "Tirh": (("NotoSansTirhuta-Regular",), 40, 1.0),
    "Shrd": (("NotoSansSharada-Regular",), 40, 1.0),
    "Sidd": (("NotoSansSiddham-Regular",), 40, 1.0),
    "Modi": (("NotoSansModi-Regular",), 40, 1.0),
    "Takr": (("NotoSansTakri-Regular",), 40, 1.0),
    "Brah": (("NotoSansBrahmi-Regular",), 40, 1.0),
    "Khar": (("NotoSansKharoshthi-Regular",), 40, 1.0),
    "Sylo": (("NotoSansSylotiNagri-Regular",), 40, 1.0),
    "Lepc": (("NotoSansLepcha-Regular",), 40, 1.0),
    "Limb": (("NotoSansLimbu-Regular",), 40, 1.0),
    "Saur": (("NotoSansSaurashtra-Regular",), 40, 1.0),
    "Rjng": (("NotoSansRejang-Regular",), 40, 1.0),
    "Khoj": (("NotoSansKhojki-Regular",), 40, 1.0),
    "Gran": (("NotoSansGrantha-Regular",), 40, 1.0),
    "Soyo": (("NotoSansSoyombo-Regular",), 40, 1.0),
    "Nkoo": (("NotoSansNKo-Regular",), 40, 1.0),
    "Adlm": (("NotoSansAdlam-Regular",), 40, 1.0),
    "Phag": (("NotoSansPhagsPa-Regular",), 40, 1.0),
    "Mand": (("NotoSansMandaic-Regular",), 40, 1.0),
    "Rohg": (("NotoSansHanifiRohingya-Regular",), 40, 1.0),
    "Dupl": (("NotoSansDuployan-Regular",), 40, 1.0),
    "Hang": (("NanumGothic-subset", "NotoSansKR-subset", "NotoSans-Regular"), 120, 1.0),
}

# Strings known to differ from HarfBuzz, with the cause (none at present).
KNOWN: dict[str, str] = {}


def _tool() -> ModuleType:
    module = sys.modules.get("shaping_diff")
    if module is None:
        spec = importlib.util.spec_from_file_location("shaping_diff", TOOL)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["shaping_diff"] = module
        spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("script", list(SLICE))
def test_identical_to_harfbuzz(script: str) -> None:
    tool = _tool()
    stems, count, minimum = SLICE[script]
    fonts = list(tool.fonts_for(script, set(stems)))
    if not fonts:
        pytest.skip(f"none of {stems} installed (apt-get install fonts-noto-core)")
    strings = [s for s in tool.corpus(script, count, seed=7) if s not in KNOWN]
    total = same = 0
    failures: list[str] = []
    for path in fonts:
        result = tool.compare_font(path, script, strings, max_failures=2)
        total += result.total
        same += result.same
        failures += [f"{path.stem}: {f}" for f in result.failures]
    rate = same / total
    assert rate >= minimum, f"{script}: {same}/{total} identical ({100 * rate:.2f} %)\n" + "\n".join(failures)


def test_user_features_and_languages() -> None:
    tool = _tool()
    path = tool.NOTO / "NotoSans-Regular.ttf"
    if not path.exists():
        pytest.skip("fonts-noto-core is not installed")
    from fontTools.ttLib import TTFont

    tt = TTFont(str(path))
    hb_font = tool._hb_font(path)
    settings = [{"liga": 0}, {"kern": 0}, {"smcp": 1}, {"onum": 1}, {"frac": 1}, {"salt": 2}, {"c2sc": 1, "smcp": 1}]
    for text in ("office affine 1/2 fifty 1\u20442", "AVATAR Tyrone 0123456789", "Ádám ḉ ǭ q\u0323\u0307"):
        for features in settings:
            assert tool.same(tool.pureog_shape(tt, text, "Latn", "ltr", None, features),
                             tool.harfbuzz_shape(hb_font, text, "Latn", "ltr", None, features)), (text, features)
    for script, language, text in (("Latn", "tr", "fi İi ıI"), ("Cyrl", "sr", "бгдпт"), ("Latn", "ro", "ş ţ")):
        assert tool.same(tool.pureog_shape(tt, text, script, "ltr", language),
                         tool.harfbuzz_shape(hb_font, text, script, "ltr", language)), (script, language)
