"""IDL's 4x4 homogeneous transformation matrices (the !P.T of 3-D graphics), as T3D and
SCALE3 build them, computed without graphics.

Matrices are in readsav layout: numpy ``m[j, i]`` is IDL's ``M[i, j]``, so a printed
matrix reads as IDL prints it, and IDL's ``A # B`` is numpy's ``B @ A``. The steps are
those of IDL's library routines t3d.pro and scale3.pro (learned from their documented
behaviour and published source; the code here is written from those facts):

* T3D starts from the identity (/RESET) or the given matrix, then applies, in this
  order whatever the keywords' order, the translation, the scaling, the rotation (about
  X, then Y, then Z, by the angles in degrees; an angle of 0 skipped), the perspective
  (eye at (0, 0, p)), the oblique projection (distance, angle in degrees), each as
  ``array = array # R`` in DOUBLE, and last the exchange of two axes (two columns of
  IDL's matrix);
* SCALE3 is T3D /RESET with TRANSLATE=[-.5, -.5, -.5] and SCALE=1./SQRT(3) (FLOAT),
  ROTATE=[-90, AZ, 0], ROTATE=[AX, 0, 0], TRANSLATE=[.5, .5, .5] (AX and AZ default 30).

API: :func:`t3d`, :func:`scale3`.
"""

from __future__ import annotations

import numpy as np

__all__ = ["t3d", "scale3", "identity"]


def identity() -> np.ndarray:
    return np.eye(4)


def _idl(m: np.ndarray, i: int, j: int, value) -> None:
    """Set IDL's ``M[i, j]`` (column i, row j) of a readsav-layout matrix."""
    m[j, i] = value


def _hash(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """IDL's ``A # B`` of readsav-layout matrices in DOUBLE (numpy's ``B @ A``), its sums
    taken term by term in index order."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    out = b[:, 0:1] * a[0:1, :]
    for k in range(1, a.shape[0]):
        out = out + b[:, k:k + 1] * a[k:k + 1, :]
    return out


def _rotation(angles) -> np.ndarray:
    rad = np.asarray(angles, dtype=np.float64) * np.pi / 180.0
    sx, cx = np.sin(rad), np.cos(rad)
    r = np.eye(3)
    if angles[0] != 0:
        _idl(r, 1, 1, cx[0])
        _idl(r, 1, 2, sx[0])
        _idl(r, 2, 1, -sx[0])
        _idl(r, 2, 2, cx[0])
    if angles[1] != 0:
        rr = np.eye(3)
        _idl(rr, 0, 0, cx[1])
        _idl(rr, 0, 2, -sx[1])
        _idl(rr, 2, 0, sx[1])
        _idl(rr, 2, 2, cx[1])
        r = _hash(r, rr)
    if angles[2] != 0:
        rr = np.eye(3)
        _idl(rr, 0, 0, cx[2])
        _idl(rr, 0, 1, sx[2])
        _idl(rr, 1, 0, -sx[2])
        _idl(rr, 1, 1, cx[2])
        r = _hash(r, rr)
    out = np.zeros((4, 4))
    out[:3, :3] = r
    out[3, 3] = 1.0
    return out


def t3d(array: np.ndarray, *, translate=None, scale=None, rotate=None, perspective=None,
        oblique=None, exchange: tuple | None = None) -> np.ndarray:
    """T3D's steps on ``array`` (readsav layout); vectors are sequences of 3 (oblique:
    2) numbers, ``exchange`` a pair of axis indices."""
    if translate is not None:
        r = np.eye(4)
        for i in range(3):
            _idl(r, 3, i, translate[i])
        array = _hash(array, r)
    if scale is not None:
        r = np.eye(4)
        for i in range(3):
            _idl(r, i, i, scale[i])
        array = _hash(array, r)
    if rotate is not None:
        array = _hash(array, _rotation(rotate))
    if perspective is not None:
        r = np.eye(4)
        _idl(r, 2, 3, -1.0 / np.float64(perspective))
        array = _hash(array, r)
    if oblique is not None:
        r = np.eye(4)
        _idl(r, 2, 2, 0.0)
        angle = np.float64(oblique[1]) * np.pi / 180.0
        _idl(r, 2, 0, np.float64(oblique[0]) * np.cos(angle))
        _idl(r, 2, 1, np.float64(oblique[0]) * np.sin(angle))
        array = _hash(array, r)
    if exchange is not None:
        array = np.array(array, copy=True)
        e0, e1 = exchange
        array[:, [e0, e1]] = array[:, [e1, e0]]
    return array


def scale3(ax=30, az=30) -> np.ndarray:
    """SCALE3's transformation (readsav layout, DOUBLE)."""
    third = np.float32(1.0) / np.sqrt(np.float32(3.0))          # IDL's 1./SQRT(3), FLOAT
    m = t3d(identity(), translate=np.array([-0.5] * 3, np.float32),
            scale=np.array([third] * 3, np.float32))
    m = t3d(m, rotate=[-90, az, 0])
    m = t3d(m, rotate=[ax, 0, 0])
    return t3d(m, translate=np.array([0.5] * 3, np.float32))
