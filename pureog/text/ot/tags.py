"""Script and language tags: ISO 15924 script codes and BCP 47 language tags to OpenType tags.

Input: a script code (``"Arab"``, ``"Deva"``, ``"Latn"``, ...) and a language (``"ur"``, ``"tr-TR"``,
an explicit OpenType tag such as ``"URD "`` or HarfBuzz's ``"x-hbot-URD"``). Output: the tags to look
up in GSUB / GPOS, most preferred first, as ``hb_ot_tags_from_script_and_language`` gives them: the new
Indic tags (``dev3``, ``dev2``) before the old ones (``deva``), ``DFLT`` / ``dflt`` / ``latn`` are the
fallbacks the caller tries. The language table covers common languages and those whose systems common
fonts have (HarfBuzz's covers the whole OpenType registry); other 3-letter codes are upper-cased, as
HarfBuzz does. The variants ``fonipa`` / ``fonnapa``, ``el-polyton`` and ``ro-MD`` choose their own.

Imports nothing from pureog.
"""

from __future__ import annotations

_NEW_TAGS = {
    "Beng": "bng2", "Deva": "dev2", "Gujr": "gjr2", "Guru": "gur2", "Knda": "knd2", "Mlym": "mlm2",
    "Orya": "ory2", "Taml": "tml2", "Telu": "tel2", "Mymr": "mym2",
}  # fmt: skip

_OLD_TAGS = {
    "Hira": "kana", "Hrkt": "kana", "Laoo": "lao ", "Yiii": "yi  ", "Nkoo": "nko ", "Vaii": "vai ",
    "Zmth": "math",
}  # fmt: skip

# BCP 47 primary language subtag -> OpenType language system tags (most preferred first).
_LANGUAGES = {
    "af": ("AFK ",), "am": ("AMH ",), "ar": ("ARA ",), "as": ("ASM ",), "az": ("AZE ",), "be": ("BEL ",),
    "bg": ("BGR ",), "bn": ("BEN ",), "bo": ("TIB ",), "br": ("BRE ",), "bs": ("BOS ",), "ca": ("CAT ",),
    "cs": ("CSY ",), "cy": ("WEL ",), "da": ("DAN ",), "de": ("DEU ",), "dv": ("DIV ", "DHV "),
    "dz": ("DZN ",), "el": ("ELL ",), "en": ("ENG ",), "eo": ("NTO ",), "es": ("ESP ",), "et": ("ETI ",),
    "eu": ("EUQ ",), "fa": ("FAR ",), "fi": ("FIN ",), "fo": ("FOS ",), "fr": ("FRA ",), "fy": ("FRI ",),
    "ga": ("IRI ",), "gd": ("GAE ",), "gl": ("GAL ",), "gn": ("GUA ",), "gu": ("GUJ ",), "ha": ("HAU ",),
    "he": ("IWR ",), "hi": ("HIN ",), "hr": ("HRV ",), "ht": ("HAI ",), "hu": ("HUN ",), "hy": ("HYE0", "HYE "),
    "id": ("IND ",), "ig": ("IBO ",), "is": ("ISL ",), "it": ("ITA ",), "iu": ("INU ", "INUK"), "ja": ("JAN ",),
    "jv": ("JAV ",), "ka": ("KAT ",), "kk": ("KAZ ",), "kl": ("GRN ",), "km": ("KHM ",), "kn": ("KAN ",),
    "ko": ("KOR ",), "ks": ("KSH ",), "ku": ("KUR ",), "ky": ("KIR ",), "la": ("LAT ",), "lb": ("LTZ ",),
    "lo": ("LAO ",), "lt": ("LTH ",), "lv": ("LVI ",), "mg": ("MLG ",), "mi": ("MRI ",), "mk": ("MKD ",),
    "ml": ("MAL ", "MLR "), "mn": ("MNG ",), "mr": ("MAR ",), "ms": ("MLY ",), "mt": ("MTS ",),
    "my": ("BRM ",), "nb": ("NOR ",), "ne": ("NEP ",), "nl": ("NLD ",), "nn": ("NYN ",), "no": ("NOR ",),
    "oc": ("OCI ",), "or": ("ORI ",), "pa": ("PAN ",), "pl": ("PLK ",), "ps": ("PAS ",), "pt": ("PTG ",),
    "rm": ("RMS ",), "ro": ("ROM ",), "ru": ("RUS ",), "sa": ("SAN ",), "sd": ("SND ",), "se": ("NSM ",),
    "si": ("SNH ",), "sk": ("SKY ",), "sl": ("SLV ",), "so": ("SML ",), "sq": ("SQI ",), "sr": ("SRB ",),
    "sv": ("SVE ",), "sw": ("SWK ",), "ta": ("TAM ",), "te": ("TEL ",), "tg": ("TAJ ",), "th": ("THA ",),
    "ti": ("TGY ",), "tk": ("TKM ",), "tl": ("TGL ",), "tr": ("TRK ",), "tt": ("TAT ",), "ug": ("UYG ",),
    "uk": ("UKR ",), "ur": ("URD ",), "uz": ("UZB ",), "vi": ("VIT ",), "yi": ("JII ",), "yo": ("YBA ",),
    "zh": ("ZHS ",), "zu": ("ZUL ",), "ckb": ("KUR ",), "fil": ("PIL ",), "haw": ("HAW ",),
    # languages whose tag is not their code upper-cased, with locl forms in common fonts (Noto, Geist,
    # Inter: Marshallese, Moldavian, Navajo, Ewe, Crimean Tatar, Mon, Pali; Bashkir, Chuvash, Sami, ...)
    "ak": ("AKA ",), "ba": ("BSH ",), "cv": ("CHU ",), "ee": ("EWE ",), "ff": ("FUL ",), "ln": ("LIN ",),
    "mh": ("MAH ",), "mo": ("MOL ", "ROM "), "nv": ("NAV ",), "om": ("ORO ",), "pi": ("PAL ",), "tw": ("TWI ",),
    "wo": ("WLF ",), "crh": ("CRT ",), "kaa": ("KRK ",), "mnw": ("MON ",), "sma": ("SSM ",), "smj": ("LSM ",),
    "smn": ("ISM ",), "sms": ("SKS ",),
}  # fmt: skip


def normalize_script(script: str | None) -> str | None:
    """An ISO 15924 code in its canonical case (``"arab"`` -> ``"Arab"``), or None."""
    if not script:
        return None
    script = script.strip()
    if len(script) != 4:
        return None
    return script[0].upper() + script[1:].lower()


def script_tags(script: str | None) -> list[str]:
    """OpenType script tags for an ISO 15924 code, most preferred first (DFLT fallbacks not included)."""
    iso = normalize_script(script)
    if iso is None:
        return []
    tags: list[str] = []
    new = _NEW_TAGS.get(iso)
    if new is not None:
        if new != "mym2":
            tags.append(new[:3] + "3")
        tags.append(new)
    tags.append(_OLD_TAGS.get(iso, iso.lower()))
    return tags


def language_tags(language: str | None) -> list[str]:
    """OpenType language system tags for a BCP 47 language tag (or an explicit OpenType tag)."""
    if not language:
        return []
    if "x-hbot-" in language:
        tag = language.split("x-hbot-", 1)[1][:4].upper()
        return [tag.ljust(4)]
    if language.upper() == language and language.strip().isalnum() and 3 <= len(language.strip()) <= 4:
        return [language.strip().ljust(4)]
    primary, *subtags = language.replace("_", "-").lower().split("-")
    # subtags that choose a system of their own, as HarfBuzz reads them: phonetic transcription variants,
    # polytonic Greek, Romanian of Moldova
    if "fonipa" in subtags:
        return ["IPPH"]
    if "fonnapa" in subtags:
        return ["APPH"]
    if primary == "el" and "polyton" in subtags:
        return ["PGR "]
    if primary == "ro" and "md" in subtags:
        return ["MOL ", "ROM "]
    if primary == "zh":
        return _chinese_tags(language)
    if primary in _LANGUAGES:
        return list(_LANGUAGES[primary])
    if len(primary) == 3 and primary.isalpha():
        return [primary.upper() + " "]
    return []


def _chinese_tags(language: str) -> list[str]:
    """HarfBuzz's tags for a Chinese BCP 47 tag (hb-ot-tag's complex cases): by region Hong Kong (ZHH),
    Macao (ZHTM, then ZHH) or Taiwan (ZHT), else by script Hant (ZHT) or Hans (ZHS); ZHS otherwise."""
    subtags = [t.lower() for t in language.replace("_", "-").split("-")[1:]]
    if "hk" in subtags:
        return ["ZHH "]
    if "mo" in subtags:
        return ["ZHTM", "ZHH "]
    if "tw" in subtags or "hant" in subtags:
        return ["ZHT "]
    return ["ZHS "]
