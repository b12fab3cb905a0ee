"""CSV exports of a run: the history and the current responsibilities (Qt-free).

Why ``repr(float)``: it is the shortest text that reads back to the same double, so an exported
file reproduces the run's numbers to the bit; the history's columns are those of
``emgui-cli --csv`` so that one script can read both. Files are written atomically, so a failed
export never leaves half a file where a good one was.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import numpy as np

from emgui.core.sessionfile import atomic_write

__all__ = [
    "HISTORY_COLUMNS",
    "history_csv",
    "responsibilities_columns",
    "write_history_csv",
    "write_responsibilities_csv",
]

HISTORY_COLUMNS = ("step", "pi", "mu1", "mu2", "loglik")
#: Rows formatted per chunk when writing responsibilities (bounded memory at n = 10^7).
CHUNK = 100_000


def _is_seed_rows(rows: Sequence[Any]) -> bool:
    """Rows of the seed's model (two unit-variance components), written in the seed's columns."""
    return all(
        not hasattr(row.theta, "sds") or (row.theta.k == 2 and row.theta.sds == (1.0, 1.0))
        for row in rows
    )


def history_columns(k: int) -> tuple[str, ...]:
    """step, w1..wK, mu1..muK, sigma1..sigmaK, loglik: the general model's CSV columns."""
    ks = range(1, k + 1)
    return ("step", *(f"w{j}" for j in ks), *(f"mu{j}" for j in ks),
            *(f"sigma{j}" for j in ks), "loglik")


def _history_lines(rows: Sequence[Any], sep: str, seed: bool | None = None) -> list[str]:
    if seed is None:
        seed = _is_seed_rows(rows)
    if not seed:
        k = rows[0].theta.k if rows else 2
        lines = [sep.join(history_columns(k))]
        for row in rows:
            numbers = [repr(float(v)) for v in row.theta.as_row()]
            lines.append(sep.join([str(row.step), *numbers, repr(float(row.loglik))]))
        return lines
    lines = [sep.join(HISTORY_COLUMNS)]
    for row in rows:
        t = row.theta
        lines.append(
            sep.join((str(row.step), repr(float(t.pi)), repr(float(t.mu1)), repr(float(t.mu2)),
                      repr(float(row.loglik))))
        )
    return lines


def history_csv(rows: Sequence[Any]) -> str:
    """The history as CSV text, one row per iteration: header ``step,pi,mu1,mu2,loglik`` for
    the seed's model, ``step,w1..wK,mu1..muK,sigma1..sigmaK,loglik`` for any other."""
    return "\n".join(_history_lines(rows, ",")) + "\n"


def write_history_csv(path: str | os.PathLike[str], rows: Sequence[Any]) -> None:
    """Write :func:`history_csv` to path atomically."""
    with atomic_write(path) as handle:
        handle.write(history_csv(rows))


def responsibilities_columns(has_labels: bool) -> tuple[str, ...]:
    """point (numbered 1 to n, as the Point tab's "Point i"), x, r = P(Z = 1 | x, theta) and,
    when the data were simulated, the true component z."""
    return ("point", "x", "r", "z") if has_labels else ("point", "x", "r")


def write_responsibilities_csv(
    path: str | os.PathLike[str],
    x: np.ndarray,
    r: np.ndarray,
    z: np.ndarray | None = None,
) -> None:
    """Write one row per point: its number, x, its responsibility r and its true component.

    The number is the one the Point tab shows (1 for the first value of the data), so a row
    of the file can be found on screen and the other way round.

    ``z`` follows the simulator's coding (1 = component 1, anything else = component 2) and is
    written as 1 or 2, the model's labels.
    """
    x = np.asarray(x, dtype=np.float64).ravel()
    r = np.asarray(r, dtype=np.float64)
    if r.ndim == 2 and r.shape[0] == 2:  # two components: r = P(Z = 1 | x), as the seed's
        r = r[0]
    if r.ndim == 2:
        _write_k_responsibilities(path, x, r, z)
        return
    r = r.ravel()
    if r.shape != x.shape:
        raise ValueError("the responsibilities do not match the data in length")
    labels = None
    if z is not None:
        labels = np.where(np.asarray(z).ravel() == 1, 1, 2)
        if labels.shape != x.shape:
            raise ValueError("the true labels do not match the data in length")
    with atomic_write(path) as handle:
        handle.write(",".join(responsibilities_columns(labels is not None)) + "\n")
        for begin in range(0, x.size, CHUNK):
            xs = x[begin:begin + CHUNK].tolist()
            rs = r[begin:begin + CHUNK].tolist()
            numbers = range(begin + 1, begin + 1 + len(xs))
            if labels is None:
                text = "\n".join(
                    f"{i},{a!r},{b!r}" for i, a, b in zip(numbers, xs, rs, strict=True)
                )
            else:
                zs = labels[begin:begin + CHUNK].tolist()
                text = "\n".join(
                    f"{i},{a!r},{b!r},{c}"
                    for i, a, b, c in zip(numbers, xs, rs, zs, strict=True)
                )
            handle.write(text + "\n")


def _write_k_responsibilities(
    path: str | os.PathLike[str], x: np.ndarray, r: np.ndarray, z: np.ndarray | None
) -> None:
    """point, x, r1..rK (and z, the true component 1..K): one row per point."""
    k = r.shape[0]
    if r.shape[1] != x.size:
        raise ValueError("the responsibilities do not match the data in length")
    labels = None if z is None else np.asarray(z).ravel().astype(np.int64)
    if labels is not None and labels.shape != x.shape:
        raise ValueError("the true labels do not match the data in length")
    header = ["point", "x", *(f"r{j}" for j in range(1, k + 1))]
    if labels is not None:
        header.append("z")
    with atomic_write(path) as handle:
        handle.write(",".join(header) + "\n")
        for begin in range(0, x.size, CHUNK):
            stop = min(begin + CHUNK, x.size)
            xs = x[begin:stop].tolist()
            rs = r[:, begin:stop].T.tolist()
            lines = []
            for offset, (a, rr) in enumerate(zip(xs, rs, strict=True)):
                cells = [str(begin + offset + 1), repr(a), *(repr(v) for v in rr)]
                if labels is not None:
                    cells.append(str(int(labels[begin + offset])))
                lines.append(",".join(cells))
            handle.write("\n".join(lines) + "\n")
