"""emgui-cli: the seed's table by default, CSV, and one stderr line with status 2 for bad input."""

from __future__ import annotations

import csv
import io
import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from test_datafile import BAD, BAD_FILES, GOOD, GOOD_FILES

from emgui import __version__, cli

ROOT = Path(__file__).resolve().parent.parent
SEED_OUTPUT = (Path(__file__).parent / "data" / "seed_output.txt").read_text(encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def fails(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run expecting a usage error; return its one stderr line."""
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert "Traceback" not in err
    assert err.endswith("\n")
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("emgui-cli: error: ")
    return lines[0]


def test_no_arguments_print_the_seed_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys) == (0, SEED_OUTPUT, "")
    assert len(SEED_OUTPUT.splitlines()) == 9


def test_explicit_defaults_change_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--n", "80", "--sep", "2.4", "--true-pi", "0.45", "--seed", "531",
            "--iterations", "8", "--init-pi", "0.5", "--init-mu1", "-0.5", "--init-mu2", "0.5"]
    assert run(capsys, *argv) == (0, SEED_OUTPUT, "")


def test_python_dash_m_prints_the_seed_table() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-m", "emgui.cli"], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, SEED_OUTPUT, "")


def test_csv_output_is_full_precision(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--csv")
    assert (status, err) == (0, "")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["step", "pi", "mu1", "mu2", "loglik"]
    reference = list(csv.reader(io.StringIO(
        (Path(__file__).parent / "data" / "seed_history.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(reference) == 10
    for got, want in zip(rows[1:], reference[1:], strict=True):
        assert got[0] == want[0]
        for g, w in zip(got[1:], want[1:], strict=True):
            assert repr(float(g)) == g  # every number round-trips
            assert float(g) == pytest.approx(float(w), rel=1e-12)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"emgui-cli {__version__}\n", "")


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--help")
    assert (status, err) == (0, "")
    for word in ("usage: emgui-cli", "Gaussian mixture", "variance 1", "--data", "--column",
                 "--tol", "--csv", "examples:", "-inf"):
        assert word in out


def test_tol_stops_early(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--iterations", "1000", "--tol", "1e-4")
    assert status == 0
    lines = out.splitlines()
    assert 9 < len(lines) < 1001
    assert lines[:9] == SEED_OUTPUT.splitlines()


def test_iterations_zero_prints_the_start(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--iterations", "0")
    assert (status, out) == (0, SEED_OUTPUT.splitlines(keepends=True)[0])


def test_true_pi_may_be_zero_or_one(capsys: pytest.CaptureFixture[str]) -> None:
    for pi in ("0", "1"):
        status, out, err = run(capsys, "--true-pi", pi, "--iterations", "3")
        assert (status, err) == (0, "")
        assert "nan" not in out


def test_huge_data_print_minus_inf_not_nan(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("1e200\n-1e200\n1\n")
    status, out, err = run(capsys, "--data", str(path), "--iterations", "3")
    assert (status, err) == (0, "")
    assert "loglik=-inf" in out.splitlines()[0]
    assert "nan" not in out
    status, out, _ = run(capsys, "--data", str(path), "--iterations", "3", "--csv")
    first = out.splitlines()[1].split(",")
    assert first[-1] == "-inf" and math.isinf(float(first[-1]))
    assert "nan" not in out


# --- data files -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(GOOD_FILES))
def test_good_files(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    columns, _, _ = GOOD_FILES[name]
    path = GOOD / name
    if len(columns) == 1:
        status, out, err = run(capsys, "--data", str(path), "--iterations", "2")
        assert (status, err) == (0, "")
        assert len(out.splitlines()) == 3
    else:
        line = fails(capsys, "--data", str(path))
        assert str(path) in line and "--column" in line
        for column in (columns[-1], "1"):
            status, out, err = run(capsys, "--data", str(path), "--column", column, "--csv")
            assert (status, err) == (0, "")
            assert out.startswith("step,pi,mu1,mu2,loglik\n")


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    pieces, line_no = BAD_FILES[name]
    path = BAD / name
    line = fails(capsys, "--data", str(path))
    assert str(path) in line
    for piece in pieces:
        assert piece in line
    if line_no is not None:
        assert f"line {line_no}" in line


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "absent.csv"
    assert fails(capsys, "--data", str(path)) == f"emgui-cli: error: {path} does not exist"


def test_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = fails(capsys, "--data", str(tmp_path))
    assert line == f"emgui-cli: error: {tmp_path} is a folder, not a data file"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads a file whatever its permissions")
def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("1\n")
    path.chmod(0)
    try:
        assert "permission denied" in fails(capsys, "--data", str(path))
    finally:
        path.chmod(0o600)


def test_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "program.bin"
    path.write_bytes(bytes(range(256)) * 4)
    line = fails(capsys, "--data", str(path))
    assert str(path) in line and "binary" in line


def test_unknown_column(capsys: pytest.CaptureFixture[str]) -> None:
    line = fails(capsys, "--data", str(GOOD / "header.csv"), "--column", "z")
    assert 'no column named "z"' in line and '"x"' in line


# --- impossible options -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "pieces"),
    [
        (["--n", "0"], ["--n", "0", "between 1 and"]),
        (["--n", "-3"], ["--n", "-3"]),
        (["--n", "1000000000"], ["--n", "1000000000", "10,000,000"]),
        (["--sep", "-1"], ["--sep", "-1", "between 0 and 100"]),
        (["--seed", str(2**31)], ["--seed", str(2**31), "below 2**31"]),
        (["--n", "2.5"], ["--n", "'2.5'", "whole number"]),
        (["--true-pi", "1.5"], ["--true-pi", "1.5", "between 0 and 1"]),
        (["--true-pi", "-0.1"], ["--true-pi", "-0.1"]),
        (["--init-pi", "0"], ["--init-pi", "0", "strictly between 0 and 1"]),
        (["--init-pi", "1"], ["--init-pi", "1", "strictly"]),
        (["--init-pi", "nan"], ["--init-pi", "'nan'", "finite"]),
        (["--sep", "inf"], ["--sep", "'inf'", "finite"]),
        (["--sep", "abc"], ["--sep", "'abc'", "not a number"]),
        (["--init-mu1", "nan"], ["--init-mu1", "'nan'", "finite"]),
        (["--init-mu2", "-inf"], ["--init-mu2", "'-inf'", "finite"]),
        (["--iterations", "-1"], ["--iterations", "-1", "0 to"]),
        (["--tol", "0"], ["--tol", "0", "above 0"]),
        (["--tol", "-1e-3"], ["--tol", "-1e-3", "above 0"]),
        (["--seed", "-1"], ["--seed", "-1", "0 or more"]),
        (["--init-mu1=-inf"], ["--init-mu1", "'-inf'", "finite"]),
        (["--bogus"], ["unrecognized arguments", "--bogus"]),
        (["extra"], ["unrecognized arguments", "extra"]),
        (["--n"], ["--n", "expected one argument"]),
        (["--column", "x"], ["--column", "no --data"]),
        (["--data", str(GOOD / "plain.txt"), "--n", "5", "--seed", "1"],
         ["--n, --seed", "--data"]),
    ],
)
def test_impossible_options(argv: list[str], pieces: list[str],
                            capsys: pytest.CaptureFixture[str]) -> None:
    line = fails(capsys, *argv)
    for piece in pieces:
        assert piece in line


# --- pipes --------------------------------------------------------------------------------------


class _ClosedPipe(io.StringIO):
    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_is_quiet(monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    status = cli.main([])
    monkeypatch.undo()
    assert status == 141
    assert capsys.readouterr().err == ""


# --- no Qt needed -------------------------------------------------------------------------------


def test_the_core_imports_without_qt() -> None:
    script = textwrap.dedent(
        """
        import sys
        from importlib.abc import MetaPathFinder

        class NoQt(MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6"):
                    raise ImportError(f"{name} is blocked in this test")
                return None

        sys.meta_path.insert(0, NoQt())
        import emgui.cli, emgui.core.datafile, emgui.core.em
        x, _ = emgui.core.em.simulate(80, 2.4, 0.45, 531)
        rows = emgui.core.em.fit(x, emgui.core.em.Params(0.5, -0.5, 0.5), 8)
        print(rows[-1].format())
        assert not [m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph")]
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == SEED_OUTPUT.splitlines(keepends=True)[-1]


@pytest.mark.parametrize("value", ["-1e-3", "-.5", "-2", "-1E+1"])
def test_negative_numbers_in_scientific_form_are_values(
        value: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--init-mu1", value, "--iterations", "0")
    assert (status, err) == (0, "")
    assert f"mu1={float(value):.3f}" in out


def _cli_with_stdout(stdout_setup: str) -> subprocess.CompletedProcess[str]:
    """Run emgui-cli in a child whose standard output is set up by a shell redirection."""
    command = f'"{sys.executable}" -m emgui.cli --iterations 3 {stdout_setup}'
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(["/bin/sh", "-c", command], stderr=subprocess.PIPE, text=True,
                          cwd=ROOT, env=env, timeout=120, check=False)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_standard_output_exits_2_with_one_line() -> None:
    done = _cli_with_stdout("> /dev/full")
    assert done.returncode == 2
    assert done.stderr == ("emgui-cli: error: could not write the history to standard output "
                           "(no space left on device)\n")


def test_a_closed_standard_output_exits_2_with_one_line() -> None:
    done = _cli_with_stdout(">&-")
    assert done.returncode == 2
    assert done.stderr == "emgui-cli: error: standard output is closed, so nothing can be printed\n"


def test_a_fifo_as_data_is_refused_without_waiting(capsys, tmp_path: Path) -> None:
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    code, out, err = run(capsys, "--data", str(fifo))
    assert code == 2 and out == "" and "pipe (FIFO), not a regular file" in err


def test_values_left_out_are_said_on_stderr(capsys) -> None:
    code, out, err = run(capsys, "--data", str(ROOT / "tests/data/real/missing_values.csv"),
                         "--column", "x", "--iterations", "1")
    assert code == 0 and out.count("\n") == 2
    assert "missing" in err and "line" in err and err.count("\n") == 1
