"""The icon generator (conformance/icongen): its SVG -> JSX conversion, and the committed slice of real
icon cards scored against their Next.js references without Node or the icon packages."""

from __future__ import annotations

import warnings

from conformance.icongen.convert import features, to_react
from conformance.icongen.driver import SLICE_DIR, run_slice
from conformance.paintgen.driver import check_slice, slice_documents

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
       'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" class="icon" width="24" height="24" '
       'viewBox="0 0 24 24" stroke-width="1.5" sodipodi:docname="x.svg" data-slot="icon" aria-hidden="true">'
       '<title>A &amp; B</title><metadata>x</metadata><sodipodi:namedview/>'
       '<defs><linearGradient id="g" gradientTransform="rotate(45)"><stop offset=".5" stop-color="red"/>'
       '</linearGradient></defs><use xlink:href="#p" xml:space="preserve"/>'
       '<path id="p" fill-rule="evenodd" style="fill:url(#g);-webkit-opacity:0.5;stroke-linecap:round" d="M0 0h2z"/>'
       '</svg>')


def test_to_react_spells_props_as_jsx_does() -> None:
    el = to_react(SVG, numbers=True)
    props = el["props"]
    assert el["type"] == "svg"
    assert props["className"] == "icon" and props["strokeWidth"] == 1.5 and props["width"] == 24
    assert props["data-slot"] == "icon" and props["aria-hidden"] == "true"
    assert props["xmlnsXlink"] == "http://www.w3.org/1999/xlink"
    assert "sodipodi:docname" not in props and "sodipodiDocname" not in props
    kids = props["children"]
    assert [k["type"] for k in kids] == ["title", "defs", "use", "path"]
    assert kids[0]["props"]["children"] == "A & B"
    gradient = kids[1]["props"]["children"]
    assert gradient["props"]["gradientTransform"] == "rotate(45)"
    assert gradient["props"]["children"]["props"] == {"offset": 0.5, "stopColor": "red"}
    assert kids[2]["props"] == {"xlinkHref": "#p", "xmlSpace": "preserve"}
    assert kids[3]["props"]["fillRule"] == "evenodd"
    assert kids[3]["props"]["style"] == {"fill": "url(#g)", "WebkitOpacity": "0.5", "strokeLinecap": "round"}
    assert to_react(SVG)["props"]["strokeWidth"] == "1.5"
    assert "xmlnsXlink" not in to_react(SVG, xmlns_xlink=False)["props"]


def test_features_name_the_svg_features() -> None:
    found = features(SVG)
    assert {"use", "linearGradient", "gradientTransform", "evenodd", "style-attr", "xlink", "title"} <= found


def test_slice_matches_its_references() -> None:
    docs = slice_documents(SLICE_DIR)
    assert len(docs) >= 15
    for path in docs:
        assert path.with_suffix(".ref.png").is_file(), f"{path.name}: no reference"
    assert (SLICE_DIR / "LICENSES.md").is_file()
    check = check_slice(run_slice(jobs=2), {})
    if check.now_passing:
        warnings.warn(f"icongen slice: {check.now_passing}", stacklevel=1)
    assert not check.unexpected, "unexpected icongen failures:\n" + check.describe_unexpected()
