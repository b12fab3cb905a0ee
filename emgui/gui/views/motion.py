"""Smooth motion between two drawn parameter values, so students can follow each EM move.

The tween owns its timer and stops it as soon as the motion is done; a disabled tween (or a
zero duration) jumps straight to the target with a single frame. It interpolates theta only:
it never recomputes anything the session already knows.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

from emgui.core.em import Params
from emgui.core.mixture import Mixture, as_mixture

#: Milliseconds between two frames of a motion (about 60 frames a second); a motion divides
#: its duration into whole frames of about this length, so its last frame lands on its end.
FRAME_MS = 16
DEFAULT_DURATION_MS = 220


def ease_in_out(t: float) -> float:
    """Cubic ease-in-out on 0..1: starts and ends gently, so the eye can follow."""
    t = min(max(t, 0.0), 1.0)
    return 4.0 * t * t * t if t < 0.5 else 1.0 - (-2.0 * t + 2.0) ** 3 / 2.0


def interpolate(a: Mixture | Params, b: Mixture | Params, t: float) -> Mixture:
    """Parameters a fraction t of the way from a to b.

    Weights move on a straight line (they keep summing to 1), sigmas on a log scale (a
    component shrinking a thousandfold glides at an even pace and never reaches 0).
    """
    a, b = as_mixture(a), as_mixture(b)
    t = min(max(t, 0.0), 1.0)
    if a.k != b.k or t >= 1.0:
        return b
    pairs = zip(a.weights, b.weights, strict=True)
    weights = [min(max(p + (q - p) * t, 0.0), 1.0) for p, q in pairs]
    total = math.fsum(weights)
    weights = [w / total for w in weights] if total > 0 else list(b.weights)
    means = [p + (q - p) * t for p, q in zip(a.means, b.means, strict=True)]
    sds = [p if p == q else math.exp(math.log(p) + (math.log(q) - math.log(p)) * t)
           for p, q in zip(a.sds, b.sds, strict=True)]
    return Mixture(tuple(weights), tuple(means), tuple(sds))


class ThetaTween(QObject):
    """Emits ``frame(Mixture)`` from a start theta to a target over ``duration_ms``.

    ``finished`` is emitted once the target frame has been sent (also after a jump).
    """

    frame = Signal(object)  # Mixture
    finished = Signal()

    def __init__(self, duration_ms: int = DEFAULT_DURATION_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._duration = max(0, int(duration_ms))
        self._span = float(self._duration)  # time to the last frame of the current motion
        self._enabled = True
        self._from: Mixture | None = None
        self._to: Mixture | None = None
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)

    # ---------------------------------------------------------------- settings
    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        """Switch motion on or off; switching off finishes a running motion at its target."""
        self._enabled = bool(on)
        if not self._enabled:
            self.finish()

    @property
    def duration_ms(self) -> int:
        return self._duration

    def set_duration(self, ms: int) -> None:
        """Length of one motion; the window ties it to the playing speed."""
        self._duration = max(0, int(ms))

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def target(self) -> Mixture | None:
        return self._to

    # ---------------------------------------------------------------- motion
    def start(self, start: Mixture, target: Mixture, show_start: bool = True) -> None:
        """Move from start to target; jumps at once when disabled or when nothing moves.

        ``show_start=False`` skips the first frame, for a caller that shows start already.
        Frames come evenly, and the last one half a frame before the duration is up: at 30
        iterations a second (a 26 ms glide) that is two frames 10 ms apart, done well before
        the next step, rather than one at 16 ms and a last one at 32 ms that the next step
        would cut off.
        """
        self._timer.stop()
        self._from, self._to = start, target
        if not self._enabled or self._duration <= 0 or start == target:
            self._emit_end()
            return
        frames = max(1, round(self._duration / FRAME_MS))
        self._span = self._duration * frames / (frames + 0.5)
        self._timer.setInterval(max(1, round(self._span / frames)))
        self._clock.start()
        self._timer.start()
        if show_start:
            self.frame.emit(start)

    def stop(self) -> None:
        """Stop where it is, without a last frame (the caller draws what it needs)."""
        self._timer.stop()

    def finish(self) -> None:
        """Stop a running motion and show its target at once."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit_end()

    def _emit_end(self) -> None:
        if self._to is not None:
            self.frame.emit(self._to)
        self.finished.emit()

    def _tick(self) -> None:
        assert self._from is not None and self._to is not None
        elapsed = self._clock.elapsed()
        # A tick a little early for the last frame still ends the motion (timers jitter).
        if elapsed + self._timer.interval() / 2 >= self._span:
            self._timer.stop()
            self._emit_end()
            return
        self.frame.emit(interpolate(self._from, self._to, ease_in_out(elapsed / self._span)))
