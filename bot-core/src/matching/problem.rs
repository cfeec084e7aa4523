//! The assignment problem in the form the solver takes (rows, columns with
//! capacities, sparse allowed entries with integer scores) and its solution,
//! with an independent check of a solution's optimality.
//!
//! # Certificate
//!
//! A solution carries values of the linear programme's dual: `u[row] ≥ 0`,
//! `v[col] ≥ 0` with `u + v ≥ score` for every allowed pair. By weak duality
//! no assignment can score more than `Σ u + Σ capacity × v`; when that equals
//! the solution's total, the solution is optimal. [`Solution::is_certified_optimal`]
//! checks exactly this, in integers, so it proves optimality on any size of
//! problem without trusting the solver.

use super::score::MICRO;

/// Scores above this (in points) are taken as this, so that sums of a million
/// rows still fit in an `i64` of millionths.
const MAX_POINTS: f64 = 1.0e6;

/// An assignment problem: rows with their allowed columns and scores.
#[derive(Debug, Clone)]
pub struct Problem {
    capacities: Vec<u32>,
    /// Compressed rows: row `r`'s entries are `starts[r]..starts[r + 1]`.
    starts: Vec<usize>,
    cols: Vec<u32>,
    /// Scores in millionths of a point, always positive.
    weights: Vec<i64>,
}

impl Default for Problem {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

impl Problem {
    /// A problem with these column capacities and no rows yet.
    pub fn new(capacities: Vec<u32>) -> Self {
        Self {
            capacities,
            starts: vec![0],
            cols: Vec::new(),
            weights: Vec::new(),
        }
    }

    /// Adds a row with its allowed `(column, score)` entries, in any order.
    ///
    /// Entries that could never be worth choosing are left out: a score that
    /// is not positive (leaving the row unmatched is worth 0, and no one is
    /// forced into a bad pair), not finite, a column out of range or with no
    /// capacity. Of duplicate columns the higher score counts. Returns the
    /// row's index.
    pub fn add_row(&mut self, entries: impl IntoIterator<Item = (usize, f64)>) -> usize {
        let mut row: Vec<(u32, i64)> = entries
            .into_iter()
            .filter_map(|(col, points)| {
                let cap = *self.capacities.get(col)?;
                let micro = to_micro(points)?;
                (cap > 0).then_some((u32::try_from(col).ok()?, micro))
            })
            .collect();
        row.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        row.dedup_by_key(|e| e.0);
        self.cols.extend(row.iter().map(|e| e.0));
        self.weights.extend(row.iter().map(|e| e.1));
        self.starts.push(self.cols.len());
        self.rows() - 1
    }

    pub fn rows(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn cols(&self) -> usize {
        self.capacities.len()
    }

    pub fn capacities(&self) -> &[u32] {
        &self.capacities
    }

    /// Allowed entries of a row, sorted by column, with their scores in points.
    pub fn row(&self, row: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let range = self.range(row);
        self.cols[range.clone()]
            .iter()
            .zip(&self.weights[range])
            .map(|(&c, &w)| (c as usize, w as f64 / MICRO))
    }

    /// Number of allowed entries.
    pub fn entries(&self) -> usize {
        self.cols.len()
    }

    /// Allowed entries of a row with their scores in millionths.
    pub(crate) fn micro_row(&self, row: usize) -> impl Iterator<Item = (usize, i64)> + '_ {
        let range = self.range(row);
        self.cols[range.clone()]
            .iter()
            .zip(&self.weights[range])
            .map(|(&c, &w)| (c as usize, w))
    }

    /// The score of an allowed entry, in millionths.
    pub(crate) fn micro(&self, row: usize, col: usize) -> Option<i64> {
        let range = self.range(row);
        let cols = &self.cols[range.clone()];
        let at = cols.binary_search(&u32::try_from(col).ok()?).ok()?;
        self.weights[range].get(at).copied()
    }

    fn range(&self, row: usize) -> std::ops::Range<usize> {
        match (self.starts.get(row), self.starts.get(row + 1)) {
            (Some(&a), Some(&b)) => a..b,
            _ => 0..0,
        }
    }
}

fn to_micro(points: f64) -> Option<i64> {
    if !points.is_finite() {
        return None;
    }
    // The cast saturates; the clamp keeps sums far from overflow.
    let micro = (points.min(MAX_POINTS) * MICRO).round() as i64;
    (micro > 0).then_some(micro)
}

/// An assignment; from [`super::solve`], with the dual values that prove it
/// optimal (the greedy baseline leaves them empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    /// The column chosen for each row, if any.
    pub assigned: Vec<Option<usize>>,
    /// Total score in millionths of a point (exact).
    pub total_micro: i64,
    /// Dual values in millionths, one per row and one per column (see the
    /// module documentation).
    pub row_duals: Vec<i64>,
    pub col_duals: Vec<i64>,
}

impl Solution {
    /// Total score in points.
    pub fn total(&self) -> f64 {
        self.total_micro as f64 / MICRO
    }

    /// Checks, independently of how the solution was found, that it is a valid
    /// assignment of `problem` and that the duals prove it optimal.
    pub fn is_certified_optimal(&self, problem: &Problem) -> bool {
        self.is_valid(problem) && self.duals_prove_optimal(problem)
    }

    /// Only allowed entries, capacities respected, total as claimed.
    pub fn is_valid(&self, problem: &Problem) -> bool {
        if self.assigned.len() != problem.rows() {
            return false;
        }
        let mut load = vec![0u32; problem.cols()];
        let mut total = 0i64;
        for (row, col) in self.assigned.iter().enumerate() {
            let Some(col) = *col else { continue };
            let Some(w) = problem.micro(row, col) else {
                return false;
            };
            total += w;
            let Some(l) = load.get_mut(col) else {
                return false;
            };
            *l += 1;
        }
        let within = load.iter().zip(problem.capacities()).all(|(l, c)| l <= c);
        within && total == self.total_micro
    }

    fn duals_prove_optimal(&self, problem: &Problem) -> bool {
        let (u, v) = (&self.row_duals, &self.col_duals);
        if u.len() != problem.rows() || v.len() != problem.cols() {
            return false;
        }
        if u.iter().chain(v.iter()).any(|&x| x < 0) {
            return false;
        }
        // Saturating: duals handed in from elsewhere must not crash the check.
        let covered = (0..problem.rows()).all(|r| {
            problem
                .micro_row(r)
                .all(|(c, w)| u[r].saturating_add(v[c]) >= w)
        });
        let bound = u
            .iter()
            .chain(v.iter())
            .zip(
                std::iter::repeat_n(1, u.len())
                    .chain(problem.capacities().iter().map(|&c| i64::from(c))),
            )
            .fold(0i64, |acc, (&x, times)| {
                acc.saturating_add(x.saturating_mul(times))
            });
        covered && bound == self.total_micro
    }
}
