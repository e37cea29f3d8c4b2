"""The optional arguments of MATLAB's ``imgaussfilt`` and ``imgaussfilt3``: a sigma, then
the name-value pairs 'FilterSize', 'Padding' and 'FilterDomain' (names and values by
unique prefix, case ignored), with the Image Processing Toolbox's error texts. One
reading for both routines; each passes how it reads its sigma and filter size (two
or three dimensions)."""

from __future__ import annotations

import math
from typing import Callable

import numpy as np

from compat._core.args import prefix_matches
from compat._core.errors import CompatValueError

__all__ = ["gaussian_arguments"]

_OPTIONS = ("FilterSize", "Padding", "FilterDomain")
_PADDINGS = ("circular", "replicate", "symmetric")


def _word(value) -> str | None:
    return value.lower() if isinstance(value, str) else None


def gaussian_arguments(args, sigma: tuple, size: tuple, read_sigma: Callable,
                       read_size: Callable) -> tuple:
    """``(sigma, size, boundary, value, domain)`` from ``args`` (after the image).

    ``sigma``/``size`` are the defaults; a sigma given sets the size to
    ``2*ceil(2*sigma)+1`` per dimension before 'FilterSize' is read. ``boundary`` is
    'replicate' (the default), 'circular', 'symmetric' or 'constant' with ``value``;
    ``domain`` is 'auto', 'spatial' or 'frequency'.
    """
    rest = list(args)
    if rest and _word(rest[0]) is None:
        sigma = read_sigma(rest.pop(0))
        size = tuple(2 * math.ceil(2 * s) + 1 for s in sigma)
    if rest and _word(rest[0]) is None:
        raise CompatValueError("Too many optional arguments.")
    if len(rest) % 2:
        raise CompatValueError("Invalid name-value pair: each option name needs a value.")
    boundary, value, domain = "replicate", 0.0, "auto"
    for name_arg, val in zip(rest[::2], rest[1::2]):
        word = _word(name_arg)
        hit = [o for o in _OPTIONS if o.lower().startswith(word or "\0")]
        if word is None or not hit:
            raise CompatValueError(f"Unknown parameter name: {name_arg}.")
        pick = _word(val)
        if hit[0] == "FilterSize":
            size = read_size(val)
        elif hit[0] == "Padding" and pick is None:
            v = np.asarray(val)
            if v.size != 1 or v.dtype.kind not in "biuf":
                raise CompatValueError("Expected Padding to be a real scalar.")
            boundary, value = "constant", v.reshape(-1)[0]
        elif hit[0] == "Padding":
            match = prefix_matches(pick, _PADDINGS)
            if len(match) != 1:
                raise CompatValueError("Expected Padding to match one of these values: "
                                       "'replicate', 'circular', 'symmetric'")
            boundary = match[0]
        else:
            match = prefix_matches(pick, ("spatial", "frequency", "auto")) if pick else []
            if len(match) != 1:
                raise CompatValueError("Expected FilterDomain to match one of these values: "
                                       "'spatial', 'frequency', 'auto'")
            domain = match[0]
    return sigma, size, boundary, value, domain
