//! From people to pairs: score every feasible (mentor, mentee) pair of a
//! cohort, then choose the optimal set of pairs.

use serde::Serialize;

use super::greedy::greedy;
use super::input::{MatchingRules, MatchingWeights, Participant};
use super::prepare::Cohort;
use super::problem::{Problem, Solution};
use super::score::{Score, assess};
use super::solver::solve;
use crate::model::PersonId;

/// A cohort ready to match: mentees are the people who seek something,
/// mentors those who may take a mentee now. Build it once, then ask for
/// candidates, a proposal, or suggestions.
#[derive(Debug)]
pub struct Pool {
    cohort: Cohort,
    weights: MatchingWeights,
    rules: MatchingRules,
    /// Indices into `cohort.people`, ascending by id: the rows and columns of `problem`.
    mentees: Vec<usize>,
    mentors: Vec<usize>,
    problem: Problem,
}

/// The chosen pairs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Proposal {
    /// Sorted by mentee id.
    pub pairs: Vec<Score>,
    /// Sum of the pairs' scores.
    pub total: f64,
    /// Mentees left without a mentor (no feasible mentor, or mentors' capacity
    /// went to where it scored more), ascending.
    pub unmatched: Vec<PersonId>,
}

impl Pool {
    pub fn new(
        participants: &[Participant],
        weights: &MatchingWeights,
        rules: &MatchingRules,
    ) -> Self {
        let cohort = Cohort::new(participants);
        let weights = weights.sanitised();
        let mentees: Vec<usize> = (0..cohort.people.len())
            .filter(|&i| !cohort.people[i].seeks.is_empty())
            .collect();
        let mentors: Vec<usize> = (0..cohort.people.len())
            .filter(|&i| cohort.people[i].can_mentor())
            .collect();
        let mut problem =
            Problem::new(mentors.iter().map(|&i| cohort.people[i].capacity).collect());

        // Only mentors who offer something the mentee seeks can be feasible,
        // so each mentee looks only at those (an inverted index by competence)
        // instead of at every mentor.
        let mut offered_by: Vec<Vec<usize>> = Vec::new();
        for (col, &i) in mentors.iter().enumerate() {
            for &(competence, _) in &cohort.people[i].offers {
                let c = competence as usize;
                if offered_by.len() <= c {
                    offered_by.resize_with(c + 1, Vec::new);
                }
                offered_by[c].push(col);
            }
        }
        let mut seen = vec![usize::MAX; mentors.len()];
        let mut cols = Vec::new();
        for (row, &e) in mentees.iter().enumerate() {
            let mentee = &cohort.people[e];
            cols.clear();
            for &competence in &mentee.seeks {
                for &col in offered_by
                    .get(competence as usize)
                    .map_or(&[][..], Vec::as_slice)
                {
                    if seen[col] != row {
                        seen[col] = row;
                        cols.push(col);
                    }
                }
            }
            cols.sort_unstable();
            let entries = cols.iter().filter_map(|&col| {
                let mentor = &cohort.people[mentors[col]];
                let facts = assess(mentor, mentee, &weights, rules).ok()?;
                Some((col, facts.total()))
            });
            problem.add_row(entries);
        }
        Self {
            cohort,
            weights,
            rules: rules.clone(),
            mentees,
            mentors,
            problem,
        }
    }

    /// Mentee ids, the problem's rows.
    pub fn mentee_ids(&self) -> Vec<PersonId> {
        self.mentees
            .iter()
            .map(|&i| self.cohort.people[i].id)
            .collect()
    }

    /// Mentor ids, the problem's columns.
    pub fn mentor_ids(&self) -> Vec<PersonId> {
        self.mentors
            .iter()
            .map(|&i| self.cohort.people[i].id)
            .collect()
    }

    /// The assignment problem: rows are mentees, columns mentors with their
    /// capacities, entries the feasible pairs with a positive score.
    pub fn problem(&self) -> &Problem {
        &self.problem
    }

    /// The optimal proposal.
    pub fn propose(&self) -> Proposal {
        self.proposal(&solve(&self.problem))
    }

    /// Best pair first; not optimal, for comparison.
    pub fn propose_greedy(&self) -> Proposal {
        self.proposal(&greedy(&self.problem))
    }

    /// The pairs of a solution of [`Pool::problem`].
    pub fn proposal(&self, solution: &Solution) -> Proposal {
        let mut pairs = Vec::new();
        let mut unmatched = Vec::new();
        for (row, &e) in self.mentees.iter().enumerate() {
            let chosen = solution.assigned.get(row).copied().flatten();
            match chosen.and_then(|col| self.score(*self.mentors.get(col)?, e)) {
                Some(score) => pairs.push(score),
                None => unmatched.push(self.cohort.people[e].id),
            }
        }
        Proposal {
            total: pairs.iter().map(|s| s.total).sum(),
            pairs,
            unmatched,
        }
    }

    /// Every feasible pair with a positive score, by mentee then mentor id:
    /// everything needed to check a proposal's optimality independently.
    pub fn candidates(&self) -> Vec<Score> {
        (0..self.mentees.len())
            .flat_map(|row| {
                let e = self.mentees[row];
                self.problem
                    .micro_row(row)
                    .filter_map(move |(col, _)| self.score(self.mentors[col], e))
            })
            .collect()
    }

    /// The best mentors for one mentee, best first (ties by mentor id), at most `limit`.
    pub fn suggestions(&self, mentee: PersonId, limit: usize) -> Vec<Score> {
        let Some(row) = self
            .mentees
            .iter()
            .position(|&e| self.cohort.people[e].id == mentee)
        else {
            return Vec::new();
        };
        let e = self.mentees[row];
        let mut found: Vec<Score> = self
            .problem
            .micro_row(row)
            .filter_map(|(col, _)| self.score(self.mentors[col], e))
            .collect();
        found.sort_by(|a, b| b.total.total_cmp(&a.total).then(a.mentor.cmp(&b.mentor)));
        found.truncate(limit);
        found
    }

    fn score(&self, m: usize, e: usize) -> Option<Score> {
        let (m, e) = (self.cohort.people.get(m)?, self.cohort.people.get(e)?);
        let facts = assess(m, e, &self.weights, &self.rules).ok()?;
        Some(self.cohort.score_of(m, e, facts))
    }
}

/// The optimal proposal for a cohort in one call.
pub fn propose(
    participants: &[Participant],
    weights: &MatchingWeights,
    rules: &MatchingRules,
) -> Proposal {
    Pool::new(participants, weights, rules).propose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::input::Offer;

    fn person(
        id: PersonId,
        langs: &[&str],
        offers: &[&str],
        seeks: &[&str],
        capacity: u32,
    ) -> Participant {
        Participant {
            id,
            languages: langs.iter().map(|s| s.to_string()).collect(),
            offers: offers.iter().map(|s| Offer::new(*s, Some(3))).collect(),
            seeks: seeks.iter().map(|s| s.to_string()).collect(),
            capacity,
            approved_mentor: capacity > 0,
            ..Participant::default()
        }
    }

    #[test]
    fn a_small_cohort_is_matched_optimally_and_explained() {
        let people = vec![
            person(1, &["en"], &["rust", "go"], &[], 1),
            person(2, &["en", "fr"], &["rust"], &[], 1),
            person(10, &["en"], &[], &["rust", "go"], 0),
            person(11, &["fr"], &[], &["rust"], 0),
            person(12, &["de"], &[], &["rust"], 0),
        ];
        let pool = Pool::new(
            &people,
            &MatchingWeights::default(),
            &MatchingRules::default(),
        );
        assert_eq!(pool.mentee_ids(), vec![10, 11, 12]);
        assert_eq!(pool.mentor_ids(), vec![1, 2]);
        let p = pool.propose();
        let pairs: Vec<_> = p.pairs.iter().map(|s| (s.mentor, s.mentee)).collect();
        assert_eq!(pairs, vec![(1, 10), (2, 11)]);
        assert_eq!(p.unmatched, vec![12]);
        assert!((p.total - p.pairs.iter().map(|s| s.total).sum::<f64>()).abs() < 1e-9);
        assert_eq!(pool.candidates().len(), 3);
        let best = pool.suggestions(10, 5);
        assert_eq!(
            best.iter().map(|s| s.mentor).collect::<Vec<_>>(),
            vec![1, 2]
        );
        assert!(pool.suggestions(12, 5).is_empty());
        assert!(pool.suggestions(999, 5).is_empty());
    }

    #[test]
    fn input_order_does_not_matter() {
        let mut people = vec![
            person(3, &["en"], &["a"], &[], 1),
            person(4, &["en"], &["a"], &[], 1),
            person(7, &["en"], &[], &["a"], 0),
            person(5, &["en"], &[], &["a"], 0),
            person(6, &["en"], &[], &["a"], 0),
        ];
        let w = MatchingWeights::default();
        let r = MatchingRules::default();
        let first = propose(&people, &w, &r);
        people.reverse();
        assert_eq!(propose(&people, &w, &r), first);
        assert_eq!(first.pairs.len(), 2);
    }
}
