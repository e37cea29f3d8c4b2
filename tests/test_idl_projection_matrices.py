"""IDL T3D and SCALE3: the matrices from their definitions (t3d.pro's step order, IDL's
# convention, readsav layout), the Python form of !P.T, errors, inputs untouched, and
random T3D calls against live GDL 1.0.1. Goldens: reference_outputs/idl/projection_matrices."""

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl


def _idl_hash(a, b):
    """IDL's A # B for readsav-layout matrices, by its definition: (A # B)[i, j] (IDL
    column i, row j) = sum_k A[i, k] * B[k, j]; numpy m[j, i] holds IDL's M[i, j]."""
    out = np.zeros((4, 4))
    for i in range(4):
        for j in range(4):
            out[j, i] = sum(a[k, i] * b[j, k] for k in range(4))
    return out


def test_translation_and_scale_entries():
    m = idl.t3d(reset=True, translate=[1, 2, 3])
    assert m.dtype == np.float64 and m[:3, 3].tolist() == [1, 2, 3]
    m = idl.t3d(reset=True, scale=[2, 3, 4])
    assert np.diag(m).tolist() == [2, 3, 4, 1]


def test_rotations_are_orthonormal_and_match_the_definition():
    m = idl.t3d(reset=True, rotate=[0, 0, 90])
    expected = np.eye(4)
    expected[0, 0] = expected[1, 1] = np.cos(np.pi / 2)
    expected[1, 0], expected[0, 1] = 1.0, -1.0          # IDL r[0,1] = sin -> numpy [1, 0]
    np.testing.assert_allclose(m, expected, atol=1e-16)
    r = idl.t3d(reset=True, rotate=[17, -33, 71])[:3, :3]
    np.testing.assert_allclose(r @ r.T, np.eye(3), atol=1e-15)
    assert np.isclose(np.linalg.det(r), 1.0)


def test_steps_run_in_t3d_order_whatever_the_keyword_order():
    a = idl.t3d(reset=True, rotate=[30, 0, 0], translate=[1, 0, 0], scale=[2, 2, 2])
    t = idl.t3d(reset=True, translate=[1, 0, 0])
    s = idl.t3d(reset=True, scale=[2, 2, 2])
    r = idl.t3d(reset=True, rotate=[30, 0, 0])
    np.testing.assert_allclose(a, _idl_hash(_idl_hash(t, s), r), rtol=0, atol=1e-15)


def test_perspective_oblique_and_exchanges():
    p = idl.t3d(reset=True, perspective=4.0)
    assert p[3, 2] == -0.25
    o = idl.t3d(reset=True, oblique=[0.5, 90.0])
    assert o[2, 2] == 0 and np.isclose(o[0, 2], 0.0, atol=1e-16) and o[1, 2] == 0.5
    base = idl.t3d(reset=True, scale=[1, 2, 3], translate=[4, 5, 6])
    x = idl.t3d(base, xyexch=True)
    np.testing.assert_array_equal(x[:, [1, 0, 2, 3]], base)
    # the last of XYEXCH, XZEXCH, YZEXCH wins (t3d.pro sets them in that order)
    np.testing.assert_array_equal(idl.t3d(base, xyexch=True, yzexch=True),
                                  idl.t3d(base, yzexch=True))


def test_start_matrix_types_and_no_mutation():
    a = np.arange(16, dtype=">f4").reshape(4, 4)
    a.setflags(write=False)
    same = idl.t3d(a)
    assert same.dtype == np.float32 and (same == a).all()     # no step: unchanged
    moved = idl.t3d(a, translate=[1, 1, 1])
    assert moved.dtype == np.float64 and a[0, 0] == 0
    assert (idl.t3d(np.zeros(5), scale=[2, 2, 2]) == idl.t3d(reset=True, scale=[2, 2, 2])).all()
    assert (idl.t3d(a, reset=True) == np.eye(4)).all()
    r = idl.t3d(reset=True, matrix=True)
    assert r._fields == ("matrix",) and (r.matrix == np.eye(4)).all()


def test_scale3_by_its_steps():
    third = np.float32(1) / np.sqrt(np.float32(3))
    m = idl.t3d(reset=True, translate=np.full(3, -0.5, np.float32),
                scale=np.full(3, third, np.float32))
    m = idl.t3d(m, rotate=[-90, 55, 0])
    m = idl.t3d(m, rotate=[20, 0, 0])
    m = idl.t3d(m, translate=np.full(3, 0.5, np.float32))
    np.testing.assert_array_equal(idl.scale3(ax=20, az=55, xrange=[0, 20]), m)
    # the FLOAT 1/sqrt(3) of scale3.pro, not the double one
    s = idl.scale3(ax=0, az=0)
    assert abs(np.linalg.norm(s[:3, 0]) - float(third)) < 1e-15


@pytest.mark.parametrize("kwargs, message", [
    (dict(translate=[1, 2]), "T3D: TRANSLATE must have 3 elements, not 2."),
    (dict(rotate=[1, np.nan, 2]), "T3D: ROTATE must be finite."),
    (dict(perspective=0), "T3D: PERSPECTIVE must not be 0"),
    (dict(oblique=[1]), "T3D: OBLIQUE must have 2 elements, not 1."),
])
def test_errors(kwargs, message):
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(")):
        idl.t3d(reset=True, **kwargs)
    with pytest.raises(ValueError, match="^SCALE3: XRANGE must have 2 elements"):
        idl.scale3(xrange=[1])


# ------------------------------------------------------------------------ live GDL
@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_t3d_against_gdl():
    rng = np.random.default_rng(1295)
    cases, ours = [], {}
    for k in range(30):
        start = rng.uniform(-2, 2, (4, 4))
        kw_idl, kw_py = [], {}
        for name in ("translate", "scale", "rotate"):
            if rng.integers(2):
                v = rng.uniform(-90, 90, 3) if name == "rotate" else rng.uniform(-3, 3, 3)
                kw_idl.append(f"{name}=v_{name}")
                kw_py[name] = v
        if rng.integers(2):
            kw_py["perspective"] = float(rng.uniform(1, 5))
            kw_idl.append(f"perspective={kw_py['perspective']!r}d")
        if rng.integers(3) == 0:
            kw_py["oblique"] = rng.uniform(0, 1, 2) * [1, 90]
            kw_idl.append("oblique=v_oblique")
        exch = ["", "xyexch", "xzexch", "yzexch"][int(rng.integers(4))]
        if exch:
            kw_py[exch] = True
            kw_idl.append(f"/{exch}")
        inputs = {"a": start} | {f"v_{n}": np.asarray(kw_py[n]) for n in
                                 ("translate", "scale", "rotate", "oblique") if n in kw_py}
        call = ", ".join(["a"] + kw_idl)
        cases.append((f"t{k}", inputs, f"compat_t3d_matrix({call})"))
        ours[f"t{k}"] = idl.t3d(start, **kw_py)
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "compat_t3d_matrix.pro").write_text(
            "function compat_t3d_matrix, a, _extra=e\n  t3d, a, matrix=m, _extra=e\n"
            "  return, m\nend\n")
        got = run_gdl(cases, Path(tmp))
    for name, value in ours.items():
        assert not isinstance(got[name], Exception), (name, got[name])
        # up to five 4x4 products: each entry a 4-term sum whose rounding depends on the
        # summation order (compat adds term by term; GDL 1.0.1 differs by a few ulps):
        # Higham's gamma_4 per product, times 16 for the size of the partial products
        # (start entries up to 2, scales up to 3) against the result's largest entry
        scale = np.abs(value).max() + 1.0
        np.testing.assert_allclose(got[name], value, rtol=0,
                                   atol=5 * 4 * np.finfo(float).eps * scale * 16)
