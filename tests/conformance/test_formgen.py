"""The committed input-form slice: cards written in the tree shapes and value forms users feed pureog.

``conformance/formgen/slice`` holds 20 documents of the input-form generator (:mod:`conformance.formgen`):
each is pureog's source (a React-shaped dict, or YAML/template text) and what it must keep doing: match
the Next.js reference drawn from the raw tree (``.ref.png``), raise a ``PureogError`` naming a path
where Next.js throws, or draw where Next.js throws and ``spec/differences.md`` says pureog draws.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conformance.formgen.cards import cards
from conformance.formgen.driver import SLICE_DIR, check_slice_document, slice_documents, variants
from conformance.formgen.forms_extra import ALL_FORMS as FORMS

SLICE = slice_documents(SLICE_DIR)


def test_the_slice_is_small_and_complete() -> None:
    assert 10 <= len(SLICE) <= 25
    for path in SLICE:
        if '"expect": "match"' in path.read_text(encoding="utf-8"):
            assert path.with_suffix(".ref.png").is_file(), path.name


@pytest.mark.parametrize("path", SLICE, ids=[p.stem for p in SLICE])
def test_slice_document_behaves_as_recorded(path: Path) -> None:
    assert check_slice_document(path) == ""


def test_forms_are_deterministic_and_leave_the_cards_alone() -> None:
    before = cards()
    first, second = variants(), variants()
    assert first.keys() == second.keys() and len(first) > 300
    assert all(first[k][1] == second[k][1] for k in first)
    assert cards() == before
    assert len({form.name for form in FORMS}) == len(FORMS)
