//! The core's command catalog as Discord slash commands, and slash-command
//! invocations back as the text the core reads (`/invite mentee 1 30`).

use bot_core::commands::{CATALOG, CommandSpec, OptionKind};
use bot_core::i18n::{Lang, Locales};
use serenity::all::{
    CommandData, CommandDataOptionValue, CommandOptionType, CreateCommand, CreateCommandOption,
    InstallationContext, InteractionContext, Permissions,
};

use crate::markdown::truncate;

/// Discord's limit for command and option descriptions.
const DESCRIPTION_LIMIT: usize = 100;

/// The shipped languages Discord's client has, with Discord's locale codes.
/// English is the commands' base language; Estonian, Latvian and Arabic are
/// not Discord locales, so their speakers see the English descriptions.
pub const DISCORD_LOCALES: &[(Lang, &str)] = &[
    (Lang::Da, "da"),
    (Lang::De, "de"),
    (Lang::Fr, "fr"),
    (Lang::Lt, "lt"),
    (Lang::Pl, "pl"),
    (Lang::Ru, "ru"),
    (Lang::Fi, "fi"),
    (Lang::Sv, "sv-SE"),
    (Lang::Tr, "tr"),
];

fn description(locales: &Locales, lang: Lang, key: &str) -> String {
    truncate(locales.text(lang, key, &[]).trim(), DESCRIPTION_LIMIT)
}

fn option(locales: &Locales, spec: &CommandSpec, index: usize) -> CreateCommandOption {
    let option = &spec.options[index];
    let key = spec.option_description_key(option);
    let kind = match option.kind {
        OptionKind::Integer { .. } => CommandOptionType::Integer,
        OptionKind::Text | OptionKind::Choice(_) => CommandOptionType::String,
    };
    let mut built =
        CreateCommandOption::new(kind, option.name, description(locales, Lang::En, &key))
            .required(option.required);
    for (lang, locale) in DISCORD_LOCALES {
        built = built.description_localized(*locale, description(locales, *lang, &key));
    }
    match option.kind {
        OptionKind::Integer { min, max } => {
            built = built
                .min_int_value(u64::try_from(min).unwrap_or(0))
                .max_int_value(u64::try_from(max).unwrap_or(0));
        }
        OptionKind::Choice(words) => {
            // The words are typed as they are in every language, as the help text shows them.
            for word in words {
                built = built.add_string_choice(*word, *word);
            }
        }
        OptionKind::Text => {}
    }
    built
}

/// One slash command. Names stay as the core's help text writes them in
/// every language; descriptions are localized.
pub fn slash_command(locales: &Locales, spec: &CommandSpec) -> CreateCommand {
    let key = spec.description_key();
    let mut command = CreateCommand::new(spec.name)
        .description(description(locales, Lang::En, &key))
        .contexts(vec![InteractionContext::Guild, InteractionContext::BotDm])
        .integration_types(vec![InstallationContext::Guild]);
    for (lang, locale) in DISCORD_LOCALES {
        command = command.description_localized(*locale, description(locales, *lang, &key));
    }
    for index in 0..spec.options.len() {
        command = command.add_option(option(locales, spec, index));
    }
    if spec.coordinator {
        // Hidden in servers except to administrators, who can open them to a
        // coordinators' role (Server Settings → Integrations); the core checks
        // coordinator rights itself either way.
        command = command.default_member_permissions(Permissions::empty());
    }
    command
}

/// Every command of the catalog.
pub fn slash_commands(locales: &Locales) -> Vec<CreateCommand> {
    CATALOG
        .iter()
        .map(|spec| slash_command(locales, spec))
        .collect()
}

/// An invocation as the command line the core parses.
pub fn command_line(data: &CommandData) -> String {
    let Some(spec) = CATALOG.iter().find(|spec| spec.name == data.name) else {
        // Not ours (a stale registration): the core answers "unknown command".
        return format!("/{}", data.name);
    };
    let values: Vec<(&str, String)> = data
        .options
        .iter()
        .filter_map(|option| {
            let value = match &option.value {
                CommandDataOptionValue::String(s) => s.clone(),
                CommandDataOptionValue::Integer(n) => n.to_string(),
                CommandDataOptionValue::Number(n) => n.to_string(),
                CommandDataOptionValue::Boolean(b) => b.to_string(),
                _ => return None,
            };
            Some((option.name.as_str(), value))
        })
        .collect();
    spec.command_line(&values)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn every_command_is_registered_with_typed_options_and_localized_descriptions() {
        let locales = Locales::load().expect("locales");
        let commands = serde_json::to_value(slash_commands(&locales)).expect("json");
        let commands = commands.as_array().expect("array");
        assert_eq!(commands.len(), CATALOG.len());
        let name_rule = |n: &str| {
            !n.is_empty()
                && n.chars().count() <= 32
                && n.chars()
                    .all(|c| c == '-' || c == '_' || c.is_alphanumeric())
                && n.to_lowercase() == n
        };
        for command in commands {
            let name = command["name"].as_str().expect("name");
            assert!(name_rule(name), "{name}");
            let localized = command["description_localizations"]
                .as_object()
                .expect("localizations");
            assert_eq!(localized.len(), DISCORD_LOCALES.len(), "{name}");
            assert!(
                localized.contains_key("sv-SE")
                    && !localized.contains_key("et")
                    && !localized.contains_key("ar")
            );
            for text in localized
                .values()
                .chain(std::iter::once(&command["description"]))
            {
                let n = text.as_str().map_or(0, |s| s.chars().count());
                assert!((1..=100).contains(&n), "{name}: {text}");
            }
        }
        let invite = commands
            .iter()
            .find(|c| c["name"] == "invite")
            .expect("invite");
        assert_eq!(invite["default_member_permissions"], "0");
        let role = &invite["options"][0];
        assert_eq!(
            (role["type"].as_u64(), role["required"].as_bool()),
            (Some(3), Some(true))
        );
        assert_eq!(
            role["choices"][1],
            serde_json::json!({"name": "mentee", "value": "mentee"})
        );
        let uses = &invite["options"][1];
        assert_eq!(
            (
                uses["type"].as_u64(),
                uses["min_value"].as_u64(),
                uses["max_value"].as_u64()
            ),
            (Some(4), Some(1), Some(500))
        );
        let notify = commands
            .iter()
            .find(|c| c["name"] == "notify-on")
            .expect("notify-on");
        assert_eq!(
            notify["description_localizations"]["de"],
            Value::from(locales.text(Lang::De, "cmd-notify-on", &[]))
        );
        assert_eq!(notify["contexts"], serde_json::json!([0, 1]));
    }
}
