"""Errors raised by pureog.

Everything pureog raises on bad input is a :class:`PureogError`. Messages name the element path
(``$.element.props.children[1].props.style.padding``) and, where relevant, the property, so a user can
find the mistake in their document without reading a traceback. Imports nothing from pureog.
"""

from __future__ import annotations


class PureogError(Exception):
    """Base class of every error pureog raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


class DocumentError(PureogError):
    """The document (YAML/JSON/dict) is malformed: unknown keys, wrong types, bad element shape."""


class StyleError(PureogError):
    """A CSS property or value is invalid or not supported."""


class FontError(PureogError):
    """A font cannot be loaded or no font covers the text."""


class ImageError(PureogError):
    """An image cannot be decoded or is not allowed."""


class LimitError(PureogError):
    """The input exceeds a configured safety limit (canvas size, tree depth, ...)."""
