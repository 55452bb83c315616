"""Script shapers and the choice among them (HarfBuzz's ``hb_ot_shaper_categorize``).

Implemented: default, Arabic (Arabic and Syriac), Hebrew, Thai / Lao, Hangul, Indic (Devanagari, Bengali,
Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam), Khmer, Myanmar, Myanmar Zawgyi, and the Universal
Shaping Engine (:data:`USE_SCRIPTS`, and the Indic scripts when the font has their ``dev3``-style tags).
"""

from __future__ import annotations

from pureog.text.ot.shapers.arabic import ARABIC
from pureog.text.ot.shapers.base import DEFAULT, Shaper
from pureog.text.ot.shapers.hebrew import HEBREW
from pureog.text.ot.shapers.thai import THAI

_INDIC_SCRIPTS = frozenset(("Beng", "Deva", "Gujr", "Guru", "Knda", "Mlym", "Orya", "Taml", "Telu"))

# Scripts HarfBuzz shapes with its Universal Shaping Engine unless the font's GSUB has only DFLT / latn for
# them (Sinhala among them: HarfBuzz moved it from its Indic shaper to USE).
USE_SCRIPTS = frozenset((
    "Tibt", "Mong", "Sinh", "Buhd", "Hano", "Tglg", "Tagb", "Limb", "Tale", "Bugi", "Khar", "Sylo", "Tfng",
    "Bali", "Nkoo", "Phag", "Cham", "Kali", "Lepc", "Rjng", "Saur", "Sund", "Egyp", "Java", "Kthi", "Mtei",
    "Lana", "Tavt", "Batk", "Brah", "Mand", "Cakm", "Plrd", "Shrd", "Takr", "Dupl", "Gran", "Khoj", "Mahj",
    "Mani", "Modi", "Hmng", "Phlp", "Sidd", "Tirh", "Ahom", "Mult", "Adlm", "Bhks", "Marc", "Newa", "Gonm",
    "Soyo", "Zanb", "Dogr", "Gong", "Rohg", "Maka", "Medf", "Sogo", "Sogd", "Elym", "Nand", "Hmnp", "Wcho",
    "Chrs", "Diak", "Kits", "Yezi", "Cpmn", "Ougr", "Tnsa", "Toto", "Vith", "Kawi", "Nagm", "Gara", "Gukh",
    "Krai", "Onao", "Sunu", "Todr", "Tutg", "Sidt", "Tayo", "Tols", "Sind", "Berf",
))  # fmt: skip


def harfbuzz_shaper(script: str | None, gsub_script: str | None) -> str:
    """The name of the shaper HarfBuzz would use."""
    if script in USE_SCRIPTS and gsub_script not in ("DFLT", "latn"):
        return "use"
    if script in _INDIC_SCRIPTS and gsub_script is not None and gsub_script.endswith("3"):
        return "use"
    return categorize(script, gsub_script).name


def categorize(script: str | None, gsub_script: str | None) -> Shaper:
    """The shaper for an ISO 15924 script, given the script tag chosen in GSUB."""
    if script in ("Arab", "Syrc"):
        if gsub_script != "DFLT" or script == "Arab":
            return ARABIC
        return DEFAULT
    if script in ("Thai", "Laoo"):
        return THAI
    if script == "Hebr":
        return HEBREW
    if script == "Hang":
        from pureog.text.ot.shapers.hangul import HANGUL  # noqa: PLC0415

        return HANGUL
    if script == "Khmr":
        from pureog.text.ot.shapers.khmer import KHMER  # noqa: PLC0415

        return KHMER
    if script == "Qaag":
        from pureog.text.ot.shapers.zawgyi import ZAWGYI  # noqa: PLC0415

        return ZAWGYI
    if script == "Mymr":
        if gsub_script in ("DFLT", "latn", "mymr"):
            return DEFAULT
        from pureog.text.ot.shapers.khmer import MYANMAR  # noqa: PLC0415

        return MYANMAR
    if script in USE_SCRIPTS or (script in _INDIC_SCRIPTS and gsub_script is not None and gsub_script.endswith("3")):
        if gsub_script in ("DFLT", "latn"):
            return DEFAULT
        from pureog.text.ot.shapers.use import USE  # noqa: PLC0415

        return USE
    if script in _INDIC_SCRIPTS:
        if gsub_script in ("DFLT", "latn"):
            return DEFAULT
        from pureog.text.ot.shapers.indic import INDIC  # noqa: PLC0415

        return INDIC
    return DEFAULT


__all__ = ["USE_SCRIPTS", "Shaper", "categorize", "harfbuzz_shaper"]
