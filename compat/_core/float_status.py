"""IDL's accumulated math error status (CHECK_MATH) over numpy's floating-point error
handling, and the machine constants of MACHAR.

IDL keeps one status word: a bit for each kind of math error since the status was last
read and cleared (1 integer divide by 0, 2 integer overflow, 16 floating divide by 0,
32 floating underflow, 64 floating overflow, 128 floating illegal operand; IDL Reference
Guide, CHECK_MATH and "Math Errors"). Python has no such word: numpy clears the
processor's floating-point flags before each operation and reports what the operation
raised through its error modes (``numpy.seterr``). So compat *records* what numpy
reports: :func:`install` sets numpy's mode to ``'call'`` for the four kinds and registers
a recorder that

* sets the IDL bit of the kind (numpy's "divide by zero" -> 16, "overflow" -> 64,
  "underflow" -> 32, "invalid value" -> 128), and
* then does what numpy's previous mode for that kind did (``'warn'``: a RuntimeWarning
  "<kind> encountered", ``'raise'``: FloatingPointError, ``'print'``, ``'log'``,
  ``'call'``: the previous callback, ``'ignore'``: nothing), so a program sees the
  same warnings and errors as before, except that the warnings no longer name the
  numpy function; messages can be inhibited (IDL's old Message_Inhibit argument).

What compat cannot observe: errors before the first :func:`install` (CHECK_MATH's first
call installs it), errors inside ``numpy.errstate`` blocks that set their own modes
(compat's routines use some where IDL's routine raises no error), arithmetic on Python
floats (which raises ZeroDivisionError instead), other threads (numpy's error modes are
per thread/context), and integer errors: numpy reports an integer division by zero as
"divide by zero" (bit 16 here, 1 in IDL) and does not detect integer overflow (IDL does
not either: "Integer overflow and underflow is not detected").
"""

from __future__ import annotations

import sys
import threading
import warnings

import numpy as np

__all__ = ["install", "uninstall", "set_inhibit", "status", "clear", "MESSAGES", "BITS",
           "machine_constants"]

#: numpy's error kind (the callback's text and ``numpy.seterr`` key) -> IDL's bit
BITS = {"divide by zero": ("divide", 16), "overflow": ("over", 64),
        "underflow": ("under", 32), "invalid value": ("invalid", 128)}
#: IDL's message for each bit, in the order IDL checks them
MESSAGES = {1: "Integer divide by 0", 2: "Integer overflow", 16: "Floating divide by 0",
            32: "Floating underflow", 64: "Floating overflow",
            128: "Floating illegal operand"}

_lock = threading.Lock()
_state = {"status": 0, "previous": None, "previous_call": None, "inhibit": False}


def _recorder(kind: str, flag: int) -> None:
    key, bit = BITS.get(kind, (None, 0))
    with _lock:
        _state["status"] |= bit
        previous = (_state["previous"] or {}).get(key, "ignore")
        inhibit = _state["inhibit"]
    text = f"{kind} encountered"
    if previous == "raise":
        raise FloatingPointError(text)
    if inhibit or previous == "ignore":
        return
    if previous == "warn":
        warnings.warn(text, RuntimeWarning, stacklevel=2)
    elif previous == "print":
        print(f"Warning: {text}", file=sys.stdout)
    elif previous == "log":
        target = _state["previous_call"]
        if target is not None:
            target.write(f"Warning: {text}\n")
    elif previous == "call":
        target = _state["previous_call"]
        if callable(target):
            target(kind, flag)


def install() -> None:
    """Start recording numpy's floating-point errors in this thread (idempotent: a
    second call keeps the modes saved by the first unless the program changed them)."""
    modes = np.geterr()
    if np.geterrcall() is _recorder and all(m == "call" for m in modes.values()):
        return
    with _lock:
        previous = dict(_state["previous"] or {})
        for key, mode in modes.items():
            if not (mode == "call" and np.geterrcall() is _recorder):
                previous[key] = mode
        _state["previous"] = previous
        current = np.geterrcall()
        if current is not _recorder:
            _state["previous_call"] = current
    np.seterrcall(_recorder)
    np.seterr(all="call")


def uninstall() -> None:
    """Stop recording: restore numpy's error modes and callback saved by
    :func:`install`, clear the status and the message inhibition."""
    with _lock:
        previous, call = _state["previous"], _state["previous_call"]
        _state.update(status=0, previous=None, previous_call=None, inhibit=False)
    if previous is not None:
        np.seterr(**previous)
        np.seterrcall(call)


def set_inhibit(value: bool) -> None:
    """IDL's Message_Inhibit: stop (True) or resume (False) the messages of math
    errors; the errors are still recorded."""
    with _lock:
        _state["inhibit"] = bool(value)


def status() -> int:
    """The accumulated status word."""
    with _lock:
        return _state["status"]


def clear(mask: int) -> None:
    """Clear the bits of ``mask``."""
    with _lock:
        _state["status"] &= ~int(mask)


def machine_constants(dtype) -> dict:
    """MACHAR's fields for an IEEE binary type (``float32`` or ``float64``), the values
    Numerical Recipes' ``machar`` (section 20.1) determines on IEEE arithmetic:
    radix 2, rounding to nearest with gradual underflow (IRND 5), no guard digits."""
    info = np.finfo(dtype)
    return {"IBETA": 2, "IT": info.nmant + 1, "IRND": 5, "NGRD": 0,
            "MACHEP": info.machep, "NEGEP": info.negep, "IEXP": info.iexp,
            "MINEXP": info.minexp, "MAXEXP": info.maxexp, "EPS": info.eps,
            "EPSNEG": info.epsneg, "XMIN": info.smallest_normal, "XMAX": info.max}
