"""Fixtures for the text tests."""

from __future__ import annotations

import pytest

from pureog.text import FontLibrary


@pytest.fixture(scope="session")
def geist() -> FontLibrary:
    return FontLibrary.default(bold=True)  # Geist Regular + Bold: matching across two weights
