//! Matching mentors and mentees, and forming circles. Pure: no I/O, no clock,
//! no randomness; the same input always gives the same output, whatever the
//! order people are listed in.
//!
//! * [`input`]: what matching knows about a person, the weights and the rules.
//! * [`score`](mod@score): hard exclusions and the named components of a pair's score.
//! * [`explain`](mod@explain): the facts behind a pair, for a one-line explanation.
//! * [`problem`]: the assignment problem and its solution, with an
//!   independent proof of optimality.
//! * [`solver`]: the optimal capacity-aware assignment; [`greedy`](mod@greedy) is the
//!   baseline it is measured against.
//! * [`assign`]: a cohort in, scored candidates and the optimal proposal out.
//! * [`circles`]: peer-mentoring groups by language and sought competences.

pub mod assign;
pub mod circles;
pub mod explain;
pub mod greedy;
pub mod input;
mod prepare;
pub mod problem;
pub mod score;
pub mod solver;
mod timezone;

#[cfg(test)]
mod tests;

pub use assign::{Pool, Proposal, propose};
pub use circles::{Circle, Circles, DEFAULT_CIRCLE_SIZE, form_circles, min_circle_size};
pub use explain::{Explanation, Reason, explain};
pub use greedy::greedy;
pub use input::{MatchingRules, MatchingWeights, Offer, Participant};
pub use problem::{Problem, Solution};
pub use score::{Components, Infeasible, Score, evaluate, score};
pub use solver::solve;
