"""Fluent Emoji (color) graphics for pureog (``emoji: fluent``): data only.

``PACK`` is the pack file pureog reads (``pureog.text.emoji_sets``): the SVG files Next.js fetches for
``emoji: 'fluent'``, built with pureog's ``tools/gen_emoji_pack.py --files``. Licence: ``LICENSE.md``.
"""

from pathlib import Path

PACK = Path(__file__).resolve().parent / "fluent.bin"
