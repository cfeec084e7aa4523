//! [`StoreTx`] on a sqlx transaction. Each method hands the connection to the
//! module of its area; this file only routes.

use async_trait::async_trait;
use bot_core::message::AccountKey;
use bot_core::model::*;
use bot_core::ports::{StoreResult, StoreTx};
use sqlx::{Any, AnyConnection, Transaction};

use crate::dialect::Backend;
use crate::error::db;
use crate::{
    accounts, applications, audit, circles, conversations, entries, erase, events, group, hours,
    invites, jobs, outbox, pairs, people, questions, reports, sessions,
};

/// A read-write transaction. Dropped without `commit`, it rolls back.
pub(crate) struct SqlTx {
    tx: Transaction<'static, Any>,
    backend: Backend,
}

impl SqlTx {
    pub(crate) fn new(tx: Transaction<'static, Any>, backend: Backend) -> Self {
        Self { tx, backend }
    }

    fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}

#[async_trait]
impl StoreTx for SqlTx {
    async fn commit(self: Box<Self>) -> StoreResult<()> {
        self.tx.commit().await.map_err(db)
    }

    async fn rollback(self: Box<Self>) -> StoreResult<()> {
        self.tx.rollback().await.map_err(db)
    }

    async fn mark_event_seen(
        &mut self,
        platform: &str,
        event_id: &str,
        now: Millis,
    ) -> StoreResult<bool> {
        events::mark_event_seen(self.conn(), platform, event_id, now).await
    }

    async fn lock_account(&mut self, key: &AccountKey) -> StoreResult<Option<Account>> {
        let backend = self.backend;
        accounts::lock_account(self.conn(), backend, key).await
    }

    async fn account(&mut self, key: &AccountKey) -> StoreResult<Option<Account>> {
        accounts::account(self.conn(), key).await
    }

    async fn upsert_account(&mut self, account: &Account) -> StoreResult<()> {
        accounts::upsert_account(self.conn(), account).await
    }

    async fn accounts_of(&mut self, person: PersonId) -> StoreResult<Vec<Account>> {
        accounts::accounts_of(self.conn(), person).await
    }

    async fn delete_account(&mut self, key: &AccountKey) -> StoreResult<()> {
        accounts::delete_account(self.conn(), key).await
    }

    async fn conversation(&mut self, key: &AccountKey, chat: &str) -> StoreResult<Option<String>> {
        conversations::conversation(self.conn(), key, chat).await
    }

    async fn set_conversation(
        &mut self,
        key: &AccountKey,
        chat: &str,
        state: Option<&str>,
        now: Millis,
    ) -> StoreResult<()> {
        conversations::set_conversation(self.conn(), key, chat, state, now).await
    }

    async fn person(&mut self, id: PersonId) -> StoreResult<Option<Person>> {
        people::person(self.conn(), id).await
    }

    async fn insert_person(&mut self, person: &Person) -> StoreResult<PersonId> {
        people::insert_person(self.conn(), person).await
    }

    async fn update_person(&mut self, person: &Person) -> StoreResult<()> {
        people::update_person(self.conn(), person).await
    }

    async fn competences(&mut self, person: PersonId) -> StoreResult<Vec<CompetenceClaim>> {
        people::competences(self.conn(), person).await
    }

    async fn set_competences(
        &mut self,
        person: PersonId,
        claims: &[CompetenceClaim],
    ) -> StoreResult<()> {
        people::set_competences(self.conn(), person, claims).await
    }

    async fn persons_named(&mut self, name: &str) -> StoreResult<Vec<Person>> {
        people::persons_named(self.conn(), name).await
    }

    async fn coordinators(&mut self) -> StoreResult<Vec<Person>> {
        people::coordinators(self.conn()).await
    }

    async fn erase_person(&mut self, id: PersonId) -> StoreResult<()> {
        let backend = self.backend;
        erase::erase_person(self.conn(), backend, id).await
    }

    async fn record_consent_refusal(&mut self, platform: &str, now: Millis) -> StoreResult<()> {
        events::record_consent_refusal(self.conn(), platform, now).await
    }

    async fn insert_invite(&mut self, invite: &Invite) -> StoreResult<()> {
        invites::insert_invite(self.conn(), invite).await
    }

    async fn invite(&mut self, code: &str) -> StoreResult<Option<Invite>> {
        invites::invite(self.conn(), code).await
    }

    async fn use_invite(&mut self, code: &str, now: Millis) -> StoreResult<Option<Invite>> {
        invites::use_invite(self.conn(), code, now).await
    }

    async fn release_invite(&mut self, code: &str) -> StoreResult<()> {
        invites::release_invite(self.conn(), code).await
    }

    async fn insert_link_code(
        &mut self,
        code: &str,
        person: PersonId,
        expires_at: Millis,
    ) -> StoreResult<()> {
        invites::insert_link_code(self.conn(), code, person, expires_at).await
    }

    async fn take_link_code(&mut self, code: &str, now: Millis) -> StoreResult<Option<PersonId>> {
        invites::take_link_code(self.conn(), code, now).await
    }

    async fn insert_application(&mut self, person: PersonId, now: Millis) -> StoreResult<i64> {
        applications::insert_application(self.conn(), person, now).await
    }

    async fn application(&mut self, id: i64) -> StoreResult<Option<Application>> {
        applications::application(self.conn(), id).await
    }

    async fn update_application(&mut self, application: &Application) -> StoreResult<()> {
        applications::update_application(self.conn(), application).await
    }

    async fn open_applications(&mut self) -> StoreResult<Vec<Application>> {
        applications::open_applications(self.conn()).await
    }

    async fn applications_of(&mut self, person: PersonId) -> StoreResult<Vec<Application>> {
        applications::applications_of(self.conn(), person).await
    }

    async fn audit(
        &mut self,
        at: Millis,
        actor: Option<PersonId>,
        action: &str,
        subject: Option<PersonId>,
        detail: &serde_json::Value,
    ) -> StoreResult<()> {
        audit::audit(self.conn(), at, actor, action, subject, detail).await
    }

    async fn audit_about(&mut self, person: PersonId) -> StoreResult<Vec<AuditEntry>> {
        audit::audit_about(self.conn(), person).await
    }

    async fn enqueue(&mut self, message: &NewOutboxMessage) -> StoreResult<()> {
        outbox::enqueue(self.conn(), message).await
    }

    async fn all_persons(&mut self) -> StoreResult<Vec<Person>> {
        people::all_persons(self.conn()).await
    }

    async fn all_competences(&mut self) -> StoreResult<Vec<(PersonId, CompetenceClaim)>> {
        people::all_competences(self.conn()).await
    }

    async fn person_by_email(&mut self, email: &str) -> StoreResult<Option<Person>> {
        people::person_by_email(self.conn(), email).await
    }

    async fn add_exclusion(&mut self, person: PersonId, other: PersonId) -> StoreResult<()> {
        pairs::add_exclusion(self.conn(), person, other).await
    }

    async fn exclusions(&mut self) -> StoreResult<Vec<(PersonId, PersonId)>> {
        pairs::exclusions(self.conn()).await
    }

    async fn insert_pair(&mut self, pair: &Pair) -> StoreResult<i64> {
        pairs::insert_pair(self.conn(), pair).await
    }

    async fn pair(&mut self, id: i64) -> StoreResult<Option<Pair>> {
        pairs::pair(self.conn(), id).await
    }

    async fn pairs_of(&mut self, person: PersonId) -> StoreResult<Vec<Pair>> {
        pairs::pairs_of(self.conn(), person).await
    }

    async fn pairs_in(&mut self, states: &[PairState]) -> StoreResult<Vec<Pair>> {
        pairs::pairs_in(self.conn(), states).await
    }

    async fn update_pair(&mut self, pair: &Pair) -> StoreResult<()> {
        pairs::update_pair(self.conn(), pair).await
    }

    async fn occupy_place(&mut self, pair: &Pair) -> StoreResult<bool> {
        let backend = self.backend;
        pairs::occupy_place(self.conn(), backend, pair).await
    }

    async fn delete_proposals(&mut self) -> StoreResult<()> {
        let backend = self.backend;
        pairs::delete_proposals(self.conn(), backend).await
    }

    async fn record_pair_event(&mut self, event: &PairEvent) -> StoreResult<()> {
        pairs::record_pair_event(self.conn(), event).await
    }

    async fn pair_history(&mut self, pair: i64) -> StoreResult<Vec<PairEvent>> {
        pairs::pair_history(self.conn(), pair).await
    }

    async fn schedule_job(&mut self, job: &NewJob) -> StoreResult<()> {
        jobs::schedule_job(self.conn(), job).await
    }

    async fn cancel_job(&mut self, key: &str) -> StoreResult<()> {
        jobs::cancel_job(self.conn(), key).await
    }

    async fn begin_job(&mut self, id: i64) -> StoreResult<Option<Job>> {
        let backend = self.backend;
        jobs::begin_job(self.conn(), backend, id).await
    }

    async fn finish_job(&mut self, id: i64, now: Millis) -> StoreResult<()> {
        jobs::finish_job(self.conn(), id, now).await
    }

    async fn insert_circle(&mut self, circle: &Circle) -> StoreResult<i64> {
        circles::insert(self.conn(), circle).await
    }

    async fn circles(&mut self) -> StoreResult<Vec<Circle>> {
        circles::all(self.conn()).await
    }

    async fn insert_session(&mut self, session: &Session) -> StoreResult<i64> {
        sessions::insert_session(self.conn(), session).await
    }

    async fn session(&mut self, id: i64) -> StoreResult<Option<Session>> {
        sessions::session(self.conn(), id).await
    }

    async fn update_session(&mut self, session: &Session) -> StoreResult<()> {
        sessions::update_session(self.conn(), session).await
    }

    async fn sessions_of_pair(&mut self, pair: i64) -> StoreResult<Vec<Session>> {
        sessions::sessions_of_pair(self.conn(), pair).await
    }

    async fn sessions_of_person(&mut self, person: PersonId) -> StoreResult<Vec<Session>> {
        sessions::sessions_of_person(self.conn(), person).await
    }

    async fn sessions_in_series(&mut self, series: i64) -> StoreResult<Vec<Session>> {
        sessions::sessions_in_series(self.conn(), series).await
    }

    async fn sessions_between(&mut self, from: Millis, to: Millis) -> StoreResult<Vec<Session>> {
        sessions::sessions_between(self.conn(), from, to).await
    }

    async fn insert_hours(&mut self, entry: &HoursEntry) -> StoreResult<i64> {
        hours::insert_hours(self.conn(), entry).await
    }

    async fn hours_of(&mut self, person: PersonId) -> StoreResult<Vec<HoursEntry>> {
        hours::hours_of(self.conn(), person).await
    }

    async fn all_hours(&mut self) -> StoreResult<Vec<HoursEntry>> {
        hours::all_hours(self.conn()).await
    }

    async fn insert_hours_request(&mut self, request: &HoursRequest) -> StoreResult<i64> {
        hours::insert_request(self.conn(), request).await
    }

    async fn hours_request(&mut self, id: i64) -> StoreResult<Option<HoursRequest>> {
        hours::request(self.conn(), id).await
    }

    async fn decide_hours_request(
        &mut self,
        id: i64,
        approved: bool,
        by: PersonId,
        now: Millis,
    ) -> StoreResult<Option<HoursRequest>> {
        hours::decide_request(self.conn(), id, approved, by, now).await
    }

    async fn insert_checkin(&mut self, checkin: &CheckIn) -> StoreResult<i64> {
        reports::insert_checkin(self.conn(), checkin).await
    }

    async fn checkins_of_pair(&mut self, pair: i64) -> StoreResult<Vec<CheckIn>> {
        reports::checkins_of_pair(self.conn(), pair).await
    }

    async fn insert_report(&mut self, report: &Report) -> StoreResult<i64> {
        reports::insert_report(self.conn(), report).await
    }

    async fn reports_of(&mut self, person: PersonId) -> StoreResult<Vec<Report>> {
        reports::reports_of(self.conn(), person).await
    }

    async fn all_reports(&mut self) -> StoreResult<Vec<Report>> {
        reports::all_reports(self.conn()).await
    }

    async fn insert_entry(&mut self, entry: &Entry) -> StoreResult<i64> {
        let backend = self.backend;
        entries::insert_entry(self.conn(), backend, entry).await
    }

    async fn entry(&mut self, id: i64) -> StoreResult<Option<Entry>> {
        entries::entry(self.conn(), id).await
    }

    async fn update_entry(&mut self, entry: &Entry) -> StoreResult<()> {
        let backend = self.backend;
        entries::update_entry(self.conn(), backend, entry).await
    }

    async fn delete_entry(&mut self, id: i64) -> StoreResult<()> {
        let backend = self.backend;
        entries::delete_entry(self.conn(), backend, id).await
    }

    async fn entries_by(&mut self, author: PersonId) -> StoreResult<Vec<Entry>> {
        entries::entries_by(self.conn(), author).await
    }

    async fn record_feedback(
        &mut self,
        entry: i64,
        person: PersonId,
        helpful: bool,
    ) -> StoreResult<()> {
        let backend = self.backend;
        entries::record_feedback(self.conn(), backend, entry, person, helpful).await
    }

    async fn insert_question(&mut self, question: &RoutedQuestion) -> StoreResult<i64> {
        questions::insert_question(self.conn(), question).await
    }

    async fn question(&mut self, id: i64) -> StoreResult<Option<RoutedQuestion>> {
        questions::question(self.conn(), id).await
    }

    async fn update_question(&mut self, question: &RoutedQuestion) -> StoreResult<()> {
        questions::update_question(self.conn(), question).await
    }

    // Group sessions
    async fn link_group_room(&mut self, link: &GroupRoom) -> StoreResult<()> {
        group::rooms::link(self.conn(), link).await
    }

    async fn group_room(&mut self, platform: &str, room: &str) -> StoreResult<Option<GroupRoom>> {
        group::rooms::room(self.conn(), platform, room).await
    }

    async fn insert_group_session(&mut self, session: &GroupSession) -> StoreResult<i64> {
        group::sessions::insert(self.conn(), session).await
    }

    async fn group_session(&mut self, id: i64) -> StoreResult<Option<GroupSession>> {
        group::sessions::session(self.conn(), id).await
    }

    async fn lock_group_session(&mut self, id: i64) -> StoreResult<Option<GroupSession>> {
        let backend = self.backend;
        group::sessions::lock(self.conn(), backend, id).await
    }

    async fn update_group_session(&mut self, session: &GroupSession) -> StoreResult<()> {
        group::sessions::update(self.conn(), session).await
    }

    async fn open_group_sessions(
        &mut self,
        platform: &str,
        room: &str,
    ) -> StoreResult<Vec<GroupSession>> {
        group::sessions::open_in_room(self.conn(), platform, room).await
    }

    async fn upsert_group_member(&mut self, member: &GroupMember) -> StoreResult<()> {
        group::members::upsert(self.conn(), member).await
    }

    async fn group_members(&mut self, session: i64) -> StoreResult<Vec<GroupMember>> {
        group::members::of_session(self.conn(), session).await
    }

    async fn insert_group_item(&mut self, item: &GroupItem) -> StoreResult<i64> {
        group::items::insert(self.conn(), item).await
    }

    async fn group_item(&mut self, id: i64) -> StoreResult<Option<GroupItem>> {
        group::items::item(self.conn(), id).await
    }

    async fn group_items(&mut self, session: i64) -> StoreResult<Vec<GroupItem>> {
        group::items::of_session(self.conn(), session).await
    }

    async fn group_presentations(&mut self, circle: i64) -> StoreResult<Vec<(PersonId, Millis)>> {
        group::sessions::presentations(self.conn(), circle).await
    }
}
