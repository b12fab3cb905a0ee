"""EM Explorer: watch the Expectation-Maximization algorithm fit a two-component Gaussian mixture.

The numerical core (:mod:`emgui.core.em`) is plain numpy and can be used without the GUI.
"""

__version__ = "0.1.0"
