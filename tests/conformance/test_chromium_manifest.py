"""conformance/chromium/regenerate.py's manifest: each Chromium reference is recorded against the
document it drew, so a reference is stale exactly when what the page is built from changed."""

from __future__ import annotations

from conformance.chromium.regenerate import check, chromium_cases, document_digest_of_text

CASE = """case:
  title: {title}
  features: [grid]
  reference: chromium
width: 100
height: 50
element: {{type: div, props: {{style: {{display: grid, width: {width}}}}}}}
"""


def test_the_case_block_does_not_make_a_reference_stale() -> None:
    # a title or a tolerance edited leaves the page, and so the reference, as it was
    before = document_digest_of_text(CASE.format(title="one", width=10))
    assert document_digest_of_text(CASE.format(title="two", width=10)) == before


def test_the_document_does() -> None:
    before = document_digest_of_text(CASE.format(title="one", width=10))
    assert document_digest_of_text(CASE.format(title="one", width=11)) != before


def test_every_chromium_reference_is_current() -> None:
    # a case whose document changed after its reference was drawn would be scored against another page
    assert check(chromium_cases()) == []
