//! Circles: small peer-mentoring groups that share a language and, as far as
//! possible, what they seek.
//!
//! # Method
//!
//! 1. Each person gets one language: the one they speak that most people in
//!    the cohort speak (the bigger the pool, the better the competence fit
//!    inside it). Languages too small for a circle then recruit multilingual
//!    people from languages that can spare them; a language that still
//!    cannot make a circle lets its people go to another language they speak
//!    that has circles; people with no such language are left out.
//! 2. Each language's people are split into `ceil(n / size)` circles whose
//!    sizes differ by at most one. Circles are filled one at a time: a seed,
//!    then whoever seeks most of what the circle already seeks.

use std::cmp::Reverse;

use serde::Serialize;

use super::input::Participant;
use super::prepare::{Cohort, Prepared};
use crate::model::PersonId;

pub const DEFAULT_CIRCLE_SIZE: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Circle {
    /// The language every member speaks (normalised ISO 639-1 code).
    pub language: String,
    /// Ascending.
    pub members: Vec<PersonId>,
    /// Competences sought by two or more members, the most shared first.
    pub shared_competences: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Circles {
    /// By language, then in the order formed.
    pub circles: Vec<Circle>,
    /// People no circle could take (no language shared by enough others), ascending.
    pub left_out: Vec<PersonId>,
}

/// The smallest circle worth forming for a requested size: at least 2, at
/// most 3, and never more than half the size (rounded up), which is what
/// keeps `ceil(n / size)` balanced circles at or above it.
pub fn min_circle_size(size: usize) -> usize {
    size.max(2).div_ceil(2).clamp(2, 3)
}

/// Groups people into circles of about `size` (at least 2). Every circle has
/// at least [`min_circle_size`] members and, for sizes of 3 or more, at most
/// `size`; sizes within one language differ by at most one. Deterministic and
/// independent of the order of `participants`.
pub fn form_circles(participants: &[Participant], size: usize) -> Circles {
    let size = size.max(2);
    let min = min_circle_size(size);
    let cohort = Cohort::new(participants);
    let home = choose_languages(&cohort, min);

    let mut by_language: Vec<(u32, Vec<usize>)> = Vec::new();
    let mut left_out = Vec::new();
    for (idx, h) in home.iter().enumerate() {
        match h {
            Some(l) => match by_language.iter_mut().find(|(x, _)| x == l) {
                Some((_, v)) => v.push(idx),
                None => by_language.push((*l, vec![idx])),
            },
            None => left_out.push(cohort.people[idx].id),
        }
    }
    by_language.sort_by(|a, b| cohort.names.name(a.0).cmp(cohort.names.name(b.0)));

    let mut circles = Vec::new();
    for (language, members) in by_language {
        if members.len() < min {
            // Cannot happen after choose_languages, but never form a too-small circle.
            left_out.extend(members.iter().map(|&i| cohort.people[i].id));
            continue;
        }
        for group in split(&cohort, &members, size, min) {
            circles.push(circle(&cohort, language, &group));
        }
    }
    left_out.sort_unstable();
    Circles { circles, left_out }
}

/// Each person's circle language, or None when no language of theirs can
/// make a circle.
fn choose_languages(cohort: &Cohort, min: usize) -> Vec<Option<u32>> {
    let people = &cohort.people;
    let name = |l: u32| cohort.names.name(l);
    let mut speakers = vec![0usize; cohort.names.len()];
    for p in people {
        for &l in &p.languages {
            speakers[l as usize] += 1;
        }
    }
    // Most widely spoken first; ties by code.
    let rank = |l: &u32| (Reverse(speakers[*l as usize]), name(*l));
    let mut home: Vec<Option<u32>> = people
        .iter()
        .map(|p| p.languages.iter().min_by_key(|l| rank(l)).copied())
        .collect();
    let mut count = vec![0usize; speakers.len()];
    for l in home.iter().flatten() {
        count[*l as usize] += 1;
    }

    // Smallest languages first: they are the ones that need help.
    let mut languages: Vec<u32> = (0..speakers.len())
        .filter(|&l| speakers[l] > 0)
        .filter_map(|l| u32::try_from(l).ok())
        .collect();
    languages.sort_by_key(|&l| (speakers[l as usize], name(l)));
    for l in languages {
        let lu = l as usize;
        if count[lu] == 0 || count[lu] >= min {
            continue;
        }
        // Recruit speakers: first people no language has taken yet, then
        // people whose language can spare them.
        for spare_only in [false, true] {
            for (idx, p) in people.iter().enumerate() {
                if count[lu] >= min {
                    break;
                }
                if !speaks(p, l) {
                    continue;
                }
                match home[idx] {
                    None if !spare_only => {}
                    Some(h) if spare_only && h != l && count[h as usize] > min => {
                        count[h as usize] -= 1;
                    }
                    _ => continue,
                }
                home[idx] = Some(l);
                count[lu] += 1;
            }
        }
        if count[lu] < min {
            // Too small even so: its people wait for the last step.
            for h in home.iter_mut().filter(|h| **h == Some(l)) {
                *h = None;
            }
            count[lu] = 0;
        }
    }
    // Whoever is still without a language joins the largest circle language
    // they speak, if any.
    for (idx, p) in people.iter().enumerate() {
        if home[idx].is_some() {
            continue;
        }
        home[idx] = p
            .languages
            .iter()
            .filter(|&&x| count[x as usize] >= min)
            .min_by_key(|&&x| (Reverse(count[x as usize]), name(x)))
            .copied();
        if let Some(x) = home[idx] {
            count[x as usize] += 1;
        }
    }
    home
}

fn speaks(p: &Prepared, language: u32) -> bool {
    p.languages.binary_search(&language).is_ok()
}

/// Balanced circles from one language's people (indices into the cohort).
fn split(cohort: &Cohort, members: &[usize], size: usize, min: usize) -> Vec<Vec<usize>> {
    let n = members.len();
    let mut groups = n.div_ceil(size);
    if n / groups < min {
        // Only for sizes 2 and 3, where half the size is below the minimum.
        groups = (n / min).max(1);
    }
    let (base, extra) = (n / groups, n % groups);

    let mut popularity = vec![0usize; cohort.names.len()];
    for &i in members {
        for &c in &cohort.people[i].seeks {
            popularity[c as usize] += 1;
        }
    }
    // People whose most popular sought competences agree sit next to each
    // other in this order; it seeds circles and breaks ties.
    let key = |i: usize| {
        let mut k: Vec<(Reverse<usize>, &str)> = cohort.people[i]
            .seeks
            .iter()
            .map(|&c| (Reverse(popularity[c as usize]), cohort.names.name(c)))
            .collect();
        k.sort();
        k
    };
    let mut order: Vec<usize> = members.to_vec();
    order.sort_by_cached_key(|&i| (key(i), cohort.people[i].id));

    let mut taken = vec![false; order.len()];
    let mut in_circle = vec![0usize; cohort.names.len()];
    let mut result = Vec::with_capacity(groups);
    for g in 0..groups {
        let target = base + usize::from(g < extra);
        let mut circle = Vec::with_capacity(target);
        while circle.len() < target {
            // The untaken person sharing most with the circle so far; the
            // first in `order` on ties (and as the seed).
            let mut best: Option<(usize, usize)> = None;
            for (pos, &i) in order.iter().enumerate() {
                if taken[pos] {
                    continue;
                }
                let gain: usize = cohort.people[i]
                    .seeks
                    .iter()
                    .map(|&c| in_circle[c as usize])
                    .sum();
                if best.is_none_or(|(_, g)| gain > g) {
                    best = Some((pos, gain));
                }
            }
            let Some((pos, _)) = best else { break };
            taken[pos] = true;
            let i = order[pos];
            for &c in &cohort.people[i].seeks {
                in_circle[c as usize] += 1;
            }
            circle.push(i);
        }
        for &i in &circle {
            for &c in &cohort.people[i].seeks {
                in_circle[c as usize] = 0;
            }
        }
        result.push(circle);
    }
    result
}

fn circle(cohort: &Cohort, language: u32, group: &[usize]) -> Circle {
    let mut members: Vec<PersonId> = group.iter().map(|&i| cohort.people[i].id).collect();
    members.sort_unstable();
    let mut counts: Vec<(u32, usize)> = Vec::new();
    for &i in group {
        for &c in &cohort.people[i].seeks {
            match counts.iter_mut().find(|(x, _)| *x == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
    }
    counts.retain(|&(_, n)| n >= 2);
    counts.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(cohort.names.name(a.0).cmp(cohort.names.name(b.0)))
    });
    Circle {
        language: cohort.names.name(language).to_owned(),
        members,
        shared_competences: counts
            .into_iter()
            .map(|(c, _)| cohort.names.name(c).to_owned())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(id: PersonId, langs: &[&str], seeks: &[&str]) -> Participant {
        Participant {
            id,
            languages: langs.iter().map(|s| s.to_string()).collect(),
            seeks: seeks.iter().map(|s| s.to_string()).collect(),
            ..Participant::default()
        }
    }

    fn members(c: &Circles) -> Vec<Vec<PersonId>> {
        c.circles.iter().map(|x| x.members.clone()).collect()
    }

    #[test]
    fn minimum_sizes() {
        assert_eq!(min_circle_size(0), 2);
        assert_eq!(min_circle_size(2), 2);
        assert_eq!(min_circle_size(4), 2);
        assert_eq!(min_circle_size(5), 3);
        assert_eq!(min_circle_size(12), 3);
    }

    #[test]
    fn seven_people_make_two_balanced_circles() {
        let people: Vec<_> = (1..=7).map(|i| p(i, &["en"], &["x"])).collect();
        let c = form_circles(&people, DEFAULT_CIRCLE_SIZE);
        let sizes: Vec<_> = c.circles.iter().map(|x| x.members.len()).collect();
        assert_eq!(sizes, vec![4, 3]);
        assert!(c.left_out.is_empty());
        assert_eq!(c.circles[0].language, "en");
        assert_eq!(c.circles[0].shared_competences, vec!["x"]);
    }

    #[test]
    fn people_seeking_the_same_thing_sit_together() {
        let mut people = Vec::new();
        for i in 0..5 {
            people.push(p(i * 2, &["en"], &["design"]));
            people.push(p(i * 2 + 1, &["en"], &["finance", "law"]));
        }
        let c = form_circles(&people, 5);
        assert_eq!(members(&c), vec![vec![0, 2, 4, 6, 8], vec![1, 3, 5, 7, 9]]);
        assert_eq!(c.circles[0].shared_competences, vec!["design"]);
        assert_eq!(c.circles[1].shared_competences, vec!["finance", "law"]);
    }

    #[test]
    fn a_rare_language_borrows_bilinguals_or_is_left_out() {
        let mut people: Vec<_> = (1..=6).map(|i| p(i, &["en"], &["x"])).collect();
        // Two Swahili-only speakers and one who also speaks English: the
        // bilingual joins them so all three have a circle.
        people.push(p(10, &["sw"], &["x"]));
        people.push(p(11, &["sw"], &["x"]));
        people.push(p(12, &["en", "sw"], &["x"]));
        // A lone Icelandic speaker and someone without a language.
        people.push(p(20, &["is"], &["x"]));
        people.push(p(21, &[], &["x"]));
        let c = form_circles(&people, 5);
        let sw: Vec<_> = c.circles.iter().filter(|x| x.language == "sw").collect();
        assert_eq!(sw.len(), 1);
        assert_eq!(sw[0].members, vec![10, 11, 12]);
        assert_eq!(c.left_out, vec![20, 21]);
        let en: usize = c
            .circles
            .iter()
            .filter(|x| x.language == "en")
            .map(|x| x.members.len())
            .sum();
        assert_eq!(en, 6);
    }

    #[test]
    fn a_language_too_small_even_with_help_sends_people_elsewhere() {
        let mut people: Vec<_> = (1..=4).map(|i| p(i, &["en"], &["x"])).collect();
        people.push(p(10, &["fr", "en"], &["x"]));
        people.push(p(11, &["fr"], &["x"]));
        let c = form_circles(&people, 5);
        // French has two speakers, one circle needs three: the bilingual goes
        // to English, the other is left out.
        assert_eq!(members(&c), vec![vec![1, 2, 3, 4, 10]]);
        assert_eq!(c.left_out, vec![11]);
    }

    #[test]
    fn nobody_means_no_circles() {
        assert_eq!(form_circles(&[], 5), Circles::default());
    }
}
