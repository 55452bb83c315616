"""SVG conditional processing (``systemLanguage``, ``requiredFeatures``, ``requiredExtensions``) and
``<switch>``, as usvg 0.29 evaluates them (its ``switch`` module).

Every element that would be drawn is tested, inside or outside a ``<switch>``, and so is the root:
an element that fails draws nothing (nor do its children).
- ``requiredExtensions``: present at all (even empty), the test fails;
- ``requiredFeatures``: split on single spaces, every piece must be one of the SVG 1.1 feature strings
  usvg claims (:data:`FEATURES`; an empty attribute or a doubled space is an empty piece, which fails);
- ``systemLanguage``: split on commas, each trimmed; passes when one equals a user language (resvg's
  default, ``en``: case-sensitive) or starts with one followed by ``-`` (``en-US``). An empty value fails.
A ``<switch>`` draws only its first child element that passes; rosvgtree has dropped text, comments and
elements it does not know (``desc``, ``title``, ``foo``) before, so those are never picked, while a
known element that draws nothing (``defs``, ``linearGradient``) is, and the switch then draws nothing.
Imports only the tree's node type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pureog.images.svg.tree import SvgNode

_FEATURE = "http://www.w3.org/TR/SVG11/feature#"
FEATURES = frozenset(_FEATURE + name for name in (
    "SVGDOM-static", "SVG-static", "CoreAttribute", "Structure", "BasicStructure", "ContainerAttribute",
    "ConditionalProcessing", "Image", "Style", "Shape", "Text", "BasicText", "PaintAttribute",
    "BasicPaintAttribute", "OpacityAttribute", "GraphicsAttribute", "BasicGraphicsAttribute", "Marker",
    "Gradient", "Pattern", "Clip", "BasicClip", "Mask", "Filter", "BasicFilter", "XlinkAttribute",
))
"""The feature strings usvg 0.29 reports as supported (SVG 1.1 feature appendix)."""

LANGUAGES = ("en",)
"""resvg's default user languages (Next passes none of its own)."""

KNOWN = frozenset({
    "a", "circle", "clipPath", "defs", "ellipse", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite",
    "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood",
    "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode",
    "feMorphology", "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    "filter", "g", "image", "line", "linearGradient", "marker", "mask", "path", "pattern", "polygon", "polyline",
    "radialGradient", "rect", "stop", "svg", "switch", "symbol", "text", "textPath", "tref", "tspan", "use",
})
"""The elements rosvgtree 0.29 keeps (it knows ``style`` too, but drops it once read)."""


def _languages_pass(text: str) -> bool:
    for lang in text.split(","):
        lang = lang.strip()
        if lang in LANGUAGES:
            return True
        dash = lang.find("-")
        if dash >= 0 and lang[:dash] in LANGUAGES:
            return True
    return False


def passes(node: SvgNode) -> bool:
    """Whether the element's conditional-processing attributes let it draw (usvg's ``is_condition_passed``)."""
    attrs = node.attrs
    if "requiredExtensions" in attrs:
        return False
    features = attrs.get("requiredFeatures")
    if features is not None and any(f not in FEATURES for f in features.split(" ")):
        return False
    langs = attrs.get("systemLanguage")
    return langs is None or _languages_pass(langs)


def switch_child(node: SvgNode) -> SvgNode | None:
    """The one child a ``<switch>`` draws: its first known element that passes, or None."""
    for child in node.children:
        if child.tag in KNOWN and passes(child):
            return child
    return None


__all__ = ["FEATURES", "KNOWN", "LANGUAGES", "passes", "switch_child"]
