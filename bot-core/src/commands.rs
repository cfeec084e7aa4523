//! Slash commands: parsing, and which ones may run where and by whom.

/// A command as typed: `/name@bot arg arg`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed<'a> {
    pub name: String,
    pub args: Vec<&'a str>,
}

/// Splits `/profile@mentor_bot edit` into `profile` and `[edit]`. Returns
/// None for text that is not a command.
pub fn parse(text: &str) -> Option<Typed<'_>> {
    let rest = text.strip_prefix('/')?;
    if rest.starts_with(char::is_whitespace) {
        return None;
    }
    let mut words = rest.split_whitespace();
    let first = words.next()?;
    // Telegram groups address commands to one bot as /cmd@botname.
    let name = first.split('@').next().unwrap_or(first).to_lowercase();
    if name.is_empty() || name.chars().count() > 32 {
        return None;
    }
    Some(Typed {
        name,
        args: words.collect(),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Start,
    Help,
    Cancel,
    Profile,
    Language,
    Link,
    Privacy,
    Export,
    Forget,
    Applications,
    Invite,
    Grant,
    NotifyOn,
    Match,
    Mentors,
    Pair,
    Pairs,
    Avoid,
    Circles,
    Book,
    Sessions,
    Reschedule,
    CancelSession,
    Log,
    Hours,
    Report,
    Reports,
    Ask,
    Share,
    Entries,
    Hide,
    Stats,
    Announce,
    // Group sessions in rooms
    Group,
    Here,
    Round,
    Next,
    Note,
    Action,
}

impl Command {
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "start" => Self::Start,
            "help" => Self::Help,
            "cancel" => Self::Cancel,
            "profile" => Self::Profile,
            "language" | "lang" => Self::Language,
            "link" => Self::Link,
            "privacy" => Self::Privacy,
            "export" => Self::Export,
            "forget" => Self::Forget,
            "applications" => Self::Applications,
            "invite" => Self::Invite,
            "grant" => Self::Grant,
            // Telegram allows only underscores in command names.
            "notify-on" | "notify_on" => Self::NotifyOn,
            "match" => Self::Match,
            "mentors" => Self::Mentors,
            "pair" => Self::Pair,
            "pairs" => Self::Pairs,
            "avoid" => Self::Avoid,
            "circles" => Self::Circles,
            "book" => Self::Book,
            "sessions" => Self::Sessions,
            "reschedule" => Self::Reschedule,
            "cancel-session" | "cancel_session" => Self::CancelSession,
            "log" => Self::Log,
            "hours" => Self::Hours,
            "report" => Self::Report,
            "reports" => Self::Reports,
            "ask" => Self::Ask,
            "share" => Self::Share,
            "entries" => Self::Entries,
            "hide" => Self::Hide,
            "stats" => Self::Stats,
            "announce" => Self::Announce,
            "group" => Self::Group,
            "here" => Self::Here,
            "round" => Self::Round,
            "next" => Self::Next,
            "note" => Self::Note,
            "action" => Self::Action,
            _ => return None,
        })
    }

    /// Commands that may interrupt a dialog; the dialog's question is asked again after them.
    pub fn allowed_in_dialog(self) -> bool {
        matches!(
            self,
            Self::Help | Self::Privacy | Self::Cancel | Self::Start
        )
    }

    /// Commands that run only in a direct chat (they start dialogs or need coordinator rights).
    pub fn direct_only(self) -> bool {
        matches!(
            self,
            Self::Language
                | Self::Forget
                | Self::Applications
                | Self::Invite
                | Self::Grant
                | Self::Cancel
                | Self::Match
                | Self::Mentors
                | Self::Avoid
                | Self::Circles
                | Self::Book
                | Self::Reschedule
                | Self::CancelSession
                | Self::Log
                | Self::Report
                | Self::Reports
                | Self::Share
                | Self::Hide
                | Self::Stats
                | Self::Announce
        )
    }

    pub fn coordinator_only(self) -> bool {
        matches!(
            self,
            Self::Applications
                | Self::Invite
                | Self::Grant
                | Self::Match
                | Self::Pairs
                | Self::Circles
                | Self::Reports
                | Self::Hide
                | Self::Stats
                | Self::Announce
        )
    }
}

/// How a platform with structured commands (Telegram's command menu,
/// Discord's slash commands) presents each command. Descriptions are the
/// Fluent keys `cmd-<name>` and `cmd-<name>-<option>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandSpec {
    pub name: &'static str,
    pub options: &'static [OptionSpec],
    /// Shown only to coordinators where the platform can scope commands.
    pub coordinator: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionSpec {
    pub name: &'static str,
    pub kind: OptionKind,
    pub required: bool,
    /// Typed in the command line when a later option is given and this one is not.
    pub default: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionKind {
    Text,
    Integer {
        min: i64,
        max: i64,
    },
    /// One of these words, typed as is.
    Choice(&'static [&'static str]),
}

const fn opt(name: &'static str, kind: OptionKind, required: bool) -> OptionSpec {
    OptionSpec {
        name,
        kind,
        required,
        default: None,
    }
}

const fn opt_or(name: &'static str, kind: OptionKind, default: &'static str) -> OptionSpec {
    OptionSpec {
        name,
        kind,
        required: false,
        default: Some(default),
    }
}

const fn cmd(name: &'static str, options: &'static [OptionSpec], coordinator: bool) -> CommandSpec {
    CommandSpec {
        name,
        options,
        coordinator,
    }
}

/// Every command, in the order menus show them.
pub const CATALOG: &[CommandSpec] = &[
    cmd("start", &[opt("code", OptionKind::Text, false)], false),
    cmd("help", &[], false),
    cmd(
        "profile",
        &[opt("action", OptionKind::Choice(&["edit"]), false)],
        false,
    ),
    cmd("language", &[], false),
    cmd("link", &[opt("code", OptionKind::Text, false)], false),
    cmd(
        "notify-on",
        &[opt("platform", OptionKind::Text, true)],
        false,
    ),
    cmd("pair", &[], false),
    cmd("book", &[], false),
    cmd("sessions", &[], false),
    cmd("reschedule", &[], false),
    cmd("cancel-session", &[], false),
    cmd("log", &[], false),
    cmd("hours", &[], false),
    cmd("report", &[], false),
    cmd("ask", &[opt("question", OptionKind::Text, true)], false),
    cmd("share", &[], false),
    cmd("entries", &[], false),
    cmd(
        "group",
        &[
            opt(
                "action",
                OptionKind::Choice(&[
                    "schedule", "start", "end", "attend", "absent", "cancel", "link", "room",
                ]),
                false,
            ),
            opt("details", OptionKind::Text, false),
        ],
        false,
    ),
    cmd("here", &[], false),
    cmd(
        "round",
        &[opt(
            "minutes",
            OptionKind::Integer { min: 2, max: 120 },
            false,
        )],
        false,
    ),
    cmd("next", &[], false),
    cmd("note", &[opt("text", OptionKind::Text, true)], false),
    cmd(
        "action",
        &[
            opt("person", OptionKind::Text, true),
            opt("text", OptionKind::Text, true),
        ],
        false,
    ),
    cmd("mentors", &[], false),
    cmd("avoid", &[opt("person", OptionKind::Text, true)], false),
    cmd("privacy", &[], false),
    cmd("export", &[], false),
    cmd("forget", &[], false),
    cmd("cancel", &[], false),
    cmd("applications", &[], true),
    cmd("match", &[], true),
    cmd("pairs", &[], true),
    cmd("reports", &[], true),
    cmd("stats", &[], true),
    cmd(
        "announce",
        &[
            opt(
                "audience",
                OptionKind::Choice(&["all", "mentors", "mentees", "coordinators"]),
                false,
            ),
            opt("text", OptionKind::Text, true),
        ],
        true,
    ),
    cmd(
        "hide",
        &[opt(
            "entry",
            OptionKind::Integer {
                min: 1,
                max: i64::MAX,
            },
            true,
        )],
        true,
    ),
    cmd(
        "circles",
        &[
            opt("action", OptionKind::Choice(&["form"]), false),
            opt("size", OptionKind::Integer { min: 2, max: 12 }, false),
        ],
        true,
    ),
    cmd(
        "invite",
        &[
            opt("role", OptionKind::Choice(&["mentor", "mentee"]), true),
            opt_or("uses", OptionKind::Integer { min: 1, max: 500 }, "1"),
            opt_or("days", OptionKind::Integer { min: 1, max: 365 }, "14"),
        ],
        true,
    ),
    cmd(
        "grant",
        &[
            opt("role", OptionKind::Choice(&["coordinator"]), true),
            opt("person", OptionKind::Text, true),
        ],
        true,
    ),
];

impl CommandSpec {
    pub fn description_key(&self) -> String {
        format!("cmd-{}", self.name)
    }

    pub fn option_description_key(&self, option: &OptionSpec) -> String {
        format!("cmd-{}-{}", self.name, option.name)
    }

    /// The command as typed text, from a structured invocation's option
    /// values (in any order; missing optional ones left out), so the core
    /// reads every platform's commands the same way.
    pub fn command_line(&self, values: &[(&str, String)]) -> String {
        let value_of = |option: &OptionSpec| {
            values
                .iter()
                .find(|(name, _)| *name == option.name)
                .map(|(_, v)| v.trim())
        };
        // Options are positional: up to the last one given, gaps take their defaults.
        let last = self.options.iter().rposition(|o| value_of(o).is_some());
        let mut line = format!("/{}", self.name);
        for option in &self.options[..last.map_or(0, |i| i + 1)] {
            if let Some(value) = value_of(option).or(option.default) {
                line.push(' ');
                line.push_str(value);
            }
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_parse_with_bot_suffix_and_args() {
        let typed = parse("/Profile@mentor_bot  edit ").expect("command");
        assert_eq!(typed.name, "profile");
        assert_eq!(typed.args, vec!["edit"]);
        assert_eq!(parse("hello"), None);
        assert_eq!(parse("/"), None);
        assert_eq!(parse("/ start"), None);
        assert_eq!(Command::from_name("lang"), Some(Command::Language));
        assert_eq!(Command::from_name("rm"), None);
        assert_eq!(Command::from_name("notify_on"), Some(Command::NotifyOn));
    }

    #[test]
    fn every_catalog_command_is_understood_and_fits_platform_limits() {
        for spec in CATALOG {
            let command = Command::from_name(spec.name).expect(spec.name);
            assert_eq!(
                command.coordinator_only(),
                spec.coordinator,
                "{}: menus and rights disagree",
                spec.name
            );
            // Telegram: 1-32 characters; Discord: 1-32, lowercase.
            assert!(spec.name.len() <= 32 && spec.name == spec.name.to_lowercase());
        }
        let invite = CATALOG.iter().find(|c| c.name == "invite").expect("invite");
        let line = invite.command_line(&[("days", "30".into()), ("role", "mentee".into())]);
        assert_eq!(line, "/invite mentee 1 30");
        assert_eq!(
            invite.command_line(&[("role", "mentor".into())]),
            "/invite mentor"
        );
    }
}
