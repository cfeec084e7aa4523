//! `/announce [mentors|mentees|coordinators] <text>`: a message to the whole
//! cohort or one role, through the outbox (so each platform's rate limits
//! apply), with a count of how many it went to.

use serde_json::json;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::message::{Inline, Outgoing, RichText};
use crate::model::{Direction, MentorStatus, Person};
use crate::pairing::people::lang_of;
use crate::validate;

pub async fn announce(ctx: &mut Ctx<'_>, args: &[&str]) -> Result<(), CoreError> {
    let (audience, words) = match args.first().map(|a| a.to_lowercase()) {
        Some(role) if ["mentors", "mentees", "coordinators"].contains(&role.as_str()) => {
            (role, &args[1..])
        }
        _ => ("all".to_owned(), args),
    };
    let max = ctx.config().limits.max_text;
    let Some(text) = validate::free_text(&words.join(" "), 3, max, true) else {
        ctx.say("announce-usage", &[]);
        return Ok(());
    };
    let seekers: Vec<i64> = ctx
        .tx
        .all_competences()
        .await?
        .into_iter()
        .filter(|(_, c)| c.direction == Direction::Seeks)
        .map(|(id, _)| id)
        .collect();
    let chosen: Vec<Person> = ctx
        .tx
        .all_persons()
        .await?
        .into_iter()
        .filter(|p| match audience.as_str() {
            "mentors" => p.mentor_status == MentorStatus::Approved,
            "mentees" => seekers.contains(&p.id),
            "coordinators" => p.is_coordinator,
            _ => true,
        })
        .collect();
    let from = ctx
        .person
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let mut sent = 0usize;
    for person in &chosen {
        let lang = lang_of(person);
        let mut message = RichText::default();
        message.push_paragraph(vec![Inline::Bold(ctx.t_in(
            lang,
            "announce-from",
            &[("name", from.as_str().into())],
        ))]);
        message.push_text(text.clone());
        let outgoing = Outgoing {
            text: message,
            lang: lang.code().to_owned(),
            ..Outgoing::default()
        };
        if ctx.notify(person.id, outgoing).await? {
            sent += 1;
        }
    }
    ctx.tx
        .audit(
            ctx.now,
            ctx.person_id(),
            "announce",
            None,
            &json!({ "audience": audience, "people": sent }),
        )
        .await?;
    ctx.say("announce-sent", &[("count", sent.into())]);
    Ok(())
}
