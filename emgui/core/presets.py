"""Ready-made scenarios ("What to try"): a sample, a start and a sentence on what to watch.

Qt-free, so the command line and the tests can use the presets too. A preset is plain data; the
window loads one with ``session.simulate_from(preset.simulation, preset.start)`` and
``session.set_tolerance(preset.tol)``. Teachers' own presets are stored as JSON (see
:func:`preset_to_json` and :func:`load_user_presets`); a corrupt entry is skipped, never fatal.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from emgui.core.em import Params, Simulation

__all__ = [
    "BUILTIN_PRESETS",
    "DEFAULT_TOL",
    "USER_PREFIX",
    "Preset",
    "builtin",
    "load_user_presets",
    "new_user_key",
    "preset_from_json",
    "preset_to_json",
]

DEFAULT_TOL = 1e-6
#: Keys of teachers' own presets start with this, so they never clash with a built-in key.
USER_PREFIX = "user-"
MAX_TITLE = 80
MAX_EXPLANATION = 1000
MAX_ITERATIONS = 100_000


@dataclass(frozen=True)
class Preset:
    """One scenario: the sample to draw, where EM starts, and what a student should notice."""

    key: str
    title: str
    explanation: str
    simulation: Simulation
    start: Params
    iterations: int | None = None  # how many steps to suggest (None: run to convergence)
    tol: float = DEFAULT_TOL

    def __post_init__(self) -> None:
        # A preset that cannot be loaded must never exist, so check everything here once.
        if not isinstance(self.key, str) or not self.key.strip():
            raise ValueError("a preset needs a key")
        if not isinstance(self.title, str) or not self.title.strip():
            raise ValueError("a preset needs a title")
        if len(self.title) > MAX_TITLE:
            raise ValueError(f"a preset title may have at most {MAX_TITLE} characters")
        if not isinstance(self.explanation, str):
            raise ValueError("a preset's explanation must be text")
        if len(self.explanation) > MAX_EXPLANATION:
            raise ValueError(f"a preset explanation may have at most {MAX_EXPLANATION} characters")
        if not isinstance(self.simulation, Simulation):
            raise ValueError("a preset needs simulation settings")
        self.simulation.validated()
        if not isinstance(self.start, Params):
            raise ValueError("a preset needs start parameters")
        self.start.checked_start()
        if self.iterations is not None and not (
            _is_int(self.iterations) and 1 <= self.iterations <= MAX_ITERATIONS
        ):
            raise ValueError(
                f"the suggested iterations must be 1 to {MAX_ITERATIONS:,}, not {self.iterations!r}"
            )
        if not (_is_number(self.tol) and math.isfinite(self.tol) and self.tol > 0):
            raise ValueError(f"the tolerance must be a positive number, not {self.tol!r}")

    @property
    def is_user(self) -> bool:
        """True for a teacher's own preset (which may be deleted), False for a built-in one."""
        return self.key.startswith(USER_PREFIX)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_REFERENCE = Simulation(n=80, sep=2.4, true_pi=0.45, seed=531)
_REFERENCE_START = Params(0.5, -0.5, 0.5)

BUILTIN_PRESETS: tuple[Preset, ...] = (
    Preset(
        key="reference",
        title="The seed's reference run",
        explanation=(
            "80 points from two bell curves 2.4 apart, started at π = 0.5, μ₁ = −0.5, μ₂ = 0.5. "
            "Step 8 times and compare the history with the original script's printout: the "
            "numbers agree to every digit shown. Keep stepping to watch it converge."
        ),
        simulation=_REFERENCE,
        start=_REFERENCE_START,
        iterations=8,
    ),
    Preset(
        key="well-separated",
        title="Well separated",
        explanation=(
            "The same kind of sample, but the two groups are 6 apart instead of 2.4. After a few "
            "iterations almost every responsibility is close to 0 or 1: each point clearly "
            "belongs to one component, and EM behaves like sorting the points into two groups "
            "and averaging each group. It converges in a handful of iterations."
        ),
        simulation=Simulation(n=80, sep=6.0, true_pi=0.45, seed=531),
        start=_REFERENCE_START,
    ),
    Preset(
        key="reduced-separation",
        title="Reduced separation",
        explanation=(
            "The groups are only 1.5 apart, so they overlap heavily. Many points keep "
            "responsibilities far from 0 and 1 (soft assignments), so each mean is pulled by "
            "points of both groups. The means creep apart slowly: EM needs over a hundred "
            "iterations to converge."
        ),
        simulation=Simulation(n=80, sep=1.5, true_pi=0.45, seed=531),
        start=_REFERENCE_START,
    ),
    Preset(
        key="new-seed",
        title="Change the seed",
        explanation=(
            "The same truth as the reference run (π = 0.45, means ±1.2), but a different random "
            "sample: seed 2024 instead of 531. The fit lands somewhere else (π ≈ 0.39 instead of "
            "0.31), because the estimate depends on the sample drawn, not only on the truth."
        ),
        simulation=Simulation(n=80, sep=2.4, true_pi=0.45, seed=2024),
        start=_REFERENCE_START,
    ),
    Preset(
        key="symmetric-start",
        title="Symmetric start (μ₁ = μ₂)",
        explanation=(
            "Both components start at the same mean, 0. Then every point gets the same "
            "responsibility, both means move to the same weighted average, and they stay equal: "
            "EM cannot separate the components from a symmetric start, because nothing in the "
            "data tells one component from the other. The log likelihood stops rising at once: EM "
            "stands on a saddle point, not at the best fit, and stays there for ever."
        ),
        simulation=_REFERENCE,
        start=Params(0.5, 0.0, 0.0),
    ),
    Preset(
        key="swapped-start",
        title="Swapped start (μ₁ > μ₂)",
        explanation=(
            "The reference run mirrored: component 1 starts on the right and component 2 on the "
            "left. EM finds the same fit with the labels exchanged: μ₁ and μ₂ trade places and π "
            "becomes 1 − π, with exactly the same log likelihood. This is label switching: the "
            "numbers 1 and 2 are names, and the data cannot tell which is which."
        ),
        simulation=_REFERENCE,
        start=Params(0.5, 0.5, -0.5),
    ),
    Preset(
        key="unbalanced",
        title="Unbalanced weights (true π = 0.1)",
        explanation=(
            "Only about one point in ten comes from component 1. Watch π fall from 0.5 towards "
            "0.1: the small component has few points to average, so its mean is less certain "
            "and EM needs more iterations to settle."
        ),
        simulation=Simulation(n=80, sep=2.4, true_pi=0.1, seed=531),
        start=_REFERENCE_START,
    ),
    Preset(
        key="far-start",
        title="Start far from the data",
        explanation=(
            "Both means start far to the right of every point (μ₁ = 6, μ₂ = 9). The first E-step "
            "gives almost every point to component 1, the nearer one, so π jumps to nearly 1 and "
            "component 2 is almost empty. EM recovers, pulled back by the few points on the far "
            "right, but needs about 50 iterations to reach the reference run's fit."
        ),
        simulation=_REFERENCE,
        start=Params(0.5, 6.0, 9.0),
    ),
)


def builtin(key: str) -> Preset:
    """The built-in preset with this key; raises KeyError if there is none."""
    for preset in BUILTIN_PRESETS:
        if preset.key == key:
            return preset
    raise KeyError(key)


def preset_to_json(preset: Preset) -> dict[str, Any]:
    """A JSON-ready dict that :func:`preset_from_json` turns back into the same preset."""
    sim = preset.simulation
    return {
        "key": preset.key,
        "title": preset.title,
        "explanation": preset.explanation,
        "simulation": {"n": sim.n, "sep": sim.sep, "true_pi": sim.true_pi, "seed": sim.seed},
        "start": {"pi": preset.start.pi, "mu1": preset.start.mu1, "mu2": preset.start.mu2},
        "iterations": preset.iterations,
        "tol": preset.tol,
    }


def _field(mapping: Mapping[str, Any], name: str, where: str) -> Any:
    if name not in mapping:
        raise ValueError(f"the preset has no {where}{name}")
    return mapping[name]


def _number(mapping: Mapping[str, Any], name: str, where: str = "") -> float:
    value = _field(mapping, name, where)
    if not _is_number(value) or not math.isfinite(value):
        raise ValueError(f"the preset's {where}{name} must be a finite number, not {value!r}")
    return float(value)


def _whole(mapping: Mapping[str, Any], name: str, where: str = "") -> int:
    value = _field(mapping, name, where)
    if _is_number(value) and float(value).is_integer():
        return int(value)
    raise ValueError(f"the preset's {where}{name} must be a whole number, not {value!r}")


def preset_from_json(data: Any) -> Preset:
    """Rebuild a preset from :func:`preset_to_json`'s dict; raises ValueError naming the problem."""
    if not isinstance(data, Mapping):
        raise ValueError("a stored preset must be a JSON object")
    key = _field(data, "key", "")
    title = _field(data, "title", "")
    explanation = data.get("explanation", "")
    if not isinstance(key, str) or not isinstance(title, str) or not isinstance(explanation, str):
        raise ValueError("a preset's key, title and explanation must be text")
    sim = _field(data, "simulation", "")
    start = _field(data, "start", "")
    if not isinstance(sim, Mapping) or not isinstance(start, Mapping):
        raise ValueError("a preset's simulation and start must be JSON objects")
    simulation = Simulation(
        n=_whole(sim, "n", "sample size "),
        sep=_number(sim, "sep", "separation "),
        true_pi=_number(sim, "true_pi", "true "),
        seed=_whole(sim, "seed", "random "),
    )
    params = Params(_number(start, "pi", "start "), _number(start, "mu1", "start "),
                    _number(start, "mu2", "start "))
    iterations = data.get("iterations")
    if iterations is not None:
        iterations = _whole(data, "iterations", "suggested ")
    tol = _number(data, "tol", "") if "tol" in data else DEFAULT_TOL
    return Preset(key.strip(), title.strip(), explanation.strip(), simulation, params,
                  iterations, tol)


def load_user_presets(raw: Any) -> list[Preset]:
    """The usable presets in a stored list; anything corrupt or not a user preset is skipped."""
    if not isinstance(raw, list):
        return []
    presets: list[Preset] = []
    seen: set[str] = set()
    for item in raw:
        try:
            preset = preset_from_json(item)
        except (ValueError, TypeError, OverflowError):
            continue
        if preset.is_user and preset.key not in seen:
            presets.append(preset)
            seen.add(preset.key)
    return presets


def new_user_key(title: str, existing: Iterable[str]) -> str:
    """A key for a teacher's preset, derived from its title and unlike every existing key."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "preset"
    taken = set(existing)
    key = f"{USER_PREFIX}{slug}"
    number = 2
    while key in taken:
        key = f"{USER_PREFIX}{slug}-{number}"
        number += 1
    return key
