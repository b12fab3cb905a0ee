"""``python -m emgui.bench``: one EM step timed at several n (the numerical benchmark)."""

from __future__ import annotations

from emgui.bench.numerics import main

raise SystemExit(main())
