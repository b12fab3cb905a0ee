"""The "Why it works" area: why EM climbs, in three pictures.

* the likelihood landscape over two means, with the EM path on it (:mod:`.landscape_view`);
* the lower bound B_t that each M-step climbs and the E-step lifts (:mod:`.bound_view`);
* many random starts, grouped by the fit they reach (:mod:`.restarts_view`).

Built the first time it is opened (nothing here is imported at start-up). The views read the
session only through :mod:`.run_view`.
"""
