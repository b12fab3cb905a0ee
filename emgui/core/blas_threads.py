"""One BLAS thread for the app, set before numpy loads.

The EM step's dot products are small (64k-point blocks), so BLAS worker threads gain nothing
there and only spin against the drawing thread on a 2-core classroom machine: one step at
n = 10^6 measured 16.6 ms with them and 5.4 ms without. Library users of ``emgui.core.em`` keep
whatever their environment says; only the app's entry points call this.
"""

from __future__ import annotations

import os

_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def use_one_blas_thread() -> None:
    """Ask numpy's BLAS for one thread, unless the user's environment already says otherwise."""
    for name in _VARIABLES:
        os.environ.setdefault(name, "1")
