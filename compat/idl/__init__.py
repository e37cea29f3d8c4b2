"""Functions named after IDL routines.

Arrays use the layout ``scipy.io.readsav`` returns: numpy's shape is IDL's dimensions
reversed, so IDL ``a[i, j]`` is ``a[j, i]`` here and a printed IDL array reads like the
printed numpy array. ``dimension`` arguments are IDL's (1 = IDL's first = numpy's last).

The routines live in family modules (``compat.idl.smoothing``, ``compat.idl.files`` ...,
listed in :data:`FAMILIES`); their names are re-exported here, and ``__all__`` is built
from the families' ``__all__``.

Several names (``min``, ``max``, ``round``, ``sort``, ``reverse``, ``float``, ``print``) are those of Python
builtins: import the package (``from compat import idl``) and call ``idl.<name>``; ``from compat.idl import *``
would shadow the builtins.
"""

from compat.idl.arrays import (replicate_inplace, reverse, rotate, shift, sort,
                               transpose, uniq, where)
from compat.idl.ascii import rdfloat, readcol, readfmt
from compat.idl.column_printing import forprint
from compat.idl.calculus import deriv, int_tabulated
from compat.idl.conversion import byte, double, float, long, long64, uint, ulong, ulong64
from compat.idl.convolution import convol
from compat.idl.creation import (bindgen, bytarr, cindgen, complexarr, dblarr, dcindgen,
                                 dcomplexarr, dindgen, findgen, fltarr, indgen, intarr,
                                 l64indgen, lindgen, lon64arr, lonarr, make_array, uindgen,
                                 uintarr, ul64indgen, ulindgen, ulon64arr, ulonarr)
from compat.idl.curvefitting import curvefit, gaussfit
from compat.idl.dates import (bin_date, caldat, julday, label_date_format, systime,
                              timegen, timestamp, timestamptovalues)
from compat.idl.files import (close, eof, file_lines, free_lun, fstat, get_lun, openr, openu,
                              openw, point_lun, restore, save)
from compat.idl.filesystem import (file_copy, file_delete, file_info, file_mkdir, file_move,
                                   file_test)
from compat.idl.formatted_io import print, printf, read, readf, reads
from compat.idl.fits import headfits, mrdfits, mwrfits, readfits
from compat.idl.fits_keywords import fxpar, sxaddpar, sxdelpar, sxpar
from compat.idl.fits_fx import fits_info, fxaddpar, fxread
from compat.idl.fits_write import mkhdr, writefits
from compat.idl.fitting import linfit, poly, poly_fit
from compat.idl.histograms import hist_2d, hist_nd, histogram
from compat.idl.images import (query_jpeg, query_png, read_jpeg, read_png, write_jpeg,
                               write_png)
from compat.idl.interpolation import interpol, interpolate, spl_init, spl_interp, spline
from compat.idl.decompositions import (choldc, cholsol, eigenql, ludc, lusol, svdc,
                                       svsol, trisol)
from compat.idl.linalg import (columns_by_rows, cond, determ, invert, la_invert,
                               matrix_multiply, norm, rows_by_columns)
from compat.idl.numeric import bytscl, ceil, fix, floor, idiv, mod, round
from compat.idl.paths import (expand_path, file_basename, file_dirname, file_search,
                              file_which, filepath, findfile, path_sep)
from compat.idl.regridding import congrid, rebin
from compat.idl.shapes import (array_equal, array_indices, isa, n_elements, reform,
                               replicate, size, typename)
from compat.idl.smoothing import median, smooth
from compat.idl.statistics import (max, mean, min, moment, standardize, stddev,  # noqa: F401
                                   total, variance)
from compat.idl.patterns import str_sep, stregex, strmatch, strsplit, strtok
from compat.idl.strings import (strarr, strcmp, strcompress, string, strjoin, strlen,
                                strlowcase, strmid, strpos, strput, strtrim, strupcase)
from compat.idl.structures import (create_struct, dictionary, hash, idl_validname, list,
                                   n_tags, orderedhash, struct_assign, tag_names)
from compat.idl.system import cd, getenv, setenv, spawn
from compat.idl.tables import read_ascii, read_csv, write_csv
from compat.idl.transforms import fft
from compat.idl.tiff_files import query_tiff, read_tiff, write_tiff

from compat.idl import (arrays, ascii, calculus, column_printing, conversion,
                        convolution, creation, curvefitting, dates, decompositions, files, filesystem, fits,
                        fits_fx, fits_keywords, fits_write, fitting, formatted_io,
                        histograms, images,
                        interpolation, linalg,
                        numeric, paths, patterns, regridding, shapes, smoothing, statistics,
                        strings, structures, system, tables, tiff_files,
                        transforms)  # noqa: E402

#: the families (modules of compat.idl by job); a new family adds itself here
FAMILIES = (arrays, ascii, calculus, column_printing, conversion, convolution, creation,
            curvefitting,
            dates, decompositions, files, filesystem, fits, fits_fx, fits_keywords,
            fits_write, fitting,
            formatted_io, histograms, images, interpolation, linalg, numeric, paths,
            patterns, regridding, shapes, smoothing, statistics, strings, structures,
            system, tables, tiff_files, transforms)

# issue 16: the rest of IDL's array routines
from compat.idl import endian, matrices, operators, products  # noqa: E402
from compat.idl.creation import sindgen  # noqa: E402,F401
from compat.idl.endian import byteorder, swap_endian, swap_endian_inplace  # noqa: E402,F401
from compat.idl.matrices import crossp, diag_matrix, identity, trace  # noqa: E402,F401
from compat.idl.operators import (boolean, greater_of, ishft,  # noqa: E402,F401
                                  lesser_of, logical_and, logical_or, logical_true,
                                  power, subscript)
from compat.idl.products import product, value_locate  # noqa: E402,F401

FAMILIES = FAMILIES + (endian, matrices, operators, products)

# issue 16: statistics and special functions
from compat.idl import correlation, distributions, moments, special  # noqa: E402
from compat.idl.correlation import a_correlate, c_correlate, correlate  # noqa: E402,F401
from compat.idl.correlation import m_correlate, p_correlate  # noqa: E402,F401
from compat.idl.distributions import (binomial, chisqr_cvf, chisqr_pdf,  # noqa: E402,F401
                                      f_cvf, f_pdf, gauss_cvf, gauss_pdf, t_cvf, t_pdf)
from compat.idl.moments import kurtosis, meanabsdev, skewness  # noqa: E402,F401
from compat.idl.special import (beseli, beselj, beselk, besely, erf,  # noqa: E402,F401
                                errorf, expint, factorial, gamma, gaussint, lngamma,
                                voigt)

FAMILIES = FAMILIES + (correlation, distributions, moments, special)

# issue 16 (breadth): more special functions, orthogonal polynomials
from compat.idl import special_polynomials  # noqa: E402
from compat.idl.special import beta, erfc, ibeta, igamma, primes  # noqa: E402,F401
from compat.idl.special_polynomials import laguerre, legendre, spher_harm  # noqa: E402,F401

FAMILIES = FAMILIES + (special_polynomials,)

# issue 16: random numbers
from compat.idl import random  # noqa: E402
from compat.idl.random import randomn, randomu  # noqa: E402,F401

FAMILIES = FAMILIES + (random,)

# issue 17: function minimisation
from compat.idl import minimization  # noqa: E402
from compat.idl.minimization import amoeba, dfpmin, powell  # noqa: E402,F401

FAMILIES = FAMILIES + (minimization,)

# SIMPLEX (linear programming, NR's simplx)
from compat.idl import linear_programming  # noqa: E402
from compat.idl.linear_programming import simplex  # noqa: E402,F401

FAMILIES = FAMILIES + (linear_programming,)

# issue 17: integration of a function
from compat.idl import integration  # noqa: E402
from compat.idl.integration import int_2d, int_3d, qromb, qromo, qsimp  # noqa: E402,F401

FAMILIES = FAMILIES + (integration,)

# issue 17: regressions
from compat.idl import regression  # noqa: E402
from compat.idl.regression import ladfit, regress  # noqa: E402,F401

FAMILIES = FAMILIES + (regression,)

# issue 17: LAPACK least squares
from compat.idl import lapack  # noqa: E402
from compat.idl.lapack import la_least_squares  # noqa: E402,F401
from compat.idl.lapack import (la_choldc, la_cholsol, la_linear_equation,  # noqa: E402,F401
                               la_ludc, la_lusol, la_svd, la_trired)

FAMILIES = FAMILIES + (lapack,)

# issue 18: signal processing
from compat.idl import signal  # noqa: E402
from compat.idl.signal import (butterworth, digital_filter, hanning,  # noqa: E402,F401
                               leefilt, savgol)

FAMILIES = FAMILIES + (signal,)

# time-series library routines (HILBERT, TS_COEF, TS_FCAST)
from compat.idl import time_series  # noqa: E402
from compat.idl.time_series import hilbert, ts_coef, ts_fcast  # noqa: E402,F401

FAMILIES = FAMILIES + (time_series,)

# Windows bitmap files (READ_BMP, WRITE_BMP)
from compat.idl import bmp_files  # noqa: E402
from compat.idl.bmp_files import query_bmp, read_bmp, write_bmp  # noqa: E402,F401

FAMILIES = FAMILIES + (bmp_files,)

# Macintosh PICT files (WRITE_PICT, READ_PICT, QUERY_PICT)
from compat.idl import pict_files  # noqa: E402
from compat.idl.pict_files import query_pict, read_pict, write_pict  # noqa: E402,F401

FAMILIES = FAMILIES + (pict_files,)

# WAV sound files (READ_WAV, WRITE_WAV, QUERY_WAV)
from compat.idl import wav_files  # noqa: E402
from compat.idl.wav_files import query_wav, read_wav, write_wav  # noqa: E402,F401

FAMILIES = FAMILIES + (wav_files,)

# GIF files (WRITE_GIF, READ_GIF, QUERY_GIF)
from compat.idl import gif_files  # noqa: E402
from compat.idl.gif_files import query_gif, read_gif, write_gif  # noqa: E402,F401

FAMILIES = FAMILIES + (gif_files,)

# JPEG 2000 files (WRITE_JPEG2000, READ_JPEG2000, QUERY_JPEG2000)
from compat.idl import jpeg2000_files  # noqa: E402
from compat.idl.jpeg2000_files import (  # noqa: E402,F401
    query_jpeg2000, read_jpeg2000, write_jpeg2000)

FAMILIES = FAMILIES + (jpeg2000_files,)

# the IDL Astronomy Library's AIRTOVAC
from compat.idl import air_vacuum  # noqa: E402
from compat.idl.air_vacuum import airtovac  # noqa: E402,F401

FAMILIES = FAMILIES + (air_vacuum,)

# the IDL Astronomy Library's RADEC (astrometry family)
from compat.idl.astrometry import radec  # noqa: E402,F401

# issue 18: image filters from IDL's library (BANDPASS_FILTER, ESTIMATOR_FILTER)
from compat.idl import image_filters  # noqa: E402
from compat.idl.image_filters import bandpass_filter, estimator_filter  # noqa: E402,F401

FAMILIES = FAMILIES + (image_filters,)

# issue 17: ODE steps
from compat.idl import odes  # noqa: E402
from compat.idl.odes import rk4  # noqa: E402,F401

FAMILIES = FAMILIES + (odes,)

# issue 16: the floating-point environment (MACHAR, CHECK_MATH)
from compat.idl import floating_point  # noqa: E402
from compat.idl.floating_point import check_math, machar  # noqa: E402,F401

FAMILIES = FAMILIES + (floating_point,)

# issue 17: roots of functions
from compat.idl import roots  # noqa: E402
from compat.idl.roots import broyden, fx_root, fz_roots, newton  # noqa: E402,F401

FAMILIES = FAMILIES + (roots,)

# issue 17: fitting routines (POLYFITW, COMFIT, SVDFIT, LMFIT, GAUSS2DFIT)
from compat.idl import basis_fits, model_fits  # noqa: E402
from compat.idl.basis_fits import flegendre, svdfit  # noqa: E402,F401
from compat.idl.fitting import polyfitw  # noqa: E402,F401
from compat.idl.model_fits import comfit, gauss2dfit, lmfit  # noqa: E402,F401

FAMILIES = FAMILIES + (basis_fits, model_fits)

# issue 15: scientific data formats (netCDF)
from compat.idl import netcdf, netcdf_attributes  # noqa: E402
from compat.idl.netcdf import (ncdf_close, ncdf_control, ncdf_create,  # noqa: E402,F401
                               ncdf_dimdef, ncdf_dimid, ncdf_diminq, ncdf_dimrename,
                               ncdf_exists, ncdf_inquire, ncdf_open, ncdf_vardef,
                               ncdf_varget, ncdf_varget1, ncdf_varid, ncdf_varinq,
                               ncdf_varput, ncdf_varrename)
from compat.idl.netcdf_attributes import (ncdf_attcopy, ncdf_attdel,  # noqa: E402,F401
                                          ncdf_attget, ncdf_attinq, ncdf_attname,
                                          ncdf_attput, ncdf_attrename)

FAMILIES = FAMILIES + (netcdf, netcdf_attributes)

# issue 15: netCDF-4 groups
from compat.idl import netcdf_groups  # noqa: E402
from compat.idl.netcdf_groups import (ncdf_dimidsinq, ncdf_fullgroupname,  # noqa: E402,F401
                                      ncdf_groupdef, ncdf_groupname, ncdf_groupparent,
                                      ncdf_groupsinq, ncdf_ncidinq, ncdf_unlimdimsinq,
                                      ncdf_varidsinq)

FAMILIES = FAMILIES + (netcdf_groups,)

# HDF4 scientific data sets (HDF_SD_*; the optional extra compat[hdf4], pyhdf)
from compat.idl import hdf4  # noqa: E402
from compat.idl.hdf4 import (hdf_idl2hdftype, hdf_ishdf, hdf_sd_adddata,  # noqa: E402,F401
                             hdf_sd_attrfind, hdf_sd_attrinfo, hdf_sd_attrset,
                             hdf_sd_create, hdf_sd_dimget, hdf_sd_dimgetid,
                             hdf_sd_dimset, hdf_sd_end, hdf_sd_endaccess,
                             hdf_sd_fileinfo, hdf_sd_getdata, hdf_sd_getinfo,
                             hdf_sd_nametoindex, hdf_sd_select, hdf_sd_setinfo,
                             hdf_sd_start)

FAMILIES = FAMILIES + (hdf4,)

# old IDL odds: PUSHD/POPD/PRINTD, EMPTY, EXTRAC, IDL 4's HANDLE_* routines
from compat.idl import legacy_odds  # noqa: E402
from compat.idl.legacy_odds import (empty, extrac, handle_create,  # noqa: E402,F401
                                    handle_free, handle_info, handle_move,
                                    handle_value, popd, printd, pushd)

FAMILIES = FAMILIES + (legacy_odds,)

# FILE_CHMOD (permission bits by role)
from compat.idl import file_modes  # noqa: E402
from compat.idl.file_modes import file_chmod  # noqa: E402,F401

FAMILIES = FAMILIES + (file_modes,)

# issue 17: eigensystems (NR's ELMHES/HQR, TRIRED/TRIQL) and IDL's EIGENVEC, CRAMER
from compat.idl import eigensystems  # noqa: E402
from compat.idl.eigensystems import (cramer, eigenvec, elmhes, hqr,  # noqa: E402,F401
                                     triql, trired)

FAMILIES = FAMILIES + (eigensystems,)

# issue 15: scientific data formats (HDF5)
from compat.idl import hdf5  # noqa: E402
from compat.idl.hdf5 import (h5a_close, h5a_get_name, h5a_get_num_attrs,  # noqa: E402,F401
                             h5a_open_idx, h5a_open_name, h5a_read, h5d_close, h5d_open,
                             h5d_read, h5f_close, h5f_is_hdf5, h5f_open, h5g_close,
                             h5g_open)

FAMILIES = FAMILIES + (hdf5,)

# issue 15: HDF5 writing, partial I/O and walking a file
from compat.idl import hdf5_parse, hdf5_write  # noqa: E402
from compat.idl.hdf5_parse import (h5_parse, h5g_get_member_name,  # noqa: E402,F401
                                   h5g_get_nmembers, h5g_get_objinfo)
from compat.idl.hdf5_write import (h5a_create, h5a_write, h5d_create,  # noqa: E402,F401
                                   h5d_get_space, h5d_get_type, h5d_write, h5f_create,
                                   h5g_create, h5s_close, h5s_create_scalar,
                                   h5s_create_simple, h5s_get_simple_extent_dims,
                                   h5s_select_hyperslab, h5t_close, h5t_get_class,
                                   h5t_get_size, h5t_idl_create)

FAMILIES = FAMILIES + (hdf5_write, hdf5_parse)

# issue 15: HDF5 point selections and extendible datasets
from compat.idl import hdf5_select  # noqa: E402
from compat.idl.hdf5_select import (h5d_extend, h5d_set_extent,  # noqa: E402,F401
                                    h5s_get_select_elem_npoints,
                                    h5s_get_select_elem_pointlist, h5s_get_select_npoints,
                                    h5s_select_all, h5s_select_elements, h5s_select_none,
                                    h5s_select_valid)

FAMILIES = FAMILIES + (hdf5_select,)

# issue 15: H5_LIST (the listing IDL's h5_list.pro prints from H5_PARSE)
from compat.idl import hdf5_list  # noqa: E402
from compat.idl.hdf5_list import h5_list  # noqa: E402,F401

FAMILIES = FAMILIES + (hdf5_list,)

# issue 16: geometric image transforms (DIST, POLY_2D, POLYWARP, ROT)
from compat.idl import warping  # noqa: E402
from compat.idl.warping import dist, poly_2d, polywarp, rot  # noqa: E402,F401

FAMILIES = FAMILIES + (warping,)

# issue 16: moving data through open units, fully qualified names
from compat.idl import unit_io  # noqa: E402
from compat.idl.paths import fdecomp, file_expand_path  # noqa: E402,F401
from compat.idl.unit_io import (assoc, copy_lun, read_binary, readu,  # noqa: E402,F401
                                skip_lun, truncate_lun, writeu)

FAMILIES = FAMILIES + (unit_io,)

# issue 16: rank correlation
from compat.idl.correlation import r_correlate  # noqa: E402,F401

# issue 15/16: the IDL Astronomy Library's small utilities
from compat.idl import astro_utils  # noqa: E402
from compat.idl.astro_utils import (asinh, cirrange, gcirc, gettok,  # noqa: E402,F401
                                    minmax, nint, repstr, tag_exist)
from compat.idl.astro_utils import concat_dir  # noqa: E402,F401

FAMILIES = FAMILIES + (astro_utils,)

# issue 15/16: the IDL Astronomy Library's coordinate routines
from compat.idl import astrometry  # noqa: E402
from compat.idl.astrometry import (adstring, ct2lst, euler, jdcnv,  # noqa: E402,F401
                                   precess, premat)

FAMILIES = FAMILIES + (astrometry,)

# issue 16: the IDL Astronomy Library's astrometry from FITS headers
from compat.idl import fits_astrometry  # noqa: E402
from compat.idl.fits_astrometry import (ad2xy, extast, get_equinox,  # noqa: E402,F401
                                        wcssph2xy, wcsxy2sph, xy2ad)

FAMILIES = FAMILIES + (fits_astrometry,)

# issue 16: the IDL Astronomy Library's Guide Star Survey plate astrometry
from compat.idl import plate_astrometry  # noqa: E402
from compat.idl.plate_astrometry import gsssadxy, gsssextast, gsssxyad  # noqa: E402,F401

FAMILIES = FAMILIES + (plate_astrometry,)

# issue 16: the IDL Astronomy Library's FK4 <-> FK5 conversions
from compat.idl import fk4_fk5  # noqa: E402
from compat.idl.fk4_fk5 import bprecess, jprecess  # noqa: E402,F401

FAMILIES = FAMILIES + (fk4_fk5,)

# issue 16: the IDL Astronomy Library's astrometry-structure tools
from compat.idl import wcs_structures  # noqa: E402
from compat.idl.wcs_structures import getrot, make_astr  # noqa: E402,F401

FAMILIES = FAMILIES + (wcs_structures,)

# issue 16: HELP of values (what IDL prints about variables)
from compat.idl import variable_info  # noqa: E402
from compat.idl.variable_info import help  # noqa: E402,F401,A004

FAMILIES = FAMILIES + (variable_info,)

# issue 16 (breadth): image morphology and region labelling
from compat.idl import morphology  # noqa: E402
from compat.idl.morphology import (dilate, erode, label_region,  # noqa: E402,F401
                                   morph_close, morph_open)
from compat.idl.morphology import morph_gradient, morph_tophat  # noqa: E402,F401

FAMILIES = FAMILIES + (morphology,)

# issue 15/16: the IDL Astronomy Library's structure utilities
from compat.idl import structure_library  # noqa: E402
from compat.idl.structure_library import (copy_struct, copy_struct_inx,  # noqa: E402,F401
                                          mrd_struct)

FAMILIES = FAMILIES + (structure_library,)

# issue 15: PGM/PPM files and the format-independent image routines
from compat.idl import image_formats  # noqa: E402
from compat.idl.image_formats import (query_image, query_ppm, read_image,  # noqa: E402,F401
                                      read_ppm, write_image, write_ppm)

FAMILIES = FAMILIES + (image_formats,)

# issue 16: hit-or-miss and thinning (IDL's library definitions)
from compat.idl import morph_transforms  # noqa: E402
from compat.idl.morph_transforms import (morph_distance, morph_hitormiss,  # noqa: E402,F401
                                         morph_thin, watershed)

FAMILIES = FAMILIES + (morph_transforms,)

# issue 16: region growing (IDL's library SEARCH2D/SEARCH3D)
from compat.idl import region_growing  # noqa: E402
from compat.idl.region_growing import search2d, search3d  # noqa: E402,F401

FAMILIES = FAMILIES + (region_growing,)

# issue 16: the edge-enhancement operators (SOBEL, PREWITT, ROBERTS)
from compat.idl import edge_operators  # noqa: E402
from compat.idl.edge_operators import prewitt, roberts, sobel  # noqa: E402,F401

FAMILIES = FAMILIES + (edge_operators,)

# the plane-geometry library routines (POLY_AREA, CIR_3PNT, POLYFILLV)
from compat.idl import plane_geometry  # noqa: E402
from compat.idl.plane_geometry import cir_3pnt, poly_area, polyfillv  # noqa: E402,F401

FAMILIES = FAMILIES + (plane_geometry,)

# the image library routines (BILINEAR, HIST_EQUAL, STDEV, IMAGE_STATISTICS)
from compat.idl import image_library  # noqa: E402
from compat.idl.image_library import (bilinear, cvttobm, hist_equal,  # noqa: E402,F401
                                      image_statistics, stdev)

FAMILIES = FAMILIES + (image_library,)

# issue 16: CV_COORD (IDL's library coordinate conversions)
from compat.idl import coordinate_conversion  # noqa: E402
from compat.idl.coordinate_conversion import cv_coord  # noqa: E402,F401

FAMILIES = FAMILIES + (coordinate_conversion,)

# the obsolete library routine RSTRPOS (IDL's reversed-string search)
from compat.idl import reverse_search  # noqa: E402
from compat.idl.reverse_search import rstrpos  # noqa: E402,F401

FAMILIES = FAMILIES + (reverse_search,)

# the IDL Astronomy Library's ZBRENT (Brent's bracketed root finder)
from compat.idl import bracketed_roots  # noqa: E402
from compat.idl.bracketed_roots import zbrent  # noqa: E402,F401

FAMILIES = FAMILIES + (bracketed_roots,)

# the gridding of scattered planar data (TRIANGULATE, TRIGRID)
from compat.idl import triangulation  # noqa: E402
from compat.idl.triangulation import (griddata, triangulate,  # noqa: E402,F401
                                      trigrid)

FAMILIES = FAMILIES + (triangulation,)

# the map projections without graphics (MAP_PROJ_INIT, MAP_PROJ_FORWARD/INVERSE)
from compat.idl import map_projections  # noqa: E402
from compat.idl.map_projections import (ll_arc_distance,  # noqa: E402,F401
                                        map_2points, map_proj_forward,
                                        map_proj_init, map_proj_inverse)

FAMILIES = FAMILIES + (map_projections,)

# MAP_SET, MAP_GRID, MAP_CONTINENTS (maps in direct graphics)
from compat.idl import map_graphics  # noqa: E402
from compat.idl.map_graphics import (map_continents, map_grid,  # noqa: E402,F401
                                     map_set)

FAMILIES = FAMILIES + (map_graphics,)

# COLOR_CONVERT (RGB to and from HSV and HLS)
from compat.idl import color_spaces  # noqa: E402
from compat.idl.color_spaces import color_convert  # noqa: E402,F401

FAMILIES = FAMILIES + (color_spaces,)

# GAUSSIAN_FUNCTION (sampled Gaussian kernels)
from compat.idl import gaussian_kernels  # noqa: E402
from compat.idl.gaussian_kernels import gaussian_function  # noqa: E402,F401

FAMILIES = FAMILIES + (gaussian_kernels,)

# IDL_BASE64 (text encodings of data)
from compat.idl import serialization  # noqa: E402
from compat.idl.serialization import idl_base64  # noqa: E402,F401

FAMILIES = FAMILIES + (serialization,)

# T3D, SCALE3 (3-D transformation matrices without graphics)
from compat.idl import projection_matrices  # noqa: E402
from compat.idl.projection_matrices import scale3, t3d  # noqa: E402,F401

FAMILIES = FAMILIES + (projection_matrices,)

# SIN ... ALOG10, ATAN (elementary functions with the C library's bits)
from compat.idl import elementary  # noqa: E402
from compat.idl.elementary import (acos, alog, alog10, asin, atan, cos,  # noqa: E402,F401
                                   cosh, exp, sin, sinh, tan, tanh)

FAMILIES = FAMILIES + (elementary,)

# the IDL Astronomy Library's and idlutils' robust statistics
from compat.idl import robust_statistics  # noqa: E402
from compat.idl.robust_statistics import (avg, djs_iterstat,  # noqa: E402,F401
                                          meanclip, resistant_mean)
from compat.idl import library_filters  # noqa: E402
from compat.idl.library_filters import djs_median, sigma_filter  # noqa: E402,F401

FAMILIES = FAMILIES + (robust_statistics, library_filters)

# direct graphics, first slice: devices, system variables, PLOT's coordinate system
from compat.idl import direct_graphics  # noqa: E402
from compat.idl.direct_graphics import (device, erase, get_screen_size,  # noqa: E402,F401
                                        set_plot, sysvar, tvrd, wdelete, window, wset)
from compat.idl import plotting, color_tables  # noqa: E402
from compat.idl.plotting import (axis, convert_coord, oplot, plot,  # noqa: E402,F401
                                 plots, xyouts)
from compat.idl.color_tables import loadct, tvlct  # noqa: E402,F401

FAMILIES = FAMILIES + (direct_graphics, plotting, color_tables)

# direct graphics, second floor: images and fills (TV, TVSCL, POLYFILL, USERSYM,
# TEK_COLOR)
from compat.idl import image_display  # noqa: E402
from compat.idl.image_display import (polyfill, tek_color, tv,  # noqa: E402,F401
                                      tvscl, usersym)

FAMILIES = FAMILIES + (image_display,)

from compat.idl import contour_plots  # noqa: E402
from compat.idl.contour_plots import contour, errplot, oploterr  # noqa: E402,F401

FAMILIES = FAMILIES + (contour_plots,)

# SURFACE, SHADE_SURF, SET_SHADING, SURFR, SCALE3D (3-D surfaces)
from compat.idl import surface_plots  # noqa: E402
from compat.idl.surface_plots import (plot_3dbox, scale3d, set_shading,  # noqa: E402,F401
                                      shade_surf, surface, surfr)

FAMILIES = FAMILIES + (surface_plots,)

# the IDL Astronomy Library's star centroids (CNTRD, GCNTRD)
from compat.idl import photometry  # noqa: E402
from compat.idl.photometry import cntrd, gcntrd, psf_gaussian  # noqa: E402,F401

FAMILIES = FAMILIES + (photometry,)

# the IDL Astronomy Library's FCB family: FITS_OPEN, FITS_READ, FITS_WRITE, FITS_CLOSE
from compat.idl import fits_fcb  # noqa: E402
from compat.idl.fits_fcb import (fits_close, fits_help, fits_open,  # noqa: E402,F401
                                 fits_read, fits_write, modfits)

FAMILIES = FAMILIES + (fits_fcb,)

# widgets without a display: the widget tree, WIDGET_CONTROL/WIDGET_INFO, XMANAGER,
# IDL's event dispatch, CW_BGROUP/CW_FIELD, DIALOG_MESSAGE
from compat.idl import widgets, widget_management, compound_widgets  # noqa: E402
from compat.idl.widgets import (widget_base, widget_button,  # noqa: E402,F401
                                widget_combobox, widget_draw, widget_droplist,
                                widget_label, widget_list, widget_slider, widget_tab,
                                widget_text)
from compat.idl.widget_management import (dialog_message,  # noqa: E402,F401
                                          widget_control, widget_event, widget_info,
                                          xmanager, xregistered)
from compat.idl.compound_widgets import cw_bgroup, cw_field  # noqa: E402,F401
from compat.idl import table_widgets  # noqa: E402
from compat.idl.table_widgets import widget_table  # noqa: E402,F401

FAMILIES = FAMILIES + (widgets, widget_management, compound_widgets, table_widgets)

# IDL objects: OBJ_NEW, OBJ_DESTROY, OBJ_VALID, OBJ_CLASS, OBJ_ISA, OBJ_HASMETHOD, OBJARR,
# the class registry and IDL_Container
from compat.idl import objects  # noqa: E402
from compat.idl.objects import (NULL_OBJECT, IDLContainer, IDLObject,  # noqa: E402,F401
                                obj_class, obj_destroy, obj_hasmethod, obj_isa,
                                obj_new, obj_valid, objarr, object_class)
from compat.idl.objects import call_method  # noqa: E402,F401

FAMILIES = FAMILIES + (objects,)

# the IDL Astronomy Library's sky background MMM
from compat.idl import sky_photometry  # noqa: E402
from compat.idl.sky_photometry import mmm, pixwt  # noqa: E402,F401

FAMILIES = FAMILIES + (sky_photometry,)

# the graphics cursor without a display: CURSOR, TVCRS (clicks from a test's queue)
from compat.idl import graphics_cursor  # noqa: E402
from compat.idl.graphics_cursor import cursor, tvcrs  # noqa: E402,F401

FAMILIES = FAMILIES + (graphics_cursor,)

# pulldown menus and the floating-point slider: CW_PDMENU, CW_FSLIDER
from compat.idl import menu_widgets  # noqa: E402
from compat.idl.menu_widgets import cw_fslider, cw_pdmenu  # noqa: E402,F401

FAMILIES = FAMILIES + (menu_widgets,)

# the file and printer dialogs and XDISPLAYFILE: DIALOG_PICKFILE, PICKFILE,
# DIALOG_PRINTERSETUP, XDISPLAYFILE (answers from compat.idl.widgets.answers)
from compat.idl import file_dialogs  # noqa: E402
from compat.idl.file_dialogs import (dialog_pickfile, dialog_printersetup,  # noqa: E402,F401
                                     pickfile, xdisplayfile)

FAMILIES = FAMILIES + (file_dialogs,)

# forms from a descriptor array: CW_FORM
from compat.idl import form_widgets  # noqa: E402
from compat.idl.form_widgets import cw_form  # noqa: E402,F401

FAMILIES = FAMILIES + (form_widgets,)

# the file selection widget: CW_FILESEL
from compat.idl import filesel_widgets  # noqa: E402
from compat.idl.filesel_widgets import cw_filesel  # noqa: E402,F401

FAMILIES = FAMILIES + (filesel_widgets,)

# IDL 8 function graphics: PLOT(), ERRORPLOT(), IMAGE(), COLORBAR(), LEGEND(),
# TEXT(), WINDOW(), GETWINDOWS (objects without a display)
from compat.idl import function_graphics  # noqa: E402
from compat.idl.function_graphics import (barplot, scatterplot,  # noqa: E402,F401
                                          colorbar, errorplot,
                                          getwindows, image, legend,
                                          plot_function, text,
                                          window_function)

FAMILIES = FAMILIES + (function_graphics,)

# IDL 8 function graphics' CONTOUR(), SURFACE(), AXIS(); the iTools IPLOT, ISURFACE
from compat.idl import function_contours, itools  # noqa: E402
from compat.idl.function_contours import (axis_function,  # noqa: E402,F401
                                          contour_function, surface_function)
from compat.idl.itools import iplot, isurface, itgetcurrent  # noqa: E402,F401

FAMILIES = FAMILIES + (function_contours, itools)

# COLOR_QUAN (median cut, colour cube, Floyd-Steinberg)
from compat.idl import color_quantization  # noqa: E402
from compat.idl.color_quantization import color_quan  # noqa: E402,F401

FAMILIES = FAMILIES + (color_quantization,)

# SCOPE_TRACEBACK, SCOPE_LEVEL, SCOPE_VARNAME (the Python call stack as IDL's)
from compat.idl import variable_scope  # noqa: E402
from compat.idl.variable_scope import (scope_level,  # noqa: E402,F401
                                       scope_traceback, scope_varname)

FAMILIES = FAMILIES + (variable_scope,)

# BIT_FFS, BIT_POPULATION (bit counts of integers)
from compat.idl import bit_counts  # noqa: E402
from compat.idl.bit_counts import bit_ffs, bit_population  # noqa: E402,F401

FAMILIES = FAMILIES + (bit_counts,)

# WSHOW (a window shown, hidden or iconified: the window table's state)
from compat.idl import window_show  # noqa: E402
from compat.idl.window_show import wshow  # noqa: E402,F401

FAMILIES = FAMILIES + (window_show,)

# RESOLVE_ALL (a no-op: Python resolves names itself)
from compat.idl import routine_resolution  # noqa: E402
from compat.idl.routine_resolution import resolve_all  # noqa: E402,F401

FAMILIES = FAMILIES + (routine_resolution,)

__all__ = sorted(name for family in FAMILIES for name in family.__all__)
