"""The Qt side: the session and player that own a run, its views, panels and dialogs,
the main window that wires them, and the app that starts it.
"""
