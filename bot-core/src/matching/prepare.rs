//! Participants turned into a form that is cheap to compare: names interned to
//! small integers, lists sorted, time zones resolved once. Scoring all pairs
//! of a large cohort compares each person hundreds of times, so this work is
//! done once per person instead of once per pair.

use std::collections::HashMap;

use super::input::Participant;
use super::timezone::WorkWindow;
use crate::model::PersonId;

/// Interned strings. Ids are only ever compared for equality; anything shown
/// or sorted goes back to the string, so the order in which names were first
/// seen never leaks into results.
#[derive(Debug, Default)]
pub(crate) struct Names {
    ids: HashMap<String, u32>,
    names: Vec<String>,
}

impl Names {
    pub(crate) fn intern(&mut self, name: &str) -> Option<u32> {
        let key = normalise(name)?;
        if let Some(&id) = self.ids.get(&key) {
            return Some(id);
        }
        let id = u32::try_from(self.names.len()).ok()?;
        self.names.push(key.clone());
        self.ids.insert(key, id);
        Some(id)
    }

    /// How many distinct names there are: ids are below this.
    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }

    pub(crate) fn name(&self, id: u32) -> &str {
        self.names.get(id as usize).map_or("", String::as_str)
    }
}

/// Codes and ids are compared without regard to case or surrounding space,
/// because they arrive from forms and CSV files typed by people.
fn normalise(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_lowercase())
}

#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    pub id: PersonId,
    pub country: Option<u32>,
    pub organisation: Option<u32>,
    pub sector: Option<u32>,
    /// Index into `CareerStage::ALL`, junior first.
    pub stage: Option<u8>,
    /// Sorted, without duplicates.
    pub languages: Vec<u32>,
    pub window: Option<WorkWindow>,
    pub hours: Option<u32>,
    /// Sorted by competence, without duplicates (the most years kept).
    pub offers: Vec<(u32, Option<u32>)>,
    /// Sorted, without duplicates.
    pub seeks: Vec<u32>,
    pub capacity: u32,
    pub approved: bool,
    /// Sorted.
    pub excluded: Vec<PersonId>,
}

impl Prepared {
    pub(crate) fn new(p: &Participant, names: &mut Names) -> Self {
        let interned = |list: &mut dyn Iterator<Item = &String>, names: &mut Names| {
            let mut ids: Vec<u32> = list.filter_map(|s| names.intern(s)).collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        let mut offers: Vec<(u32, Option<u32>)> = p
            .offers
            .iter()
            .filter_map(|o| Some((names.intern(&o.competence)?, o.years)))
            .collect();
        // Most years first within a competence, so dedup keeps the best claim.
        offers.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        offers.dedup_by_key(|o| o.0);
        let mut excluded = p.excluded.clone();
        excluded.sort_unstable();
        excluded.dedup();
        Self {
            id: p.id,
            country: p.country.as_deref().and_then(|s| names.intern(s)),
            organisation: p.organisation.as_deref().and_then(|s| names.intern(s)),
            sector: p.sector.as_deref().and_then(|s| names.intern(s)),
            stage: p
                .career_stage
                .and_then(|s| crate::model::CareerStage::ALL.iter().position(|&c| c == s))
                .and_then(|i| u8::try_from(i).ok()),
            languages: interned(&mut p.languages.iter(), names),
            window: p.timezone.as_deref().and_then(WorkWindow::of),
            hours: p.availability_hours,
            offers,
            seeks: interned(&mut p.seeks.iter(), names),
            capacity: p.capacity,
            approved: p.approved_mentor,
            excluded,
        }
    }

    pub(crate) fn can_mentor(&self) -> bool {
        self.approved && self.capacity > 0 && !self.offers.is_empty()
    }

    pub(crate) fn excludes(&self, other: PersonId) -> bool {
        self.excluded.binary_search(&other).is_ok()
    }
}

/// A cohort prepared once: participants sorted by id (duplicates dropped), so
/// every result is independent of the order the caller listed people in.
#[derive(Debug)]
pub(crate) struct Cohort {
    pub names: Names,
    pub people: Vec<Prepared>,
}

impl Cohort {
    pub(crate) fn new(participants: &[Participant]) -> Self {
        let mut sorted: Vec<&Participant> = participants.iter().collect();
        sorted.sort_by_key(|p| p.id);
        sorted.dedup_by_key(|p| p.id);
        let mut names = Names::default();
        let people = sorted
            .iter()
            .map(|p| Prepared::new(p, &mut names))
            .collect();
        Self { names, people }
    }
}

/// Elements of two sorted lists that are in both, in order.
pub(crate) fn intersect_sorted<'a>(a: &'a [u32], b: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
            match x.cmp(&y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(x);
                }
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::input::Offer;

    #[test]
    fn names_ignore_case_and_space_and_skip_blanks() {
        let mut n = Names::default();
        assert_eq!(n.intern(" EN "), n.intern("en"));
        assert_eq!(n.intern("   "), None);
        let de = n.intern("De").unwrap();
        assert_eq!(n.name(de), "de");
    }

    #[test]
    fn prepared_lists_are_sorted_and_deduplicated() {
        let mut names = Names::default();
        let p = Participant {
            id: 1,
            languages: vec!["fr".into(), "en".into(), "FR".into()],
            offers: vec![
                Offer::new("rust", Some(2)),
                Offer::new("go", None),
                Offer::new("Rust", Some(7)),
            ],
            seeks: vec!["b".into(), "a".into(), "b".into()],
            excluded: vec![9, 3, 9],
            ..Participant::default()
        };
        let x = Prepared::new(&p, &mut names);
        assert_eq!(x.languages.len(), 2);
        assert!(x.languages.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(x.offers.len(), 2);
        let rust = names.intern("rust").unwrap();
        assert_eq!(x.offers.iter().find(|o| o.0 == rust).unwrap().1, Some(7));
        assert_eq!(x.seeks.len(), 2);
        assert_eq!(x.excluded, vec![3, 9]);
    }

    #[test]
    fn cohort_is_sorted_by_id_without_duplicates() {
        let ps: Vec<Participant> = [5, 2, 5, 9]
            .iter()
            .map(|&id| Participant {
                id,
                ..Participant::default()
            })
            .collect();
        let c = Cohort::new(&ps);
        let ids: Vec<_> = c.people.iter().map(|p| p.id).collect();
        assert_eq!(ids, vec![2, 5, 9]);
    }

    #[test]
    fn intersection_of_sorted_lists() {
        let v: Vec<u32> = intersect_sorted(&[1, 3, 5, 7], &[2, 3, 4, 7, 8]).collect();
        assert_eq!(v, vec![3, 7]);
        assert_eq!(intersect_sorted(&[], &[1]).count(), 0);
    }
}
