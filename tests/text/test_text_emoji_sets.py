"""Emoji sets: the pack reader, the optional set packages, Next's set-name rules and the install error."""

from __future__ import annotations

import importlib
import importlib.util
import warnings
from pathlib import Path
from types import ModuleType

import pytest

import pureog
from pureog.document.load import EMOJI_PROVIDERS
from pureog.errors import DocumentError, FontError, RenderWarning
from pureog.geometry import Rect
from pureog.images.svg.units import screen_fit
from pureog.style.computed import ComputedStyle
from pureog.text import FontLibrary, emoji_sets, layout_paragraph
from pureog.text import emoji as emoji_module
from pureog.text.emoji import EmojiImages
from pureog.text.emoji_pack import EmojiPack

REPO = Path(__file__).resolve().parents[2]
PACKAGES = {name: REPO / "packages" / emoji_sets.distribution_name(name) / module / f"{name}.bin"
            for name, module in emoji_sets.OPTIONAL_SETS.items()}
CARD = {"div": {"style": {"fontSize": 40, "display": "flex"}, "children": "a😀b"}}


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_emoji_pack", REPO / "tools" / "gen_emoji_pack.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tiny_pack(tmp_path: Path) -> EmojiPack:
    svg_dir = tmp_path / "svg"
    svg_dir.mkdir()
    (svg_dir / "1F600.svg").write_bytes(b'<svg viewBox="0 0 72 72"><circle r="3"/></svg>')
    (svg_dir / "2764-FE0F-200D-1F525.svg").write_bytes(b'<svg viewBox="0 0 72 72"/>')
    (svg_dir / "CA-MB.svg").write_bytes(b"<svg/>")  # not a code-point name: never requested, left out
    out = tmp_path / "tiny.bin"
    out.write_bytes(_generator().build_files(svg_dir, "Tiny", "1.0", 72, 72))
    return EmojiPack(out)


def test_file_packs_store_whole_files_under_their_exact_names(tiny_pack: EmojiPack) -> None:
    assert tiny_pack.exact and tiny_pack.name == "Tiny"
    assert tiny_pack.svg("1f600") == b'<svg viewBox="0 0 72 72"><circle r="3"/></svg>'  # byte for byte
    assert tiny_pack.has("2764-fe0f-200d-1f525")
    assert not tiny_pack.has("2764-200d-1f525")  # no FE0F leniency: Next's request would 404 too
    assert tiny_pack.codes() == ["1f600", "2764-fe0f-200d-1f525"]
    assert [code for code, _ in tiny_pack.entries()] == ["1f600", "2764-fe0f-200d-1f525"]


def test_file_packs_can_strip_a_name_suffix(tmp_path: Path) -> None:
    (tmp_path / "1f600_flat.svg").write_bytes(b"<svg id='flat'/>")
    (tmp_path / "1f600_color.svg").write_bytes(b"<svg id='color'/>")
    (tmp_path / "\U0001f600_flat.svg").write_bytes(b"<svg/>")  # Fluent's by-glyph copies: never requested
    out = tmp_path / "flat.bin"
    out.write_bytes(_generator().build_files(tmp_path, "Flat", "1", 32, 32, suffix="_flat"))
    assert EmojiPack(out).codes() == ["1f600"] and EmojiPack(out).svg("1f600") == b"<svg id='flat'/>"


def test_a_damaged_pack_is_a_font_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"not a pack")
    with pytest.raises(FontError, match="damaged"):
        EmojiPack(bad).has("1f600")
    with pytest.raises(FontError, match="cannot read"):
        EmojiPack(tmp_path / "missing.bin").has("1f600")


@pytest.mark.parametrize("name", sorted(emoji_sets.OPTIONAL_SETS))
def test_the_repository_packs_hold_the_files_next_fetches(name: str) -> None:
    pack = EmojiPack(PACKAGES[name])
    assert pack.exact and len(pack.codes()) > 2900
    svg = pack.svg("1f600")  # "1F600.svg", "1f600_color.svg"
    assert svg is not None and svg.startswith(b"<svg")
    assert pack.svg("1f44d-1f3fd")  # a skin tone
    assert pack.svg("23-20e3") is None  # keycaps are named 0023-(FE0F-)20E3: Next never finds them
    if name.startswith("fluent"):
        assert pack.svg("1f1ef-1f1f5") is None  # Fluent has no flags
        assert pack.svg("1f3f3-200d-1f308") and not pack.has("1f3f3-fe0f-200d-1f308")  # nor FE0F in names
        assert pack.svg("1f9d1-200d-1f680") and not pack.has("1f469-200d-1f4bb")
    else:
        assert pack.svg("1f1ef-1f1f5") and pack.svg("1f3f3-fe0f-200d-1f308")  # svgmoji ZWJ names keep FE0F
        assert pack.svg("1f469-200d-1f4bb")
    licences = {p.name for p in PACKAGES[name].parent.iterdir()}
    assert "LICENSE.md" in licences and any(n.startswith(("LICENSE-", "SVGMOJI-")) for n in licences)


def test_exact_sets_draw_gaps_where_the_file_is_missing(geist: FontLibrary) -> None:
    chain = geist.chain(("geist",), 400, "normal")
    images = EmojiImages(pack=EmojiPack(PACKAGES["openmoji"]))
    assert images.is_image(chain, "😀") and images.svg("😀") is not None
    assert images.is_image(chain, "1️⃣") and images.svg("1️⃣") is None  # an image box with nothing in it
    assert not images.is_image(chain, "a1️⃣b")  # a word holding an emoji is no image key in Satori
    lib = FontLibrary.default(emoji=images)
    p = layout_paragraph("x©️y", ComputedStyle(font_family=("geist",), font_size=40.0), lib, float("nan"))
    assert not p.images and [run.text for run in p.runs] == ["x", "y"]
    assert p.runs[1].x - p.runs[0].x > 40.0  # the 40 px gap stays


def test_next_draws_twemoji_for_an_unknown_or_empty_set() -> None:
    with pytest.warns(RenderWarning, match="unknown emoji provider 'wingdings'"):
        assert pureog.load({"element": {"div": None}, "emoji": "wingdings"}).emoji == "twemoji"
    with pytest.raises(DocumentError, match="emoji provider") as info:
        pureog.load({"element": {"div": None}, "emoji": "wingdings"}, strict=True)
    assert info.value.path == "$.emoji"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert pureog.load({"element": {"div": None}, "emoji": ""}).emoji == "twemoji"
        assert pureog.load({"element": {"div": None}, "emoji": None}).emoji == "twemoji"
        assert pureog.load({"element": {"div": None}, "emoji": "noto"}).emoji == "noto"


def test_every_set_next_knows_has_a_pack_and_an_install_hint() -> None:
    assert set(emoji_sets.EMOJI_SETS) == {"twemoji", *emoji_sets.OPTIONAL_SETS}
    assert emoji_sets.EMOJI_SETS == EMOJI_PROVIDERS  # the loader's list (document/ may not import text/)
    assert emoji_sets.distribution_name("fluentFlat") == "pureog-emoji-fluent-flat"
    assert "./packages/pureog-emoji-fluent-flat" in emoji_sets.install_hint("fluentFlat")
    with pytest.raises(FontError, match="unknown emoji set"):
        emoji_sets.emoji_set_pack("wingdings")  # documents never get here: the loader maps it to twemoji


def test_a_set_whose_package_is_missing_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = importlib.import_module

    def import_module(name: str, package: str | None = None) -> ModuleType:
        if name == "pureog_emoji_noto":
            raise ModuleNotFoundError(name)
        return real_import(name, package)

    monkeypatch.setattr(importlib, "import_module", import_module)
    monkeypatch.setattr(emoji_sets, "_PACKS", {})
    monkeypatch.setattr(emoji_module, "_SHARED", {})
    with pytest.raises(FontError) as info:
        pureog.render_png(CARD, width=200, height=60, emoji="noto")
    assert isinstance(info.value, pureog.PureogError) and info.value.path == "$.emoji"
    assert "pip install ./packages/pureog-emoji-noto" in str(info.value)
    with pytest.raises(FontError, match="not installed"):  # even without emoji: the first card tells
        pureog.render_png({"div": "text"}, width=100, height=40, emoji="noto")


@pytest.mark.skipif(importlib.util.find_spec("pureog_emoji_noto") is None, reason="pureog-emoji-noto not installed")
def test_an_installed_set_draws_its_own_graphics() -> None:
    assert "noto" in emoji_sets.installed_sets()
    assert emoji_sets.emoji_set_pack("noto").path.name == "noto.bin"
    noto = pureog.render_png(CARD, width=200, height=60, emoji="noto")
    twemoji = pureog.render_png(CARD, width=200, height=60)
    assert noto != twemoji


def test_emoji_pictures_keep_their_aspect_ratio() -> None:
    # resvg fits the picture (drawn at whole pixels) into the <image> box rounded to whole units
    frame = Rect(10.0, 0.0, 40.0, 52.0)
    square = screen_fit(frame, 36, 36, "xMidYMid")
    assert (square.x, square.y, square.width, square.height) == (10.0, 6.0, 40.0, 40.0)
    flag = screen_fit(frame, 900, 600, "xMidYMid")  # svgmoji's flags are 3:2, letterboxed (27 = ceil(26.67))
    assert (flag.x, flag.y, flag.width, flag.height) == (10.0, 12.5, 40.0, 27.0)
    tall = screen_fit(Rect(0.0, 0.0, 40.0, 52.5), 36, 36, "xMidYMid")  # 52.5 -> 53, aligned on 52.5
    assert (tall.y, tall.height) == (6.25, 40.0)


def test_a_block_is_decoded_only_as_far_as_its_entries_need(tmp_path: Path) -> None:
    import json  # noqa: PLC0415
    import lzma  # noqa: PLC0415
    import struct  # noqa: PLC0415
    import zlib  # noqa: PLC0415

    from pureog.text.emoji_pack import MAGIC, xz_decoded_size  # noqa: PLC0415

    bodies = [b"<rect id='%d' width='36' height='36'/>" % i for i in range(400)]
    block = lzma.compress(b"".join(bodies))
    assert xz_decoded_size(block) == sum(map(len, bodies))
    assert xz_decoded_size(block[:-1]) is None and xz_decoded_size(b"not xz") is None
    codes, at = {}, 0
    for i, body in enumerate(bodies):
        codes["%x" % (0x1f600 + i)] = [0, at, at + len(body)]
        at += len(body)
    index = zlib.compress(json.dumps({"width": 36, "height": 36, "blocks": [[0, len(block)]], "codes": codes}).encode())
    path = tmp_path / "pack.bin"
    path.write_bytes(MAGIC + struct.pack("<I", len(index)) + index + block)
    pack = EmojiPack(path)
    assert pack.svg("1f601") == b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36">' + bodies[1] + b"</svg>"
    assert len(pack._cache[0][1]) < at // 4  # the first entries only: the rest of the block waits
    assert pack.svg("%x" % (0x1f600 + 399)).endswith(bodies[399] + b"</svg>")  # the block again, whole
    assert pack.svg("1f600").endswith(bodies[0] + b"</svg>")
    assert pack._cache[0] == (True, b"".join(bodies))  # kept as bytes: no decoder outlives a call


def test_reading_every_block_keeps_no_decoder_address_space() -> None:
    """A kept LZMA decoder reserves the pack's 64 MiB dictionary: kept per block, they reserved ~1.9 GB
    over the Twemoji pack (a MemoryError under the fuzzing harness's 1 GB address-space cap)."""
    import resource  # noqa: PLC0415  (POSIX only, as the harness's cap)

    pack = EmojiPack(Path(emoji_sets.__file__).parent / "data" / "twemoji.bin")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for code in pack.codes()[::50]:  # an entry of every block
        assert pack.svg(code)
    assert all(type(whole) is bool and type(data) is bytes for whole, data in pack._cache.values())
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 200_000
