//! Self-service: a mentee's request to a mentor, passed on to their next
//! choice when the mentor declines or does not answer in time.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::model::{MentorStatus, Pair, PairEvent, PairOrigin, PairState, Person};

use super::facts::{Facts, Suggestion};
use super::people::tell;
use super::respond::ask_mentor;

/// Creates a request to `choice.mentor` and asks them; `rest` are the
/// mentee's next choices.
pub async fn request(
    ctx: &mut Ctx<'_>,
    mentee: &Person,
    choice: &Suggestion,
    rest: Vec<Suggestion>,
) -> Result<i64, CoreError> {
    let facts = Facts {
        next_choices: rest,
        ..choice.facts.clone()
    };
    let mut pair = Pair {
        id: 0,
        mentor_id: choice.mentor,
        mentee_id: mentee.id,
        state: PairState::Requested,
        origin: PairOrigin::Request,
        score: choice.score,
        facts: facts.to_json(),
        mentor_accepted: false,
        // Asking is the mentee's acceptance.
        mentee_accepted: true,
        respond_by: None,
        end_reason: None,
        created_at: ctx.now,
        updated_at: ctx.now,
    };
    pair.id = ctx.tx.insert_pair(&pair).await?;
    let event = PairEvent {
        pair_id: pair.id,
        at: ctx.now,
        actor: Some(mentee.id),
        from_state: None,
        to_state: PairState::Requested,
        note: None,
    };
    ctx.tx.record_pair_event(&event).await?;
    ask_mentor(ctx, &mut pair).await?;
    Ok(pair.id)
}

/// After a declined, lapsed or impossible request: asks the mentee's next
/// choice that is still an approved mentor, or tells the mentee to look again.
pub async fn pass_on(
    ctx: &mut Ctx<'_>,
    ended: &Pair,
    mentor: &Person,
    mentee: &Person,
) -> Result<(), CoreError> {
    let mut choices = Facts::from_json(&ended.facts).next_choices.into_iter();
    while let Some(choice) = choices.next() {
        let Some(next) = ctx.tx.person(choice.mentor).await? else {
            continue;
        };
        if next.mentor_status != MentorStatus::Approved {
            continue;
        }
        tell(
            ctx,
            mentee,
            "request-passed-on",
            &[
                ("name", mentor.name.as_str().into()),
                ("next", next.name.as_str().into()),
            ],
        )
        .await?;
        request(ctx, mentee, &choice, choices.collect()).await?;
        return Ok(());
    }
    tell(
        ctx,
        mentee,
        "request-none-left",
        &[("name", mentor.name.as_str().into())],
    )
    .await
}
