//! The ports through which the core speaks to the world. Storage, adapters
//! and the binary implement them; the core never does I/O of its own.

use async_trait::async_trait;

use crate::message::{AccountKey, Address, Outgoing};
use crate::model::*;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(String),
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    /// A uniqueness rule was hit (e.g. a code that already exists); callers may retry.
    #[error("conflict: {0}")]
    Conflict(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// The database. Everything a command changes happens inside one `StoreTx`,
/// together with the outbox rows for the messages it causes.
#[async_trait]
pub trait Store: Send + Sync {
    /// Starts a read-write transaction.
    async fn begin(&self) -> StoreResult<Box<dyn StoreTx>>;

    /// Claims up to `limit` undelivered messages for `platform` that are due at
    /// `now` and not claimed by another worker (or whose claim ran out). A claim
    /// lasts `lease_ms`. Oldest first.
    async fn claim_outbox(
        &self,
        platform: &str,
        now: Millis,
        lease_ms: i64,
        limit: u32,
    ) -> StoreResult<Vec<OutboxRow>>;
    /// Marks a message delivered and drops its content: only the key and times stay.
    async fn mark_delivered(&self, id: i64, now: Millis) -> StoreResult<()>;
    /// Schedules another attempt at `retry_at`.
    async fn mark_retry(&self, id: i64, retry_at: Millis, error: &str) -> StoreResult<()>;
    /// Gives up on a message; it stays for inspection without its content.
    async fn mark_failed(&self, id: i64, now: Millis, error: &str) -> StoreResult<()>;
    /// Claims up to `limit` jobs due at `now` and not claimed by another
    /// scheduler (or whose claim ran out), earliest first; a claim lasts `lease_ms`.
    async fn claim_due_jobs(&self, now: Millis, lease_ms: i64, limit: u32)
    -> StoreResult<Vec<Job>>;
    /// When the next job not yet done is due.
    async fn next_job_due(&self) -> StoreResult<Option<Millis>>;
    /// Entries by id, for the search index (any visibility, hidden or not).
    async fn entries(&self, ids: &[i64]) -> StoreResult<Vec<Entry>>;
    /// Every entry in id order from `after_id`, at most `limit` (index rebuilds).
    async fn entries_page(&self, after_id: i64, limit: u32) -> StoreResult<Vec<Entry>>;
    /// The change log after `seq`: (seq, entry id), oldest first, at most `limit`.
    async fn entry_changes(&self, after_seq: i64, limit: u32) -> StoreResult<Vec<(i64, i64)>>;
    /// The newest change's seq (0 when none).
    async fn last_entry_change(&self) -> StoreResult<i64>;
    /// Takes the lease `name` for `holder` until `now + ttl_ms` if it is free
    /// or expired, or renews it if `holder` has it. True when `holder` holds it.
    async fn acquire_lease(
        &self,
        name: &str,
        holder: &str,
        now: Millis,
        ttl_ms: i64,
    ) -> StoreResult<bool>;
    /// Gives the lease up, if `holder` has it.
    async fn release_lease(&self, name: &str, holder: &str) -> StoreResult<()>;
    /// Messages for `platform` neither delivered nor failed.
    async fn undelivered_count(&self, platform: &str) -> StoreResult<u64>;
}

#[async_trait]
pub trait StoreTx: Send {
    async fn commit(self: Box<Self>) -> StoreResult<()>;
    async fn rollback(self: Box<Self>) -> StoreResult<()>;

    /// Records a platform event id; false if it was seen before (a redelivery).
    async fn mark_event_seen(
        &mut self,
        platform: &str,
        event_id: &str,
        now: Millis,
    ) -> StoreResult<bool>;

    // Accounts
    /// Reads an account and locks it until the transaction ends, so that two
    /// messages from one account are handled one after the other.
    async fn lock_account(&mut self, key: &AccountKey) -> StoreResult<Option<Account>>;
    /// Reads an account without locking it (e.g. to find a person by their chat handle).
    async fn account(&mut self, key: &AccountKey) -> StoreResult<Option<Account>>;
    async fn upsert_account(&mut self, account: &Account) -> StoreResult<()>;
    async fn accounts_of(&mut self, person: PersonId) -> StoreResult<Vec<Account>>;
    async fn delete_account(&mut self, key: &AccountKey) -> StoreResult<()>;

    // Conversation state (the current dialog and the last choices offered), opaque JSON owned by the core.
    async fn conversation(&mut self, key: &AccountKey, chat: &str) -> StoreResult<Option<String>>;
    async fn set_conversation(
        &mut self,
        key: &AccountKey,
        chat: &str,
        state: Option<&str>,
        now: Millis,
    ) -> StoreResult<()>;

    // People
    async fn person(&mut self, id: PersonId) -> StoreResult<Option<Person>>;
    /// Inserts a person (the `id` field is ignored) and returns the new id.
    async fn insert_person(&mut self, person: &Person) -> StoreResult<PersonId>;
    async fn update_person(&mut self, person: &Person) -> StoreResult<()>;
    async fn competences(&mut self, person: PersonId) -> StoreResult<Vec<CompetenceClaim>>;
    async fn set_competences(
        &mut self,
        person: PersonId,
        claims: &[CompetenceClaim],
    ) -> StoreResult<()>;
    /// People whose name equals `name`, ignoring case.
    async fn persons_named(&mut self, name: &str) -> StoreResult<Vec<Person>>;
    async fn coordinators(&mut self) -> StoreResult<Vec<Person>>;
    /// Erases a person and everything personal that refers to them: accounts,
    /// conversations, competences, applications, link codes, undelivered
    /// messages to them; audit rows and invites keep no reference to them.
    async fn erase_person(&mut self, id: PersonId) -> StoreResult<()>;

    /// Records that someone declined the privacy notice: the time and platform only.
    async fn record_consent_refusal(&mut self, platform: &str, now: Millis) -> StoreResult<()>;

    // Invites
    async fn insert_invite(&mut self, invite: &Invite) -> StoreResult<()>;
    async fn invite(&mut self, code: &str) -> StoreResult<Option<Invite>>;
    /// Uses one of an invite's uses if it is still valid at `now`; returns the invite as it was.
    async fn use_invite(&mut self, code: &str, now: Millis) -> StoreResult<Option<Invite>>;
    /// Gives back one use (someone who took it left before joining).
    async fn release_invite(&mut self, code: &str) -> StoreResult<()>;

    // Link codes (one-time, short-lived)
    async fn insert_link_code(
        &mut self,
        code: &str,
        person: PersonId,
        expires_at: Millis,
    ) -> StoreResult<()>;
    /// Removes the code and returns its person if it was still valid at `now`.
    async fn take_link_code(&mut self, code: &str, now: Millis) -> StoreResult<Option<PersonId>>;

    // Mentor applications
    async fn insert_application(&mut self, person: PersonId, now: Millis) -> StoreResult<i64>;
    async fn application(&mut self, id: i64) -> StoreResult<Option<Application>>;
    async fn update_application(&mut self, application: &Application) -> StoreResult<()>;
    async fn open_applications(&mut self) -> StoreResult<Vec<Application>>;
    async fn applications_of(&mut self, person: PersonId) -> StoreResult<Vec<Application>>;

    // Audit log
    async fn audit(
        &mut self,
        at: Millis,
        actor: Option<PersonId>,
        action: &str,
        subject: Option<PersonId>,
        detail: &serde_json::Value,
    ) -> StoreResult<()>;
    async fn audit_about(&mut self, person: PersonId) -> StoreResult<Vec<AuditEntry>>;

    // Outbox
    async fn enqueue(&mut self, message: &NewOutboxMessage) -> StoreResult<()>;

    // People in bulk (matching, imports, statistics)
    async fn all_persons(&mut self) -> StoreResult<Vec<Person>>;
    async fn all_competences(&mut self) -> StoreResult<Vec<(PersonId, CompetenceClaim)>>;
    async fn person_by_email(&mut self, email: &str) -> StoreResult<Option<Person>>;

    // Who asked not to be paired with whom
    async fn add_exclusion(&mut self, person: PersonId, other: PersonId) -> StoreResult<()>;
    async fn exclusions(&mut self) -> StoreResult<Vec<(PersonId, PersonId)>>;

    // Pairs
    async fn insert_pair(&mut self, pair: &Pair) -> StoreResult<i64>;
    async fn pair(&mut self, id: i64) -> StoreResult<Option<Pair>>;
    async fn pairs_of(&mut self, person: PersonId) -> StoreResult<Vec<Pair>>;
    async fn pairs_in(&mut self, states: &[PairState]) -> StoreResult<Vec<Pair>>;
    /// Writes a pair's state and answers. Moving into a state that
    /// `occupies` a place must go through `occupy_place` instead.
    async fn update_pair(&mut self, pair: &Pair) -> StoreResult<()>;
    /// Moves a pair into an occupying state (introduced, active) unless the
    /// mentor's places are full or the mentee already has a mentor. Locks
    /// both people's rows first, so two such moves for one mentor run one
    /// after the other on every backend. False (and nothing changed) when full.
    async fn occupy_place(&mut self, pair: &Pair) -> StoreResult<bool>;
    /// Removes every pair still in `proposed` (a new matching run replaces them).
    async fn delete_proposals(&mut self) -> StoreResult<()>;
    async fn record_pair_event(&mut self, event: &PairEvent) -> StoreResult<()>;
    async fn pair_history(&mut self, pair: i64) -> StoreResult<Vec<PairEvent>>;

    // Circles
    /// Inserts a circle with its members (the `id` field is ignored).
    async fn insert_circle(&mut self, circle: &Circle) -> StoreResult<i64>;
    /// Every circle, oldest first, with members.
    async fn circles(&mut self) -> StoreResult<Vec<Circle>>;

    // Sessions
    async fn insert_session(&mut self, session: &Session) -> StoreResult<i64>;
    async fn session(&mut self, id: i64) -> StoreResult<Option<Session>>;
    /// Writes every field but `id`, `pair_id` and `created_at`.
    async fn update_session(&mut self, session: &Session) -> StoreResult<()>;
    /// A pair's sessions by start time.
    async fn sessions_of_pair(&mut self, pair: i64) -> StoreResult<Vec<Session>>;
    /// The sessions of every pair the person is in, by start time.
    async fn sessions_of_person(&mut self, person: PersonId) -> StoreResult<Vec<Session>>;
    /// Every session of a recurring series, by start time.
    async fn sessions_in_series(&mut self, series: i64) -> StoreResult<Vec<Session>>;
    /// Sessions starting in [from, to), by start time (statistics, nudges).
    async fn sessions_between(&mut self, from: Millis, to: Millis) -> StoreResult<Vec<Session>>;

    // Hours
    async fn insert_hours(&mut self, entry: &HoursEntry) -> StoreResult<i64>;
    async fn hours_of(&mut self, person: PersonId) -> StoreResult<Vec<HoursEntry>>;
    async fn all_hours(&mut self) -> StoreResult<Vec<HoursEntry>>;
    /// Files hours over the budget for a coordinator's decision (the `id`
    /// and decision fields are ignored); returns its id.
    async fn insert_hours_request(&mut self, request: &HoursRequest) -> StoreResult<i64>;
    async fn hours_request(&mut self, id: i64) -> StoreResult<Option<HoursRequest>>;
    /// Decides a request that is still open, once: None when it is unknown
    /// or was decided before (by another coordinator, say).
    async fn decide_hours_request(
        &mut self,
        id: i64,
        approved: bool,
        by: PersonId,
        now: Millis,
    ) -> StoreResult<Option<HoursRequest>>;

    // Check-ins and reports
    async fn insert_checkin(&mut self, checkin: &CheckIn) -> StoreResult<i64>;
    async fn checkins_of_pair(&mut self, pair: i64) -> StoreResult<Vec<CheckIn>>;
    async fn insert_report(&mut self, report: &Report) -> StoreResult<i64>;
    async fn reports_of(&mut self, person: PersonId) -> StoreResult<Vec<Report>>;
    async fn all_reports(&mut self) -> StoreResult<Vec<Report>>;

    // Knowledge entries. Every insert, update, hide and delete also appends to
    // the change log, from which the search indexes of all instances catch up.
    async fn insert_entry(&mut self, entry: &Entry) -> StoreResult<i64>;
    async fn entry(&mut self, id: i64) -> StoreResult<Option<Entry>>;
    /// Writes every field but `id`, `created_at` and the feedback counts.
    async fn update_entry(&mut self, entry: &Entry) -> StoreResult<()>;
    async fn delete_entry(&mut self, id: i64) -> StoreResult<()>;
    async fn entries_by(&mut self, author: PersonId) -> StoreResult<Vec<Entry>>;
    /// Records one person's vote (a later vote replaces theirs) and updates the counts.
    async fn record_feedback(
        &mut self,
        entry: i64,
        person: PersonId,
        helpful: bool,
    ) -> StoreResult<()>;

    // Questions passed to mentors
    async fn insert_question(&mut self, question: &RoutedQuestion) -> StoreResult<i64>;
    async fn question(&mut self, id: i64) -> StoreResult<Option<RoutedQuestion>>;
    async fn update_question(&mut self, question: &RoutedQuestion) -> StoreResult<()>;

    // Jobs
    /// Adds a job, or moves the job with the same key to the new time and payload.
    async fn schedule_job(&mut self, job: &NewJob) -> StoreResult<()>;
    /// Drops a job not yet done, by key.
    async fn cancel_job(&mut self, key: &str) -> StoreResult<()>;
    /// Locks a job for running in this transaction; None if it was done meanwhile.
    async fn begin_job(&mut self, id: i64) -> StoreResult<Option<Job>>;
    /// Marks a job done, in the transaction that did its work.
    async fn finish_job(&mut self, id: i64, now: Millis) -> StoreResult<()>;

    // Group sessions
    /// Links a room to a circle, replacing an earlier link of that room.
    async fn link_group_room(&mut self, link: &GroupRoom) -> StoreResult<()>;
    async fn group_room(&mut self, platform: &str, room: &str) -> StoreResult<Option<GroupRoom>>;
    /// Inserts a group session (the `id` field is ignored) and returns its id.
    async fn insert_group_session(&mut self, session: &GroupSession) -> StoreResult<i64>;
    async fn group_session(&mut self, id: i64) -> StoreResult<Option<GroupSession>>;
    /// Reads a group session and locks it until the transaction ends, so that
    /// two people acting on one session (e.g. `/next` at once) go one after the other.
    async fn lock_group_session(&mut self, id: i64) -> StoreResult<Option<GroupSession>>;
    /// Writes every field but `id`, `platform`, `room` and `created_at`.
    async fn update_group_session(&mut self, session: &GroupSession) -> StoreResult<()>;
    /// The scheduled and running sessions of a room, by start time.
    async fn open_group_sessions(
        &mut self,
        platform: &str,
        room: &str,
    ) -> StoreResult<Vec<GroupSession>>;
    /// Adds a member to a session, or rewrites their row.
    async fn upsert_group_member(&mut self, member: &GroupMember) -> StoreResult<()>;
    /// A session's members, by person id.
    async fn group_members(&mut self, session: i64) -> StoreResult<Vec<GroupMember>>;
    /// Inserts a note or action item (the `id` field is ignored) and returns its id.
    async fn insert_group_item(&mut self, item: &GroupItem) -> StoreResult<i64>;
    async fn group_item(&mut self, id: i64) -> StoreResult<Option<GroupItem>>;
    /// A session's notes and action items, as collected (id order).
    async fn group_items(&mut self, session: i64) -> StoreResult<Vec<GroupItem>>;
    /// Who presented in the circle's sessions, and when: (person, presented_at).
    async fn group_presentations(&mut self, circle: i64) -> StoreResult<Vec<(PersonId, Millis)>>;
}

/// The time. Tests and the programme simulation use a virtual clock.
pub trait Clock: Send + Sync {
    fn now_ms(&self) -> Millis;
}

/// Random codes (invites, links). Seeded in tests so transcripts are stable.
pub trait CodeSource: Send + Sync {
    /// A code of `len` characters from an alphabet without look-alikes (no 0/O, 1/I/L).
    fn code(&self, len: usize) -> String;
}

#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// Try again later, after at least `after_ms` if the platform said so.
    #[error("temporary failure: {reason}")]
    Retry {
        after_ms: Option<i64>,
        reason: String,
    },
    /// Will never succeed (e.g. the account is gone).
    #[error("permanent failure: {0}")]
    Permanent(String),
}

/// Sends messages to one platform. Implemented by each adapter.
#[async_trait]
pub trait Transport: Send + Sync {
    fn platform(&self) -> &str;
    /// Sends one message. `idempotency_key` is stable across retries of the same message.
    async fn send(
        &self,
        to: &Address,
        message: &Outgoing,
        idempotency_key: &str,
    ) -> Result<(), TransportError>;
}

/// One search result: an entry and how well it matched.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub entry_id: i64,
    pub score: f32,
}

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index: {0}")]
    Index(String),
    /// Another process holds the index directory (a running bot, say).
    #[error("search index in {0} is in use by another process")]
    Busy(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Who may read what: the programme's entries, plus those of the reader's pairs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchScope {
    pub pairs: Vec<i64>,
}

/// The knowledge search index, derived from the store's entries.
#[async_trait]
pub trait KnowledgeIndex: Send + Sync {
    /// The best `limit` entries for `query`, best first: BM25 over titles,
    /// bodies and tags, analysed per language; hidden entries and entries of
    /// other pairs are never returned.
    async fn search(
        &self,
        query: &str,
        scope: &SearchScope,
        limit: usize,
    ) -> Result<Vec<SearchHit>, IndexError>;
    /// Catches up with the store's change log (cheap when nothing changed).
    async fn refresh(&self) -> Result<(), IndexError>;
}

#[derive(Debug, thiserror::Error)]
pub enum LanguageModelError {
    #[error("the language model did not answer in time")]
    Timeout,
    #[error("language model: {0}")]
    Failed(String),
}

/// A language model (any OpenAI-compatible server).
#[async_trait]
pub trait LanguageModel: Send + Sync {
    /// One chat completion: a system prompt and a user message in, the text out.
    async fn complete(&self, system: &str, user: &str) -> Result<String, LanguageModelError>;
    /// Embeddings for semantic ranking; None when no embeddings endpoint is configured.
    async fn embed(&self, texts: &[String]) -> Result<Option<Vec<Vec<f32>>>, LanguageModelError>;
}

/// A bar chart as data; a renderer turns it into an image.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ChartSpec {
    pub title: String,
    /// One label per bar (or group of bars).
    pub labels: Vec<String>,
    /// One or more series of values, one value per label.
    pub series: Vec<ChartSeries>,
    /// A horizontal line, e.g. the hour budget.
    pub target: Option<(String, f64)>,
    pub y_label: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ChartSeries {
    pub name: String,
    pub values: Vec<f64>,
}

#[derive(Debug, thiserror::Error)]
#[error("chart: {0}")]
pub struct ChartError(pub String);

/// Draws charts as PNG images (no browser, fonts embedded).
pub trait ChartRenderer: Send + Sync {
    fn render_png(&self, chart: &ChartSpec) -> Result<Vec<u8>, ChartError>;
}
