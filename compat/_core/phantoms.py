"""Ellipse phantoms (MATLAB's ``phantom``): sums of constant-intensity ellipses sampled
on an n-by-n grid over [-1, 1] x [-1, 1].

The grid and the inside test are those MATLAB's phantom.m uses (as public copies of the
file show): the coordinates ``((0:n-1) - (n-1)/2) / ((n-1)/2)`` along x, y the same
rotated (row 1 at y = 1), an ellipse ``[A a b x0 y0 phi]`` adding A wherever
``((x cos + y sin)^2)/a^2 + ((y cos - x sin)^2)/b^2 <= 1`` with x, y taken from its
centre and phi in degrees. The arithmetic is kept in that order, so the pixels on an
ellipse's edge fall on the same side as in MATLAB.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["SHEPP_LOGAN", "MODIFIED_SHEPP_LOGAN", "phantom_image"]

# the ellipses' geometry: a, b, x0, y0, phi (degrees) -- MATLAB's phantom page
_GEOMETRY = np.array([
    [0.69, 0.92, 0.0, 0.0, 0.0],
    [0.6624, 0.874, 0.0, -0.0184, 0.0],
    [0.11, 0.31, 0.22, 0.0, -18.0],
    [0.16, 0.41, -0.22, 0.0, 18.0],
    [0.21, 0.25, 0.0, 0.35, 0.0],
    [0.046, 0.046, 0.0, 0.1, 0.0],
    [0.046, 0.046, 0.0, -0.1, 0.0],
    [0.046, 0.023, -0.08, -0.605, 0.0],
    [0.023, 0.023, 0.0, -0.606, 0.0],
    [0.023, 0.046, 0.06, -0.605, 0.0],
])
#: Shepp and Logan's head phantom (intensities of the original paper)
SHEPP_LOGAN = np.column_stack([[1, -0.98, -0.02, -0.02, 0.01, 0.01, 0.01, 0.01, 0.01,
                                0.01], _GEOMETRY])
#: Toft's modified Shepp-Logan phantom (higher contrast), MATLAB's default
MODIFIED_SHEPP_LOGAN = np.column_stack([[1, -0.8, -0.2, -0.2, 0.1, 0.1, 0.1, 0.1, 0.1,
                                         0.1], _GEOMETRY])


def phantom_image(ellipses: np.ndarray, n: int) -> np.ndarray:
    """The n-by-n image of the ``ellipses`` (rows ``[A a b x0 y0 phi]``)."""
    with np.errstate(invalid="ignore"):  # n = 1: 0/0, no pixel inside, as in MATLAB
        axis = (np.arange(n, dtype=np.float64) - (n - 1) / 2) / ((n - 1) / 2)
    xg = np.tile(axis, (n, 1))
    yg = np.rot90(xg)
    image = np.zeros((n, n))
    for intensity, a, b, x0, y0, angle in np.asarray(ellipses, dtype=np.float64):
        asq, bsq = a ** 2, b ** 2
        phi = angle * np.pi / 180
        x, y = xg - x0, yg - y0
        c, s = math.cos(phi), math.sin(phi)   # the C library's, as MATLAB's scalar cos
        inside = ((x * c + y * s) ** 2) / asq + ((y * c - x * s) ** 2) / bsq <= 1
        image[inside] += intensity
    return image
