"""Fixtures for the ImageResponse tests (the helpers live in support.py)."""

from __future__ import annotations

from tests.web.support import spy

__all__ = ["spy"]
