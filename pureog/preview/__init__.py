"""``pureog preview``: a local web page that shows a card, re-renders it when its files change, and
shows its layout boxes, warnings and errors (spec/preview.md).

:mod:`pureog.preview.session` renders and remembers; :mod:`pureog.preview.server` serves the page
(``page.html``, ``page.js``, ``page.css``: package data) and watches the files. Only the standard
library and pureog itself; nothing here is imported by ``import pureog``.
"""

from __future__ import annotations

from pureog.preview.server import PreviewServer, run
from pureog.preview.session import Outcome, PreviewSession

__all__ = ["Outcome", "PreviewServer", "PreviewSession", "run"]
