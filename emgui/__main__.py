"""``python -m emgui``: the same as the ``emgui`` command."""

from __future__ import annotations

from emgui.app import main

raise SystemExit(main())
