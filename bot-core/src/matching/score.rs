//! The score of one (mentor, mentee) pair: hard exclusions first, then named
//! components whose sum is the total the assignment maximises.

use serde::Serialize;

use super::input::{MatchingRules, MatchingWeights, Participant};
use super::prepare::{Cohort, Names, Prepared, intersect_sorted};
use super::timezone::WORK_MINUTES;
use crate::model::PersonId;

/// Why a pair can never be proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Infeasible {
    SamePerson,
    MentorNotApproved,
    /// No capacity left (or never offered any).
    MentorAtCapacity,
    /// One of them asked not to be paired with the other.
    Excluded,
    SameOrganisation,
    NoSharedLanguage,
    /// The mentor offers nothing the mentee seeks.
    NoCompetenceMatch,
}

/// Points per component; `Score::total` is their sum.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Components {
    /// Sought competences the mentor offers.
    pub competence: f64,
    /// The mentor's years in those competences.
    pub experience: f64,
    pub language: f64,
    pub cross_border: f64,
    pub timezone: f64,
    pub sector: f64,
    pub career_stage: f64,
    pub availability: f64,
}

impl Components {
    pub fn sum(&self) -> f64 {
        self.competence
            + self.experience
            + self.language
            + self.cross_border
            + self.timezone
            + self.sector
            + self.career_stage
            + self.availability
    }
}

/// A feasible pair with its score and the facts behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub mentor: PersonId,
    pub mentee: PersonId,
    /// The sum of the components, rounded to millionths of a point so that the
    /// solver's exact integer arithmetic and every reported total agree.
    pub total: f64,
    pub components: Components,
    /// Competences the mentee seeks and the mentor offers (normalised ids, sorted).
    pub competences: Vec<String>,
    /// The mentor's most years of experience in any of those, when given.
    pub experience_years: Option<u32>,
    /// Languages both speak (normalised codes, sorted).
    pub shared_languages: Vec<String>,
    /// Both countries known and different.
    pub cross_border: bool,
    /// Whole hours of working time (09:00–18:00 local) they share all year;
    /// None when either time zone is unknown.
    pub overlap_hours: Option<u32>,
    pub same_sector: bool,
    /// Mentor's career stage minus the mentee's, when both are known.
    pub stage_gap: Option<i8>,
    /// Reverse mentoring: the mentor is at an earlier career stage.
    pub reverse: bool,
}

/// Scores as the solver wants them: integers, so sums are exact.
pub(crate) const MICRO: f64 = 1_000_000.0;

pub(crate) fn quantise(points: f64) -> f64 {
    (points * MICRO).round() / MICRO
}

/// Scores one pair, or None when a hard exclusion applies.
pub fn score(
    mentor: &Participant,
    mentee: &Participant,
    weights: &MatchingWeights,
    rules: &MatchingRules,
) -> Option<Score> {
    evaluate(mentor, mentee, weights, rules).ok()
}

/// Scores one pair, or says which hard exclusion applies (the first in the
/// order of [`Infeasible`]).
pub fn evaluate(
    mentor: &Participant,
    mentee: &Participant,
    weights: &MatchingWeights,
    rules: &MatchingRules,
) -> Result<Score, Infeasible> {
    let mut names = Names::default();
    let m = Prepared::new(mentor, &mut names);
    let e = Prepared::new(mentee, &mut names);
    let facts = assess(&m, &e, &weights.sanitised(), rules)?;
    Ok(facts.into_score(&m, &e, &names))
}

/// Everything about a pair except the strings, computed without allocating:
/// this runs for every pair of a cohort.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facts {
    pub components: Components,
    pub experience_years: Option<u32>,
    pub overlap_minutes: Option<u32>,
    pub cross_border: bool,
    pub same_sector: bool,
    pub stage_gap: Option<i8>,
}

impl Facts {
    pub(crate) fn total(&self) -> f64 {
        quantise(self.components.sum())
    }

    pub(crate) fn into_score(self, m: &Prepared, e: &Prepared, names: &Names) -> Score {
        let mut competences: Vec<String> = met_competences(m, e)
            .map(|(c, _)| names.name(c).to_owned())
            .collect();
        competences.sort();
        let mut shared_languages: Vec<String> = intersect_sorted(&m.languages, &e.languages)
            .map(|l| names.name(l).to_owned())
            .collect();
        shared_languages.sort();
        Score {
            mentor: m.id,
            mentee: e.id,
            total: self.total(),
            components: self.components,
            competences,
            experience_years: self.experience_years,
            shared_languages,
            cross_border: self.cross_border,
            overlap_hours: self.overlap_minutes.map(|min| min / 60),
            same_sector: self.same_sector,
            stage_gap: self.stage_gap,
            reverse: self.stage_gap.is_some_and(|g| g < 0),
        }
    }
}

impl Cohort {
    pub(crate) fn score_of(&self, m: &Prepared, e: &Prepared, facts: Facts) -> Score {
        facts.into_score(m, e, &self.names)
    }
}

/// The mentor's offers that the mentee seeks, with the mentor's years.
fn met_competences<'a>(
    m: &'a Prepared,
    e: &'a Prepared,
) -> impl Iterator<Item = (u32, Option<u32>)> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while let (Some(&(offer, years)), Some(&sought)) = (m.offers.get(i), e.seeks.get(j)) {
            match offer.cmp(&sought) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some((offer, years));
                }
            }
        }
        None
    })
}

/// The hard exclusions, then the components. `w` must be sanitised.
pub(crate) fn assess(
    m: &Prepared,
    e: &Prepared,
    w: &MatchingWeights,
    rules: &MatchingRules,
) -> Result<Facts, Infeasible> {
    if m.id == e.id {
        return Err(Infeasible::SamePerson);
    }
    if !m.approved {
        return Err(Infeasible::MentorNotApproved);
    }
    if m.capacity == 0 {
        return Err(Infeasible::MentorAtCapacity);
    }
    if m.excludes(e.id) || e.excludes(m.id) {
        return Err(Infeasible::Excluded);
    }
    if rules.exclude_same_organisation
        && m.organisation.is_some()
        && m.organisation == e.organisation
    {
        return Err(Infeasible::SameOrganisation);
    }
    let languages = intersect_sorted(&m.languages, &e.languages).count();
    if languages == 0 {
        return Err(Infeasible::NoSharedLanguage);
    }
    let (mut met, mut experience, mut experience_years) = (0u32, 0.0, None);
    for (_, years) in met_competences(m, e) {
        met += 1;
        experience += experience_points(years, w);
        experience_years = experience_years.max(years);
    }
    if met == 0 {
        return Err(Infeasible::NoCompetenceMatch);
    }

    let cross_border = matches!((m.country, e.country), (Some(a), Some(b)) if a != b);
    let same_sector = m.sector.is_some() && m.sector == e.sector;
    let overlap_minutes = match (&m.window, &e.window) {
        (Some(a), Some(b)) => Some(a.overlap_minutes(b)),
        _ => None,
    };
    let stage_gap = match (m.stage, e.stage) {
        (Some(a), Some(b)) => Some(i8::try_from(i16::from(a) - i16::from(b)).unwrap_or(0)),
        _ => None,
    };
    let components = Components {
        competence: w.competence * f64::from(met),
        experience,
        language: language_points(languages, w),
        cross_border: if cross_border { w.cross_border } else { 0.0 },
        timezone: overlap_minutes.map_or(0.0, |min| {
            w.timezone * f64::from(min) / f64::from(WORK_MINUTES)
        }),
        sector: if same_sector { w.sector } else { 0.0 },
        career_stage: stage_gap.map_or(0.0, |gap| stage_points(gap, w)),
        availability: availability_points(m.hours, e.hours, w),
    };
    Ok(Facts {
        components,
        experience_years,
        overlap_minutes,
        cross_border,
        same_sector,
        stage_gap,
    })
}

/// Saturating in the years: the first years of experience matter most.
fn experience_points(years: Option<u32>, w: &MatchingWeights) -> f64 {
    let y = f64::from(years.unwrap_or(0));
    w.experience * y / (y + w.experience_half_years)
}

/// The first shared language earns the weight, each further one half the previous.
fn language_points(shared: usize, w: &MatchingWeights) -> f64 {
    let shared = i32::try_from(shared.min(32)).unwrap_or(32);
    w.language * (2.0 - 2.0 * 0.5f64.powi(shared))
}

/// A mentor one stage ahead earns half the weight, two or more the whole of it;
/// a mentor behind the mentee is reverse mentoring, weighed the same way with
/// its own weight.
fn stage_points(gap: i8, w: &MatchingWeights) -> f64 {
    let steps = f64::from(gap.unsigned_abs().min(2)) / 2.0;
    match gap {
        g if g > 0 => w.career_stage * steps,
        g if g < 0 => w.reverse_mentoring * steps,
        _ => 0.0,
    }
}

/// Both must have time; more counts until `availability_full_hours`.
fn availability_points(a: Option<u32>, b: Option<u32>, w: &MatchingWeights) -> f64 {
    match (a, b) {
        (Some(a), Some(b)) if a > 0 && b > 0 => {
            w.availability * (f64::from(a.min(b)) / w.availability_full_hours).min(1.0)
        }
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::input::Offer;
    use crate::model::CareerStage;

    fn mentor() -> Participant {
        Participant {
            id: 1,
            country: Some("DE".into()),
            organisation: Some("Acme".into()),
            sector: Some("software".into()),
            career_stage: Some(CareerStage::Senior),
            languages: vec!["de".into(), "en".into()],
            timezone: Some("Europe/Berlin".into()),
            availability_hours: Some(4),
            offers: vec![Offer::new("rust", Some(5)), Offer::new("leadership", None)],
            seeks: vec![],
            capacity: 2,
            approved_mentor: true,
            excluded: vec![],
        }
    }

    fn mentee() -> Participant {
        Participant {
            id: 2,
            country: Some("KE".into()),
            organisation: Some("Beta".into()),
            sector: Some("health".into()),
            career_stage: Some(CareerStage::Early),
            languages: vec!["en".into(), "sw".into()],
            timezone: Some("Africa/Nairobi".into()),
            availability_hours: Some(2),
            offers: vec![],
            seeks: vec!["rust".into(), "design".into()],
            capacity: 0,
            approved_mentor: false,
            excluded: vec![],
        }
    }

    fn eval(m: &Participant, e: &Participant) -> Result<Score, Infeasible> {
        evaluate(m, e, &MatchingWeights::default(), &MatchingRules::default())
    }

    fn with_weights(m: &Participant, e: &Participant, w: MatchingWeights) -> Score {
        evaluate(m, e, &w, &MatchingRules::default()).unwrap()
    }

    fn only(f: impl FnOnce(&mut MatchingWeights)) -> MatchingWeights {
        let mut w = MatchingWeights {
            competence: 0.0,
            experience: 0.0,
            language: 0.0,
            cross_border: 0.0,
            timezone: 0.0,
            sector: 0.0,
            career_stage: 0.0,
            reverse_mentoring: 0.0,
            availability: 0.0,
            ..MatchingWeights::default()
        };
        f(&mut w);
        w
    }

    #[test]
    fn a_good_pair_has_all_its_facts() {
        let s = eval(&mentor(), &mentee()).unwrap();
        assert_eq!((s.mentor, s.mentee), (1, 2));
        assert_eq!(s.competences, vec!["rust"]);
        assert_eq!(s.experience_years, Some(5));
        assert_eq!(s.shared_languages, vec!["en"]);
        assert!(s.cross_border);
        assert!(!s.same_sector);
        assert_eq!(s.stage_gap, Some(2));
        assert!(!s.reverse);
        // Berlin UTC+1/+2, Nairobi UTC+3: 2 h or 1 h apart, so 7 h overlap.
        assert_eq!(s.overlap_hours, Some(7));
        assert!((s.total - s.components.sum()).abs() < 1e-6);
        assert!(s.total > 0.0);
    }

    #[test]
    fn competence_counts_each_match_and_years_saturate() {
        let w = only(|w| w.competence = 10.0);
        let mut e = mentee();
        assert_eq!(
            with_weights(&mentor(), &e, w.clone()).components.competence,
            10.0
        );
        e.seeks.push("leadership".into());
        let s = with_weights(&mentor(), &e, w);
        assert_eq!(s.components.competence, 20.0);
        assert_eq!(s.competences, vec!["leadership", "rust"]);

        // Experience: 5 years at a half-life of 5 earns half; unknown years nothing.
        let w = only(|w| w.experience = 4.0);
        let s = with_weights(&mentor(), &e, w.clone());
        assert!((s.components.experience - 2.0).abs() < 1e-12);
        let mut m = mentor();
        m.offers[0].years = Some(15);
        let more = with_weights(&m, &e, w.clone()).components.experience;
        m.offers[0].years = Some(45);
        let most = with_weights(&m, &e, w).components.experience;
        assert!((more - 3.0).abs() < 1e-12);
        // Diminishing: the next 30 years add less than the 10 before them.
        assert!(most > more && most - more < more - 2.0 && most < 4.0);
    }

    #[test]
    fn languages_are_a_hard_constraint_and_more_of_them_a_small_plus() {
        let mut e = mentee();
        e.languages = vec!["sw".into()];
        assert_eq!(eval(&mentor(), &e), Err(Infeasible::NoSharedLanguage));
        let w = only(|w| w.language = 1.0);
        e.languages = vec!["EN".into()];
        assert_eq!(
            with_weights(&mentor(), &e, w.clone()).components.language,
            1.0
        );
        e.languages = vec!["en".into(), "de".into()];
        let s = with_weights(&mentor(), &e, w);
        assert_eq!(s.components.language, 1.5);
        assert_eq!(s.shared_languages, vec!["de", "en"]);
    }

    #[test]
    fn cross_border_needs_two_known_different_countries() {
        let w = only(|w| w.cross_border = 4.0);
        let mut e = mentee();
        assert_eq!(
            with_weights(&mentor(), &e, w.clone())
                .components
                .cross_border,
            4.0
        );
        e.country = Some("de".into());
        let s = with_weights(&mentor(), &e, w.clone());
        assert!(!s.cross_border);
        assert_eq!(s.components.cross_border, 0.0);
        e.country = None;
        assert!(!with_weights(&mentor(), &e, w).cross_border);
    }

    #[test]
    fn timezone_overlap_is_pro_rata_and_season_aware() {
        let w = only(|w| w.timezone = 9.0);
        let mut e = mentee();
        e.timezone = Some("America/Sao_Paulo".into());
        // DST pair: 5 h overlap in January, 4 h in July; the worse counts.
        let s = with_weights(&mentor(), &e, w.clone());
        assert_eq!(s.overlap_hours, Some(4));
        assert!((s.components.timezone - 4.0).abs() < 1e-12);
        e.timezone = Some("Europe/Berlin".into());
        assert_eq!(
            with_weights(&mentor(), &e, w.clone()).components.timezone,
            9.0
        );
        e.timezone = Some("Pacific/Kiritimati".into());
        let far = with_weights(&mentor(), &e, w.clone());
        assert_eq!(far.overlap_hours, Some(0));
        e.timezone = Some("Nowhere/Special".into());
        let unknown = with_weights(&mentor(), &e, w);
        assert_eq!(unknown.overlap_hours, None);
        assert_eq!(unknown.components.timezone, 0.0);
    }

    #[test]
    fn same_sector_earns_its_weight() {
        let w = only(|w| w.sector = 2.0);
        let mut e = mentee();
        assert_eq!(
            with_weights(&mentor(), &e, w.clone()).components.sector,
            0.0
        );
        e.sector = Some("Software".into());
        let s = with_weights(&mentor(), &e, w);
        assert!(s.same_sector);
        assert_eq!(s.components.sector, 2.0);
    }

    #[test]
    fn career_stage_gap_and_reverse_mentoring() {
        let w = only(|w| {
            w.career_stage = 2.0;
            w.reverse_mentoring = 1.0;
        });
        let (mut m, mut e) = (mentor(), mentee());
        // Senior mentoring early: two stages, full weight.
        assert_eq!(with_weights(&m, &e, w.clone()).components.career_stage, 2.0);
        e.career_stage = Some(CareerStage::Mid);
        assert_eq!(with_weights(&m, &e, w.clone()).components.career_stage, 1.0);
        e.career_stage = Some(CareerStage::Senior);
        let peer = with_weights(&m, &e, w.clone());
        assert_eq!((peer.components.career_stage, peer.reverse), (0.0, false));
        // A student who offers the competence mentors an executive: allowed,
        // scored as reverse mentoring with its own weight.
        m.career_stage = Some(CareerStage::Student);
        e.career_stage = Some(CareerStage::Executive);
        let rev = with_weights(&m, &e, w.clone());
        assert!(rev.reverse);
        assert_eq!(rev.stage_gap, Some(-4));
        assert_eq!(rev.components.career_stage, 1.0);
        e.career_stage = Some(CareerStage::Early);
        let one_back = with_weights(&m, &e, w.clone());
        assert!(one_back.reverse);
        assert_eq!(one_back.components.career_stage, 0.5);
        e.career_stage = None;
        let unknown = with_weights(&m, &e, w);
        assert_eq!((unknown.stage_gap, unknown.reverse), (None, false));
    }

    #[test]
    fn availability_needs_both_and_saturates() {
        let w = only(|w| w.availability = 2.0);
        let (mut m, mut e) = (mentor(), mentee());
        // min(4, 2) of 4 full hours: half.
        assert_eq!(with_weights(&m, &e, w.clone()).components.availability, 1.0);
        e.availability_hours = Some(10);
        m.availability_hours = Some(8);
        assert_eq!(with_weights(&m, &e, w.clone()).components.availability, 2.0);
        e.availability_hours = Some(0);
        assert_eq!(with_weights(&m, &e, w.clone()).components.availability, 0.0);
        e.availability_hours = None;
        assert_eq!(with_weights(&m, &e, w).components.availability, 0.0);
    }

    #[test]
    fn every_hard_exclusion() {
        let (m, e) = (mentor(), mentee());
        let mut same = m.clone();
        same.seeks = vec!["rust".into()];
        assert_eq!(eval(&same, &same), Err(Infeasible::SamePerson));

        let mut x = m.clone();
        x.approved_mentor = false;
        assert_eq!(eval(&x, &e), Err(Infeasible::MentorNotApproved));

        let mut x = m.clone();
        x.capacity = 0;
        assert_eq!(eval(&x, &e), Err(Infeasible::MentorAtCapacity));

        let mut x = m.clone();
        x.excluded = vec![2];
        assert_eq!(eval(&x, &e), Err(Infeasible::Excluded));
        let mut y = e.clone();
        y.excluded = vec![1];
        assert_eq!(eval(&m, &y), Err(Infeasible::Excluded));

        let mut y = e.clone();
        y.organisation = Some(" ACME".into());
        assert_eq!(eval(&m, &y), Err(Infeasible::SameOrganisation));
        let off = MatchingRules {
            exclude_same_organisation: false,
        };
        assert!(evaluate(&m, &y, &MatchingWeights::default(), &off).is_ok());
        // Unknown organisations never conflict.
        let (mut x, mut y) = (m.clone(), e.clone());
        x.organisation = None;
        y.organisation = None;
        assert!(eval(&x, &y).is_ok());

        let mut y = e.clone();
        y.languages = vec!["fr".into()];
        assert_eq!(eval(&m, &y), Err(Infeasible::NoSharedLanguage));

        let mut y = e.clone();
        y.seeks = vec!["design".into()];
        assert_eq!(eval(&m, &y), Err(Infeasible::NoCompetenceMatch));
        assert_eq!(
            score(
                &m,
                &y,
                &MatchingWeights::default(),
                &MatchingRules::default()
            ),
            None
        );
    }

    #[test]
    fn bad_weights_are_read_as_zero() {
        let w = MatchingWeights {
            competence: f64::NAN,
            cross_border: -5.0,
            timezone: f64::INFINITY,
            experience_half_years: 0.0,
            ..MatchingWeights::default()
        };
        let s = with_weights(&mentor(), &mentee(), w);
        assert_eq!(s.components.competence, 0.0);
        assert_eq!(s.components.cross_border, 0.0);
        assert_eq!(s.components.timezone, 0.0);
        assert!(s.components.experience.is_finite());
        assert!(s.total.is_finite());
    }

    #[test]
    fn weights_deserialise_with_defaults() {
        let w: MatchingWeights = toml::from_str("cross_border = 7.5").unwrap();
        assert_eq!(w.cross_border, 7.5);
        assert_eq!(w.competence, MatchingWeights::default().competence);
        assert!(toml::from_str::<MatchingWeights>("nonsense = 1").is_err());
        let r: MatchingRules = toml::from_str("").unwrap();
        assert!(r.exclude_same_organisation);
    }
}
