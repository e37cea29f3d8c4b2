"""Functions named after IDL routines.

Arrays use the layout ``scipy.io.readsav`` returns: numpy's shape is IDL's dimensions
reversed, so IDL ``a[i, j]`` is ``a[j, i]`` here and a printed IDL array reads like the
printed numpy array. ``dimension`` arguments are IDL's (1 = IDL's first = numpy's last).

Several names (``min``, ``max``, ``round``, ``sort``, ``reverse``) are those of Python builtins: import the package
(``from compat import idl``) and call ``idl.<name>``; ``from compat.idl import *``
would shadow the builtins.
"""

from compat.idl.ascii import readcol
from compat.idl.bytscl import bytscl
from compat.idl.ceil import ceil
from compat.idl.congrid import congrid
from compat.idl.convol import convol
from compat.idl.creation import (bindgen, bytarr, cindgen, complexarr, dblarr, dcindgen,
                                 dcomplexarr, dindgen, findgen, fltarr, indgen, intarr,
                                 l64indgen, lindgen, lon64arr, lonarr, make_array, uindgen,
                                 uintarr, ul64indgen, ulindgen, ulon64arr, ulonarr)
from compat.idl.curvefit import curvefit
from compat.idl.deriv import deriv
from compat.idl.fft import fft
from compat.idl.files import (close, eof, file_lines, free_lun, fstat, get_lun, openr,
                              openu, openw, point_lun, readu, restore, save, writeu)
from compat.idl.fits import (fxpar, headfits, mrdfits, mwrfits, readfits, sxaddpar, sxdelpar,
                             sxpar, writefits)
from compat.idl.fix import fix
from compat.idl.floor import floor
from compat.idl.gaussfit import gaussfit
from compat.idl.histogram import histogram
from compat.idl.idiv import idiv
from compat.idl.int_tabulated import int_tabulated
from compat.idl.interpol import interpol
from compat.idl.interpolate import interpolate
from compat.idl.linfit import linfit
from compat.idl.max import max
from compat.idl.mean import mean
from compat.idl.median import median
from compat.idl.min import min
from compat.idl.mod import mod
from compat.idl.moment import moment
from compat.idl.poly import poly
from compat.idl.poly_fit import poly_fit
from compat.idl.rebin import rebin
from compat.idl.reverse import reverse
from compat.idl.rotate import rotate
from compat.idl.round import round
from compat.idl.shift import shift
from compat.idl.smooth import smooth
from compat.idl.sort import sort
from compat.idl.spl_init import spl_init
from compat.idl.spl_interp import spl_interp
from compat.idl.spline import spline
from compat.idl.stddev import stddev
from compat.idl.total import total
from compat.idl.transpose import transpose
from compat.idl.uniq import uniq
from compat.idl.variance import variance
from compat.idl.where import where

__all__ = [
    "bindgen", "bytarr", "bytscl", "ceil", "cindgen", "close", "complexarr", "congrid",
    "convol", "curvefit", "dblarr", "dcindgen", "dcomplexarr", "deriv", "dindgen", "eof",
    "fft", "file_lines", "findgen", "fix", "floor", "fltarr", "free_lun", "fstat", "fxpar",
    "gaussfit", "get_lun", "headfits", "histogram", "idiv", "indgen",
    "int_tabulated", "intarr", "interpol", "interpolate", "l64indgen", "lindgen",
    "linfit", "lon64arr", "lonarr", "make_array", "max", "mean", "median", "min", "mod",
    "moment", "mrdfits", "mwrfits", "openr", "openu", "openw", "point_lun", "poly", "poly_fit", "readcol", "readfits", "readu", "rebin", "restore", "reverse", "rotate", "round", "save", "shift",
    "smooth", "sort", "spl_init", "spl_interp", "spline", "stddev", "sxaddpar", "sxdelpar", "sxpar", "total",
    "transpose", "uindgen", "uintarr", "ul64indgen", "ulindgen", "ulon64arr", "ulonarr",
    "uniq", "variance", "where", "writefits", "writeu",
]
