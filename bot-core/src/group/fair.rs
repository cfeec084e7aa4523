//! Who presents next, fairly: never someone who already presented in this
//! session; among the others, whoever presented least often in the circle's
//! earlier sessions, then whoever presented longest ago (never is longest),
//! then anyone before the facilitator (who runs the rounds and goes last
//! among equals), then whoever answered the attendance call first.
//! Deterministic, so every instance and every replay picks the same person.
//!
//! The others advise in the order they arrived, starting after the
//! presenter, so the first word goes round the group from round to round.

use crate::model::{Millis, PersonId};

/// A person present, for the choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Present {
    pub person: PersonId,
    /// When they answered the attendance call.
    pub arrived_at: Millis,
    /// Presented in this session already.
    pub presented: bool,
    /// May present at all (a facilitator from outside the circle does not).
    pub eligible: bool,
    /// Facilitates the session.
    pub runs_it: bool,
}

/// The next presenter, or None when everyone eligible has presented.
pub fn next_presenter(present: &[Present], history: &[(PersonId, Millis)]) -> Option<PersonId> {
    present
        .iter()
        .filter(|p| p.eligible && !p.presented)
        .min_by_key(|p| {
            let earlier: Vec<Millis> = history
                .iter()
                .filter(|(id, _)| *id == p.person)
                .map(|(_, at)| *at)
                .collect();
            let last = earlier.iter().max().copied().unwrap_or(Millis::MIN);
            (earlier.len(), last, p.runs_it, p.arrived_at, p.person)
        })
        .map(|p| p.person)
}

/// Everyone present but the presenter, in arrival order, starting with the
/// one who arrived after the presenter.
pub fn advisers(present: &[Present], presenter: PersonId) -> Vec<PersonId> {
    let mut order: Vec<&Present> = present.iter().collect();
    order.sort_by_key(|p| (p.arrived_at, p.person));
    let at = order
        .iter()
        .position(|p| p.person == presenter)
        .unwrap_or(0);
    order
        .iter()
        .cycle()
        .skip(at + 1)
        .take(order.len())
        .map(|p| p.person)
        .filter(|id| *id != presenter)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn present(person: PersonId, arrived_at: Millis) -> Present {
        Present {
            person,
            arrived_at,
            presented: false,
            eligible: true,
            runs_it: false,
        }
    }

    #[test]
    fn who_presented_least_and_longest_ago_goes_first() {
        let people = vec![present(1, 10), present(2, 20), present(3, 30)];
        // Nobody presented before: whoever arrived first, unless they facilitate.
        assert_eq!(next_presenter(&people, &[]), Some(1));
        let mut facilitated = people.clone();
        facilitated[0].runs_it = true;
        assert_eq!(next_presenter(&facilitated, &[]), Some(2));
        // 1 presented twice, 2 once long ago, 3 once lately: 2.
        let history = [(1, 100), (1, 200), (2, 50), (3, 300)];
        assert_eq!(next_presenter(&people, &history), Some(2));
        // Someone who never presented goes before everyone who did.
        let history = [(1, 100), (3, 300)];
        assert_eq!(next_presenter(&people, &history), Some(2));
    }

    #[test]
    fn nobody_presents_twice_and_outsiders_never() {
        let mut people = vec![present(1, 10), present(2, 20), present(3, 30)];
        people[0].presented = true;
        people[1].eligible = false;
        assert_eq!(next_presenter(&people, &[]), Some(3));
        people[2].presented = true;
        assert_eq!(next_presenter(&people, &[]), None);
        assert_eq!(next_presenter(&[], &[]), None);
    }

    #[test]
    fn advice_goes_round_from_the_presenter() {
        let people = vec![
            present(1, 10),
            present(2, 20),
            present(3, 30),
            present(4, 40),
        ];
        assert_eq!(advisers(&people, 1), vec![2, 3, 4]);
        assert_eq!(advisers(&people, 3), vec![4, 1, 2]);
        assert_eq!(advisers(&people, 4), vec![1, 2, 3]);
        assert_eq!(advisers(&[present(7, 0)], 7), Vec::<PersonId>::new());
    }
}
