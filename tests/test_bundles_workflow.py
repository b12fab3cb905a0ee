"""The bundle workflow runs the README's commands, and its Linux job is what ``.ci/run`` proves.

Why: ``.github/workflows/bundles.yml`` cannot run on the project's own (Linux-only, forge-less)
machines, so nothing would notice if it drifted from the instructions people follow, or if its
Linux job stopped checking what CI checks here. These tests read the workflow as text (a small
reader for the plain block style it is written in; no YAML library is needed) and compare each
job's run commands, line by line, with the fenced commands of the README's section for that
system.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "bundles.yml"
README = ROOT / "README.md"
CI_RUN = ROOT / ".ci" / "run"
#: Workflow job -> the README's heading for that system (under "Build the desktop app").
SYSTEMS = {"linux": "Linux", "macos": "macOS", "windows": "Windows"}


@dataclass
class Job:
    name: str
    text: str = ""
    runs: list[str] = field(default_factory=list)  # one entry per run step, lines joined by \n
    uses: list[str] = field(default_factory=list)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _jobs(text: str) -> dict[str, Job]:
    """The jobs of a workflow written in block style, with their run: and uses: steps."""
    lines = text.splitlines()
    start = lines.index("jobs:")
    jobs: dict[str, Job] = {}
    current: Job | None = None
    i = start + 1
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if _indent(line) == 0:
            break
        if _indent(line) == 2 and line.rstrip().endswith(":"):
            current = jobs.setdefault(line.strip()[:-1], Job(line.strip()[:-1]))
            continue
        assert current is not None, line
        current.text += line + "\n"
        match = re.match(r"^(\s*)(?:- )?(run|uses):\s*(.*)$", line)
        if not match:
            continue
        key_indent = len(match.group(1)) + (2 if line.lstrip().startswith("- ") else 0)
        key, value = match.group(2), match.group(3).strip()
        if key == "uses":
            current.uses.append(value)
        elif value in ("|", "|-"):
            block = []
            while i < len(lines) and (not lines[i].strip() or _indent(lines[i]) > key_indent):
                block.append(lines[i].strip())
                i += 1
            current.runs.append("\n".join(b for b in block if b))
        else:
            assert not value.startswith(("'", '"', ">")), f"write quoted runs as blocks: {line}"
            current.runs.append(value)
    return jobs


def _readme_system_lines(system: str) -> set[str]:
    """Every line of the fenced commands under '### <system>' in 'Build the desktop app'."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Build the desktop app\n", 1)[1].split("\n## ", 1)[0]
    parts = re.split(r"^### (.+)$", section, flags=re.MULTILINE)
    bodies = dict(zip(parts[1::2], parts[2::2], strict=True))
    assert system in bodies, f"README has no '### {system}' under 'Build the desktop app'"
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```$", bodies[system], flags=re.MULTILINE | re.DOTALL)
    return {line.strip() for block in blocks for line in block.splitlines() if line.strip()}


JOBS = _jobs(WORKFLOW.read_text(encoding="utf-8"))


def test_the_workflow_has_a_job_for_every_system() -> None:
    assert set(JOBS) == set(SYSTEMS)
    assert "ubuntu" in JOBS["linux"].text
    assert "runs-on: windows-" in JOBS["windows"].text
    runners = re.findall(r"runner:\s*(\S+)", JOBS["macos"].text)
    assert runners == ["macos-14", "macos-13"]  # Apple silicon, Intel
    assert "runs-on: ${{ matrix.runner }}" in JOBS["macos"].text


@pytest.mark.parametrize("job", sorted(SYSTEMS))
def test_every_run_command_is_in_the_readme_for_that_system(job: str) -> None:
    readme = _readme_system_lines(SYSTEMS[job])
    assert JOBS[job].runs, f"{job} runs nothing"
    for run in JOBS[job].runs:
        for line in run.splitlines():
            assert line in readme, f"{job}: {line!r} is not in the README's {SYSTEMS[job]} steps"


@pytest.mark.parametrize("job", sorted(SYSTEMS))
def test_every_job_checks_out_and_keeps_its_archive(job: str) -> None:
    uses = JOBS[job].uses
    assert uses[0].startswith("actions/checkout@")
    assert uses[-1].startswith("actions/upload-artifact@")
    assert "if-no-files-found: error" in JOBS[job].text
    archive = {"linux": "linux-x86_64.tar.gz", "macos": "-macos-*.zip", "windows": "-windows-*.zip"}
    assert re.search(r"path: dist/EM-Explorer-\*.*" + re.escape(archive[job]), JOBS[job].text)


def test_the_bundle_is_built_from_the_spec_and_self_tested_everywhere() -> None:
    build_sh = (ROOT / "build_spec" / "build.sh").read_text(encoding="utf-8")
    assert "build_spec/emgui.spec" in build_sh
    macos = "\n".join(JOBS["macos"].runs)
    assert "bash build_spec/build.sh" in JOBS["macos"].runs
    assert 'QT_QPA_PLATFORM=offscreen "dist/EM Explorer.app/Contents/MacOS/EM Explorer" ' \
        "--self-test" in macos
    windows = "\n".join(JOBS["windows"].runs)
    assert "pyinstaller --noconfirm --clean build_spec\\emgui.spec" in windows
    # a windowed exe: PowerShell must wait for it and read its exit code
    assert re.search(r"Start-Process .*EM Explorer\.exe.*--self-test.*-Wait -PassThru", windows)
    assert "$p.ExitCode -ne 0" in windows
    assert "shell: pwsh" in JOBS["windows"].text
    assert all("\n" not in run for run in JOBS["windows"].runs[:-1]), (
        "one command a step: pwsh fails a step on its last command's exit code only"
    )


def test_the_linux_job_is_exactly_ci_run() -> None:
    assert JOBS["linux"].runs == ["sudo bash .ci/run"]
    ci = CI_RUN.read_text(encoding="utf-8")
    lines = [line.strip() for line in ci.splitlines()]
    bundle = ci.split("bash build_spec/build.sh", 1)[1].split(".venv/bin/python -m pytest")[0]
    assert "bash build_spec/build.sh" in lines
    # the self-test offscreen (under strace: no network) and under Xvfb, then the menu entry
    assert re.search(r"QT_QPA_PLATFORM=offscreen .*strace -f -e trace=socket", bundle)
    assert bundle.count('"dist/EM Explorer/EM Explorer" --self-test') == 2
    assert "xvfb-run" in bundle and 'grep -E "AF_INET6?"' in bundle
    install = bundle.index("--install-desktop-entry")
    assert install < bundle.index("--uninstall-desktop-entry")
    assert 'XDG_DATA_HOME="$ENTRY_HOME" "dist/EM Explorer/EM Explorer" --install' in bundle
    assert "set -euo pipefail" in ci  # every line above fails the run when it fails


def test_the_readme_says_where_the_workflow_can_and_cannot_run() -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert "`.github/workflows/bundles.yml`" in text
    assert "cannot run on the project's own machines" in text
    assert "Linux only, with no forge" in text
    assert "Its Linux job is `sudo bash .ci/run`, exactly what `.ci/run` proves" in text


def test_the_reader_reads_blocks_and_one_liners() -> None:
    jobs = _jobs(
        "on: push\njobs:\n  a:\n    steps:\n      - uses: x/y@v1\n      - run: echo one\n"
        "      - name: two\n        run: |\n          echo two\n\n          echo three\n"
        "      - uses: z@v2\n  b:\n    steps:\n      - run: echo b\n"
    )
    assert jobs["a"].runs == ["echo one", "echo two\necho three"]
    assert jobs["a"].uses == ["x/y@v1", "z@v2"]
    assert jobs["b"].runs == ["echo b"]
