"""Approximate minimum degree column orderings: MATLAB's ``colamd`` and ``symamd``.

Python-shaped and 0-based: every function takes a 2-D numpy array or any
``scipy.sparse`` matrix and reads its nonzero **pattern** the way
:func:`compat._core.sparse_patterns.pattern` does (NaN is nonzero, a stored zero of a
scipy matrix is not, duplicates are summed first), and returns a 0-based permutation
and COLAMD's 20 statistics. The MATLAB argument grammar (knobs vector, 1-based row
result, nargout) is in :mod:`compat.matlab.sparse_patterns`.

The ordering is COLAMD version 2.9 (the one GNU Octave 7.3 links, unchanged through
SuiteSparse 7's COLAMD 3.3) step for step, because every tie decides the permutation:

* ``init_rows_cols``/``init_scoring``: empty columns are ordered last (highest
  column first gets the last place), then columns with more than
  ``max(16, knobs(2)*sqrt(min(m, n)))`` entries; rows with more than
  ``max(16, knobs(1)*sqrt(n))`` entries (counted after the dense columns are gone)
  and empty rows are ignored; a column left without rows is ordered last too. A
  negative knob removes only completely dense rows/columns. Each column's initial
  score is the sum over its rows of (row degree - 1), capped at ``n``; the degree lists
  are filled from the last column to the first, so each list starts with its
  lowest-numbered column.
* ``find_ordering``: the pivot is the head of the lowest non-empty degree list; the
  pivot row is the union of the pivot column's rows, in the order those rows and
  their columns are met; the approximate external degrees come from the set
  differences ``|R \\ Lp|`` (rows whose difference is empty are absorbed when
  aggressive absorption is on), columns are hashed by the sum of their row indices
  modulo ``n + 1`` and identical ones merged into supercolumns (the earlier in the
  hash bucket absorbs the later), and the updated columns go back to the *front* of
  their degree lists in pivot-row order. The work array has the size Octave and
  MATLAB allocate (``colamd_recommended``), so the number of garbage collections
  (``stats[2]``) is theirs too.
* ``order_children``: absorbed columns are numbered right after their principal
  column, in increasing column order.

``symamd`` is COLAMD on the matrix ``M`` with one row per entry ``(i, j)``, ``i > j``,
of the strictly lower triangle (columns ``i`` and ``j`` set), with no dense rows and
``knobs(1)`` as the dense-column control. Both are then post-ordered as MATLAB's
colamd.m/symamd.m do (``[~, q] = etree(S(:, p), 'col'); p = p(q)``, for symamd the
symmetric tree of ``S(p, p)``), children and roots in increasing order.

Sources (facts only; every line here is compat's own): T. A. Davis, J. R. Gilbert,
S. I. Larimore, E. G. Ng, "A column approximate minimum degree ordering algorithm"
and "Algorithm 836: COLAMD", ACM TOMS 30(3), 2004, 353-376 and 377-380; SuiteSparse
COLAMD's colamd.c (BSD-3-Clause) for the tie-breaking, the degree-list order, the
dense thresholds and the work-array size; its MATLAB interface (colamdmex.c,
colamd2.m, symamd2.m) and GNU Octave 7.3's colamd.cc for the post-ordering and the
statistics; checked against Octave 7.3 (reference_outputs/matlab/colamd).

COLAMD is inherently sequential (each pivot changes the degrees the next one is
chosen by), so it stays a loop: one function, :func:`_colamd_kernel`, compiled by numba
(``compat[fast]``; cached on disk) on int64 arrays when numba is installed and the
pattern has at least 5000 entries plus columns, otherwise run as plain Python on lists
(also with ``COMPAT_NUMBA=0``) -- the same statements, so the same permutation. A
10000-column pattern with 6 entries per column: about 0.1 s compiled (Octave's C:
0.07 s), 2-5 s in Python (bench/bench_matlab_sparse_orderings.py).
"""

from __future__ import annotations

import math
import os

import numpy as np
import scipy.sparse as sp

from compat._core.sparse_patterns import pattern

__all__ = ["column_amd", "symmetric_amd", "recommended_length", "dense_degree",
           "N_STATS", "STATUS_OK"]

N_STATS = 20
STATUS_OK = 0
_INT64_MIN = -(2 ** 63)         # what x86-64 converts NaN and out-of-range doubles to
_COL_INTS = 6                   # sizeof(Colamd_Col) / sizeof(Int)
_ROW_INTS = 4                   # sizeof(Colamd_Row) / sizeof(Int)


def recommended_length(nnz: int, n_row: int, n_col: int) -> int:
    """``colamd_recommended``: the work array MATLAB and Octave allocate (in integers),
    ``2*nnz + 6*(n_col+1) + 4*(n_row+1) + n_col + nnz//5``."""
    return 2 * nnz + _COL_INTS * (n_col + 1) + _ROW_INTS * (n_row + 1) + n_col + nnz // 5


def dense_degree(alpha: float, n: int) -> int:
    """COLAMD's ``(Int) MAX(16.0, alpha*sqrt(n))``: the count above which a row or
    column is dense. C's truncation toward zero; a NaN or out-of-range value becomes
    the most negative integer, as the x86-64 conversion makes it."""
    product = float(alpha) * math.sqrt(float(n))
    value = 16.0 if 16.0 > product else product      # MAX(a, b): (a > b) ? a : b
    if math.isnan(value) or not (-2.0 ** 63 <= value < 2.0 ** 63):
        return _INT64_MIN
    return int(value)


def _stats() -> list:
    stats = [0] * N_STATS
    stats[3] = STATUS_OK
    stats[4] = -1
    stats[5] = -1
    return stats


def _colamd_kernel(n_row, n_col, work, alen, nnz, col_ptr, c_start, c_len, c1, c2, c3,
                   c4, r_start, r_len, r1, r2, head, ordering, dense_row_count,
                   dense_col_count, aggressive, counts):
    """COLAMD proper on a sorted, duplicate-free pattern, in place.

    ``work`` holds the row indices column by column (``col_ptr`` the column starts)
    followed by free space up to ``alen``; it is consumed. The column arrays ``c_*``
    (``n_col + 1``: start, length, then COLAMD's four unions -- thickness/parent,
    score/order, prev/hash/headhash, next/hash_next) come in filled with
    0, 0, 1, 0, -1, -1; the row arrays (``n_row + 1``: start, length, degree, mark)
    and ``head`` (``n_col + 1``, -1) likewise. ``ordering[k]`` receives the column
    placed k-th; ``counts`` the dense/empty rows and columns ignored and the garbage
    collections. One function, no closures: it runs as plain Python on lists and,
    unchanged, compiled by numba on int64 arrays (the same statements either way).
    """
    # ---- init_rows_cols: the row form of the pattern after the column form
    for col in range(n_col):
        c_start[col] = col_ptr[col]
        c_len[col] = col_ptr[col + 1] - col_ptr[col]
    for k in range(nnz):
        r_len[work[k]] += 1
    position = nnz
    for row in range(n_row):
        r_start[row] = position
        r1[row] = position
        position += r_len[row]
    for col in range(n_col):
        for k in range(col_ptr[col], col_ptr[col + 1]):
            row = work[k]
            work[r1[row]] = col
            r1[row] += 1
    for row in range(n_row):
        r2[row] = 0
        r1[row] = r_len[row]

    # ---- init_scoring: dense and empty columns and rows, initial scores
    max_deg = 0
    n_col2 = n_col
    n_row2 = n_row
    for c in range(n_col - 1, -1, -1):
        if c_len[c] == 0:
            n_col2 -= 1
            c2[c] = n_col2
            c_start[c] = -1                                  # dead principal
    for c in range(n_col - 1, -1, -1):
        if c_start[c] < 0:
            continue
        if c_len[c] > dense_col_count:
            n_col2 -= 1
            c2[c] = n_col2
            s = c_start[c]
            for k in range(s, s + c_len[c]):
                r1[work[k]] -= 1
            c_start[c] = -1
    for r in range(n_row):
        deg = r1[r]
        if deg > dense_row_count or deg == 0:
            r2[r] = -1                                       # dead row
            n_row2 -= 1
        elif deg > max_deg:
            max_deg = deg
    for c in range(n_col - 1, -1, -1):
        if c_start[c] < 0:
            continue
        score = 0
        s = c_start[c]
        new = s
        for k in range(s, s + c_len[c]):
            row = work[k]
            if r2[row] < 0:
                continue
            work[new] = row
            new += 1
            score += r1[row] - 1
            if score > n_col:
                score = n_col
        if new == s:
            n_col2 -= 1
            c2[c] = n_col2
            c_start[c] = -1
        else:
            c_len[c] = new - s
            c2[c] = score
    for c in range(n_col - 1, -1, -1):
        if c_start[c] >= 0:
            score = c2[c]
            following = head[score]
            c3[c] = -1
            c4[c] = following
            if following != -1:
                c3[following] = c
            head[score] = c

    # ---- find_ordering
    max_mark = 2147483647 - n_col         # colamd.c: INT_MAX from <limits.h>
    for r in range(n_row):                # clear_mark(0)
        if r2[r] >= 0:
            r2[r] = 0
    tag_mark = 1
    min_score = 0
    ngarbage = 0
    pfree = 2 * nnz
    k = 0
    while k < n_col2:
        while head[min_score] == -1 and min_score < n_col:
            min_score += 1
        pivot_col = head[min_score]
        following = c4[pivot_col]
        head[min_score] = following
        if following != -1:
            c3[following] = -1
        pivot_col_score = c2[pivot_col]
        c2[pivot_col] = k
        pivot_col_thickness = c1[pivot_col]
        k += pivot_col_thickness
        needed = min(pivot_col_score, n_col - k)
        if pfree + needed >= alen:
            # garbage_collection: compact the live columns, then the live rows (each
            # live row's first entry is swapped for its ones' complement as a marker;
            # the entry waits in the row's mark, as in colamd.c)
            dest = 0
            for c in range(n_col):
                if c_start[c] >= 0:
                    src = c_start[c]
                    c_start[c] = dest
                    for kk in range(src, src + c_len[c]):
                        r = work[kk]
                        if r2[r] >= 0:
                            work[dest] = r
                            dest += 1
                    c_len[c] = dest - c_start[c]
            for r in range(n_row):
                if r2[r] < 0 or r_len[r] == 0:
                    r2[r] = -1
                else:
                    src = r_start[r]
                    r2[r] = work[src]
                    work[src] = -r - 1
            src = dest
            while src < pfree:
                if work[src] < 0:
                    r = -work[src] - 1
                    work[src] = r2[r]
                    r_start[r] = dest
                    length = r_len[r]
                    for kk in range(src, src + length):
                        c = work[kk]
                        if c_start[c] >= 0:
                            work[dest] = c
                            dest += 1
                    src += length
                    r_len[r] = dest - r_start[r]
                else:
                    src += 1
            pfree = dest
            ngarbage += 1
            for r in range(n_row):            # clear_mark(0)
                if r2[r] >= 0:
                    r2[r] = 0
            tag_mark = 1
        # the pivot row: the union of the pivot column's live rows
        pivot_row_start = pfree
        pivot_row_degree = 0
        c1[pivot_col] = -pivot_col_thickness
        s = c_start[pivot_col]
        for kk in range(s, s + c_len[pivot_col]):
            row = work[kk]
            if r2[row] >= 0:
                rs = r_start[row]
                for jj in range(rs, rs + r_len[row]):
                    col = work[jj]
                    thickness = c1[col]
                    if thickness > 0 and c_start[col] >= 0:
                        c1[col] = -thickness
                        work[pfree] = col
                        pfree += 1
                        pivot_row_degree += thickness
        c1[pivot_col] = pivot_col_thickness
        if pivot_row_degree > max_deg:
            max_deg = pivot_row_degree
        for kk in range(s, s + c_len[pivot_col]):
            r2[work[kk]] = -1
        pivot_row_length = pfree - pivot_row_start
        pivot_row = work[s] if pivot_row_length > 0 else -1
        pivot_end = pivot_row_start + pivot_row_length
        # set differences |R \ Lp| of the rows of the pivot row's columns
        for jj in range(pivot_row_start, pivot_end):
            col = work[jj]
            thickness = -c1[col]
            c1[col] = thickness
            prev = c3[col]
            following = c4[col]
            if prev == -1:
                head[c2[col]] = following
            else:
                c4[prev] = following
            if following != -1:
                c3[following] = prev
            cs = c_start[col]
            for kk in range(cs, cs + c_len[col]):
                row = work[kk]
                row_mark = r2[row]
                if row_mark < 0:
                    continue
                difference = row_mark - tag_mark
                if difference < 0:
                    difference = r1[row]
                difference -= thickness
                if difference == 0 and aggressive:
                    r2[row] = -1
                else:
                    r2[row] = difference + tag_mark
        # approximate degrees and hashes
        for jj in range(pivot_row_start, pivot_end):
            col = work[jj]
            hashed = 0
            cur_score = 0
            cs = c_start[col]
            new = cs
            for kk in range(cs, cs + c_len[col]):
                row = work[kk]
                row_mark = r2[row]
                if row_mark < 0:
                    continue
                work[new] = row
                new += 1
                hashed += row
                cur_score += row_mark - tag_mark
                if cur_score > n_col:
                    cur_score = n_col
            c_len[col] = new - cs
            if new == cs:
                c_start[col] = -1
                pivot_row_degree -= c1[col]
                c2[col] = k
                k += c1[col]
            else:
                c2[col] = cur_score
                hashed %= n_col + 1
                head_column = head[hashed]
                if head_column > -1:
                    first_col = c3[head_column]
                    c3[head_column] = col
                else:
                    first_col = -(head_column + 2)
                    head[hashed] = -(col + 2)
                c4[col] = first_col
                c3[col] = hashed
        # detect_super_cols: identical columns in a hash bucket merge into the earlier
        for jj in range(pivot_row_start, pivot_end):
            col = work[jj]
            if c_start[col] < 0:
                continue
            hashed = c3[col]
            head_column = head[hashed]
            if head_column > -1:
                first_col = c3[head_column]
            else:
                first_col = -(head_column + 2)
            super_c = first_col
            while super_c != -1:
                length = c_len[super_c]
                prev_c = super_c
                c = c4[super_c]
                while c != -1:
                    same = c_len[c] == length and c2[c] == c2[super_c]
                    if same:
                        a = c_start[super_c]
                        b = c_start[c]
                        for i in range(length):
                            if work[a + i] != work[b + i]:
                                same = False
                                break
                    if not same:
                        prev_c = c
                        c = c4[c]
                        continue
                    c1[super_c] += c1[c]
                    c1[c] = super_c
                    c_start[c] = -2                          # dead non-principal
                    c2[c] = -1
                    c4[prev_c] = c4[c]
                    c = c4[c]
                super_c = c4[super_c]
            if head_column > -1:
                c3[head_column] = -1
            else:
                head[hashed] = -1
        c_start[pivot_col] = -1
        tag_mark = tag_mark + max_deg + 1     # clear_mark(tag_mark + max_deg + 1)
        if tag_mark <= 0 or tag_mark >= max_mark:
            for r in range(n_row):
                if r2[r] >= 0:
                    r2[r] = 0
            tag_mark = 1
        # finalise the pivot row and put its columns back in the degree lists
        new = pivot_row_start
        for jj in range(pivot_row_start, pivot_end):
            col = work[jj]
            if c_start[col] < 0:
                continue
            work[new] = col
            new += 1
            work[c_start[col] + c_len[col]] = pivot_row
            c_len[col] += 1
            cur_score = c2[col] + pivot_row_degree
            max_score = n_col - k - c1[col]
            cur_score -= c1[col]
            if cur_score > max_score:
                cur_score = max_score
            c2[col] = cur_score
            following = head[cur_score]
            c4[col] = following
            c3[col] = -1
            if following != -1:
                c3[following] = col
            head[cur_score] = col
            if cur_score < min_score:
                min_score = cur_score
        if pivot_row_degree > 0:
            r_start[pivot_row] = pivot_row_start
            r_len[pivot_row] = new - pivot_row_start
            r1[pivot_row] = pivot_row_degree
            r2[pivot_row] = 0

    # ---- order_children: absorbed columns right after their principal column
    for i in range(n_col):
        if c_start[i] != -1 and c2[i] == -1:
            parent = c1[i]
            while c_start[parent] != -1:
                parent = c1[parent]
            # colamd.c walks from i towards the principal column, numbering and
            # collapsing; after collapsing i its next step is the principal column
            # itself, so i takes the principal's slot and the principal moves on
            c2[i] = c2[parent]
            c1[i] = parent
            c2[parent] += 1
    for c in range(n_col):
        ordering[c2[c]] = c
    counts[0] = n_row - n_row2
    counts[1] = n_col - n_col2
    counts[2] = ngarbage


def _tree_postorder_kernel(n, indices, indptr, perm, pinv, symmetric, parent, ancestor,
                           last, first_kid, next_kid, stack, post):
    """The elimination tree of ``B = A[:, perm]`` (``symmetric``: of ``A[perm][:, perm]``'s
    upper triangle) and its postorder into ``post``, in place; Python on lists or
    compiled on int64 arrays, like :func:`_colamd_kernel`.

    The tree: Liu's algorithm with path compression through ``ancestor`` -- for the
    column tree each entry links the column of its row's previous entry (``last``),
    as Octave's coletree links each row's first column, which gives the same tree.
    The postorder: Octave's tree_postorder, children linked in increasing order
    (built from the last node down) and a depth-first search from a virtual root
    ``n`` above the roots, made iterative with ``stack``.
    """
    for j in range(n):
        col = perm[j]
        for kk in range(indptr[col], indptr[col + 1]):
            r = indices[kk]
            if symmetric:
                i = pinv[r]
            else:
                i = last[r]
                last[r] = j
            while i != -1 and i < j:
                following = ancestor[i]
                ancestor[i] = j
                if following == -1:
                    parent[i] = j
                i = following
    for v in range(n - 1, -1, -1):
        dad = parent[v] if parent[v] != -1 else n
        next_kid[v] = first_kid[dad]
        first_kid[dad] = v
    top = 0
    stack[0] = n
    k = 0
    while top >= 0:
        v = stack[top]
        w = first_kid[v]
        if w == -1:
            top -= 1
            if v != n:
                post[k] = v
                k += 1
        else:
            first_kid[v] = next_kid[w]
            top += 1
            stack[top] = w


_COMPILED = None


def _compiled():
    """The numba-compiled kernels (COLAMD, tree and postorder), or None (numba
    missing, or ``COMPAT_NUMBA=0``)."""
    global _COMPILED
    if os.environ.get("COMPAT_NUMBA", "1").strip() == "0":
        return None
    if _COMPILED is None:
        try:
            import numba
        except ImportError:
            _COMPILED = False
        else:
            jit = numba.njit(nogil=True, cache=True)     # compiling takes seconds
            _COMPILED = (jit(_colamd_kernel), jit(_tree_postorder_kernel))
    return _COMPILED or None


# below this many entries plus columns the Python loop takes under about 0.1 s, about
# what loading the cached compiled kernels costs (compiling them once takes seconds)
_COMPILE_FROM = 5000


def _colamd(n_row: int, n_col: int, work: np.ndarray, alen: int, col_ptr: np.ndarray,
            dense_row: float, dense_col: float, aggressive: bool, stats: list) -> list:
    """Run :func:`_colamd_kernel` -- compiled on int64 arrays when numba is there and
    the problem is not tiny, else as Python on lists (the same statements, so the
    same ordering) -- and fill ``stats[0:3]``. ``work``: the ``nnz`` row indices."""
    dense_row_count = n_col - 1 if dense_row < 0 else dense_degree(dense_row, n_col)
    dense_col_count = n_row - 1 if dense_col < 0 else dense_degree(dense_col,
                                                                   min(n_row, n_col))
    nnz = int(work.size)
    kernels = _compiled() if nnz + n_col >= _COMPILE_FROM else None
    if kernels is not None:
        kernel = kernels[0]
        big = np.int64
        full = np.zeros(alen, dtype=big)
        full[:nnz] = work
        cols = [np.zeros(n_col + 1, dtype=big) for _ in range(6)]
        cols[2][:] = 1
        cols[4][:] = -1
        cols[5][:] = -1
        rows = [np.zeros(n_row + 1, dtype=big) for _ in range(4)]
        head = np.full(n_col + 1, -1, dtype=big)
        ordering = np.zeros(n_col, dtype=big)
        counts = np.zeros(3, dtype=big)
        kernel(n_row, n_col, full, alen, nnz, col_ptr.astype(big), *cols, *rows, head,
               ordering, max(dense_row_count, -2 ** 62), max(dense_col_count, -2 ** 62),
               bool(aggressive), counts)
        counts = counts.tolist()
    else:
        full = work.tolist() + [0] * (alen - nnz)
        cols = [[0] * (n_col + 1), [0] * (n_col + 1), [1] * (n_col + 1),
                [0] * (n_col + 1), [-1] * (n_col + 1), [-1] * (n_col + 1)]
        rows = [[0] * (n_row + 1) for _ in range(4)]
        head = [-1] * (n_col + 1)
        ordering = [0] * n_col
        counts = [0, 0, 0]
        _colamd_kernel(n_row, n_col, full, alen, nnz, col_ptr.tolist(), *cols, *rows,
                       head, ordering, dense_row_count, dense_col_count,
                       bool(aggressive), counts)
    stats[0:3] = [int(v) for v in counts]
    return ordering


def _finish(order: list, p: sp.csc_matrix, symmetric: bool) -> np.ndarray:
    """``order`` post-ordered by the elimination tree of ``p[:, order]``
    (``symmetric``: of ``p[order][:, order]``'s upper triangle)."""
    perm = np.asarray(order, dtype=np.int64)
    n = perm.size
    if n == 0:
        return perm
    m = p.shape[0]
    pinv = np.empty(n if symmetric else 0, dtype=np.int64)
    if symmetric:
        pinv[perm] = np.arange(n)
    kernels = _compiled() if p.nnz + n >= _COMPILE_FROM else None
    if kernels is not None:
        big = np.int64
        post = np.zeros(n, dtype=big)
        kernels[1](n, p.indices.astype(big), p.indptr.astype(big), perm, pinv,
                   symmetric, np.full(n, -1, dtype=big), np.full(n, -1, dtype=big),
                   np.full(m, -1, dtype=big), np.full(n + 1, -1, dtype=big),
                   np.full(n + 1, -1, dtype=big), np.zeros(n + 1, dtype=big), post)
    else:
        post = [0] * n
        _tree_postorder_kernel(n, p.indices.tolist(), p.indptr.tolist(), perm.tolist(),
                               pinv.tolist(), symmetric, [-1] * n, [-1] * n, [-1] * m,
                               [-1] * (n + 1), [-1] * (n + 1), [0] * (n + 1), post)
    return perm[np.asarray(post, dtype=np.int64)]


def column_amd(a, dense_row: float = 10.0, dense_col: float = 10.0, *,
               aggressive: bool = True, postorder: bool = True):
    """COLAMD's column ordering of ``a`` (0-based) and its 20 statistics.

    ``dense_row``/``dense_col``: MATLAB's ``knobs(1)``/``knobs(2)`` (negative: only
    completely dense rows/columns are removed). ``postorder``: follow it by the
    column elimination tree post-ordering, as MATLAB's and Octave's ``colamd``.
    Returns ``(perm, stats)``: ``stats`` a list of 20 ints as COLAMD fills them
    (0 dense/empty rows ignored, 1 columns, 2 garbage collections, 3 status,
    4/5 the last jumbled column/row or -1, 6 their count).
    """
    p = pattern(a)
    n_row, n_col = p.shape
    stats = _stats()
    nnz = int(p.nnz)
    alen = recommended_length(nnz, n_row, n_col) - _COL_INTS * (n_col + 1) \
        - _ROW_INTS * (n_row + 1)
    order = _colamd(n_row, n_col, p.indices.astype(np.int64), alen,
                    p.indptr.astype(np.int64), float(dense_row), float(dense_col),
                    bool(aggressive), stats)
    if not postorder:
        return np.asarray(order, dtype=np.int64), stats
    return _finish(order, p, False), stats


def symmetric_amd(a, dense: float = 10.0, *, aggressive: bool = True,
                  postorder: bool = True):
    """SYMAMD's symmetric ordering of the square ``a`` (0-based) and its statistics.

    Only the strictly lower triangle of ``a`` is read. ``dense``: MATLAB's
    ``knobs(1)``, rows/columns with more than ``max(16, dense*sqrt(n))`` entries are
    ordered last (negative: none). ``postorder``: follow it by the post-ordering of
    the elimination tree of ``a[perm][:, perm]`` (its upper triangle), as MATLAB's
    and Octave's ``symamd``. Returns ``(perm, stats)`` as :func:`column_amd`, with
    ``stats[0] == stats[1]``.
    """
    p = pattern(a)
    n = p.shape[1]
    if p.shape[0] != n:
        raise ValueError("symamd needs a square matrix")
    lower = sp.tril(p, k=-1, format="coo")
    # one row of M per strictly-lower entry, numbered in column-major order
    order_entries = np.lexsort((lower.row, lower.col))
    rows_i = lower.row[order_entries].astype(np.int64)
    cols_j = lower.col[order_entries].astype(np.int64)
    mnz = 2 * rows_i.size
    m_rows = mnz // 2
    count = np.bincount(np.concatenate([rows_i, cols_j]), minlength=n)
    col_ptr = np.concatenate([[0], np.cumsum(count)]).astype(np.int64)
    entries = np.arange(m_rows, dtype=np.int64)
    members = np.concatenate([rows_i, cols_j])
    row_ids = np.concatenate([entries, entries])
    placed = np.lexsort((row_ids, members))          # by column, rows increasing
    stats = _stats()
    alen = recommended_length(mnz, m_rows, n) - _COL_INTS * (n + 1) \
        - _ROW_INTS * (m_rows + 1)
    order = _colamd(m_rows, n, row_ids[placed], alen, col_ptr, -1.0, float(dense),
                    bool(aggressive), stats)
    stats[0] = stats[1]
    if not postorder:
        return np.asarray(order, dtype=np.int64), stats
    return _finish(order, p, True), stats
