//! Small lookups the pairing messages need: a person's language, how the
//! other person can be reached, and telling every coordinator.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::{Arg, Lang};
use crate::message::{Outgoing, RichText};
use crate::model::{Person, PersonId};
use crate::reference::country_by_code;

pub fn lang_of(person: &Person) -> Lang {
    Lang::from_code(&person.locale).unwrap_or(Lang::En)
}

pub async fn person(ctx: &mut Ctx<'_>, id: PersonId) -> Result<Person, CoreError> {
    ctx.tx
        .person(id)
        .await?
        .ok_or_else(|| CoreError::State(format!("person {id} is gone")))
}

pub fn country_name(person: &Person) -> String {
    person
        .country
        .as_deref()
        .and_then(country_by_code)
        .map(|c| c.name.to_owned())
        .unwrap_or_default()
}

/// Where the other person can be written to: their platform and handle.
pub async fn contact(ctx: &mut Ctx<'_>, id: PersonId) -> Result<String, CoreError> {
    Ok(match ctx.notify_account(id).await? {
        Some(account) => format!("{} ({})", account.display_name, account.key.platform),
        None => String::new(),
    })
}

/// Sends one localized text to a person, in their language.
pub async fn tell(
    ctx: &mut Ctx<'_>,
    person: &Person,
    key: &str,
    args: &[(&str, Arg)],
) -> Result<(), CoreError> {
    let lang = lang_of(person);
    let text = ctx.t_in(lang, key, args);
    let message = Outgoing {
        text: RichText::plain(text),
        lang: lang.code().to_owned(),
        ..Outgoing::default()
    };
    ctx.notify(person.id, message).await?;
    Ok(())
}

/// Tells every coordinator, each in their own language. `args` is built per
/// language because names of states and roles are localized too.
pub async fn tell_coordinators<F>(ctx: &mut Ctx<'_>, key: &str, args: F) -> Result<(), CoreError>
where
    F: Fn(&Ctx<'_>, Lang) -> Vec<(&'static str, Arg)>,
{
    for coordinator in ctx.tx.coordinators().await? {
        let lang = lang_of(&coordinator);
        let args = args(ctx, lang);
        let text = ctx.t_in(lang, key, &args);
        let message = Outgoing {
            text: RichText::plain(text),
            lang: lang.code().to_owned(),
            ..Outgoing::default()
        };
        ctx.notify(coordinator.id, message).await?;
    }
    Ok(())
}
