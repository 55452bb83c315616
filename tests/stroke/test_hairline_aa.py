"""tiny-skia's anti-aliased hairlines: pixel blits of lines and curves."""

from __future__ import annotations

from pureog.stroke.hairline_aa import coverage_alpha, hairline_blits, hairline_coverage
from tests.fuzz.timing import scaled


def test_horizontal_line_between_rows_splits_its_pixel() -> None:
    # y = 10.0 lies on the boundary of rows 9 and 10: half a pixel of coverage each.
    blits = hairline_blits([("M", 2.0, 10.0), ("L", 5.0, 10.0)])
    rows = {(x, y): a for x, y, _, _, a in blits}
    assert set(rows) == {(2, 9), (2, 10), (3, 9), (3, 10), (4, 9), (4, 10)}
    assert rows[(3, 10)] == 128 and rows[(3, 9)] == 127


def test_vertical_line_through_pixel_centres_is_one_column() -> None:
    blits = hairline_blits([("M", 4.5, 1.0), ("L", 4.5, 4.0)])
    assert {(x, y) for x, y, _, _, a in blits if a} == {(4, 1), (4, 2), (4, 3)}
    assert all(a == 255 for _, _, _, _, a in blits)


def test_diagonal_line_puts_two_pixels_per_column() -> None:
    blits = hairline_blits([("M", 0.0, 0.0), ("L", 8.0, 4.0)])
    columns = {x for x, _, _, _, _ in blits}
    assert columns == set(range(8))
    assert all(0 < a <= 255 for *_, a in blits)


def test_closed_cubic_outline_blits_every_segment() -> None:
    circle = [("M", 20.0, 10.0), ("C", 20.0, 15.5, 15.5, 20.0, 10.0, 20.0), ("C", 4.5, 20.0, 0.0, 15.5, 0.0, 10.0),
              ("C", 0.0, 4.5, 4.5, 0.0, 10.0, 0.0), ("C", 15.5, 0.0, 20.0, 4.5, 20.0, 10.0), ("Z",)]
    blits = hairline_blits(circle)
    xs = [x for x, *_ in blits]
    ys = [y for _, y, *_ in blits]
    assert min(xs) >= -1 and max(xs) <= 20 and min(ys) >= -1 and max(ys) <= 20
    assert len(blits) > 100


def test_coverage_of_thin_strokes() -> None:
    assert hairline_coverage(0.5) == 0.5
    assert hairline_coverage(1.0) == 1.0
    assert hairline_coverage(1.5) is None
    assert coverage_alpha(0.5) == 127 / 255  # (255 * int(0.5 * 256)) >> 8
    assert coverage_alpha(1.0) == 1.0


def test_merged_blits_fold_repeated_pixels_and_join_runs() -> None:
    from pureog.stroke.hairline_aa import merged_blits  # noqa: PLC0415

    merged = merged_blits([(0, 0, 1, 1, 128), (1, 0, 1, 1, 128), (0, 0, 1, 1, 128), (5, 5, 1, 1, 255)], 1.0)
    assert merged[255] == [(5, 5, 1, 1)]
    assert merged[128] == [(1, 0, 1, 1)]
    assert merged[192] == [(0, 0, 1, 1)]  # 255 * (1 - (1 - 128/255)^2), rounded
    half = merged_blits([(0, 0, 2, 1, 255)], 0.5)
    assert half == {128: [(0, 0, 2, 1)]}


def test_hostile_coordinates_are_clipped_before_walking() -> None:
    import time  # noqa: PLC0415

    start = time.perf_counter()
    blits = hairline_blits([("M", 2.0, 2.0), ("L", 9e9, 5.0), ("L", -3e12, 7e11), ("Z",)])
    assert time.perf_counter() - start < scaled(5.0)
    assert all(-2 <= x <= 16386 and -2 <= y <= 16386 for x, y, *_ in blits)


def test_hairlines_are_dropped_on_a_pixmap_at_most_two_px_wide_or_tall() -> None:
    # tiny-skia's stroke_path_impl: bounds outset by 1 px not inside and the pixmap inset by 1 px empty
    from pureog.stroke.hairline import drawn_on_pixmap  # noqa: PLC0415

    box = [(0.0, 0.0), (32.0, 0.0), (32.0, 32.0), (0.0, 32.0)]
    assert drawn_on_pixmap(box, 3, 3)
    assert not drawn_on_pixmap(box, 1, 1) and not drawn_on_pixmap(box, 2, 60) and not drawn_on_pixmap(box, 60, 2)
    assert drawn_on_pixmap([(1.0, 1.0), (1.0, 1.0)], 2, 2)  # inside once outset: drawn
    assert not drawn_on_pixmap([(1.0, 1.0), (1.0, 1.0)], 2, 2, cap="square")  # caps outset by 2
