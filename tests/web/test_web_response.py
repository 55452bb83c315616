"""ImageResponse as a value: headers, status, validation, laziness, template data, the etag, errors,
render_async, and renders of different responses running at the same time."""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import pytest

import pureog
import pureog.api
from pureog.web import (
    DEFAULT_CACHE_CONTROL,
    DEFAULT_TIMEOUT,
    DEV_CACHE_CONTROL,
    IMMUTABLE_CACHE_CONTROL,
    ImageResponse,
)
from tests.web.support import BAD_CARD, COLOR_CARD, RED_CARD, RenderSpy, decode, etag_of


def test_exported_from_package() -> None:
    assert pureog.ImageResponse is ImageResponse


def test_default_headers_match_next_og_production() -> None:
    response = ImageResponse(RED_CARD)
    # next/dist/server/og/image-response.js under `next start`.
    assert response.headers == [("content-type", "image/png"),
                                ("cache-control", "public, max-age=0, must-revalidate")]
    assert response.status == 200
    assert response.status_text == "OK"
    assert response.media_type == "image/png"
    assert DEFAULT_CACHE_CONTROL == "public, max-age=0, must-revalidate"
    assert DEV_CACHE_CONTROL == "no-cache, no-store"
    assert IMMUTABLE_CACHE_CONTROL == "public, immutable, no-transform, max-age=31536000"


def test_cache_control_option_and_none() -> None:
    assert ImageResponse(RED_CARD, cache_control=IMMUTABLE_CACHE_CONTROL).headers[1] == \
        ("cache-control", IMMUTABLE_CACHE_CONTROL)
    assert ImageResponse(RED_CARD, cache_control=None).headers == [("content-type", "image/png")]


def test_user_headers_replace_defaults_case_insensitively_and_are_lowercased() -> None:
    response = ImageResponse(RED_CARD, headers={"Cache-Control": "x", "X-A": "1"})
    assert response.headers == [("content-type", "image/png"), ("cache-control", "x"), ("x-a", "1")]
    replaced = ImageResponse(RED_CARD, headers=[("Content-Type", "image/x-png")])
    assert replaced.media_type == "image/x-png"
    assert ("content-type", "image/png") not in replaced.headers


def test_repeated_header_names_are_all_kept() -> None:
    response = ImageResponse(RED_CARD, headers=[("set-cookie", "a=1"), ("set-cookie", "b=2")])
    assert [v for n, v in response.headers if n == "set-cookie"] == ["a=1", "b=2"]


def test_headers_property_is_a_copy() -> None:
    response = ImageResponse(RED_CARD)
    response.headers.append(("x", "y"))
    assert ("x", "y") not in response.headers


@pytest.mark.parametrize("status", [199, 600, 0, 204, 205, 304, "200", True, 200.0])
def test_status_follows_fetch_response_rules(status: object) -> None:
    with pytest.raises(pureog.DocumentError) as info:
        ImageResponse(RED_CARD, status=status)  # type: ignore[arg-type]
    assert info.value.path == "status"


@pytest.mark.parametrize("status,text", [(201, "Created"), (404, "Not Found"), (599, "")])
def test_status_and_default_reason(status: int, text: str) -> None:
    response = ImageResponse(RED_CARD, status=status)
    assert (response.status, response.status_text) == (status, text)
    assert ImageResponse(RED_CARD, status=status, status_text="Custom").status_text == "Custom"


@pytest.mark.parametrize("headers", [
    {"x-a": "1\r\nx-injected: 1"},
    {"bad name": "1"},
    {"": "1"},
    {"x-a": 1},
    {"x-a": "snow\u2603"},
    [("only-name",)],
    "content-type: text/html",
])
def test_bad_headers_are_rejected(headers: object) -> None:
    with pytest.raises(pureog.DocumentError):
        ImageResponse(RED_CARD, headers=headers)  # type: ignore[arg-type]


def test_bad_cache_control_and_status_text_are_rejected() -> None:
    with pytest.raises(pureog.DocumentError):
        ImageResponse(RED_CARD, cache_control="a\nb")
    with pytest.raises(pureog.DocumentError):
        ImageResponse(RED_CARD, status_text="O\rK")


def test_nothing_renders_until_body_is_read(spy: RenderSpy) -> None:
    response = ImageResponse(RED_CARD, width=40, height=20)
    assert response.headers and response.status == 200 and response.media_type == "image/png"
    repr(response)
    assert spy.calls == 0 and not response.rendered
    body = response.body
    assert spy.calls == 1 and response.rendered
    assert response.body is body
    assert spy.calls == 1
    width, height, rows = decode(body)
    assert (width, height) == (40, 20)
    assert rows[10][80:84] == [255, 0, 0, 255]


def test_body_is_the_same_bytes_as_render_png() -> None:
    assert ImageResponse(RED_CARD, width=64, height=32, debug=False).body == \
        pureog.render_png(RED_CARD, width=64, height=32, debug=False)


def test_body_renders_in_the_calling_thread(spy: RenderSpy) -> None:
    ImageResponse(RED_CARD, width=8, height=8).body  # noqa: B018
    assert spy.threads == [threading.get_ident()]


def test_concurrent_body_reads_render_once(spy: RenderSpy) -> None:
    response = ImageResponse(RED_CARD, width=16, height=16)
    results: list[bytes] = []
    threads = [threading.Thread(target=lambda: results.append(response.body)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert spy.calls == 1
    assert len(results) == 4 and len(set(results)) == 1


def test_render_error_raises_from_body_every_time_without_rerendering(spy: RenderSpy) -> None:
    response = ImageResponse(BAD_CARD, width=8, height=8)
    with pytest.raises(pureog.StyleError) as first:
        response.body  # noqa: B018
    with pytest.raises(pureog.StyleError) as second:
        response.body  # noqa: B018
    assert first.value is second.value
    assert "padding" in str(first.value)
    assert spy.calls == 1 and response.rendered
    assert "error" in repr(response)


def test_option_errors_surface_at_render_time_not_construction() -> None:
    # width/height/fonts are checked by render_png, which runs lazily like Next's body stream.
    response = ImageResponse(RED_CARD, width=-5)
    with pytest.raises(pureog.LimitError):
        response.body  # noqa: B018


def test_render_async_runs_in_a_worker_thread(spy: RenderSpy) -> None:
    response = ImageResponse(RED_CARD, width=8, height=8)
    body = asyncio.run(response.render_async())
    assert body == response.body
    assert spy.calls == 1 and spy.threads[0] != threading.get_ident()
    assert asyncio.run(response.render_async()) is body
    assert spy.calls == 1


def test_render_async_raises_the_render_error() -> None:
    with pytest.raises(pureog.StyleError):
        asyncio.run(ImageResponse(BAD_CARD, width=8, height=8).render_async())


def test_wrong_call_arity_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        ImageResponse(RED_CARD)({})  # type: ignore[call-overload]


def test_error_is_logged_when_served(caplog: pytest.LogCaptureFixture) -> None:
    response = ImageResponse(BAD_CARD, width=8, height=8)
    seen: list[str] = []
    with caplog.at_level(logging.ERROR, logger="pureog.web"):
        body = b"".join(response({"REQUEST_METHOD": "GET"}, lambda status, headers: seen.append(status)))
    assert seen == ["500 Internal Server Error"]
    assert body == b"Internal Server Error"
    assert any("padding" in record.getMessage() for record in caplog.records)


# --- render options -------------------------------------------------------------------------------

def test_options_reach_render_png_unchanged(spy: RenderSpy) -> None:
    ImageResponse(COLOR_CARD, width=8, height=8, data={"color": "blue"}, lenient=True).body  # noqa: B018
    ImageResponse(RED_CARD, width=8, height=8, timeout=None).body  # noqa: B018
    first, second = spy.options
    assert first["data"] == {"color": "blue"} and first["lenient"] is True
    # The timeout bounds the render alone: render_png gets it as given.
    assert first["timeout"] == DEFAULT_TIMEOUT and second["timeout"] is None
    assert second["data"] is None and second["lenient"] is False


def test_format_sets_the_encoding_and_content_type() -> None:
    jpeg = ImageResponse(RED_CARD, width=8, height=8, format="jpeg", quality=60)
    assert jpeg.media_type == "image/jpeg" and jpeg.body[:3] == b"\xff\xd8\xff"
    webp = ImageResponse(RED_CARD, width=8, height=8, format="webp")
    assert webp.media_type == "image/webp" and webp.body[8:12] == b"WEBP"
    with pytest.raises(pureog.DocumentError):
        ImageResponse(RED_CARD, format="gif")


def test_template_data_fills_the_card() -> None:
    response = ImageResponse(COLOR_CARD, width=8, height=8, data={"color": "blue"})
    assert response.body == pureog.render_png(COLOR_CARD, width=8, height=8, data={"color": "blue"})
    assert decode(response.body)[2][0][:4] == [0, 0, 255, 255]


def test_lenient_turns_a_missing_value_into_nothing() -> None:
    with pytest.raises(pureog.DocumentError, match="color"):
        ImageResponse(COLOR_CARD, width=8, height=8, data={}).body  # noqa: B018
    with pytest.warns(pureog.RenderWarning, match="background"):  # null: the property is dropped
        body = ImageResponse(COLOR_CARD, width=8, height=8, data={}, lenient=True).body
    assert decode(body)[2][0][:4] == [0, 0, 0, 0]


# --- the etag -------------------------------------------------------------------------------------

def test_etag_is_a_strong_digest_of_the_body(spy: RenderSpy) -> None:
    response = ImageResponse(RED_CARD, width=8, height=8)
    etag = response.etag
    assert spy.calls == 1
    assert etag == etag_of(response.body) and len(etag) == 34 and not etag.startswith("W/")
    # Equal input, equal bytes, equal tag; other input, another tag.
    assert ImageResponse(RED_CARD, width=8, height=8).etag == etag
    assert ImageResponse(RED_CARD, width=8, height=9).etag != etag
    assert ("etag", etag) not in response.headers  # added when sent, like content-length


def test_etag_of_a_failed_render_raises() -> None:
    with pytest.raises(pureog.StyleError):
        ImageResponse(BAD_CARD, width=8, height=8).etag  # noqa: B018


def test_a_callers_etag_replaces_the_digest_without_rendering(spy: RenderSpy) -> None:
    response = ImageResponse(RED_CARD, width=8, height=8, headers={"ETag": 'W/"v1"'})
    assert response.etag == 'W/"v1"' and spy.calls == 0
    assert response.headers[-1] == ("etag", 'W/"v1"')


@pytest.mark.parametrize("etag", ["v1", '"v1', 'W/v1', '"v"1"', '"'])
def test_a_callers_etag_must_be_an_entity_tag(etag: str) -> None:
    with pytest.raises(pureog.DocumentError):
        ImageResponse(RED_CARD, headers={"etag": etag})


def test_a_callers_etag_must_be_one() -> None:
    with pytest.raises(pureog.DocumentError):
        ImageResponse(RED_CARD, headers=[("etag", '"a"'), ("etag", '"b"')])


# --- no process-wide lock -------------------------------------------------------------------------

def _meeting_render_png(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patches render_png so that each call waits until a second one has started, 10 s at most
    (BrokenBarrierError then): two renders pass only if they run at the same time."""
    real = pureog.api.render
    barrier = threading.Barrier(2, timeout=10)

    def meeting(*args: Any, **kwargs: Any) -> bytes:
        barrier.wait()
        return real(*args, **kwargs)

    monkeypatch.setattr(pureog.api, "render", meeting)


def test_two_responses_render_at_the_same_time_in_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    _meeting_render_png(monkeypatch)
    responses = [ImageResponse(RED_CARD, width=8, height=8), ImageResponse(BAD_CARD, width=8, height=8)]
    failures: list[BaseException] = []

    def read(response: ImageResponse) -> None:
        try:
            response.body  # noqa: B018
        except pureog.StyleError:
            pass
        except BaseException as error:  # reported below
            failures.append(error)

    threads = [threading.Thread(target=read, args=(response,)) for response in responses]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert failures == []
    assert responses[0].body.startswith(b"\x89PNG") and all(response.rendered for response in responses)


def test_two_asgi_responses_render_at_the_same_time(monkeypatch: pytest.MonkeyPatch) -> None:
    _meeting_render_png(monkeypatch)
    responses = [ImageResponse(RED_CARD, width=8, height=8) for _ in range(2)]

    async def both() -> list[bytes]:
        return await asyncio.gather(*(response.render_async() for response in responses))

    assert asyncio.run(both()) == [responses[0].body] * 2
