"""Functions named after MATLAB functions.

A matrix is a 2-D array with MATLAB's (row, column) indexing: ``A(i,j)`` is
``A[i-1, j-1]``, as ``scipy.io.loadmat`` returns it. Multiple outputs follow the MATLAB
Engine for Python: ``nargout=N`` returns a tuple of N outputs.

The functions live in family modules (``compat.matlab.reductions``, ``compat.matlab.files``
..., listed in :data:`FAMILIES`); their names are re-exported here, and ``__all__`` is
built from the families' legacy functions.

Several names (``sum``, ``min``, ``max``, ``round``, ``filter``, ``sort``, ``find``) are
those of Python builtins: import the package (``from compat import matlab``) and call
``matlab.<name>``; ``from compat.matlab import *`` would shadow the builtins.
"""

import importlib

from compat.matlab.binning import hist, histcounts2
from compat.matlab.classic_matrices import (compan, hadamard, hilb, invhilb, magic,
                                           pascal, rosser, wilkinson)
from compat.matlab.combinatorics import factorial, nchoosek, perms
from compat.matlab.calculus import (cumtrapz, curl, del2, diff, divergence, gradient,
                                    trapz)
from compat.matlab.chars import (blanks, char, double, isletter, isspace, isstrprop,
                                  num2cell, strcat, strjust, strmatch, strvcat,
                                  validatestring)
from compat.matlab.conv import conv, conv2, convn, deconv, filter2
from compat.matlab.dates import (addtodate, clock, date, datenum, datestr, datevec,
                                  eomday, etime, now, tic, toc, weekday)
from compat.matlab.correlation import corrcoef, cov
from compat.matlab.correlation_tests import corr
from compat.matlab.distances import mahal, pdist, pdist2, squareform
from compat.matlab.distributions import mvnpdf, normcdf, norminv, normpdf
from compat.matlab.distribution_functions import (binoinv, poissinv)
from compat.matlab.distribution_functions import (betacdf, betainv, betapdf, binocdf,
                                                  binopdf, chi2cdf, chi2inv, chi2pdf,
                                                  evcdf, evinv, evpdf, expcdf, expinv,
                                                  exppdf, fcdf, finv, fpdf, gamcdf,
                                                  gaminv, gampdf, geocdf, geopdf,
                                                  gevcdf, gevinv, gevpdf, gpcdf, gpinv,
                                                  gppdf, hygecdf, hygepdf, logncdf,
                                                  logninv, lognpdf, nbincdf, nbinpdf,
                                                  poisscdf, poisspdf, raylcdf, raylinv,
                                                  raylpdf, tcdf, tinv, tpdf, unifcdf,
                                                  unidcdf, unidpdf, unifinv, unifpdf,
                                                  wblcdf, wblinv, wblpdf)
from compat.matlab.moments import (geomean, harmmean, kurtosis, moment, skewness,
                                   trimmean)
from compat.matlab.dispersion import iqr, mad, range, zscore
from compat.matlab.datetimes import (NaT, between, dateshift, datetime, day,
                                    exceltime, hms, hour, isbetween, isdatetime,
                                    isnat, juliandate, minute, month, posixtime,
                                    second, year, ymd, yyyymmdd)
from compat.matlab.durations import (caldays, calmonths, calquarters, calweeks,
                                     calyears, days, duration, hours,
                                     iscalendarduration, isduration, milliseconds,
                                     minutes, seconds, years)
from compat.matlab.delimited import csvread, csvwrite, dlmread, dlmwrite
from compat.matlab.files import (fclose, feof, ferror, fgetl, fgets, fileread, fopen,
                                  fread, frewind, fseek, ftell, fwrite, load, save)
from compat.matlab.filesystem import (cd, copyfile, delete, dir, dos, exist, fileparts,
                                      fullfile, genpath, getenv, isdir, isfile, isfolder,
                                      mkdir, movefile, pwd, rmdir, setenv, system,
                                      tempdir, tempname, unix)
from compat.matlab.filtering import filter, filtfilt
from compat.matlab.fourier import (fft, fft2, fftn, fftshift, ifft, ifft2, ifftn,
                                   ifftshift, nextpow2)
from compat.matlab.geometry import (angle, cart2pol, cart2sph, cross, dot, pol2cart,
                                    sph2cart, unwrap)
from compat.matlab.degrees import (acosd, acotd, acscd, asecd, asind, atan2d, atand, cosd,
                                   cospi, cotd, cscd, deg2rad, rad2deg, secd, sind, sinpi,
                                   tand,
                                   wrapTo2Pi, wrapTo180, wrapTo360, wrapToPi)
from compat.matlab.gridded import interp3, interpn
from compat.matlab.polygons import (convhull, delaunay, inpolygon, polyarea,
                                   rectint)
from compat.matlab.surfaces import cylinder, peaks, sphere
from compat.matlab.contours import contourc
from compat.matlab.tree_layout import treelayout
from compat.matlab.grids import colon, linspace, logspace, meshgrid, ndgrid
from compat.matlab.histograms import accumarray, hist3, histc, histcounts
from compat.matlab.hypothesis_tests import signtest
from compat.matlab.hypothesis_tests import (ranksum, signrank, ttest, ttest2, vartest,
                                            vartest2, ztest)
from compat.matlab.integers import (cast, int8, int16, int32, int64, single, typecast,
                                     uint8, uint16, uint32, uint64)
from compat.matlab import intops  # a module: MATLAB's integer arithmetic
from compat.matlab.operators import (and_, eq, ge, gt, ldivide, le, lt, minus,
                                     mpower, mtimes, ne, not_, or_, plus, power,
                                     rdivide, times, uminus, uplus, xor)
# MATLAB's 1-based index data to numpy (not a MATLAB function)
from compat.matlab.indexing import idx
from compat.matlab.integer_math import (bitand, bitcmp, bitget, bitor, bitset, bitshift,
                                        bitxor, factor, gcd, isprime, lcm, primes)
from compat.matlab.interpolation import interp1, interp1q, interp2
from compat.matlab.expansion import bsxfun
from compat.matlab.factorizations import chol, eig, lu, planerot, qr, svd
from compat.matlab.condensed_forms import (balance, cdf2rdf, hess, ordschur, qz, rsf2csf,
                                          schur)
from compat.matlab.matrix_pencils import gsvd, ordeig, ordqz, polyeig
from compat.matlab.linalg import det, inv, linsolve, mldivide, mrdivide, rcond, trace
from compat.matlab.matrix_functions import expm, logm, sqrtm
from compat.matlab.matrix_analysis import (cond, norm, null, orth, pinv, rank, rref,
                                           subspace, vecnorm, condeig)
from compat.matlab.matrix_structure import (isbanded, isdiag, ishermitian, issymmetric,
                                            istril, istriu)
from compat.matlab.moving import (movmad, movmax, movmean, movmedian, movmin, movprod,
                                   movstd, movsum, movvar)
from compat.matlab.nan_functions import (nancov, nanmax, nanmean, nanmedian, nanmin,
                                         nanstd, nansum, nanvar)
from compat.matlab.number_text import int2str, mat2str, num2str, str2double, str2num
from compat.matlab.powers import hypot, nthroot, pow2, reallog, realpow, realsqrt
from compat.matlab.elementary import (abs, acos, acosh, asin, asinh, atan, atan2, atanh,
                                      conj, cos, cosh, cot, csc, exp, expm1, imag, log,
                                      log1p, log2, log10, real, sec, sign, sin, sinh, sqrt,
                                      tan, tanh)
from compat.matlab.functions import deal, feval
from compat.matlab.platform import (computer, isdeployed, ismac, ispc, isunix, mfilename,
                                   verlessthan, version)
from compat.matlab.number_bases import (base2dec, bin2dec, dec2base, dec2bin, dec2hex,
                                        hex2dec)
from compat.matlab.ode import deval, ode23, ode45, odeget, odeset
from compat.matlab.ode_stiff import ode15s, ode23s
from compat.matlab.optimization import (fminbnd, fminsearch, fzero, optimget, optimoptions,
                                        optimset)
from compat.matlab.least_squares import lscov, lsqnonneg
from compat.matlab.quadratic_programming import linprog, lsqlin, quadprog
from compat.matlab.nonlinear_least_squares import lsqcurvefit, lsqnonlin
from compat.matlab.smooth_minimization import fmincon, fminunc
from compat.matlab.nonlinear_regression import nlinfit, statset
from compat.matlab.linear_regression import dummyvar, regress, regstats, x2fx
from compat.matlab.piecewise import mkpp, pchip, ppval, spline, unmkpp
from compat.matlab.polynomials import (poly, polyder, polyfit, polyint, polyval,
                                       polyvalm, roots)
from compat.matlab.quadrature import (dblquad, integral, integral2, integral3, quad,
                                     quadgk, quadl, quadv, triplequad)
from compat.matlab.printing import disp, formatteddisplaytext, fprintf, sprintf
from compat.matlab.random import rand, randi, randn, randperm, rng
from compat.matlab.random_variates import (betarnd, chi2rnd, cholcov, exprnd, gamrnd,
                                           lognrnd, mvnrnd, normrnd, randg, raylrnd,
                                           trnd, unidrnd, unifrnd, wblrnd)
from compat.matlab.reductions import (cumprod, cumsum, mean, median, mode, prod, std,
                                      sum, var)
from compat.matlab.extrema import bounds, cummax, cummin, max, min
from compat.matlab.phantoms import phantom
from compat.matlab.colormaps import (autumn, bone, cool, copper, gray, hot, hsv,
                                     hsv2rgb, jet, pink, rgb2hsv, spring, summer,
                                     white, winter)
from compat.matlab.bessel import airy, besselh, besseli, besselj, besselk, bessely
from compat.matlab.special_functions import (beta, betainc, betaincinv, betaln,
                                             erf, erfc, erfcinv, erfcx, erfinv,
                                             gamma, gammainc, gammaincinv,
                                             gammaln, psi)
from compat.matlab.special_functions import ellipj, ellipke, expint, legendre
from compat.matlab.image_arithmetic import (imabsdiff, imadd, imcomplement, imdivide,
                                            imlincomb, immultiply, imsubtract)
from compat.matlab.image_blocks import col2im, im2col
from compat.matlab.image_statistics import (corr2, entropy, graythresh, im2bw, imhist,
                                            mean2, otsuthresh, std2)
from compat.matlab.image_contrast import histeq, imadjust, stretchlim
from compat.matlab.connected_components import (bwareaopen, bwconncomp, bwdist,
                                                bwlabel, bwlabeln, bwperim,
                                                imclearborder, imfill, imreconstruct,
                                                labelmatrix)
from compat.matlab.image_resize import imresize
from compat.matlab.image_geometry import imcrop, imrotate, imtranslate
from compat.matlab.image_gradients import imgradient, imgradientxy
from compat.matlab.image_colors import ntsc2rgb, rgb2ntsc, rgb2ycbcr, ycbcr2rgb
from compat.matlab.colorimetry import (deltaE, lab2rgb, lab2xyz, lin2rgb, rgb2lab, rgb2lin,
                                       rgb2xyz, xyz2lab, xyz2rgb)
from compat.matlab.image_quality import immse, psnr
from compat.matlab.regional_extrema import (imextendedmax, imextendedmin, imhmax, imhmin,
                                            imimposemin, imregionalmax, imregionalmin,
                                            watershed)
from compat.matlab.hierarchical_clustering import (cluster, clusterdata, cophenet,
                                                   inconsistent, linkage)
from compat.matlab.template_matching import normxcorr2, xcorr2
from compat.matlab.analysis_of_variance import anova1, grp2idx, kruskalwallis, tiedrank
from compat.matlab.analysis_of_variance import anova2, friedman
from compat.matlab.goodness_of_fit import kstest, kstest2
from compat.matlab.goodness_of_fit import runstest
from compat.matlab.goodness_of_fit import chi2gof
from compat.matlab.goodness_of_fit import jbtest
from compat.matlab.region_properties import bweuler, regionprops
from compat.matlab.kernel_density import ksdensity
from compat.matlab.frequency_tables import confusionmat, crosstab, ecdf, tabulate
from compat.matlab.group_statistics import grpstats
from compat.matlab.number_representation import (flintmax, intmax, intmin,
                                                 swapbytes)
from compat.matlab.repetition import repelem
from compat.matlab.reciprocal_trig import acot, acoth, acsc, acsch, asec, asech
from compat.matlab.rational_approximation import rat, rats
from compat.matlab.fourier_interpolation import interpft
from compat.matlab.resampling import jackknife
from compat.matlab.edge_detection import edge
from compat.matlab.adaptive_filtering import wiener2
from compat.matlab.missing_data import (fillmissing, ismissing, rmmissing,
                                        standardizeMissing)
from compat.matlab.complex_pairs import cplxpair
from compat.matlab.partial_fractions import residue
from compat.matlab.identifiers import makeuniquestrings, makevalidname
from compat.matlab.volume_filtering import imgaussfilt3
from compat.matlab.experiment_design import ff2n, fullfact
from compat.matlab.image_processing import (fspecial, imfilter, imgaussfilt, medfilt2,
                                            ordfilt2, padarray)
from compat.matlab.principal_components import pca, pcacov, pcares, princomp
from compat.matlab.parameter_estimation import expfit, lognfit, normfit
from compat.matlab.data_scaling import normalize, rescale
from compat.matlab.morphology import (StructuringElement, imbothat, imclose,
                                      imdilate, imerode, imopen, imtophat, strel)
from compat.matlab.binary_morphology import bwmorph
from compat.matlab.image_profiles import ImprofileResult, improfile
from compat.matlab.color_transforms import applycform, makecform, whitepoint
from compat.matlab.percentiles import prctile, quantile
from compat.matlab.regexp import regexp, regexpi, regexprep
from compat.matlab.rounding import ceil, fix, floor, idivide, mod, rem, round
from compat.matlab.scattered import griddata
from compat.matlab.scanning import fscanf, sscanf, textscan
from compat.matlab.shapes import (circshift, flip, flipdim, fliplr, flipud, ind2sub,
                                  kron, repmat, reshape, rot90, sub2ind)
from compat.matlab.signal import (bartlett, blackman, blackmanharris, butter, buttord,
                                  cheb1ord, cheb2ord, chebwin, cheby1, cheby2, ellip,
                                  ellipord, fir1, flattopwin, freqz, gausswin, hamming,
                                  hann, hanning, kaiser, rectwin, sos2tf, sos2zp,
                                  sosfilt, ss2tf, tf2sos, tf2ss, tf2zp, triang,
                                  tukeywin, zp2sos, zp2ss, zp2tf)
from compat.matlab.signal import (  # issue 18: analysis, spectra, resampling
    cconv, convmtx, db, db2mag, db2pow, decimate, detrend, downsample,
    envelope, fftfilt, findpeaks, hilbert, mag2db, medfilt1, pow2db, resample, rms,
    sgolay, sgolayfilt, upfirdn, upsample, xcorr, xcov)
from compat.matlab.signal import (cpsd, mscohere, periodogram, pwelch, spectrogram,
                                  tfestimate)
from compat.matlab.signal import (besself, bilinear, filtic, firls, freqs, grpdelay,
                                  impz, kaiserord, phasez, stepz, window)
from compat.matlab.signal import fir2, impinvar, specgram  # issue 18, continued
from compat.matlab.signal import dpss, firpm, interp, pmtm  # issue 18, gaps
from compat.matlab.signal import peak2peak, peak2rms
from compat.matlab.signal import arburg, aryule, levinson
from compat.matlab.signal import dct, idct
from compat.matlab.signal import buffer
from compat.matlab.signal import (chirp, diric, gauspuls, pulstran, rectpuls, sawtooth, square,
                                  tripuls)
from compat.matlab.sets import intersect, setdiff, setxor, union
from compat.matlab.grouping import findgroups, splitapply
from compat.matlab.smoothing import smooth, smooth3
from compat.matlab.sparse_matrices import full, nonzeros, sparse, spdiags, speye
from compat.matlab.sparse_eigen import condest, eigs, normest, spalloc, svds
from compat.matlab.sparse_patterns import colamd, colperm, etree, spfun, spones, symamd
from compat.matlab.iterative_solvers import bicgstab, gmres, pcg
from compat.matlab.krylov_methods import bicg, cgs, lsqr, minres, qmr, tfqmr
from compat.matlab.special_matrices import blkdiag, hankel, toeplitz, tril, triu, vander
from compat.matlab.sorting import (find, ismember, issorted, sort, sortrows,
                                   unique)
from compat.matlab.text import (deblank, findstr, lower, strcmp, strcmpi, strfind,
                                 strjoin, strncmp, strncmpi, strrep, strsplit, strtok,
                                 strtrim, upper)
from compat.matlab.text_compose import compose
from compat.matlab.string_functions import (contains, endswith, join, replace, split,
                                            startswith)
from compat.matlab.string_editing import (count, erase, extractafter, extractbefore,
                                          insertafter, insertbefore, newline, pad,
                                          reverse, splitlines, strip, strlength)
from compat.matlab.arrays import (all, any, cat, diag, horzcat, ipermute, nnz, permute,
                                  shiftdim, squeeze, vertcat)
from compat.matlab.cells import (arrayfun, cell, cell2mat, cellfun, cellstr, iscellstr,
                                 mat2cell)
from compat.matlab.structs import cell2struct, isstruct, struct, struct2cell, structfun
from compat.matlab.struct_fields import (fieldnames, getfield, isfield, orderfields, rmfield,
                                         setfield)
from compat.matlab.importing import importdata, strread, textread
from compat.matlab.import_options import (detectImportOptions, getvaropts,
                                          readvars, setvaropts, setvartype)
from compat.matlab.scientific_files import (h5create, h5disp, h5info, h5read,
                                            h5readatt, h5write, h5writeatt,
                                            nccreate, ncdisp, ncinfo, ncread,
                                            ncreadatt, ncwrite, ncwriteatt,
                                            ncwriteschema)
from compat.matlab.netcdf_library import (netcdf_close, netcdf_create, netcdf_defdim,
                                          netcdf_defvar, netcdf_enddef,
                                          netcdf_getconstant, netcdf_getconstantnames,
                                          netcdf_getvar, netcdf_inq, netcdf_inqdim,
                                          netcdf_inqdimid, netcdf_inqformat,
                                          netcdf_inqlibvers, netcdf_inqunlimdims,
                                          netcdf_inqvar, netcdf_inqvarid, netcdf_open,
                                          netcdf_putvar, netcdf_redef, netcdf_renamedim,
                                          netcdf_renamevar, netcdf_setfill, netcdf_sync)
from compat.matlab.netcdf_attributes import (netcdf_copyatt, netcdf_defgrp,
                                             netcdf_delatt, netcdf_getatt,
                                             netcdf_inqatt, netcdf_inqattid,
                                             netcdf_inqattname, netcdf_inqdimids,
                                             netcdf_inqgrpname, netcdf_inqgrpnamefull,
                                             netcdf_inqgrpparent, netcdf_inqgrps,
                                             netcdf_inqncid, netcdf_inqvarids,
                                             netcdf_putatt, netcdf_renameatt)
from compat.matlab.netcdf_storage import (netcdf_abort, netcdf_defvarchunking,
                                          netcdf_defvardeflate, netcdf_defvarfill,
                                          netcdf_defvarfletcher32,
                                          netcdf_getchunkcache,
                                          netcdf_inqvarchunking,
                                          netcdf_inqvardeflate, netcdf_inqvarfill,
                                          netcdf_inqvarfletcher32,
                                          netcdf_setchunkcache,
                                          netcdf_setdefaultformat, netcdf_defvlen,
                                          netcdf_inqvlen, netcdf_inqusertype)
from compat.matlab.tables import readcell, readmatrix, readtable
from compat.matlab.table_writing import writecell, writematrix, writetable
from compat.matlab.spreadsheets import xlsread, xlswrite
from compat.matlab.containers import (containers_map, containers_Map)
from compat.matlab.equality import isequal, isequaln
from compat.matlab.complex_construction import complex
from compat.matlab.nonlinear_systems import fsolve
from compat.matlab.obsolete_names import boxcar, remez, setstr, str2mat
from compat.matlab.delaunay_nd import delaunayn
from compat.matlab.mat_objects import matfile
from compat.matlab.command_window import diary, help  # noqa: A004
from compat.matlab.video_files import VideoWriter, writeVideo
from compat.matlab.parallel_arrays import gather
from compat.matlab.session import (addpref, gcp, getpref, ispref, ls, memory,
                                   more, open, parpool, rehash, rmpref,
                                   savepath, setpref, usejava, who, winopen)
from compat.matlab.timing import timeit
from compat.matlab.cepstrum import rceps
from compat.matlab.step_functions import heaviside
from compat.matlab.hulls_nd import convhulln
from compat.matlab.diagnostics import (MException, error, lasterr, lasterror, lastwarn,
                                       rethrow, throw, warning)
from compat.matlab.messages import message
from compat.matlab.dimensions import (columns, issquare, length, ndims, numel,
                                      rows, size)
from compat.matlab.types import (class_, iscell, ischar, iscolumn, isempty, isfloat,
                                 isinteger, islogical, ismatrix, isnumeric, isa,
                                 isreal, isrow, isscalar, issparse, isvector,
                                 logical)
from compat.matlab.input_parsing import (addoptional, addparameter, addparamvalue,
                                          addrequired, inputparser, parse)
from compat.matlab.validation import assert_, narginchk, nargoutchk, validateattributes
from compat.matlab.graphics import (axes, cla, clf, close, drawnow, figure, gca, gcf, get,
                                    groot, hold, isgraphics, ishandle, ishold, set,
                                    subplot)
from compat.matlab.plotting import line, loglog, plot, semilogx, semilogy, text
from compat.matlab.axes_annotation import (axis, box, grid, legend, title, xlabel, xlim,
                                           xticklabels, xticks, ylabel, ylim,
                                           yticklabels, yticks)
from compat.matlab.graphics_export import print, saveas
from compat.matlab.ui_controls import (getappdata, guidata, guihandles, isappdata,
                                       rmappdata, setappdata, uibuttongroup,
                                       uicontextmenu, uicontrol, uimenu, uipanel,
                                       uiresume, uitable, uiwait)
from compat.matlab.dialogs import (errordlg, helpdlg, input, inputdlg, listdlg,
                                  menu, msgbox, questdlg, warndlg)
from compat.matlab.handle_events import (EventData, HandleObject, PropertyEvent,
                                         addlistener, events, findprop, handle,
                                         handle_listener, listener, notify, oncleanup)
from compat.matlab.surface_plots import (alpha, fill, mesh, patch, plot3, pcolor,
                                         shading, surf, surface, view, zlabel, zlim,
                                         zticks)
from compat.matlab.triangulation_plots import trimesh, trisurf
from compat.matlab.image_plots import (brighten, caxis, clim, colorbar, colormap, image,
                                       imagesc)
from compat.matlab.graphics_queries import (allchild, ancestor, copyobj, findall, findobj,
                                            gcbf, gcbo, gco, isprop, isvalid)
from compat.matlab.chart_plots import area, bar, barh, errorbar, scatter, stairs, stem
from compat.matlab.chart3_plots import quiver3, scatter3
from compat.matlab.distribution_field_plots import contour, contourf, histogram, pie, quiver
from compat.matlab.image_files import imfinfo, imread, imwrite
from compat.matlab.audio_files import audioinfo, audioread, audiowrite
from compat.matlab.figure_tools import (dialog, frame2im, getframe, hgexport,
                                        im2frame, imshow, movegui, movie,
                                        openfig, savefig, truesize, waitfor)
from compat.matlab.figure_annotation import (annotation, ezplot, ginput, pan,
                                             rectangle, rotate3d, zoom)
from compat.matlab.lighting_plots import (camlight, light, lighting, material,
                                         tetramesh)
from compat.matlab.lit_surfaces import diffuse, specular, surfl, surfnorm
from compat.matlab.polar_plots import polar
from compat.matlab.volume_slices import slice
from compat.matlab.image_types import (gray2ind, im2double, im2single, im2uint8,
                                       im2uint16, ind2rgb, mat2gray, rgb2gray)


_FAMILY_NAMES = (
    "adaptive_filtering", "analysis_of_variance", "arrays", "bessel", "binning", "calculus", "cells", "chars", "classic_matrices", "complex_pairs",
    "colormaps", "combinatorics", "condensed_forms", "connected_components", "containers", "contours", "conv", "operators",
    "correlation", "correlation_tests", "data_scaling", "distances", "distributions", "distribution_functions", "dates", "datetimes", "degrees", "delimited", "dispersion", "durations", "edge_detection", "elementary", "experiment_design", "expansion", "extrema", "factorizations",
    "files", "filesystem", "filtering", "fourier", "fourier_interpolation", "frequency_tables", "geometry", "goodness_of_fit", "gridded", "grids", "group_statistics", "grouping", "resampling",
    "hierarchical_clustering", "histograms", "hypothesis_tests", "identifiers", "image_arithmetic", "image_blocks", "image_contrast", "image_files", "audio_files", "image_colors", "colorimetry", "image_geometry", "image_gradients", "image_quality", "image_resize", "image_statistics", "image_types", "import_options", "importing", "input_parsing", "integer_math", "integers", "interpolation", "kernel_density",
    "least_squares", "linalg", "linear_regression", "matrix_analysis", "matrix_structure", "moments", "matrix_functions", "matrix_pencils", "missing_data", "morphology", "binary_morphology", "image_profiles", "color_transforms", "moving",
    "nan_functions", "number_representation", "netcdf_attributes", "netcdf_library", "netcdf_storage", "number_bases", "number_text", "ode", "ode_stiff", "optimization", "parameter_estimation", "partial_fractions", "percentiles", "phantoms", "image_processing", "piecewise", "platform", "region_properties", "polygons", "powers", "template_matching", "tree_layout", "functions",
    "nonlinear_least_squares", "nonlinear_regression", "smooth_minimization",
    "polynomials", "principal_components", "printing", "quadratic_programming", "quadrature", "random", "rational_approximation", "random_variates", "reductions", "reciprocal_trig", "regexp", "regional_extrema", "repetition", "rounding", "scanning",
    "scattered", "scientific_files", "sets", "shapes", "signal", "smoothing", "sorting",
    "sparse_matrices", "sparse_eigen", "sparse_patterns", "iterative_solvers", "krylov_methods", "spreadsheets", "special_functions", "special_matrices", "string_editing", "string_functions", "text_compose", "struct_fields",
    "structs", "surfaces", "table_writing", "tables", "text", "types", "validation", "volume_filtering",
    "equality", "complex_construction", "nonlinear_systems",
    "mat_objects",
    "command_window",
    "video_files",
    "parallel_arrays",
    "session", "timing",
    "cepstrum", "step_functions",
    "hulls_nd",
    "obsolete_names", "delaunay_nd", "graphics", "plotting", "axes_annotation", "graphics_export", "surface_plots", "triangulation_plots", "image_plots", "chart_plots", "distribution_field_plots",
    "graphics_queries", "figure_tools", "figure_annotation", "lighting_plots",
    "lit_surfaces", "polar_plots", "volume_slices",
    "chart3_plots",
    "handle_events",
    "dimensions", "diagnostics", "messages", "ui_controls", "dialogs")
#: the families (modules of compat.matlab by job); a new family adds its name above
#: (imported by name: the modules conv and regexp share their names with functions)
FAMILIES = tuple(importlib.import_module(f"compat.matlab.{name}")
                 for name in _FAMILY_NAMES)

#: the public names: every legacy function of the families (their result types stay
#: in the family modules, e.g. compat.matlab.sorting.SortResult) and
#: idx (MATLAB's 1-based index data to numpy's 0-based indices)
__all__ = sorted({name for family in FAMILIES for name in family.__all__
                  if hasattr(getattr(family, name), "__legacy_name__")} | {"idx"})

#: legacy spellings that are not Python names (``not``, ``and``, ``\\``,
#: ``containers.Map`` ...) -> the Python names, gathered from the families
__legacy_names__ = {legacy: python for family in FAMILIES
                    for legacy, python in getattr(family, "__legacy_names__", {}).items()}
