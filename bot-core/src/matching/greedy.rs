//! The obvious baseline, best pair first, kept to show (in the benchmark and
//! tests) how much the optimal assignment gains over it.

use super::problem::{Problem, Solution};

/// Takes allowed entries from the highest score down (ties by row, then
/// column), whenever the row is still free and the column has room. Not
/// optimal; its duals are empty.
pub fn greedy(problem: &Problem) -> Solution {
    let mut entries: Vec<(i64, usize, usize)> = Vec::with_capacity(problem.entries());
    for row in 0..problem.rows() {
        entries.extend(problem.micro_row(row).map(|(col, w)| (w, row, col)));
    }
    entries.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut assigned = vec![None; problem.rows()];
    let mut room: Vec<u32> = problem.capacities().to_vec();
    let mut total_micro = 0;
    for (w, row, col) in entries {
        if assigned[row].is_some() || room[col] == 0 {
            continue;
        }
        assigned[row] = Some(col);
        room[col] -= 1;
        total_micro += w;
    }
    Solution {
        assigned,
        total_micro,
        row_duals: Vec::new(),
        col_duals: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greedy_can_be_beaten() {
        // Row 0 grabs column 0 (score 10), leaving row 1 nothing; optimal
        // gives row 0 column 1 (9) and row 1 column 0 (8).
        let mut p = Problem::new(vec![1, 1]);
        p.add_row([(0, 10.0), (1, 9.0)]);
        p.add_row([(0, 8.0)]);
        let g = greedy(&p);
        assert!(g.is_valid(&p));
        assert_eq!(g.total(), 10.0);
        let o = crate::matching::solver::solve(&p);
        assert_eq!(o.total(), 17.0);
        assert!(o.is_certified_optimal(&p));
    }
}
