//! The entry point adapters call: one incoming event becomes one transaction
//! that changes state and writes every resulting message to the outbox.

use std::sync::Arc;

use tokio::sync::Notify;

use crate::commands::{self, Command};
use crate::context::{Ctx, Deps, Services};
use crate::conversation::{Conversation, Resolved, resolve};
use crate::dialogs::{Dialog, EditProfile, Input, Onboarding, Outcome};
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::{Chat, Content, Incoming, NewRoom, Outgoing, RichText};
use crate::model::{NewOutboxMessage, Person};
use crate::ports::TransportError;
use crate::profile::{ProfileDraft, ProfileView};
use crate::validate;

/// Tokens from buttons are short; anything longer did not come from us.
const MAX_TOKEN_LEN: usize = 100;
const MAX_TOKENS: usize = 64;

#[derive(Clone)]
pub struct Bot {
    deps: Arc<Deps>,
    services: Arc<Services>,
    /// Woken after every commit that wrote to the outbox.
    outbox_signal: Arc<Notify>,
}

impl Bot {
    pub fn new(deps: Deps) -> Self {
        Self::with_services(deps, Services::default())
    }

    /// A bot with a knowledge index and, optionally, a language model.
    pub fn with_services(deps: Deps, services: Services) -> Self {
        Self {
            services: Arc::new(services),
            deps: Arc::new(deps),
            outbox_signal: Arc::new(Notify::new()),
        }
    }

    pub fn deps(&self) -> &Deps {
        &self.deps
    }

    pub fn services(&self) -> &Services {
        &self.services
    }

    pub fn outbox_signal(&self) -> Arc<Notify> {
        self.outbox_signal.clone()
    }

    /// Handles one event. On any failure nothing of it is kept and the
    /// person is told, in their language, that nothing changed.
    /// An adapter created the room a [`NewRoom`] asked for: the requester
    /// "presses" its token in the new room, so the core links it with the
    /// usual checks. The event id comes from the outbox message, so a
    /// redelivered request links only once. An error is worth a retry.
    pub async fn room_created(
        &self,
        platform: &str,
        requester: &str,
        room: String,
        request: &NewRoom,
        idempotency_key: &str,
    ) -> Result<(), TransportError> {
        let report = Incoming {
            from: crate::message::AccountKey::new(platform, requester),
            display_name: requester.to_owned(),
            chat: Chat::Room(room),
            content: Content::Choice(vec![request.token.clone()]),
            event_id: Some(format!("new-room:{idempotency_key}")),
            locale_hint: None,
        };
        self.handle(report)
            .await
            .map_err(|e| TransportError::Retry {
                after_ms: None,
                reason: format!("linking a created room: {e}"),
            })
    }

    pub async fn handle(&self, incoming: Incoming) -> Result<(), CoreError> {
        match self.try_handle(&incoming).await {
            Ok(()) => {
                self.outbox_signal.notify_waiters();
                Ok(())
            }
            Err(error) => {
                tracing::error!(%error, account = %incoming.from, "command failed; rolled back");
                self.apologise(&incoming).await?;
                self.outbox_signal.notify_waiters();
                Err(error)
            }
        }
    }

    async fn try_handle(&self, incoming: &Incoming) -> Result<(), CoreError> {
        // Slow work (search, a language model) before the transaction opens.
        let prepared = crate::knowledge::ask::prepare(self, incoming).await;
        let group_summary = crate::group::summary::prepare(self, incoming).await;
        let deps = &*self.deps;
        let now = deps.clock.now_ms();
        let mut tx = deps.store.begin().await?;
        if let Some(event) = &incoming.event_id
            && !tx
                .mark_event_seen(&incoming.from.platform, event, now)
                .await?
        {
            tracing::debug!(event, "redelivered event ignored");
            tx.rollback().await?;
            return Ok(());
        }
        let mut account = tx.lock_account(&incoming.from).await?;
        let mut person = match account.as_ref().and_then(|a| a.person_id) {
            Some(id) => tx.person(id).await?,
            None => None,
        };
        if let Some(acc) = account.as_mut() {
            acc.last_seen_at = now;
            if !incoming.display_name.is_empty() {
                acc.display_name = validate::clean_text(&incoming.display_name, false)
                    .chars()
                    .take(100)
                    .collect();
            }
            tx.upsert_account(acc).await?;
        }
        if let Some(p) = person.as_mut()
            && !p.is_coordinator
            && deps.config.is_configured_coordinator(&incoming.from)
        {
            p.is_coordinator = true;
            p.updated_at = now;
            tx.update_person(p).await?;
            tx.audit(
                now,
                None,
                "coordinator.config",
                Some(p.id),
                &serde_json::json!({}),
            )
            .await?;
        }
        let chat_key = Ctx::chat_key(&incoming.chat);
        let conversation = match tx.conversation(&incoming.from, &chat_key).await? {
            Some(json) => serde_json::from_str(&json).unwrap_or_else(|error| {
                tracing::warn!(%error, "unreadable conversation state dropped");
                Conversation::default()
            }),
            None => Conversation::default(),
        };
        let lang = self.language_of(
            person.as_ref(),
            &conversation,
            incoming.locale_hint.as_deref(),
        );
        let key_prefix = match &incoming.event_id {
            Some(event) => format!("{}:{event}", incoming.from.platform),
            // Not from `deps.codes`: keys must not shift the codes people see.
            None => format!("{}:{now}:{:016x}", incoming.from, rand::random::<u64>()),
        };
        let mut ctx = Ctx::new(
            deps,
            &self.services,
            tx,
            now,
            incoming.from.clone(),
            incoming.display_name.clone(),
            incoming.chat.clone(),
            account,
            person,
            lang,
            conversation,
            key_prefix,
        );
        ctx.prepared = prepared;
        ctx.group_summary = group_summary;
        route(&mut ctx, &incoming.content).await?;
        let knowledge_changed = ctx.knowledge_changed;
        let tx = ctx.finish().await?;
        tx.commit().await?;
        if knowledge_changed {
            self.refresh_knowledge().await;
        }
        Ok(())
    }

    /// Lets the search index catch up with changed entries; a failure only
    /// delays that until the next refresh.
    pub async fn refresh_knowledge(&self) {
        if let Some(index) = &self.services.knowledge
            && let Err(error) = index.refresh().await
        {
            tracing::warn!(%error, "knowledge index refresh failed");
        }
    }

    fn language_of(
        &self,
        person: Option<&Person>,
        conversation: &Conversation,
        hint: Option<&str>,
    ) -> Lang {
        let onboarding = conversation.dialogs.iter().find_map(|d| match d {
            Dialog::Onboarding(o) if !o.draft.locale.is_empty() => Some(o.draft.locale.as_str()),
            _ => None,
        });
        person
            .map(|p| p.locale.as_str())
            .or(onboarding)
            .and_then(Lang::from_code)
            .or_else(|| hint.and_then(Lang::from_hint))
            .or_else(|| Lang::from_code(&self.deps.config.default_language))
            .unwrap_or(Lang::En)
    }

    /// A fresh transaction that only tells the person something went wrong.
    async fn apologise(&self, incoming: &Incoming) -> Result<(), CoreError> {
        let deps = &*self.deps;
        let now = deps.clock.now_ms();
        let mut tx = deps.store.begin().await?;
        let person = match tx.account(&incoming.from).await?.and_then(|a| a.person_id) {
            Some(id) => tx.person(id).await?,
            None => None,
        };
        let lang = self.language_of(
            person.as_ref(),
            &Conversation::default(),
            incoming.locale_hint.as_deref(),
        );
        let address = match &incoming.chat {
            Chat::Direct => crate::message::Address::direct(&incoming.from),
            Chat::Room(room) => crate::message::Address::room(&incoming.from.platform, room),
        };
        let message = Outgoing {
            text: RichText::plain(deps.locales.text(lang, "internal-error", &[])),
            lang: lang.code().to_owned(),
            ..Outgoing::default()
        };
        let row = NewOutboxMessage {
            idempotency_key: format!(
                "error:{}:{now}:{:016x}",
                incoming.from,
                rand::random::<u64>()
            ),
            address,
            person_id: None,
            message,
            available_at: now,
        };
        tx.enqueue(&row).await?;
        tx.commit().await?;
        Ok(())
    }
}

async fn route(ctx: &mut Ctx<'_>, content: &Content) -> Result<(), CoreError> {
    let input = match content {
        Content::Text(raw) => {
            let limit = ctx.config().limits.max_text;
            let length = raw.chars().count();
            if length > limit {
                ctx.say(
                    "text-too-long",
                    &[("length", length.into()), ("limit", limit.into())],
                );
                return Ok(());
            }
            let text = validate::clean_text(raw, true);
            if text.is_empty() {
                if ctx.chat.is_direct() {
                    ctx.say("empty-message", &[]);
                }
                return Ok(());
            }
            if let Some(typed) = commands::parse(&text) {
                return command(ctx, typed.name.as_str(), &typed.args).await;
            }
            if !ctx.chat.is_direct() {
                // Ordinary talk in a room is between people, not for the bot.
                return Ok(());
            }
            match resolve(ctx.conversation.offered.as_ref(), &text) {
                Resolved::Tokens(tokens) => Input::Tokens(tokens),
                Resolved::Text => Input::Text(text),
            }
        }
        Content::Choice(tokens) => {
            if tokens.is_empty()
                || tokens.len() > MAX_TOKENS
                || tokens.iter().any(|t| t.len() > MAX_TOKEN_LEN)
            {
                ctx.say("choice-invalid", &[]);
                return Ok(());
            }
            Input::Tokens(tokens.clone())
        }
    };
    if let Input::Tokens(tokens) = &input
        && let [token] = tokens.as_slice()
        && token.starts_with("app:")
    {
        let token = token.clone();
        return crate::applications::on_token(ctx, &token).await;
    }
    // Buttons that act from anywhere, whatever dialog is under way.
    if let Input::Tokens(tokens) = &input
        && let [token] = tokens.as_slice()
    {
        let token = token.clone();
        match token.split(':').next() {
            Some("pair") => return crate::pairing::on_token(ctx, &token).await,
            Some("match") => return crate::pairing::propose::on_token(ctx, &token).await,
            Some("req") => return crate::pairing::suggest::on_token(ctx, &token).await,
            Some("ses") => return crate::sessions::answer::on_token(ctx, &token).await,
            Some("chk") => return crate::programme::checkins::on_token(ctx, &token).await,
            Some("hours") => return crate::hours::on_token(ctx, &token).await,
            Some("dlv") => return crate::programme::deliverables::on_token(ctx, &token).await,
            Some("kb") => return crate::knowledge::on_token(ctx, &token).await,
            Some("grp") => return crate::group::on_token(ctx, &token).await,
            Some("export") => return crate::privacy::on_token(ctx, &token).await,
            _ => {}
        }
    }
    if let Some(dialog) = ctx.conversation.dialogs.pop() {
        match dialog.answer(ctx, input).await? {
            Outcome::Continue(dialog) => ctx.conversation.dialogs.push(dialog),
            Outcome::Done => {
                if let Some(resumed) = ctx.conversation.dialogs.last().cloned() {
                    resumed.ask(ctx).await?;
                }
            }
        }
        return Ok(());
    }
    if ctx.person.is_none() {
        ctx.say("not-joined", &[]);
    } else {
        ctx.say("not-understood", &[]);
    }
    Ok(())
}

async fn command(ctx: &mut Ctx<'_>, name: &str, args: &[&str]) -> Result<(), CoreError> {
    let Some(command) = Command::from_name(name) else {
        ctx.say("unknown-command", &[("command", format!("/{name}").into())]);
        return reask(ctx).await;
    };
    if !ctx.chat.is_direct() {
        if command == Command::Start {
            ctx.say("direct-only-start", &[]);
            return Ok(());
        }
        if command.direct_only() {
            ctx.say("not-in-room", &[]);
            return Ok(());
        }
    }
    if let Some(active) = ctx.conversation.active().cloned()
        && !command.allowed_in_dialog()
    {
        ctx.say("dialog-in-progress", &[]);
        active.ask(ctx).await?;
        return Ok(());
    }
    if command.coordinator_only() && !ctx.is_coordinator() {
        ctx.say(
            if ctx.person.is_some() {
                "coordinator-only"
            } else {
                "needs-profile"
            },
            &[],
        );
        return Ok(());
    }
    match command {
        Command::Start => start(ctx, args.first().copied()).await?,
        Command::Help => {
            help(ctx);
            reask(ctx).await?;
        }
        Command::Privacy => {
            ctx.say("privacy", &[]);
            reask(ctx).await?;
        }
        Command::Cancel => cancel(ctx).await?,
        Command::Profile => profile(ctx, args).await?,
        Command::Language => {
            if ctx.person.is_none() {
                ctx.say("needs-profile", &[]);
            } else {
                begin(ctx, Dialog::Language).await?;
            }
        }
        Command::Link => match args.first() {
            Some(code) => {
                crate::linking::redeem(ctx, code, true).await?;
            }
            None => crate::linking::issue_code(ctx).await?,
        },
        Command::Export => crate::privacy::export_command(ctx).await?,
        Command::Forget => {
            if ctx.person.is_none() {
                ctx.say("needs-profile", &[]);
            } else {
                begin(ctx, Dialog::Forget).await?;
            }
        }
        Command::Applications => crate::applications::list(ctx).await?,
        Command::Invite => crate::coordination::invite(ctx, args).await?,
        Command::Grant => crate::coordination::grant(ctx, args).await?,
        Command::NotifyOn => notify_on(ctx, args.first().copied()).await?,
        Command::Match => crate::pairing::propose::run(ctx).await?,
        Command::Mentors => crate::pairing::suggest::show(ctx).await?,
        Command::Pair => crate::pairing::lifecycle::show_own(ctx).await?,
        Command::Pairs => crate::pairing::lifecycle::show_all(ctx).await?,
        Command::Avoid => crate::pairing::avoid::avoid(ctx, args).await?,
        Command::Circles => crate::pairing::circles::command(ctx, args).await?,
        Command::Book => crate::sessions::book::start(ctx).await?,
        Command::Sessions => crate::sessions::list::show(ctx).await?,
        Command::Reschedule => crate::sessions::list::pick(ctx, "reschedule").await?,
        Command::CancelSession => crate::sessions::list::pick(ctx, "cancel").await?,
        Command::Log => crate::hours::start_log(ctx).await?,
        Command::Hours => crate::hours::show(ctx).await?,
        Command::Report => crate::programme::deliverables::start(ctx).await?,
        Command::Reports => crate::programme::deliverables::overview(ctx).await?,
        Command::Ask => {
            let prepared = ctx.prepared.take();
            crate::knowledge::ask::answer(ctx, prepared).await?
        }
        Command::Share => crate::knowledge::share::start(ctx).await?,
        Command::Entries => crate::knowledge::manage::list(ctx).await?,
        Command::Hide => crate::knowledge::manage::hide(ctx, args).await?,
        Command::Stats => crate::coordinator::stats::show(ctx).await?,
        Command::Announce => crate::coordinator::announce::announce(ctx, args).await?,
        Command::Group => crate::group::command(ctx, args).await?,
        Command::Here => crate::group::live_command(ctx, crate::group::Live::Here, args).await?,
        Command::Round => crate::group::live_command(ctx, crate::group::Live::Round, args).await?,
        Command::Next => crate::group::live_command(ctx, crate::group::Live::Next, args).await?,
        Command::Note => crate::group::live_command(ctx, crate::group::Live::Note, args).await?,
        Command::Action => {
            crate::group::live_command(ctx, crate::group::Live::Action, args).await?
        }
    }
    Ok(())
}

/// Starts a dialog and asks its first question.
async fn begin(ctx: &mut Ctx<'_>, dialog: Dialog) -> Result<(), CoreError> {
    dialog.ask(ctx).await?;
    ctx.conversation.dialogs.push(dialog);
    Ok(())
}

/// After an interruption, asks the question under way again.
async fn reask(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    if let Some(active) = ctx.conversation.active().cloned() {
        active.ask(ctx).await?;
    }
    Ok(())
}

fn help(ctx: &mut Ctx<'_>) {
    let mut text = RichText::plain(ctx.t("help", &[]));
    if ctx.is_coordinator() {
        text.push_text(ctx.t("help-coordinator", &[]));
    }
    ctx.reply(ctx_outgoing(ctx, text));
}

fn ctx_outgoing(ctx: &Ctx<'_>, text: RichText) -> Outgoing {
    Outgoing {
        text,
        lang: ctx.lang.code().to_owned(),
        ..Outgoing::default()
    }
}

async fn cancel(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let Some(dialog) = ctx.conversation.dialogs.pop() else {
        ctx.say("nothing-to-cancel", &[]);
        return Ok(());
    };
    if let Dialog::Onboarding(onboarding) = &dialog {
        onboarding.release_invite(ctx).await?;
    }
    ctx.say(dialog.cancel_key(), &[]);
    match ctx.conversation.active().cloned() {
        Some(resumed) => resumed.ask(ctx).await?,
        None => ctx.conversation.offered = None,
    }
    Ok(())
}

async fn start(ctx: &mut Ctx<'_>, code: Option<&str>) -> Result<(), CoreError> {
    if let Some(Dialog::Onboarding(onboarding)) = ctx.conversation.active().cloned() {
        ctx.say("start-resume", &[]);
        onboarding.ask(ctx);
        return Ok(());
    }
    if ctx.conversation.active().is_some() {
        ctx.say("dialog-in-progress", &[]);
        return reask(ctx).await;
    }
    if let Some(person) = ctx.person.clone() {
        if let Some(code) = code
            && crate::linking::looks_like_code(code)
            && crate::linking::redeem(ctx, code, false).await?
        {
            return Ok(());
        }
        ctx.say(
            "start-already-joined",
            &[("name", person.name.as_str().into())],
        );
        return Ok(());
    }
    // Link codes and invite codes differ in length, so a deep link carries either.
    if let Some(code) = code
        && crate::linking::looks_like_code(code)
    {
        crate::linking::redeem(ctx, code, true).await?;
        return Ok(());
    }
    let coordinator = ctx.config().is_configured_coordinator(&ctx.from);
    let invite = match code {
        Some(code) => {
            let code = code.trim().to_uppercase();
            // The use is taken now, so a single-use code admits one person
            // even when two start at once; leaving before joining gives it back.
            match ctx.tx.use_invite(&code, ctx.now).await? {
                Some(invite) => Some(invite),
                None => {
                    let shown: String = validate::clean_text(&code, false)
                        .chars()
                        .take(20)
                        .collect();
                    ctx.say("invite-invalid", &[("code", shown.into())]);
                    return Ok(());
                }
            }
        }
        None if ctx.config().programme.invite_only && !coordinator => {
            ctx.say("invite-required", &[]);
            return Ok(());
        }
        None => None,
    };
    if let Some(invite) = &invite {
        ctx.say(&format!("invite-accepted-{}", invite.role.as_str()), &[]);
    }
    let onboarding = Onboarding::new(
        invite.as_ref().map(|i| i.code.clone()),
        invite.map(|i| i.role),
        coordinator,
    );
    begin(ctx, Dialog::Onboarding(onboarding)).await
}

async fn profile(ctx: &mut Ctx<'_>, args: &[&str]) -> Result<(), CoreError> {
    let Some(person) = ctx.person.clone() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    let claims = ctx.tx.competences(person.id).await?;
    match args.first().map(|a| a.to_lowercase()) {
        Some(word) if word == "edit" => {
            if !ctx.chat.is_direct() {
                ctx.say("not-in-room", &[]);
                return Ok(());
            }
            let draft = ProfileDraft::from_person(&person, &claims);
            begin(ctx, Dialog::EditProfile(EditProfile::new(draft))).await
        }
        _ => {
            let view = ProfileView {
                locales: &ctx.deps.locales,
                competences: &ctx.deps.competences,
                lang: ctx.lang,
            };
            let text = view.render(&person, &claims);
            ctx.reply(Outgoing {
                text,
                private: true,
                ..Outgoing::default()
            });
            Ok(())
        }
    }
}

/// `/notify-on <platform>`: where notifications reach a person with accounts on several platforms.
async fn notify_on(ctx: &mut Ctx<'_>, platform: Option<&str>) -> Result<(), CoreError> {
    let Some(mut person) = ctx.person.clone() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    let accounts = ctx.tx.accounts_of(person.id).await?;
    let mut platforms: Vec<String> = accounts.iter().map(|a| a.key.platform.clone()).collect();
    platforms.sort();
    platforms.dedup();
    let listed = platforms.join(", ");
    let Some(wanted) = platform.map(str::to_lowercase) else {
        let current = match ctx.notify_account(person.id).await? {
            Some(account) => account.key.platform,
            None => ctx.from.platform.clone(),
        };
        ctx.say(
            "notify-usage",
            &[("platforms", listed.into()), ("current", current.into())],
        );
        return Ok(());
    };
    if !platforms.contains(&wanted) {
        let shown: String = validate::clean_text(&wanted, false)
            .chars()
            .take(20)
            .collect();
        ctx.say(
            "notify-unknown",
            &[("platform", shown.into()), ("platforms", listed.into())],
        );
        return Ok(());
    }
    person.notify_platform = Some(wanted.clone());
    person.updated_at = ctx.now;
    ctx.tx.update_person(&person).await?;
    ctx.person = Some(person);
    ctx.say("notify-set", &[("platform", wanted.into())]);
    Ok(())
}
