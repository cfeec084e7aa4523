//! Localized text from the Fluent files in `bot-core/locales/<lang>/`.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A shipped language. English is the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    De,
    Pl,
    Ru,
    Da,
    Sv,
    Fi,
    Et,
    Lv,
    Lt,
    Tr,
    Fr,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 13] = [
        Lang::En,
        Lang::De,
        Lang::Pl,
        Lang::Ru,
        Lang::Da,
        Lang::Sv,
        Lang::Fi,
        Lang::Et,
        Lang::Lv,
        Lang::Lt,
        Lang::Tr,
        Lang::Fr,
        Lang::Ar,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Pl => "pl",
            Lang::Ru => "ru",
            Lang::Da => "da",
            Lang::Sv => "sv",
            Lang::Fi => "fi",
            Lang::Et => "et",
            Lang::Lv => "lv",
            Lang::Lt => "lt",
            Lang::Tr => "tr",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, as shown on the language buttons.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Pl => "Polski",
            Lang::Ru => "Русский",
            Lang::Da => "Dansk",
            Lang::Sv => "Svenska",
            Lang::Fi => "Suomi",
            Lang::Et => "Eesti",
            Lang::Lv => "Latviešu",
            Lang::Lt => "Lietuvių",
            Lang::Tr => "Türkçe",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Best shipped language for a client locale such as `de-AT` or `pt_BR`.
    pub fn from_hint(hint: &str) -> Option<Lang> {
        let primary = hint.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::from_code(&primary)
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en/main.ftl"),
            Lang::De => include_str!("../locales/de/main.ftl"),
            Lang::Pl => include_str!("../locales/pl/main.ftl"),
            Lang::Ru => include_str!("../locales/ru/main.ftl"),
            Lang::Da => include_str!("../locales/da/main.ftl"),
            Lang::Sv => include_str!("../locales/sv/main.ftl"),
            Lang::Fi => include_str!("../locales/fi/main.ftl"),
            Lang::Et => include_str!("../locales/et/main.ftl"),
            Lang::Lv => include_str!("../locales/lv/main.ftl"),
            Lang::Lt => include_str!("../locales/lt/main.ftl"),
            Lang::Tr => include_str!("../locales/tr/main.ftl"),
            Lang::Fr => include_str!("../locales/fr/main.ftl"),
            Lang::Ar => include_str!("../locales/ar/main.ftl"),
        }
    }

    /// The Fluent source of this language, for checks of completeness.
    pub fn fluent_source(self) -> &'static str {
        self.source()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locale {lang}: {detail}")]
    Invalid { lang: &'static str, detail: String },
}

/// An argument for a localized message.
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(n.into())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// All shipped translations, parsed once at start.
pub struct Locales {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

impl Locales {
    pub fn load() -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        for lang in Lang::ALL {
            let resource =
                FluentResource::try_new(lang.source().to_owned()).map_err(|(_, errors)| {
                    I18nError::Invalid {
                        lang: lang.code(),
                        detail: format!("{errors:?}"),
                    }
                })?;
            let id: LanguageIdentifier = lang.code().parse().map_err(|e| I18nError::Invalid {
                lang: lang.code(),
                detail: format!("{e}"),
            })?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Chat clients lay out bidirectional text themselves; Unicode isolation
            // marks would show up as stray characters in plain-text transcripts.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errors| I18nError::Invalid {
                    lang: lang.code(),
                    detail: format!("{errors:?}"),
                })?;
            bundles.insert(lang, bundle);
        }
        Ok(Self { bundles })
    }

    /// The message `key` in `lang` (falling back to English), with `args` filled in.
    pub fn text(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
        for candidate in [lang, Lang::En] {
            if let Some(text) = self.format(candidate, key, args) {
                return text;
            }
        }
        tracing::error!(key, "message missing from every locale");
        key.to_owned()
    }

    fn format(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let bundle = self.bundles.get(&lang)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Str(s) => FluentValue::from(s.as_str()),
                Arg::Num(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                key,
                lang = lang.code(),
                ?errors,
                "message formatted with errors"
            );
        }
        Some(text.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_loads_and_formats() {
        let locales = Locales::load().expect("locales load");
        for lang in Lang::ALL {
            let text = locales.text(lang, "ask-years", &[("competence", "X".into())]);
            assert!(text.contains('X'), "{}: {text}", lang.code());
        }
    }

    #[test]
    fn hints_pick_the_primary_language() {
        assert_eq!(Lang::from_hint("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_hint("pt_BR"), None);
        assert_eq!(Lang::from_hint("AR"), Some(Lang::Ar));
    }
}
