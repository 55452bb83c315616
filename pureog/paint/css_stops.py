"""Gradient stops resolved to fractions of the gradient line, and what CSS does with them that Satori does not.

Role: :class:`Stop` is a stop after Satori's ``normalizeStops`` (paint/background.py). Layers read as
CSS reads them (``features: browser``, a ``background`` shorthand Next.js throws on) then get what
Chromium draws: colour hints turned into stops on CSS's curve (:func:`hints_as_stops`), and
premultiplied mixing expressed in stops that the rasterizer mixes with straight alpha, as SVG and
resvg mix them (:func:`premultiplied_mix`); the stops they add count against the render's gradient
stops (``limits.charge_gradient_stops``). Imports no text or raster.
"""

from __future__ import annotations

import math

from pureog.color import Color
from pureog.limits import charge_gradient_stops
from pureog.records import mutable_record


@mutable_record
class Stop:
    """A stop at ``offset`` (a fraction of the gradient line; None until spread between its neighbours);
    ``hint``: a colour hint (features: browser), not a colour."""

    offset: float | None
    color: Color
    hint: bool = False


# Where a colour hint becomes stops: nine between its two stops, seven on the longer side (thirteenths
# of it, the half next to the hint, the hint included) and two on the shorter (its thirds): the curve
# bends most near the hint.
_TO_HINT = tuple(k / 13 for k in range(7, 14))
_FROM_HINT = tuple(k / 13 for k in range(7))
_THIRDS = (1 / 3, 2 / 3)


def hints_as_stops(stops: list[Stop]) -> list[Stop]:
    """Colour hints (features: browser) replaced by stops on CSS's curve (CSS Images 4, section 3.5.3):
    between stops at ``a`` and ``b`` with the hint at ``h``, the colour at ``x`` mixes the two by
    ``t ** (ln 0.5 / ln m)``, ``t = (x - a) / (b - a)``, ``m = (h - a) / (b - a)``; sampled at nine points
    as a browser approximates it. Positions are first clamped to never go back (CSS's stop fix-up)."""
    top = 0.0
    for stop in stops:
        top = stop.offset = max(top, stop.offset or 0.0)
    out: list[Stop] = []
    for i, stop in enumerate(stops):
        if not stop.hint:
            out.append(stop)
            continue
        if i + 1 >= len(stops) or not out:
            continue
        left, right = out[-1], stops[i + 1]
        a, b, h = left.offset or 0.0, right.offset or 0.0, stop.offset or 0.0
        if b <= a:
            continue
        m = (h - a) / (b - a)
        if m <= 0.0:
            out.append(Stop(a, right.color))  # the hint on the left stop: the right colour at once
        elif m >= 1.0:
            out.append(Stop(b, left.color))
        elif m != 0.5:  # a hint half way is the straight line already
            if h - a > b - h:
                points = [a + (h - a) * f for f in _TO_HINT] + [h + (b - h) * f for f in _THIRDS]
            else:
                points = [a + (h - a) * f for f in _THIRDS] + [h + (b - h) * f for f in _FROM_HINT]
            power = math.log(0.5) / math.log(m)
            out += [Stop(x, _mix(left.color, right.color, ((x - a) / (b - a)) ** power)) for x in points]
    charge_gradient_stops(max(0, len(out) - len(stops)))  # what the hints add (spec/limits.md)
    return out


_PREMULTIPLIED_STEPS = 8  # sub-stops of a span between two translucent colours (premultiplied curve)


def premultiplied_mix(stops: list[Stop]) -> list[Stop]:
    """Stops that, mixed with straight alpha as the rasterizer mixes them (SVG's, resvg's), draw what
    CSS's premultiplied mixing draws (Chromium's): an end that is fully transparent takes its
    neighbour's colour (exact: only the alpha then changes), and a span between two translucent
    colours of different alpha is cut into :data:`_PREMULTIPLIED_STEPS` whose ends lie on the
    premultiplied curve."""
    out: list[Stop] = []
    for i, stop in enumerate(stops):
        color = stop.color
        if color.a <= 0.0:
            before = stops[i - 1].color if i > 0 else None
            after = stops[i + 1].color if i + 1 < len(stops) else None
            if before is not None and before.a > 0 and after is not None and after.a > 0 and before != after:
                out.append(Stop(stop.offset, Color(before.r, before.g, before.b, 0.0)))  # two colours meet here
                color = Color(after.r, after.g, after.b, 0.0)
            elif (near := before if before is not None and before.a > 0 else after) is not None and near.a > 0:
                color = Color(near.r, near.g, near.b, 0.0)
        elif out and 0.0 < out[-1].color.a != color.a and out[-1].color.with_alpha(1.0) != color.with_alpha(1.0):
            left = out[-1]
            a, b = left.offset or 0.0, stop.offset or 0.0
            out += [Stop(a + (b - a) * k / _PREMULTIPLIED_STEPS, _premultiplied_at(left.color, color,
                                                                                   k / _PREMULTIPLIED_STEPS))
                    for k in range(1, _PREMULTIPLIED_STEPS)]
        out.append(Stop(stop.offset, color))
    charge_gradient_stops(len(out) - len(stops))  # what the spans cut and the meeting ends add (spec/limits.md)
    return out


def _premultiplied_at(first: Color, second: Color, weight: float) -> Color:
    """The colour ``weight`` of the way from ``first`` to ``second`` mixed premultiplied, straight again."""
    alpha = first.a + (second.a - first.a) * weight
    if alpha <= 0.0:
        return Color(first.r, first.g, first.b, 0.0)

    def channel(x: int, y: int) -> int:
        return int((x * first.a + (y * second.a - x * first.a) * weight) / alpha + 0.5)

    return Color(channel(first.r, second.r), channel(first.g, second.g), channel(first.b, second.b), alpha)


def _mix(first: Color, second: Color, weight: float) -> Color:
    """``first`` moved ``weight`` of the way to ``second``, channel by channel."""
    def channel(x: int, y: int) -> int:
        return int(x + (y - x) * weight + 0.5)

    return Color(channel(first.r, second.r), channel(first.g, second.g), channel(first.b, second.b),
                 first.a + (second.a - first.a) * weight)
