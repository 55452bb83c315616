"""Noto Emoji emoji graphics for pureog (``emoji: noto``): data only.

``PACK`` is the pack file pureog reads (``pureog.text.emoji_sets``): the SVG files Next.js fetches for
``emoji: 'noto'``, built with pureog's ``tools/gen_emoji_pack.py --files``. Licences: ``LICENSE.md``.
"""

from pathlib import Path

PACK = Path(__file__).resolve().parent / "noto.bin"
