"""SVG ``filter="url(#id) ..."`` -> :class:`~pureog.display.FilterGraph` s, as usvg 0.29 converts them.

Input: the filtered element, its object bounding box (or None), the context. Output: the graphs in
order, an empty tuple for no filter, or None when usvg skips the element (a ``url()`` naming nothing,
or a filter without valid primitives, and no other valid filter in the list).

usvg: filterUnits (objectBoundingBox by default) place the region (default -10%, -10%, 120%, 120%),
read along the ``href`` chain, and the primitives come from the first filter of the chain that has
children. primitiveUnits (userSpaceOnUse by default) give the primitives' x/y/width/height (fractions
of the region when objectBoundingBox) and, scaled by the box, their deviations, offsets and radii. A
missing ``in`` is the previous result (SourceGraphic first); an ``in`` naming no earlier result falls
back the same way; results without a name get ``resultN``. ``color-interpolation-filters`` is
inherited (linearRGB by default). Every primitive resvg has is converted (feImage: the element it
names, or a data URI's picture); a primitive usvg finds malformed (a convolution kernel of the wrong
size, a lighting without a light source, an feImage naming nothing drawable) is a transparent flood,
as usvg's dummy. CSS filter functions in the attribute are not
drawn (the element is).
Imports display, geometry and the renderer's helpers.
"""

from __future__ import annotations

import math

from pureog.color import BLACK, Color
from pureog.display import (
    BlendMode,
    ColorMatrixKind,
    CompositeOperator,
    DiscreteTransfer,
    DistantLight,
    FeBlend,
    FeColorMatrix,
    FeComponentTransfer,
    FeComposite,
    FeConvolveMatrix,
    FeDisplacementMap,
    FeDropShadow,
    FeFlood,
    FeGaussianBlur,
    FeImage,
    FeLighting,
    FeMerge,
    FeMorphology,
    FeOffset,
    FeTile,
    FeTurbulence,
    FilterGraph,
    FilterOp,
    FilterPrimitive,
    FilterQuality,
    GammaTransfer,
    LightSource,
    LinearTransfer,
    PointLight,
    SpotLight,
    SvgTransfer,
    TableTransfer,
)
from pureog.f32 import as_i32
from pureog.geometry import Rect
from pureog.images.svg.context import DEFAULTS, Context, charge, color, draw_referenced, href, inherited_state
from pureog.images.svg.filter_functions import UNCLAMPED, filter_items
from pureog.images.svg.paint import linked_attr
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import length, number_list, opacity, parse_aspect, strict_number

_SOURCES = ("SourceGraphic", "SourceAlpha", "BackgroundImage", "BackgroundAlpha", "FillPaint", "StrokePaint")
_IDENTITY = (1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0)
_DUMMY = FeFlood(Color(0, 0, 0, 0.0))


class _Builder:
    def __init__(self, ctx: Context, scale_x: float, scale_y: float) -> None:
        self.ctx = ctx
        self.sx = scale_x  # objectBoundingBox primitive units: lengths are fractions of the box
        self.sy = scale_y
        self.primitives: list[FilterPrimitive] = []
        self.names: set[str] = set()
        self.index = 1

    def input(self, node: SvgNode, name: str = "in") -> str:
        value = node.attrs.get(name)
        if value is not None:
            value = value.strip()
            if value in _SOURCES or any(p.result == value for p in self.primitives):
                return value
        return self.primitives[-1].result if self.primitives else "SourceGraphic"

    def result(self, node: SvgNode) -> str:
        value = node.attrs.get("result")
        if value is not None:
            self.names.add(value)
            self.index += 1
            return value
        while True:
            name = f"result{self.index}"
            self.index += 1
            if name not in self.names:
                return name

    def flood_color(self, node: SvgNode, st: dict[str, str]) -> Color:
        c = color(node.attrs.get("flood-color", "black"), st) or BLACK
        return c.with_alpha(c.a * opacity(node.attrs.get("flood-opacity")))

    def std_dev(self, node: SvgNode, default: str) -> tuple[float, float]:
        values = number_list(node.attrs.get("stdDeviation", default)) or []
        if len(values) == 1:
            x = y = values[0]
        elif len(values) == 2:
            x, y = values
        else:
            x = y = 0.0
        return max(x, 0.0) * self.sx, max(y, 0.0) * self.sy

    def op(self, node: SvgNode, st: dict[str, str]) -> FilterOp | None:
        tag = node.tag
        attrs = node.attrs

        def num(name: str, default: float) -> float:
            value = strict_number(attrs.get(name))
            return default if value is None else value

        if tag == "feFlood":
            return FeFlood(self.flood_color(node, st))
        if tag == "feGaussianBlur":
            return FeGaussianBlur(self.input(node), *self.std_dev(node, "0 0"))
        if tag == "feOffset":
            return FeOffset(self.input(node), num("dx", 0.0) * self.sx, num("dy", 0.0) * self.sy)
        if tag == "feDropShadow":
            sdx, sdy = self.std_dev(node, "2 2")
            return FeDropShadow(self.input(node), num("dx", 2.0) * self.sx, num("dy", 2.0) * self.sy, sdx, sdy,
                                self.flood_color(node, st))
        if tag == "feBlend":
            try:
                mode = BlendMode((attrs.get("mode") or "normal").strip())
            except ValueError:
                mode = BlendMode.NORMAL
            return FeBlend(self.input(node), self.input(node, "in2"), mode)
        if tag == "feComposite":
            try:
                operator = CompositeOperator((attrs.get("operator") or "over").strip())
            except ValueError:
                operator = CompositeOperator.OVER
            ks = (num("k1", 0.0), num("k2", 0.0), num("k3", 0.0), num("k4", 0.0))
            return FeComposite(self.input(node), self.input(node, "in2"), operator, *ks)
        if tag == "feMerge":
            return FeMerge(tuple(self.input(child) for child in node.children))
        if tag == "feTile":
            return FeTile(self.input(node))
        if tag == "feColorMatrix":
            return self._color_matrix(node)
        if tag == "feComponentTransfer":
            funcs: dict[str, SvgTransfer | None] = {"R": None, "G": None, "B": None, "A": None}
            for child in node.children:
                if child.tag in ("feFuncR", "feFuncG", "feFuncB", "feFuncA"):
                    found = _transfer(child)
                    if found is not False:
                        funcs[child.tag[-1]] = found  # type: ignore[assignment]
            return FeComponentTransfer(self.input(node), funcs["R"], funcs["G"], funcs["B"], funcs["A"])
        if tag == "feMorphology":
            return self._morphology(node)
        if tag == "feConvolveMatrix":
            return convolve_matrix(node, self.input(node)) or _DUMMY
        if tag == "feDisplacementMap":
            scale = num("scale", 0.0)
            return FeDisplacementMap(self.input(node), self.input(node, "in2"), scale * self.sx, scale * self.sy,
                                     _channel(attrs.get("xChannelSelector")), _channel(attrs.get("yChannelSelector")))
        if tag == "feTurbulence":
            return FeTurbulence(*turbulence_params(number_list(attrs.get("baseFrequency"), strict=True),
                                             strict_number(attrs.get("numOctaves")), strict_number(attrs.get("seed")),
                                             attrs.get("stitchTiles"), attrs.get("type")))
        if tag in ("feDiffuseLighting", "feSpecularLighting"):
            return lighting(node, self.input(node), st) or _DUMMY
        if tag == "feImage":
            return self._image(node, st)
        return None

    def _image(self, node: SvgNode, st: dict[str, str]) -> FilterOp:
        """usvg 0.29's ``convert_image``: an ``href`` naming an element draws that element (as usvg converts
        it where it stands: its own transform and group effects, its ancestors' inherited properties);
        any other ``href`` must be a data URI of a picture; else (or when the element draws nothing to
        convert) a transparent flood."""
        text = (node.attrs.get("href") or node.attrs.get("xlink:href") or "").strip()
        ctx = self.ctx
        ref = ctx.ids.get(text[1:]) if text.startswith("#") else None
        if ref is not None:
            if ctx.draw is None or id(ref) in ctx.busy or ctx.depth > 8:
                return _DUMMY  # rosvgtree breaks an feImage that (through filters) draws itself
            parent = ctx.parents.get(id(ref))
            inherited = inherited_state(parent, ctx) if parent is not None else dict(DEFAULTS)
            ctx.busy.add(id(ref))
            ctx.depth += 1
            try:
                nodes = draw_referenced(ctx, (ref,), inherited, 1.0)
            finally:
                ctx.depth -= 1
                ctx.busy.discard(id(ref))
            return FeImage(tuple(nodes), True) if nodes else _DUMMY
        from pureog.images.svg.image import picture  # noqa: PLC0415  (feImage is rare)

        rendering = (st.get("image-rendering") or "").strip()
        found = picture(text, ctx, FilterQuality.NEAREST if rendering in ("optimizeSpeed", "pixelated")
                        else FilterQuality.BICUBIC)
        if found is None:
            return _DUMMY
        nodes, w, h = found
        align, slice_ = parse_aspect(node.attrs.get("preserveAspectRatio"))
        return FeImage(tuple(nodes), False, w, h, align, slice_)

    def _color_matrix(self, node: SvgNode) -> FeColorMatrix:
        kind = (node.attrs.get("type") or "").strip()
        values = number_list(node.attrs.get("values"))
        src = self.input(node)
        if kind == "saturate" and values is not None:
            amount = max(0.0, values[0]) if values else 1.0
            if UNCLAMPED not in node.attrs:  # a saturate() function's amount is not clamped
                amount = min(1.0, amount)
            return FeColorMatrix(src, ColorMatrixKind.SATURATE, (amount,))
        if kind == "hueRotate" and values is not None:
            return FeColorMatrix(src, ColorMatrixKind.HUE_ROTATE, (values[0] if values else 0.0,))
        if kind == "luminanceToAlpha":
            return FeColorMatrix(src, ColorMatrixKind.LUMINANCE_TO_ALPHA)
        if kind not in ("saturate", "hueRotate") and values is not None and len(values) == 20:
            return FeColorMatrix(src, ColorMatrixKind.MATRIX, tuple(values))
        return FeColorMatrix(src, ColorMatrixKind.MATRIX, _IDENTITY)

    def _morphology(self, node: SvgNode) -> FeMorphology:
        dilate = (node.attrs.get("operator") or "").strip() == "dilate"
        rx = ry = 1.0
        values = number_list(node.attrs.get("radius"))
        if values is not None:
            x, y = (values[0], values[1]) if len(values) == 2 else ((values[0], values[0]) if len(values) == 1
                                                                     else (0.0, 0.0))
            if x == 0.0 and y == 0.0:
                x = y = 1.0
            if x == 0.0:
                x = 1.0
            if y == 0.0:
                y = 1.0
            if x >= 0 and y >= 0:
                rx, ry = x, y
        return FeMorphology(self.input(node), dilate, rx * self.sx, ry * self.sy)


def turbulence_params(base_frequency: list[float] | None, num_octaves: float | None, seed: float | None,
                stitch_tiles: str | None, kind: str | None) -> tuple[float, float, int, int, bool, bool]:
    """usvg 0.29's ``convert_turbulence`` on the parsed attributes -> (base_frequency_x,
    base_frequency_y, num_octaves, seed, stitch_tiles, fractal_noise).

    ``base_frequency``: the ``baseFrequency`` number list (rosvgtree ``Vec<f64>``: None when absent or
    when any item fails to parse); one number is used for both axes, two for x and y, any other count,
    or any number with a negative sign (``-0`` too), gives 0 0. ``num_octaves``/``seed``: the attribute
    parsed as one number (svgtypes ``Number``: None when absent or invalid); numOctaves defaults to 1,
    negative -> 0, then rounded half away from zero (``round() as u32``, saturating); seed defaults to 0
    and is *truncated* (``trunc() as i32``, not rounded as the spec says). ``stitch_tiles``: exactly
    ``"stitch"`` stitches; ``kind``: exactly ``"fractalNoise"``, anything else is turbulence (the raw
    attribute strings, unstripped)."""
    bx = by = 0.0
    if base_frequency is not None:
        x = y = 0.0
        if len(base_frequency) == 2:
            x, y = base_frequency
        elif len(base_frequency) == 1:
            x = y = base_frequency[0]
        if math.copysign(1.0, x) > 0 and math.copysign(1.0, y) > 0:
            bx, by = x, y
    octaves = 1.0 if num_octaves is None else num_octaves
    if math.copysign(1.0, octaves) < 0:
        octaves = 0.0
    if math.isfinite(octaves):
        n = math.trunc(octaves)
        if octaves - n >= 0.5:  # f64::round: half away from zero (octaves >= 0 here)
            n += 1
        n = min(n, 0xFFFFFFFF)
    else:
        n = 0xFFFFFFFF if octaves > 0 else 0
    s = 0.0 if seed is None else seed
    seed_i = as_i32(s)  # trunc() as i32: truncation, saturating
    return bx, by, n, seed_i, stitch_tiles == "stitch", kind == "fractalNoise"


def _channel(value: str | None) -> str:
    """usvg's channel selector: exactly R, G or B, anything else (or nothing) the alpha channel."""
    return value if value in ("R", "G", "B") else "A"


def convolve_matrix(node: SvgNode, src: str) -> FeConvolveMatrix | None:
    """usvg 0.29's ``convert_convolve_matrix``; None where it makes the primitive transparent (a kernel
    of the wrong length, a zero divisor, a target outside the kernel)."""
    attrs = node.attrs
    columns = rows = 3
    order = number_list(attrs.get("order"))
    if order:
        x = int(order[0])  # ``n as i32``: truncated
        y = int(order[1]) if len(order) > 1 else x
        if x > 0 and y > 0:
            columns, rows = x, y
    values = number_list(attrs.get("kernelMatrix"), strict=True) or []
    kernel = tuple(values) if len(values) == columns * rows else ()
    if len(kernel) != columns * rows:
        return None
    kernel_sum = round(math.fsum(kernel) * 1_000_000.0) / 1_000_000.0  # usvg rounds off float noise
    divisor = strict_number(attrs.get("divisor"))
    if divisor is None:
        divisor = kernel_sum if abs(kernel_sum) > 1e-300 else 1.0
    if abs(divisor) < 1e-300:
        return None

    def target(name: str, order: int) -> int | None:
        value = strict_number(attrs.get(name))
        t = int(value) if value is not None else order // 2
        return t if 0 <= t < order else None

    tx, ty = target("targetX", columns), target("targetY", rows)
    if tx is None or ty is None:
        return None
    edge_mode = attrs.get("edgeMode")
    bias = strict_number(attrs.get("bias"))
    return FeConvolveMatrix(src, columns, rows, tx, ty, kernel, divisor, 0.0 if bias is None else bias,
                            edge_mode if edge_mode in ("none", "wrap") else "duplicate",
                            attrs.get("preserveAlpha") == "true")


def lighting(node: SvgNode, src: str, st: dict[str, str]) -> FeLighting | None:
    """usvg 0.29's ``convert_diffuse_lighting`` / ``convert_specular_lighting``; None where usvg makes
    the primitive transparent (no light source child, a specular exponent outside 1..128). Light
    positions stay in user units whatever ``primitiveUnits`` says, as in usvg 0.29."""
    attrs = node.attrs

    def num(element: SvgNode, name: str, default: float) -> float:
        value = strict_number(element.attrs.get(name))
        return default if value is None else value

    light = next((c for c in node.children if c.tag in ("feDistantLight", "fePointLight", "feSpotLight")), None)
    if light is None:
        return None
    source: LightSource
    if light.tag == "feDistantLight":
        source = DistantLight(num(light, "azimuth", 0.0), num(light, "elevation", 0.0))
    elif light.tag == "fePointLight":
        source = PointLight(num(light, "x", 0.0), num(light, "y", 0.0), num(light, "z", 0.0))
    else:
        exponent = num(light, "specularExponent", 1.0)
        source = SpotLight(num(light, "x", 0.0), num(light, "y", 0.0), num(light, "z", 0.0),
                           num(light, "pointsAtX", 0.0), num(light, "pointsAtY", 0.0), num(light, "pointsAtZ", 0.0),
                           exponent if exponent >= 0.0 else 1.0, strict_number(light.attrs.get("limitingConeAngle")))
    specular: float | None = None
    if node.tag == "feSpecularLighting":
        specular = num(node, "specularExponent", 1.0)
        if not 1.0 <= specular <= 128.0:
            return None
    constant = num(node, "specularConstant" if specular is not None else "diffuseConstant", 1.0)
    return FeLighting(src, num(node, "surfaceScale", 1.0), constant, specular,
                      _lighting_color(attrs.get("lighting-color"), st), source)


def _lighting_color(value: str | None, st: dict[str, str]) -> tuple[int, int, int]:
    """usvg's ``convert_lighting_color``: white when absent or unreadable, the inherited ``color`` (black
    by default) for ``currentColor``; its alpha is dropped."""
    if value is None:
        return (255, 255, 255)
    found = color(value if value != "currentColor" else st.get("color", "black"), st)
    if found is None:
        return (255, 255, 255) if value != "currentColor" else (0, 0, 0)
    r, g, b, _ = found.rgba8()
    return (r, g, b)


def _transfer(node: SvgNode) -> SvgTransfer | None | bool:
    """A feFunc element's function; None: identity; False: no valid type (the channel is left alone)."""
    kind = (node.attrs.get("type") or "").strip()

    def num(name: str, default: float) -> float:
        value = strict_number(node.attrs.get(name))
        return default if value is None else value

    if kind == "identity":
        return None
    if kind in ("table", "discrete"):
        values = tuple(number_list(node.attrs.get("tableValues")) or ())
        return TableTransfer(values) if kind == "table" else DiscreteTransfer(values)
    if kind == "linear":
        return LinearTransfer(num("slope", 1.0), num("intercept", 0.0))
    if kind == "gamma":
        return GammaTransfer(num("amplitude", 1.0), num("exponent", 1.0), num("offset", 0.0))
    return False


def _with_primitives(node: SvgNode, ctx: Context) -> SvgNode | None:
    cur: SvgNode | None = node
    for _ in range(16):
        if cur is None or cur.tag != "filter":
            return None
        if cur.children:
            return cur
        cur = href(cur, ctx)
    return None


def _graph(node: SvgNode, bbox: Rect | None, ctx: Context) -> FilterGraph | None | bool:
    """One ``<filter>``; None: invalid (usvg's Err); True: valid but draws nothing (no box)."""
    obb = (linked_attr(node, "filterUnits", ctx) or "").strip() != "userSpaceOnUse"
    prim_obb = (linked_attr(node, "primitiveUnits", ctx) or "").strip() == "objectBoundingBox"
    bw, bh = (1.0, 1.0) if obb else (ctx.view_w, ctx.view_h)
    x = length(linked_attr(node, "x", ctx), -0.1 * bw, bw)
    y = length(linked_attr(node, "y", ctx), -0.1 * bh, bh)
    w = length(linked_attr(node, "width", ctx), 1.2 * bw, bw)
    h = length(linked_attr(node, "height", ctx), 1.2 * bh, bh)
    if not (w > 0 and h > 0):
        return None
    source = _with_primitives(node, ctx)
    if source is None:
        return None
    box = bbox if bbox is not None and bbox.width > 0 and bbox.height > 0 else None
    builder = _Builder(ctx, box.width if prim_obb and box else 1.0, box.height if prim_obb and box else 1.0)
    pw, ph = (1.0, 1.0) if prim_obb else (ctx.view_w, ctx.view_h)
    for child in source.children:
        charge(ctx, 10)  # hostile input: thousands of primitives
        st = inherited_state(child, ctx)
        op = builder.op(child, st)
        if op is None:
            continue

        def opt(name: str, basis: float, child: SvgNode = child) -> float | None:
            text = child.attrs.get(name)
            return None if text is None else length(text, 0.0, basis)

        linear = st.get("color-interpolation-filters", "linearRGB").strip() != "sRGB"
        builder.primitives.append(FilterPrimitive(op, builder.result(child), linear, opt("x", pw), opt("y", ph),
                                                  opt("width", pw), opt("height", ph)))
    if not builder.primitives:
        return None
    if obb:
        if box is None:
            return True  # resvg: an objectBoundingBox region needs a box; nothing is drawn
        x, y, w, h = x * box.width + box.x, y * box.height + box.y, w * box.width, h * box.height
    prim_box = (box or Rect(0.0, 0.0, 0.0, 0.0)) if prim_obb else None
    return FilterGraph(Rect(x, y, w, h), tuple(builder.primitives), prim_box)


def filters_of(node: SvgNode, bbox: Rect | None, ctx: Context) -> tuple[FilterGraph, ...] | bool | None:
    """The element's filter graphs; None: usvg skips the element; False: drawn without filter; True:
    filtered to nothing (not drawn either, but valid)."""
    text = (node.attrs.get("filter") or "").strip()
    if not text or text == "none":
        return False
    items = filter_items(text, inherited_state(node, ctx).get("color", "black"))
    if not items:
        return False  # usvg drops a list it cannot read whole: no filter
    graphs: list[FilterGraph] = []
    invalid = False
    empty = False
    for item in items:
        if isinstance(item, SvgNode):
            ref: SvgNode | None = item
        else:
            ref = ctx.ids.get(item)
            if ref is None or ref.tag != "filter":
                invalid = True
                continue
        assert ref is not None
        found = _graph(ref, bbox, ctx)
        if found is None:
            invalid = True
        elif found is True:
            empty = True
        elif isinstance(found, FilterGraph):
            graphs.append(found)
    if empty:
        return True
    if not graphs:
        return None if invalid else False
    return tuple(graphs)


def needs_bbox(node: SvgNode, ctx: Context) -> bool:
    for item in filter_items((node.attrs.get("filter") or "").strip(), "black") or ():
        if isinstance(item, SvgNode):
            return True  # a filter function's region is in objectBoundingBox units
        ref = ctx.ids.get(item)
        if ref is None or ref.tag != "filter":
            continue
        if (linked_attr(ref, "filterUnits", ctx) or "").strip() != "userSpaceOnUse":
            return True
        if (linked_attr(ref, "primitiveUnits", ctx) or "").strip() == "objectBoundingBox":
            return True
    return False


__all__ = ["filters_of", "needs_bbox"]
