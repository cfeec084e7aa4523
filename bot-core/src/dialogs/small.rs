//! One-question dialogs: the interface language, and confirming erasure.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::{Choice, ChoiceSet};

use super::{Dialog, Input, Outcome};

fn single_token(input: &Input) -> Option<&str> {
    match input {
        Input::Tokens(t) if t.len() == 1 => Some(t[0].as_str()),
        _ => None,
    }
}

pub fn ask_language(ctx: &mut Ctx<'_>) {
    let options = Lang::ALL
        .iter()
        .map(|l| Choice::new(format!("lang:{}", l.code()), l.autonym()))
        .collect();
    let question = ctx.question(
        ctx.t("language-ask", &[]),
        ChoiceSet {
            options,
            multi: false,
        },
    );
    ctx.reply(question);
}

pub async fn answer_language(ctx: &mut Ctx<'_>, input: Input) -> Result<Outcome, CoreError> {
    let Some(lang) = single_token(&input)
        .and_then(|t| t.strip_prefix("lang:"))
        .and_then(Lang::from_code)
    else {
        ctx.say("choice-invalid", &[]);
        ask_language(ctx);
        return Ok(Outcome::Continue(Dialog::Language));
    };
    let Some(mut person) = ctx.person.clone() else {
        return Err(CoreError::State("language change without a profile".into()));
    };
    person.locale = lang.code().to_owned();
    person.updated_at = ctx.now;
    ctx.tx.update_person(&person).await?;
    ctx.person = Some(person);
    ctx.lang = lang;
    ctx.conversation.offered = None;
    ctx.say("language-set", &[]);
    Ok(Outcome::Done)
}

pub fn ask_forget(ctx: &mut Ctx<'_>) {
    let options = vec![
        Choice::new("forget:yes", ctx.t("forget-yes", &[])),
        Choice::new("forget:no", ctx.t("forget-no", &[])),
    ];
    let question = ctx.question(
        ctx.t("forget-confirm", &[]),
        ChoiceSet {
            options,
            multi: false,
        },
    );
    ctx.reply(question);
}

pub async fn answer_forget(ctx: &mut Ctx<'_>, input: Input) -> Result<Outcome, CoreError> {
    match single_token(&input) {
        Some("forget:yes") => {
            crate::privacy::erase(ctx).await?;
            Ok(Outcome::Done)
        }
        Some("forget:no") => {
            ctx.conversation.offered = None;
            ctx.say("forget-kept", &[]);
            Ok(Outcome::Done)
        }
        _ => {
            ctx.say("choice-invalid", &[]);
            ask_forget(ctx);
            Ok(Outcome::Continue(Dialog::Forget))
        }
    }
}
