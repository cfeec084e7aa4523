#!/usr/bin/env python3
"""Times SciPy's linear_sum_assignment on the matrix the matching bench wrote.

The bench (`cargo bench -p bot-core --bench matching`) writes the expanded
problem, mentees x mentor places, to target/matching-scores.npy: infeasible
pairs are 0, the value of staying unmatched, so maximising over this square
matrix is the same problem the Rust solver solves. Usage:

    python3 bot-core/benches/scipy_lsa.py [MATRIX.npy ...] [--runs N]

Without a matrix it times the two the bench writes: matching-scores.npy (the
generated cohort) and matching-uniform.npy (every pair allowed, uniform scores).

Needs numpy and scipy (e.g. `pip install scipy numpy` into a virtualenv).
"""
import argparse
import pathlib
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
TARGET = HERE.parent.parent / "target"
DEFAULTS = [TARGET / "matching-scores.npy", TARGET / "matching-uniform.npy"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("matrices", nargs="*", default=[str(p) for p in DEFAULTS])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    try:
        import numpy as np
        from scipy.optimize import linear_sum_assignment
    except ImportError:
        print("scipy_lsa.py: numpy and scipy are not installed; skipping")
        return 0
    status = 0
    for name in args.matrices:
        status |= time_one(pathlib.Path(name), args.runs, np, linear_sum_assignment)
    return status


def time_one(path, runs, np, linear_sum_assignment) -> int:
    if not path.exists():
        print(f"scipy_lsa.py: {path} not found; run the matching bench first")
        return 1
    scores = np.load(path)
    # Wall time as the target is stated, and CPU time, which other processes
    # on a busy machine disturb less.
    best, best_cpu = float("inf"), float("inf")
    for _ in range(max(1, runs)):
        start, start_cpu = time.perf_counter(), time.thread_time()
        rows, cols = linear_sum_assignment(scores, maximize=True)
        best_cpu = min(best_cpu, time.thread_time() - start_cpu)
        best = min(best, time.perf_counter() - start)
    chosen = scores[rows, cols]
    total = float(chosen.sum())
    print(f"[{path.stem}] {scores.shape[0]} x {scores.shape[1]}, {np.count_nonzero(scores)} non-zero entries")
    print(f"scipy linear_sum_assignment: {best * 1e3:8.2f} ms wall {best_cpu * 1e3:8.2f} ms cpu "
          f"(best of {runs})  total {total:.6f}  matched {int(np.count_nonzero(chosen))}")
    reference = path.with_suffix(".total")
    if reference.exists():
        ours = float(reference.read_text())
        diff = abs(ours - total)
        same = diff < 1e-6 * max(1.0, abs(total))
        print(f"rust solver total {ours:.6f}: {'same optimum' if same else 'DIFFERENT'} (difference {diff:.3g})")
        if not same:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
