"""Dialogs of EM Explorer that need more than a message box (opening a data file)."""

from __future__ import annotations

from emgui.gui.dialogs.open_data import OpenDataChoice, OpenDataDialog

__all__ = ["OpenDataChoice", "OpenDataDialog"]
