//! Everything one command needs while it runs: the open transaction, who
//! spoke and where, their conversation, and the messages it will send. The
//! messages are written to the outbox in the same transaction, at `finish`.

use std::sync::Arc;

use crate::config::CoreConfig;
use crate::conversation::Conversation;
use crate::i18n::{Arg, Lang, Locales};
use crate::message::{AccountKey, Address, Chat, ChoiceSet, Outgoing, RichText};
use crate::model::{Account, Millis, NewOutboxMessage, Person, PersonId};
use crate::ports::{Clock, CodeSource, Store, StoreResult, StoreTx};
use crate::reference::CompetenceMap;

/// Optional services: the knowledge search index and a language model.
/// Without them the bot still runs; `/ask` then needs the index.
#[derive(Default, Clone)]
pub struct Services {
    pub knowledge: Option<Arc<dyn crate::ports::KnowledgeIndex>>,
    pub llm: Option<Arc<dyn crate::ports::LanguageModel>>,
    pub charts: Option<Arc<dyn crate::ports::ChartRenderer>>,
}

/// What the core is built from; shared by every command.
pub struct Deps {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub codes: Arc<dyn CodeSource>,
    pub locales: Arc<Locales>,
    pub competences: Arc<CompetenceMap>,
    pub config: Arc<CoreConfig>,
}

struct Pending {
    address: Address,
    person_id: Option<PersonId>,
    message: Outgoing,
    /// The account whose direct conversation should remember these choices.
    offered_to: Option<AccountKey>,
}

pub struct Ctx<'a> {
    pub deps: &'a Deps,
    pub services: &'a Services,
    /// The command changed knowledge entries: the index catches up after commit.
    pub knowledge_changed: bool,
    /// An `/ask`'s answer, gathered before the transaction opened.
    pub prepared: Option<crate::knowledge::ask::Prepared>,
    /// A `/group end`'s written summary, gathered before the transaction opened.
    pub group_summary: Option<crate::group::summary::Written>,
    pub tx: Box<dyn StoreTx>,
    pub now: Millis,
    pub from: AccountKey,
    pub display_name: String,
    pub chat: Chat,
    pub account: Option<Account>,
    pub person: Option<Person>,
    /// The language of the person speaking.
    pub lang: Lang,
    /// The conversation in the chat the message came from.
    pub conversation: Conversation,
    key_prefix: String,
    pending: Vec<Pending>,
    /// Work started by the scheduler, not by a person: there is no chat to answer in.
    system: bool,
}

impl<'a> Ctx<'a> {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        deps: &'a Deps,
        services: &'a Services,
        tx: Box<dyn StoreTx>,
        now: Millis,
        from: AccountKey,
        display_name: String,
        chat: Chat,
        account: Option<Account>,
        person: Option<Person>,
        lang: Lang,
        conversation: Conversation,
        key_prefix: String,
    ) -> Self {
        Self {
            deps,
            services,
            knowledge_changed: false,
            prepared: None,
            group_summary: None,
            tx,
            now,
            from,
            display_name,
            chat,
            account,
            person,
            lang,
            conversation,
            key_prefix,
            pending: Vec::new(),
            system: false,
        }
    }

    /// A context for scheduled work: it only notifies people, in `lang` by default.
    pub fn system(
        deps: &'a Deps,
        services: &'a Services,
        tx: Box<dyn StoreTx>,
        now: Millis,
        key_prefix: String,
    ) -> Self {
        let mut ctx = Self::new(
            deps,
            services,
            tx,
            now,
            AccountKey::new("system", "scheduler"),
            String::new(),
            Chat::Direct,
            None,
            None,
            Lang::En,
            Conversation::default(),
            key_prefix,
        );
        ctx.system = true;
        ctx
    }

    pub fn config(&self) -> &CoreConfig {
        &self.deps.config
    }

    pub fn competences(&self) -> &CompetenceMap {
        &self.deps.competences
    }

    /// A message in the speaker's language.
    pub fn t(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.deps.locales.text(self.lang, key, args)
    }

    /// A message in another language (for notifications to other people).
    pub fn t_in(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
        self.deps.locales.text(lang, key, args)
    }

    pub fn person_id(&self) -> Option<PersonId> {
        self.person.as_ref().map(|p| p.id)
    }

    pub fn is_coordinator(&self) -> bool {
        self.person.as_ref().is_some_and(|p| p.is_coordinator)
    }

    /// Where the conversation lives in the store: the direct chat or a room.
    pub fn chat_key(chat: &Chat) -> String {
        match chat {
            Chat::Direct => "direct".to_owned(),
            Chat::Room(id) => format!("room:{id}"),
        }
    }

    /// Answers in the chat the message came from. Private messages said in a
    /// room go to the direct chat instead, with a note in the room.
    pub fn reply(&mut self, message: Outgoing) {
        if self.system {
            tracing::warn!("scheduled work tried to reply; there is nobody to answer");
            return;
        }
        let message = self.stamp(message);
        match self.chat.clone() {
            Chat::Direct => self.push_direct(message),
            Chat::Room(room) => {
                if message.private {
                    let note = self.plain(self.t("direct-only", &[]));
                    self.push_room(&room, note);
                    self.push_direct(message);
                } else {
                    self.push_room(&room, message);
                }
            }
        }
    }

    /// Answers with a single localized text.
    pub fn say(&mut self, key: &str, args: &[(&str, Arg)]) {
        let text = self.t(key, args);
        self.reply(Outgoing {
            text: RichText::plain(text),
            ..Outgoing::default()
        });
    }

    /// Sends to the speaker's direct chat, wherever they spoke.
    pub fn reply_direct(&mut self, message: Outgoing) {
        if self.system {
            tracing::warn!("scheduled work tried to reply; there is nobody to answer");
            return;
        }
        let message = self.stamp(message);
        self.push_direct(message);
    }

    pub fn plain(&self, text: String) -> Outgoing {
        Outgoing {
            text: RichText::plain(text),
            lang: self.lang.code().to_owned(),
            ..Outgoing::default()
        }
    }

    pub fn question(&self, text: String, choices: ChoiceSet) -> Outgoing {
        Outgoing {
            choices: Some(choices),
            ..self.plain(text)
        }
    }

    fn stamp(&self, mut message: Outgoing) -> Outgoing {
        if message.lang.is_empty() {
            message.lang = self.lang.code().to_owned();
        }
        message
    }

    fn push_direct(&mut self, message: Outgoing) {
        // The choices of the last message in the direct chat are the ones a
        // typed number or label answers; a question without choices clears them.
        let mut offered_to = None;
        if self.chat.is_direct() {
            self.conversation.offered = message.choices.clone();
        } else if message.choices.is_some() {
            // The direct chat's conversation is not the one loaded; remember the offer at finish.
            offered_to = Some(self.from.clone());
        }
        let person_id = self.person_id();
        self.pending.push(Pending {
            address: Address::direct(&self.from),
            person_id,
            message,
            offered_to,
        });
    }

    fn push_room(&mut self, room: &str, message: Outgoing) {
        let address = Address::room(&self.from.platform, room);
        self.pending.push(Pending {
            address,
            person_id: None,
            message,
            offered_to: None,
        });
    }

    /// Posts in a room of `platform`, from a command or from scheduled work
    /// (a group session's reminders and time warnings).
    pub fn post_to_room(&mut self, platform: &str, room: &str, message: Outgoing) {
        let message = self.stamp(message);
        self.pending.push(Pending {
            address: Address::room(platform, room),
            person_id: None,
            message,
            offered_to: None,
        });
    }

    /// Sends to one particular account's direct chat.
    pub fn send_to_account(
        &mut self,
        key: &AccountKey,
        person_id: Option<PersonId>,
        message: Outgoing,
    ) {
        let offered_to = message.choices.as_ref().map(|_| key.clone());
        self.pending.push(Pending {
            address: Address::direct(key),
            person_id,
            message,
            offered_to,
        });
    }

    /// Sends to another person (or the speaker) in their direct chat on the
    /// account they use for notifications. Returns false if they have none.
    pub async fn notify(&mut self, person: PersonId, message: Outgoing) -> StoreResult<bool> {
        let Some(account) = self.notify_account(person).await? else {
            tracing::warn!(person, "no account to notify");
            return Ok(false);
        };
        if account.key == self.from && self.chat.is_direct() {
            self.conversation.offered = message.choices.clone();
            self.pending.push(Pending {
                address: Address::direct(&account.key),
                person_id: Some(person),
                message,
                offered_to: None,
            });
        } else {
            let offered_to = message.choices.as_ref().map(|_| account.key.clone());
            self.pending.push(Pending {
                address: Address::direct(&account.key),
                person_id: Some(person),
                message,
                offered_to,
            });
        }
        Ok(true)
    }

    /// The account a person is reached on: the one on their chosen platform,
    /// else the one they used last.
    pub async fn notify_account(&mut self, person: PersonId) -> StoreResult<Option<Account>> {
        let mut accounts = self.tx.accounts_of(person).await?;
        let preferred = if self.person_id() == Some(person) {
            self.person.as_ref().and_then(|p| p.notify_platform.clone())
        } else {
            self.tx
                .person(person)
                .await?
                .and_then(|p| p.notify_platform)
        };
        accounts.sort_by_key(|a| std::cmp::Reverse(a.last_seen_at));
        let chosen = preferred
            .and_then(|platform| accounts.iter().position(|a| a.key.platform == platform))
            .unwrap_or(0);
        Ok(if accounts.is_empty() {
            None
        } else {
            Some(accounts.swap_remove(chosen))
        })
    }

    async fn save_conversation(&mut self, chat_key: &str) -> StoreResult<()> {
        let state = if self.conversation.is_empty() {
            None
        } else {
            Some(
                serde_json::to_string(&self.conversation)
                    .map_err(|e| crate::ports::StoreError::Corrupt(e.to_string()))?,
            )
        };
        self.tx
            .set_conversation(&self.from, chat_key, state.as_deref(), self.now)
            .await?;
        Ok(())
    }

    /// Writes the messages and the conversation and hands back the transaction to commit.
    pub async fn finish(mut self) -> StoreResult<Box<dyn StoreTx>> {
        let chat_key = Self::chat_key(&self.chat);
        if !self.system {
            self.save_conversation(&chat_key).await?;
        }
        for (n, pending) in std::mem::take(&mut self.pending).into_iter().enumerate() {
            if let (Some(key), Some(choices)) = (&pending.offered_to, &pending.message.choices) {
                remember_offer(self.tx.as_mut(), key, choices, self.now).await?;
            }
            let row = NewOutboxMessage {
                idempotency_key: format!("{}:{n}", self.key_prefix),
                address: pending.address,
                person_id: pending.person_id,
                message: pending.message,
                available_at: self.now,
            };
            self.tx.enqueue(&row).await?;
        }
        Ok(self.tx)
    }
}

/// Remembers choices sent to someone else's direct chat, so that they can answer by number.
async fn remember_offer(
    tx: &mut dyn StoreTx,
    key: &AccountKey,
    choices: &ChoiceSet,
    now: Millis,
) -> StoreResult<()> {
    let chat_key = Ctx::chat_key(&Chat::Direct);
    let mut conversation: Conversation = match tx.conversation(key, &chat_key).await? {
        Some(json) => serde_json::from_str(&json).unwrap_or_default(),
        None => Conversation::default(),
    };
    conversation.offered = Some(choices.clone());
    let json = serde_json::to_string(&conversation)
        .map_err(|e| crate::ports::StoreError::Corrupt(e.to_string()))?;
    tx.set_conversation(key, &chat_key, Some(&json), now).await
}
