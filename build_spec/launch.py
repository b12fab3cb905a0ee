"""PyInstaller entry script for EM Explorer: the frozen executable runs exactly this."""

from emgui.app import main

raise SystemExit(main())
