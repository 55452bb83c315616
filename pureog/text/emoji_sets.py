"""Emoji sets by name: Next.js's ``emoji`` option -> the :class:`EmojiPack` that draws it.

``@vercel/og`` (``emoji/index.ts``) fetches each set's SVGs from a CDN; pureog ships the same files:

============  =====================================================  ==================================
``emoji``     what Next.js fetches                                   pureog
============  =====================================================  ==================================
twemoji       twemoji 14.0.2 ``assets/svg/<code>.svg``               bundled (``data/twemoji.bin``)
openmoji      ``@svgmoji/openmoji@2.0.0/svg/<CODE>.svg``             package ``pureog-emoji-openmoji``
blobmoji      ``@svgmoji/blob@2.0.0/svg/<CODE>.svg``                 package ``pureog-emoji-blobmoji``
noto          svgmoji repo ``packages/svgmoji__noto/svg/<CODE>.svg``  package ``pureog-emoji-noto``
fluent        shuding/fluentui-emoji-unicode ``<code>_color.svg``    package ``pureog-emoji-fluent``
fluentFlat    shuding/fluentui-emoji-unicode ``<code>_flat.svg``     package ``pureog-emoji-fluent-flat``
============  =====================================================  ==================================

The optional sets are data packages kept in this repository (``packages/pureog-emoji-*``, installed
with ``pip install ./packages/pureog-emoji-noto``), so the core wheel stays small. Each is a module
(``pureog_emoji_noto``, ``pureog_emoji_fluent_flat``) whose ``PACK`` is the path of its pack file.
Asking for a set whose package is missing is a :class:`~pureog.errors.FontError` that says how to
install it, raised when the render starts (not at the first emoji, so a missing install shows up on
the first card, emoji or not).

Must not import layout, paint or raster.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from pureog import caches
from pureog.errors import FontError
from pureog.text.emoji_pack import EmojiPack

TWEMOJI_PACK = Path(__file__).resolve().parent / "data" / "twemoji.bin"
EMOJI_SETS = ("twemoji", "blobmoji", "noto", "openmoji", "fluent", "fluentFlat")
"""The values of Next.js's ``emoji`` option (``@vercel/og`` ``EmojiType``)."""
OPTIONAL_SETS = {"openmoji": "pureog_emoji_openmoji", "blobmoji": "pureog_emoji_blobmoji", "noto": "pureog_emoji_noto",
                 "fluent": "pureog_emoji_fluent", "fluentFlat": "pureog_emoji_fluent_flat"}
"""Sets shipped as separate data packages: set name -> module name (distribution: ``_`` -> ``-``)."""

_PACKS: dict[str, EmojiPack] = {}


def bundled_twemoji() -> EmojiPack:
    """The Twemoji 14 pack inside pureog itself (shared: its decompressed blocks are cached)."""
    pack = _PACKS.get("twemoji")
    if pack is None:
        pack = _PACKS["twemoji"] = EmojiPack(TWEMOJI_PACK)
    return pack


def distribution_name(name: str) -> str:
    """The pip distribution of an optional set: ``pureog-emoji-noto``, ``pureog-emoji-fluent-flat``."""
    return OPTIONAL_SETS[name].replace("_", "-")


def install_hint(name: str) -> str:
    dist = distribution_name(name)
    return f"install its data package {dist} (from a pureog source tree: python -m pip install ./packages/{dist})"


def emoji_set_pack(name: str) -> EmojiPack:
    """The pack that draws the emoji set ``name`` (a validated Next.js ``emoji`` value).

    Raises :class:`FontError` when the set's package is not installed (or the name is no set)."""
    if name == "twemoji":
        return bundled_twemoji()
    module_name = OPTIONAL_SETS.get(name)
    if module_name is None:
        raise FontError(f"unknown emoji set {name!r} (known: {', '.join(EMOJI_SETS)})", path="$.emoji")
    pack = _PACKS.get(name)
    if pack is None:
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise FontError(f"the {name!r} emoji set is not installed: {install_hint(name)}", path="$.emoji") from exc
        path = Path(getattr(module, "PACK", ""))
        if not path.is_file():
            raise FontError(f"the {name!r} emoji set's pack file is missing ({path}): reinstall {module_name}",
                            path="$.emoji")
        pack = _PACKS[name] = EmojiPack(path, label=f"the {name!r} emoji pack")
    return pack


def installed_sets() -> tuple[str, ...]:
    """The emoji sets that can be drawn here (twemoji always)."""
    found = ["twemoji"]
    for name, module_name in OPTIONAL_SETS.items():
        if importlib.util.find_spec(module_name) is not None:
            found.append(name)
    return tuple(found)


caches.register("text.emoji_packs", _PACKS)
