"""Player: owns the QTimer that animates EM; the session itself knows nothing of time."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from emgui.gui.session import EMSession, SessionState

MIN_SPEED = 1.0  # iterations a second
MAX_SPEED = 30.0
DEFAULT_SPEED = 4.0


class Player(QObject):
    """Steps the session on a timer until it converges or reaches the maximum iterations."""

    playing_changed = Signal(bool)
    #: Why the last play stopped by itself: 'converged', 'collapsed', 'limit' or ''.
    stopped = Signal(str)

    def __init__(self, session: EMSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._speed = DEFAULT_SPEED
        self._timer.setInterval(self._interval_ms())

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def interval_ms(self) -> int:
        """Milliseconds between two steps at the current speed (views time their motion by it)."""
        return self._interval_ms()

    def set_speed(self, per_second: float) -> None:
        """Set the speed in iterations a second, clamped to 1..30."""
        self._speed = min(MAX_SPEED, max(MIN_SPEED, float(per_second)))
        self._timer.setInterval(self._interval_ms())

    def play(self) -> None:
        """Start stepping; does nothing when there is nothing left to do."""
        if self.playing:
            return
        if self._finished(self._session.state) and self._session.state.at_end:
            self.stopped.emit(self._reason(self._session.state))
            return
        self._timer.start()
        self.playing_changed.emit(True)

    def pause(self) -> None:
        if not self.playing:
            return
        self._timer.stop()
        self.playing_changed.emit(False)

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def _interval_ms(self) -> int:
        return max(1, round(1000.0 / self._speed))

    def _finished(self, state: SessionState) -> bool:
        return state.converged or state.collapsed or state.iteration >= state.max_iterations

    @staticmethod
    def _reason(state: SessionState) -> str:
        if state.collapsed:
            return "collapsed"
        return "converged" if state.converged else "limit"

    def _tick(self) -> None:
        """One timer tick: one step, then stop by itself at convergence or the limit."""
        state = self._session.state
        if self._finished(state) and state.at_end:
            self._stop_by_itself(state)
            return
        self._session.step()
        state = self._session.state
        if self._finished(state) and state.at_end and (state.phase == "E" or not state.half_steps):
            self._stop_by_itself(state)

    def _stop_by_itself(self, state: SessionState) -> None:
        self.pause()
        self.stopped.emit(self._reason(state))
