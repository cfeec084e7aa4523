//! Property tests across the module: optimality against brute force, the
//! optimality certificate on larger problems, every hard constraint on random
//! cohorts, determinism, and the circles' invariants.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::*;
use crate::model::CareerStage;

/// The best total (in millionths) by trying every assignment.
fn brute_force(problem: &Problem) -> i64 {
    fn go(problem: &Problem, row: usize, room: &mut [u32]) -> i64 {
        if row == problem.rows() {
            return 0;
        }
        let mut best = go(problem, row + 1, room);
        let entries: Vec<(usize, i64)> = problem.micro_row(row).collect();
        for (col, w) in entries {
            if room[col] > 0 {
                room[col] -= 1;
                best = best.max(w + go(problem, row + 1, room));
                room[col] += 1;
            }
        }
        best
    }
    let mut room = problem.capacities().to_vec();
    go(problem, 0, &mut room)
}

/// A problem from a dense description: `None` is an infeasible entry.
fn problem_from(caps: &[u32], rows: &[Vec<Option<f64>>]) -> Problem {
    let mut p = Problem::new(caps.to_vec());
    for row in rows {
        p.add_row(row.iter().enumerate().filter_map(|(c, s)| Some((c, (*s)?))));
    }
    p
}

/// Scores from a small set so that ties are common, plus some negative and
/// zero ones (never worth choosing) and arbitrary fractions.
fn entry() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        3 => Just(None),
        4 => (0u32..6).prop_map(|k| Some(f64::from(k) * 2.5)),
        2 => (-5.0f64..30.0).prop_map(Some),
    ]
}

fn small_problem() -> impl Strategy<Value = (Vec<u32>, Vec<Vec<Option<f64>>>)> {
    (1usize..=4, 0usize..=6).prop_flat_map(|(cols, rows)| {
        (
            prop::collection::vec(0u32..=3, cols),
            prop::collection::vec(prop::collection::vec(entry(), cols), rows),
        )
    })
}

fn medium_problem() -> impl Strategy<Value = (Vec<u32>, Vec<Vec<Option<f64>>>)> {
    (1usize..=25, 0usize..=80).prop_flat_map(|(cols, rows)| {
        (
            prop::collection::vec(0u32..=5, cols),
            prop::collection::vec(prop::collection::vec(entry(), cols), rows),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn solver_matches_brute_force((caps, rows) in small_problem()) {
        let p = problem_from(&caps, &rows);
        let s = solve(&p);
        prop_assert!(s.is_valid(&p));
        prop_assert_eq!(s.total_micro, brute_force(&p));
        prop_assert!(s.is_certified_optimal(&p));
        let g = greedy(&p);
        prop_assert!(g.is_valid(&p));
        prop_assert!(g.total_micro <= s.total_micro);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn solver_is_certified_on_larger_problems((caps, rows) in medium_problem()) {
        let p = problem_from(&caps, &rows);
        let s = solve(&p);
        prop_assert!(s.is_certified_optimal(&p));
        prop_assert!(greedy(&p).total_micro <= s.total_micro);
        prop_assert_eq!(solve(&p), s);
    }
}

#[test]
fn certificate_rejects_a_suboptimal_or_invalid_solution() {
    let mut p = Problem::new(vec![1, 1]);
    p.add_row([(0, 10.0), (1, 9.0)]);
    p.add_row([(0, 8.0)]);
    let s = solve(&p);
    assert!(s.is_certified_optimal(&p));
    let g = greedy(&p);
    assert!(!g.is_certified_optimal(&p));
    let mut forged = s.clone();
    forged.assigned = vec![Some(0), Some(0)];
    assert!(!forged.is_valid(&p));
    let mut claimed = s.clone();
    claimed.row_duals[0] -= 1;
    assert!(!claimed.is_certified_optimal(&p));
}

#[test]
fn infeasible_and_worthless_entries_are_never_chosen() {
    let mut p = Problem::new(vec![2, 0, 1]);
    p.add_row([(0, 0.0), (1, 50.0), (2, -1.0), (9, 99.0), (0, f64::NAN)]);
    p.add_row([(2, f64::INFINITY)]);
    p.add_row([(0, 1e-9)]);
    assert_eq!(p.entries(), 0);
    let s = solve(&p);
    assert_eq!(s.assigned, vec![None, None, None]);
    assert_eq!(s.total_micro, 0);
    assert!(s.is_certified_optimal(&p));
}

#[test]
fn duplicate_entries_keep_the_higher_score() {
    let mut p = Problem::new(vec![1]);
    p.add_row([(0, 1.0), (0, 3.0), (0, 2.0)]);
    assert_eq!(p.row(0).collect::<Vec<_>>(), vec![(0, 3.0)]);
}

// ---- Cohorts ------------------------------------------------------------

const LANGUAGES: [&str; 6] = ["en", "en", "en", "fr", "es", "sw"];
const COUNTRIES: [&str; 5] = ["DE", "KE", "BR", "IN", "FR"];
const ORGS: [&str; 4] = ["acme", "beta", "gamma", "delta"];
const ZONES: [&str; 5] = [
    "Europe/Berlin",
    "Africa/Nairobi",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Unknown/Zone",
];

fn pick<'a, R: Rng>(rng: &mut R, from: &[&'a str]) -> &'a str {
    from[rng.random_range(0..from.len())]
}

/// A random cohort where many pairs are infeasible for every possible reason.
fn cohort(seed: u64, n: usize) -> Vec<Participant> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let competences: Vec<String> = (0..8).map(|i| format!("c{i}")).collect();
    (0..n)
        .map(|k| {
            let id = i64::try_from(k).unwrap() * 3 + 7;
            let mut langs: Vec<String> = vec![pick(&mut rng, &LANGUAGES).into()];
            if rng.random_bool(0.3) {
                langs.push(pick(&mut rng, &LANGUAGES).into());
            }
            let offers: Vec<Offer> = (0..rng.random_range(0..3))
                .map(|_| {
                    let c = &competences[rng.random_range(0..competences.len())];
                    Offer::new(
                        c.clone(),
                        rng.random_bool(0.7).then(|| rng.random_range(0..30)),
                    )
                })
                .collect();
            let seeks: Vec<String> = (0..rng.random_range(0..3))
                .map(|_| competences[rng.random_range(0..competences.len())].clone())
                .collect();
            let excluded: Vec<i64> = (0..rng.random_range(0..2))
                .map(|_| i64::try_from(rng.random_range(0..n)).unwrap() * 3 + 7)
                .collect();
            Participant {
                id,
                country: rng
                    .random_bool(0.9)
                    .then(|| pick(&mut rng, &COUNTRIES).into()),
                organisation: rng.random_bool(0.8).then(|| pick(&mut rng, &ORGS).into()),
                sector: rng
                    .random_bool(0.7)
                    .then(|| pick(&mut rng, &["health", "software"]).into()),
                career_stage: rng
                    .random_bool(0.8)
                    .then(|| CareerStage::ALL[rng.random_range(0..5)]),
                languages: langs,
                timezone: rng.random_bool(0.9).then(|| pick(&mut rng, &ZONES).into()),
                availability_hours: rng.random_bool(0.8).then(|| rng.random_range(0..10)),
                offers,
                seeks,
                capacity: rng.random_range(0..4),
                approved_mentor: rng.random_bool(0.8),
                excluded,
            }
        })
        .collect()
}

fn check_proposal(
    people: &[Participant],
    proposal: &Proposal,
    w: &MatchingWeights,
    r: &MatchingRules,
) {
    let by_id: BTreeMap<i64, &Participant> = people.iter().map(|p| (p.id, p)).collect();
    let mut load: BTreeMap<i64, u32> = BTreeMap::new();
    let mut mentees = BTreeSet::new();
    for s in &proposal.pairs {
        let (m, e) = (by_id[&s.mentor], by_id[&s.mentee]);
        // Every hard exclusion, checked directly on the input.
        assert_ne!(m.id, e.id);
        assert!(m.approved_mentor && m.capacity > 0);
        assert!(!m.excluded.contains(&e.id) && !e.excluded.contains(&m.id));
        if r.exclude_same_organisation {
            let norm = |o: &Option<String>| o.as_ref().map(|s| s.trim().to_lowercase());
            assert!(m.organisation.is_none() || norm(&m.organisation) != norm(&e.organisation));
        }
        assert!(m.languages.iter().any(|l| e.languages.contains(l)));
        assert!(m.offers.iter().any(|o| e.seeks.contains(&o.competence)));
        assert!(s.total > 0.0);
        assert_eq!(evaluate(m, e, w, r).as_ref(), Ok(s));
        *load.entry(m.id).or_default() += 1;
        assert!(mentees.insert(e.id), "mentee {} paired twice", e.id);
    }
    for (id, n) in load {
        assert!(n <= by_id[&id].capacity, "mentor {id} over capacity");
    }
    for id in &proposal.unmatched {
        assert!(!mentees.contains(id));
    }
    let seekers = people.iter().filter(|p| !p.seeks.is_empty()).count();
    assert_eq!(mentees.len() + proposal.unmatched.len(), seekers);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn every_constraint_holds_on_random_cohorts(seed in any::<u64>(), n in 1usize..250, same_org in any::<bool>()) {
        let people = cohort(seed, n);
        let w = MatchingWeights::default();
        let r = MatchingRules { exclude_same_organisation: same_org };
        let pool = Pool::new(&people, &w, &r);
        let solution = solve(pool.problem());
        prop_assert!(solution.is_certified_optimal(pool.problem()));
        let proposal = pool.proposal(&solution);
        check_proposal(&people, &proposal, &w, &r);
        prop_assert!(pool.propose_greedy().total <= proposal.total + 1e-6);
        // Candidates are exactly the feasible pairs with a positive score.
        let feasible = people.iter().filter(|e| !e.seeks.is_empty()).flat_map(|e| {
            people.iter().filter(move |m| m.can_mentor()).filter_map(|m| score(m, e, &w, &r))
        }).filter(|s| s.total > 0.0).count();
        prop_assert_eq!(pool.candidates().len(), feasible);
    }

    #[test]
    fn results_do_not_depend_on_input_order(seed in any::<u64>(), n in 1usize..120) {
        let people = cohort(seed, n);
        let mut shuffled = people.clone();
        shuffled.shuffle(&mut ChaCha8Rng::seed_from_u64(seed ^ 0x5eed));
        let (w, r) = (MatchingWeights::default(), MatchingRules::default());
        prop_assert_eq!(propose(&people, &w, &r), propose(&shuffled, &w, &r));
        prop_assert_eq!(form_circles(&people, 4), form_circles(&shuffled, 4));
    }

    #[test]
    fn circles_keep_their_invariants(seed in any::<u64>(), n in 0usize..150, size in 2usize..9) {
        let people = cohort(seed, n);
        let circles = form_circles(&people, size);
        check_circles(&people, &circles, size);
    }
}

#[test]
fn a_large_cohort_keeps_every_constraint() {
    let people = cohort(42, 1500);
    let (w, r) = (MatchingWeights::default(), MatchingRules::default());
    let pool = Pool::new(&people, &w, &r);
    let solution = solve(pool.problem());
    assert!(solution.is_certified_optimal(pool.problem()));
    let proposal = pool.proposal(&solution);
    assert!(proposal.pairs.len() > 100, "a meaningful instance");
    check_proposal(&people, &proposal, &w, &r);
    check_circles(
        &people,
        &form_circles(&people, DEFAULT_CIRCLE_SIZE),
        DEFAULT_CIRCLE_SIZE,
    );
}

fn check_circles(people: &[Participant], c: &Circles, size: usize) {
    let min = min_circle_size(size);
    let mut seen = BTreeSet::new();
    let by_id: BTreeMap<i64, &Participant> = people.iter().map(|p| (p.id, p)).collect();
    let mut sizes: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for circle in &c.circles {
        let n = circle.members.len();
        assert!(n >= min, "circle of {n} below {min}");
        assert!(n <= size.max(3), "circle of {n} above {size}");
        for id in &circle.members {
            assert!(seen.insert(*id), "{id} in two circles");
            assert!(
                by_id[id]
                    .languages
                    .iter()
                    .any(|l| l.to_lowercase() == circle.language)
            );
        }
        assert!(circle.members.windows(2).all(|w| w[0] < w[1]));
        for comp in &circle.shared_competences {
            let n = circle
                .members
                .iter()
                .filter(|id| by_id[*id].seeks.contains(comp))
                .count();
            assert!(n >= 2);
        }
        sizes.entry(&circle.language).or_default().push(n);
    }
    for v in sizes.values() {
        let (lo, hi) = (v.iter().min().unwrap(), v.iter().max().unwrap());
        assert!(hi - lo <= 1, "unbalanced sizes {v:?}");
    }
    for id in &c.left_out {
        assert!(seen.insert(*id), "{id} both in a circle and left out");
    }
    let all: BTreeSet<i64> = people.iter().map(|p| p.id).collect();
    assert_eq!(seen, all, "everyone is either in a circle or left out");
    // Left out only when no language of theirs has a circle.
    let languages: BTreeSet<&str> = c.circles.iter().map(|x| x.language.as_str()).collect();
    for id in &c.left_out {
        let p = by_id[id];
        assert!(
            p.languages
                .iter()
                .all(|l| !languages.contains(l.trim().to_lowercase().as_str())),
            "{id} left out although a language of theirs has circles"
        );
    }
}
