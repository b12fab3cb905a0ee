"""Player: the timer steps the session and stops by itself; nothing keeps running."""

from __future__ import annotations

from emgui.gui.player import MAX_SPEED, MIN_SPEED, Player
from emgui.gui.session import EMSession


def test_play_runs_to_convergence_and_stops_the_timer(qtbot, session: EMSession) -> None:
    player = Player(session)
    player.set_speed(MAX_SPEED)
    with qtbot.waitSignal(player.stopped, timeout=10_000) as blocker:
        player.play()
    assert blocker.args == ["converged"]
    assert not player.playing
    assert session.state.converged and session.state.at_end


def test_play_stops_at_the_iteration_limit(qtbot, session: EMSession) -> None:
    session.set_max_iterations(3)
    player = Player(session)
    player.set_speed(MAX_SPEED)
    with qtbot.waitSignal(player.stopped, timeout=5_000) as blocker:
        player.play()
    assert blocker.args == ["limit"] and session.state.iteration == 3


def test_pause_stops_stepping(qtbot, session: EMSession) -> None:
    player = Player(session)
    player.set_speed(MAX_SPEED)
    player.play()
    qtbot.waitUntil(lambda: session.state.iteration >= 2, timeout=5_000)
    with qtbot.waitSignal(player.playing_changed) as blocker:
        player.pause()
    assert blocker.args == [False]
    reached = session.state.iteration
    assert not player.playing
    with qtbot.assertNotEmitted(session.changed, wait=150):
        pass  # a real pause: no step may arrive
    assert session.state.iteration == reached


def test_speed_changes_the_interval(qtbot, session: EMSession) -> None:
    player = Player(session)
    player.set_speed(100)
    assert player.speed == MAX_SPEED and player.interval_ms == 33
    player.set_speed(0)
    assert player.speed == MIN_SPEED and player.interval_ms == 1000


def test_play_after_convergence_says_so_without_starting(qtbot, session: EMSession) -> None:
    for _ in range(60):
        session.step()
    player = Player(session)
    with qtbot.waitSignal(player.stopped) as blocker:
        player.play()
    assert blocker.args == ["converged"] and not player.playing
