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
from dataclasses import dataclass, field
from typing import Any

from emgui.core import mixture as mx
from emgui.core.em import Params, Simulation
from emgui.core.i18n import QT_TRANSLATE_NOOP
from emgui.core.mixture import Mixture, MixtureSimulation, Model

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
    simulation: Simulation | MixtureSimulation
    start: Params | Mixture
    iterations: int | None = None  # how many steps to suggest (None: run to convergence)
    tol: float = DEFAULT_TOL
    #: The model fitted: the seed's two unit-variance components unless said otherwise.
    model: Model = field(default_factory=Model)

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
        if not isinstance(self.simulation, (Simulation, MixtureSimulation)):
            raise ValueError("a preset needs simulation settings")
        self.simulation.validated()
        if not isinstance(self.model, Model):
            raise ValueError("a preset needs a model")
        if isinstance(self.start, Params):
            self.start.checked_start()
        elif not isinstance(self.start, Mixture):
            raise ValueError("a preset needs start parameters")
        mx.as_mixture(self.start).checked_start(self.model)
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

# A big group and two small ones: one sample for the two three-component presets.
_THREE_GROUPS = MixtureSimulation(
    150, Mixture((0.5, 0.25, 0.25), (0.0, 4.0, 6.0), (1.0, 0.5, 0.5)), seed=11
)
# Equal weights for a three-component start.
_EQUAL_THIRDS = (1 / 3, 1 / 3, 1 / 3)

BUILTIN_PRESETS: tuple[Preset, ...] = (
    Preset(
        key="reference",
        title=QT_TRANSLATE_NOOP("Presets", "The seed's reference run"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
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
        title=QT_TRANSLATE_NOOP("Presets", "Well separated"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
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
        title=QT_TRANSLATE_NOOP("Presets", "Reduced separation"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
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
        title=QT_TRANSLATE_NOOP("Presets", "Change the seed"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
            "The same truth as the reference run (π = 0.45, means ±1.2), but a different random "
            "sample: seed 2024 instead of 531. The fit lands somewhere else (π ≈ 0.39 instead of "
            "0.31), because the estimate depends on the sample drawn, not only on the truth."
        ),
        simulation=Simulation(n=80, sep=2.4, true_pi=0.45, seed=2024),
        start=_REFERENCE_START,
    ),
    Preset(
        key="symmetric-start",
        title=QT_TRANSLATE_NOOP("Presets", "Symmetric start (μ₁ = μ₂)"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
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
        title=QT_TRANSLATE_NOOP("Presets", "Swapped start (μ₁ > μ₂)"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
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
        title=QT_TRANSLATE_NOOP("Presets", "Unbalanced weights (true π = 0.1)"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
            "Only about one point in ten comes from component 1. Watch π fall from 0.5 towards "
            "0.1: the small component has few points to average, so its mean is less certain "
            "and EM needs more iterations to settle."
        ),
        simulation=Simulation(n=80, sep=2.4, true_pi=0.1, seed=531),
        start=_REFERENCE_START,
    ),
    Preset(
        key="far-start",
        title=QT_TRANSLATE_NOOP("Presets", "Start far from the data"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
            "Both means start far to the right of every point (μ₁ = 6, μ₂ = 9). The first E-step "
            "gives almost every point to component 1, the nearer one, so π jumps to nearly 1 and "
            "component 2 is almost empty. EM recovers, pulled back by the few points on the far "
            "right, but needs about 50 iterations to reach the reference run's fit."
        ),
        simulation=_REFERENCE,
        start=Params(0.5, 6.0, 9.0),
    ),
    Preset(
        key="three-found",
        title=QT_TRANSLATE_NOOP("Presets", "Three components: a good start"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
            "150 points: a big group around 0 and two small ones near 4 and 6, fitted with "
            "three components sharing one σ. Started with a mean in each group, EM finds all "
            "three: the two small clusters get a component each (final log L ≈ −303.6). Then "
            "try the next preset, with the same data and a worse start."
        ),
        simulation=_THREE_GROUPS,
        start=Mixture(_EQUAL_THIRDS, (0.0, 3.5, 6.5), (1.0, 1.0, 1.0)),
        model=Model(3, "shared"),
    ),
    Preset(
        key="three-merged",
        title=QT_TRANSLATE_NOOP("Presets", "Three components: a poor start"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
            "The same 150 points, but two means start in the big group and one between the "
            "small ones. EM ends with two components on top of each other in the big group "
            "and one wide component covering both small clusters: a worse fit (log L ≈ "
            "−313.7 against −303.6) that EM cannot leave. In more general mixtures EM depends "
            "on where it starts: try several starts and keep the best."
        ),
        simulation=_THREE_GROUPS,
        start=Mixture(_EQUAL_THIRDS, (-1.5, 1.0, 5.0), (1.0, 1.0, 1.0)),
        model=Model(3, "shared"),
    ),
    Preset(
        key="collapse",
        title=QT_TRANSLATE_NOOP("Presets", "Free σ: a component collapses"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
            "The reference sample, fitted with two components that each estimate their own σ, "
            "and the σ floor turned off. Component 1 starts narrow on the lowest point, which "
            "stands apart from the rest. Step: its σ shrinks towards 0 and the log likelihood "
            "shoots up. That is no better fit: the likelihood of a mixture with free variances "
            "has no maximum. With the floor back on (Setup), EM is held at σ = 1/1000 of the "
            "spread: the numbers stay finite, but the spike shows the pull is still there."
        ),
        simulation=_REFERENCE,
        start=Mixture((0.2, 0.8), (-2.9, 0.4), (0.25, 1.2)),
        model=Model(2, "free", 0.0),
    ),
    Preset(
        key="faithful-shared",
        title=QT_TRANSLATE_NOOP("Presets", "Shared σ: a geyser's eruptions"),
        explanation=QT_TRANSLATE_NOOP(
            "Presets",
            "272 simulated eruption lengths in minutes, like the famous Old Faithful data: "
            "short eruptions near 2 minutes and long ones near 4.3. The fixed variance of 1 "
            "would be far too wide here, so both components share one estimated σ. EM finds "
            "the two kinds of eruption in a few iterations, with σ ≈ 0.35 minutes."
        ),
        simulation=MixtureSimulation(
            272, Mixture((0.36, 0.64), (2.0, 4.3), (0.3, 0.4)), seed=272
        ),
        start=Mixture((0.5, 0.5), (2.18, 4.39), (0.57, 0.57)),
        model=Model(2, "shared"),
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
    out: dict[str, Any] = {
        "key": preset.key,
        "title": preset.title,
        "explanation": preset.explanation,
    }
    if isinstance(sim, MixtureSimulation):
        truth = sim.truth_mixture
        out["simulation"] = {"n": sim.n, "seed": sim.seed, "weights": list(truth.weights),
                             "means": list(truth.means), "sds": list(truth.sds)}
    else:
        out["simulation"] = {"n": sim.n, "sep": sim.sep, "true_pi": sim.true_pi,
                             "seed": sim.seed}
    start = preset.start
    if isinstance(start, Params):
        out["start"] = {"pi": start.pi, "mu1": start.mu1, "mu2": start.mu2}
    else:
        out["start"] = {"weights": list(start.weights), "means": list(start.means),
                        "sds": list(start.sds)}
    out["iterations"] = preset.iterations
    out["tol"] = preset.tol
    if preset.model != Model():
        floor = preset.model.sd_floor
        out["model"] = {"k": preset.model.k, "variance": preset.model.variance,
                        "sd_floor": floor}
    return out


def _numbers(mapping: Mapping[str, Any], name: str, where: str) -> tuple[float, ...]:
    value = _field(mapping, name, where)
    if not isinstance(value, list) or not value or not all(
        _is_number(v) and math.isfinite(v) for v in value
    ):
        raise ValueError(f"the preset's {where}{name} must be a list of numbers")
    return tuple(float(v) for v in value)


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
    simulation: Simulation | MixtureSimulation
    if "weights" in sim:
        truth = Mixture(_numbers(sim, "weights", "true "), _numbers(sim, "means", "true "),
                        _numbers(sim, "sds", "true "))
        simulation = MixtureSimulation(_whole(sim, "n", "sample size "), truth,
                                       _whole(sim, "seed", "random "))
    else:
        simulation = Simulation(
            n=_whole(sim, "n", "sample size "),
            sep=_number(sim, "sep", "separation "),
            true_pi=_number(sim, "true_pi", "true "),
            seed=_whole(sim, "seed", "random "),
        )
    params: Params | Mixture
    if "weights" in start:
        params = Mixture(_numbers(start, "weights", "start "), _numbers(start, "means", "start "),
                         _numbers(start, "sds", "start "))
    else:
        params = Params(_number(start, "pi", "start "), _number(start, "mu1", "start "),
                        _number(start, "mu2", "start "))
    model = Model()
    if "model" in data:
        spec = data["model"]
        if not isinstance(spec, Mapping):
            raise ValueError("a preset's model must be a JSON object")
        floor = spec.get("sd_floor")
        model = Model(_whole(spec, "k", "number of components "),
                      str(_field(spec, "variance", "model's ")),
                      None if floor is None else _number(spec, "sd_floor", "model's "))
    iterations = data.get("iterations")
    if iterations is not None:
        iterations = _whole(data, "iterations", "suggested ")
    tol = _number(data, "tol", "") if "tol" in data else DEFAULT_TOL
    return Preset(key.strip(), title.strip(), explanation.strip(), simulation, params,
                  iterations, tol, model)


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
