"""MATLAB's ``randn`` on the 'twister' stream: the 256-layer ziggurat of Marsaglia and
Tsang as MATLAB runs it, bit for bit.

What MATLAB does (the default ``NormalTransform`` 'Ziggurat' of the 'twister' stream),
as established here against MATLAB's printed values:

* **One candidate from two 32-bit outputs** ``a``, ``b`` of the Mersenne Twister, in
  stream order: the layer is ``i = (b >> 24) + 1`` (1 ... 256, the top 8 bits of ``b``)
  and a 53-bit signed fraction ``u = ((a >> 3) 2^24 + (b & 0xFFFFFF)) 2^-52 - 1`` in
  [-1, 1) (29 bits of ``a`` above the low 24 bits of ``b``); the candidate is
  ``x = u X[i]``.
* **Fast path**: ``|x| <= X[i-1]`` returns ``x`` (98.5 % of the candidates).
* **Wedge** (``i < 256``): one uniform ``v`` (MATLAB's ``rand``: two more outputs,
  ``((a >> 5) 2^26 + (b >> 6)) 2^-53``, a zero drawn again); ``x`` is returned when
  ``F[i] + v (F[i-1] - F[i]) < exp(-x^2 / 2)``, otherwise everything starts again with
  the next two outputs.
* **Base strip** (``i = 256`` and ``|x| > X[255] = R``): the tail of Marsaglia (1964):
  repeat ``t = log(v1) / R``, ``v2`` uniform, until ``-2 log(v2) > t^2``; the value is
  ``R - t`` with the sign of ``x`` (``t < 0``).
* **Tables**: ``X[0..256]`` are the layer edges (``X[0] = 0``, ``X[255] = R``,
  ``X[256] = V / f(R)`` with ``V`` the common layer area) and ``F[i] = exp(-X[i]^2 / 2)``,
  both *as 15-significant-digit constants*. MATLAB's constants are not the correctly
  rounded levels: recomputed in 60-digit arithmetic (R = 3.654152885361008771...,
  V = 0.004928673233974655...) and rounded to 15 digits they differ in the last digit in
  54 of the 257 ``X`` and 96 of the 257 ``F``; nor are they the levels computed in
  double precision by the textbook recursion. With either of those the values after
  ``rng default`` differ from MATLAB's in the last printed digit (e.g. the 13th and 16th
  values, 0.725404224946106 and -0.204966058299775 in MATLAB), so the constants are
  kept here as MATLAB has them. They are the ones MATLAB Coder writes into the C code it
  generates for ``randn`` (``eml_rand_mt19937ar``; e.g. the generated randn.cpp of
  2013 published at docs.ros.org/en/fuerte/api/depth_tracker_ros_vr8/html/
  randn_8cpp_source.html), which also shows the steps above;
  the step order, the bit fields and the constants are confirmed by MATLAB's own
  print-outs listed below, not assumed from the generated code.

Evidence (MATLAB print-outs; the golden cases in reference_outputs/matlab/randn):
after ``rng default``, ``randn(5)`` and the bivariate example of the ``randn``
documentation, format-long prints of ``randn(3, 7)`` and the ``randn(2, 7)`` drawn next
(34 values to 15 decimals, among them the 13th, 16th, 24th and 34th values that tell
MATLAB's constants from the correctly rounded ones), the first 24 values to 17
significant digits (bit for bit), and the ``histcounts`` documentation's counts of
``randn(100, 1)`` and ``randn(1000, 1)``; ``rng(1); randn`` = -0.649013765191241 and
``rng(1); randn(1, 5)`` = -0.6490 1.1812 -0.7585 -1.1096 -0.8456 (the third value follows
a rejected wedge draw, which fixes how a rejection consumes the stream); J. Burkardt's
MATLAB session of 11-Jun-2012: ``rng(123456789)`` then five ``randn`` (0.2265 0.0256107
0.0376636 0.364848 -1.05838) and the means and variances of the 1, 10, ..., 10^7 values
drawn next (11,111,111 values, about 170,000 wedge and base-strip steps), reproduced to
all six printed decimals (the golden suite checks the rows up to 10^6).

The draw is vectorised: the candidates of all consecutive output pairs of a batch are
built at once, and so are the wedge decisions (a wedge's uniform is the next pair).
Only the slow candidates (about 1.5 %) are then walked in Python, to find which pairs
were consumed as uniforms; base-strip tails, a zero uniform and a slow step at the end
of the batch take the one-at-a-time path. Every slow step consumes whole pairs, so the
pair alignment of the remaining candidates never changes (10^6 values: about 2.3
times numpy's legacy ``standard_normal``). This is the exact fallback: with numba
(``compat[fast]``) :func:`normals` runs the same steps as a compiled loop on the
Twister's own state (:mod:`compat._core.accelerated_random`, the same bits; 10^6
values in about a third of Octave's randn time).

Sources: G. Marsaglia and W. W. Tsang, "The Ziggurat Method for Generating Random
Variables", J. Statistical Software 5(8), 2000 (the 256-layer normal ziggurat, R and
V); G. Marsaglia, "Generating a variable from the tail of the normal distribution",
Technometrics 6, 1964; MATLAB documentation of ``randn`` and ``RandStream``
(``NormalTransform`` 'Ziggurat' is the default for 'twister'); C. Moler, "Normal
behavior", MATLAB News & Notes, Spring 2001.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import accelerated_random

__all__ = ["normals", "fast_candidates", "normal_at", "PairedWords", "ziggurat_tables"]

_LEVELS = np.array("""
    0.0 0.215241895984875 0.286174591792068 0.335737519214422 0.375121332878378 0.408389134611989
    0.43751840220787 0.46363433679088 0.487443966139235 0.50942332960209 0.529909720661557 0.549151702327164
    0.567338257053817 0.584616766106378 0.601104617755991 0.61689699000775 0.63207223638606 0.646695714894993
    0.660822574244419 0.674499822837293 0.687767892795788 0.700661841106814 0.713212285190975 0.725446140909999
    0.737387211434295 0.749056662017815 0.760473406430107 0.771654424224568 0.782615023307232 0.793369058840623
    0.80392911698997 0.814306670135215 0.824512208752291 0.834555354086381 0.844444954909153 0.854189171008163
    0.863795545553308 0.87327106808886 0.882622229585165 0.891855070732941 0.900975224461221 0.909987953496718
    0.91889818364959 0.927710533401999 0.936429340286575 0.945058684468165 0.953602409881086 0.96206414322304
    0.970447311064224 0.978755155294224 0.986990747099062 0.99515699963509 1.00325667954467 1.01129241744
    1.01926671746548 1.02718196603564 1.03504043983344 1.04284431314415 1.05059566459093 1.05829648333067
    1.06594867476212 1.07355406579244 1.0811144097034 1.08863139065398 1.09610662785202 1.10354167942464
    1.11093804601357 1.11829717411934 1.12562045921553 1.13290924865253 1.14016484436815 1.14738850542085
    1.15458145035993 1.16174485944561 1.16887987673083 1.17598761201545 1.18306914268269 1.19012551542669
    1.19715774787944 1.20416683014438 1.2111537262437 1.21811937548548 1.22506469375653 1.23199057474614
    1.23889789110569 1.24578749554863 1.2526602218949 1.25951688606371 1.26635828701823 1.27318520766536
    1.27999841571382 1.28679866449324 1.29358669373695 1.30036323033084 1.30712898903073 1.31388467315022
    1.32063097522106 1.32736857762793 1.33409815321936 1.3408203658964 1.34753587118059 1.35424531676263
    1.36094934303328 1.36764858359748 1.37434366577317 1.38103521107586 1.38772383568998 1.39441015092814
    1.40109476367925 1.4077782768464 1.41446128977547 1.42114439867531 1.42782819703026 1.43451327600589
    1.44120022484872 1.44788963128058 1.45458208188841 1.46127816251028 1.46797845861808 1.47468355569786
    1.48139403962819 1.48811049705745 1.49483351578049 1.50156368511546 1.50830159628131 1.51504784277671
    1.521803020761 1.52856772943771 1.53534257144151 1.542128153229 1.54892508547417 1.55573398346918
    1.56255546753104 1.56939016341512 1.57623870273591 1.58310172339603 1.58997987002419 1.59687379442279
    1.60378415602609 1.61071162236983 1.61765686957301 1.62462058283303 1.63160345693487 1.63860619677555
    1.64562951790478 1.65267414708306 1.65974082285818 1.66683029616166 1.67394333092612 1.68108070472517
    1.68824320943719 1.69543165193456 1.70264685479992 1.7098896570713 1.71716091501782 1.72446150294804
    1.73179231405296 1.73915426128591 1.74654827828172 1.75397532031767 1.76143636531891 1.76893241491127
    1.77646449552452 1.78403365954944 1.79164098655216 1.79928758454972 1.80697459135082 1.81470317596628
    1.82247454009388 1.83028991968276 1.83815058658281 1.84605785028518 1.8540130597602 1.86201760539967
    1.87007292107127 1.878180486293 1.88634182853678 1.8945585256707 1.90283220855043 1.91116456377125
    1.91955733659319 1.92801233405266 1.93653142827569 1.94511656000868 1.95376974238465 1.96249306494436
    1.97128869793366 1.98015889690048 1.98910600761744 1.99813247135842 2.00724083056053 2.0164337349062
    2.02571394786385 2.03508435372962 2.04454796521753 2.05410793165065 2.06376754781173 2.07353026351874
    2.0833996939983 2.09337963113879 2.10347405571488 2.11368715068665 2.12402331568952 2.13448718284602
    2.14508363404789 2.15581781987674 2.16669518035431 2.17772146774029 2.18890277162636 2.20024554661128
    2.21175664288416 2.22344334009251 2.23531338492992 2.24737503294739 2.25963709517379 2.27210899022838
    2.28480080272449 2.29772334890286 2.31088825060137 2.32430801887113 2.33799614879653 2.35196722737914
    2.36623705671729 2.38082279517208 2.39574311978193 2.41101841390112 2.42667098493715 2.44272531820036
    2.4592083743347 2.47614993967052 2.49358304127105 2.51154444162669 2.53007523215985 2.54922155032478
    2.56903545268184 2.58957598670829 2.61091051848882 2.63311639363158 2.65628303757674 2.68051464328574
    2.70593365612306 2.73268535904401 2.76094400527999 2.79092117400193 2.82287739682644 2.85713873087322
    2.89412105361341 2.93436686720889 2.97860327988184 3.02783779176959 3.08352613200214 3.147889289518
    3.2245750520478 3.32024473383983 3.44927829856143 3.65415288536101 3.91075795952492
""".split(), dtype=np.float64)

_DENSITY = np.array("""
    1.0 0.977101701267673 0.959879091800108 0.9451989534423 0.932060075959231 0.919991505039348
    0.908726440052131 0.898095921898344 0.887984660755834 0.878309655808918 0.869008688036857 0.860033621196332
    0.851346258458678 0.842915653112205 0.834716292986884 0.826726833946222 0.818929191603703 0.811307874312656
    0.803849483170964 0.796542330422959 0.789376143566025 0.782341832654803 0.775431304981187 0.768637315798486
    0.761953346836795 0.755373506507096 0.748892447219157 0.742505296340151 0.736207598126863 0.729995264561476
    0.72386453346863 0.717811932630722 0.711834248878248 0.705928501332754 0.700091918136512 0.694321916126117
    0.688616083004672 0.682972161644995 0.677388036218774 0.671861719897082 0.66639134390875 0.660975147776663
    0.655611470579697 0.650298743110817 0.645035480820822 0.639820277453057 0.634651799287624 0.629528779924837
    0.624450015547027 0.619414360605834 0.614420723888914 0.609468064925773 0.604555390697468 0.599681752619125
    0.594846243767987 0.590047996332826 0.585286179263371 0.580559996100791 0.575868682972354 0.571211506735253
    0.566587763256165 0.561996775814525 0.557437893618766 0.552910490425833 0.548413963255266 0.543947731190026
    0.539511234256952 0.535103932380458 0.530725304403662 0.526374847171684 0.522052074672322 0.517756517229756
    0.513487720747327 0.509245245995748 0.505028667943468 0.500837575126149 0.49667156905249 0.492530263643869
    0.488413284705458 0.484320269426683 0.480250865909047 0.476204732719506 0.47218153846773 0.468180961405694
    0.464202689048174 0.460246417812843 0.456311852678716 0.452398706861849 0.448506701507203 0.444635565395739
    0.440785034665804 0.436954852547985 0.433144769112652 0.429354541029442 0.425583931338022 0.421832709229496
    0.418100649837848 0.414387534040891 0.410693148270188 0.407017284329473 0.403359739221114 0.399720314980197
    0.396098818515832 0.392495061459315 0.388908860018789 0.385340034840077 0.381788410873393 0.378253817245619
    0.374736087137891 0.371235057668239 0.367750569779032 0.364282468129004 0.360830600989648 0.357394820145781
    0.353974980800077 0.350570941481406 0.347182563956794 0.343809713146851 0.340452257044522 0.337110066637006
    0.333783015830718 0.330470981379163 0.327173842813601 0.323891482376391 0.320623784956905 0.317370638029914
    0.314131931596337 0.310907558126286 0.307697412504292 0.30450139197665 0.301319396100803 0.298151326696685
    0.294997087799962 0.291856585617095 0.288729728482183 0.285616426815502 0.282516593083708 0.279430141761638
    0.276356989295668 0.273297054068577 0.270250256365875 0.267216518343561 0.264195763997261 0.261187919132721
    0.258192911337619 0.255210669954662 0.252241126055942 0.249284212418529 0.246339863501264 0.24340801542275
    0.240488605940501 0.237581574431238 0.23468686187233 0.231804410824339 0.228934165414681 0.226076071322381
    0.223230075763918 0.220396127480152 0.217574176724331 0.214764175251174 0.211966076307031 0.209179834621125
    0.206405406397881 0.203642749310335 0.200891822494657 0.198152586545776 0.195425003514135 0.192709036903589
    0.190004651670465 0.187311814223801 0.1846304924268 0.181960655599523 0.179302274522848 0.176655321443735
    0.174019770081839 0.171395595637506 0.168782774801212 0.166181285764482 0.163591108232366 0.161012223437511
    0.158444614155925 0.15588826472448 0.153343161060263 0.150809290681846 0.148286642732575 0.145775208005994
    0.143274978973514 0.140785949814445 0.138308116448551 0.135841476571254 0.133386029691669 0.130941777173644
    0.12850872228 0.126086870220186 0.123676228201597 0.12127680548479 0.11888861344291 0.116511665625611
    0.114145977827839 0.111791568163838 0.109448457146812 0.107116667774684 0.104796225622487 0.102487158941935
    0.10018949876881 0.0979032790388625 0.095628536713009 0.093365311912691 0.0911136480663738 0.0888735920682759
    0.0866451944505581 0.0844285095703535 0.082223595813203 0.0800305158146631 0.0778493367020961 0.0756801303589272
    0.0735229737139814 0.0713779490588905 0.0692451443970068 0.0671246538277886 0.065016577971243 0.0629210244377582
    0.06083810834954 0.0587679529209339 0.0567106901062031 0.0546664613248891 0.0526354182767924 0.0506177238609479
    0.0486135532158687 0.0466230949019305 0.0446465522512946 0.0426841449164746 0.0407361106559411 0.0388027074045262
    0.0368842156885674 0.0349809414617162 0.0330932194585786 0.0312214171919203 0.0293659397581334 0.0275272356696031
    0.0257058040085489 0.0239022033057959 0.0221170627073089 0.0203510962300445 0.0186051212757247 0.0168800831525432
    0.0151770883079353 0.0134974506017399 0.0118427578579079 0.0102149714397015 0.00861658276939875 0.00705087547137324
    0.00552240329925101 0.00403797259336304 0.00260907274610216 0.0012602859304986 0.000477467764609386
""".split(), dtype=np.float64)

_R = 3.65415288536101              # X[255], where the base strip's tail starts
_INV_R = 0.273661237329758         # 1 / R, as MATLAB's constant
_FRACTION = 2.0 ** -52
_UNIFORM = 2.0 ** -53
_BATCH = 1 << 20


class PairedWords:
    """Reads MATLAB's ``rand`` from pairs of 32-bit Twister outputs; a subclass says
    where ``pair(k)`` (the outputs ``k`` and ``k + 1``) comes from."""

    def pair(self, k: int) -> tuple[int, int]:
        raise NotImplementedError

    def uniform(self, k: int) -> tuple[float, int]:
        """MATLAB's ``rand`` from the pair at ``k`` (a zero is drawn again)."""
        while True:
            a, b = self.pair(k)
            k += 2
            a, b = a >> 5, b >> 6
            if a or b:
                return (a * 67108864.0 + b) * _UNIFORM, k


class _Words(PairedWords):
    """The 32-bit outputs of one batch, read pair by pair; past the batch's end it draws
    on from the bit generator (stream order is kept: the batch was drawn first)."""

    def __init__(self, batch: np.ndarray, bitgen):
        self.batch, self.bitgen, self.extra = batch, bitgen, False

    def pair(self, k: int) -> tuple[int, int]:
        if k + 2 <= self.batch.size:
            return int(self.batch[k]), int(self.batch[k + 1])
        self.extra = True
        a, b = self.bitgen.random_raw(2).tolist()
        return a, b


def _slow_step(x: float, layer: int, words: _Words, k: int):
    """Wedge or base-strip step of candidate ``x`` of ``layer`` (its fast test failed);
    ``k`` is the index of the first output after its pair. Returns ``(value, k)``, value
    None when the candidate is rejected (MATLAB then starts again with the next pair)."""
    if layer < 256:
        v, k = words.uniform(k)
        if _DENSITY[layer] + v * (_DENSITY[layer - 1] - _DENSITY[layer]) < math.exp(-0.5 * x * x):
            return x, k
        return None, k
    while True:
        v, k = words.uniform(k)
        t = math.log(v) * _INV_R
        v, k = words.uniform(k)
        if -2.0 * math.log(v) > t * t:
            return (t - _R if x < 0.0 else _R - t), k


def fast_candidates(a: np.ndarray, b: np.ndarray):
    """``(x, fast)``: the ziggurat candidates of the output pairs ``(a, b)`` (uint64
    arrays of 32-bit outputs) and whether each is returned on the fast path, i.e. is
    the normal MATLAB draws from that pair without further words (False: the slow
    steps of :func:`normals` decide, consuming more of the stream)."""
    layer = (b >> np.uint64(24)).astype(np.intp) + 1
    u = ((a >> np.uint64(3)).astype(np.float64) * 16777216.0
         + (b & np.uint64(0xFFFFFF)).astype(np.float64)) * _FRACTION - 1.0
    x = u * _LEVELS[layer]
    return x, np.abs(x) <= _LEVELS[layer - 1]


def ziggurat_tables() -> tuple:
    """The ziggurat's tables and constants (levels, densities, R, 1/R) as this module
    holds them at the call, for the compiled loop of :mod:`compat._core.accelerated_random`."""
    return _LEVELS, _DENSITY, float(_R), float(_INV_R)


def normal_at(words, k: int) -> tuple[float, int]:
    """One value of MATLAB's ``randn`` read from ``words`` (an object with
    ``pair(k) -> (a, b)`` and ``uniform(k) -> (v, k)`` over 32-bit outputs, like
    ``_Words``) starting at output ``k``: ``(value, k after it)``."""
    while True:
        a, b = words.pair(k)
        k += 2
        layer = (b >> 24) + 1
        x = (((a >> 3) * 16777216.0 + (b & 0xFFFFFF)) * _FRACTION - 1.0) * _LEVELS[layer]
        if abs(x) <= _LEVELS[layer - 1]:
            return float(x), k
        value, k = _slow_step(float(x), int(layer), words, k)
        if value is not None:
            return value, k


def normals(bitgen, n: int) -> np.ndarray:
    """The next ``n`` values of MATLAB's ``randn`` drawn from the MT19937 bit generator
    ``bitgen`` (numpy's ``MT19937``: ``RandomState._bit_generator`` shares the state of
    its ``RandomState``), in generation order; the stream advances exactly as MATLAB's.
    The compiled loop of :mod:`compat._core.accelerated_random` draws them when numba is
    available (the same values and stream position); otherwise the batches below."""
    fast = accelerated_random.normals(bitgen, n, ziggurat_tables())
    if fast is not None:
        return fast
    out = np.empty(n, dtype=np.float64)
    filled = 0
    while filled < n:
        # each value takes one pair or more, so `need` pairs are never too many words;
        # batches of at most _BATCH values bound the memory (~60 bytes per value)
        need = min(n - filled, _BATCH)
        batch = bitgen.random_raw(2 * need)
        a, b = batch[0::2], batch[1::2]
        layer = (b >> np.uint64(24)).astype(np.intp) + 1
        x, keep = fast_candidates(a, b)                  # keep: the fast path
        slow = np.flatnonzero(~keep)
        # A wedge step takes its uniform from the next pair: decide every wedge at once
        # as if its candidate were not itself a uniform (the walk below sorts that out).
        nxt = np.minimum(slow + 1, need - 1)
        ua, ub = a[nxt] >> np.uint64(5), b[nxt] >> np.uint64(6)
        v = (ua.astype(np.float64) * 67108864.0 + ub.astype(np.float64)) * _UNIFORM
        lay, xs = layer[slow], x[slow]
        wedge = (lay < 256) & (slow + 1 < need) & ((ua | ub) != 0)
        inner = np.minimum(lay, 255)
        accept = (_DENSITY[inner] + v * (_DENSITY[inner - 1] - _DENSITY[inner])
                  < np.exp(-0.5 * xs * xs))
        words = _Words(batch, bitgen)
        p = 0                   # the first pair of the batch not yet used
        for j, simple, ok in zip(slow.tolist(), wedge.tolist(), accept.tolist()):
            if j < p:           # this pair was a slow step's uniform
                continue
            if simple:
                keep[j], keep[j + 1] = ok, False
                p = j + 2
                continue
            value, k = _slow_step(float(x[j]), int(layer[j]), words, 2 * j + 2)
            p = k // 2
            keep[j + 1:p] = False
            if value is not None:
                keep[j], x[j] = True, value
            if words.extra:     # the step used up the batch and drew beyond it
                keep[j + 1:] = False
                break
        got = x[keep]
        out[filled:filled + got.size] = got
        filled += got.size
    return out
