//! `/action <person> <text>`: an action item with an owner, and the
//! reminder its owner gets some days after the session
//! (`groups.action_reminder_days`).

use crate::context::Ctx;
use crate::error::CoreError;
use crate::model::{GroupItem, GroupItemKind, GroupSession, Person};
use crate::pairing::people::tell;
use crate::time::{format_date, zone};
use crate::validate;

use super::room::Room;

const MAX_ACTION: usize = 500;

/// Who `words` start with, among `people`: a full name, or a first name (or
/// chat handle, with or without `@`) that only one of them has. Returns the
/// person and how many words named them.
pub fn owner_in<'p>(people: &'p [(Person, Vec<String>)], words: &[&str]) -> Owner<'p> {
    let lowered: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // A full name first, the longest that fits.
    let mut best: Option<(&Person, usize)> = None;
    for (person, _) in people {
        let name: Vec<String> = person
            .name
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        if name.len() > 1
            && lowered.len() >= name.len()
            && lowered[..name.len()] == name[..]
            && best.is_none_or(|(_, n)| name.len() > n)
        {
            best = Some((person, name.len()));
        }
    }
    if let Some((person, used)) = best {
        return Owner::Found(person, used);
    }
    let Some(first) = lowered.first() else {
        return Owner::Unknown;
    };
    let first = first.trim_start_matches('@');
    let matches: Vec<&Person> = people
        .iter()
        .filter(|(person, handles)| {
            person
                .name
                .split_whitespace()
                .next()
                .is_some_and(|n| n.to_lowercase() == first)
                || handles.iter().any(|h| h.to_lowercase() == first)
        })
        .map(|(person, _)| person)
        .collect();
    match matches.as_slice() {
        [person] => Owner::Found(person, 1),
        [] => Owner::Unknown,
        _ => Owner::Ambiguous,
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum Owner<'p> {
    Found(&'p Person, usize),
    Unknown,
    Ambiguous,
}

/// The session's people (invited or present) with their chat handles.
async fn people_of(
    ctx: &mut Ctx<'_>,
    session: &GroupSession,
) -> Result<Vec<(Person, Vec<String>)>, CoreError> {
    let mut people = Vec::new();
    for member in ctx.tx.group_members(session.id).await? {
        let Some(person) = ctx.tx.person(member.person_id).await? else {
            continue;
        };
        let handles = ctx
            .tx
            .accounts_of(person.id)
            .await?
            .into_iter()
            .flat_map(|a| [a.key.id, a.display_name])
            .filter(|h| !h.is_empty())
            .collect();
        people.push((person, handles));
    }
    Ok(people)
}

/// `/action <person> <text>`.
pub async fn add(
    ctx: &mut Ctx<'_>,
    room: &Room,
    session: GroupSession,
    args: &[&str],
) -> Result<(), CoreError> {
    if !super::live::may_write(ctx, room, &session).await? {
        ctx.say("group-not-present", &[]);
        return Ok(());
    }
    if args.len() < 2 {
        ctx.say("group-action-usage", &[("max", MAX_ACTION.into())]);
        return Ok(());
    }
    let people = people_of(ctx, &session).await?;
    let (owner, used) = match owner_in(&people, args) {
        Owner::Found(person, used) => (person.clone(), used),
        found => {
            let shown: String = validate::clean_text(args[0], false)
                .chars()
                .take(40)
                .collect();
            let names: Vec<String> = people.iter().map(|(p, _)| p.name.clone()).collect();
            let key = if found == Owner::Ambiguous {
                "group-action-ambiguous"
            } else {
                "group-action-unknown"
            };
            ctx.say(
                key,
                &[
                    ("name", shown.into()),
                    ("members", super::list(&names).into()),
                ],
            );
            return Ok(());
        }
    };
    let Some(text) = validate::free_text(&args[used..].join(" "), 2, MAX_ACTION, false) else {
        ctx.say("group-action-usage", &[("max", MAX_ACTION.into())]);
        return Ok(());
    };
    ctx.tx
        .insert_group_item(&GroupItem {
            id: 0,
            session_id: session.id,
            kind: GroupItemKind::Action,
            author_id: ctx.person_id(),
            owner_id: Some(owner.id),
            text: text.clone(),
            created_at: ctx.now,
        })
        .await?;
    ctx.say(
        "group-action-noted",
        &[("name", owner.name.as_str().into()), ("text", text.into())],
    );
    Ok(())
}

/// The reminder job: the owner is told their action item again.
pub async fn fire(ctx: &mut Ctx<'_>, item: i64) -> Result<(), CoreError> {
    let Some(item) = ctx.tx.group_item(item).await? else {
        return Ok(());
    };
    let (Some(owner), Some(session)) =
        (item.owner_id, ctx.tx.group_session(item.session_id).await?)
    else {
        return Ok(());
    };
    let Some(owner) = ctx.tx.person(owner).await? else {
        return Ok(());
    };
    let on = format_date(
        session.started_at.unwrap_or(session.starts_at),
        zone(owner.timezone.as_deref()),
    );
    tell(
        ctx,
        &owner,
        "group-action-reminder",
        &[
            ("topic", session.topic.as_str().into()),
            ("date", on.into()),
            ("text", item.text.as_str().into()),
        ],
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MentorStatus;

    fn person(id: i64, name: &str) -> Person {
        Person {
            id,
            name: name.into(),
            locale: "en".into(),
            country: None,
            organisation: None,
            sector: None,
            career_stage: None,
            languages: vec![],
            goals: None,
            availability_hours: None,
            timezone: None,
            meeting_mode: None,
            is_coordinator: false,
            mentor_status: MentorStatus::None,
            invited_as: None,
            notify_platform: None,
            capacity: 2,
            email: None,
            consent_at: 0,
            created_at: 0,
            updated_at: 0,
        }
    }

    fn found(people: &[(Person, Vec<String>)], text: &str) -> Option<(i64, usize)> {
        let words: Vec<&str> = text.split_whitespace().collect();
        match owner_in(people, &words) {
            Owner::Found(p, used) => Some((p.id, used)),
            _ => None,
        }
    }

    #[test]
    fn owners_are_found_by_full_name_first_name_or_handle() {
        let people = vec![
            (person(1, "Anna Berg"), vec!["anna".to_owned()]),
            (person(2, "Ben Ahmed"), vec!["ben".to_owned()]),
            (person(3, "Anna Lind"), vec!["alind".to_owned()]),
        ];
        assert_eq!(found(&people, "Ben send the deck"), Some((2, 1)));
        assert_eq!(found(&people, "ben ahmed send the deck"), Some((2, 2)));
        assert_eq!(found(&people, "Anna Lind call the bank"), Some((3, 2)));
        assert_eq!(found(&people, "@alind call the bank"), Some((3, 1)));
        let words = ["Anna", "call"];
        assert_eq!(owner_in(&people, &words), Owner::Ambiguous);
        let words = ["Zoe", "call"];
        assert_eq!(owner_in(&people, &words), Owner::Unknown);
        assert_eq!(owner_in(&people, &[]), Owner::Unknown);
    }
}
