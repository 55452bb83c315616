"""CSS declarations read as usvg reads them, through simplecss: an SVG ``style`` attribute, the body of a
``<style>`` rule, and the ``filter:...`` text Satori writes into its SVG.

simplecss is lenient in one way and strict in another, and both show in Next's images:

* a declaration's value is a run of terms (a ``#`` word, a number with its unit or ``%``, a quoted
  string, a comma, an identifier with an optional ``(...)`` that ends at the first ``)``) separated by
  spaces and comments; it ends before the first term that fails, so ``red !important`` is ``red``
  (flagged important) and ``12px/1.5 serif`` is ``12px``;
* after the value come an optional ``!important`` and any ``;``; anything else there (``/1.5 serif``)
  starts the next declaration, which fails to read as a name, and every later declaration of the
  attribute or rule is lost: ``style="font:12px/1.5 serif;fill:red"`` draws black.

Input: text. Output: ``(name, value, important)`` triples, names as written. Imports nothing from
pureog (the style layer and the SVG renderer both read with it).
"""

from __future__ import annotations

SPACES = " \t\n\r\f"
_IDENT = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")
_HEX = frozenset("0123456789abcdefABCDEF")
_DIGITS = frozenset("0123456789")  # simplecss reads ASCII digits only (str.isdigit takes any script's)


class _Reader:
    """A position in one text and simplecss's steps over it; each step returns where it stops, or
    None where simplecss returns an error."""

    __slots__ = ("text", "n")

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)

    def skip_spaces_and_comments(self, at: int) -> int | None:
        text, n = self.text, self.n
        while True:
            while at < n and text[at] in SPACES:
                at += 1
            if not text.startswith("/*", at):
                return at
            close = text.find("*/", at + 2)
            if close < 0:
                return None  # an unclosed comment: simplecss's error
            at = close + 2

    @staticmethod
    def _name_start(char: str) -> bool:
        return char == "_" or "a" <= char <= "z" or "A" <= char <= "Z" or ord(char) > 237

    def ident(self, at: int) -> tuple[int, bool]:
        """simplecss's ``consume_ident``: where it stops and whether it read one (a lone ``-`` at
        the end reads as one; before anything else it fails)."""
        text, n = self.text, self.n
        start = at
        if at < n and text[at] == "-":
            at += 1
        if at < n:
            if not self._name_start(text[at]):
                return at, False
            at += 1
            while at < n and (text[at] in _IDENT or ord(text[at]) > 237):
                at += 1
        return at, at > start

    def term(self, at: int) -> int | None:
        """simplecss's ``consume_term``: the end of one term of a value."""
        text, n = self.text, self.n
        char = text[at] if at < n else ""
        if char == "#":
            end, read = self.ident(at + 1)
            while not read and end < n and text[end] in _HEX:
                end += 1
            return end
        if char and char in "+-0123456789.":
            at += 1
            while at < n and text[at] in _DIGITS:
                at += 1
            if at < n and text[at] == ".":
                at += 1
                while at < n and text[at] in _DIGITS:
                    at += 1
            if at < n and text[at] == "%":
                return at + 1
            return self.ident(at)[0]
        if char in ("'", '"'):
            close = at + 1
            while close < n and not (text[close] == char and text[close - 1] != "\\"):
                close += 1
            return close + 1 if close < n else None
        if char == ",":
            return at + 1
        end, read = self.ident(at)
        if not read:
            return None
        if end < n and text[end] == "(":
            close = text.find(")", end)
            return None if close < 0 else close + 1
        return end

    def value(self, at: int) -> tuple[int, str] | None:
        """The value from ``at`` (after the colon and its spaces): where the terms end and the value."""
        pos = end = at
        while (after := self.term(pos)) is not None:
            end = after
            skipped = self.skip_spaces_and_comments(after)
            if skipped is None:
                return None
            pos = skipped
        return pos, self.text[at:end].strip(SPACES)

    def declaration(self, at: int) -> tuple[int, tuple[str, str, bool]] | None:
        """simplecss's ``consume_declaration`` from ``at``: where it stops and the declaration."""
        text, n = self.text, self.n
        skipped = self.skip_spaces_and_comments(at)
        if skipped is None:
            return None
        at = skipped + (1 if text.startswith("*", skipped) else 0)  # the `*name` hack for old IE
        name_end, read = self.ident(at)
        if not read:
            return None
        name = text[at:name_end]
        colon = self.skip_spaces_and_comments(name_end)
        if colon is None or colon >= n or text[colon] != ":":
            return None
        start = self.skip_spaces_and_comments(colon + 1)
        read_value = None if start is None else self.value(start)
        if read_value is None:
            return None
        pos, value = read_value
        important = False
        if pos < n and text[pos] == "!":
            bang = self.skip_spaces_and_comments(pos + 1)
            if bang is None:
                return None
            pos = bang
            if text.startswith("important", pos):
                pos, important = pos + 9, True
        after = self.skip_spaces_and_comments(pos)
        while after is not None and after < n and text[after] == ";":
            after = self.skip_spaces_and_comments(after + 1)
        if after is None or not value:
            return None
        return after, (name, value, important)


def declarations(text: str) -> list[tuple[str, str, bool]]:
    """The declarations of a ``style`` attribute or a rule's body, up to the first that simplecss
    cannot read (its ``DeclarationTokenizer``, and ``consume_declarations`` within a block)."""
    reader = _Reader(text)
    out: list[tuple[str, str, bool]] = []
    at: int | None = reader.skip_spaces_and_comments(0)
    while at is not None and at < reader.n:
        read = reader.declaration(at)
        if read is None:
            break
        at, declaration = read
        out.append(declaration)
    return out


def declared_value(text: str) -> str | None:
    """The value simplecss reads from the declaration ``name:TEXT``, None where it reads none
    (Satori writes ``style="filter:TEXT"``: ``grayscale(100%) !important`` is ``grayscale(100%)``)."""
    reader = _Reader(text)
    start = reader.skip_spaces_and_comments(0)
    read = None if start is None else reader.value(start)
    return (read[1] or None) if read is not None else None
