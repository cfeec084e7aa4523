//! Transcripts: a conversation written down as the console shows it — input
//! lines, then the lines the bot answers with (`→ …` and indented
//! continuations). The runner replays the input and compares every answer.
//!
//! Directives for the test world: `%restart` (a new bot on the same
//! database), `%advance 11m` (move the clock: s, m, h, d), `%config …`
//! (change a setting, then restart).

use async_trait::async_trait;
use bot_core::Bot;
use bot_core::scheduler::{Scheduler, SchedulerPolicy};

use crate::protocol::{Line, parse_line};
use crate::session::{incoming, worker};
use crate::transport::ConsoleOutput;

/// The world a transcript runs in, provided by the test.
#[async_trait]
pub trait TranscriptHost: Send {
    /// A bot on the test's store; called again for `%restart`.
    async fn start_bot(&mut self) -> Bot;
    /// The world's clock, moved by `%advance`.
    fn clock(&self) -> std::sync::Arc<bot_core::clock::ManualClock>;
    /// `%config <setting>`: changes the configuration; the bot restarts with it.
    fn configure(&mut self, setting: &str) -> Result<(), String>;
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    /// `%…`; what it makes the bot send (e.g. reminders after `%advance`) follows it.
    Directive {
        directive: String,
        expected: Vec<String>,
    },
    Input {
        line: String,
        expected: Vec<String>,
    },
}

fn is_output(line: &str) -> bool {
    line.starts_with('→') || line.starts_with("  ")
}

fn items(text: &str) -> Vec<Item> {
    let mut items = Vec::new();
    for line in text.lines() {
        if is_output(line) {
            if let Some(Item::Input { expected, .. } | Item::Directive { expected, .. }) =
                items.last_mut()
            {
                expected.push(line.to_owned());
            }
        } else if let Some(directive) = line.strip_prefix('%') {
            items.push(Item::Directive {
                directive: directive.trim().to_owned(),
                expected: Vec::new(),
            });
        } else if !line.trim().is_empty() {
            items.push(Item::Input {
                line: line.to_owned(),
                expected: Vec::new(),
            });
        }
    }
    items
}

fn duration_ms(spec: &str) -> Option<i64> {
    let spec = spec.trim();
    let (number, unit) = spec.split_at(spec.len().checked_sub(1)?);
    let n: i64 = number.parse().ok()?;
    let unit_ms = match unit {
        "s" => 1_000,
        "m" => 60_000,
        "h" => 3_600_000,
        "d" => 86_400_000,
        _ => return None,
    };
    Some(n * unit_ms)
}

/// The result of a replay: the transcript as it actually came out, and the
/// first difference, if any.
pub struct Replay {
    pub actual: String,
    pub mismatches: Vec<String>,
}

/// Replays `text` and returns what really came out. Comments and blank lines
/// are kept, so `actual` can replace the file when a change is intended.
pub async fn replay(text: &str, host: &mut dyn TranscriptHost) -> Replay {
    let output = ConsoleOutput::buffer();
    let mut bot = host.start_bot().await;
    let mut current: Option<String> = None;
    let mut actual = Vec::new();
    let mut mismatches = Vec::new();
    let mut pending_items = items(text).into_iter();
    // Walk the original text so comments and spacing survive in `actual`.
    for line in text.lines() {
        if is_output(line) {
            continue;
        }
        actual.push(line.to_owned());
        if line.trim().is_empty() {
            continue;
        }
        let Some(item) = pending_items.next() else {
            break;
        };
        let (expected, label) = match &item {
            Item::Directive {
                expected,
                directive,
            } => (expected.clone(), format!("%{directive}")),
            Item::Input { expected, line } => (expected.clone(), line.clone()),
        };
        match item {
            Item::Directive { directive, .. } => {
                if directive == "restart" {
                    bot = host.start_bot().await;
                } else if let Some(setting) = directive.strip_prefix("config ") {
                    match host.configure(setting) {
                        Ok(()) => bot = host.start_bot().await,
                        Err(error) => mismatches.push(error),
                    }
                } else if let Some(spec) = directive.strip_prefix("advance ") {
                    match duration_ms(spec) {
                        Some(ms) => {
                            let clock = host.clock();
                            let target = bot_core::ports::Clock::now_ms(&*clock) + ms;
                            if let Err(error) = crate::clock::advance(
                                &bot,
                                &clock,
                                target,
                                &worker(&bot, output.clone()),
                            )
                            .await
                            {
                                mismatches.push(format!("%{directive}: {error}"));
                            }
                        }
                        None => mismatches.push(format!("bad directive %{directive}")),
                    }
                } else {
                    mismatches.push(format!("unknown directive %{directive}"));
                }
            }
            Item::Input { line, .. } => match parse_line(&line, current.as_deref()) {
                Line::Say { person, room, text } => {
                    let _ = bot.handle(incoming(&person, room.as_deref(), &text)).await;
                    current = Some(person);
                }
                Line::SwitchTo(person) => current = Some(person),
                Line::Comment | Line::NoSpeaker => {}
            },
        }
        // Whatever came due (deadlines after `%advance`), then every message.
        if let Err(error) = Scheduler::new(bot.clone(), SchedulerPolicy::default())
            .run_due()
            .await
        {
            mismatches.push(format!("scheduled work failed after {label:?}: {error}"));
        }
        if let Err(error) = worker(&bot, output.clone()).drain().await {
            mismatches.push(format!("delivery failed after {label:?}: {error}"));
        }
        let got = output.take();
        if got != expected {
            mismatches.push(format!(
                "after {label:?}\n--- expected\n{}\n--- got\n{}",
                expected.join("\n"),
                got.join("\n")
            ));
        }
        actual.extend(got);
    }
    Replay {
        actual: actual.join("\n") + "\n",
        mismatches,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transcripts_split_into_inputs_and_expected_lines() {
        let text = "# hello\nalice: /start\n→ alice: Hi\n  [1] A\n%advance 2m\n\nbob: x\n";
        assert_eq!(
            items(text),
            vec![
                Item::Input {
                    line: "# hello".into(),
                    expected: vec![]
                },
                Item::Input {
                    line: "alice: /start".into(),
                    expected: vec!["→ alice: Hi".into(), "  [1] A".into()]
                },
                Item::Directive {
                    directive: "advance 2m".into(),
                    expected: vec![]
                },
                Item::Input {
                    line: "bob: x".into(),
                    expected: vec![]
                },
            ]
        );
        assert_eq!(duration_ms("11m"), Some(660_000));
        assert_eq!(duration_ms("x"), None);
    }
}
