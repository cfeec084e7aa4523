//! Coordinator commands: invites and granting the coordinator role. Each one
//! is checked against the role and written to the audit log.

use serde_json::json;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::{AccountKey, Outgoing, RichText};
use crate::model::{Invite, Role};
use crate::time::{DAY_MS, format_date, zone};

const INVITE_CODE_LEN: usize = 8;
const MAX_INVITE_USES: u32 = 500;
const MAX_INVITE_DAYS: u32 = 365;

/// `/invite mentor|mentee [uses] [days]`
pub async fn invite(ctx: &mut Ctx<'_>, args: &[&str]) -> Result<(), CoreError> {
    let role = args.first().and_then(|r| Role::parse(&r.to_lowercase()));
    let uses = match args.get(1) {
        Some(n) => n
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_INVITE_USES).contains(n)),
        None => Some(1),
    };
    let days = match args.get(2) {
        Some(n) => n
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_INVITE_DAYS).contains(n)),
        None => Some(14),
    };
    let (Some(role), Some(uses), Some(days), true) = (role, uses, days, args.len() <= 3) else {
        ctx.say("invite-usage", &[]);
        return Ok(());
    };
    let mut invite = Invite {
        code: String::new(),
        role,
        uses_left: uses,
        expires_at: ctx.now + i64::from(days) * DAY_MS,
        created_by: ctx.person_id(),
        created_at: ctx.now,
    };
    // A clash of random codes is unlikely; try a few times before giving up.
    let mut attempts = 0;
    loop {
        invite.code = ctx.deps.codes.code(INVITE_CODE_LEN);
        match ctx.tx.invite(&invite.code).await? {
            Some(_) if attempts < 5 => attempts += 1,
            Some(_) => return Err(CoreError::State("could not find a free invite code".into())),
            None => break,
        }
    }
    ctx.tx.insert_invite(&invite).await?;
    let detail = json!({ "code": invite.code, "role": role.as_str(), "uses": uses, "days": days });
    ctx.tx
        .audit(ctx.now, ctx.person_id(), "invite.create", None, &detail)
        .await?;
    let tz = zone(ctx.person.as_ref().and_then(|p| p.timezone.as_deref()));
    let role_name = ctx.t(&format!("role-name-{}", role.as_str()), &[]);
    let until = format_date(invite.expires_at, tz);
    let text = ctx.t(
        "invite-created",
        &[
            ("role", role_name.into()),
            ("uses", uses.into()),
            ("until", until.into()),
            ("code", invite.code.as_str().into()),
        ],
    );
    ctx.reply(Outgoing {
        private: true,
        ..ctx.plain(text)
    });
    Ok(())
}

/// `/grant coordinator <person>`: by name, by chat handle on the granter's
/// platform (`@ann` or `ann`), or as `platform:id`.
pub async fn grant(ctx: &mut Ctx<'_>, args: &[&str]) -> Result<(), CoreError> {
    let (Some(&"coordinator"), true) = (args.first(), args.len() >= 2) else {
        ctx.say("grant-usage", &[]);
        return Ok(());
    };
    let wanted = args[1..].join(" ");
    let handle = wanted.trim_start_matches('@');
    let key = match handle.split_once(':') {
        Some((platform, id)) if !id.contains(' ') => AccountKey::new(platform, id),
        _ => AccountKey::new(ctx.from.platform.clone(), handle),
    };
    let by_handle = match ctx.tx.account(&key).await? {
        Some(account) => account.person_id,
        None => None,
    };
    let target = match by_handle {
        Some(id) => ctx.tx.person(id).await?,
        None => {
            let mut named = ctx.tx.persons_named(&wanted).await?;
            if named.len() > 1 {
                ctx.say("grant-ambiguous", &[("input", wanted.as_str().into())]);
                return Ok(());
            }
            named.pop()
        }
    };
    let Some(mut person) = target else {
        ctx.say("grant-unknown", &[("input", wanted.as_str().into())]);
        return Ok(());
    };
    if person.is_coordinator {
        ctx.say("grant-already", &[("name", person.name.as_str().into())]);
        return Ok(());
    }
    person.is_coordinator = true;
    person.updated_at = ctx.now;
    ctx.tx.update_person(&person).await?;
    ctx.tx
        .audit(
            ctx.now,
            ctx.person_id(),
            "coordinator.grant",
            Some(person.id),
            &json!({}),
        )
        .await?;
    let by = ctx
        .person
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let lang = Lang::from_code(&person.locale).unwrap_or(Lang::En);
    let text = ctx.t_in(lang, "grant-received", &[("by", by.into())]);
    ctx.notify(
        person.id,
        Outgoing {
            text: RichText::plain(text),
            lang: person.locale.clone(),
            ..Outgoing::default()
        },
    )
    .await?;
    ctx.say("grant-done", &[("name", person.name.as_str().into())]);
    Ok(())
}
