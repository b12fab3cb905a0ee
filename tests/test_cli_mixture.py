"""emgui-cli with K components: --k, --variance, the start lists, --sd-floor and their mistakes."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import numpy as np
import pytest
from test_cli import SEED_OUTPUT, fails, run
from test_datafile import GOOD

from emgui.core import em, mixture
from emgui.core.mixture import Mixture, Model

DATA = Path(__file__).parent / "data"
SEED_CSV = (DATA / "seed_history.csv").read_text(encoding="utf-8")


def seed_x() -> np.ndarray:
    return em.simulate(80, 2.4, 0.45, 531)[0]


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


# --- the seed's model stays byte for byte -------------------------------------------------------


@pytest.mark.parametrize("argv", [
    ["--k", "2"], ["--variance", "fixed"], ["--k", "2", "--variance", "fixed"],
    ["--variance", "fixed", "--k", "2", "--init-pi", "0.5", "--init-mu1", "-0.5"],
])
def test_the_seed_model_prints_the_seed_table(argv: list[str],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *argv) == (0, SEED_OUTPUT, "")


def test_the_seed_model_writes_the_seed_csv(capsys: pytest.CaptureFixture[str]) -> None:
    _, plain, _ = run(capsys, "--csv")
    status, out, err = run(capsys, "--k", "2", "--variance", "fixed", "--csv")
    assert (status, err) == (0, "")
    assert out == plain  # byte for byte what it was
    assert out.startswith("step,pi,mu1,mu2,loglik\n")
    got, want = csv_rows(out), csv_rows(SEED_CSV)
    assert got[0] == want[0] and len(got) == len(want) == 10
    for g, w in zip(got[1:], want[1:], strict=True):
        assert [float(v) for v in g] == pytest.approx([float(v) for v in w], rel=1e-12)


# --- K components -----------------------------------------------------------------------------


def test_three_free_components_csv_matches_the_core(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--k", "3", "--variance", "free", "--csv")
    assert (status, err) == (0, "")
    rows = csv_rows(out)
    assert rows[0] == ["step", "w1", "w2", "w3", "mu1", "mu2", "mu3",
                       "sigma1", "sigma2", "sigma3", "loglik"]
    x = seed_x()
    model = Model(3, "free")
    want = mixture.fit(x, mixture.default_start(x, model), model, 8)
    assert len(rows) == 1 + len(want) == 10
    for row, (i, theta, loglik) in zip(rows[1:], want, strict=True):
        assert row[0] == str(i)
        assert row[1:] == [repr(v) for v in (*theta.as_row(), loglik)]  # shortest round-trip
        assert all(repr(float(v)) == v for v in row[1:])


@pytest.mark.parametrize("variance", ["fixed", "shared"])
def test_the_csv_repeats_sigma_for_fixed_and_shared(variance: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--k", "4", "--variance", variance, "--csv",
                         "--iterations", "3")
    assert status == 0
    rows = csv_rows(out)
    assert rows[0][9:13] == ["sigma1", "sigma2", "sigma3", "sigma4"]
    for row in rows[1:]:
        sigmas = row[9:13]
        assert len(set(sigmas)) == 1
        if variance == "fixed":
            assert sigmas[0] == "1.0"


def test_the_table_reads_like_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--k", "3", "--variance", "free", "--init-weights",
                           "0.3,0.3,0.4", "--init-means", "-1,0,1", "--init-sds", "1,1,1",
                           "--iterations", "2")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0] == " 0: w=0.300 0.300 0.400, mu=-1.000 0.000 1.000, " \
                       "sigma=1.000 1.000 1.000, loglik=" + f"{_loglik0():.2f}"
    for i, line in enumerate(lines):
        assert line.startswith(f" {i}: w=")
        assert ", mu=" in line and ", sigma=" in line and ", loglik=" in line


def _loglik0() -> float:
    return mixture.log_likelihood(seed_x(), Mixture((0.3, 0.3, 0.4), (-1.0, 0.0, 1.0),
                                                    (1.0, 1.0, 1.0)))


def test_the_table_shows_sigma_once_when_shared_and_not_when_fixed(
        capsys: pytest.CaptureFixture[str]) -> None:
    _, shared, _ = run(capsys, "--k", "3", "--variance", "shared", "--iterations", "1")
    first = shared.splitlines()[0]
    sigma = first.split("sigma=")[1].split(",")[0]
    assert " " not in sigma
    _, fixed, _ = run(capsys, "--k", "3", "--iterations", "1")
    assert "sigma" not in fixed


def test_start_options_reach_the_core(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--k", "3", "--variance", "shared", "--init-weights",
                         "0.2,0.3,0.5", "--init-means=-2,0,2", "--init-sds", "0.7",
                         "--sd-floor", "0.01", "--iterations", "5", "--csv")
    assert status == 0
    x = seed_x()
    start = Mixture((0.2, 0.3, 0.5), (-2.0, 0.0, 2.0), (0.7, 0.7, 0.7))
    want = mixture.fit(x, start, Model(3, "shared", 0.01), 5)
    got = csv_rows(out)[1:]
    assert [[float(v) for v in row[1:]] for row in got] == [
        [*t.as_row(), ll] for _, t, ll in want]


def test_negative_means_with_a_space_are_values(capsys: pytest.CaptureFixture[str]) -> None:
    a = run(capsys, "--k", "3", "--init-means", "-1, 0, 1", "--iterations", "1")
    b = run(capsys, "--k", "3", "--init-means", "-1e0,0,1", "--iterations", "1")
    assert a[0] == b[0] == 0 and a[1] == b[1]
    assert "mu=-1.000 0.000 1.000" in a[1]


def test_two_components_may_start_from_init_pi_and_the_mus(
        capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--variance", "free", "--init-pi", "0.3", "--init-mu1", "-2",
                         "--init-mu2", "1.5", "--iterations", "0", "--csv")
    assert status == 0
    row = csv_rows(out)[1]
    assert [float(v) for v in row[1:5]] == [0.3, 0.7, -2.0, 1.5]


def test_default_start_is_the_cores(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--k", "5", "--variance", "free", "--iterations", "0", "--csv")
    assert status == 0
    x = seed_x()
    theta = mixture.default_start(x, Model(5, "free"))
    assert [float(v) for v in csv_rows(out)[1][1:-1]] == list(theta.as_row())


def test_one_component(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--k", "1", "--variance", "free", "--iterations", "1", "--csv")
    assert status == 0
    x = seed_x()
    last = [float(v) for v in csv_rows(out)[2]]
    assert last[1] == 1.0
    assert last[2] == pytest.approx(float(np.mean(x)), rel=1e-14)
    assert last[3] == pytest.approx(float(np.std(x)), rel=1e-14)


def test_data_files_tol_and_the_simulation_work_with_k(
        capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--data", str(GOOD / "plain.txt"), "--k", "2",
                           "--variance", "free", "--iterations", "3")
    assert (status, err) == (0, "")
    assert len(out.splitlines()) == 4
    status, out, _ = run(capsys, "--k", "3", "--variance", "shared", "--n", "500", "--sep", "4",
                         "--seed", "7", "--tol", "1e-3", "--iterations", "10000")
    assert status == 0
    assert 2 < len(out.splitlines()) < 10001
    status, out, _ = run(capsys, "--k", "3", "--iterations", "0")
    assert (status, len(out.splitlines())) == (0, 1)


def test_huge_data_print_minus_inf_or_numbers_never_nan(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("1e200\n-1e200\n1\n")
    for variance in mixture.VARIANCES:
        status, out, err = run(capsys, "--data", str(path), "--k", "2", "--variance", variance,
                               "--init-weights", "0.5,0.5", "--iterations", "3")
        assert status == 0, err
        assert "nan" not in out
        assert "e+199" in out or "e+200" in out  # huge means in exponent form, not 200 digits
        if variance == "fixed":
            assert "loglik=-inf" in out.splitlines()[0]


# --- notes on stderr ---------------------------------------------------------------------------


def test_a_collapse_is_said_on_stderr_and_ends_the_run(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ties.txt"
    path.write_text("0\n0\n0\n10\n11\n12\n")
    status, out, err = run(capsys, "--data", str(path), "--variance", "free", "--sd-floor", "0",
                           "--init-means", "0,11", "--init-sds", "0.5,1", "--iterations", "50")
    assert status == 0
    assert len(out.splitlines()) == 1
    lines = err.splitlines()
    assert lines[0].startswith("emgui-cli: after row 0: Component 1 has collapsed")
    assert lines[-1] == "emgui-cli: EM stopped at the collapse."
    status, out, err = run(capsys, "--data", str(path), "--variance", "free",
                           "--init-means", "0,11", "--init-sds", "0.5,1", "--iterations", "3")
    assert status == 0 and len(out.splitlines()) == 4
    assert err.splitlines() == ["emgui-cli: row 1: Component 1 is held at the sigma floor: "
                                "without it the component would shrink onto a single point and "
                                "the log likelihood would grow without bound."]


def test_an_emptied_component_is_said_once(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "--k", "3", "--init-means", "-1,1,1e6", "--iterations", "4")
    assert status == 0
    assert err == ("emgui-cli: row 1: Component 3 has no responsibility left on any point, "
                   "so its mean stays where it was.\n")


# --- mistakes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "pieces"),
    [
        (["--k", "0"], ["--k", "0", "between 1 and 6"]),
        (["--k", "7"], ["--k", "7", "between 1 and 6"]),
        (["--k", "two"], ["--k", "'two'", "whole number"]),
        (["--k", "2.5"], ["--k", "whole number"]),
        (["--variance", "equal"], ["--variance", "'equal'", "fixed", "shared", "free"]),
        (["--k", "3", "--init-weights", "0.5,0.3,0.3"], ["--init-weights", "sum to 1", "1.1"]),
        (["--k", "3", "--init-weights", "0.3333333,0.3333333,0.3333333"],
         ["--init-weights", "sum to 1"]),
        (["--k", "3", "--init-weights", "0,0.5,0.5"], ["--init-weights", "0", "above 0"]),
        (["--k", "3", "--init-weights", "-0.5,1,0.5"], ["--init-weights", "-0.5"]),
        (["--k", "3", "--init-weights", "0.5,0.5"], ["--init-weights", "3 values", "not 2"]),
        (["--k", "3", "--init-means", "1,2"], ["--init-means", "3 values", "not 2"]),
        (["--k", "1", "--init-means", "1,2"], ["--init-means", "one value", "not 2"]),
        (["--k", "3", "--init-means", "1,x,2"], ["--init-means", "'x'", "not a number"]),
        (["--k", "3", "--init-means", "1,,2"], ["--init-means", "''", "not a number"]),
        (["--k", "3", "--init-means", "1,nan,2"], ["--init-means", "'nan'", "finite"]),
        (["--k", "3", "--variance", "free", "--init-sds", "1,0,1"],
         ["--init-sds", "0", "greater than 0"]),
        (["--k", "3", "--variance", "free", "--init-sds", "1,-2,1"],
         ["--init-sds", "-2", "greater than 0"]),
        (["--k", "3", "--variance", "free", "--init-sds", "1,2"],
         ["--init-sds", "3 values", "not 2"]),
        (["--k", "3", "--variance", "shared", "--init-sds", "1,1,1"],
         ["--init-sds", "one value", "shared", "not 3"]),
        (["--k", "3", "--init-sds", "1"], ["--init-sds", "estimated variances"]),
        (["--sd-floor", "0.1"], ["--sd-floor", "estimated variances"]),
        (["--variance", "free", "--sd-floor", "-1"], ["--sd-floor", "-1", "0 or more"]),
        (["--variance", "free", "--sd-floor", "inf"], ["--sd-floor", "'inf'", "finite"]),
        (["--k", "3", "--init-pi", "0.3"], ["--init-pi", "two components", "--init-weights"]),
        (["--k", "4", "--init-mu1", "0", "--init-mu2", "1"], ["--init-mu1, --init-mu2", "--k 4"]),
        (["--variance", "free", "--init-pi", "0.3", "--init-weights", "0.3,0.7"],
         ["--init-pi", "--init-weights", "use one"]),
        (["--variance", "shared", "--init-mu1", "0", "--init-means", "0,1"],
         ["--init-mu1", "--init-means", "use one"]),
        (["--k"], ["--k", "expected one argument"]),
        (["--k", "3", "--n", "0"], ["--n", "0"]),
        (["--k", "3", "--data", str(GOOD / "plain.txt"), "--seed", "2"], ["--seed", "--data"]),
    ],
)
def test_mistakes_exit_2_with_one_line_naming_the_option(
        argv: list[str], pieces: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    line = fails(capsys, *argv)
    for piece in pieces:
        assert piece in line
    assert "Traceback" not in line


def test_help_names_the_new_options(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0
    for word in ("--k", "--variance", "--init-weights", "--init-means", "--init-sds",
                 "--sd-floor", "fixed,shared,free", "--k 3"):
        assert word in out


def test_a_weight_sum_within_1e_9_is_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--k", "3", "--init-weights",
                         "0.3333333333,0.3333333333,0.3333333334", "--iterations", "1")
    assert status == 0 and not math.isnan(float(out.split("loglik=")[1].split()[0]))
