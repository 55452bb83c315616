"""The glyph buffer of the shaping engine: HarfBuzz's ``hb_buffer_t`` model in Python.

Input: code points with clusters. Output: the same :class:`Buffer`, mutated in place by every shaping
stage: glyph ids, clusters, feature masks, glyph properties from GDEF, ligature ids / components, and
positions (advances and offsets in font units).

The buffer keeps HarfBuzz's two-list model while a substitution pass runs: ``info`` is the input,
``out`` the output being built, ``idx`` the input cursor; ``sync()`` makes the output the new input.
Every cluster-merging rule (ligatures take the smallest cluster of their components, a deleted glyph
merges into a neighbour, ...) follows ``hb-buffer.cc`` so clusters come out as HarfBuzz reports them.

Imports only :mod:`pureog.text.ot.unicode`.
"""

from __future__ import annotations

from collections.abc import Callable

from pureog.errors import FontError
from pureog.limits import charge_shaping

_LONG_MERGE = 32
"""Glyphs a cluster merge may walk uncounted; a longer one counts them against the render's shaping
budget (``limits.charge_shaping``), as HarfBuzz bounds its operations: a cluster grown over a whole run
is walked again at each merge (20,000 Thai SARA AMs after one consonant, each merged with all before it:
past 100 s)."""

# Glyph property bits (hb_ot_layout_glyph_props_flags_t); the class bits equal the LookupFlag bits.
BASE_GLYPH = 0x02
LIGATURE = 0x04
MARK = 0x08
SUBSTITUTED = 0x10
LIGATED = 0x20
MULTIPLIED = 0x40
PRESERVE = SUBSTITUTED | LIGATED | MULTIPLIED

# lig_props layout: lig_id << 5 | IS_LIG_BASE | component count or component index.
IS_LIG_BASE = 0x10

# Attachment types of positioned glyphs.
ATTACH_MARK = 1
ATTACH_CURSIVE = 2

# Buffer scratch flags.
HAS_DEFAULT_IGNORABLES = 0x1
HAS_SPACE_FALLBACK = 0x2
HAS_GPOS_ATTACHMENT = 0x4
HAS_CGJ = 0x8
HAS_CONTINUATIONS = 0x10
HAS_FRACTION_SLASH = 0x20
HAS_VARIATION_SELECTOR_FALLBACK = 0x40
SHAPER0 = 0x100


class Glyph:
    """One glyph slot: ``hb_glyph_info_t`` and ``hb_glyph_position_t`` together.

    ``cp`` holds the code point until glyphs are mapped, then the glyph id. ``up`` is the unicode
    props word (:func:`pureog.text.ot.unicode.unicode_props`), ``gp`` the glyph props, ``lig`` the
    ligature props; ``syl`` the syllable serial, ``aux`` / ``aux2`` are shaper scratch bytes (Arabic
    action, Indic category and position), ``ng`` the glyph the normalizer chose.
    """

    __slots__ = ("cp", "cluster", "mask", "up", "gp", "lig", "syl", "aux", "aux2", "ng",
                 "xa", "ya", "xo", "yo", "chain", "atype")

    def __init__(self, cp: int, cluster: int, mask: int = 0, up: int = 0) -> None:
        self.cp = cp
        self.cluster = cluster
        self.mask = mask
        self.up = up
        self.gp = 0
        self.lig = 0
        self.syl = 0
        self.aux = 0
        self.aux2 = 0
        self.ng = 0
        self.xa = 0
        self.ya = 0
        self.xo = 0
        self.yo = 0
        self.chain = 0
        self.atype = 0

    def copy(self) -> Glyph:
        g = Glyph.__new__(Glyph)
        g.cp = self.cp
        g.cluster = self.cluster
        g.mask = self.mask
        g.up = self.up
        g.gp = self.gp
        g.lig = self.lig
        g.syl = self.syl
        g.aux = self.aux
        g.aux2 = self.aux2
        g.ng = self.ng
        g.xa = self.xa
        g.ya = self.ya
        g.xo = self.xo
        g.yo = self.yo
        g.chain = self.chain
        g.atype = self.atype
        return g

    def __repr__(self) -> str:
        return f"Glyph({self.cp}, cl={self.cluster}, gp={self.gp:#x}, lig={self.lig:#x})"


# --- lig_props helpers (hb-ot-layout.hh) ---------------------------------------------------------------

def lig_id(g: Glyph) -> int:
    return g.lig >> 5


def lig_comp(g: Glyph) -> int:
    return 0 if g.lig & IS_LIG_BASE else g.lig & 0x0F


def lig_num_comps(g: Glyph) -> int:
    if (g.gp & LIGATURE) and (g.lig & IS_LIG_BASE):
        return g.lig & 0x0F
    return 1


def lig_num_comps_in_ligation(g: Glyph) -> int:
    if (g.gp & MULTIPLIED) and lig_comp(g):
        return 0
    return lig_num_comps(g)


def set_lig_props_for_ligature(g: Glyph, lid: int, num_comps: int) -> None:
    g.lig = ((lid << 5) | IS_LIG_BASE | (num_comps & 0x0F)) & 0xFF


def set_lig_props_for_mark(g: Glyph, lid: int, comp: int) -> None:
    g.lig = ((lid << 5) | (comp & 0x0F)) & 0xFF


class Buffer:
    """A run of glyphs being shaped, with HarfBuzz's input / output cursor model."""

    __slots__ = ("info", "out", "idx", "have_output", "serial", "scratch", "rtl", "forward",
                 "random_state", "max_ops", "context", "max_len", "dotted_circles")

    def __init__(self, glyphs: list[Glyph], rtl: bool = False, context: tuple[str, str] = ("", "")) -> None:
        self.info = glyphs
        self.context = context
        """The text around the run (``hb_buffer_t``'s context): before it (nearest first) and after it,
        logical order; Arabic joining reads it."""
        self.out: list[Glyph] = []
        self.idx = 0
        self.have_output = False
        self.serial = 0
        self.scratch = 0
        self.rtl = rtl
        self.forward = not rtl
        self.random_state = 1
        self.max_ops = max(len(glyphs) * 64, 16384)
        # HarfBuzz's max_len (HB_BUFFER_MAX_LEN_FACTOR, _MIN): multiple substitutions applied again and
        # again (a -> 32 a in three features) would otherwise grow the run 32,768-fold
        self.max_len = max(len(glyphs) * 64, 16384)
        self.dotted_circles = True
        """Broken clusters get a dotted circle (off: HB_BUFFER_FLAG_DO_NOT_INSERT_DOTTED_CIRCLE)."""

    # --- cursor -----------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.info)

    def cur(self, i: int = 0) -> Glyph:
        return self.info[self.idx + i]

    def prev(self) -> Glyph:
        return self.out[-1]

    def backtrack_len(self) -> int:
        return len(self.out) if self.have_output else self.idx

    def lookahead_len(self) -> int:
        return len(self.info) - self.idx

    def backtrack(self) -> list[Glyph]:
        """The glyphs before the cursor (the output while a substitution pass runs)."""
        return self.out if self.have_output else self.info

    def next_serial(self) -> int:
        self.serial = (self.serial + 1) & 0xFF
        if not self.serial:
            self.serial = 1
        return self.serial

    def clear_output(self) -> None:
        self.have_output = True
        self.out = []

    def sync(self) -> None:
        if self.have_output:
            out = self.out
            out.extend(self.info[self.idx:])
            self.info = out
        self.have_output = False
        self.out = []
        self.idx = 0

    def next_glyph(self) -> None:
        if self.have_output:
            self.out.append(self.info[self.idx])
        self.idx += 1

    def next_glyphs(self, n: int) -> None:
        if self.have_output:
            self.out.extend(self.info[self.idx:self.idx + n])
        self.idx += n

    def skip_glyph(self) -> None:
        self.idx += 1

    def _grown(self) -> None:
        if len(self.out) + len(self.info) - self.idx > self.max_len:
            raise FontError(f"the font's substitutions make more than {self.max_len:,} glyphs of a run "
                            "(HarfBuzz's limit)")

    def replace_glyphs(self, num_in: int, glyphs: list[int] | tuple[int, ...]) -> None:
        self._grown()
        self.merge_clusters(self.idx, self.idx + num_in)
        orig = self.info[self.idx] if self.idx < len(self.info) else self.out[-1]
        out = self.out
        for gid in glyphs:
            g = orig.copy()
            g.cp = gid
            out.append(g)
        self.idx += num_in

    def replace_glyph(self, gid: int) -> None:
        g = self.info[self.idx].copy()
        g.cp = gid
        self.out.append(g)
        self.idx += 1

    def output_glyph(self, gid: int) -> None:
        self._grown()
        orig = self.info[self.idx] if self.idx < len(self.info) else self.out[-1]
        g = orig.copy()
        g.cp = gid
        self.out.append(g)

    def output_info(self, g: Glyph) -> None:
        self.out.append(g)

    def copy_glyph(self) -> None:
        self.out.append(self.info[self.idx].copy())

    def move_to(self, i: int) -> None:
        """Make ``i`` glyphs be in the output (positions count from the start of the output)."""
        if not self.have_output:
            self.idx = i
            return
        out_len = len(self.out)
        if out_len < i:
            count = i - out_len
            self.out.extend(self.info[self.idx:self.idx + count])
            self.idx += count
        elif out_len > i:
            count = out_len - i
            moved = self.out[i:]
            del self.out[i:]
            start = self.idx - count
            if start < 0:
                start = 0
            self.info[start:self.idx] = moved
            self.idx = start

    # --- clusters ---------------------------------------------------------------------------------------
    def merge_clusters(self, start: int, end: int) -> None:
        if end - start < 2:
            return
        info = self.info
        cluster = info[start].cluster
        for i in range(start + 1, end):
            c = info[i].cluster
            if c < cluster:
                cluster = c
        if cluster != info[end - 1].cluster:
            n = len(info)
            while end < n and info[end - 1].cluster == info[end].cluster:
                end += 1
        if cluster != info[start].cluster:
            while self.idx < start and info[start - 1].cluster == info[start].cluster:
                start -= 1
        if end - start > _LONG_MERGE:
            charge_shaping(end - start)
        if self.idx == start and info[start].cluster != cluster and self.have_output:
            old = info[start].cluster
            out = self.out
            i = len(out)
            while i and out[i - 1].cluster == old:
                out[i - 1].cluster = cluster
                i -= 1
        for i in range(start, end):
            info[i].cluster = cluster

    def merge_out_clusters(self, start: int, end: int) -> None:
        if end - start < 2:
            return
        out = self.out
        cluster = out[start].cluster
        for i in range(start + 1, end):
            c = out[i].cluster
            if c < cluster:
                cluster = c
        while start and out[start - 1].cluster == out[start].cluster:
            start -= 1
        n = len(out)
        while end < n and out[end - 1].cluster == out[end].cluster:
            end += 1
        if end - start > _LONG_MERGE:
            charge_shaping(end - start)
        if end == n:
            last = out[end - 1].cluster
            info = self.info
            i = self.idx
            while i < len(info) and info[i].cluster == last:
                info[i].cluster = cluster
                i += 1
        for i in range(start, end):
            out[i].cluster = cluster

    def delete_glyph(self) -> None:
        info = self.info
        idx = self.idx
        cluster = info[idx].cluster
        out = self.out
        if not ((idx + 1 < len(info) and cluster == info[idx + 1].cluster) or (out and cluster == out[-1].cluster)):
            if out:
                if cluster < out[-1].cluster:
                    old = out[-1].cluster
                    i = len(out)
                    while i and out[i - 1].cluster == old:
                        out[i - 1].cluster = cluster
                        i -= 1
            elif idx + 1 < len(info):
                self.merge_clusters(idx, idx + 2)
        self.idx += 1

    def delete_glyphs_inplace(self, pred: Callable[[Glyph], bool]) -> None:
        info = self.info
        kept: list[Glyph] = []
        count = len(info)
        for i in range(count):
            g = info[i]
            if pred(g):
                cluster = g.cluster
                if i + 1 < count and cluster == info[i + 1].cluster:
                    continue
                if kept:
                    if cluster < kept[-1].cluster:
                        old = kept[-1].cluster
                        k = len(kept)
                        while k and kept[k - 1].cluster == old:
                            kept[k - 1].cluster = cluster
                            k -= 1
                    continue
                if i + 1 < count:
                    # merge_clusters(i, i + 2) on the not-yet-compacted array
                    lo = min(cluster, info[i + 1].cluster)
                    end = i + 2
                    if lo != info[end - 1].cluster:
                        old = info[end - 1].cluster
                        while end < count and info[end].cluster == old:
                            end += 1
                    for k in range(i, end):
                        info[k].cluster = lo
                continue
            kept.append(g)
        self.info = kept

    def sort(self, start: int, end: int, key: Callable[[Glyph], int]) -> None:
        """Stable insertion sort of ``info[start:end]`` by ``key``, merging the clusters it moves across."""
        info = self.info
        for i in range(start + 1, end):
            j = i
            ki = key(info[i])
            while j > start and key(info[j - 1]) > ki:
                j -= 1
            if i == j:
                continue
            self.merge_clusters(j, i + 1)
            t = info[i]
            info[j + 1:i + 1] = info[j:i]
            info[j] = t

    def reverse_range(self, start: int, end: int) -> None:
        self.info[start:end] = self.info[start:end][::-1]

    def reverse(self) -> None:
        self.info.reverse()

    def reverse_groups(self, same_group: Callable[[Glyph, Glyph], bool], merge: bool = False) -> None:
        info = self.info
        n = len(info)
        if not n:
            return
        start = 0
        for i in range(1, n):
            if not same_group(info[i - 1], info[i]):
                if merge:
                    self.merge_clusters(start, i)
                self.reverse_range(start, i)
                start = i
        if merge:
            self.merge_clusters(start, n)
        self.reverse_range(start, n)
        self.info.reverse()

    def set_masks(self, value: int, mask: int, cluster_start: int, cluster_end: int) -> None:
        if not mask:
            return
        not_mask = ~mask
        value &= mask
        for g in self.info:
            if cluster_start <= g.cluster < cluster_end:
                g.mask = (g.mask & not_mask) | value
