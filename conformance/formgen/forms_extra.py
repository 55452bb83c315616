"""More input forms (see :mod:`.forms`): typeless and odd element types, props Next.js throws on, whitespace
and numeric children, style value spellings, image ``src`` and ``<svg>`` spellings, every preset tag.
Dev tool: stdlib only."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from conformance.formgen.forms import (
    _UNITLESS,
    FORMS,
    Form,
    Tree,
    _is_flex_div,
    _mapped,
    _retag,
    _style,
    _svg_markup,
)

# --- harder forms ------------------------------------------------------------------------------


def _typeless_wrapper(node: Tree) -> bool:
    """A fragment as ``JSON.stringify`` leaves it: React's Symbol type is dropped, the key stays."""
    kids = node["props"].get("children")
    if isinstance(kids, list) and len(kids) >= 2 and _style(node).get("display") == "flex":
        node["props"]["children"] = [kids[0], {"key": None, "ref": None, "props": {"children": kids[1:]}}]
        return True
    return False


def _type_null_wrapper(node: Tree) -> bool:
    kids = node["props"].get("children")
    if isinstance(kids, list) and len(kids) >= 2 and _style(node).get("display") == "flex":
        node["props"]["children"] = [{"type": None, "props": {"children": kids[:1]}}, *kids[1:]]
        return True
    return False


def _custom_props(node: Tree) -> bool:
    if node["type"] in ("div", "span", "img"):
        node["props"].update({"id": "x1", "title": "t", "data-testid": "card", "aria-label": "label",
                              "role": "img", "tabIndex": 0, "onClick": None, "hidden": False})
        return True
    return False


def _whitespace_between(node: Tree) -> bool:
    kids = node["props"].get("children")
    if isinstance(kids, list) and len(kids) >= 2 and all(isinstance(k, dict) for k in kids):
        out: list[Any] = []
        for kid in kids:
            out += ["\n    ", kid]
        node["props"]["children"] = out
        return True
    return False


def _padded_text(node: Tree) -> bool:
    kids = node["props"].get("children")
    if isinstance(kids, str):
        node["props"]["children"] = "  " + kids.replace(" ", "\n ", 1) + " \t"
        return True
    return False


def _zero_children(node: Tree) -> bool:
    kids = node["props"].get("children")
    if isinstance(kids, str) and _is_flex_div(node) and node["type"] != "svg":
        node["props"]["children"] = [kids, 0, -0.0, 1e21]
        return True
    return False


def _empty_list_children(node: Tree) -> bool:
    if "children" not in node["props"] and node["type"] == "div":
        node["props"]["children"] = [[], [None, []]]
        return _is_flex_div(node)
    return False


def _style_none_values(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict):
        style.update({"margin": None, "borderColor": None, "transform": None})
        return True
    return False


def _unitless_strings(node: Tree) -> bool:
    style = node["props"].get("style")
    changed = False
    if isinstance(style, dict):
        for key, value in style.items():
            if isinstance(value, int) and not isinstance(value, bool) and key not in _UNITLESS:
                style[key] = str(value)
                changed = True
    return changed


def _em_units(node: Tree) -> bool:
    style = node["props"].get("style")
    changed = False
    if isinstance(style, dict):
        for key in ("fontSize", "padding", "marginTop", "gap"):
            value = style.get(key)
            if isinstance(value, int) and value:
                style[key] = f"{value / 16:g}rem" if key == "fontSize" else f"{value / 18:g}em"
                changed = True
    return changed


def _important(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict) and isinstance(style.get("color"), str):
        style["color"] += " !important"
        return True
    return False


def _longhands(node: Tree) -> bool:
    style = node["props"].get("style")
    changed = False
    if isinstance(style, dict):
        padding = style.get("padding")
        if isinstance(padding, str) and padding.count(" ") == 1:
            vertical, horizontal = padding.split()
            del style["padding"]
            style.update({"paddingTop": vertical, "paddingBottom": vertical, "paddingLeft": horizontal,
                          "paddingRight": horizontal})
            changed = True
        border = style.get("border")
        if isinstance(border, str):
            width, kind, color = border.split()
            del style["border"]
            style.update({"borderWidth": width, "borderStyle": kind, "borderColor": color})
            changed = True
    return changed


def _weight_words(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict) and style.get("fontWeight") == 700:
        style["fontWeight"] = "bold"
        return True
    return False


def _weight_text(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict) and isinstance(style.get("fontWeight"), int):
        style["fontWeight"] = str(style["fontWeight"])
        return True
    return False


def _vendor_kebab(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict):
        style.update({"-webkit-font-smoothing": "antialiased", "-moz-osx-font-smoothing": "grayscale"})
        return True
    return False


def _img_natural(node: Tree) -> bool:
    if node["type"] == "img":
        del node["props"]["width"], node["props"]["height"]
        return True
    return False


def _img_width_only(node: Tree) -> bool:
    if node["type"] == "img":
        del node["props"]["height"]
        return True
    return False


def _img_extra_attrs(node: Tree) -> bool:
    if node["type"] == "img":
        node["props"].update({"alt": "", "loading": "lazy", "decoding": "async", "srcSet": None})
        return True
    return False


def _svg_falsy_children(node: Tree) -> bool:
    kids = node["props"].get("children")
    if node["type"] == "svg" and isinstance(kids, list):
        node["props"]["children"] = [None, kids[0], False, "", [kids[1:], 0], True]
        return True
    return False


def _svg_child_style(node: Tree) -> bool:
    if node["type"] == "rect":
        node["props"]["style"] = {"fill": node["props"].pop("fill"), "strokeWidth": node["props"].pop("strokeWidth")}
        return True
    return False


def _svg_attr_null(node: Tree) -> bool:
    if node["type"] == "rect":
        node["props"]["strokeDasharray"] = None
        return True
    return False


def _svg_number_attrs_as_text(node: Tree) -> bool:
    changed = False
    for key, value in list(node["props"].items()):
        if node["type"] in ("circle", "rect") and isinstance(value, int):
            node["props"][key] = str(value)
            changed = True
    return changed


def _svg_no_size(node: Tree) -> bool:
    if node["type"] == "svg":
        del node["props"]["width"]
        return True
    return False


def _img_svg_base64(node: Tree) -> bool:
    if node["type"] != "svg":
        return False
    import base64  # noqa: PLC0415

    markup = _svg_markup({"type": "svg", "props": {"xmlns": "http://www.w3.org/2000/svg", **node["props"]}})
    width, height = node["props"]["width"], node["props"]["height"]
    node["type"] = "img"
    node["props"] = {"src": "data:image/svg+xml;base64," + base64.b64encode(markup.encode()).decode(),
                     "width": width, "height": height}
    return True


def _spacer(extra: dict[str, Any]) -> Callable[[Tree], bool]:
    """A flex container given one more child, an element written without (or with odd) props."""
    def change(node: Tree) -> bool:
        kids = node["props"].get("children")
        if isinstance(kids, list) and len(kids) >= 2 and _style(node).get("display") == "flex":
            node["props"]["children"] = [*kids[:1], dict(extra), *kids[1:]]
            return True
        return False
    return change


def _component_type(value: Any) -> Callable[[Tree], bool]:
    """A component whose type JSON could not keep: a forwardRef object, a number, a list."""
    def change(node: Tree) -> bool:
        kids = node["props"].get("children")
        if isinstance(kids, list) and len(kids) >= 2 and _style(node).get("display") == "flex":
            node["props"]["children"] = [{"type": copy.deepcopy(value), "props": {"children": kids[:1]}}, *kids[1:]]
            return True
        return False
    return change


def _tw_conflict(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict) and "padding" in style and "backgroundColor" in style:
        node["props"]["tw"] = "  p-8 text-red-500 bg-black rounded-lg  "
        return True
    return False


def _viewbox_lower(node: Tree) -> bool:
    if node["type"] == "svg":
        node["props"]["viewbox"] = node["props"].pop("viewBox")
        return True
    return False


def _svg_color_from_style(node: Tree) -> bool:
    if node["type"] == "svg":
        node["props"]["style"] = {"color": "#cb4b16"}
        node["props"]["className"] = "icon"
        for kid in node["props"]["children"]:
            kid["props"]["fill"] = "currentColor"
        return True
    return False


def _camel_and_kebab(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict) and "fontSize" in style:
        style["font-size"] = style["fontSize"] + 6
        return True
    return False


def _whitespace_text(node: Tree) -> bool:
    kids = node["props"].get("children")
    if isinstance(kids, list) and len(kids) >= 2 and _style(node).get("display") == "flex":
        node["props"]["children"] = [kids[0], {"type": "span", "props": {"children": " "}}, *kids[1:]]
        return True
    return False


def _opacity_text(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict) and "color" in style:
        style["opacity"] = "0.75"
        style["borderWidth"] = "0"
        return True
    return False


def _src(edit: Callable[[str], str]) -> Callable[[Tree], bool]:
    def change(node: Tree) -> bool:
        if node["type"] == "img" and isinstance(node["props"].get("src"), str):
            node["props"]["src"] = edit(node["props"]["src"])
            return True
        return False
    return change


def _wrap76(uri: str) -> str:
    head, _, data = uri.partition(",")
    return head + "," + "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def _svg_uri_variant(kind: str) -> Callable[[Tree], bool]:
    def change(node: Tree) -> bool:
        if node["type"] != "svg":
            return False
        markup = _svg_markup({"type": "svg", "props": {"xmlns": "http://www.w3.org/2000/svg", **node["props"]}})
        width, height = node["props"]["width"], node["props"]["height"]
        if kind == "raw":
            src = "data:image/svg+xml;utf8," + markup
        elif kind == "charset":
            src = "data:image/svg+xml;charset=utf-8," + markup.replace("#", "%23")
        else:
            from urllib.parse import quote  # noqa: PLC0415

            src = "data:image/svg+xml," + quote(markup)
        node["type"] = "img"
        node["props"] = {"src": src, "width": width, "height": height}
        return True
    return change


HARD_FORMS: tuple[Form, ...] = (
    Form("src-quoted", "media", _mapped(_src(lambda s: f"'{s}'"))),
    Form("src-base64-wrapped", "media", _mapped(_src(_wrap76))),
    Form("src-charset-param", "media", _mapped(_src(lambda s: s.replace(";base64", ";charset=binary;base64")))),
    Form("src-upper-type", "media", _mapped(_src(lambda s: s.replace("image/png", "image/PNG")))),
    Form("svg-uri-raw-hash", "media", _mapped(_svg_uri_variant("raw"))),
    Form("svg-uri-charset", "media", _mapped(_svg_uri_variant("charset"))),
    Form("svg-uri-percent", "media", _mapped(_svg_uri_variant("percent"))),
    Form("tw-under-style", "style", _mapped(_tw_conflict)),
    Form("camel-and-kebab", "style", _mapped(_camel_and_kebab)),
    Form("number-strings", "style", _mapped(_opacity_text)),
    Form("space-span", "children", _mapped(_whitespace_text)),
    Form("svg-viewbox-lowercase", "media", _mapped(_viewbox_lower)),
    Form("svg-color-from-style", "media", _mapped(_svg_color_from_style)),
    *(Form(f"span-as-{tag}", "elements", _mapped(_retag("span", tag)))
      for tag in ("u", "s", "b", "i", "mark", "small", "big", "kbd", "pre", "h2", "h3", "h4", "h5", "h6", "hr",
                  "center", "blockquote", "label", "sub", "del")),
    *(Form(f"div-as-{tag}", "elements", _mapped(_retag("div", tag)))
      for tag in ("blockquote", "center", "p", "h3", "ul", "article")),
    Form("spacer-no-props", "react", _mapped(_spacer({"type": "div"}))),
    Form("spacer-props-null", "react", _mapped(_spacer({"type": "div", "props": None}))),
    Form("spacer-typeless-empty", "react", _mapped(_spacer({"props": {}}))),
    Form("type-forwardref-object", "react", _mapped(_component_type({"render": {}}))),
    Form("type-number", "react", _mapped(_component_type(7))),
    Form("type-list", "react", _mapped(_component_type(["div"]))),
    Form("fragment-typeless", "react", _mapped(_typeless_wrapper)),
    Form("type-null", "react", _mapped(_type_null_wrapper)),
    Form("custom-props", "react", _mapped(_custom_props)),
    Form("whitespace-between", "children", _mapped(_whitespace_between)),
    Form("padded-text", "children", _mapped(_padded_text)),
    Form("zero-and-big-numbers", "children", _mapped(_zero_children)),
    Form("empty-lists", "children", _mapped(_empty_list_children)),
    Form("style-none-values", "style", _mapped(_style_none_values)),
    Form("unitless-strings", "style", _mapped(_unitless_strings)),
    Form("em-rem", "style", _mapped(_em_units)),
    Form("important", "style", _mapped(_important)),
    Form("longhands", "style", _mapped(_longhands)),
    Form("weight-bold-word", "style", _mapped(_weight_words)),
    Form("weight-text", "style", _mapped(_weight_text)),
    Form("vendor-kebab", "style", _mapped(_vendor_kebab)),
    Form("img-natural-size", "media", _mapped(_img_natural)),
    Form("img-width-only", "media", _mapped(_img_width_only)),
    Form("img-extra-attrs", "media", _mapped(_img_extra_attrs)),
    Form("svg-falsy-children", "media", _mapped(_svg_falsy_children)),
    Form("svg-child-style", "media", _mapped(_svg_child_style)),
    Form("svg-attr-null", "media", _mapped(_svg_attr_null)),
    Form("svg-number-text-attrs", "media", _mapped(_svg_number_attrs_as_text)),
    Form("svg-height-only", "media", _mapped(_svg_no_size)),
    Form("svg-as-base64", "media", _mapped(_img_svg_base64)),
)
ALL_FORMS: tuple[Form, ...] = FORMS + HARD_FORMS
