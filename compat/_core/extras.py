"""The optional extras: importing a module compat needs only for some routines.

compat's core dependencies are numpy, scipy and astropy. A few routine families run on
a package that is an optional extra of the distribution (``pyproject.toml``), imported
only when such a routine runs: :func:`optional_module` is that import, in one place. A
missing package raises :class:`~compat._core.errors.MissingExtraError` (an
``ImportError`` that names the extra to install); the routine's decorator binds its
legacy name to it like any compat error, and the golden report counts the cases that
need it as *skipped*, not failed.

Examples
--------
>>> optional_module("numpy").__name__
'numpy'
>>> EXTRAS["PIL"]
('Pillow', 'images')
"""

from __future__ import annotations

import importlib

from compat._core.errors import MissingExtraError

__all__ = ["EXTRAS", "optional_module"]

DISTRIBUTION = "idl-matlab-compat"

#: module name -> (the package to install, the extra of pyproject.toml that brings it)
EXTRAS = {
    "pandas": ("pandas", "tables"),
    "openpyxl": ("openpyxl", "excel"),
    "h5py": ("h5py", "hdf5"),
    "netCDF4": ("netCDF4", "hdf5"),
    "pyhdf": ("pyhdf", "hdf4"),
    "PIL": ("Pillow", "images"),
    "dask": ("dask", "dask"),
    "matplotlib": ("matplotlib", "plot"),
    "contourpy": ("contourpy", "plot"),
    "numba": ("numba", "fast"),
}


def optional_module(name: str, needed_for: str = "this routine"):
    """``import name``, or a :class:`MissingExtraError` naming the extra to install.

    Parameters
    ----------
    name : str
        The module (``"h5py"``, ``"PIL.Image"``); its top-level package must be a key
        of :data:`EXTRAS` unless it is a core dependency.
    needed_for : str
        What needs it, for the message (``"HDF5 files"``).
    """
    try:
        return importlib.import_module(name)
    except ImportError:
        package, extra = EXTRAS[name.partition(".")[0]]
        raise MissingExtraError(
            f"{needed_for} runs on {package}, which is not installed: install the "
            f"optional extra, pip install '{DISTRIBUTION}[{extra}]'",
            extra=extra) from None
