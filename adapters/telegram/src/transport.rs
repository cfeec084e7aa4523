//! Delivery to Telegram: one outgoing message becomes one or more HTML
//! messages (the keyboard on the last), then a document per file.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use bot_core::i18n::{Lang, Locales};
use bot_core::message::{Address, ChatAddress, FileAttachment, Outgoing};
use bot_core::ports::{Transport, TransportError};
use teloxide::RequestError;
use teloxide::payloads::SendMessageSetters;
use teloxide::prelude::Requester;
use teloxide::types::{ChatId, InlineKeyboardMarkup, InputFile, LinkPreviewOptions, ParseMode};

use crate::api;
use crate::html::{self, MAX_MESSAGE};
use crate::inbound::PLATFORM;
use crate::keyboard::{self, Shown};
use crate::limits::RateLimits;

/// The Fluent key of the button that sends a multiple choice.
pub const DONE_KEY: &str = "choice-done";
/// Shown on that button while no translation of the key exists.
const DONE_FALLBACK: &str = "✔️";
/// Forget the progress of messages that were never retried.
const MAX_PROGRESS: usize = 10_000;

pub struct TelegramTransport {
    api: teloxide::Bot,
    locales: Arc<Locales>,
    limits: RateLimits,
    /// How many parts of a split message went out already, by idempotency
    /// key, so that a retry continues where the failure was.
    progress: Mutex<HashMap<String, usize>>,
}

/// One request a message needs.
#[derive(Debug, Clone, PartialEq)]
pub enum Part<'a> {
    Text {
        html: String,
        keyboard: Option<InlineKeyboardMarkup>,
    },
    File(&'a FileAttachment),
}

/// The requests for `message`, in order; `done_label` names the button that
/// sends a multiple choice.
pub fn parts<'a>(message: &'a Outgoing, done_label: impl FnOnce() -> String) -> Vec<Part<'a>> {
    let mut lines = html::layout(&message.text);
    let mut keyboard = None;
    if let Some(choices) = &message.choices {
        let label = if choices.multi {
            done_label()
        } else {
            String::new()
        };
        match keyboard::show(choices, &label) {
            Shown::Keyboard(markup) => keyboard = Some(markup),
            Shown::Numbered(options) => lines.extend(options),
        }
    }
    let messages = html::split(lines, MAX_MESSAGE);
    let last = messages.len().saturating_sub(1);
    let mut parts: Vec<Part<'a>> = messages
        .iter()
        .enumerate()
        .map(|(i, lines)| Part::Text {
            html: html::to_html(lines),
            keyboard: if i == last { keyboard.take() } else { None },
        })
        .collect();
    if keyboard.is_some() {
        tracing::warn!("choices without text cannot be shown on Telegram; dropped");
    }
    parts.extend(message.files.iter().map(Part::File));
    parts
}

/// What a failed request means for delivery.
pub fn classify(error: &RequestError) -> TransportError {
    let retry = |after_ms: Option<i64>, reason: String| TransportError::Retry { after_ms, reason };
    match error {
        RequestError::RetryAfter(wait) => retry(
            Some(i64::from(wait.seconds()) * 1000),
            "flood control".into(),
        ),
        RequestError::Network(e) => retry(None, format!("network: {e}")),
        RequestError::Io(e) => retry(None, format!("i/o: {e}")),
        RequestError::InvalidJson { source, .. } => {
            retry(None, format!("unreadable answer: {source}"))
        }
        RequestError::MigrateToChatId(to) => TransportError::Permanent(format!(
            "the group became the supergroup {to}; messages must go there"
        )),
        RequestError::Api(teloxide::ApiError::Unknown(description)) => {
            // Requests that Telegram refuses stay refused; anything else (a
            // server error, a proxy) may pass later.
            if description.starts_with("Bad Request") || description.starts_with("Forbidden") {
                TransportError::Permanent(description.clone())
            } else {
                retry(None, description.clone())
            }
        }
        RequestError::Api(e) => TransportError::Permanent(e.to_string()),
    }
}

impl TelegramTransport {
    pub fn new(api: teloxide::Bot, locales: Arc<Locales>) -> Self {
        Self {
            api,
            locales,
            limits: RateLimits::default(),
            progress: Mutex::new(HashMap::new()),
        }
    }

    fn done_label(&self, lang: &str) -> String {
        let lang = Lang::from_code(lang).unwrap_or(Lang::En);
        let text = self.locales.text(lang, DONE_KEY, &[]);
        if text == DONE_KEY {
            DONE_FALLBACK.to_owned()
        } else {
            text
        }
    }

    fn progress(&self) -> std::sync::MutexGuard<'_, HashMap<String, usize>> {
        self.progress.lock().unwrap_or_else(|p| p.into_inner())
    }

    async fn slot(&self, chat_id: i64) -> Result<(), TransportError> {
        self.limits
            .acquire(chat_id)
            .await
            .map_err(|wait| TransportError::Retry {
                after_ms: i64::try_from(wait.as_millis()).ok(),
                reason: "local rate limit".into(),
            })
    }

    async fn send_text(
        &self,
        chat_id: i64,
        html: &str,
        keyboard: Option<&InlineKeyboardMarkup>,
    ) -> Result<(), RequestError> {
        let mut request = self
            .api
            .send_message(ChatId(chat_id), html)
            .parse_mode(ParseMode::Html)
            .link_preview_options(LinkPreviewOptions {
                is_disabled: true,
                url: None,
                prefer_small_media: false,
                prefer_large_media: false,
                show_above_text: false,
            });
        if let Some(markup) = keyboard {
            request = request.reply_markup(markup.clone());
        }
        // The emulator's answer has a date in milliseconds; what matters is that the message went out.
        api::done(request.await)
    }

    async fn send_file(&self, chat_id: i64, file: &FileAttachment) -> Result<(), TransportError> {
        let document = InputFile::memory(file.bytes()).file_name(file.name.clone());
        let sent = api::done(self.api.send_document(ChatId(chat_id), document).await);
        match sent {
            Ok(()) => Ok(()),
            Err(error) if api::unsupported_method(&error) => {
                // A Bot API server without documents (the test emulator): at least say what there was.
                tracing::warn!(file = %file.name, "this server cannot take documents; sending the file's name instead");
                self.slot(chat_id).await?;
                let text = format!("📎 <code>{}</code>", html::escape(&file.name));
                self.send_text(chat_id, &text, None)
                    .await
                    .map_err(|e| classify(&e))
            }
            Err(error) => Err(classify(&error)),
        }
    }
}

/// Telegram's chat id for an address; direct chats have the user's id.
fn chat_id(to: &Address) -> Result<i64, TransportError> {
    let id = match &to.chat {
        ChatAddress::Direct(id) | ChatAddress::Room(id) => id,
    };
    id.parse()
        .map_err(|_| TransportError::Permanent(format!("not a Telegram chat id: {id:?}")))
}

#[async_trait]
impl Transport for TelegramTransport {
    fn platform(&self) -> &str {
        PLATFORM
    }

    async fn send(
        &self,
        to: &Address,
        message: &Outgoing,
        idempotency_key: &str,
    ) -> Result<(), TransportError> {
        let chat_id = chat_id(to)?;
        if message.private && matches!(to.chat, ChatAddress::Room(_)) {
            // The core never does this; if it ever did, private data must not reach a group.
            return Err(TransportError::Permanent(
                "a private message addressed to a group".into(),
            ));
        }
        let parts = parts(message, || self.done_label(&message.lang));
        let already = self.progress().get(idempotency_key).copied().unwrap_or(0);
        for (i, part) in parts.iter().enumerate().skip(already) {
            self.slot(chat_id).await?;
            let sent = match part {
                Part::Text { html, keyboard } => self
                    .send_text(chat_id, html, keyboard.as_ref())
                    .await
                    .map_err(|e| classify(&e)),
                Part::File(file) => self.send_file(chat_id, file).await,
            };
            if let Err(error) = sent {
                if i > 0 {
                    let mut progress = self.progress();
                    if progress.len() >= MAX_PROGRESS {
                        progress.clear();
                    }
                    progress.insert(idempotency_key.to_owned(), i);
                }
                return Err(error);
            }
        }
        self.progress().remove(idempotency_key);
        tracing::debug!(chat_id, parts = parts.len(), "message delivered");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bot_core::message::{Block, Choice, ChoiceSet, Inline, RichText};

    #[test]
    fn the_keyboard_goes_on_the_last_part_and_files_follow() {
        let mut text = RichText::plain("x".repeat(3000));
        text.push_text("y".repeat(3000));
        let message = Outgoing {
            text,
            choices: Some(ChoiceSet {
                options: vec![Choice::new("a", "A")],
                multi: false,
            }),
            files: vec![FileAttachment {
                name: "session.ics".into(),
                mime: "text/calendar".into(),
                text: "BEGIN:VCALENDAR".into(),
                base64: None,
            }],
            ..Outgoing::default()
        };
        let parts = parts(&message, || "Done".to_owned());
        assert_eq!(parts.len(), 3);
        assert!(matches!(&parts[0], Part::Text { keyboard: None, .. }));
        assert!(matches!(
            &parts[1],
            Part::Text {
                keyboard: Some(_),
                ..
            }
        ));
        assert!(matches!(&parts[2], Part::File(f) if f.name == "session.ics"));
    }

    #[test]
    fn choices_that_cannot_be_buttons_are_listed_in_the_text() {
        let message = Outgoing {
            text: RichText {
                blocks: vec![Block::Paragraph(vec![Inline::Text("Pick <one>".into())])],
            },
            choices: Some(ChoiceSet {
                options: vec![Choice::new("t".repeat(80), "A & B"), Choice::new("b", "C")],
                multi: true,
            }),
            ..Outgoing::default()
        };
        assert_eq!(
            parts(&message, || "Done".to_owned()),
            vec![Part::Text {
                html: "Pick &lt;one&gt;\n\n1. A &amp; B\n2. C".into(),
                keyboard: None
            }]
        );
    }

    #[test]
    fn errors_become_retries_or_give_ups() {
        let retry = classify(&RequestError::RetryAfter(
            teloxide::types::Seconds::from_seconds(7),
        ));
        assert!(matches!(
            retry,
            TransportError::Retry {
                after_ms: Some(7000),
                ..
            }
        ));
        assert!(matches!(
            classify(&RequestError::Api(teloxide::ApiError::BotBlocked)),
            TransportError::Permanent(_)
        ));
        assert!(matches!(
            classify(&RequestError::Api(teloxide::ApiError::Unknown(
                "Bad Request: chat not found".into()
            ))),
            TransportError::Permanent(_)
        ));
        assert!(matches!(
            classify(&RequestError::Api(teloxide::ApiError::Unknown(
                "Internal Server Error".into()
            ))),
            TransportError::Retry { .. }
        ));
        assert!(chat_id(&Address::room("telegram", "-100123")).is_ok());
        assert!(matches!(
            chat_id(&Address::room("telegram", "abc")),
            Err(TransportError::Permanent(_))
        ));
    }
}
