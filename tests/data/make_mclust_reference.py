"""Regenerate mclust_data.txt and mclust_reference.csv: EM steps for K = 3 computed by R's mclust.

Needs R with the mclust package (Debian/Ubuntu: ``apt-get install r-base-core r-cran-mclust``);
the tests only read the two files this writes. Run from anywhere:

    python tests/data/make_mclust_reference.py

The data are drawn with :func:`emgui.core.mixture.simulate` and written with ``repr`` (so R
reads the same doubles); R then runs mclust's ``estep``/``mstep`` from the starts below for the
models "E" (one shared variance) and "V" (a variance per component), and checks that ``me``
started from the first E-step reaches the same parameters. Every number is written with 17
significant digits.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "mclust_data.txt"
REFERENCE = HERE / "mclust_reference.csv"
STEPS = 8

#: model name -> (weights, means, sigmas) of the start.
STARTS = {
    "E": ((0.3, 0.3, 0.4), (-1.0, 0.0, 1.0), (1.0, 1.0, 1.0)),
    "V": ((0.2, 0.5, 0.3), (-2.5, 0.0, 2.0), (0.5, 1.0, 1.5)),
}

R_PROGRAM = r"""
suppressPackageStartupMessages(library(mclust))
args <- commandArgs(trailingOnly = TRUE)
x <- scan(args[1], quiet = TRUE)
steps <- as.integer(args[2])
starts <- list(
  E = list(pro = c(%(E_w)s), mean = c(%(E_m)s), sd = c(%(E_s)s)),
  V = list(pro = c(%(V_w)s), mean = c(%(V_m)s), sd = c(%(V_s)s))
)
fmt <- function(v) sprintf("%%.17g", v)
cat("model,step,w1,w2,w3,mu1,mu2,mu3,sigma1,sigma2,sigma3,loglik\n")
for (name in names(starts)) {
  s <- starts[[name]]
  sigmasq <- if (name == "E") s$sd[1]^2 else s$sd^2
  par <- list(pro = s$pro, mean = s$mean,
              variance = list(modelName = name, d = 1, G = 3, sigmasq = sigmasq))
  first_z <- NULL
  for (i in 0:steps) {
    e <- estep(x, name, par)
    if (is.null(first_z)) first_z <- e$z
    sd <- rep_len(sqrt(par$variance$sigmasq), 3)
    cat(paste(c(name, i, fmt(par$pro), fmt(par$mean), fmt(sd), fmt(e$loglik)), collapse = ","),
        "\n", sep = "")
    if (i < steps) par <- mstep(x, name, z = e$z)$parameters
  }
  # me() starts with an M-step from z: steps - 1 more iterations reach the same parameters.
  fit <- me(x, name, z = first_z, control = emControl(itmax = c(steps, steps), tol = c(0, 0)))
  stopifnot(isTRUE(all.equal(as.numeric(fit$parameters$mean), as.numeric(par$mean),
                             tolerance = 1e-12)))
}
"""


def _r_list(values: tuple[float, ...]) -> str:
    return ", ".join(repr(float(v)) for v in values)


def main() -> int:
    sys.path.insert(0, str(HERE.parent.parent))
    from emgui.core import mixture

    truth = mixture.Mixture((0.3, 0.45, 0.25), (-2.0, 0.5, 3.0), (0.6, 1.0, 0.8))
    x, _ = mixture.simulate(200, truth, seed=11)
    DATA.write_text("".join(f"{float(v)!r}\n" for v in x), encoding="utf-8")
    fill = {}
    for name, (w, m, s) in STARTS.items():
        fill[f"{name}_w"], fill[f"{name}_m"], fill[f"{name}_s"] = map(_r_list, (w, m, s))
    program = R_PROGRAM % fill
    done = subprocess.run(["Rscript", "-e", program, str(DATA), str(STEPS)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        return done.returncode
    REFERENCE.write_text(done.stdout, encoding="utf-8")
    print(f"wrote {DATA.name} ({x.size} values) and {REFERENCE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
