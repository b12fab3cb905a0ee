"""``python -m emgui.checks.guide_pictures [--out docs/guide] [--only NAME ...]``: every picture
of the teacher's guide (``docs/teachers-guide.md``), taken from the real window.

Each picture is one run of ``emgui --screenshot FILE --preset KEY ...`` (see
:mod:`emgui.checks.shots`) in a fresh process, at 1280x800, named by the lesson step it
illustrates. When Xvfb is installed the runs share a private X server started here (the app's
pixels are then read back from a real screen, as on a classroom computer); without it they run
offscreen and the window is rendered. Nothing of the user's is read or written: each run gets
an empty settings folder. Prints one line per picture; exits 1 if any picture failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from emgui.checks.shots import END, UNCERTAIN, Shot

__all__ = ["PICTURES", "Picture", "command", "main"]

#: A picture's run may take this long (the slowest preset steps 118 times).
RUN_TIMEOUT_S = 300


@dataclass(frozen=True)
class Picture:
    """One picture of the guide: its file name (without .png), the shot, and what it shows."""

    name: str
    shot: Shot
    shows: str


PICTURES: tuple[Picture, ...] = (
    Picture("01-load-reference", Shot("reference", steps=0, tab="Presets"),
            "the Presets tab with the seed's reference run loaded, before any step"),
    Picture("02-reference-eight-steps", Shot("reference", steps=8),
            "the reference run after 8 steps: the notes' printout in the history table"),
    Picture("03-one-point-e-step", Shot("reference", steps=8, tab="Point", point=UNCERTAIN),
            "the Point tab on the most uncertain point: one E-step with its numbers"),
    Picture("04-m-step", Shot("reference", steps=8, tab="M-step"),
            "the M-step tab: the sums behind the next π, μ₁, μ₂"),
    Picture("05-converged-truth", Shot("reference", steps=END, tab="Truth"),
            "the reference run converged, beside the truth"),
    Picture("06-well-separated", Shot("well-separated", steps=END, tab="Truth"),
            "well-separated groups: responsibilities near 0 or 1"),
    Picture("07-reduced-separation", Shot("reduced-separation", steps=END, tab="Truth"),
            "overlapping groups: soft responsibilities and a long, slow run"),
    Picture("08-new-seed", Shot("new-seed", steps=END, tab="Truth"),
            "the same truth, another sample: another fit"),
    Picture("09a-symmetric-start", Shot("symmetric-start", steps=END),
            "μ₁ = μ₂ at the start: the means never separate"),
    Picture("09b-swapped-start", Shot("swapped-start", steps=END),
            "μ₁ > μ₂ at the start: the same fit with the labels exchanged"),
    Picture("09c-far-start", Shot("far-start", steps=8),
            "a start far from the data after 8 steps: π near 1, log L standing still"),
    Picture("10a-three-found", Shot("three-found", steps=END),
            "three components from a good start: all three groups found"),
    Picture("10b-three-merged", Shot("three-merged", steps=END),
            "the same data from a poor start: a worse fit EM cannot leave"),
    Picture("11-collapse", Shot("collapse", steps=END),
            "free σ with the floor off: a component collapses onto one point"),
    Picture("12-faithful-shared", Shot("faithful-shared", steps=END, tab="M-step"),
            "a shared σ fitted to geyser-like eruption lengths, and the M-step that pools it"),
)


def command(picture: Picture, out: Path) -> list[str]:
    """The command line that takes this picture into the folder out."""
    target = out / f"{picture.name}.png"
    return [sys.executable, "-m", "emgui", "--screenshot", str(target), *picture.shot.arguments()]


@contextmanager
def _private_display(width: int, height: int) -> Iterator[str | None]:
    """A private Xvfb of at least this size; yields its DISPLAY, or None without Xvfb."""
    server = shutil.which("Xvfb")
    if server is None:
        yield None
        return
    read, write = os.pipe()
    proc = subprocess.Popen(
        [server, "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError(f"Xvfb did not start (exit status {proc.poll()})")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _environment(display: str | None, settings: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(XDG_CONFIG_HOME=str(settings), HOME=str(settings))
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.pop("DISPLAY", None)
    else:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    return env


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m emgui.checks.guide_pictures",
        description="Take every picture of the teacher's guide from the real window.",
    )
    parser.add_argument("--out", default="docs/guide", type=Path,
                        help="the folder for the PNG files (default: docs/guide)")
    parser.add_argument("--only", nargs="+", metavar="NAME", default=None,
                        help="take only these pictures (names without .png)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    names = [p.name for p in PICTURES]
    unknown = [name for name in args.only or () if name not in names]
    if unknown:
        print(f"guide_pictures: no picture named {', '.join(unknown)}; the pictures are "
              f"{', '.join(names)}", file=sys.stderr)
        return 2
    chosen = [p for p in PICTURES if args.only is None or p.name in args.only]
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    width = max(p.shot.size[0] for p in chosen)
    height = max(p.shot.size[1] for p in chosen)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="emgui-guide-") as settings, \
            _private_display(width, height) as display:
        where = f"on a private X server ({display})" if display else "offscreen (no Xvfb)"
        print(f"taking {len(chosen)} pictures {where} into {out}", flush=True)
        env = _environment(display, Path(settings))
        for picture in chosen:
            try:
                done = subprocess.run(command(picture, out), env=env, capture_output=True,
                                      text=True, timeout=RUN_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                print(f"{picture.name}: no picture within {RUN_TIMEOUT_S} s", file=sys.stderr)
                failed += 1
                continue
            if done.returncode != 0:
                reason = (done.stderr.strip().splitlines() or ["no message"])[-1]
                print(f"{picture.name}: failed (status {done.returncode}): {reason}",
                      file=sys.stderr)
                failed += 1
                continue
            size = (out / f"{picture.name}.png").stat().st_size
            print(f"{picture.name}.png ({size // 1024} KiB): {picture.shows}", flush=True)
    if args.only is None:
        extra = sorted(p.name for p in out.glob("*.png") if p.stem not in names)
        if extra:
            print(f"not pictures of the guide (left as they are): {', '.join(extra)}")
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
