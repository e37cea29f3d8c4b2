"""MATLAB's probability distribution functions (Statistics and Machine Learning
Toolbox) beyond the normal distribution: the density (``...pdf``), the distribution
(``...cdf``, with ``'upper'``) and its inverse (``...inv``, for the Poisson and
binomial the smallest integer whose cdf reaches ``p``) of the chi-square
(``chi2``), Student t (``t``), F (``f``), gamma (``gam``), beta (``beta``),
exponential (``exp``), continuous uniform (``unif``), Poisson (``poiss``) and binomial
(``bino``) distributions, and over :mod:`compat._core.lifetime_distributions` and
:mod:`compat._core.counting_distributions` the lognormal (``logn``), Weibull (``wbl``),
Rayleigh (``rayl``), extreme value (``ev``), generalized extreme value (``gev``),
generalized Pareto (``gp``), geometric (``geo``), negative binomial (``nbin``) and
hypergeometric (``hyge``) ones.

The legacy layer of the family: MATLAB's argument order and defaults (``gam*`` scale
``b = 1``, ``exp*`` mean ``mu = 1``, ``unif*`` on [0, 1]), one argument-size rule for
every function (that of :mod:`compat.matlab.distributions`: arrays of one size, scalars
expanded to it, other sizes refused with MATLAB's "Requires non-scalar arguments to
match in size."), the ``'upper'`` tail computed directly (not ``1 - p``), single in ->
single out, NaN for parameters outside their domain, over
:mod:`compat._core.distribution_functions` (MATLAB's definitions on scipy.special's
incomplete gamma and beta kernels).

Differences from ``scipy.stats``: scipy's ``gamma``, ``expon`` and ``uniform`` take
``loc``/``scale`` keywords where MATLAB takes ``(a, b)`` and ``mu`` (the mean, not the
rate) positionally; ``uniform(loc, scale)`` is ``unif*(a, b)`` with ``scale = b - a``;
scipy computes in double whatever the input class. Sources: MATLAB's reference pages
of each function (definitions, defaults, 'upper'); GNU Octave's statistics package 1.5.3
for the captured goldens (it ignores 'upper', which the goldens evaluate through
gammainc/betainc's 'upper' instead).
"""

from __future__ import annotations

from compat._core import distribution_functions as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab.distributions import _expand, _finish

__all__ = ["chi2pdf", "chi2cdf", "chi2inv", "tpdf", "tcdf", "tinv", "fpdf", "fcdf",
           "finv", "gampdf", "gamcdf", "gaminv", "betapdf", "betacdf", "betainv",
           "exppdf", "expcdf", "expinv", "unifpdf", "unifcdf", "unifinv", "poisspdf",
           "poisscdf", "poissinv", "binopdf", "binocdf", "binoinv", "lognpdf", "logncdf", "logninv", "wblpdf",
           "wblcdf", "wblinv", "raylpdf", "raylcdf", "raylinv", "evpdf", "evcdf", "evinv",
           "gevpdf", "gevcdf", "gevinv", "gppdf", "gpcdf", "gpinv", "geopdf", "geocdf",
           "nbinpdf", "nbincdf", "hygepdf", "hygecdf", "unidpdf", "unidcdf"]

#: distribution -> (parameter names, defaults of the trailing ones, the distribution's
#: name in MATLAB's pages)
_PARAMETERS = {
    "chi2": (("v",), (), "chi-square"),
    "t": (("nu",), (), "Student's t"),
    "f": (("v1", "v2"), (), "F"),
    "gam": (("a", "b"), (1.0,), "gamma"),
    "beta": (("a", "b"), (), "beta"),
    "exp": (("mu",), (1.0,), "exponential"),
    "unif": (("a", "b"), (0.0, 1.0), "continuous uniform"),
    "poiss": (("lambda",), (), "Poisson"),
    "bino": (("n", "p"), (), "binomial"),
    "logn": (("mu", "sigma"), (0.0, 1.0), "lognormal"),
    "wbl": (("a", "b"), (1.0, 1.0), "Weibull"),
    "rayl": (("b",), (1.0,), "Rayleigh"),
    "ev": (("mu", "sigma"), (0.0, 1.0), "type I extreme value (minimum)"),
    "gev": (("k", "sigma", "mu"), (0.0, 1.0, 0.0), "generalized extreme value"),
    "gp": (("k", "sigma", "theta"), (0.0, 1.0, 0.0), "generalized Pareto"),
    "geo": (("p",), (), "geometric"),
    "nbin": (("r", "p"), (), "negative binomial"),
    "hyge": (("m", "k", "n"), (), "hypergeometric"),
    "unid": (("n",), (), "discrete uniform (on 1..n)"),
}


def _split(args, names, defaults, kind, legacy):
    """Positional parameters and the 'upper' flag from MATLAB's argument list."""
    args = list(args)
    upper = False
    if kind == "cdf" and args and isinstance(args[-1], str):
        if args[-1].lower() != "upper":
            raise CompatValueError("The only option is 'upper'.")
        upper = True
        args.pop()
    if len(args) > len(names):
        if kind == "cdf":
            raise CompatValueError("The only option is 'upper' (confidence bounds with "
                                   "pCov are not supported by compat).")
        raise CompatValueError("Too many input arguments.")
    missing = len(names) - len(args)
    if missing > len(defaults):
        raise CompatValueError(f"Requires at least {len(names) - len(defaults) + 1} "
                               "input arguments.")
    args += list(defaults[len(defaults) - missing:])
    args = [default if a is None else a
            for a, default in zip(args, (None,) * (len(names) - len(defaults)) + defaults)]
    if any(a is None for a in args):
        raise CompatValueError(f"{legacy}: parameters without a default cannot be [].")
    return args, upper


def _call(legacy, first, args, first_label):
    family, kind = legacy[:-3], legacy[-3:]
    names, defaults, _ = _PARAMETERS[family]
    params, upper = _split(args, names, defaults, kind, legacy)
    rows, dtype, shape, scalar, flat = _expand((first, first_label),
                                               *zip(params, names))
    out = core.evaluate(legacy, *rows, upper=upper, dtype=dtype)
    return _finish(out, shape, scalar, flat)


_KIND_TEXT = {
    "pdf": ("Probability density", "y", "x",
            "{dist} density at ``x``; 0 outside the support."),
    "cdf": ("Cumulative distribution", "p", "x",
            "{dist} distribution at ``x`` (``'upper'``: the upper tail, computed "
            "directly so that it keeps its precision where ``1 - p`` would round to 0)."),
    "inv": ("Inverse cumulative distribution", "x", "p",
            "{dist} inverse at ``p``; NaN for ``p`` outside [0, 1]."),
}


def _make(legacy, definition, examples, first_name=None):
    family, kind = legacy[:-3], legacy[-3:]
    names, defaults, dist = _PARAMETERS[family]
    title, out, first, what = _KIND_TEXT[kind]
    first = first_name or first
    required = names[:len(names) - len(defaults)]
    forms = []
    for k in range(len(required), len(names) + 1):
        forms.append(f"{out} = {legacy}({', '.join((first,) + names[:k])})")
    if kind == "cdf":
        forms.append(f"{out} = {legacy}(..., 'upper')")
    default_text = ", ".join(f"``{n} = {d:g}``" for n, d in
                             zip(names[len(required):], defaults))

    def function(x, *args):
        return _call(legacy, x, args, first)

    function.__name__ = function.__qualname__ = legacy
    function.__doc__ = f"""{title} of the {dist} distribution, as MATLAB's ``{legacy}``.

    MATLAB call forms::

        {(chr(10) + '        ').join(forms)}

    Returns {what.format(dist="the " + dist).replace("``p``", f"``{first}``")} {definition}
    {"Defaults: " + default_text + "." if default_text else ""} Arguments are arrays
    of one size or scalars expanded to it (MATLAB's distchck: no implicit expansion);
    a parameter outside its domain gives NaN; single if any argument is single.
    {"The confidence bounds ``[p, pLo, pUp]`` (pCov) are not supported." if kind == "cdf" and family == "gam" else ""}
    Source: MATLAB's ``{legacy}`` reference page (definition, defaults).

    Examples
    --------
    >>> from compat import matlab
{examples}
    """
    return matlab_function(legacy)(function)


chi2pdf = _make("chi2pdf", "MATLAB's definition: ``gampdf(x, v/2, 2)``.", """\
    >>> float(matlab.chi2pdf(2, 2))    # exp(-1)/2
    0.18393972058572117""")
chi2cdf = _make("chi2cdf", "MATLAB's definition: ``gamcdf(x, v/2, 2)``, i.e. "
                "``gammainc(x/2, v/2)``.", """\
    >>> round(float(matlab.chi2cdf(3.841458820694124, 1)), 15)
    0.95
    >>> float(matlab.chi2cdf(100, 2, 'upper'))   # exp(-50), no cancellation
    1.9287498479639183e-22""")
chi2inv = _make("chi2inv", "MATLAB's definition: ``gaminv(p, v/2, 2)``.", """\
    >>> float(matlab.chi2inv(0.95, 1))
    3.841458820694124""")
tpdf = _make("tpdf", "``nu = Inf`` is the standard normal density.", """\
    >>> round(float(matlab.tpdf(0, 1)), 15)     # 1/pi
    0.318309886183791""")
tcdf = _make("tcdf", "The tail beyond ``|x|`` is ``betainc(nu/(nu+x^2), nu/2, 1/2)/2`` "
             "(MATLAB's page); ``nu = Inf`` is the standard normal.", """\
    >>> float(matlab.tcdf(1, 1))     # 1/2 + atan(1)/pi
    0.75
    >>> matlab.tcdf([-2, 0, 2], 5, 'upper')
    array([0.94903026, 0.5       , 0.05096974])""")
tinv = _make("tinv", "", """\
    >>> round(float(matlab.tinv(0.975, 10)), 12)
    2.228138851986""")
fpdf = _make("fpdf", "", """\
    >>> float(matlab.fpdf(1, 2, 2))    # 1/(1+x)^2
    0.25""")
fcdf = _make("fcdf", "``betainc(v1 x/(v1 x + v2), v1/2, v2/2)`` (MATLAB's page).", """\
    >>> float(matlab.fcdf(1, 2, 2))    # x/(1+x)
    0.5""")
finv = _make("finv", "", """\
    >>> round(float(matlab.finv(0.95, 3, 10)), 12)
    3.708264819047""")
gampdf = _make("gampdf", "Shape ``a``, scale ``b``: ``x^(a-1) exp(-x/b) / "
               "(b^a Gamma(a))``.", """\
    >>> float(matlab.gampdf(1, 1, 2))  # exp(-1/2)/2
    0.3032653298563167""")
gamcdf = _make("gamcdf", "``gammainc(x/b, a)`` (MATLAB's page).", """\
    >>> float(matlab.gamcdf(2, 1))     # 1 - exp(-2)
    0.8646647167633873""")
gaminv = _make("gaminv", "``p = 0`` gives 0, ``p = 1`` Inf.", """\
    >>> round(float(matlab.gaminv(0.5, 1, 2)), 14)  # 2 log 2
    1.38629436111989""")
betapdf = _make("betapdf", "``x^(a-1) (1-x)^(b-1) / B(a, b)`` on [0, 1].", """\
    >>> round(float(matlab.betapdf(0.5, 2, 2)), 14)
    1.5""")
betacdf = _make("betacdf", "``betainc(x, a, b)`` (MATLAB's page).", """\
    >>> float(matlab.betacdf(0.5, 2, 3))  # 11/16
    0.6875""")
betainv = _make("betainv", "", """\
    >>> float(matlab.betainv(0.6875, 2, 3))
    0.5""")
exppdf = _make("exppdf", "``mu`` is the mean (scipy's scale): ``exp(-x/mu)/mu``.", """\
    >>> float(matlab.exppdf(0, 2))
    0.5""")
expcdf = _make("expcdf", "``1 - exp(-x/mu)`` computed as ``-expm1(-x/mu)``.", """\
    >>> float(matlab.expcdf(1e-20))
    1e-20""")
expinv = _make("expinv", "``-mu log(1 - p)`` computed as ``-mu log1p(-p)``.", """\
    >>> float(matlab.expinv(0.5, 1))   # log 2
    0.6931471805599453""")
unifpdf = _make("unifpdf", "``1/(b-a)`` on [a, b]; NaN unless ``a < b``.", """\
    >>> matlab.unifpdf([-1, 0, 0.5, 1, 2])
    array([0., 1., 1., 1., 0.])""")
unifcdf = _make("unifcdf", "``(x-a)/(b-a)`` clipped to [0, 1].", """\
    >>> float(matlab.unifcdf(2, 1, 5))
    0.25""")
unifinv = _make("unifinv", "``a + p (b-a)``.", """\
    >>> float(matlab.unifinv(0.25, 1, 5))
    2.0""")
poisspdf = _make("poisspdf", "0 for ``x`` not a nonnegative integer.", """\
    >>> float(matlab.poisspdf(0, 2))   # exp(-2)
    0.1353352832366127""")
poisscdf = _make("poisscdf", "``gammainc(lambda, floor(x)+1, 'upper')`` (MATLAB's "
                 "page).", """\
    >>> round(float(matlab.poisscdf(1, 2)), 15)   # 3 exp(-2)
    0.406005849709838""")
binopdf = _make("binopdf", "``nchoosek(n, x) p^x (1-p)^(n-x)`` for integer ``x`` in "
                "0..n, else 0; NaN unless ``n`` is a nonnegative integer and ``p`` in "
                "[0, 1].", """\
    >>> matlab.binopdf([0, 1, 2], 2, 0.5)
    array([0.25, 0.5 , 0.25])""")
binocdf = _make("binocdf", "The sum of ``binopdf`` over ``0..floor(x)``, as "
                "``betainc(1-p, n-floor(x), floor(x)+1)``.", """\
    >>> float(matlab.binocdf(1, 2, 0.5))
    0.75""")
poissinv = _make("poissinv", "The smallest integer ``x`` with ``poisscdf(x, lambda) >= p`` "
                 "(MATLAB's page), searched on compat's own poisscdf -- in single when an "
                 "argument is single -- so that ``poisscdf(x, lambda) >= p`` and "
                 "``poisscdf(x-1, lambda) < p`` hold exactly for the values "
                 "``matlab.poisscdf`` returns; a naive ``scipy.stats.poisson.ppf`` checks "
                 "its own cdf with a relative fuzz instead. ``p = 0`` gives 0; ``p = 1`` "
                 "gives Inf (the cdf never reaches 1); ``lambda = 0`` gives 0 (all mass at 0, "
                 "``poisscdf(x, 0) = 1``; Octave 7.3's statistics 1.5.3 returns NaN there); "
                 "NaN for ``lambda < 0``, NaN, or Inf with ``0 < p < 1``.", """\
    >>> float(matlab.poissinv(0.95, 2))          # MATLAB's page: 5
    5.0
    >>> matlab.poissinv([0, 0.5, 1], 2)
    array([ 0.,  2., inf])""")
binoinv = _make("binoinv", "The smallest integer ``x`` with ``binocdf(x, n, p) >= y`` "
                "(MATLAB's page), searched on compat's own binocdf -- in single when an "
                "argument is single -- so that ``binocdf(x, n, p) >= y`` and "
                "``binocdf(x-1, n, p) < y`` hold exactly for the values ``matlab.binocdf`` "
                "returns. ``y = 0`` gives 0; ``y = 1`` gives ``n`` (0 when ``p = 0``), "
                "where the exact cdf first equals 1, even when the rounded cdf reaches 1 "
                "earlier (Octave 7.3's statistics 1.5.3 returns the first x whose rounded "
                "cdf is 1, e.g. 17 for ``binoinv(1, 100, 0.01)``); NaN unless ``n`` is a "
                "nonnegative integer and ``p`` in [0, 1].", """\
    >>> matlab.binoinv([0.025, 0.975], 100, 0.6)   # MATLAB's page: 50 69
    array([50., 69.])
    >>> float(matlab.binoinv(1, 100, 0.01))
    100.0""", first_name="y")
lognpdf = _make("lognpdf", "``exp(-((log x - mu)/sigma)^2/2) / (x sqrt(2 pi) sigma)``, "
                "0 for ``x <= 0``.", """\
    >>> round(float(matlab.lognpdf(1)), 15)      # 1/sqrt(2 pi)
    0.398942280401433""")
logncdf = _make("logncdf", "``erfc(-z/sqrt 2)/2`` with ``z = (log x - mu)/sigma``.", """\
    >>> float(matlab.logncdf(1, 0, 2))
    0.5""")
logninv = _make("logninv", "``exp(mu + sigma (-sqrt 2 erfcinv(2p)))``.", """\
    >>> float(matlab.logninv(0.5, 1, 3))          # exp(mu)
    2.718281828459045""")
wblpdf = _make("wblpdf", "Scale ``a``, shape ``b``: ``(b/a) (x/a)^(b-1) exp(-(x/a)^b)``, "
               "0 for ``x < 0``.", """\
    >>> float(matlab.wblpdf(1, 1, 1))             # exp(-1)
    0.36787944117144233""")
wblcdf = _make("wblcdf", "``1 - exp(-(x/a)^b)`` (as ``-expm1``).", """\
    >>> float(matlab.wblcdf(2, 2, 3))             # 1 - exp(-1)
    0.6321205588285577""")
wblinv = _make("wblinv", "``a (-log(1-p))^(1/b)``.", """\
    >>> round(float(matlab.wblinv(0.6321205588285577, 2, 3)), 14)
    2.0""")
raylpdf = _make("raylpdf", "``x/b^2 exp(-x^2/(2 b^2))``, 0 for ``x < 0``.", """\
    >>> float(matlab.raylpdf(1))                  # exp(-1/2)
    0.6065306597126334""")
raylcdf = _make("raylcdf", "``1 - exp(-x^2/(2 b^2))``.", """\
    >>> float(matlab.raylcdf(2, 1, 'upper'))      # exp(-2)
    0.1353352832366127""")
raylinv = _make("raylinv", "``sqrt(-2 b^2 log(1-p))``.", """\
    >>> round(float(matlab.raylinv(0.8646647167633873)), 14)
    2.0""")
evpdf = _make("evpdf", "``exp(z - exp(z))/sigma`` with ``z = (x-mu)/sigma`` (the "
              "minimum's distribution; ``-x`` has the Gumbel maximum's).", """\
    >>> float(matlab.evpdf(0))                    # exp(-1)
    0.36787944117144233""")
evcdf = _make("evcdf", "``1 - exp(-exp(z))``.", """\
    >>> float(matlab.evcdf(0))                    # 1 - exp(-1)
    0.6321205588285577""")
evinv = _make("evinv", "``mu + sigma log(-log(1-p))``.", """\
    >>> round(float(matlab.evinv(0.6321205588285577)), 14)
    0.0""")
gevpdf = _make("gevpdf", "Shape ``k``, scale ``sigma``, location ``mu``: "
               "``exp(-(1+kz)^(-1/k)) (1+kz)^(-1-1/k)/sigma``, the Gumbel form for "
               "``|k| < eps``, 0 outside ``1 + kz > 0``.", """\
    >>> float(matlab.gevpdf(0, 0, 1, 0))          # exp(-1)
    0.36787944117144233""")
gevcdf = _make("gevcdf", "``exp(-(1+kz)^(-1/k))`` (``exp(-exp(-z))`` for ``k = 0``), 0 or 1 "
               "outside the support.", """\
    >>> float(matlab.gevcdf(0, 0.5, 1, 0))        # exp(-1)
    0.36787944117144233""")
gevinv = _make("gevinv", "``mu + sigma ((-log p)^(-k) - 1)/k``.", """\
    >>> round(float(matlab.gevinv(0.36787944117144233, 0.5, 1, 0)), 14)
    0.0""")
gppdf = _make("gppdf", "Shape ``k``, scale ``sigma``, threshold ``theta``: "
              "``(1+kz)^(-1-1/k)/sigma`` on its support, the exponential for ``k = 0``.", """\
    >>> float(matlab.gppdf(1, 0, 1, 0))           # exp(-1)
    0.36787944117144233""")
gpcdf = _make("gpcdf", "``1 - (1+kz)^(-1/k)``.", """\
    >>> float(matlab.gpcdf(1, 1, 1, 0))           # 1 - 1/2
    0.5""")
gpinv = _make("gpinv", "``theta + sigma ((1-p)^(-k) - 1)/k``.", """\
    >>> round(float(matlab.gpinv(0.5, 1, 1, 0)), 14)
    1.0""")
unidpdf = _make("unidpdf", "``1/n`` at the integers 1..n, else 0 (unidpdf.m: a NaN ``x`` "
                "gives 0; ``n`` not a positive integer gives NaN).", """\
    >>> matlab.unidpdf([0, 1, 2.5, 6, 7], 6)
    array([0.        , 0.16666667, 0.        , 0.16666667, 0.        ])""")
unidcdf = _make("unidcdf", "``floor(x)/n`` for ``1 <= x < n``, 1 from ``x >= n``, 0 below 1 "
                "(unidcdf.m: a NaN ``x`` gives 0; ``n`` not a positive integer gives NaN).", """\
    >>> matlab.unidcdf([0, 1, 2.5, 6, 7], 6)
    array([0.        , 0.16666667, 0.33333333, 1.        , 1.        ])""")
geopdf = _make("geopdf", "``p (1-p)^x`` for integer ``x >= 0`` (failures before the first "
               "success), else 0.", """\
    >>> matlab.geopdf([0, 1, 2], 0.5)
    array([0.5  , 0.25 , 0.125])""")
geocdf = _make("geocdf", "``1 - (1-p)^(floor(x)+1)``.", """\
    >>> float(matlab.geocdf(1, 0.5))
    0.75""")
nbinpdf = _make("nbinpdf", "``Gamma(r+x)/(Gamma(x+1) Gamma(r)) p^r (1-p)^x`` for "
                "integer ``x >= 0`` (nbinpdf.m's log form).", """\
    >>> round(float(matlab.nbinpdf(0, 3, 0.5)), 15)
    0.125""")
nbincdf = _make("nbincdf", "``betainc(p, r, floor(x)+1)``.", """\
    >>> round(float(matlab.nbincdf(1, 3, 0.5)), 15)    # 1/8 + 3/16
    0.3125""")
hygepdf = _make("hygepdf", "``nchoosek(k, x) nchoosek(m-k, n-x) / nchoosek(m, n)`` by "
                "hygepdf.m's saddle-point form; NaN unless m, k, n are integers with "
                "``k, n <= m``.", """\
    >>> round(float(matlab.hygepdf(1, 10, 4, 3)), 15)   # 4*15/120
    0.5""")
hygecdf = _make("hygecdf", "The sum of ``hygepdf`` up to ``floor(x)``.", """\
    >>> round(float(matlab.hygecdf(1, 10, 4, 3)), 15)   # (20 + 60)/120
    0.666666666666667""")
