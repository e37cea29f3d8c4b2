"""The explicit Runge-Kutta pairs of MATLAB's ode45 and ode23, in MATLAB's tableau layout.

* Dormand-Prince RK5(4)7FM with the FSAL property and Shampine's "free" 4th-order
  continuous extension (ode45, MATLAB's ntrp45);
* Bogacki-Shampine 3(2) with FSAL and its cubic Hermite extension (ode23, ntrp23).

Each pair carries what the driver (:mod:`compat._core.ode`) needs besides the tableau:
the exponent ``pow`` of the step-size rules, the floor of the first step reduction
after a failure, and the default Refine.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["RungeKuttaPair", "DORMAND_PRINCE", "BOGACKI_SHAMPINE", "PAIRS"]


@dataclass(frozen=True)
class RungeKuttaPair:
    """An explicit embedded pair in MATLAB's tableau layout.

    ``B[:, i]`` holds the weights of the earlier stages forming the argument of stage
    ``i + 2`` (its last column is the propagated solution); ``A`` the nodes of stages
    2.. (the last is 1); ``E`` the error-estimate weights (to be multiplied by ``h``);
    ``BI`` the continuous extension: ``y(t + s h) = y + h * K^T BI [s, s^2, ...]``.
    """

    name: str
    A: np.ndarray
    B: np.ndarray
    E: np.ndarray
    BI: np.ndarray
    pow: float
    first_failure_floor: float
    refine: int

    @property
    def stages(self) -> int:
        return self.B.shape[0]


# Dormand & Prince, "A family of embedded Runge-Kutta formulae", J. Comput. Appl. Math.
# 6 (1980), RK5(4)7FM; error weights b5 - b4 as MATLAB's ode45 uses them (Shampine &
# Reichelt 1997, section 2); continuous extension of order 4 from L. F. Shampine, "Some
# practical Runge-Kutta formulas", Math. Comp. 46 (1986) (MATLAB's ntrp45).
DORMAND_PRINCE = RungeKuttaPair(
    name="ode45",
    A=np.array([1 / 5, 3 / 10, 4 / 5, 8 / 9, 1.0, 1.0]),
    B=np.array([
        [1 / 5, 3 / 40, 44 / 45, 19372 / 6561, 9017 / 3168, 35 / 384],
        [0, 9 / 40, -56 / 15, -25360 / 2187, -355 / 33, 0],
        [0, 0, 32 / 9, 64448 / 6561, 46732 / 5247, 500 / 1113],
        [0, 0, 0, -212 / 729, 49 / 176, 125 / 192],
        [0, 0, 0, 0, -5103 / 18656, -2187 / 6784],
        [0, 0, 0, 0, 0, 11 / 84],
        [0, 0, 0, 0, 0, 0],
    ]),
    E=np.array([71 / 57600, 0, -71 / 16695, 71 / 1920, -17253 / 339200, 22 / 525,
                -1 / 40]),
    BI=np.array([
        [1, -183 / 64, 37 / 12, -145 / 128],
        [0, 0, 0, 0],
        [0, 1500 / 371, -1000 / 159, 1000 / 371],
        [0, -125 / 32, 125 / 12, -375 / 64],
        [0, 9477 / 3392, -729 / 106, 25515 / 6784],
        [0, -11 / 7, 11 / 3, -55 / 28],
        [0, 3 / 2, -4, 5 / 2],
    ]),
    pow=1 / 5,
    first_failure_floor=0.1,
    refine=4,
)

# Bogacki & Shampine, "A 3(2) pair of Runge-Kutta formulas", Appl. Math. Lett. 2 (1989);
# the extension is the cubic Hermite interpolant through (t, y, f1) and (tnew, ynew, f4)
# written in the stages (MATLAB's ntrp23).
BOGACKI_SHAMPINE = RungeKuttaPair(
    name="ode23",
    A=np.array([1 / 2, 3 / 4, 1.0]),
    B=np.array([
        [1 / 2, 0, 2 / 9],
        [0, 3 / 4, 1 / 3],
        [0, 0, 4 / 9],
        [0, 0, 0],
    ]),
    E=np.array([-5 / 72, 1 / 12, 1 / 9, -1 / 8]),
    BI=np.array([
        [1, -4 / 3, 5 / 9],
        [0, 1, -2 / 3],
        [0, 4 / 3, -8 / 9],
        [0, -1, 1],
    ]),
    pow=1 / 3,
    first_failure_floor=0.5,
    refine=1,
)

#: the pairs by solver name (a solution structure's ``solver`` field)
PAIRS = {pair.name: pair for pair in (DORMAND_PRINCE, BOGACKI_SHAMPINE)}
