//! `/avoid <person>`: someone a participant asks never to be paired with
//! (a conflict of interest, a past experience). Private: the other person is
//! not told.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::message::AccountKey;

pub async fn avoid(ctx: &mut Ctx<'_>, args: &[&str]) -> Result<(), CoreError> {
    let Some(me) = ctx.person_id() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    if args.is_empty() {
        ctx.say("avoid-usage", &[]);
        return Ok(());
    }
    let wanted = args.join(" ");
    let handle = wanted.trim_start_matches('@');
    let key = match handle.split_once(':') {
        Some((platform, id)) if !id.contains(' ') => AccountKey::new(platform, id),
        _ => AccountKey::new(ctx.from.platform.clone(), handle),
    };
    let by_handle = ctx.tx.account(&key).await?.and_then(|a| a.person_id);
    let other = match by_handle {
        Some(id) => Some(id),
        None => {
            let named = ctx.tx.persons_named(&wanted).await?;
            if named.len() > 1 {
                ctx.say("grant-ambiguous", &[("input", wanted.as_str().into())]);
                return Ok(());
            }
            named.first().map(|p| p.id)
        }
    };
    match other {
        Some(other) if other != me => {
            ctx.tx.add_exclusion(me, other).await?;
            ctx.say("avoid-done", &[]);
        }
        Some(_) => ctx.say("avoid-self", &[]),
        None => ctx.say("grant-unknown", &[("input", wanted.as_str().into())]),
    }
    Ok(())
}
