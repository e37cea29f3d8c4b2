"""The Heaviside step function with a chosen value at the origin."""

from __future__ import annotations

import numpy as np

__all__ = ["heaviside"]


def heaviside(x: np.ndarray, at_origin: float = 0.5) -> np.ndarray:
    """0 for ``x < 0``, 1 for ``x > 0``, ``at_origin`` at 0 (either sign of zero), NaN
    for NaN; in ``x``'s floating type."""
    return np.heaviside(x, np.asarray(at_origin, dtype=x.dtype)).astype(x.dtype)
