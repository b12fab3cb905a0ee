"""The numerical benchmark runs (tiny n, one repeat): its tables, with scikit-learn and without.

No timing is asserted: the numbers are for the README, measured on a quiet machine.
"""

from __future__ import annotations

import sys

import pytest

from emgui.bench import numerics


def test_the_bench_prints_its_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert numerics.main(["--max-n", "2000", "--repeats", "1"]) == 0
    out = capsys.readouterr().out
    assert "| 10^3 |" in out
    assert "One EM iteration for K components at n = 2,000" in out
    for label, _, _ in numerics.MIXTURE_CASES:
        assert f"| {label} |" in out
    assert "nan" not in out
    if numerics.sklearn_version() is not None:
        row = next(line for line in out.splitlines()
                   if line.startswith("| K = 5, variances each estimated |"))
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert cells[3].endswith("x")
        assert float(cells[4]) < 1e-9  # the same iteration as scikit-learn's


def test_without_scikit_learn_a_line_says_so(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "sklearn", None)  # import sklearn now fails
    assert numerics.sklearn_version() is None
    numerics.print_mixture_table(500, 1)
    out = capsys.readouterr().out
    assert "scikit-learn is not installed" in out
    assert "| K = 3, variances each estimated |" in out
    assert out.count("| - | - | - |") == len(numerics.MIXTURE_CASES)


def test_the_sklearn_iteration_is_the_same_step() -> None:
    pytest.importorskip("sklearn")
    from emgui.core import em, mixture

    x = numerics._sample(3, 3000)
    model = mixture.Model(3, "free")
    start = mixture.default_start(x, model)
    theirs = numerics.SklearnIteration(x, start)
    for _ in range(2):  # every call starts again from `start`
        theirs()
        assert theirs.difference(mixture.step(x, start, model, em.summarize(x)).next) < 1e-10
