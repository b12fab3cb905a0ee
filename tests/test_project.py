"""The project's own promises: the README's commands are the ones CI runs, lint is clean,
and the numerical core never imports Qt."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```(?:sh|bash)\n(.+?)\n```", text, flags=re.MULTILINE | re.DOTALL)


def test_ci_runs_the_readmes_test_command() -> None:
    commands = _readme_commands()
    test_command = next(c for c in commands if "pytest" in c)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # CI may quieten pip; otherwise the line is the README's, verbatim.
    assert test_command.replace("pip install ", "pip install -q ") in ci


def test_readme_launch_command_starts_the_app() -> None:
    launch = _readme_commands()[0]
    assert launch.rstrip().endswith("emgui")


def test_ruff_is_clean() -> None:
    ruff = str(Path(sys.prefix) / "bin" / "ruff")
    if not Path(ruff).exists():
        ruff = shutil.which("ruff") or pytest.skip("ruff is not installed")
    done = subprocess.run([ruff, "check", str(ROOT)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_import_contract_keeps_qt_out_of_the_core() -> None:
    lint = Path(sys.prefix) / "bin" / "lint-imports"
    if not lint.exists():
        pytest.skip("import-linter is not installed")
    done = subprocess.run([str(lint)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
