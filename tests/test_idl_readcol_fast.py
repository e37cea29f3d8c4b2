"""READCOL's one-pass numpy parse of clean F/D tables (compat.idl.ascii._float_table)
against the line-by-line reader (forced by a COMMENT character absent from the file):
the same bits, counts and skipped lines, for the texts its C-speed checks must judge --
blank and white-space-only lines, 'd' exponents, NaN/Infinity words, other white space."""

import numpy as np
import pytest

from compat import idl


@pytest.mark.parametrize("text", [
    "1.5 2.5\n\n3.5 4.5\n" + "1 2\n" * 40,
    "1.5 2.5\n \t \n3.5 4.5\n" + "1 2\n" * 40,
    "1.5d3 2.5D-2\n-3.5d0 4.5\n" + "1e1 2E2\n" * 40,
    "NaN 2.5\nInfinity -inf\n" + "1 2\n" * 40,
    "1.5\x0c2.5\n3.5\xa04.5\n" + "1 2\n" * 40,
    "1.5,2.5\r\n3.5 , 4.5\r\n" + "1,2\r\n" * 40,
    "1.5 2.5\n3.5 x\n" + "1 2\n" * 40,
    "1.5 2.5 7\n3.5 4.5\n" + "1 2\n" * 40,
])
def test_the_numpy_path_equals_the_line_reader_on_edge_texts(tmp_path, text):
    path = tmp_path / "t.dat"
    path.write_bytes(text.encode("latin-1"))
    fast = idl.readcol(str(path), "F,D", silent=True, count=True, nlines=True)
    slow = idl.readcol(str(path), "F,D", silent=True, count=True, nlines=True,
                       comment="@")
    assert (fast.count, fast.nlines) == (slow.count, slow.nlines)
    for a, b in zip(fast.result, slow.result):
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes()
