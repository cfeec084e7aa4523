//! Matching benchmark: 2,000 mentees and 500 mentors of capacity 4 on
//! generated data (fixed seed), the optimal assignment timed against the
//! greedy one. Writes the expanded 2,000 × 2,000 score matrix (mentees ×
//! mentor places) so `benches/scipy_lsa.py` can time SciPy's
//! `linear_sum_assignment` on the very same problem.
//!
//! A second, synthetic case allows every pair with uniformly random scores:
//! the classic dense stress test for assignment solvers.
//!
//! Run: `cargo bench -p bot-core --bench matching` (options after `--`:
//! `--runs N`, `--no-write`).

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use bot_core::matching::{
    MatchingRules, MatchingWeights, Offer, Participant, Pool, Problem, greedy, solve,
};
use bot_core::model::CareerStage;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const MENTEES: usize = 2_000;
const MENTORS: usize = 500;
const CAPACITY: u32 = 4;
const SEED: u64 = 20_250_601;

/// Countries with a time zone and the language most people there speak.
const COUNTRIES: [(&str, &str, &str); 20] = [
    ("DE", "Europe/Berlin", "de"),
    ("FR", "Europe/Paris", "fr"),
    ("ES", "Europe/Madrid", "es"),
    ("GB", "Europe/London", "en"),
    ("PL", "Europe/Warsaw", "pl"),
    ("KE", "Africa/Nairobi", "sw"),
    ("NG", "Africa/Lagos", "en"),
    ("GH", "Africa/Accra", "en"),
    ("SN", "Africa/Dakar", "fr"),
    ("EG", "Africa/Cairo", "ar"),
    ("BR", "America/Sao_Paulo", "pt"),
    ("MX", "America/Mexico_City", "es"),
    ("CO", "America/Bogota", "es"),
    ("US", "America/New_York", "en"),
    ("CA", "America/Toronto", "en"),
    ("IN", "Asia/Kolkata", "en"),
    ("ID", "Asia/Jakarta", "id"),
    ("PH", "Asia/Manila", "en"),
    ("JO", "Asia/Amman", "ar"),
    ("AU", "Australia/Sydney", "en"),
];
const COMPETENCES: usize = 40;
const ORGANISATIONS: usize = 150;
const SECTORS: [&str; 8] = [
    "software",
    "health",
    "finance",
    "education",
    "energy",
    "agriculture",
    "public",
    "media",
];

/// Competence `k` is chosen with weight 1/(k+1)^0.8: a few are popular, many
/// niche, as in real programmes, so mentors of popular competences are
/// contested and the assignment has real choices to make.
fn competence<R: Rng>(rng: &mut R, cumulative: &[f64]) -> String {
    let total = cumulative.last().copied().unwrap_or(1.0);
    let x = rng.random_range(0.0..total);
    let k = cumulative.partition_point(|&c| c <= x);
    format!("competence-{k:02}")
}

fn person<R: Rng>(rng: &mut R, id: i64, mentor: bool, cumulative: &[f64]) -> Participant {
    let (country, zone, local) = COUNTRIES[rng.random_range(0..COUNTRIES.len())];
    let mut languages = vec![local.to_owned()];
    // Most people also speak English, some a third language.
    if local != "en" && rng.random_bool(0.6) {
        languages.push("en".into());
    }
    if rng.random_bool(0.15) {
        languages.push(COUNTRIES[rng.random_range(0..COUNTRIES.len())].2.into());
    }
    let stage = if mentor {
        // Mostly senior, some juniors who offer what they know (reverse mentoring).
        [1, 2, 3, 3, 3, 4, 4][rng.random_range(0..7)]
    } else {
        [0, 0, 1, 1, 1, 2, 2, 3, 4][rng.random_range(0..9)]
    };
    let offers = if mentor {
        (0..rng.random_range(2..=5))
            .map(|_| {
                Offer::new(
                    competence(rng, cumulative),
                    rng.random_bool(0.85).then(|| rng.random_range(1..25)),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let seeks = if mentor {
        Vec::new()
    } else {
        (0..rng.random_range(1..=3))
            .map(|_| competence(rng, cumulative))
            .collect()
    };
    Participant {
        id,
        country: Some(country.into()),
        organisation: rng
            .random_bool(0.9)
            .then(|| format!("org-{}", rng.random_range(0..ORGANISATIONS))),
        sector: Some(SECTORS[rng.random_range(0..SECTORS.len())].into()),
        career_stage: Some(CareerStage::ALL[stage]),
        languages,
        timezone: Some(zone.into()),
        availability_hours: rng.random_bool(0.9).then(|| rng.random_range(0..12)),
        offers,
        seeks,
        capacity: if mentor { CAPACITY } else { 0 },
        approved_mentor: mentor,
        excluded: Vec::new(),
    }
}

fn cohort() -> Vec<Participant> {
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let mut cumulative = Vec::with_capacity(COMPETENCES);
    let mut acc = 0.0;
    for k in 0..COMPETENCES {
        acc += 1.0 / ((k + 1) as f64).powf(0.8);
        cumulative.push(acc);
    }
    let mut people: Vec<Participant> = (0..MENTORS)
        .map(|k| person(&mut rng, 1 + k as i64, true, &cumulative))
        .collect();
    people.extend((0..MENTEES).map(|k| person(&mut rng, 10_001 + k as i64, false, &cumulative)));
    // About one in a hundred asked not to be paired with someone.
    for k in 0..people.len() {
        if rng.random_bool(0.01) {
            let other = people[rng.random_range(0..people.len())].id;
            people[k].excluded.push(other);
        }
    }
    people
}

/// CPU time of this thread: unlike the wall clock, it does not count the
/// time other processes on a busy machine take the core away.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec it is given.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    if !ok {
        return Duration::ZERO;
    }
    Duration::new(
        u64::try_from(ts.tv_sec).unwrap_or(0),
        u32::try_from(ts.tv_nsec).unwrap_or(0),
    )
}

/// Best wall time, best CPU time, and the last result of `runs` runs.
fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, T) {
    let (mut wall, mut cpu) = (Duration::MAX, Duration::MAX);
    let mut out = None;
    for _ in 0..runs.max(1) {
        let (w0, c0) = (Instant::now(), thread_cpu());
        let r = f();
        cpu = cpu.min(thread_cpu().saturating_sub(c0));
        wall = wall.min(w0.elapsed());
        out = Some(r);
    }
    (wall, cpu, out.expect("at least one run"))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

/// The expanded square problem: row = mentee, column = one place with a
/// mentor (a mentor's places are adjacent). An infeasible pair is 0, the
/// value of leaving the mentee unmatched: in a square problem every row must
/// take some column, and a 0 entry taken means "no mentor", so the optimum of
/// this matrix equals the optimum of the capacity problem.
fn write_expanded(problem: &Problem, path: &PathBuf) -> std::io::Result<()> {
    let places: usize = problem.capacities().iter().map(|&c| c as usize).sum();
    let mut first_place = Vec::with_capacity(problem.cols());
    let mut acc = 0;
    for &c in problem.capacities() {
        first_place.push(acc);
        acc += c as usize;
    }
    let mut matrix = vec![0.0f64; problem.rows() * places];
    for r in 0..problem.rows() {
        for (c, score) in problem.row(r) {
            for k in 0..problem.capacities()[c] as usize {
                matrix[r * places + first_place[c] + k] = score;
            }
        }
    }
    // NPY 1.0: magic, version, header length, header padded to 64 bytes.
    let mut header = format!(
        "{{'descr': '<f8', 'fortran_order': False, 'shape': ({}, {}), }}",
        problem.rows(),
        places
    );
    while (10 + header.len() + 1) % 64 != 0 {
        header.push(' ');
    }
    header.push('\n');
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    out.write_all(b"\x93NUMPY\x01\x00")?;
    out.write_all(
        &u16::try_from(header.len())
            .unwrap_or(u16::MAX)
            .to_le_bytes(),
    )?;
    out.write_all(header.as_bytes())?;
    for x in matrix {
        out.write_all(&x.to_le_bytes())?;
    }
    out.flush()
}

/// A stress case beside the realistic one: every pair allowed, scores
/// uniform in (0, 100), the classic dense benchmark for assignment solvers.
fn uniform_problem() -> Problem {
    let mut rng = ChaCha8Rng::seed_from_u64(SEED ^ 0xD15EA5E);
    let mut problem = Problem::new(vec![CAPACITY; MENTORS]);
    for _ in 0..MENTEES {
        let row: Vec<(usize, f64)> = (0..MENTORS)
            .map(|c| (c, 1e-6 * f64::from(rng.random_range(1..100_000_000u32))))
            .collect();
        problem.add_row(row);
    }
    problem
}

struct Options {
    runs: usize,
    write: bool,
}

/// Times the optimal and the greedy assignment of one problem, prints the
/// results, and writes the expanded matrix as `target/{name}.npy` (with the
/// optimal total beside it in `{name}.total`) for `scipy_lsa.py`.
fn run(name: &str, problem: &Problem, options: &Options) -> bot_core::matching::Solution {
    let runs = options.runs;
    let pairs = problem.rows() * problem.cols();
    println!(
        "[{name}] {} mentees x {} mentors (capacity {}), {} allowed pairs of {} ({:.1}%)",
        problem.rows(),
        problem.cols(),
        CAPACITY,
        problem.entries(),
        pairs,
        100.0 * problem.entries() as f64 / pairs as f64
    );
    let (t_solve, c_solve, optimal) = best_of(runs, || solve(problem));
    let (t_greedy, c_greedy, greedy_solution) = best_of(runs, || greedy(problem));
    let matched = optimal.assigned.iter().flatten().count();
    let greedy_matched = greedy_solution.assigned.iter().flatten().count();
    println!(
        "optimal assignment:  {:>8.2} ms wall {:>8.2} ms cpu (best of {runs})  total {:.6}  matched {matched}",
        ms(t_solve),
        ms(c_solve),
        optimal.total()
    );
    println!(
        "greedy assignment:   {:>8.2} ms wall {:>8.2} ms cpu (best of {runs})  total {:.6}  matched {greedy_matched}",
        ms(t_greedy),
        ms(c_greedy),
        greedy_solution.total()
    );
    println!(
        "optimal is {:.3}% better than greedy (+{:.6} points)",
        100.0 * (optimal.total() / greedy_solution.total() - 1.0),
        optimal.total() - greedy_solution.total()
    );
    let (t_check, _, certified) = best_of(1, || optimal.is_certified_optimal(problem));
    println!(
        "dual certificate:    {} ({:.2} ms to check)",
        if certified { "optimal" } else { "NOT PROVEN" },
        ms(t_check)
    );
    if options.write {
        let dir = target_dir();
        let matrix = dir.join(format!("{name}.npy"));
        let total = dir.join(format!("{name}.total"));
        let written = std::fs::create_dir_all(&dir)
            .and_then(|()| write_expanded(problem, &matrix))
            .and_then(|()| std::fs::write(&total, format!("{:.6}\n", optimal.total())));
        match written {
            Ok(()) => println!("expanded matrix written to {}", matrix.display()),
            Err(e) => eprintln!("could not write {}: {e}", matrix.display()),
        }
    }
    optimal
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let options = Options {
        runs: args
            .iter()
            .position(|a| a == "--runs")
            .and_then(|i| args.get(i + 1))
            .and_then(|s| s.parse().ok())
            .unwrap_or(7),
        write: !args.iter().any(|a| a == "--no-write"),
    };

    let people = cohort();
    let (weights, rules) = (MatchingWeights::default(), MatchingRules::default());
    let (t_score, c_score, pool) = best_of(3, || Pool::new(&people, &weights, &rules));
    println!(
        "scoring all pairs:   {:>8.2} ms wall {:>8.2} ms cpu (best of 3)",
        ms(t_score),
        ms(c_score)
    );
    let optimal = run("matching-scores", pool.problem(), &options);
    let proposal = pool.proposal(&optimal);
    let cross = proposal.pairs.iter().filter(|s| s.cross_border).count();
    let reverse = proposal.pairs.iter().filter(|s| s.reverse).count();
    println!(
        "proposal: {} pairs ({} cross-border, {} reverse mentoring), {} mentees unmatched",
        proposal.pairs.len(),
        cross,
        reverse,
        proposal.unmatched.len()
    );
    println!();
    run("matching-uniform", &uniform_problem(), &options);
}
