//! Handles one update: answers button presses, redraws keyboards, and hands
//! what the person said to the core.

use bot_core::Bot;
use bot_core::message::Incoming;
use teloxide::payloads::EditMessageReplyMarkupSetters;
use teloxide::prelude::Requester;
use teloxide::types::{CallbackQueryId, ChatId, MessageId, Update};

use crate::api;
use crate::inbound::{self, BotIdentity, Inbound};

pub struct Inbox {
    pub core: Bot,
    pub api: teloxide::Bot,
    pub me: BotIdentity,
}

impl Inbox {
    pub async fn handle(&self, update: Update) {
        let update = inbound::repair(update);
        match inbound::translate(&update, &self.me) {
            Inbound::Message(incoming) => self.to_core(incoming).await,
            Inbound::Callback(callback) => {
                // First, so the client's spinner stops even if the rest takes a while.
                let answered = self
                    .api
                    .answer_callback_query(CallbackQueryId(callback.query_id))
                    .await;
                if let Err(error) = api::done(answered) {
                    tracing::warn!(error = %api::describe(&error), "could not answer a button press");
                }
                if let Some(edit) = callback.edit {
                    let edited = self
                        .api
                        .edit_message_reply_markup(ChatId(edit.chat_id), MessageId(edit.message_id))
                        .reply_markup(edit.keyboard)
                        .await;
                    if let Err(error) = api::done(edited) {
                        tracing::warn!(error = %api::describe(&error), "could not redraw a keyboard");
                    }
                }
                if let Some(incoming) = callback.incoming {
                    self.to_core(incoming).await;
                }
            }
            Inbound::Ignored(reason) => {
                tracing::debug!(update = update.id.0, reason, "update ignored");
            }
        }
    }

    async fn to_core(&self, incoming: Incoming) {
        // The core logs failures and apologises to the person itself.
        if let Err(error) = self.core.handle(incoming).await {
            tracing::debug!(%error, "the core could not handle an update");
        }
    }
}
