"""What one picture of the window shows: a built-in preset, how far it ran, which tab is open.

``emgui --screenshot FILE --preset KEY [--steps N|end] [--tab NAME] [--point I|uncertain]
[--size WxH]`` takes such a picture (see :mod:`emgui.checks.screenshot`), and
:mod:`emgui.checks.guide_pictures` takes every picture of the teacher's guide this way. This
module is Qt-free: the command line is checked before any window is made, and a bad preset key
or tab name is one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from emgui.core.presets import BUILTIN_PRESETS, Preset, builtin

__all__ = [
    "END",
    "MAX_SIDE",
    "TABS",
    "UNCERTAIN",
    "Shot",
    "check_point",
    "check_preset",
    "check_size",
    "check_steps",
    "check_tab",
]

#: The side column's tabs, as the window titles them.
TABS = ("Setup", "Point", "M-step", "Truth", "Presets")
#: ``--steps end``: step until Play would stop by itself (converged, collapsed or the limit).
END = "end"
#: ``--point uncertain``: the Point tab's "Most uncertain" button.
UNCERTAIN = "uncertain"
#: The largest picture side, in pixels (an 8K screen).
MAX_SIDE = 7680


@dataclass(frozen=True)
class Shot:
    """One picture: the run it shows and how the window is set out for it.

    ``steps`` is a number of Step presses, ``END`` (until Play would stop by itself) or None
    (the preset's suggested iterations, else ``END``). ``point`` is a 1-based observation
    number (as the Point tab counts), ``UNCERTAIN`` or None.
    """

    preset: str | None = None
    steps: int | str | None = None
    tab: str | None = None
    point: int | str | None = None
    size: tuple[int, int] = (1280, 800)

    def steps_for(self, preset: Preset | None) -> int | None:
        """How many times to press Step; None: until Play would stop by itself."""
        if self.steps == END:
            return None
        if self.steps is None:
            return preset.iterations if preset is not None else None
        return int(self.steps)

    def arguments(self) -> list[str]:
        """The ``emgui --screenshot FILE`` options that take this picture."""
        args: list[str] = []
        if self.preset is not None:
            args += ["--preset", self.preset]
        if self.steps is not None:
            args += ["--steps", str(self.steps)]
        if self.tab is not None:
            args += ["--tab", self.tab]
        if self.point is not None:
            args += ["--point", str(self.point)]
        args += ["--size", f"{self.size[0]}x{self.size[1]}"]
        return args


def _choices(names: list[str] | tuple[str, ...]) -> str:
    return ", ".join(names[:-1]) + " or " + names[-1]


def check_preset(key: str) -> Preset:
    """The built-in preset with this key, or ValueError with one sentence naming the choices."""
    try:
        return builtin(key)
    except KeyError:
        keys = [p.key for p in BUILTIN_PRESETS]
        raise ValueError(f"there is no built-in preset {key!r}; choose {_choices(keys)}") from None


def check_tab(name: str) -> str:
    """The tab's title as the window spells it (any letter case), or ValueError."""
    for tab in TABS:
        if tab.lower() == name.strip().lower():
            return tab
    raise ValueError(f"there is no tab {name!r}; choose {_choices(TABS)}")


def check_steps(text: str) -> int | str:
    """A number of steps (0 or more) or ``END``; ValueError otherwise."""
    text = text.strip().lower()
    if text == END:
        return END
    if re.fullmatch(r"\d{1,6}", text):
        return int(text)
    raise ValueError(f"give a number of steps or {END!r}, not {text!r}")


def check_point(text: str) -> int | str:
    """A 1-based observation number or ``UNCERTAIN``; ValueError otherwise."""
    text = text.strip().lower()
    if text == UNCERTAIN:
        return UNCERTAIN
    if re.fullmatch(r"\d{1,9}", text) and int(text) >= 1:
        return int(text)
    raise ValueError(f"give an observation number (1 to n) or {UNCERTAIN!r}, not {text!r}")


def check_size(text: str) -> tuple[int, int]:
    """'1280x800' as (1280, 800); ValueError unless both sides are 1 to MAX_SIDE pixels."""
    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if match is None:
        raise ValueError(f"give WIDTHxHEIGHT in pixels, such as 1280x800, not {text!r}")
    width, height = int(match[1]), int(match[2])
    if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE):
        raise ValueError(f"each side must be 1 to {MAX_SIDE} pixels, not {text!r}")
    return width, height
