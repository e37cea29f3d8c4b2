"""MATLAB's Signal Processing Toolbox, by family (issue 18).

* :mod:`~compat.matlab.signal.design` -- IIR design (``butter``, ``cheby1``, ``cheby2``,
  ``ellip``) and order estimation (``buttord``, ``cheb1ord``, ``cheb2ord``, ``ellipord``);
* :mod:`~compat.matlab.signal.conversions` -- ``tf2zp``, ``zp2tf``, ``zp2ss``, ``ss2tf``,
  ``tf2ss``, ``zp2sos``, ``tf2sos``, ``sos2tf``, ``sos2zp``, and ``sosfilt``;
* :mod:`~compat.matlab.signal.analog` -- ``besself``, ``bilinear``;
  :mod:`~compat.matlab.signal.impulse_invariance` -- ``impinvar``;
* :mod:`~compat.matlab.signal.windows` -- the window functions;
* :mod:`~compat.matlab.signal.waveforms` -- ``square``, ``sawtooth``, ``rectpuls``,
  ``tripuls``, ``gauspuls``, ``chirp``, ``pulstran``, ``diric``;
* :mod:`~compat.matlab.signal.fir` -- ``fir1``; :mod:`~compat.matlab.signal.equiripple` --
  ``firpm``; :mod:`~compat.matlab.signal.fir_ls` --
  ``firls``, ``kaiserord``; :mod:`~compat.matlab.signal.fir_sampling` -- ``fir2``;
* :mod:`~compat.matlab.signal.analysis` -- ``freqz``;
* :mod:`~compat.matlab.signal.peaks` -- ``findpeaks``;
* :mod:`~compat.matlab.signal.timedomain` -- ``detrend``, ``medfilt1``, ``hilbert``,
  ``envelope``, ``sgolay``, ``sgolayfilt``, ``rms`` and the decibel conversions;
  :mod:`~compat.matlab.signal.levels` -- ``peak2peak``, ``peak2rms``;
* :mod:`~compat.matlab.signal.cosine_transforms` -- ``dct``, ``idct``;
* :mod:`~compat.matlab.signal.framing` -- ``buffer``;
* :mod:`~compat.matlab.signal.linear_prediction` -- ``levinson``, ``aryule``, ``arburg``;
* :mod:`~compat.matlab.signal.correlation` -- ``xcorr``, ``xcov``, ``fftfilt``,
  ``convmtx``, ``cconv``;
* :mod:`~compat.matlab.signal.multirate` -- ``resample``, ``decimate``, ``interp``,
  ``downsample``, ``upsample``, ``upfirdn``;
* :mod:`~compat.matlab.signal.multitaper` -- ``dpss``, ``pmtm``;
* :mod:`~compat.matlab.signal.spectral` -- ``periodogram``, ``pwelch``, ``cpsd``,
  ``mscohere``, ``tfestimate``, ``spectrogram``; :mod:`~compat.matlab.signal.legacy_spectra`
  -- ``specgram``;
* :mod:`~compat.matlab.signal.responses` -- ``grpdelay``, ``phasez``, ``impz``, ``stepz``,
  ``freqs``, ``filtic``.

Every public name is re-exported flat from :mod:`compat.matlab`.
"""

from compat.matlab.signal.analog import *  # noqa: F401,F403
from compat.matlab.signal.analog import __all__ as _analog
from compat.matlab.signal.analysis import *  # noqa: F401,F403
from compat.matlab.signal.analysis import __all__ as _analysis
from compat.matlab.signal.correlation import *  # noqa: F401,F403
from compat.matlab.signal.correlation import __all__ as _correlation
from compat.matlab.signal.conversions import *  # noqa: F401,F403
from compat.matlab.signal.conversions import __all__ as _conversions
from compat.matlab.signal.cosine_transforms import *  # noqa: F401,F403
from compat.matlab.signal.cosine_transforms import __all__ as _cosine_transforms
from compat.matlab.signal.design import *  # noqa: F401,F403
from compat.matlab.signal.design import __all__ as _design
from compat.matlab.signal.equiripple import *  # noqa: F401,F403
from compat.matlab.signal.equiripple import __all__ as _equiripple
from compat.matlab.signal.fir import *  # noqa: F401,F403
from compat.matlab.signal.fir import __all__ as _fir
from compat.matlab.signal.fir_ls import *  # noqa: F401,F403
from compat.matlab.signal.fir_ls import __all__ as _fir_ls
from compat.matlab.signal.fir_sampling import *  # noqa: F401,F403
from compat.matlab.signal.fir_sampling import __all__ as _fir_sampling
from compat.matlab.signal.framing import *  # noqa: F401,F403
from compat.matlab.signal.framing import __all__ as _framing
from compat.matlab.signal.impulse_invariance import *  # noqa: F401,F403
from compat.matlab.signal.impulse_invariance import __all__ as _impulse_invariance
from compat.matlab.signal.legacy_spectra import *  # noqa: F401,F403
from compat.matlab.signal.legacy_spectra import __all__ as _legacy_spectra
from compat.matlab.signal.levels import *  # noqa: F401,F403
from compat.matlab.signal.levels import __all__ as _levels
from compat.matlab.signal.linear_prediction import *  # noqa: F401,F403
from compat.matlab.signal.linear_prediction import __all__ as _linear_prediction
from compat.matlab.signal.multirate import *  # noqa: F401,F403
from compat.matlab.signal.multirate import __all__ as _multirate
from compat.matlab.signal.multitaper import *  # noqa: F401,F403
from compat.matlab.signal.multitaper import __all__ as _multitaper
from compat.matlab.signal.peaks import *  # noqa: F401,F403
from compat.matlab.signal.peaks import __all__ as _peaks
from compat.matlab.signal.responses import *  # noqa: F401,F403
from compat.matlab.signal.responses import __all__ as _responses
from compat.matlab.signal.spectral import *  # noqa: F401,F403
from compat.matlab.signal.spectral import __all__ as _spectral
from compat.matlab.signal.timedomain import *  # noqa: F401,F403
from compat.matlab.signal.timedomain import __all__ as _timedomain
from compat.matlab.signal.windows import *  # noqa: F401,F403
from compat.matlab.signal.windows import __all__ as _windows
from compat.matlab.signal.waveforms import *  # noqa: F401,F403
from compat.matlab.signal.waveforms import __all__ as _waveforms

__all__ = sorted(_analog + _analysis + _conversions + _cosine_transforms + _correlation + _design + _equiripple + _fir + _fir_ls + _fir_sampling + _framing + _impulse_invariance + _legacy_spectra + _levels + _linear_prediction + _multirate
                 + _multitaper + _peaks + _responses + _spectral + _timedomain + _waveforms + _windows)
