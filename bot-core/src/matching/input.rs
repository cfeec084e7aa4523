//! What matching needs to know about people, decoupled from storage: the
//! store's records are mapped onto these so the algorithms stay pure.

use serde::Deserialize;

use crate::model::{CareerStage, PersonId};

/// One person as matching sees them. Roles are per competence, so the same
/// person may appear as a mentee (through `seeks`) and as a mentor (through
/// `offers`) at once.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Participant {
    /// Unique within one call; duplicates after the first are ignored.
    pub id: PersonId,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub organisation: Option<String>,
    /// Sector id from the competence map.
    pub sector: Option<String>,
    pub career_stage: Option<CareerStage>,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    /// IANA time zone name.
    pub timezone: Option<String>,
    /// Hours a month the person can give.
    pub availability_hours: Option<u32>,
    /// Competences offered, with years of experience in each when known.
    pub offers: Vec<Offer>,
    /// Competences sought.
    pub seeks: Vec<String>,
    /// Mentees this person can still take now (their capacity minus the
    /// pairs they already have); 0 for people who do not mentor.
    pub capacity: u32,
    /// Approved by a coordinator as a mentor.
    pub approved_mentor: bool,
    /// People this person must not be paired with: those they asked to avoid,
    /// and pairs a coordinator rejected. Checked in both directions.
    pub excluded: Vec<PersonId>,
}

/// A competence a person offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub competence: String,
    pub years: Option<u32>,
}

impl Offer {
    pub fn new(competence: impl Into<String>, years: Option<u32>) -> Self {
        Self {
            competence: competence.into(),
            years,
        }
    }
}

impl Participant {
    /// Could take a mentee at all (before looking at any particular mentee).
    pub fn can_mentor(&self) -> bool {
        self.approved_mentor && self.capacity > 0 && !self.offers.is_empty()
    }

    /// Wants a mentor for something.
    pub fn is_mentee(&self) -> bool {
        !self.seeks.is_empty()
    }
}

/// The largest weight taken as given.
pub const MAX_WEIGHT: f64 = 1000.0;

/// Points for each score component (`[matching.weights]` in the configuration).
/// Every component is scaled to at most its weight per unit described below,
/// so the weights say directly how much each aspect matters.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MatchingWeights {
    /// Points for each sought competence the mentor offers.
    pub competence: f64,
    /// Further points, at most, for each such competence as the mentor's years
    /// in it grow: `experience × years / (years + experience_half_years)`, so
    /// the first years count most and unknown years count nothing.
    pub experience: f64,
    /// Years of experience that earn half of `experience`.
    pub experience_half_years: f64,
    /// Points for the first shared language; each further one adds half of
    /// the previous (languages are a hard constraint, more is a small plus).
    pub language: f64,
    /// Points when the two live in different countries: the programme's point.
    pub cross_border: f64,
    /// Points for a full working day (9 hours) of overlapping working hours,
    /// pro rata.
    pub timezone: f64,
    /// Points when both work in the same sector.
    pub sector: f64,
    /// Points when the mentor is two or more career stages above the mentee
    /// (half for one stage).
    pub career_stage: f64,
    /// The same for reverse mentoring, when the mentor is the more junior.
    pub reverse_mentoring: f64,
    /// Points when both have time, reaching the full weight once the smaller
    /// of their monthly hours reaches `availability_full_hours`.
    pub availability: f64,
    pub availability_full_hours: f64,
}

impl Default for MatchingWeights {
    fn default() -> Self {
        Self {
            competence: 10.0,
            experience: 4.0,
            experience_half_years: 5.0,
            language: 1.0,
            cross_border: 4.0,
            timezone: 3.0,
            sector: 2.0,
            career_stage: 2.0,
            reverse_mentoring: 1.0,
            availability: 2.0,
            availability_full_hours: 4.0,
        }
    }
}

impl MatchingWeights {
    /// Negative, infinite or NaN weights would make scores meaningless (and
    /// could turn a good pair worse than none); they are read as 0, and
    /// weights above [`MAX_WEIGHT`] as that, so totals stay in the range the
    /// solver computes exactly. A non-positive half-life or full-hours value
    /// falls back to the default.
    pub(crate) fn sanitised(&self) -> Self {
        let d = Self::default();
        let w = |x: f64| {
            if x.is_finite() && x > 0.0 {
                x.min(MAX_WEIGHT)
            } else {
                0.0
            }
        };
        let pos = |x: f64, fallback: f64| {
            if x.is_finite() && x > 0.0 {
                x
            } else {
                fallback
            }
        };
        Self {
            competence: w(self.competence),
            experience: w(self.experience),
            experience_half_years: pos(self.experience_half_years, d.experience_half_years),
            language: w(self.language),
            cross_border: w(self.cross_border),
            timezone: w(self.timezone),
            sector: w(self.sector),
            career_stage: w(self.career_stage),
            reverse_mentoring: w(self.reverse_mentoring),
            availability: w(self.availability),
            availability_full_hours: pos(self.availability_full_hours, d.availability_full_hours),
        }
    }
}

/// Hard rules (`[matching]` in the configuration).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MatchingRules {
    /// Never pair two people of the same organisation (conflict of interest).
    pub exclude_same_organisation: bool,
}

impl Default for MatchingRules {
    fn default() -> Self {
        Self {
            exclude_same_organisation: true,
        }
    }
}
