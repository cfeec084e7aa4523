//! Optimal capacity-aware assignment: maximise the total score of the chosen
//! pairs, each row (mentee) in at most one pair, each column (mentor) in at
//! most its capacity, only over the allowed entries.
//!
//! # Method
//!
//! A min-cost flow (source → mentee → mentor → sink, plus a mentee → sink
//! edge of cost 0 for "stays unmatched"; a pair costs minus its score), solved
//! by successive shortest paths with node potentials, one mentee at a time, in
//! the style of the Jonker–Volgenant shortest augmenting path method:
//!
//! * A mentor is one node with a capacity, not `capacity` identical columns:
//!   a Dijkstra search touches 500 mentors instead of 2,000 places, and a full
//!   mentor leads on to the mentees it holds (reverse edges of reduced cost 0).
//! * Rows are sparse: only allowed pairs are stored, so infeasible entries cost
//!   nothing and can never be chosen.
//! * Each search stops as soon as the sink is the closest unscanned node, and
//!   only scanned nodes' potentials change (by `d - d_sink`), which keeps every
//!   residual edge's reduced cost non-negative.
//! * Dead edges are dropped as they are met. A mentor's price (minus its
//!   potential; the sink's potential stays 0) never falls, and an edge whose
//!   score does not exceed its mentor's price can never be on a useful path:
//!   reaching its mentor through it costs at least as much as sending its row
//!   to "unmatched". Late searches, in a market where most mentors are full
//!   and expensive, get much cheaper.
//!
//! Costs are integers (millionths of a point), so the arithmetic is exact and
//! the result is the same on every machine. Ties are broken by the fixed order
//! of rows, columns and entries, so the same problem always gives the same
//! solution. The final potentials are returned as the dual certificate
//! described in [`super::problem`].

use super::problem::{Problem, Solution};

const NONE: u32 = u32::MAX;

/// How a shortest path reaches the sink.
#[derive(Debug, Clone, Copy)]
enum End {
    /// The row gives up its mentor (or, for the new row, never takes one).
    Unmatched(u32),
    /// The column has a free place.
    Free(u32),
}

/// Solves the problem optimally.
pub fn solve(problem: &Problem) -> Solution {
    let mut solver = Solver::new(problem);
    for row in 0..problem.rows() {
        // More than 4 billion rows cannot be stored anyway.
        let Ok(row) = u32::try_from(row) else { break };
        solver.insert(row);
    }
    solver.solution()
}

struct Solver<'a> {
    pb: &'a Problem,
    /// The rows' entries, a copy that shrinks as edges die: row `r` keeps
    /// `start[r]..end[r]` of `cols`/`weights`.
    start: Vec<usize>,
    end: Vec<usize>,
    cols: Vec<u32>,
    weights: Vec<i64>,
    /// Potentials of rows and columns; the sink's is 0 throughout (every
    /// search ends at the sink, so its potential never changes).
    p: Vec<i64>,
    q: Vec<i64>,
    /// Column of each row (NONE if unmatched) and its place there.
    col_of: Vec<u32>,
    place_of: Vec<u32>,
    /// Rows held by each column: `members[slot_start[c]..][..count[c]]`.
    slot_start: Vec<usize>,
    count: Vec<u32>,
    members: Vec<u32>,
    capacity: Vec<u32>,
    // Search state, reused between searches.
    dist: Vec<i64>,
    pred: Vec<u32>,
    /// Unscanned columns with a finite distance, and their distances side by
    /// side so finding the closest is one pass over contiguous memory.
    todo_cols: Vec<u32>,
    todo_dist: Vec<i64>,
    /// Each column's index in `todo_*`, or NONE.
    todo_at: Vec<u32>,
    scanned: Vec<u32>,
    visited_rows: Vec<(u32, i64)>,
}

impl<'a> Solver<'a> {
    fn new(pb: &'a Problem) -> Self {
        let (n, m) = (pb.rows(), pb.cols());
        let mut start = Vec::with_capacity(n);
        let mut end = Vec::with_capacity(n);
        let mut cols = Vec::with_capacity(pb.entries());
        let mut weights = Vec::with_capacity(pb.entries());
        for r in 0..n {
            start.push(cols.len());
            for (c, w) in pb.micro_row(r) {
                cols.push(c as u32);
                weights.push(w);
            }
            end.push(cols.len());
        }
        let capacity = pb.capacities().to_vec();
        let mut slot_start = Vec::with_capacity(m);
        let mut acc = 0usize;
        for &c in &capacity {
            slot_start.push(acc);
            acc += c as usize;
        }
        Self {
            pb,
            start,
            end,
            cols,
            weights,
            p: vec![0; n],
            q: vec![0; m],
            col_of: vec![NONE; n],
            place_of: vec![0; n],
            slot_start,
            count: vec![0; m],
            members: vec![NONE; acc],
            capacity,
            dist: vec![i64::MAX; m],
            pred: vec![NONE; m],
            todo_cols: Vec::new(),
            todo_dist: Vec::new(),
            todo_at: vec![NONE; m],
            scanned: Vec::new(),
            visited_rows: Vec::new(),
        }
    }

    /// One shortest-path search from the new row `s`, and the augmentation
    /// along the path found.
    fn insert(&mut self, s: u32) {
        // Staying unmatched costs p[s] - 0 = 0 for a new row: the sink starts
        // at distance 0. The edges out of `s` may be negative, which Dijkstra
        // allows for the source's edges.
        let mut d_sink = 0i64;
        let mut end = End::Unmatched(s);
        self.relax_row(s, 0);
        while let Some(at) = self.closest() {
            let dj = self.todo_dist[at];
            if dj >= d_sink {
                break;
            }
            let j = self.todo_cols[at];
            self.take_todo(at);
            self.scanned.push(j);
            let ju = j as usize;
            if self.count[ju] < self.capacity[ju] {
                // A column with room has potential 0: potentials never rise,
                // and the edge to the sink needs q ≥ 0. So the sink is at dj
                // through it, and nothing unscanned is closer.
                debug_assert_eq!(self.q[ju], 0);
                d_sink = dj;
                end = End::Free(j);
                break;
            }
            let first = self.slot_start[ju];
            for place in 0..self.count[ju] as usize {
                let i = self.members[first + place];
                self.visited_rows.push((i, dj));
                let alone = dj + self.p[i as usize];
                if alone < d_sink {
                    d_sink = alone;
                    end = End::Unmatched(i);
                }
                self.relax_row(i, dj);
            }
        }
        self.update_potentials(s, d_sink);
        self.augment(s, end);
        self.reset_search();
    }

    /// Relaxes the edges of row `i`, reached at distance `di`, dropping dead ones.
    fn relax_row(&mut self, i: u32, di: i64) {
        let iu = i as usize;
        let base = di + self.p[iu];
        let (from, to) = (self.start[iu], self.end[iu]);
        let mut keep = from;
        for k in from..to {
            let c = self.cols[k];
            let w = self.weights[k];
            let cu = c as usize;
            let qc = self.q[cu];
            // Dead: the column's price -q[c] is at least the score. Prices
            // never fall, so it stays dead; and the distance through it would
            // be at least `base`, where the sink already is.
            if w + qc <= 0 {
                continue;
            }
            self.cols[keep] = c;
            self.weights[keep] = w;
            keep += 1;
            let d = base - w - qc;
            if d < self.dist[cu] {
                // Scanned columns are never improved (reduced costs are
                // non-negative), so they are never put back.
                self.dist[cu] = d;
                self.pred[cu] = i;
                match self.todo_at[cu] {
                    NONE => {
                        self.todo_at[cu] = self.todo_cols.len() as u32;
                        self.todo_cols.push(c);
                        self.todo_dist.push(d);
                    }
                    at => self.todo_dist[at as usize] = d,
                }
            }
        }
        self.end[iu] = keep;
    }

    /// Index in `todo_*` of the closest column; the first in that order on ties.
    fn closest(&self) -> Option<usize> {
        let mut best: Option<(usize, i64)> = None;
        for (at, &d) in self.todo_dist.iter().enumerate() {
            if best.is_none_or(|(_, bd)| d < bd) {
                best = Some((at, d));
            }
        }
        best.map(|(at, _)| at)
    }

    fn take_todo(&mut self, at: usize) {
        let c = self.todo_cols.swap_remove(at);
        self.todo_dist.swap_remove(at);
        self.todo_at[c as usize] = NONE;
        if let Some(&moved) = self.todo_cols.get(at) {
            self.todo_at[moved as usize] = at as u32;
        }
    }

    /// Scanned nodes move by `d - d_sink` (≤ 0); the others keep theirs.
    fn update_potentials(&mut self, s: u32, d_sink: i64) {
        for &j in &self.scanned {
            self.q[j as usize] += self.dist[j as usize] - d_sink;
        }
        for &(i, d) in &self.visited_rows {
            self.p[i as usize] += d - d_sink;
        }
        self.p[s as usize] -= d_sink;
    }

    /// Shifts each row on the path one step along it, from the end back to `s`.
    fn augment(&mut self, s: u32, end: End) {
        let (mut col, mut place) = match end {
            End::Unmatched(i) if i == s => return,
            End::Unmatched(i) => {
                let iu = i as usize;
                let (c, pl) = (self.col_of[iu], self.place_of[iu]);
                self.col_of[iu] = NONE;
                (c, pl)
            }
            End::Free(c) => {
                let cu = c as usize;
                let pl = self.count[cu];
                self.count[cu] += 1;
                (c, pl)
            }
        };
        loop {
            let cu = col as usize;
            let i = self.pred[cu];
            let iu = i as usize;
            let (prev_col, prev_place) = (self.col_of[iu], self.place_of[iu]);
            self.members[self.slot_start[cu] + place as usize] = i;
            self.col_of[iu] = col;
            self.place_of[iu] = place;
            if i == s {
                return;
            }
            col = prev_col;
            place = prev_place;
        }
    }

    fn reset_search(&mut self) {
        for &j in self.todo_cols.iter().chain(self.scanned.iter()) {
            self.dist[j as usize] = i64::MAX;
            self.todo_at[j as usize] = NONE;
        }
        self.todo_cols.clear();
        self.todo_dist.clear();
        self.scanned.clear();
        self.visited_rows.clear();
    }

    fn solution(self) -> Solution {
        let assigned: Vec<Option<usize>> = self
            .col_of
            .iter()
            .map(|&c| (c != NONE).then_some(c as usize))
            .collect();
        let total_micro = assigned
            .iter()
            .enumerate()
            .filter_map(|(r, c)| self.pb.micro(r, (*c)?))
            .sum();
        // With the sink's potential 0: u = p, v = max(0, -q). Rows' p is
        // never negative (a new row's p is -d_sink ≥ 0 and r(i, sink) = p[i]
        // stays ≥ 0), and columns with room have q ≥ 0, hence v = 0 there.
        Solution {
            assigned,
            total_micro,
            row_duals: self.p,
            col_duals: self.q.iter().map(|&q| (-q).max(0)).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_of_displacements() {
        // Row 2 wants column 0 most; row 0 moves on to column 1, row 1 to
        // column 2, and everyone is better off in total.
        let mut p = Problem::new(vec![1, 1, 1]);
        p.add_row([(0, 5.0), (1, 4.0)]);
        p.add_row([(1, 5.0), (2, 4.5)]);
        p.add_row([(0, 9.0)]);
        let s = solve(&p);
        assert_eq!(s.assigned, vec![Some(1), Some(2), Some(0)]);
        assert_eq!(s.total(), 17.5);
        assert!(s.is_certified_optimal(&p));
    }

    #[test]
    fn capacity_is_shared_and_the_weakest_stays_out() {
        let mut p = Problem::new(vec![2]);
        p.add_row([(0, 3.0)]);
        p.add_row([(0, 1.0)]);
        p.add_row([(0, 2.0)]);
        let s = solve(&p);
        assert_eq!(s.assigned, vec![Some(0), None, Some(0)]);
        assert!(s.is_certified_optimal(&p));
    }

    #[test]
    fn empty_problems() {
        let p = Problem::new(vec![]);
        let s = solve(&p);
        assert!(s.assigned.is_empty() && s.is_certified_optimal(&p));
        let mut p = Problem::new(vec![]);
        p.add_row([]);
        assert_eq!(solve(&p).assigned, vec![None]);
    }
}
