//! Delivery to the terminal (or to a buffer, in tests).

use std::io::Write;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use bot_core::Bot;
use bot_core::message::{Address, ChatAddress, Outgoing};
use bot_core::ports::{Transport, TransportError};

use crate::protocol::render;

pub const PLATFORM: &str = "console";

/// Where rendered lines go.
#[derive(Clone)]
pub enum ConsoleOutput {
    Stdout,
    /// Collected in memory (transcripts).
    Buffer(Arc<Mutex<Vec<String>>>),
}

impl ConsoleOutput {
    pub fn buffer() -> Self {
        Self::Buffer(Arc::new(Mutex::new(Vec::new())))
    }

    /// Takes what was written to a buffer so far.
    pub fn take(&self) -> Vec<String> {
        match self {
            Self::Stdout => Vec::new(),
            Self::Buffer(lines) => {
                std::mem::take(&mut *lines.lock().unwrap_or_else(|p| p.into_inner()))
            }
        }
    }

    pub fn write_lines(&self, lines: &[String]) -> std::io::Result<()> {
        match self {
            Self::Stdout => {
                let mut out = std::io::stdout().lock();
                for line in lines {
                    writeln!(out, "{line}")?;
                }
                // Flushed per message so a program on the other end of a pipe sees it at once.
                out.flush()
            }
            Self::Buffer(buffer) => {
                buffer
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .extend(lines.iter().cloned());
                Ok(())
            }
        }
    }
}

/// Prints messages; rooms it is asked to create exist once named (console
/// rooms need no creating), so it announces them and reports them back to
/// the bot at once.
pub struct ConsoleTransport {
    output: ConsoleOutput,
    bot: Bot,
}

impl ConsoleTransport {
    pub fn new(output: ConsoleOutput, bot: Bot) -> Self {
        Self { output, bot }
    }
}

#[async_trait]
impl Transport for ConsoleTransport {
    fn platform(&self) -> &str {
        PLATFORM
    }

    async fn send(
        &self,
        to: &Address,
        message: &Outgoing,
        idempotency_key: &str,
    ) -> Result<(), TransportError> {
        let retry = |e: std::io::Error| TransportError::Retry {
            after_ms: None,
            reason: e.to_string(),
        };
        self.output
            .write_lines(&render(to, message))
            .map_err(retry)?;
        let (Some(request), ChatAddress::Direct(requester)) = (&message.new_room, &to.chat) else {
            return Ok(());
        };
        let room = request.name.trim_start_matches('#').to_owned();
        self.output
            .write_lines(&[format!(
                "  [room] #{room} created; invited: {}",
                request.invite.join(", ")
            )])
            .map_err(retry)?;
        self.bot
            .room_created(PLATFORM, requester, room, request, idempotency_key)
            .await
    }
}
