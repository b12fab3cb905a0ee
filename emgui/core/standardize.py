"""How spread out a teacher's data are, and what dividing by a scale would do (Qt-free).

Why this exists: the model fixes each component's variance at 1, so data measured in
centimetres or milliseconds must be put on a scale where one unit is the spread *within* a
component before EM can mean anything. The overall standard deviation is the wrong divisor when
the data really are two groups (it includes the distance between them), so the scale is
estimated by a quick two-component fit with one shared, free variance: its standard deviation is
the spread within a component.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from emgui.core import em

__all__ = [
    "FAR_FROM_ONE",
    "DataScale",
    "Spread",
    "centre_needed",
    "describe_transform",
    "nice",
    "spread",
    "transform",
    "within_component_scale",
]

#: A within-component scale outside [1/FAR_FROM_ONE, FAR_FROM_ONE] makes standardising the
#: default. Not nearer to 1: with a few dozen values the estimate alone strays to 0.6 or 1.3.
FAR_FROM_ONE = 2.0
#: Points used for the scale estimate (evenly spaced through the data, so deterministic).
SAMPLE = 50_000
#: The estimate never goes below this fraction of the overall sd (values on a coarse grid, such
#: as whole numbers, would otherwise let the fit shrink each component onto one value).
FLOOR = 0.1


@dataclass(frozen=True)
class Spread:
    """Size, centre and spread of the data; ``within`` is None when every value is the same."""

    n: int
    mean: float
    sd: float
    minimum: float
    maximum: float
    within: float | None

    @property
    def suggested_scale(self) -> float:
        """The divisor offered to the user: the within-component spread, rounded to 2 digits."""
        return nice(self.within) if self.within else 1.0

    @property
    def divide_by_default(self) -> bool:
        """True when the data are on a scale far from the model's unit variance."""
        s = self.suggested_scale
        return not 1.0 / FAR_FROM_ONE <= s <= FAR_FROM_ONE


def nice(value: float, digits: int = 2) -> float:
    """value rounded to ``digits`` significant digits (3.2, 0.47, 150), so a sentence is exact."""
    if value == 0 or not math.isfinite(value):
        return value
    exponent = math.floor(math.log10(abs(value)))
    return round(value, digits - 1 - exponent)


def spread(x: np.ndarray) -> Spread:
    """Summarise x; raises ValueError (from the core) on empty or non-finite data."""
    s = em.summarize(x)
    sd = math.sqrt(s.centred_ss / (s.n - 1)) if s.n > 1 else 0.0
    return Spread(s.n, s.mean, sd, s.minimum, s.maximum, within_component_scale(x))


def within_component_scale(x: np.ndarray, iterations: int = 500) -> float | None:
    """The standard deviation within a component of a two-group fit with one shared variance.

    A few hundred EM steps on at most :data:`SAMPLE` evenly spaced points; None when the data
    have no spread at all (fewer than two distinct values).
    """
    arr = np.asarray(x, dtype=np.float64).ravel()
    if arr.size > SAMPLE:
        arr = arr[:: math.ceil(arr.size / SAMPLE)]
    if arr.size < 2:
        return None
    centre = float(np.mean(arr))
    sd = float(np.std(arr))
    if not sd > 0 or not math.isfinite(sd):
        return None
    z = (arr - centre) / sd  # work in standard units: nothing overflows, tolerances are relative
    m1, m2 = (float(q) for q in np.quantile(z, [0.25, 0.75]))
    pi = 0.5
    var = max(1.0 - ((m2 - m1) / 2) ** 2, 0.25)
    floor = FLOOR**2
    for _ in range(iterations):
        d1 = (z - m1) ** 2
        d2 = (z - m2) ** 2
        a = math.log(pi / (1 - pi)) - (d1 - d2) / (2 * var)
        r = 0.5 * (1.0 + np.tanh(0.5 * a))  # logistic(a), stable for any a
        sr = float(np.sum(r))
        n = z.size
        new_pi = min(max(sr / n, 1e-6), 1 - 1e-6)
        new_m1 = float(np.dot(r, z)) / sr if sr > 0 else m1
        new_m2 = float(np.dot(1 - r, z)) / (n - sr) if n - sr > 0 else m2
        ss1 = float(np.dot(r, (z - new_m1) ** 2))
        ss2 = float(np.dot(1 - r, (z - new_m2) ** 2))
        new_var = (ss1 + ss2) / n
        new_var = max(new_var, floor)
        change = max(abs(new_m1 - m1), abs(new_m2 - m2), abs(new_var - var), abs(new_pi - pi))
        pi, m1, m2, var = new_pi, new_m1, new_m2, new_var
        if change < 1e-6:
            break
    return math.sqrt(var) * sd


def centre_needed(minimum: float, maximum: float, start: em.Params | None) -> bool:
    """True when neither start mean lies within the (transformed) data's range.

    EM started far outside the data gives one component every point at once, which shows
    nothing; subtracting the mean brings the data to where the start values are.
    """
    if start is None:
        return minimum > 0 or maximum < 0
    return not any(minimum <= mu <= maximum for mu in (start.mu1, start.mu2))


@dataclass(frozen=True)
class DataScale:
    """How the data shown relate to the file's numbers: shown = (original - shift) / scale.

    Kept with the data so that a teacher reads the fitted means in the file's own units too
    (Old Faithful's waiting times in minutes), whatever scale EM works on.
    """

    shift: float
    scale: float
    name: str = ""  # what the numbers are, e.g. the column's name ('' when unknown)

    def __post_init__(self) -> None:
        if not (math.isfinite(self.scale) and self.scale > 0 and math.isfinite(self.shift)):
            raise ValueError(f"unusable scale {self.scale!r} or shift {self.shift!r}")

    def original(self, value: float) -> float:
        """A value on the model's scale in the file's units."""
        return self.shift + self.scale * value

    @property
    def is_identity(self) -> bool:
        return self.shift == 0.0 and self.scale == 1.0


def transform(x: np.ndarray, scale: float = 1.0, shift: float = 0.0) -> np.ndarray:
    """(x - shift) / scale as a new float64 array; raises ValueError on an unusable scale."""
    if not (math.isfinite(scale) and scale > 0):
        raise ValueError(f"the scale must be a positive number, not {scale}")
    if not math.isfinite(shift):
        raise ValueError(f"the shift must be a finite number, not {shift}")
    arr = np.asarray(x, dtype=np.float64)
    if shift == 0.0 and scale == 1.0:
        return arr.copy()
    with np.errstate(over="ignore"):
        out = (arr - shift) / scale
    if not np.all(np.isfinite(out)):
        raise ValueError("dividing by so small a scale makes some values infinite")
    return out


def describe_transform(scale: float, shift: float, estimated: float | None) -> str:
    """One plain sentence saying what the chosen transformation does (or that there is none)."""
    parts = []
    if shift != 0.0:
        parts.append(f"subtracting {shift:.4g} puts the data around 0, where the start means are")
    if scale != 1.0:
        if estimated is not None and scale == nice(estimated):
            parts.append(
                f"dividing by {scale:g} makes one unit on the new scale equal to the estimated "
                "spread within a component, which the model fixes at 1"
            )
        else:
            parts.append(
                f"dividing by {scale:g} makes one unit on the new scale equal to {scale:g} "
                "of the file’s units"
            )
    if not parts:
        return "The values are used as they are."
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."
