"""Templates: one card document + data -> a plain document, before element parsing.

Role: a document mapping that is a template (it has a top-level ``data:`` mapping, or the caller passes
data) -> the same mapping with ``data`` removed, every ``{{ expr }}`` in a string replaced, and the
structural directives ``{$each: list, as: name, do: node}`` and ``{$if: cond, then: node, else: node}``
expanded. The result is then parsed by :mod:`pureog.document.load` exactly like a hand-written document.
The syntax is specified in ``spec/templates.md``; expressions live in :mod:`pureog.document.expression`.

Safety: expansion only walks the given tree and data. No code runs, no file or network is touched,
substituted data is never re-read as a template, and the work is bounded (:class:`TemplateLimits`:
output nodes plus loop iterations, nesting depth, total characters). ``fonts`` is not expanded, so data
can never choose which local file is read.

Input -> output: (mapping, data) -> dict. Imports only ``pureog.errors`` and ``pureog.document.expression``.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from pureog.document.expression import (
    Scope,
    TemplateError,
    Undefined,
    compile_expression,
    compile_text,
    evaluate,
    kind_of,
    render_text,
    truthy,
)
from pureog.document.model import plain_number
from pureog.errors import DocumentError, LimitError, PureogError
from pureog.limits import check_deadline
from pureog.records import mutable_record, record

__all__ = ["TemplateError", "TemplateLimits", "expand_document", "expand_value", "merge_data"]

EACH_KEYS = frozenset({"$each", "as", "do"})
IF_KEYS = frozenset({"$if", "then", "else"})
NOT_EXPANDED = frozenset({"data", "fonts"})  # fonts name local files: never chosen by data
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_WRAPPED = re.compile(r"\s*\{\{(.*)\}\}\s*\Z", re.DOTALL)


@record
class TemplateLimits:
    """Bounds on the work one expansion may do (defaults fit any real card with room to spare)."""

    max_nodes: int = 20_000
    """Values produced (mappings, lists, scalars, copied data included) plus ``$each`` iterations."""
    max_depth: int = 200
    """Nesting of the template and of the data values substituted into it."""
    max_total_chars: int = 5_000_000
    """Characters in all strings of the output."""


class _Nothing:
    """What an ``$if`` without the taken branch yields: removed from lists and mappings."""


_NOTHING = _Nothing()


def merge_data(defaults: Any, overrides: Any, *, path: str = "$.data", max_depth: int = 200) -> dict[Any, Any]:
    """The document's ``data`` defaults with the caller's data laid over them (mappings merge key by key,
    every other value, lists included, is replaced)."""
    if defaults is None:
        defaults = {}
    if not isinstance(defaults, Mapping):
        raise DocumentError(f"expected a mapping of default values, got {kind_of(defaults)}", path=path)
    if overrides is None:
        overrides = {}
    if not isinstance(overrides, Mapping):
        raise DocumentError(f"template data must be a mapping, got {kind_of(overrides)}", path="data")
    return _merge(defaults, overrides, 0, max_depth)


def _merge(base: Mapping[Any, Any], top: Mapping[Any, Any], depth: int, max_depth: int) -> dict[Any, Any]:
    if depth > max_depth:
        raise LimitError(f"template data nested deeper than {max_depth} levels", path="data")
    out = dict(base)
    for key, value in top.items():
        old = out.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            out[key] = _merge(old, value, depth + 1, max_depth)
        else:
            out[key] = value
    return out


def expand_document(document: Mapping[str, Any], data: Mapping[str, Any] | None = None, *,
                    lenient: bool = False, limits: TemplateLimits | None = None) -> dict[str, Any]:
    """Expand a template document: ``data`` (defaults) merged with ``data`` (the caller's), then every
    key but ``data`` and ``fonts`` expanded. Missing values raise a :class:`DocumentError` naming the
    template path and the key, unless ``lenient`` (then they are null: empty text, no child)."""
    limits = limits or TemplateLimits()
    values = merge_data(document.get("data"), data, max_depth=limits.max_depth)
    expander = _Expander(values, lenient, limits)
    out: dict[str, Any] = {}
    for key, node in document.items():
        if key == "data":
            continue
        if key in NOT_EXPANDED:
            out[key] = node
            continue
        path = f"$.{key}"
        result = expander.value(node, path, 0, {})
        if result is not _NOTHING:
            out[key] = result
    return out


def expand_value(node: Any, data: Mapping[str, Any], *, lenient: bool = False, path: str = "$",
                 limits: TemplateLimits | None = None) -> Any:
    """Expand one value (any node of a template) against ``data``: used for output-name patterns."""
    result = _Expander(data, lenient, limits or TemplateLimits()).value(node, path, 0, {})
    return None if result is _NOTHING else result


@mutable_record
class _Expander:
    data: Mapping[Any, Any]
    lenient: bool
    limits: TemplateLimits
    nodes: int = 0
    chars: int = 0

    # -- accounting ---------------------------------------------------------------------------------

    def count(self, path: str, chars: int = 0) -> None:
        check_deadline()  # the render's timeout (pureog/limits.py)
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise LimitError(f"the template makes more than {self.limits.max_nodes} nodes", path=path)
        if chars:
            self.chars += chars
            if self.chars > self.limits.max_total_chars:
                raise LimitError(f"the template makes more than {self.limits.max_total_chars} characters of text",
                                 path=path)

    def scope(self, local: Mapping[str, Any]) -> Scope:
        return Scope(self.data, local, self.lenient)

    # -- the tree -----------------------------------------------------------------------------------

    def value(self, node: Any, path: str, depth: int, local: Mapping[str, Any]) -> Any:
        if depth > self.limits.max_depth:
            raise LimitError(f"the template is nested deeper than {self.limits.max_depth} levels", path=path)
        if isinstance(node, str):
            return self.string(node, path, local)
        if isinstance(node, Mapping):
            if "$each" in node or "$if" in node:
                return self.directive(node, path, depth, local)
            return self.mapping(node, path, depth, local)
        if isinstance(node, (list, tuple)):
            return self.sequence(node, path, depth, local)
        self.count(path, len(node) if isinstance(node, bytes) else 0)
        return node

    def string(self, text: str, path: str, local: Mapping[str, Any]) -> Any:
        try:
            template = compile_text(text)
            if template is None:
                self.count(path, len(text))
                return text
            result = render_text(template, self.scope(local))
        except PureogError as exc:
            raise _located(exc, path, f"in {_short(text)}: ") from None
        if template.whole:
            return self.copy(result, path, 0)
        self.count(path, len(result))
        return result

    def mapping(self, node: Mapping[Any, Any], path: str, depth: int, local: Mapping[str, Any]) -> dict[Any, Any]:
        self.count(path)
        out: dict[Any, Any] = {}
        for key, child in node.items():
            if isinstance(key, str) and key.startswith("$"):
                raise DocumentError(f"unknown template directive {key!r} (directives: $each, $if)", path=path)
            result = self.value(child, f"{path}.{key}", depth + 1, local)
            if result is not _NOTHING:
                out[key] = result
        return out

    def sequence(self, node: Sequence[Any], path: str, depth: int, local: Mapping[str, Any]) -> list[Any]:
        self.count(path)
        out: list[Any] = []
        for i, child in enumerate(node):
            item_path = f"{path}[{i}]"
            if isinstance(child, Mapping) and ("$each" in child or "$if" in child):
                # A directive inside a list splices its result in: a list adds its items, nothing adds none.
                result = self.directive(child, item_path, depth + 1, local)
                if isinstance(result, list):
                    out.extend(result)
                elif result is not _NOTHING:
                    out.append(result)
            else:
                out.append(self.value(child, item_path, depth + 1, local))
        return out

    # -- directives ---------------------------------------------------------------------------------

    def directive(self, node: Mapping[Any, Any], path: str, depth: int, local: Mapping[str, Any]) -> Any:
        if "$each" in node and "$if" in node:
            raise DocumentError("a mapping can hold $each or $if, not both (nest one inside the other)", path=path)
        allowed = EACH_KEYS if "$each" in node else IF_KEYS
        unknown = sorted(str(k) for k in node if k not in allowed)
        if unknown:
            raise DocumentError(f"unknown key {unknown[0]!r} in {'$each' if '$each' in node else '$if'} "
                                f"(allowed: {', '.join(sorted(allowed))})", path=path)
        if "$each" in node:
            return self.each(node, path, depth, local)
        condition = self.condition(node["$if"], f"{path}.$if", local)
        branch = "then" if condition else "else"
        if branch not in node:
            return _NOTHING
        return self.value(node[branch], f"{path}.{branch}", depth + 1, local)

    def condition(self, test: Any, path: str, local: Mapping[str, Any]) -> bool:
        if test is None or isinstance(test, (bool, int, float)):
            return truthy(test)
        if not isinstance(test, str):
            raise DocumentError(f"$if takes an expression such as 'author.avatar', got {kind_of(test)}", path=path)
        source = _unwrap(test)
        try:
            return truthy(evaluate(compile_expression(source), self.scope(local), test=True))
        except PureogError as exc:
            raise _located(exc, path, f"in {_short(test)}: ") from None

    def each(self, node: Mapping[Any, Any], path: str, depth: int, local: Mapping[str, Any]) -> list[Any]:
        name = node.get("as", "item")
        if not isinstance(name, str) or not _NAME.match(name) or name in ("loop", "true", "false", "null"):
            raise DocumentError(f"'as' must be a simple name such as 'tag' (not 'loop'), got {name!r}",
                                path=f"{path}.as")
        if "do" not in node:
            raise DocumentError("$each needs 'do': the node to repeat for each item", path=path)
        items, source = self.each_items(node["$each"], f"{path}.$each", depth, local)
        out: list[Any] = []
        body, body_path = node["do"], f"{path}.do"
        for i, item in enumerate(items):
            self.count(path)
            loop = {"index": i + 1, "index0": i, "first": i == 0, "last": i == len(items) - 1,
                    "length": len(items)}
            try:
                result = self.value(body, body_path, depth + 1, {**local, name: item, "loop": loop})
            except PureogError as exc:
                raise type(exc)(f"{exc.message} (in item {i} of {source})", path=exc.path) from None
            if isinstance(result, list):
                out.extend(result)
            elif result is not _NOTHING:
                out.append(result)
        return out

    def each_items(self, source: Any, path: str, depth: int, local: Mapping[str, Any]) -> tuple[list[Any], str]:
        if isinstance(source, (list, tuple)):
            return self.sequence(source, path, depth + 1, local), "the list"
        if not isinstance(source, str):
            raise DocumentError(f"$each takes a list or an expression such as 'post.tags', got {kind_of(source)}",
                                path=path)
        text = _unwrap(source)
        try:
            value = evaluate(compile_expression(text), self.scope(local))
            if not self.lenient and isinstance(value, Undefined):
                raise TemplateError(value.why)
        except PureogError as exc:
            raise _located(exc, path, f"in {_short(source)}: ") from None
        if value is None or isinstance(value, Undefined):  # null, or missing in lenient mode: no items
            return [], repr(text.strip())
        if isinstance(value, Mapping):
            raise DocumentError(f"{text.strip()!r} is a mapping; iterate over '{text.strip()} | items' "
                                "to get {key, value} pairs", path=path)
        if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
            raise DocumentError(f"$each expects a list, but {text.strip()!r} is {kind_of(value)}", path=path)
        return list(value), repr(text.strip())

    # -- data values --------------------------------------------------------------------------------

    def copy(self, value: Any, path: str, depth: int) -> Any:
        """A data value put into the tree: checked, counted and copied (never expanded again)."""
        if depth > self.limits.max_depth:
            raise LimitError(f"the data value is nested deeper than {self.limits.max_depth} levels", path=path)
        if isinstance(value, Mapping):
            self.count(path)
            return {k: self.copy(v, path, depth + 1) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            self.count(path)
            return [self.copy(v, path, depth + 1) for v in value]
        if isinstance(value, _dt.date):
            value = value.isoformat()
        value = plain_number(value)
        if isinstance(value, (str, bytes, bytearray)):
            self.count(path, len(value))
            return value
        if value is None or isinstance(value, (bool, int, float)):
            self.count(path)
            return value
        raise DocumentError(f"template data holds a {type(value).__name__}; data values must be text, numbers, "
                            "booleans, null, bytes, lists or mappings", path=path)


def _unwrap(text: str) -> str:
    """``$each``/``$if`` take a bare expression; ``'{{ expr }}'`` is accepted too."""
    match = _WRAPPED.match(text)
    return match.group(1) if match and "{{" not in match.group(1) else text


def _short(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _located(exc: PureogError, path: str, prefix: str) -> PureogError:
    """The same error class, with the template path (if it had none) and what was being expanded."""
    if exc.path is not None:
        return exc
    return type(exc)(f"{prefix}{exc.message}", path=path)
