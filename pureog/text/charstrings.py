"""fontTools' glyph sets made safe to draw from hostile fonts: CFF/CFF2 charstrings run under a work bound.

Role: fontTools interprets a CFF or CFF2 glyph's charstring in Python (``T2OutlineExtractor``), calling
subroutines recursively with no bound: subroutines that each call the next one twice and draw nothing ran
2^28 calls (minutes; the segment bound of ``text/outline.py`` sees no segment) with no deadline check.
A CFF2 ``blend`` sums a term per region of its variation data for each value it varies, work that the
render's variation budget did not see (``gvar`` and the item variation stores are charged:
``text/variation_cost.py``), and a ``blend`` whose count is past its operands looped over it.

:func:`bounded_glyph_set` wraps the glyph set fontTools returns: a CFF glyph is drawn by a subclass of
its own extractor that counts each charstring's bytes every time it runs (subroutine calls again) against
:data:`pureog.limits.MAX_CHARSTRING_WORK`, checks the deadline at each call, refuses calls nested past
:data:`_MAX_CALL_DEPTH` and a ``blend`` of more values than its operands, and charges each ``blend`` at
an instance to :func:`pureog.limits.charge_variations` (values x regions) before fontTools sums them.
Past a bound the glyph is broken (:class:`~pureog.errors.FontError`: it draws nothing); past the render's
variation budget or deadline, a :class:`~pureog.errors.LimitError`.

A ``VARC`` table (variable composites, which fontTools 4.69 draws recursively through its own glyph set,
out of the reach of these bounds) is not applied: the glyph's own outline is drawn, as opentype.js (Satori)
draws it, knowing no ``VARC``.

Input: a fontTools glyph set. Output: a glyph set whose glyphs ``draw`` under the bounds; ``width`` and
the rest read through. Imports :mod:`pureog.limits` and :mod:`pureog.errors`; fontTools only through the
glyph set's own objects.
"""

from __future__ import annotations

from typing import Any

from pureog.errors import FontError
from pureog.limits import MAX_CHARSTRING_WORK, charge_variations, check_deadline
from pureog.text.glyph_set_proxy import GlyphSetProxy

_MAX_CALL_DEPTH = 64
"""Charstrings running at once (the glyph's and the subroutines it calls): the CFF specification allows 10
levels of subroutine nesting, and fontTools recurses in Python for each (a subroutine calling itself went
on to Python's recursion limit)."""

_EXTRACTORS: dict[type, type] = {}


def bounded_glyph_set(glyph_set: Any) -> Any:
    """``glyph_set`` with its CFF glyphs drawn under the work bounds; a ``VARC`` glyph set is replaced by
    the outlines under it. A TrueType glyph set is returned as it is."""
    if hasattr(glyph_set, "varcTable") and hasattr(glyph_set, "glyphSet"):
        glyph_set = glyph_set.glyphSet  # fontTools' _TTGlyphSetVARC: the outlines it would compose
    if hasattr(glyph_set, "charStrings"):
        return _BoundedCFFGlyphSet(glyph_set)
    return glyph_set


class _BoundedCFFGlyphSet(GlyphSetProxy):
    """fontTools' CFF glyph set whose glyphs draw through :func:`_bounded_extractor`."""

    def __getitem__(self, name: str) -> _BoundedCFFGlyph:
        return _BoundedCFFGlyph(self._inner, self._inner[name], name)


class _BoundedCFFGlyph:
    """One glyph of a :class:`_BoundedCFFGlyphSet`: fontTools' ``_TTGlyphCFF`` with a bounded ``draw``."""

    def __init__(self, glyph_set: Any, glyph: Any, name: str) -> None:
        self._glyph_set = glyph_set
        self._glyph = glyph
        self._name = name

    def __getattr__(self, name: str) -> Any:
        return getattr(self._glyph, name)

    def draw(self, pen: Any) -> None:
        """Draw as ``T2CharString.draw`` does (same extractor, same arguments), under the bounds."""
        char_string = self._glyph_set.charStrings[self._name]
        private = char_string.private
        extractor = _bounded_extractor(char_string.outlineExtractor)(
            pen, getattr(private, "Subrs", []), char_string.globalSubrs, private.nominalWidthX,
            private.defaultWidthX, private, self._glyph_set.blender)
        extractor.execute(char_string)
        char_string.width = extractor.width

    def drawPoints(self, pen: Any) -> None:  # noqa: N802 - fontTools' glyph protocol
        from fontTools.pens.pointPen import SegmentToPointPen  # noqa: PLC0415

        self.draw(SegmentToPointPen(pen))


def _bounded_extractor(base: type) -> type:
    """A subclass of fontTools' outline extractor ``base`` counting its work (made once per class)."""
    bounded = _EXTRACTORS.get(base)
    if bounded is not None:
        return bounded

    class Bounded(base):  # type: ignore[misc]
        work = 0

        def execute(self, char_string: Any) -> Any:
            # each run of a charstring (the glyph's, each subroutine call) counts its bytes again
            code = char_string.bytecode if char_string.needsDecompilation() else char_string.program
            self.work += len(code) if code else 1
            if self.work > MAX_CHARSTRING_WORK:
                raise FontError(f"a glyph whose charstrings run more than {MAX_CHARSTRING_WORK:,} bytes "
                                "(subroutines called very many times; spec/limits.md)")
            if len(self.callingStack) >= _MAX_CALL_DEPTH:
                raise FontError(f"charstring subroutines nested more than {_MAX_CALL_DEPTH} deep")
            check_deadline()
            return super().execute(char_string)

        def op_blend(self, index: int) -> None:
            stack = self.operandStack
            count = stack[-1] if stack else 0
            regions = self.numRegions
            if regions is None:  # fontTools reads the private dict's vsindex on the first blend
                regions = self.private.getNumRegions()
            if not isinstance(count, int) or count < 0 or count * (regions + 1) > len(stack) - 1:
                raise FontError(f"a CFF2 blend of {count!r} values has too few operands")
            if self.blender is not None:  # at an instance: a term per region for each value blended
                charge_variations(count * max(1, regions))
            super().op_blend(index)

    _EXTRACTORS[base] = Bounded
    return Bounded
