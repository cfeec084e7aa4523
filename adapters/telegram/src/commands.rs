//! The command menu: every command of the core's catalog with its
//! description in each language, published with setMyCommands. Telegram
//! picks the list for the user's app language; the one without a language is
//! the fallback. Typed commands work whether or not this succeeds.

use std::sync::Arc;

use bot_core::commands::CATALOG;
use bot_core::i18n::{Lang, Locales};
use teloxide::payloads::SetMyCommandsSetters;
use teloxide::prelude::Requester;
use teloxide::types::BotCommand;

use crate::api;

/// Telegram's limit for a command's description.
const MAX_DESCRIPTION: usize = 256;

/// Telegram command names allow only `a-z`, `0-9` and `_`; the core reads
/// `notify_on` as `notify-on`.
pub fn telegram_name(name: &str) -> String {
    name.replace('-', "_")
}

/// The menu in one language. Coordinator commands are left out: everyone
/// sees the menu, and coordinators find theirs in /help.
pub fn menu(locales: &Locales, lang: Lang) -> Vec<BotCommand> {
    CATALOG
        .iter()
        .filter(|spec| !spec.coordinator)
        .map(|spec| {
            let description: String = locales
                .text(lang, &spec.description_key(), &[])
                .chars()
                .take(MAX_DESCRIPTION)
                .collect();
            BotCommand::new(telegram_name(spec.name), description)
        })
        .collect()
}

/// Publishes the menu: the fallback (English) first, then each language.
/// Stops at the first failure, which is logged: a server that refuses one
/// (the test emulator has no setMyCommands) refuses them all.
pub async fn register(api: teloxide::Bot, locales: Arc<Locales>) {
    let languages = std::iter::once(None).chain(Lang::ALL.into_iter().map(Some));
    for lang in languages {
        let mut request = api.set_my_commands(menu(&locales, lang.unwrap_or(Lang::En)));
        if let Some(lang) = lang {
            request = request.language_code(lang.code());
        }
        if let Err(error) = api::done(request.await) {
            tracing::warn!(error = %api::describe(&error), language = lang.map_or("default", Lang::code), "could not publish the command menu; typed commands still work");
            return;
        }
    }
    tracing::info!("command menu published in every language");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_valid_menu() {
        let locales = Locales::load().expect("locales");
        for lang in Lang::ALL {
            let menu = menu(&locales, lang);
            assert!(menu.iter().any(|c| c.command == "notify_on"));
            assert!(!menu.iter().any(|c| c.command == "grant"));
            for command in &menu {
                assert!(
                    (1..=32).contains(&command.command.len())
                        && command
                            .command
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                    "{}",
                    command.command
                );
                let length = command.description.chars().count();
                assert!(
                    (1..=MAX_DESCRIPTION).contains(&length),
                    "{}",
                    command.description
                );
                // A missing translation would show its key.
                assert!(
                    !command.description.starts_with("cmd-"),
                    "{}: {}",
                    lang.code(),
                    command.description
                );
            }
        }
        let german = menu(&locales, Lang::De);
        let english = menu(&locales, Lang::En);
        assert_ne!(german[0].description, english[0].description);
    }
}
