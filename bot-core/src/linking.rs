//! One person, several chat accounts: `/link` gives a short-lived one-time
//! code on one account, and sending it from another account joins the two.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::{Outgoing, RichText};
use crate::model::Account;
use crate::time::MINUTE_MS;

const LINK_CODE_LEN: usize = 6;

/// `/link` on an account with a profile: a fresh code.
pub async fn issue_code(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let Some(person) = ctx.person_id() else {
        ctx.say("link-needs-profile", &[]);
        return Ok(());
    };
    let expires = ctx.now + i64::from(ctx.config().programme.link_code_minutes) * MINUTE_MS;
    let code = ctx.deps.codes.code(LINK_CODE_LEN);
    ctx.tx.insert_link_code(&code, person, expires).await?;
    let text = ctx.t("link-code", &[("code", code.into())]);
    ctx.reply(Outgoing {
        private: true,
        ..ctx.plain(text)
    });
    Ok(())
}

/// Whether `code` looks like a link code (so `/start CODE` can carry one).
pub fn looks_like_code(code: &str) -> bool {
    code.len() == LINK_CODE_LEN && code.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `/link CODE` (or `/start CODE`) on the new account. Returns false if the
/// code is not a valid link code, so callers can try it as an invite.
pub async fn redeem(
    ctx: &mut Ctx<'_>,
    code: &str,
    report_invalid: bool,
) -> Result<bool, CoreError> {
    let code = code.trim().to_uppercase();
    if let Some(current) = ctx.person_id() {
        // Check before consuming the code: the owner may just be testing it.
        let owner = ctx.tx.take_link_code(&code, ctx.now).await?;
        match owner {
            Some(owner) if owner == current => ctx.say("link-already", &[]),
            Some(_) => ctx.say("link-other-profile", &[]),
            None if report_invalid => ctx.say("link-invalid", &[]),
            None => return Ok(false),
        }
        return Ok(true);
    }
    let Some(person_id) = ctx.tx.take_link_code(&code, ctx.now).await? else {
        if report_invalid {
            ctx.say("link-invalid", &[]);
        }
        return Ok(false);
    };
    let Some(person) = ctx.tx.person(person_id).await? else {
        ctx.say("link-invalid", &[]);
        return Ok(true);
    };
    let account = Account {
        key: ctx.from.clone(),
        person_id: Some(person.id),
        display_name: ctx.display_name.clone(),
        locale: Some(person.locale.clone()),
        last_seen_at: ctx.now,
    };
    // Tell the person's other accounts before this one joins them.
    let others = ctx.tx.accounts_of(person.id).await?;
    ctx.tx.upsert_account(&account).await?;
    ctx.account = Some(account);
    ctx.lang = Lang::from_code(&person.locale).unwrap_or(ctx.lang);
    ctx.person = Some(person.clone());
    ctx.conversation = Default::default();
    if !others.is_empty() {
        let lang = ctx.lang;
        let text = ctx.t_in(
            lang,
            "link-notice",
            &[("platform", ctx.from.platform.as_str().into())],
        );
        let message = Outgoing {
            text: RichText::plain(text),
            private: true,
            lang: lang.code().to_owned(),
            ..Outgoing::default()
        };
        for other in &others {
            ctx.send_to_account(&other.key, Some(person.id), message.clone());
        }
    }
    ctx.say("link-done", &[("name", person.name.as_str().into())]);
    Ok(true)
}
