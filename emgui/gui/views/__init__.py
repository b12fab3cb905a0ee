"""The views of EM Explorer: they listen to EMSession's states and draw, nothing more.

Each view has a slot ``show_state(state)``; user gestures leave a view as Qt signals.
"""

from __future__ import annotations

from emgui.gui.views.data_view import DataView
from emgui.gui.views.history_table import HistoryTable
from emgui.gui.views.motion import ThetaTween
from emgui.gui.views.trace_views import LikelihoodView, ParamsView

__all__ = ["DataView", "HistoryTable", "LikelihoodView", "ParamsView", "ThetaTween"]
