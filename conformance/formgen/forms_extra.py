"""More input forms (see :mod:`.forms`): typeless and odd element types, props Next.js throws on, whitespace
and numeric children, style value spellings, image ``src`` and ``<svg>`` spellings, every preset tag.
Dev tool: stdlib only."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from conformance.formgen.forms import (
    _UNITLESS,
    FORMS,
    Form,
    Tree,
    Variant,
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


def _prop_on_leaves(key: str, value: Any) -> Callable[[Tree], bool]:
    """``{cond && ...}`` and ``{x ?? null}`` props of JSX: a falsy value on the text leaves."""
    def change(node: Tree) -> bool:
        if isinstance(node["props"].get("children"), str) and "style" not in node["props"]:
            node["props"][key] = copy.deepcopy(value)
            return True
        if isinstance(node["props"].get("children"), str) and key not in ("style",):
            node["props"][key] = copy.deepcopy(value)
            return True
        return False
    return change


def _style_value(key: str, value: Any) -> Callable[[Tree], bool]:
    def change(node: Tree) -> bool:
        style = node["props"].get("style")
        if isinstance(style, dict) and isinstance(node["props"].get("children"), str):
            style[key] = value
            return True
        return False
    return change


def _svg_title(node: Tree) -> bool:
    if node["type"] == "svg":
        node["props"]["children"] = [{"type": "title", "props": {"children": "Logo"}},
                                     {"type": "desc", "props": {"children": ["A ", 2, " part mark"]}},
                                     *node["props"]["children"]]
        return True
    return False


def _svg_xlink(node: Tree) -> bool:
    if node["type"] == "svg":
        node["props"].update({"xmlnsXlink": "http://www.w3.org/1999/xlink", "version": "1.1",
                              "xmlns": "http://www.w3.org/2000/svg", "aria-hidden": "true", "focusable": "false"})
        return True
    return False


def _svg_child_color(node: Tree) -> bool:
    if node["type"] == "rect":
        node["props"]["style"] = {"color": "#859900"}
        node["props"]["fill"] = "currentColor"
        node["props"]["stroke"] = "currentcolor"
        return True
    return False


def _svg_size_in_style(node: Tree) -> bool:
    if node["type"] == "svg":
        node["props"]["style"] = {"width": node["props"].pop("width"), "height": node["props"].pop("height")}
        return True
    return False


def _svg_group(node: Tree) -> bool:
    if node["type"] == "svg":
        node["props"]["children"] = {"type": "g", "props": {"fill": "#6c71c4", "children": [
            {"key": "a", "props": {"children": node["props"]["children"]}}]}}
        return True
    return False


def _mixed(tag: str, container: str | None) -> Callable[[Tree], bool]:
    """Text with an inline element in it (``<span>Hello <b>world</b></span>``), in a span or retagged."""
    def change(node: Tree) -> bool:
        kids = node["props"].get("children")
        if isinstance(kids, str) and " " in kids and node["type"] == "span":
            head, _, tail = kids.partition(" ")
            node["props"]["children"] = [head + " ", {"type": tag, "props": {"children": tail}}]
            if container:
                node["type"] = container
            return True
        return False
    return change


def _clamp(extra: dict[str, Any]) -> Callable[[Tree], bool]:
    """Copy-pasted truncation snippets on the longest text leaf's element."""
    def change(node: Tree) -> bool:
        kids = node["props"].get("children")
        if isinstance(kids, str) and len(kids) > 40 and isinstance(node["props"].get("style"), dict):
            node["props"]["style"].update(extra)
            return True
        return False
    return change


def _div_text_as(value: Any) -> Callable[[Tree], bool]:
    def change(node: Tree) -> bool:
        if node["type"] == "div" and isinstance(node["props"].get("children"), str) and not _is_flex_div(node):
            node["props"]["children"] = copy.deepcopy(value)
            return True
        return False
    return change


def _snake_keys(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict) and any(k != k.lower() for k in style):
        node["props"]["style"] = {re.sub("[A-Z]", lambda m: "_" + m[0].lower(), k): v for k, v in style.items()}
        return True
    return False


def _key_spelling(spell: Callable[[str], str]) -> Callable[[Tree], bool]:
    """Style keys respelled (the font size key only): Satori camelizes kebab keys and matches exactly."""
    def change(node: Tree) -> bool:
        style = node["props"].get("style")
        if isinstance(style, dict) and "fontSize" in style:
            node["props"]["style"] = {spell(k) if k == "fontSize" else k: v for k, v in style.items()}
            return True
        return False
    return change


def _tw_key_order(node: Tree) -> bool:
    """``Object.assign(twStyles, style)``: a style key tw also sets keeps tw's place in the key order."""
    style = node["props"].get("style")
    if isinstance(style, dict) and "padding" in style:
        style["paddingLeft"] = 2
        node["props"]["tw"] = "pl-12 mt-1"
        return True
    return False


def _foreign_numbers(tree: Tree) -> Variant | None:
    """pureog is given the tree with every number a ``Decimal`` (as numpy's scalars, what Python cards
    built from data carry); the reference the JSON numbers they stand for. Not for the slice (no JSON)."""
    from decimal import Decimal  # noqa: PLC0415

    def convert(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [convert(v) for v in value]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return Decimal(repr(value))
        return value

    source = convert(tree)
    return Variant(tree, source) if source != tree or "Decimal" in repr(source) else None


def _svg_child_style_key(key: str) -> Callable[[Tree], bool]:
    """An <svg> child's style object with a respelled key: Satori writes the raw key, hyphenating capitals."""
    def change(node: Tree) -> bool:
        if node["type"] == "rect":
            node["props"]["style"] = {key: 5}
            return True
        return False
    return change


def _text_spaces(space: str) -> Callable[[Tree], bool]:
    """Every space of the text leaves written another way (CRLF from Windows files, tabs, NBSP, ...)."""
    def change(node: Tree) -> bool:
        kids = node["props"].get("children")
        if isinstance(kids, str) and " " in kids:
            node["props"]["children"] = kids.replace(" ", space)
            return True
        return False
    return change


def _tw_on_frame(classes: str) -> Callable[[Tree], bool]:
    def change(node: Tree) -> bool:
        if _style(node).get("width") == "100%":
            node["props"]["tw"] = classes
            return True
        return False
    return change


HARD_FORMS: tuple[Form, ...] = (
    *(Form(f"{old}-as-{new}", "elements", _mapped(_retag(old, new)))
      for old, new in (("div", "DIV"), ("span", "Span"), ("img", "IMG"), ("svg", "SVG"), ("span", "H1"),
                       ("span", "B"), ("circle", "CIRCLE"), ("span", "font"), ("span", "x-badge"))),
    *(Form(f"tw-{name}", "style", _mapped(_tw_on_frame(classes)))
      for name, classes in (("breakpoints", "sm:p-8 md:text-red-500 lg:bg-black"), ("dark", "dark:bg-black"),
                            ("arbitrary", "pt-[13px] text-[#cb4b16] tracking-[2px]"), ("negative", "-mt-2 ml-4"),
                            ("important", "!p-2"), ("opacity", "bg-black/10 text-black/80"),
                            ("spaces", "  px-6\n\tpy-2  "), ("unknown", "prose card hover:bg-red-500"))),
    *(Form(f"text-space-{name}", "children", _mapped(_text_spaces(space)))
      for name, space in (("crlf", "\r\n"), ("tab", "\t"), ("double", "  "), ("nbsp", "\u00a0"),
                          ("zwsp", " \u200b"), ("cr", "\r"), ("ideographic", "\u3000"))),
    *(Form(f"svg-style-key-{name}", "media", _mapped(_svg_child_style_key(key)))
      for name, key in (("camel", "strokeWidth"), ("kebab", "stroke-width"), ("snake", "stroke_width"),
                        ("upper-kebab", "STROKE-WIDTH"), ("dotted", "stroke.width"))),
    Form("python-decimals", "loader", _foreign_numbers),
    Form("tw-key-order", "style", _mapped(_tw_key_order)),
    Form("key-upper-kebab", "style", _mapped(_key_spelling(lambda k: "FONT-SIZE"))),
    Form("key-capital-kebab", "style", _mapped(_key_spelling(lambda k: "Font-size"))),
    Form("key-capital-camel", "style", _mapped(_key_spelling(lambda k: "FontSize"))),
    Form("key-padded", "style", _mapped(_key_spelling(lambda k: " fontSize "))),
    Form("key-padded-kebab", "style", _mapped(_key_spelling(lambda k: "font-size "))),
    Form("key-mixed-kebab", "style", _mapped(_key_spelling(lambda k: "font-Size"))),
    Form("key-double-dash", "style", _mapped(_key_spelling(lambda k: "font--size"))),
    Form("key-snake", "style", _mapped(_key_spelling(lambda k: "font_size"))),
    Form("key-dotted", "style", _mapped(_key_spelling(lambda k: "font.size"))),
    Form("key-snake-upper", "style", _mapped(_key_spelling(lambda k: "FONT_SIZE"))),
    Form("keys-all-snake", "style", _mapped(_snake_keys)),
    Form("div-zero-child", "children", _mapped(_div_text_as(0))),
    Form("div-empty-text-child", "children", _mapped(_div_text_as(""))),
    Form("div-false-child", "children", _mapped(_div_text_as(False))),
    Form("div-true-child", "errors", _mapped(_div_text_as(True))),
    Form("div-number-child", "errors", _mapped(_div_text_as(42))),
    Form("clamp-webkit-box", "style", _mapped(_clamp({"display": "-webkit-box", "WebkitLineClamp": 1,
                                                      "WebkitBoxOrient": "vertical", "overflow": "hidden"}))),
    Form("clamp-block", "style", _mapped(_clamp({"display": "block", "WebkitLineClamp": 1,
                                                 "overflow": "hidden"}))),
    Form("clamp-line-clamp", "style", _mapped(_clamp({"display": "block", "lineClamp": 1}))),
    Form("clamp-nowrap-ellipsis", "style", _mapped(_clamp({"whiteSpace": "nowrap", "overflow": "hidden",
                                                           "textOverflow": "ellipsis"}))),
    Form("clamp-kebab", "style", _mapped(_clamp({"display": "-webkit-box", "-webkit-line-clamp": "1",
                                                 "-webkit-box-orient": "vertical", "overflow": "hidden"}))),
    Form("mixed-span-b", "children", _mapped(_mixed("b", None))),
    Form("mixed-span-code", "children", _mapped(_mixed("code", None))),
    Form("mixed-p-em", "children", _mapped(_mixed("em", "p"))),
    Form("mixed-a-span", "children", _mapped(_mixed("span", "a"))),
    Form("svg-title-desc", "media", _mapped(_svg_title)),
    Form("svg-xlink-attrs", "media", _mapped(_svg_xlink)),
    Form("svg-child-style-color", "media", _mapped(_svg_child_color)),
    Form("svg-size-in-style", "media", _mapped(_svg_size_in_style)),
    Form("svg-typeless-group", "media", _mapped(_svg_group)),
    Form("style-false", "react", _mapped(_prop_on_leaves("style", False))),
    Form("style-zero", "react", _mapped(_prop_on_leaves("style", 0))),
    Form("style-empty-text", "react", _mapped(_prop_on_leaves("style", ""))),
    Form("style-true", "react", _mapped(_prop_on_leaves("style", True))),
    Form("style-number", "react", _mapped(_prop_on_leaves("style", 12))),
    Form("tw-false", "react", _mapped(_prop_on_leaves("tw", False))),
    Form("tw-zero", "react", _mapped(_prop_on_leaves("tw", 0))),
    Form("tw-null", "react", _mapped(_prop_on_leaves("tw", None))),
    Form("lang-null", "react", _mapped(_prop_on_leaves("lang", None))),
    Form("lang-false", "react", _mapped(_prop_on_leaves("lang", False))),
    Form("classname-false", "react", _mapped(_prop_on_leaves("className", False))),
    Form("style-color-false", "style", _mapped(_style_value("color", False))),
    Form("style-margin-false", "style", _mapped(_style_value("marginLeft", False))),
    Form("style-weight-empty", "style", _mapped(_style_value("fontWeight", ""))),
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
