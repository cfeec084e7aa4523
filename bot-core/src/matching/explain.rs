//! The facts behind a proposal, in the order a one-line explanation should
//! give them. Text is the caller's business (Fluent messages keyed by
//! [`Reason::key`]); this module only decides what is worth saying.

use serde::Serialize;

use super::score::Score;
use crate::model::PersonId;

/// One reason two people were matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    /// What the mentee seeks and the mentor offers (competence ids).
    Competences {
        competences: Vec<String>,
    },
    /// The mentor's years of experience in what the mentee seeks (the most, if several).
    Experience {
        years: u32,
    },
    /// Languages both speak (ISO 639-1 codes).
    Languages {
        languages: Vec<String>,
    },
    /// They live in different countries.
    CrossBorder,
    /// Working hours they share all year.
    OverlappingHours {
        hours: u32,
    },
    SameSector,
    /// The mentor is this many career stages ahead.
    Seniority {
        stages: u8,
    },
    /// Reverse mentoring: the mentor is this many career stages behind.
    ReverseMentoring {
        stages: u8,
    },
    /// Both have time for mentoring.
    Availability,
}

impl Reason {
    /// A stable key for the message that renders this reason.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Competences { .. } => "competences",
            Self::Languages { .. } => "languages",
            Self::Experience { .. } => "experience",
            Self::CrossBorder => "cross-border",
            Self::OverlappingHours { .. } => "overlapping-hours",
            Self::SameSector => "same-sector",
            Self::Seniority { .. } => "seniority",
            Self::ReverseMentoring { .. } => "reverse-mentoring",
            Self::Availability => "availability",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    pub mentor: PersonId,
    pub mentee: PersonId,
    pub total: f64,
    /// The competences and the languages always come first (they are why the
    /// pair is possible at all), then every other component that earned
    /// points, the largest first.
    pub reasons: Vec<Reason>,
}

/// What to say about a scored pair.
pub fn explain(score: &Score) -> Explanation {
    let c = &score.components;
    let mut reasons = vec![
        Reason::Competences {
            competences: score.competences.clone(),
        },
        Reason::Languages {
            languages: score.shared_languages.clone(),
        },
    ];
    let mut extra: Vec<(f64, Reason)> = Vec::new();
    if let Some(years) = score.experience_years.filter(|&y| y > 0) {
        extra.push((c.experience, Reason::Experience { years }));
    }
    if score.cross_border {
        extra.push((c.cross_border, Reason::CrossBorder));
    }
    if let Some(hours) = score.overlap_hours.filter(|&h| h > 0) {
        extra.push((c.timezone, Reason::OverlappingHours { hours }));
    }
    if score.same_sector {
        extra.push((c.sector, Reason::SameSector));
    }
    if let Some(gap) = score.stage_gap {
        let stages = gap.unsigned_abs();
        let reason = if score.reverse {
            Reason::ReverseMentoring { stages }
        } else {
            Reason::Seniority { stages }
        };
        if gap != 0 {
            extra.push((c.career_stage, reason));
        }
    }
    extra.push((c.availability, Reason::Availability));
    // Only what earned points; a stable sort keeps the order above for ties.
    extra.retain(|(points, _)| *points > 0.0);
    extra.sort_by(|a, b| b.0.total_cmp(&a.0));
    reasons.extend(extra.into_iter().map(|(_, r)| r));
    Explanation {
        mentor: score.mentor,
        mentee: score.mentee,
        total: score.total,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::input::{MatchingRules, MatchingWeights, Offer, Participant};
    use crate::matching::score::evaluate;
    use crate::model::CareerStage;

    fn pair() -> (Participant, Participant) {
        let mentor = Participant {
            id: 1,
            country: Some("DE".into()),
            sector: Some("health".into()),
            career_stage: Some(CareerStage::Early),
            languages: vec!["en".into(), "de".into()],
            timezone: Some("Europe/Berlin".into()),
            availability_hours: Some(4),
            offers: vec![Offer::new("data", Some(3))],
            capacity: 1,
            approved_mentor: true,
            ..Participant::default()
        };
        let mentee = Participant {
            id: 2,
            country: Some("GH".into()),
            sector: Some("health".into()),
            career_stage: Some(CareerStage::Senior),
            languages: vec!["en".into()],
            timezone: Some("Africa/Accra".into()),
            availability_hours: Some(4),
            seeks: vec!["data".into()],
            ..Participant::default()
        };
        (mentor, mentee)
    }

    #[test]
    fn reasons_start_with_why_possible_then_by_points() {
        let (m, e) = pair();
        let s = evaluate(
            &m,
            &e,
            &MatchingWeights::default(),
            &MatchingRules::default(),
        )
        .unwrap();
        let x = explain(&s);
        assert_eq!((x.mentor, x.mentee, x.total), (1, 2, s.total));
        let keys: Vec<_> = x.reasons.iter().map(Reason::key).collect();
        // Cross-border 4, overlap (Accra UTC+0, Berlin +1/+2: 7 h) 3 × 7/9,
        // sector 2, availability 2, experience (3 years) 4 × 3/8, reverse
        // mentoring (2 stages) 1.
        assert_eq!(
            keys,
            vec![
                "competences",
                "languages",
                "cross-border",
                "overlapping-hours",
                "same-sector",
                "availability",
                "experience",
                "reverse-mentoring"
            ]
        );
        assert_eq!(x.reasons[3], Reason::OverlappingHours { hours: 7 });
        assert_eq!(x.reasons[6], Reason::Experience { years: 3 });
        assert_eq!(x.reasons[7], Reason::ReverseMentoring { stages: 2 });
        assert_eq!(
            x.reasons[0],
            Reason::Competences {
                competences: vec!["data".into()]
            }
        );
    }

    #[test]
    fn what_earned_nothing_is_not_said() {
        let (mut m, mut e) = pair();
        m.offers[0].years = None;
        m.country = e.country.clone();
        e.sector = None;
        e.timezone = None;
        e.availability_hours = None;
        e.career_stage = m.career_stage;
        let w = MatchingWeights::default();
        let s = evaluate(&m, &e, &w, &MatchingRules::default()).unwrap();
        let keys: Vec<_> = explain(&s).reasons.iter().map(Reason::key).collect();
        assert_eq!(keys, vec!["competences", "languages"]);

        // A fact whose weight is 0 is not a reason either.
        let (m, e) = pair();
        let w = MatchingWeights {
            cross_border: 0.0,
            ..MatchingWeights::default()
        };
        let s = evaluate(&m, &e, &w, &MatchingRules::default()).unwrap();
        assert!(!explain(&s).reasons.contains(&Reason::CrossBorder));
    }

    #[test]
    fn explanation_serialises_with_tagged_reasons() {
        let (m, e) = pair();
        let s = evaluate(
            &m,
            &e,
            &MatchingWeights::default(),
            &MatchingRules::default(),
        )
        .unwrap();
        let json = serde_json::to_value(explain(&s)).unwrap();
        assert_eq!(json["reasons"][0]["reason"], "competences");
        assert_eq!(json["reasons"][1]["languages"][0], "en");
    }
}
