//! What happens to an event, whichever way it came (gateway or HTTP
//! endpoint): acknowledge it, remember the interaction for the answers, and
//! hand the event to the core.

use std::sync::Arc;

use bot_core::Bot;
use bot_core::i18n::Locales;
use bot_core::message::Incoming;
use serenity::all::{Http, Interaction, Message};

use crate::inbound::{self, Chrome, Translation};
use crate::live::LiveInteractions;

pub struct Dispatcher {
    bot: Bot,
    live: Arc<LiveInteractions>,
    locales: Arc<Locales>,
    max_text: usize,
}

impl Dispatcher {
    pub fn new(bot: Bot, live: Arc<LiveInteractions>) -> Self {
        let locales = bot.deps().locales.clone();
        let max_text = bot.deps().config.limits.max_text;
        Self {
            bot,
            live,
            locales,
            max_text,
        }
    }

    pub fn translate(&self, interaction: &Interaction) -> Translation {
        inbound::interaction(
            interaction,
            &Chrome {
                locales: &self.locales,
                max_text: self.max_text,
            },
        )
    }

    /// From now on the person's answers go through this interaction.
    pub fn remember(&self, translation: &Translation) {
        if let Some((user, follow_up)) = &translation.follow_up {
            self.live.remember(*user, follow_up.clone());
        }
    }

    pub async fn handle(&self, incoming: Option<Incoming>) {
        if let Some(incoming) = incoming
            && let Err(error) = self.bot.handle(incoming).await
        {
            // The core has logged it and apologised to the person already.
            tracing::debug!(%error, "event not handled");
        }
    }

    /// An interaction from the gateway: acknowledged through the REST API at once.
    pub async fn on_gateway_interaction(&self, http: &Http, interaction: Interaction) {
        let translation = self.translate(&interaction);
        let Translation {
            ack,
            follow_up,
            incoming,
        } = translation;
        let response = ack.to_json();
        match http
            .create_interaction_response(
                interaction.id(),
                interaction.token(),
                &response,
                Vec::new(),
            )
            .await
        {
            Ok(()) => {
                if let Some((user, follow_up)) = follow_up {
                    self.live.remember(user, follow_up);
                }
            }
            // Too late or refused: the answers go to the person's DM instead.
            Err(error) => tracing::warn!(%error, "could not acknowledge an interaction"),
        }
        self.handle(incoming).await;
    }

    /// A message on the gateway; only DMs to the bot mean something.
    pub async fn on_message(&self, message: Message) {
        if let Some(incoming) = inbound::message(&message) {
            // They write in the DM now, so the answers go there.
            self.live.forget(message.author.id.get());
            self.handle(Some(incoming)).await;
        }
    }
}
