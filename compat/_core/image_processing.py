"""Image Processing Toolbox basics (MATLAB's ``padarray``, ``fspecial``, ``imfilter``,
``ordfilt2``/``medfilt2``): N-D padding, the predefined 2-D kernels, correlation with
MATLAB's kernel centre and boundary options, order-statistic filters.

Python-shaped: keyword-only options, numpy shapes (MATLAB's (row, column) indexing, the
arrays as ``scipy.io.loadmat`` gives them), no nargout. The legacy layer is
:mod:`compat.matlab.image_processing`.

The facts used here come from MATLAB's reference pages (padarray, fspecial, imfilter,
ordfilt2, medfilt2: option meanings and defaults, "the center element of the filter is
``floor((size(h)+1)/2)``", "If A is an integer or logical array, output elements that
exceed the range of the type are truncated and fractional values are rounded") and
from the kernels' mathematical definitions as the fspecial page states them.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.matlab_integers import convert

__all__ = ["BOUNDARIES", "pad", "kernel_centre", "correlate", "to_class",
           "average_kernel", "disk_kernel", "gaussian_kernel", "laplacian_kernel",
           "log_kernel", "motion_kernel", "prewitt_kernel", "sobel_kernel",
           "unsharp_kernel", "order_filter", "separable_threshold", "gaussian_axes_kernel",
           "gaussian_domain", "gaussian_smooth"]

#: padarray's patterns and compat's numpy.pad names for them ('constant' = a value)
BOUNDARIES = {"constant": "constant", "circular": "wrap", "replicate": "edge",
              "symmetric": "symmetric"}

_EPS = np.finfo(np.float64).eps


# ------------------------------------------------------------------------ padding
def pad(a: np.ndarray, pre, post, *, boundary: str = "constant", value=0) -> np.ndarray:
    """``a`` padded by ``pre[k]``/``post[k]`` elements before/after along axis k.

    ``pre``/``post`` may be longer than ``a.ndim`` (MATLAB's trailing singleton
    dimensions are added) or shorter (the remaining axes are not padded). The
    patterns: ``'constant'`` (``value`` converted to the class of ``a`` by MATLAB's
    rules: rounded and saturated for integers, nonzero for logical), ``'circular'``
    (periodic), ``'replicate'`` (the border element repeated) and ``'symmetric'`` (the
    array mirrored with its border element; pads longer than the array keep mirroring,
    period twice the length). Always a new array of the class of ``a``.
    """
    n = max(a.ndim, len(pre), len(post))
    a = a.reshape(a.shape + (1,) * (n - a.ndim))
    widths = [(int(pre[k]) if k < len(pre) else 0, int(post[k]) if k < len(post) else 0)
              for k in range(n)]
    if boundary == "constant":
        fill = class_value(value, a.dtype)
        shape = tuple(s + lo + hi for s, (lo, hi) in zip(a.shape, widths))
        out = np.full(shape, fill, dtype=a.dtype)
        out[tuple(slice(lo, lo + s) for s, (lo, _) in zip(a.shape, widths))] = a
        return out
    if a.size == 0:
        shape = tuple(s + lo + hi if s else 0 for s, (lo, hi) in zip(a.shape, widths))
        return np.zeros(shape, dtype=a.dtype)
    return np.pad(a, widths, mode=BOUNDARIES[boundary])


def class_value(value, dtype: np.dtype):
    """A scalar ``value`` converted to ``dtype`` as MATLAB's assignment converts it."""
    v = np.asarray(value)
    if dtype.kind in "iu":
        return convert(np.asarray(v.real if v.dtype.kind == "c" else v, dtype=np.float64)
                       if v.dtype.kind not in "iub" else v, dtype)[()]
    if dtype.kind == "b":
        return bool(v != 0)
    if dtype.kind == "f" and v.dtype.kind == "c":
        return dtype.type(v.real)
    return dtype.type(v)


# ------------------------------------------------------------------------- classes
def to_class(b: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """Floating results in the class ``dtype`` of the input image: integers rounded
    (halves away from zero) and saturated, NaN to 0; logical as ``round`` clipped to
    [0, 1] (true from 0.5 up); floating classes kept."""
    if dtype.kind in "iu":
        return convert(b.real if b.dtype.kind == "c" else b, dtype)
    if dtype.kind == "b":
        return np.asarray((b.real if b.dtype.kind == "c" else b) >= 0.5)
    return b


# ---------------------------------------------------------------------- filtering
def kernel_centre(shape) -> tuple[int, ...]:
    """0-based index of MATLAB's kernel centre, ``floor((size(h)+1)/2)`` (1-based)."""
    return tuple((s - 1) // 2 for s in shape)


def correlate(a: np.ndarray, h: np.ndarray, *, boundary: str = "constant", value=0.0,
              full: bool = False, convolution: bool = False) -> np.ndarray:
    """N-D correlation (or convolution) of floating ``a`` with the kernel ``h``.

    The kernel's centre is :func:`kernel_centre` (of the kernel rotated by 180 degrees
    for ``convolution``, so 'same' convolution is ``conv2(A, h, 'same')``); a kernel
    of fewer dimensions than ``a`` is applied to every plane. ``full`` returns the
    size ``size(a) + size(h) - 1`` (padding by ``size(h) - 1`` on each side); else the
    size of ``a``. Outside ``a`` the data follow ``boundary`` (as :func:`pad`). Each
    output is the sum over the kernel's nonzero elements of element times data, in
    the floating class of ``a`` and ``h`` (double unless both are single).
    """
    if h.ndim > a.ndim:
        a = a.reshape(a.shape + (1,) * (h.ndim - a.ndim))
    h = h.reshape(h.shape + (1,) * (a.ndim - h.ndim))
    if convolution:
        h = h[tuple(slice(None, None, -1) for _ in range(h.ndim))]
    dtype = np.result_type(a.dtype, h.dtype)
    if full:
        pre = post = [s - 1 for s in h.shape]
    else:
        pre = list(kernel_centre(h.shape))
        post = [s - 1 - c for s, c in zip(h.shape, pre)]
    out_shape = tuple(n + lo + hi - s + 1 for n, lo, hi, s in zip(a.shape, pre, post, h.shape))
    out = np.zeros(out_shape, dtype=dtype)
    if a.size == 0 or out.size == 0:
        return out
    padded = pad(a, pre, post, boundary=boundary, value=value).astype(dtype, copy=False)
    for index in zip(*np.nonzero(h)):
        weight = h[index]
        out += weight * padded[tuple(slice(i, i + m) for i, m in zip(index, out_shape))]
    return out


# ------------------------------------------------------------------------- kernels
def average_kernel(size) -> np.ndarray:
    """``ones(size) / prod(size)``."""
    rows, cols = size
    return np.full((rows, cols), 1 / (rows * cols))


def _quadrant_area(x, y, r):
    """Area of {0 <= u <= x, 0 <= v <= y, u^2 + v^2 <= r^2} for x, y >= 0 (arrays)."""
    x = np.minimum(x, r)
    y = np.minimum(y, r)
    xc = np.sqrt(np.maximum(r * r - y * y, 0.0))   # where the circle is at height y

    def g(t):   # integral of sqrt(r^2 - u^2) from 0 to t
        return 0.5 * (t * np.sqrt(np.maximum(r * r - t * t, 0.0)) + r * r * np.arcsin(t / r))

    return np.where(x <= xc, x * y, xc * y + g(x) - g(np.minimum(xc, x)))


def _signed_area(x, y, r):
    """:func:`_quadrant_area` extended oddly to negative x and y."""
    return np.sign(x) * np.sign(y) * _quadrant_area(np.abs(x), np.abs(y), r)


def disk_kernel(radius: float) -> np.ndarray:
    """The circular averaging filter: the area of each pixel (unit squares centred on
    the integer grid, ``2*ceil(radius-0.5)+1`` square) inside the disc of ``radius``,
    normalised to sum 1."""
    half = math.ceil(radius - 0.5)
    if radius <= 0:
        return np.ones((1, 1))
    c = np.arange(-half, half + 1, dtype=np.float64)
    x0, x1 = (c - 0.5)[None, :], (c + 0.5)[None, :]
    y0, y1 = (c - 0.5)[:, None], (c + 0.5)[:, None]
    area = (_signed_area(x1, y1, radius) - _signed_area(x0, y1, radius)
            - _signed_area(x1, y0, radius) + _signed_area(x0, y0, radius))
    area = np.maximum(area, 0.0)
    return area / area.sum()


def _grid(size):
    rows, cols = size
    y = np.arange(rows, dtype=np.float64) - (rows - 1) / 2
    x = np.arange(cols, dtype=np.float64) - (cols - 1) / 2
    return np.meshgrid(x, y)


def gaussian_kernel(size, sigma: float) -> np.ndarray:
    """``exp(-(x^2+y^2)/(2 sigma^2))`` on the centred grid, values below ``eps`` times
    the largest set to 0, normalised to sum 1."""
    x, y = _grid(size)
    g = np.exp(-(x * x + y * y) / (2 * sigma * sigma))
    g[g < _EPS * g.max()] = 0
    total = g.sum()
    return g / total if total != 0 else g


def log_kernel(size, sigma: float) -> np.ndarray:
    """Laplacian of Gaussian: the normalised Gaussian of :func:`gaussian_kernel` times
    ``(x^2+y^2-2 sigma^2)/sigma^4``, then shifted to sum 0."""
    x, y = _grid(size)
    s2 = sigma * sigma
    g = np.exp(-(x * x + y * y) / (2 * s2))
    g[g < _EPS * g.max()] = 0
    total = g.sum()
    if total != 0:
        g = g / total
    h = g * (x * x + y * y - 2 * s2) / (s2 * s2)
    return h - h.sum() / h.size


def laplacian_kernel(alpha: float) -> np.ndarray:
    """``4/(alpha+1) * [alpha/4 (1-alpha)/4 alpha/4; (1-alpha)/4 -1 ...; ...]``."""
    a, b = alpha / 4, (1 - alpha) / 4
    return 4 / (alpha + 1) * np.array([[a, b, a], [b, -1.0, b], [a, b, a]])


def unsharp_kernel(alpha: float) -> np.ndarray:
    """``1/(alpha+1) * [-alpha alpha-1 -alpha; alpha-1 alpha+5 alpha-1; ...]``: the
    identity minus :func:`laplacian_kernel`."""
    return 1 / (alpha + 1) * np.array([[-alpha, alpha - 1, -alpha],
                                       [alpha - 1, alpha + 5, alpha - 1],
                                       [-alpha, alpha - 1, -alpha]])


def prewitt_kernel() -> np.ndarray:
    """``[1 1 1; 0 0 0; -1 -1 -1]`` (horizontal edges; transpose for vertical)."""
    return np.array([[1.0, 1, 1], [0, 0, 0], [-1, -1, -1]])


def sobel_kernel() -> np.ndarray:
    """``[1 2 1; 0 0 0; -1 -2 -1]``."""
    return np.array([[1.0, 2, 1], [0, 0, 0], [-1, -2, -1]])


def motion_kernel(length: float, angle: float) -> np.ndarray:
    """The linear motion of a camera by ``length`` pixels at ``angle`` degrees
    counter-clockwise: each pixel weighted by how far (up to one pixel) it lies from
    the segment of that length through the centre, normalised to sum 1."""
    length = max(1.0, float(length))
    half = (length - 1) / 2
    phi = math.radians(math.fmod(angle, 180.0) + (180.0 if math.fmod(angle, 180.0) < 0 else 0))
    c, s = math.cos(phi), math.sin(phi)
    xsign = 1.0 if c >= 0 else -1.0
    # the quadrant of the segment from the centre, extended by the line width (1)
    nx = int(math.trunc(half * c + xsign - length * _EPS))
    ny = int(math.trunc(half * s + 1 - length * _EPS))
    xs = np.arange(0, nx + xsign, xsign) if nx * xsign >= 0 else np.zeros(1)
    xs = xs[: abs(nx) + 1]
    ys = np.arange(0, ny + 1, dtype=np.float64)
    x, y = np.meshgrid(xs, ys)
    across = y * c - x * s                      # signed distance from the line
    radius = np.hypot(x, y)
    end = (radius >= half) & (np.abs(across) <= 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        beyond = half - np.abs((x + across * s) / c)
    across = np.where(end, np.sqrt(across ** 2 + np.where(end, beyond, 0) ** 2), across)
    weight = 1 + _EPS - np.abs(across)
    weight[~(weight > 0)] = 0
    quarter = weight
    rows, cols = quarter.shape
    h = np.zeros((2 * rows - 1, 2 * cols - 1))
    h[:rows, :cols] = quarter[::-1, ::-1]
    h[rows - 1:, cols - 1:] = quarter
    h = h / (h.sum() + _EPS * length * length)
    if c > 0:
        h = h[::-1]
    return h


# ------------------------------------------------------------------ order statistics
def order_filter(a: np.ndarray, order: int, domain: np.ndarray, *, boundary: str = "zeros",
                 offsets: np.ndarray | None = None) -> np.ndarray:
    """The ``order``-th smallest (0-based) of the neighbours selected by the boolean
    ``domain`` around each element, the domain's centre at :func:`kernel_centre`.

    ``boundary`` 'zeros' pads with 0, 'symmetric' mirrors, 'ones' pads with 1
    (medfilt2's 'indexed' for double data). ``offsets`` (the shape of ``domain``) are
    added to the neighbours before ordering; the values are then compared in double.
    Without offsets the result has the class of ``a``.
    """
    domain = domain.astype(bool)
    if domain.ndim < a.ndim:
        domain = domain.reshape(domain.shape + (1,) * (a.ndim - domain.ndim))
    pre = kernel_centre(domain.shape)
    post = [s - 1 - c for s, c in zip(domain.shape, pre)]
    if boundary == "symmetric":
        padded = pad(a, pre, post, boundary="symmetric")
    else:
        padded = pad(a, pre, post, value=1 if boundary == "ones" else 0)
    windows = np.lib.stride_tricks.sliding_window_view(padded, domain.shape)
    values = windows[(Ellipsis, *np.nonzero(domain))]
    if offsets is not None:
        offsets = offsets.reshape(domain.shape)
        values = values.astype(np.float64) + offsets[domain].astype(np.float64)
    return np.partition(values, order, axis=-1)[..., order]


# ---------------------------------------------------------------- Gaussian smoothing
#: Image elements and kernel elements from which imgaussfilt's 'auto' domain is the
#: frequency domain (imgaussfilt's chooseFilterDomain with MATLAB's default IPP
#: preference: both must be reached; the kernel limit is lower for single images).
FREQUENCY_IMAGE_ELEMENTS = 2.25e6
FREQUENCY_KERNEL_ELEMENTS = {np.dtype(np.float32): 1.44e4}
_FREQUENCY_KERNEL_DEFAULT = 4e4


def separable_threshold(dtype: np.dtype) -> int:
    """Kernel elements from which MATLAB filters with two 1-D passes
    (getSeparableFilterThreshold: 49 for double images, 289 for every other class)."""
    return 49 if np.dtype(dtype) == np.float64 else 289


def gaussian_axes_kernel(size, sigma) -> np.ndarray:
    """imgaussfilt's Gaussian kernel: 1-D for one ``size`` (a column) or 2-D for
    ``(rows, cols)`` with ``sigma = (sigma_rows, sigma_cols)``:
    ``exp(-(x^2/sigma_cols^2 + y^2/sigma_rows^2)/2)`` on the centred grid, values
    below ``eps`` times the largest set to 0, normalised to sum 1."""
    if len(size) == 1:
        y = np.arange(size[0], dtype=np.float64) - (size[0] - 1) / 2
        g = np.exp(-((y * y) / (sigma[0] * sigma[0])) / 2)
    else:
        x, y = _grid(size)
        g = np.exp(-((x * x) / (sigma[1] * sigma[1]) + (y * y) / (sigma[0] * sigma[0])) / 2)
    g[g < _EPS * g.max()] = 0
    total = g.sum()
    return g / total if total != 0 else g


def _planes(a: np.ndarray) -> np.ndarray:
    """``a`` as (rows, cols, planes) (a 1-D array is one row)."""
    if a.ndim == 1:
        a = a.reshape(1, -1)
    return a.reshape(a.shape[0], a.shape[1], -1)


def gaussian_domain(shape, size, dtype: np.dtype) -> str:
    """imgaussfilt's 'auto' choice: 'frequency' when the image plane has at least
    :data:`FREQUENCY_IMAGE_ELEMENTS` elements and the kernel at least 4e4 (1.44e4 for
    single images), else 'spatial'."""
    plane = shape[0] * (shape[1] if len(shape) > 1 else 1)
    limit = FREQUENCY_KERNEL_ELEMENTS.get(np.dtype(dtype), _FREQUENCY_KERNEL_DEFAULT)
    big = plane >= FREQUENCY_IMAGE_ELEMENTS and size[0] * size[1] >= limit
    return "frequency" if big else "spatial"


def gaussian_smooth(a: np.ndarray, sigma, size, *, boundary: str = "replicate",
                    value=0.0, domain: str = "spatial") -> np.ndarray:
    """Every plane of ``a`` convolved with imgaussfilt's Gaussian kernel, the size
    of ``a``, in the class of ``a`` (integers rounded and saturated).

    ``sigma`` and ``size`` are (rows, cols) pairs (odd sizes); ``boundary`` and
    ``value`` as :func:`pad`. ``domain`` 'spatial' follows imgaussfilt's spatial
    path: kernels with both sizes above 1 and at least :func:`separable_threshold`
    elements are applied as ``conv2(hcol, hrow, padded, 'valid')`` with 8- and 16-bit
    integer images in single and 32-bit ones in double (the pad value converted to that
    class); other kernels through :func:`correlate` as imfilter(A, h, padding, 'conv')
    (double, single for single images; the pad value in the class of ``a``).
    'frequency' pads ``a`` (the value in its class) by ``floor(size/2)``, multiplies the
    2-D FFTs (double, single for single images) and keeps the last ``size(a)``
    elements of the real inverse transform.
    """
    from compat._core.convolution import convolve_separable

    dtype = a.dtype
    rows, cols = int(size[0]), int(size[1])
    half = (rows // 2, cols // 2)
    if a.size == 0:
        return a.copy()
    if domain == "frequency":
        padded = pad(a, half, half, boundary=boundary, value=value)
        work = np.float32 if dtype == np.float32 else np.float64
        planes = _planes(padded.astype(work, copy=False))
        h = gaussian_axes_kernel((rows, cols), sigma).astype(work)
        import scipy.fft
        m, n = planes.shape[:2]
        spectrum = scipy.fft.rfft2(planes, axes=(0, 1)) * \
            scipy.fft.rfft2(h, s=(m, n))[:, :, None]
        full = scipy.fft.irfft2(spectrum, s=(m, n), axes=(0, 1)).astype(work, copy=False)
        out = full[2 * half[0]:, 2 * half[1]:]
        return to_class(out.reshape(a.shape), dtype)
    if rows != 1 and cols != 1 and rows * cols >= separable_threshold(dtype):
        if dtype.kind in "iu" and dtype.itemsize == 4:
            work = np.dtype(np.float64)
        elif dtype.kind in "iub" and dtype.kind != "b":
            work = np.dtype(np.float32)
        else:
            work = dtype
        hcol = gaussian_axes_kernel((rows,), sigma[:1])
        hrow = gaussian_axes_kernel((cols,), sigma[1:]) if \
            (sigma[0] != sigma[1] or rows != cols) else hcol
        fill = np.asarray(value).astype(work) if boundary == "constant" else 0
        padded = _planes(pad(a.astype(work), half, half, boundary=boundary, value=fill))
        out = np.stack([convolve_separable(hcol, hrow, padded[:, :, k], shape="valid")
                        for k in range(padded.shape[2])], axis=2)
        return to_class(out.reshape(a.shape), dtype)
    work = np.float32 if dtype == np.float32 else np.float64
    h = gaussian_axes_kernel((rows, cols), sigma).astype(work)
    fill = class_value(value, dtype) if boundary == "constant" else 0
    if work == np.float64:
        # the same double sums as correlate's, in scipy's compiled loop (3-4x faster);
        # odd kernel sizes, so scipy's centre is MATLAB's
        import scipy.ndimage
        kernel = h.reshape(h.shape + (1,) * (a.ndim - 2))
        out = scipy.ndimage.convolve(a.astype(np.float64), kernel, mode=_NDIMAGE[boundary],
                                     cval=float(fill))
    else:
        out = correlate(a.astype(work), h, boundary=boundary, value=fill, convolution=True)
    return to_class(out.reshape(a.shape), dtype)



def gaussian_smooth3(a: np.ndarray, sigma, size, *, boundary: str = "replicate",
                     value=0.0, domain: str = "spatial") -> np.ndarray:
    """``a`` (2-D or 3-D) convolved with imgaussfilt3's 3-D Gaussian kernel, the size
    and class of ``a`` (integers rounded and saturated); ``sigma`` and ``size`` are
    (rows, cols, slices) triples of odd sizes.

    'spatial' is imgaussfilt3.m's path: 8- and 16-bit integer images in single, 32-bit
    ones in double, then three 1-D passes ``imfilter(A, h, padding, 'conv', 'same')``
    -- along the rows (the second dimension) first, then the columns, then the slices
    -- each with imgaussfilt's 1-D kernel. 'frequency' pads ``a`` (the value in its
    class) by ``floor(size/2)``, multiplies the 3-D FFTs of the image (double, single
    for single images) and of the full 3-D kernel, and keeps the last ``size(a)``
    elements of the real inverse transform.
    """
    dtype = a.dtype
    shape3 = a.shape + (1,) * (3 - a.ndim)
    if a.size == 0:
        return a.copy()
    size = tuple(int(n) for n in size)
    kernels = [gaussian_axes_kernel((size[k],), (sigma[k],)) for k in range(3)]
    if domain == "frequency":
        half = tuple(n // 2 for n in size)
        padded = pad(a.reshape(shape3), half, half, boundary=boundary, value=value)
        work = np.float32 if dtype == np.float32 else np.float64
        h = _gaussian_kernel3(size, sigma)
        import scipy.fft
        m = padded.shape
        spectrum = scipy.fft.rfftn(padded.astype(work), s=m) * \
            scipy.fft.rfftn(h.astype(work), s=m)
        full = scipy.fft.irfftn(spectrum, s=m).astype(work, copy=False)
        out = full[2 * half[0]:, 2 * half[1]:, 2 * half[2]:]
        return to_class(out.reshape(a.shape), dtype)
    if dtype.kind in "iu" and dtype.itemsize == 4:
        work = np.dtype(np.float64)
    elif dtype.kind in "iu":
        work = np.dtype(np.float32)
    else:
        work = dtype
    out = a.reshape(shape3).astype(work)
    fill = np.asarray(value).astype(work) if boundary == "constant" else 0
    for axis, k in ((1, 1), (0, 0), (2, 2)):
        h = kernels[k].astype(work).reshape(tuple(size[k] if d == axis else 1
                                                  for d in range(3)))
        out = correlate(out, h, boundary=boundary, value=fill, convolution=True)
    return to_class(out.reshape(a.shape), dtype)


def _gaussian_kernel3(size, sigma) -> np.ndarray:
    """imgaussfilt3's full 3-D kernel (createGaussianKernel): ``exp(-(x^2/sx^2 +
    y^2/sy^2 + z^2/sz^2)/2)`` on the centred grid, values below ``eps`` times the
    largest set to 0, normalised to sum 1."""
    r = [np.arange(n, dtype=np.float64) - (n - 1) / 2 for n in size]
    d2 = ((r[0] ** 2)[:, None, None] / (sigma[0] * sigma[0])
          + (r[1] ** 2)[None, :, None] / (sigma[1] * sigma[1])
          + (r[2] ** 2)[None, None, :] / (sigma[2] * sigma[2]))
    g = np.exp(-d2 / 2)
    g[g < _EPS * g.max()] = 0
    return g / g.sum()

#: scipy.ndimage's names for padarray's patterns (whole-sample symmetric = 'reflect')
_NDIMAGE = {"constant": "constant", "replicate": "nearest", "circular": "wrap",
            "symmetric": "reflect"}
