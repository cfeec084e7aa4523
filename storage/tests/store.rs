//! The store suite. Every test runs twice, on SQLite (a fresh file) and on
//! PostgreSQL (a fresh schema in the database named by
//! `MENTOR_CLOUD_TEST_PG`), because the two backends must behave the same.
//!
//! Without a reachable PostgreSQL the PostgreSQL half is skipped with a note,
//! unless `CI=true`: there a missing database is a failure, not a skip.

use std::collections::HashSet;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bot_core::message::{AccountKey, Address, ChatAddress, Outgoing, RichText};
use bot_core::model::*;
use bot_core::ports::{Store, StoreError, StoreTx};
use serde_json::json;
use sqlx::{AnyConnection, AssertSqlSafe, Connection, Row};
use storage::{Backend, SqlStore};

/// What a test gets: the store, and the URL to open a side connection with
/// for looking at raw rows.
#[derive(Clone)]
struct Db {
    store: SqlStore,
    url: String,
}

impl Db {
    async fn tx(&self) -> Box<dyn StoreTx> {
        self.store.begin().await.expect("begin")
    }

    /// Runs one scalar `SELECT COUNT(*) …` (or any BIGINT) on a separate connection.
    async fn scalar(&self, sql: &str) -> i64 {
        let mut conn = AnyConnection::connect(&self.url)
            .await
            .expect("side connection");
        let row = sqlx::query(AssertSqlSafe(sql.to_owned()))
            .fetch_one(&mut conn)
            .await
            .expect(sql);
        let value: i64 = row.try_get(0).expect("integer result");
        conn.close().await.ok();
        value
    }

    async fn execute(&self, sql: &str) {
        let mut conn = AnyConnection::connect(&self.url)
            .await
            .expect("side connection");
        sqlx::query(AssertSqlSafe(sql.to_owned()))
            .execute(&mut conn)
            .await
            .expect(sql);
        conn.close().await.ok();
    }
}

macro_rules! on_both_backends {
    ($($test:ident),* $(,)?) => {$(
        mod $test {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::on_sqlite(super::$test).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::on_postgres(super::$test).await
            }
        }
    )*};
}

on_both_backends!(
    people_round_trip_with_every_field,
    names_match_ignoring_case,
    stored_garbage_is_an_error_not_a_panic,
    competences_are_replaced_wholesale,
    accounts_and_locks,
    lock_account_serialises_transactions,
    conversations_are_set_read_and_cleared,
    events_are_seen_once,
    consent_refusals_are_recorded,
    invites_expire_and_run_out,
    link_codes_are_one_time_and_short_lived,
    applications_open_and_decided,
    audit_entries_about_a_person,
    erasure_leaves_nothing_personal,
    outbox_enqueue_and_claim_order,
    outbox_claims_are_exclusive_leases,
    outbox_retry_delivered_and_failed,
    rolled_back_transactions_leave_nothing,
    concurrent_claimers_never_share_a_row,
    migrations_are_idempotent,
    leases_have_one_holder_at_a_time,
    circles_keep_their_members,
    sessions_round_trip_and_update,
    session_listings_are_by_start_time,
    sessions_of_person_through_both_roles,
    sessions_between_includes_from_and_excludes_to,
    hours_are_logged_listed_and_never_zero,
    hours_requests_are_decided_once,
    checkin_ratings_run_from_one_to_five,
    reports_round_trip_with_awkward_answers,
    erasure_removes_sessions_hours_checkins_and_reports,
    people_before_capacity_and_email_get_the_defaults,
    emails_are_unique_and_match_ignoring_case,
    everyone_and_every_claim_in_bulk,
    pairs_round_trip_with_history,
    pairs_enter_places_only_through_occupy_place,
    occupy_place_respects_capacity_and_one_mentor_per_mentee,
    racing_approvals_never_overfill_a_mentor,
    racing_approvals_never_give_a_mentee_two_mentors,
    new_matching_runs_drop_old_proposals,
    exclusions_are_recorded_once,
    erasure_removes_pairs_and_exclusions,
    jobs_are_scheduled_moved_and_cancelled,
    job_claims_are_exclusive_leases,
    finished_jobs_never_run_again,
    begin_job_waits_for_a_running_job,
    concurrent_schedulers_never_share_a_job,
    entries_round_trip_with_every_field,
    entries_for_the_index_by_id_and_by_page,
    every_entry_write_is_logged_in_order,
    the_change_log_grows_in_commit_order,
    rolled_back_entry_writes_log_nothing,
    feedback_is_one_vote_per_person_and_the_counts_are_its_tally,
    questions_round_trip_and_lose_a_deleted_entry,
    erasure_keeps_consented_entries_anonymised_and_drops_the_rest,
    new_matching_runs_drop_entries_private_to_old_proposals,
);

// ---------------------------------------------------------------- harness

async fn on_sqlite<F, Fut>(test: F)
where
    F: FnOnce(Db) -> Fut,
    Fut: Future<Output = ()>,
{
    // Removed when dropped, also when the test panics.
    let dir = tempfile::tempdir().expect("temp dir");
    // A directory that does not exist yet: connect must create it.
    let url = format!("sqlite://{}/data/bot.db", dir.path().display());
    let store = storage::connect(&url).await.expect("connect to SQLite");
    assert_eq!(store.backend(), Backend::Sqlite);
    test(Db {
        store: store.clone(),
        url,
    })
    .await;
    store.close().await;
}

async fn on_postgres<F, Fut>(test: F)
where
    F: FnOnce(Db) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let Some(schema) = storage::testing::PgSchema::create().await else {
        return;
    };
    let url = schema.url.clone();

    // In a task of its own, so that a failure still reaches the cleanup below.
    let outcome = tokio::spawn(async move {
        let store = storage::connect(&url).await.expect("connect to PostgreSQL");
        assert_eq!(store.backend(), Backend::Postgres);
        test(Db {
            store: store.clone(),
            url,
        })
        .await;
        store.close().await;
    })
    .await;
    schema.drop_schema().await;
    if let Err(failure) = outcome {
        std::panic::resume_unwind(failure.into_panic());
    }
}

// ---------------------------------------------------------------- fixtures

fn person(name: &str) -> Person {
    Person {
        id: 0,
        name: name.to_owned(),
        locale: "en".to_owned(),
        country: None,
        organisation: None,
        sector: None,
        career_stage: None,
        languages: vec![],
        goals: None,
        availability_hours: None,
        timezone: None,
        meeting_mode: None,
        is_coordinator: false,
        mentor_status: MentorStatus::None,
        invited_as: None,
        notify_platform: None,
        capacity: 2,
        email: None,
        consent_at: 1_000,
        created_at: 1_000,
        updated_at: 1_000,
    }
}

/// Every field set, with text that breaks naive storage: right-to-left
/// Arabic, CJK, emoji (outside the BMP), quotes and SQL.
fn full_person() -> Person {
    Person {
        id: 0,
        name: "ليلى الفارسي 👩🏽‍💼".to_owned(),
        locale: "ar-EG".to_owned(),
        country: Some("EG".to_owned()),
        organisation: Some("شركة النيل للبرمجيات".to_owned()),
        sector: Some("ict".to_owned()),
        career_stage: Some(CareerStage::Senior),
        languages: vec!["ar".to_owned(), "en".to_owned(), "fr".to_owned()],
        goals: Some(
            "学习管理 ✨ 'quoted' \"double\"; DROP TABLE persons; -- \u{202E}reversed".to_owned(),
        ),
        availability_hours: Some(u32::MAX),
        timezone: Some("Africa/Cairo".to_owned()),
        meeting_mode: Some(MeetingMode::InPerson),
        is_coordinator: true,
        mentor_status: MentorStatus::Interview,
        invited_as: Some(Role::Mentor),
        notify_platform: Some("matrix".to_owned()),
        capacity: 7,
        email: Some("Leila.AlFarsi+Mentoring@Example.EG".to_owned()),
        consent_at: 1_700_000_000_123,
        created_at: 1_700_000_000_000,
        updated_at: 1_700_000_000_456,
    }
}

fn message(
    key: &str,
    to: &AccountKey,
    person: Option<PersonId>,
    available_at: Millis,
) -> NewOutboxMessage {
    NewOutboxMessage {
        idempotency_key: key.to_owned(),
        address: Address::direct(to),
        person_id: person,
        message: Outgoing {
            text: RichText::plain(format!("hello {key} — مرحبا 👋")),
            lang: "en".into(),
            ..Default::default()
        },
        available_at,
    }
}

async fn insert(db: &Db, p: &Person) -> PersonId {
    let mut tx = db.tx().await;
    let id = tx.insert_person(p).await.expect("insert person");
    tx.commit().await.expect("commit");
    id
}

fn account(platform: &str, id: &str, person: Option<PersonId>) -> Account {
    Account {
        key: AccountKey::new(platform, id),
        person_id: person,
        display_name: format!("{id} 🙂"),
        locale: Some("de-AT".to_owned()),
        last_seen_at: 5_000,
    }
}

fn keys(rows: &[OutboxRow]) -> Vec<&str> {
    rows.iter().map(|r| r.idempotency_key.as_str()).collect()
}

// ---------------------------------------------------------------- people

async fn people_round_trip_with_every_field(db: Db) {
    let original = full_person();
    let id = insert(&db, &original).await;

    let mut tx = db.tx().await;
    let stored = tx.person(id).await.expect("read").expect("present");
    assert_eq!(
        stored,
        Person {
            id,
            ..original.clone()
        }
    );
    assert_eq!(tx.person(id + 1000).await.expect("read"), None);

    // Every field changes, Options both ways.
    let changed = Person {
        id,
        name: "Leila Al-Farsi".to_owned(),
        locale: "fr".to_owned(),
        country: None,
        organisation: None,
        sector: None,
        career_stage: None,
        languages: vec![],
        goals: None,
        availability_hours: Some(0),
        timezone: None,
        meeting_mode: Some(MeetingMode::Both),
        is_coordinator: false,
        mentor_status: MentorStatus::Approved,
        invited_as: Some(Role::Mentee),
        notify_platform: None,
        capacity: 0,
        email: None,
        consent_at: 1,
        created_at: original.created_at,
        updated_at: 2,
    };
    tx.update_person(&changed).await.expect("update");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    assert_eq!(tx.person(id).await.expect("read"), Some(changed.clone()));
    // And back, to see every None turn into a value again.
    let back = Person { id, ..original };
    tx.update_person(&back).await.expect("update");
    assert_eq!(tx.person(id).await.expect("read"), Some(back));
    tx.commit().await.expect("commit");
}

async fn names_match_ignoring_case(db: Db) {
    let elodie = insert(&db, &person("Élodie Durand")).await;
    let leila = insert(&db, &person("ليلى")).await;
    let anna = insert(&db, &person("Анна Петрова")).await;
    let anna2 = insert(&db, &person("АННА ПЕТРОВА")).await;
    let mut coordinator = person("Chen Wei 陈伟");
    coordinator.is_coordinator = true;
    let chen = insert(&db, &coordinator).await;

    let mut tx = db.tx().await;
    let ids = |people: Vec<Person>| people.into_iter().map(|p| p.id).collect::<Vec<_>>();
    assert_eq!(
        ids(tx.persons_named("élodie durand").await.expect("query")),
        vec![elodie]
    );
    assert_eq!(
        ids(tx.persons_named("ÉLODIE DURAND").await.expect("query")),
        vec![elodie]
    );
    assert_eq!(
        ids(tx.persons_named("ليلى").await.expect("query")),
        vec![leila]
    );
    assert_eq!(
        ids(tx.persons_named("анна петрова").await.expect("query")),
        vec![anna, anna2]
    );
    assert_eq!(
        ids(tx.persons_named("Élodie").await.expect("query")),
        Vec::<PersonId>::new()
    );
    assert_eq!(
        ids(tx.persons_named("%").await.expect("query")),
        Vec::<PersonId>::new()
    );
    assert_eq!(ids(tx.coordinators().await.expect("query")), vec![chen]);
    tx.commit().await.expect("commit");
}

async fn stored_garbage_is_an_error_not_a_panic(db: Db) {
    let id = insert(&db, &person("Ann")).await;
    db.execute(&format!(
        "UPDATE persons SET mentor_status = 'wizard' WHERE id = {id}"
    ))
    .await;
    let mut tx = db.tx().await;
    assert!(matches!(tx.person(id).await, Err(StoreError::Corrupt(_))));
    tx.rollback().await.expect("rollback");

    db.execute(&format!(
        "UPDATE persons SET mentor_status = 'none', languages = 'not json' WHERE id = {id}"
    ))
    .await;
    let mut tx = db.tx().await;
    assert!(matches!(tx.person(id).await, Err(StoreError::Corrupt(_))));
    tx.rollback().await.expect("rollback");

    db.execute(&format!(
        "UPDATE persons SET languages = '[]', availability_hours = -1 WHERE id = {id}"
    ))
    .await;
    let mut tx = db.tx().await;
    assert!(matches!(tx.person(id).await, Err(StoreError::Corrupt(_))));
    tx.rollback().await.expect("rollback");
}

async fn competences_are_replaced_wholesale(db: Db) {
    let id = insert(&db, &person("Ann")).await;
    let other = insert(&db, &person("Bob")).await;
    let claims = vec![
        CompetenceClaim {
            competence: "digital.marketing".into(),
            direction: Direction::Offers,
            years: Some(12),
        },
        CompetenceClaim {
            competence: "management.finance".into(),
            direction: Direction::Seeks,
            years: None,
        },
        CompetenceClaim {
            competence: "ai.ml".into(),
            direction: Direction::Offers,
            years: Some(0),
        },
    ];
    let mut tx = db.tx().await;
    assert_eq!(tx.competences(id).await.expect("read"), vec![]);
    tx.set_competences(id, &claims).await.expect("set");
    tx.set_competences(other, &claims[..1]).await.expect("set");
    assert_eq!(
        tx.competences(id).await.expect("read"),
        claims,
        "kept in the order given"
    );

    let replaced = vec![CompetenceClaim {
        competence: "ai.ml".into(),
        direction: Direction::Seeks,
        years: None,
    }];
    tx.set_competences(id, &replaced).await.expect("replace");
    assert_eq!(tx.competences(id).await.expect("read"), replaced);
    tx.set_competences(id, &[]).await.expect("clear");
    assert_eq!(tx.competences(id).await.expect("read"), vec![]);
    assert_eq!(
        tx.competences(other).await.expect("read"),
        claims[..1].to_vec(),
        "others untouched"
    );
    tx.commit().await.expect("commit");
}

// ---------------------------------------------------------------- accounts and conversations

async fn accounts_and_locks(db: Db) {
    let ann = insert(&db, &person("Ann")).await;
    let telegram = account("telegram", "123456", None);
    let matrix = account("matrix", "@ann:example.org", Some(ann));

    let mut tx = db.tx().await;
    assert_eq!(tx.lock_account(&telegram.key).await.expect("lock"), None);
    tx.upsert_account(&telegram).await.expect("insert");
    tx.upsert_account(&matrix).await.expect("insert");
    assert_eq!(
        tx.account(&telegram.key).await.expect("read"),
        Some(telegram.clone())
    );
    assert_eq!(
        tx.lock_account(&matrix.key).await.expect("lock"),
        Some(matrix.clone())
    );
    tx.commit().await.expect("commit");

    // Linking the Telegram account to Ann, with a new name and locale.
    let linked = Account {
        person_id: Some(ann),
        display_name: "Ann ✈".into(),
        locale: None,
        last_seen_at: 9_000,
        ..telegram.clone()
    };
    let mut tx = db.tx().await;
    tx.upsert_account(&linked).await.expect("update");
    assert_eq!(
        tx.lock_account(&linked.key).await.expect("lock"),
        Some(linked.clone())
    );
    assert_eq!(
        tx.accounts_of(ann).await.expect("list"),
        vec![matrix.clone(), linked.clone()]
    );

    tx.set_conversation(&linked.key, "direct", Some("{}"), 1)
        .await
        .expect("conversation");
    tx.delete_account(&linked.key).await.expect("delete");
    assert_eq!(tx.account(&linked.key).await.expect("read"), None);
    assert_eq!(
        tx.conversation(&linked.key, "direct").await.expect("read"),
        None,
        "goes with its account"
    );
    assert_eq!(tx.accounts_of(ann).await.expect("list"), vec![matrix]);
    tx.commit().await.expect("commit");
}

/// Two transactions locking one account run one after the other: the second
/// gets the lock only when the first has committed.
async fn lock_account_serialises_transactions(db: Db) {
    let key = AccountKey::new("console", "alice");
    let mut tx = db.tx().await;
    tx.upsert_account(&account("console", "alice", None))
        .await
        .expect("insert");
    tx.commit().await.expect("commit");

    let order = Arc::new(Mutex::new(Vec::new()));
    let mut first = db.tx().await;
    first
        .lock_account(&key)
        .await
        .expect("lock")
        .expect("present");

    let second = tokio::spawn({
        let (db, key, order) = (db.clone(), key.clone(), order.clone());
        async move {
            let mut tx = db.tx().await;
            let seen = tx.lock_account(&key).await.expect("lock").expect("present");
            order.lock().expect("order").push("second locked");
            tx.commit().await.expect("commit");
            seen
        }
    });
    // Give the second transaction every chance to overtake if locking were broken.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut updated = account("console", "alice", None);
    updated.last_seen_at = 42;
    first.upsert_account(&updated).await.expect("update");
    order.lock().expect("order").push("first done");
    first.commit().await.expect("commit");

    let seen = second.await.expect("second transaction");
    assert_eq!(
        *order.lock().expect("order"),
        vec!["first done", "second locked"]
    );
    assert_eq!(
        seen.last_seen_at, 42,
        "the second transaction sees the first one's write"
    );
}

async fn conversations_are_set_read_and_cleared(db: Db) {
    let key = AccountKey::new("discord", "998877");
    let other = AccountKey::new("telegram", "998877");
    let state = r#"{"dialog":"onboarding","step":3,"name":"مريم 🌙"}"#;

    let mut tx = db.tx().await;
    assert_eq!(tx.conversation(&key, "direct").await.expect("read"), None);
    tx.set_conversation(&key, "direct", Some(state), 10)
        .await
        .expect("set");
    tx.set_conversation(&key, "room:!abc", Some("{\"dialog\":\"circle\"}"), 10)
        .await
        .expect("set");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    assert_eq!(
        tx.conversation(&key, "direct")
            .await
            .expect("read")
            .as_deref(),
        Some(state)
    );
    assert_eq!(
        tx.conversation(&other, "direct").await.expect("read"),
        None,
        "per platform"
    );
    tx.set_conversation(&key, "direct", Some("{\"step\":4}"), 11)
        .await
        .expect("overwrite");
    assert_eq!(
        tx.conversation(&key, "direct")
            .await
            .expect("read")
            .as_deref(),
        Some("{\"step\":4}")
    );
    tx.set_conversation(&key, "direct", None, 12)
        .await
        .expect("clear");
    tx.set_conversation(&key, "direct", None, 12)
        .await
        .expect("clearing twice is fine");
    assert_eq!(tx.conversation(&key, "direct").await.expect("read"), None);
    assert_eq!(
        tx.conversation(&key, "room:!abc")
            .await
            .expect("read")
            .as_deref(),
        Some("{\"dialog\":\"circle\"}"),
        "per chat"
    );
    tx.commit().await.expect("commit");
}

// ---------------------------------------------------------------- inbound bookkeeping

async fn events_are_seen_once(db: Db) {
    let mut tx = db.tx().await;
    assert!(
        tx.mark_event_seen("telegram", "update:1", 1)
            .await
            .expect("mark")
    );
    assert!(
        !tx.mark_event_seen("telegram", "update:1", 2)
            .await
            .expect("mark")
    );
    assert!(
        tx.mark_event_seen("matrix", "update:1", 2)
            .await
            .expect("mark"),
        "ids are per platform"
    );
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    assert!(
        !tx.mark_event_seen("telegram", "update:1", 3)
            .await
            .expect("mark"),
        "after commit too"
    );
    assert!(
        tx.mark_event_seen("telegram", "update:2", 3)
            .await
            .expect("mark")
    );
    tx.rollback().await.expect("rollback");

    let mut tx = db.tx().await;
    assert!(
        tx.mark_event_seen("telegram", "update:2", 4)
            .await
            .expect("mark"),
        "a rolled back event was not handled"
    );
    tx.commit().await.expect("commit");
}

async fn consent_refusals_are_recorded(db: Db) {
    let mut tx = db.tx().await;
    tx.record_consent_refusal("telegram", 1)
        .await
        .expect("record");
    tx.record_consent_refusal("telegram", 2)
        .await
        .expect("record");
    tx.commit().await.expect("commit");
    assert_eq!(
        db.scalar("SELECT COUNT(*) FROM consent_refusals WHERE platform = 'telegram'")
            .await,
        2
    );
}

// ---------------------------------------------------------------- invites and link codes

async fn invites_expire_and_run_out(db: Db) {
    let coordinator = insert(&db, &person("Coordinator")).await;
    let invite = Invite {
        code: "K7MPQ2".into(),
        role: Role::Mentee,
        uses_left: 2,
        expires_at: 10_000,
        created_by: Some(coordinator),
        created_at: 1_000,
    };
    let expired = Invite {
        code: "EXPRD9".into(),
        role: Role::Mentor,
        uses_left: 5,
        expires_at: 2_000,
        created_by: None,
        created_at: 1_000,
    };

    let mut tx = db.tx().await;
    tx.insert_invite(&invite).await.expect("insert");
    tx.insert_invite(&expired).await.expect("insert");
    assert_eq!(
        tx.invite("K7MPQ2").await.expect("read"),
        Some(invite.clone())
    );
    assert_eq!(tx.invite("NOPE").await.expect("read"), None);
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    let duplicate = tx
        .insert_invite(&Invite {
            role: Role::Mentor,
            ..invite.clone()
        })
        .await;
    assert!(
        matches!(duplicate, Err(StoreError::Conflict(_))),
        "{duplicate:?}"
    );
    tx.rollback().await.expect("rollback");

    let mut tx = db.tx().await;
    assert_eq!(
        tx.use_invite("K7MPQ2", 5_000).await.expect("use"),
        Some(invite.clone()),
        "as it was: 2 uses left"
    );
    assert_eq!(
        tx.use_invite("K7MPQ2", 5_001).await.expect("use"),
        Some(Invite {
            uses_left: 1,
            ..invite.clone()
        })
    );
    assert_eq!(
        tx.use_invite("K7MPQ2", 5_002).await.expect("use"),
        None,
        "no uses left"
    );
    assert_eq!(
        tx.invite("K7MPQ2")
            .await
            .expect("read")
            .map(|i| i.uses_left),
        Some(0)
    );
    assert_eq!(
        tx.use_invite("EXPRD9", 2_000).await.expect("use"),
        None,
        "expired at its expiry instant"
    );
    assert_eq!(
        tx.use_invite("EXPRD9", 1_999)
            .await
            .expect("use")
            .map(|i| i.uses_left),
        Some(5)
    );
    assert_eq!(tx.use_invite("NOPE", 0).await.expect("use"), None);
    // A use given back (someone left before joining) can be taken again.
    tx.release_invite("K7MPQ2").await.expect("release");
    assert_eq!(
        tx.use_invite("K7MPQ2", 5_003)
            .await
            .expect("use")
            .map(|i| i.uses_left),
        Some(1)
    );
    assert_eq!(tx.use_invite("K7MPQ2", 5_004).await.expect("use"), None);
    tx.commit().await.expect("commit");
}

async fn link_codes_are_one_time_and_short_lived(db: Db) {
    let ann = insert(&db, &person("Ann")).await;
    let mut tx = db.tx().await;
    tx.insert_link_code("LINK01", ann, 1_000)
        .await
        .expect("insert");
    tx.insert_link_code("LINK02", ann, 1_000)
        .await
        .expect("insert");
    tx.insert_link_code("STALE1", ann, 100)
        .await
        .expect("insert");
    assert!(matches!(
        tx.insert_link_code("LINK01", ann, 5).await,
        Err(StoreError::Conflict(_))
    ));
    tx.rollback().await.expect("rollback");

    let mut tx = db.tx().await;
    tx.insert_link_code("LINK01", ann, 1_000)
        .await
        .expect("insert");
    tx.insert_link_code("LINK02", ann, 1_000)
        .await
        .expect("insert");
    tx.insert_link_code("STALE1", ann, 100)
        .await
        .expect("insert");
    assert_eq!(
        tx.take_link_code("LINK01", 999).await.expect("take"),
        Some(ann)
    );
    assert_eq!(
        tx.take_link_code("LINK01", 999).await.expect("take"),
        None,
        "one time"
    );
    assert_eq!(
        tx.take_link_code("LINK02", 1_000).await.expect("take"),
        None,
        "expired at its expiry instant"
    );
    assert_eq!(tx.take_link_code("NOPE", 1_000).await.expect("take"), None);
    tx.commit().await.expect("commit");
    assert_eq!(
        db.scalar("SELECT COUNT(*) FROM link_codes").await,
        0,
        "expired codes are swept, not kept"
    );
}

// ---------------------------------------------------------------- applications and audit

async fn applications_open_and_decided(db: Db) {
    let ann = insert(&db, &person("Ann")).await;
    let bob = insert(&db, &person("Bob")).await;
    let coordinator = insert(&db, &person("Cora")).await;

    let mut tx = db.tx().await;
    let first = tx.insert_application(bob, 2_000).await.expect("insert");
    let second = tx.insert_application(ann, 1_000).await.expect("insert");
    let third = tx.insert_application(ann, 3_000).await.expect("insert");
    let stored = tx.application(first).await.expect("read").expect("present");
    assert_eq!(
        stored,
        Application {
            id: first,
            person_id: bob,
            status: ApplicationStatus::Pending,
            reason: None,
            interview_at: None,
            decided_by: None,
            created_at: 2_000,
            decided_at: None
        }
    );
    assert_eq!(tx.application(third + 100).await.expect("read"), None);
    let open: Vec<i64> = tx
        .open_applications()
        .await
        .expect("open")
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(open, vec![second, first, third], "oldest first");

    let interview = Application {
        status: ApplicationStatus::Interview,
        interview_at: Some(50_000),
        ..stored.clone()
    };
    tx.update_application(&interview).await.expect("update");
    let rejected = Application {
        status: ApplicationStatus::Rejected,
        reason: Some("Nicht genug Erfahrung — خبرة غير كافية".into()),
        decided_by: Some(coordinator),
        decided_at: Some(60_000),
        ..tx.application(second)
            .await
            .expect("read")
            .expect("present")
    };
    tx.update_application(&rejected).await.expect("update");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    assert_eq!(tx.application(first).await.expect("read"), Some(interview));
    assert_eq!(
        tx.application(second).await.expect("read"),
        Some(rejected.clone())
    );
    let open: Vec<i64> = tx
        .open_applications()
        .await
        .expect("open")
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(
        open,
        vec![first, third],
        "an interview is still open, a decision is not"
    );
    let of_ann: Vec<i64> = tx
        .applications_of(ann)
        .await
        .expect("list")
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(of_ann, vec![second, third]);
    tx.commit().await.expect("commit");
}

async fn audit_entries_about_a_person(db: Db) {
    let cora = insert(&db, &person("Cora")).await;
    let ann = insert(&db, &person("Ann")).await;
    let mut tx = db.tx().await;
    let detail = json!({"application": 7, "code": "K7MPQ2", "nested": {"list": [1, 2]}});
    tx.audit(2_000, Some(cora), "approve_mentor", Some(ann), &detail)
        .await
        .expect("audit");
    tx.audit(
        1_000,
        Some(cora),
        "create_invite",
        None,
        &json!({"code": "X"}),
    )
    .await
    .expect("audit");
    tx.audit(3_000, None, "system_note", Some(ann), &json!(null))
        .await
        .expect("audit");
    let about_ann = tx.audit_about(ann).await.expect("read");
    assert_eq!(about_ann.len(), 2);
    assert_eq!(
        (
            about_ann[0].at,
            about_ann[0].actor,
            about_ann[0].action.as_str(),
            about_ann[0].subject,
            &about_ann[0].detail
        ),
        (2_000, Some(cora), "approve_mentor", Some(ann), &detail)
    );
    assert_eq!(
        (about_ann[1].actor, about_ann[1].detail.clone()),
        (None, json!(null))
    );
    let by_cora: Vec<String> = tx
        .audit_about(cora)
        .await
        .expect("read")
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(by_cora, ["create_invite", "approve_mentor"], "oldest first");
    tx.commit().await.expect("commit");
}

// ---------------------------------------------------------------- erasure

async fn erasure_leaves_nothing_personal(db: Db) {
    let ann = insert(&db, &full_person()).await;
    let mut coordinator = person("Cora");
    coordinator.is_coordinator = true;
    let cora = insert(&db, &coordinator).await;

    let ann_telegram = account("telegram", "111", Some(ann));
    let ann_matrix = account("matrix", "@ann:example.org", Some(ann));
    let cora_telegram = account("telegram", "222", Some(cora));
    let mut tx = db.tx().await;
    for a in [&ann_telegram, &ann_matrix, &cora_telegram] {
        tx.upsert_account(a).await.expect("account");
        tx.set_conversation(&a.key, "direct", Some("{\"dialog\":\"profile\"}"), 1)
            .await
            .expect("conversation");
    }
    let claims = [CompetenceClaim {
        competence: "ai.ml".into(),
        direction: Direction::Seeks,
        years: None,
    }];
    tx.set_competences(ann, &claims).await.expect("competences");
    tx.set_competences(cora, &claims)
        .await
        .expect("competences");
    tx.insert_application(ann, 1).await.expect("application");
    let coras = tx.insert_application(cora, 1).await.expect("application");
    let mut decided = tx.application(coras).await.expect("read").expect("present");
    decided.status = ApplicationStatus::Approved;
    decided.decided_by = Some(ann);
    decided.decided_at = Some(2);
    tx.update_application(&decided).await.expect("decide");
    tx.insert_link_code("ANNLNK", ann, 10_000)
        .await
        .expect("link code");
    let invite = Invite {
        code: "BYANN1".into(),
        role: Role::Mentee,
        uses_left: 1,
        expires_at: 10_000,
        created_by: Some(ann),
        created_at: 1,
    };
    tx.insert_invite(&invite).await.expect("invite");
    tx.audit(
        1,
        Some(cora),
        "approve_mentor",
        Some(ann),
        &json!({"application": 1}),
    )
    .await
    .expect("audit");
    tx.audit(
        2,
        Some(ann),
        "create_invite",
        Some(cora),
        &json!({"code": "BYANN1"}),
    )
    .await
    .expect("audit");
    tx.audit(3, Some(ann), "self_note", Some(ann), &json!({}))
        .await
        .expect("audit");
    // To Ann: by person, by account only (queued before her profile existed),
    // one already delivered, one failed; and one to Cora that must stay.
    tx.enqueue(&message("to-ann", &ann_telegram.key, Some(ann), 1))
        .await
        .expect("enqueue");
    tx.enqueue(&message("to-ann-account", &ann_matrix.key, None, 1))
        .await
        .expect("enqueue");
    tx.enqueue(&message(
        "to-ann-delivered",
        &ann_telegram.key,
        Some(ann),
        0,
    ))
    .await
    .expect("enqueue");
    tx.enqueue(&message("to-ann-failed", &ann_matrix.key, Some(ann), 0))
        .await
        .expect("enqueue");
    tx.enqueue(&message("to-cora", &cora_telegram.key, Some(cora), 1))
        .await
        .expect("enqueue");
    tx.commit().await.expect("commit");

    let claimed = db
        .store
        .claim_outbox("telegram", 0, 1_000, 10)
        .await
        .expect("claim");
    assert_eq!(keys(&claimed), vec!["to-ann-delivered"]);
    db.store
        .mark_delivered(claimed[0].id, 5)
        .await
        .expect("delivered");
    let claimed = db
        .store
        .claim_outbox("matrix", 0, 1_000, 10)
        .await
        .expect("claim");
    assert_eq!(keys(&claimed), vec!["to-ann-failed"]);
    db.store
        .mark_failed(claimed[0].id, 5, "blocked the bot")
        .await
        .expect("failed");

    let mut tx = db.tx().await;
    tx.erase_person(ann).await.expect("erase");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    assert_eq!(tx.person(ann).await.expect("read"), None);
    assert_eq!(
        tx.persons_named(&full_person().name).await.expect("read"),
        vec![]
    );
    assert_eq!(tx.accounts_of(ann).await.expect("read"), vec![]);
    for key in [&ann_telegram.key, &ann_matrix.key] {
        assert_eq!(tx.account(key).await.expect("read"), None);
        assert_eq!(tx.conversation(key, "direct").await.expect("read"), None);
    }
    assert_eq!(tx.competences(ann).await.expect("read"), vec![]);
    assert_eq!(tx.applications_of(ann).await.expect("read"), vec![]);
    assert_eq!(tx.take_link_code("ANNLNK", 0).await.expect("read"), None);
    assert_eq!(tx.audit_about(ann).await.expect("read"), vec![]);
    // What stays is about others, with Ann's references gone.
    assert_eq!(
        tx.invite("BYANN1").await.expect("read"),
        Some(Invite {
            created_by: None,
            ..invite
        })
    );
    assert_eq!(
        tx.application(coras)
            .await
            .expect("read")
            .and_then(|a| a.decided_by),
        None
    );
    let about_cora: Vec<(Option<PersonId>, Option<PersonId>)> = tx
        .audit_about(cora)
        .await
        .expect("read")
        .iter()
        .map(|e| (e.actor, e.subject))
        .collect();
    assert_eq!(about_cora, vec![(Some(cora), None), (None, Some(cora))]);
    // Cora keeps everything.
    assert_eq!(
        tx.account(&cora_telegram.key).await.expect("read"),
        Some(cora_telegram.clone())
    );
    assert!(
        tx.conversation(&cora_telegram.key, "direct")
            .await
            .expect("read")
            .is_some()
    );
    assert_eq!(tx.competences(cora).await.expect("read"), claims.to_vec());
    tx.commit().await.expect("commit");

    assert_eq!(
        db.scalar("SELECT COUNT(*) FROM audit_log").await,
        3,
        "audit rows stay, anonymised"
    );
    assert_eq!(
        db.scalar(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE actor = {ann} OR subject = {ann}"
        ))
        .await,
        0
    );
    assert_eq!(
        db.store.undelivered_count("telegram").await.expect("count"),
        1,
        "only Cora's message"
    );
    assert_eq!(
        db.store.undelivered_count("matrix").await.expect("count"),
        0
    );
    let to_ann = "direct_to IN ('111', '@ann:example.org')";
    assert_eq!(
        db.scalar(&format!(
            "SELECT COUNT(*) FROM outbox WHERE person_id = {ann} OR {to_ann}"
        ))
        .await,
        0
    );
    assert_eq!(
        db.scalar(
            "SELECT COUNT(*) FROM outbox WHERE address LIKE '%111%' OR address LIKE '%@ann%'"
        )
        .await,
        0
    );
    assert_eq!(
        db.scalar("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'to-ann%'")
            .await,
        2,
        "sent and failed rows stay as a record"
    );
    assert_eq!(
        db.scalar("SELECT COUNT(*) FROM outbox WHERE message LIKE '%to-ann%'")
            .await,
        0
    );
    for table in [
        "accounts",
        "competences",
        "applications",
        "link_codes",
        "conversations",
    ] {
        let personal = match table {
            "conversations" => format!(
                "SELECT COUNT(*) FROM {table} WHERE account_id IN ('111', '@ann:example.org')"
            ),
            "accounts" => format!(
                "SELECT COUNT(*) FROM {table} WHERE person_id = {ann} OR account_id IN ('111', '@ann:example.org')"
            ),
            _ => format!("SELECT COUNT(*) FROM {table} WHERE person_id = {ann}"),
        };
        assert_eq!(db.scalar(&personal).await, 0, "{table}");
    }

    // The erased id is never handed to someone else.
    let next = insert(&db, &person("Newcomer")).await;
    assert!(next > cora && next != ann);
}

// ---------------------------------------------------------------- outbox

async fn outbox_enqueue_and_claim_order(db: Db) {
    let to = AccountKey::new("telegram", "42");
    let mut tx = db.tx().await;
    tx.enqueue(&message("late", &to, None, 300))
        .await
        .expect("enqueue");
    tx.enqueue(&message("b", &to, None, 100))
        .await
        .expect("enqueue");
    tx.enqueue(&message("a", &to, None, 100))
        .await
        .expect("enqueue");
    tx.enqueue(&message("first", &to, None, 50))
        .await
        .expect("enqueue");
    tx.enqueue(&message("future", &to, None, 10_000))
        .await
        .expect("enqueue");
    tx.enqueue(&message(
        "other-platform",
        &AccountKey::new("discord", "42"),
        None,
        0,
    ))
    .await
    .expect("enqueue");
    // The same key again, with other content: ignored, the first one stands.
    let mut duplicate = message("b", &to, None, 0);
    duplicate.message.text = RichText::plain("changed");
    tx.enqueue(&duplicate)
        .await
        .expect("a duplicate key is not an error");
    tx.commit().await.expect("commit");

    assert_eq!(
        db.store.undelivered_count("telegram").await.expect("count"),
        5
    );
    assert_eq!(
        db.store.undelivered_count("discord").await.expect("count"),
        1
    );
    assert_eq!(
        db.store.undelivered_count("matrix").await.expect("count"),
        0
    );

    let claimed = db
        .store
        .claim_outbox("telegram", 300, 60_000, 3)
        .await
        .expect("claim");
    assert_eq!(
        keys(&claimed),
        vec!["first", "b", "a"],
        "due ones, by due time then insertion, up to the limit"
    );
    let b = &claimed[1];
    assert_eq!(b.message, message("b", &to, None, 100).message);
    assert_eq!(
        b.address,
        Address {
            platform: "telegram".into(),
            chat: ChatAddress::Direct("42".into())
        }
    );
    assert_eq!((b.attempts, b.created_at), (1, 100));

    let rest = db
        .store
        .claim_outbox("telegram", 300, 60_000, 10)
        .await
        .expect("claim");
    assert_eq!(
        keys(&rest),
        vec!["late"],
        "not yet due and already claimed rows are left"
    );
}

async fn outbox_claims_are_exclusive_leases(db: Db) {
    let to = AccountKey::new("matrix", "@bob:example.org");
    let mut tx = db.tx().await;
    tx.enqueue(&message("m1", &to, None, 0))
        .await
        .expect("enqueue");
    tx.enqueue(&message("m2", &to, None, 0))
        .await
        .expect("enqueue");
    tx.commit().await.expect("commit");

    let first = db
        .store
        .claim_outbox("matrix", 1_000, 500, 10)
        .await
        .expect("claim");
    assert_eq!(keys(&first), vec!["m1", "m2"]);
    assert!(
        db.store
            .claim_outbox("matrix", 1_000, 500, 10)
            .await
            .expect("claim")
            .is_empty()
    );
    assert!(
        db.store
            .claim_outbox("matrix", 1_499, 500, 10)
            .await
            .expect("claim")
            .is_empty(),
        "lease still held"
    );

    // The worker died: its lease runs out and another worker takes over.
    let again = db
        .store
        .claim_outbox("matrix", 1_500, 500, 10)
        .await
        .expect("claim");
    assert_eq!(keys(&again), vec!["m1", "m2"]);
    assert_eq!(
        again.iter().map(|r| r.attempts).collect::<Vec<_>>(),
        vec![2, 2]
    );
    assert_eq!(
        again.iter().map(|r| r.id).collect::<Vec<_>>(),
        first.iter().map(|r| r.id).collect::<Vec<_>>()
    );
}

async fn outbox_retry_delivered_and_failed(db: Db) {
    let to = AccountKey::new("telegram", "7");
    let mut tx = db.tx().await;
    for key in ["retry", "deliver", "fail"] {
        tx.enqueue(&message(key, &to, None, 0))
            .await
            .expect("enqueue");
    }
    tx.commit().await.expect("commit");
    let claimed = db
        .store
        .claim_outbox("telegram", 10, 1_000, 10)
        .await
        .expect("claim");
    let id = |key: &str| {
        claimed
            .iter()
            .find(|r| r.idempotency_key == key)
            .map(|r| r.id)
            .expect(key)
    };

    db.store
        .mark_retry(id("retry"), 5_000, "429 Too Many Requests")
        .await
        .expect("retry");
    db.store
        .mark_delivered(id("deliver"), 20)
        .await
        .expect("delivered");
    db.store
        .mark_failed(id("fail"), 30, "403 bot was blocked by the user")
        .await
        .expect("failed");
    assert_eq!(
        db.store.undelivered_count("telegram").await.expect("count"),
        1,
        "only the retry is pending"
    );

    assert!(
        db.store
            .claim_outbox("telegram", 4_999, 1_000, 10)
            .await
            .expect("claim")
            .is_empty(),
        "retry not yet due"
    );
    let retried = db
        .store
        .claim_outbox("telegram", 5_000, 1_000, 10)
        .await
        .expect("claim");
    assert_eq!(
        keys(&retried),
        vec!["retry"],
        "due again (the claim was released), done rows never come back"
    );
    assert_eq!(retried[0].attempts, 2);
    assert_eq!(retried[0].message, message("retry", &to, None, 0).message);

    let row = |key: &str, column: &str| {
        format!("SELECT COUNT(*) FROM outbox WHERE idempotency_key = '{key}' AND {column}")
    };
    assert_eq!(
        db.scalar(&row(
            "retry",
            "last_error = '429 Too Many Requests' AND available_at = 5000"
        ))
        .await,
        1
    );
    assert_eq!(
        db.scalar(&row(
            "deliver",
            "delivered_at = 20 AND message IS NULL AND address IS NULL AND created_at = 0"
        ))
        .await,
        1
    );
    assert_eq!(
        db.scalar(&row(
            "fail",
            "failed_at = 30 AND message IS NULL AND last_error = '403 bot was blocked by the user'"
        ))
        .await,
        1
    );
}

async fn concurrent_claimers_never_share_a_row(db: Db) {
    const MESSAGES: usize = 120;
    let to = AccountKey::new("discord", "55");
    let mut tx = db.tx().await;
    for i in 0..MESSAGES {
        tx.enqueue(&message(&format!("m{i:03}"), &to, None, 0))
            .await
            .expect("enqueue");
    }
    tx.commit().await.expect("commit");

    let workers: Vec<_> = (0..4)
        .map(|_| {
            let store = db.store.clone();
            tokio::spawn(async move {
                let mut mine = Vec::new();
                loop {
                    let batch = store
                        .claim_outbox("discord", 1, 3_600_000, 7)
                        .await
                        .expect("claim");
                    if batch.is_empty() {
                        return mine;
                    }
                    mine.extend(batch.into_iter().map(|r| r.id));
                    tokio::task::yield_now().await;
                }
            })
        })
        .collect();
    let mut all = Vec::new();
    for worker in workers {
        all.extend(worker.await.expect("worker"));
    }
    let unique: HashSet<i64> = all.iter().copied().collect();
    assert_eq!(unique.len(), all.len(), "a row was claimed twice");
    assert_eq!(all.len(), MESSAGES, "every row was claimed");
}

// ---------------------------------------------------------------- transactions and migrations

async fn rolled_back_transactions_leave_nothing(db: Db) {
    let to = AccountKey::new("console", "alice");
    for explicit in [true, false] {
        let mut tx = db.tx().await;
        let id = tx.insert_person(&person("Ghost")).await.expect("insert");
        tx.upsert_account(&account("console", "alice", Some(id)))
            .await
            .expect("account");
        tx.set_conversation(&to, "direct", Some("{}"), 1)
            .await
            .expect("conversation");
        tx.set_competences(
            id,
            &[CompetenceClaim {
                competence: "x".into(),
                direction: Direction::Offers,
                years: None,
            }],
        )
        .await
        .expect("competences");
        tx.enqueue(&message("ghost", &to, Some(id), 0))
            .await
            .expect("enqueue");
        tx.audit(1, Some(id), "x", None, &json!({}))
            .await
            .expect("audit");
        if explicit {
            tx.rollback().await.expect("rollback");
        } else {
            drop(tx); // as when a command fails half-way
        }

        let mut tx = db.tx().await;
        assert_eq!(tx.person(id).await.expect("read"), None);
        assert_eq!(tx.persons_named("ghost").await.expect("read"), vec![]);
        assert_eq!(tx.account(&to).await.expect("read"), None);
        assert_eq!(tx.conversation(&to, "direct").await.expect("read"), None);
        tx.commit().await.expect("commit");
        assert_eq!(
            db.store.undelivered_count("console").await.expect("count"),
            0
        );
        for table in [
            "persons",
            "accounts",
            "conversations",
            "competences",
            "outbox",
            "audit_log",
        ] {
            assert_eq!(
                db.scalar(&format!("SELECT COUNT(*) FROM {table}")).await,
                0,
                "{table}"
            );
        }
    }
}

async fn migrations_are_idempotent(db: Db) {
    let id = insert(&db, &person("Kept")).await;
    let again = storage::connect(&db.url)
        .await
        .expect("connect a second time");
    let mut tx = again.begin().await.expect("begin");
    assert_eq!(
        tx.person(id).await.expect("read").map(|p| p.name),
        Some("Kept".to_owned())
    );
    tx.commit().await.expect("commit");
    again.close().await;
    // Both backends have the same migrations, one file each.
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite"))
        .expect("migrations")
        .filter(|entry| {
            entry
                .as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|ext| ext == "sql"))
        })
        .count();
    assert_eq!(
        db.scalar("SELECT COUNT(*) FROM _sqlx_migrations").await,
        files as i64,
        "each migration applied once"
    );
}

async fn leases_have_one_holder_at_a_time(db: Db) {
    let store = &db.store;
    assert!(
        store
            .acquire_lease("telegram:bot", "a", 1_000, 500)
            .await
            .expect("acquire")
    );
    assert!(
        !store
            .acquire_lease("telegram:bot", "b", 1_100, 500)
            .await
            .expect("taken")
    );
    // The holder renews before expiry; another lease name is independent.
    assert!(
        store
            .acquire_lease("telegram:bot", "a", 1_400, 500)
            .await
            .expect("renew")
    );
    assert!(
        store
            .acquire_lease("matrix:bot", "b", 1_400, 500)
            .await
            .expect("other lease")
    );
    assert!(
        !store
            .acquire_lease("telegram:bot", "b", 1_899, 500)
            .await
            .expect("still a's")
    );
    // The holder died: once its lease ran out, another takes over and the old holder cannot renew.
    assert!(
        store
            .acquire_lease("telegram:bot", "b", 1_900, 500)
            .await
            .expect("take over")
    );
    assert!(
        !store
            .acquire_lease("telegram:bot", "a", 1_950, 500)
            .await
            .expect("lost")
    );
    // Releasing by a non-holder does nothing; by the holder frees it at once.
    store
        .release_lease("telegram:bot", "a")
        .await
        .expect("release");
    assert!(
        !store
            .acquire_lease("telegram:bot", "a", 2_000, 500)
            .await
            .expect("still b's")
    );
    store
        .release_lease("telegram:bot", "b")
        .await
        .expect("release");
    assert!(
        store
            .acquire_lease("telegram:bot", "a", 2_001, 500)
            .await
            .expect("free")
    );
}

// ---------------------------------------------------------------- people: capacity, e-mail, bulk

/// Rows from before capacity and e-mail existed (written here without those
/// columns) read back with the defaults.
async fn people_before_capacity_and_email_get_the_defaults(db: Db) {
    db.execute(
        "INSERT INTO persons (name, name_key, locale, languages, mentor_status, consent_at, created_at, updated_at) \
         VALUES ('Old', 'old', 'en', '[]', 'approved', 1, 1, 1)",
    )
    .await;
    let mut tx = db.tx().await;
    let old = tx.persons_named("old").await.expect("read");
    assert_eq!(
        old.iter()
            .map(|p| (p.capacity, p.email.clone()))
            .collect::<Vec<_>>(),
        vec![(2, None)]
    );
    tx.commit().await.expect("commit");
}

async fn emails_are_unique_and_match_ignoring_case(db: Db) {
    let mut ann = person("Ann");
    ann.email = Some("Ann.Ünal@Example.org".into());
    let ann_id = insert(&db, &ann).await;
    // Many people without an address are fine.
    let bob = insert(&db, &person("Bob")).await;
    insert(&db, &person("Cem")).await;

    let mut tx = db.tx().await;
    for lookup in [
        "ann.ünal@example.org",
        "ANN.ÜNAL@EXAMPLE.ORG",
        "Ann.Ünal@Example.org",
    ] {
        assert_eq!(
            tx.person_by_email(lookup)
                .await
                .expect("read")
                .map(|p| p.id),
            Some(ann_id),
            "{lookup}"
        );
    }
    let found = tx
        .person_by_email("ann.ünal@example.org")
        .await
        .expect("read")
        .expect("present");
    assert_eq!(
        found.email.as_deref(),
        Some("Ann.Ünal@Example.org"),
        "kept as given"
    );
    assert_eq!(
        tx.person_by_email("ann@example.org").await.expect("read"),
        None
    );
    assert_eq!(tx.person_by_email("%").await.expect("read"), None);
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    let mut twin = person("Ann Twin");
    twin.email = Some("ANN.ÜNAL@example.ORG".into());
    let duplicate = tx.insert_person(&twin).await;
    assert!(
        matches!(duplicate, Err(StoreError::Conflict(_))),
        "{duplicate:?}"
    );
    tx.rollback().await.expect("rollback");

    let mut tx = db.tx().await;
    let mut bob_person = tx.person(bob).await.expect("read").expect("present");
    bob_person.email = Some("ann.ünal@EXAMPLE.org".into());
    let taken = tx.update_person(&bob_person).await;
    assert!(matches!(taken, Err(StoreError::Conflict(_))), "{taken:?}");
    tx.rollback().await.expect("rollback");

    // Ann gives her address up; then Bob can have it.
    let mut tx = db.tx().await;
    let mut ann = tx.person(ann_id).await.expect("read").expect("present");
    ann.email = None;
    tx.update_person(&ann).await.expect("update");
    let mut bob_person = tx.person(bob).await.expect("read").expect("present");
    bob_person.email = Some("ann.ünal@example.org".into());
    tx.update_person(&bob_person).await.expect("update");
    assert_eq!(
        tx.person_by_email("ANN.ÜNAL@EXAMPLE.ORG")
            .await
            .expect("read")
            .map(|p| p.id),
        Some(bob)
    );
    tx.commit().await.expect("commit");
}

async fn everyone_and_every_claim_in_bulk(db: Db) {
    let ann = insert(&db, &person("Ann")).await;
    let bob = insert(&db, &full_person()).await;
    let cem = insert(&db, &person("Cem")).await;
    let claim = |competence: &str, direction, years| CompetenceClaim {
        competence: competence.into(),
        direction,
        years,
    };
    let mut tx = db.tx().await;
    assert_eq!(tx.all_competences().await.expect("read"), vec![]);
    tx.set_competences(
        cem,
        &[
            claim("z.last", Direction::Offers, Some(3)),
            claim("a.first", Direction::Seeks, None),
        ],
    )
    .await
    .expect("set");
    tx.set_competences(ann, &[claim("m.middle", Direction::Offers, Some(10))])
        .await
        .expect("set");
    let everyone = tx.all_persons().await.expect("read");
    assert_eq!(
        everyone.iter().map(|p| p.id).collect::<Vec<_>>(),
        vec![ann, bob, cem]
    );
    assert_eq!(
        everyone[1],
        Person {
            id: bob,
            ..full_person()
        }
    );
    assert_eq!(
        tx.all_competences().await.expect("read"),
        vec![
            (ann, claim("m.middle", Direction::Offers, Some(10))),
            (cem, claim("z.last", Direction::Offers, Some(3))),
            (cem, claim("a.first", Direction::Seeks, None)),
        ],
        "by person, then in each person's order"
    );
    tx.commit().await.expect("commit");
}

// ---------------------------------------------------------------- pairs

fn new_pair(mentor: PersonId, mentee: PersonId, state: PairState) -> Pair {
    Pair {
        id: 0,
        mentor_id: mentor,
        mentee_id: mentee,
        state,
        origin: PairOrigin::Matching,
        score: 0.8125,
        facts: json!({"shared": ["ai.ml"], "languages": ["de", "en"], "note": "Ünal — 陈 🙂"}),
        mentor_accepted: false,
        mentee_accepted: false,
        respond_by: None,
        end_reason: None,
        created_at: 1_000,
        updated_at: 1_000,
    }
}

/// A mentor with `capacity` places.
async fn mentor(db: &Db, name: &str, capacity: u32) -> PersonId {
    let mut p = person(name);
    p.mentor_status = MentorStatus::Approved;
    p.capacity = capacity;
    insert(db, &p).await
}

/// Inserts proposed pairs, one per mentee, and returns them with their ids.
async fn proposals(db: &Db, mentor: PersonId, mentees: &[PersonId]) -> Vec<Pair> {
    let mut tx = db.tx().await;
    let mut pairs = Vec::new();
    for &mentee in mentees {
        let mut pair = new_pair(mentor, mentee, PairState::Proposed);
        pair.id = tx.insert_pair(&pair).await.expect("insert pair");
        pairs.push(pair);
    }
    tx.commit().await.expect("commit");
    pairs
}

fn introduced(pair: &Pair) -> Pair {
    Pair {
        state: PairState::Introduced,
        respond_by: Some(90_000),
        updated_at: 2_000,
        ..pair.clone()
    }
}

fn ids(pairs: &[Pair]) -> Vec<i64> {
    pairs.iter().map(|p| p.id).collect()
}

async fn pairs_round_trip_with_history(db: Db) {
    let mentor = mentor(&db, "Mentor", 3).await;
    let mentee = insert(&db, &person("Mentee")).await;
    let other = insert(&db, &person("Other")).await;

    let mut tx = db.tx().await;
    let mut pair = new_pair(mentor, mentee, PairState::Requested);
    pair.origin = PairOrigin::Request;
    pair.respond_by = Some(50_000);
    pair.score = -0.1;
    pair.id = 12_345; // ignored
    let id = tx.insert_pair(&pair).await.expect("insert");
    let pair = Pair { id, ..pair };
    assert_eq!(tx.pair(id).await.expect("read"), Some(pair.clone()));
    assert_eq!(tx.pair(id + 1_000).await.expect("read"), None);
    let second = tx
        .insert_pair(&new_pair(other, mentee, PairState::Proposed))
        .await
        .expect("insert");
    let third = tx
        .insert_pair(&new_pair(mentor, other, PairState::Rejected))
        .await
        .expect("insert");
    assert!(second > id && third > second);

    assert_eq!(
        ids(&tx.pairs_of(mentor).await.expect("read")),
        vec![id, third]
    );
    assert_eq!(
        ids(&tx.pairs_of(mentee).await.expect("read")),
        vec![id, second]
    );
    assert_eq!(
        ids(&tx.pairs_of(other).await.expect("read")),
        vec![second, third],
        "either role"
    );
    assert_eq!(
        ids(&tx
            .pairs_in(&[PairState::Rejected, PairState::Requested])
            .await
            .expect("read")),
        vec![id, third],
        "in id order, whatever the order asked"
    );
    assert_eq!(
        ids(&tx.pairs_in(&[PairState::Proposed]).await.expect("read")),
        vec![second]
    );
    assert_eq!(
        ids(&tx.pairs_in(&PairState::ALL).await.expect("read")),
        vec![id, second, third]
    );
    assert_eq!(tx.pairs_in(&[]).await.expect("read"), vec![]);
    assert_eq!(
        tx.pairs_in(&[PairState::Active]).await.expect("read"),
        vec![]
    );

    // Declined: everything that changes over a pair's life changes; the
    // people, origin and creation time never do.
    let declined = Pair {
        id,
        mentor_id: other,
        mentee_id: other,
        state: PairState::Ended,
        origin: PairOrigin::Matching,
        score: 0.25,
        facts: json!({"explained": false}),
        mentor_accepted: true,
        mentee_accepted: true,
        respond_by: None,
        end_reason: Some("declined".into()),
        created_at: 1,
        updated_at: 3_000,
    };
    tx.update_pair(&declined).await.expect("update");
    assert_eq!(
        tx.pair(id).await.expect("read"),
        Some(Pair {
            mentor_id: mentor,
            mentee_id: mentee,
            origin: PairOrigin::Request,
            created_at: pair.created_at,
            ..declined.clone()
        })
    );
    let nan = tx
        .update_pair(&Pair {
            score: f64::NAN,
            ..pair.clone()
        })
        .await;
    assert!(nan.is_err(), "{nan:?}");

    let events = [
        PairEvent {
            pair_id: id,
            at: 2_000,
            actor: Some(mentor),
            from_state: Some(PairState::Requested),
            to_state: PairState::Ended,
            note: Some("Leider keine Zeit — آسف 🙏".into()),
        },
        PairEvent {
            pair_id: id,
            at: 1_000,
            actor: Some(mentee),
            from_state: None,
            to_state: PairState::Requested,
            note: None,
        },
        PairEvent {
            pair_id: id,
            at: 2_000,
            actor: None,
            from_state: Some(PairState::Ended),
            to_state: PairState::Ended,
            note: None,
        },
        PairEvent {
            pair_id: second,
            at: 500,
            actor: None,
            from_state: None,
            to_state: PairState::Proposed,
            note: None,
        },
    ];
    for event in &events {
        tx.record_pair_event(event).await.expect("record");
    }
    assert_eq!(
        tx.pair_history(id).await.expect("read"),
        vec![events[1].clone(), events[0].clone(), events[2].clone()],
        "by time, then as recorded"
    );
    assert_eq!(
        tx.pair_history(second).await.expect("read"),
        vec![events[3].clone()]
    );
    assert_eq!(tx.pair_history(third).await.expect("read"), vec![]);
    tx.commit().await.expect("commit");
}

async fn pairs_enter_places_only_through_occupy_place(db: Db) {
    let mentor = mentor(&db, "Mentor", 2).await;
    let mentee = insert(&db, &person("Mentee")).await;
    let pair = proposals(&db, mentor, &[mentee]).await.remove(0);

    let mut tx = db.tx().await;
    for state in [PairState::Introduced, PairState::Active] {
        let inserted = tx.insert_pair(&new_pair(mentor, mentee, state)).await;
        assert!(
            matches!(inserted, Err(StoreError::Conflict(_))),
            "{inserted:?}"
        );
        let updated = tx
            .update_pair(&Pair {
                state,
                ..pair.clone()
            })
            .await;
        assert!(
            matches!(updated, Err(StoreError::Conflict(_))),
            "{updated:?}"
        );
    }
    let wrong = tx
        .occupy_place(&Pair {
            state: PairState::Ended,
            ..pair.clone()
        })
        .await;
    assert!(matches!(wrong, Err(StoreError::Conflict(_))), "{wrong:?}");
    assert_eq!(
        tx.pair(pair.id).await.expect("read"),
        Some(pair.clone()),
        "unchanged"
    );

    // Once it holds a place, it moves on (introduced to active) by update.
    assert!(tx.occupy_place(&introduced(&pair)).await.expect("occupy"));
    let active = Pair {
        state: PairState::Active,
        mentor_accepted: true,
        mentee_accepted: true,
        respond_by: None,
        ..introduced(&pair)
    };
    tx.update_pair(&active).await.expect("update");
    assert_eq!(tx.pair(pair.id).await.expect("read"), Some(active.clone()));
    // Updating a pair that does not exist does nothing, as for other records.
    tx.update_pair(&Pair {
        id: pair.id + 1_000,
        ..active
    })
    .await
    .expect("no such pair");
    tx.commit().await.expect("commit");
}

async fn occupy_place_respects_capacity_and_one_mentor_per_mentee(db: Db) {
    let mentor_a = mentor(&db, "Mentor A", 2).await;
    let mentor_b = mentor(&db, "Mentor B", 5).await;
    let full = mentor(&db, "No places", 0).await;
    let mut mentees = Vec::new();
    for name in ["m1", "m2", "m3", "m4"] {
        mentees.push(insert(&db, &person(name)).await);
    }
    let a = proposals(&db, mentor_a, &mentees).await;
    let b = proposals(&db, mentor_b, &mentees).await;
    let none = proposals(&db, full, &mentees[3..]).await;

    let mut tx = db.tx().await;
    // The pair must exist and be the one of these two people, though the
    // mentor (A) and mentee (m4) named would fit.
    let mut not_as = introduced(&b[3]);
    not_as.mentor_id = mentor_a;
    assert!(
        !tx.occupy_place(&not_as).await.expect("occupy"),
        "not A's pair"
    );
    let ghost = Pair {
        id: b[3].id + 1_000,
        ..introduced(&b[3])
    };
    assert!(
        !tx.occupy_place(&ghost).await.expect("occupy"),
        "no such pair"
    );
    assert_eq!(tx.pair(b[3].id).await.expect("read"), Some(b[3].clone()));

    assert!(tx.occupy_place(&introduced(&a[0])).await.expect("occupy"));
    assert!(tx.occupy_place(&introduced(&a[1])).await.expect("occupy"));
    assert!(
        !tx.occupy_place(&introduced(&a[2])).await.expect("occupy"),
        "full"
    );
    assert_eq!(
        tx.pair(a[2].id).await.expect("read"),
        Some(a[2].clone()),
        "unchanged"
    );
    // A pair already holding a place does not count against itself.
    let active = Pair {
        state: PairState::Active,
        ..introduced(&a[0])
    };
    assert!(tx.occupy_place(&active).await.expect("occupy again"));
    assert_eq!(tx.pair(a[0].id).await.expect("read"), Some(active.clone()));

    // m1 and m2 have a mentor: B cannot take them, though B has places.
    assert!(!tx.occupy_place(&introduced(&b[0])).await.expect("occupy"));
    assert!(!tx.occupy_place(&introduced(&b[1])).await.expect("occupy"));
    assert!(tx.occupy_place(&introduced(&b[2])).await.expect("occupy"));
    assert!(
        !tx.occupy_place(&introduced(&none[0]))
            .await
            .expect("occupy"),
        "capacity 0"
    );

    // A place comes free when a pair ends. A mentee whose pair completed
    // does not get another mentor.
    tx.update_pair(&Pair {
        state: PairState::Ended,
        end_reason: Some("ended_by_mentor".into()),
        ..active
    })
    .await
    .expect("end");
    tx.update_pair(&Pair {
        state: PairState::Completed,
        ..introduced(&a[1])
    })
    .await
    .expect("complete");
    assert!(
        !tx.occupy_place(&introduced(&b[1])).await.expect("occupy"),
        "m2 completed"
    );
    assert!(
        tx.occupy_place(&introduced(&b[0])).await.expect("occupy"),
        "m1 is free again"
    );
    assert!(
        !tx.occupy_place(&introduced(&a[2])).await.expect("occupy"),
        "m3 has B now"
    );
    assert!(
        tx.occupy_place(&introduced(&a[3])).await.expect("occupy"),
        "A has a free place"
    );

    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    let holding = tx
        .pairs_in(&[PairState::Introduced, PairState::Active])
        .await
        .expect("read");
    let mut held: Vec<(PersonId, PersonId)> =
        holding.iter().map(|p| (p.mentor_id, p.mentee_id)).collect();
    held.sort();
    let mut expected = vec![
        (mentor_a, mentees[3]),
        (mentor_b, mentees[0]),
        (mentor_b, mentees[2]),
    ];
    expected.sort();
    assert_eq!(held, expected);
    tx.commit().await.expect("commit");
}

/// Runs `attempts` concurrently, each in a transaction of its own through
/// the pool, and returns those that got the place. Each holds its
/// transaction a while after deciding, so that a second one deciding before
/// the first commits would be caught.
async fn race(db: &Db, attempts: Vec<Pair>) -> Vec<i64> {
    let start = Arc::new(tokio::sync::Barrier::new(attempts.len()));
    let tasks: Vec<_> = attempts
        .into_iter()
        .map(|pair| {
            let (store, start) = (db.store.clone(), start.clone());
            tokio::spawn(async move {
                start.wait().await;
                let mut tx = store.begin().await.expect("begin");
                let won = tx.occupy_place(&pair).await.expect("occupy");
                tokio::time::sleep(Duration::from_millis(20)).await;
                tx.commit().await.expect("commit");
                won.then_some(pair.id)
            })
        })
        .collect();
    let mut winners = Vec::new();
    for task in tasks {
        winners.extend(task.await.expect("attempt"));
    }
    winners
}

/// The issue's rule: a mentor can never end up over capacity, even when
/// approvals race (here ten at once, on as many connections as the pool has).
async fn racing_approvals_never_overfill_a_mentor(db: Db) {
    let mentor = mentor(&db, "Popular", 2).await;
    let mut mentees = Vec::new();
    for i in 0..10 {
        mentees.push(insert(&db, &person(&format!("mentee {i}"))).await);
    }
    let pairs = proposals(&db, mentor, &mentees).await;
    let winners = race(&db, pairs.iter().map(introduced).collect()).await;
    assert_eq!(winners.len(), 2, "{winners:?}");

    let mut tx = db.tx().await;
    let holding = tx
        .pairs_in(&[PairState::Introduced, PairState::Active])
        .await
        .expect("read");
    assert_eq!(ids(&holding), {
        let mut w = winners.clone();
        w.sort();
        w
    });
    assert_eq!(
        tx.pairs_in(&[PairState::Proposed])
            .await
            .expect("read")
            .len(),
        8,
        "the others unchanged"
    );
    tx.commit().await.expect("commit");
}

async fn racing_approvals_never_give_a_mentee_two_mentors(db: Db) {
    let mentee = insert(&db, &person("Sought after")).await;
    let mut pairs = Vec::new();
    for i in 0..6 {
        let m = mentor(&db, &format!("mentor {i}"), 4).await;
        pairs.extend(proposals(&db, m, &[mentee]).await);
    }
    let winners = race(&db, pairs.iter().map(introduced).collect()).await;
    assert_eq!(winners.len(), 1, "{winners:?}");
    let mut tx = db.tx().await;
    let holding = tx
        .pairs_of(mentee)
        .await
        .expect("read")
        .into_iter()
        .filter(|p| p.state.occupies())
        .count();
    assert_eq!(holding, 1);
    tx.commit().await.expect("commit");
}

async fn new_matching_runs_drop_old_proposals(db: Db) {
    let m = mentor(&db, "Mentor", 3).await;
    let mut mentees = Vec::new();
    for name in ["a", "b", "c", "d"] {
        mentees.push(insert(&db, &person(name)).await);
    }
    let pairs = proposals(&db, m, &mentees).await;
    let mut tx = db.tx().await;
    tx.update_pair(&Pair {
        state: PairState::Rejected,
        ..pairs[1].clone()
    })
    .await
    .expect("reject");
    assert!(
        tx.occupy_place(&introduced(&pairs[2]))
            .await
            .expect("occupy")
    );
    for pair in &pairs {
        tx.record_pair_event(&PairEvent {
            pair_id: pair.id,
            at: 1,
            actor: None,
            from_state: None,
            to_state: PairState::Proposed,
            note: None,
        })
        .await
        .expect("event");
    }
    tx.delete_proposals().await.expect("delete");
    assert_eq!(
        ids(&tx.pairs_of(m).await.expect("read")),
        vec![pairs[1].id, pairs[2].id]
    );
    assert_eq!(
        tx.pair_history(pairs[1].id).await.expect("read").len(),
        1,
        "history kept"
    );
    tx.commit().await.expect("commit");
    assert_eq!(
        db.scalar(&format!(
            "SELECT COUNT(*) FROM pair_events WHERE pair_id IN ({}, {})",
            pairs[0].id, pairs[3].id
        ))
        .await,
        0
    );
    assert_eq!(db.scalar("SELECT COUNT(*) FROM pair_events").await, 2);
}

async fn exclusions_are_recorded_once(db: Db) {
    let ann = insert(&db, &person("Ann")).await;
    let bob = insert(&db, &person("Bob")).await;
    let cem = insert(&db, &person("Cem")).await;
    let mut tx = db.tx().await;
    assert_eq!(tx.exclusions().await.expect("read"), vec![]);
    tx.add_exclusion(cem, ann).await.expect("add");
    tx.add_exclusion(ann, bob).await.expect("add");
    tx.add_exclusion(ann, bob).await.expect("again is fine");
    tx.add_exclusion(bob, ann)
        .await
        .expect("the other way is another record");
    assert_eq!(
        tx.exclusions().await.expect("read"),
        vec![(ann, bob), (bob, ann), (cem, ann)]
    );
    tx.commit().await.expect("commit");
}

async fn erasure_removes_pairs_and_exclusions(db: Db) {
    let ann = mentor(&db, "Ann", 3).await;
    let cora = insert(&db, &person("Cora")).await;
    let dan = insert(&db, &person("Dan")).await;
    let eve = mentor(&db, "Eve", 3).await;
    let mut tx = db.tx().await;
    let as_mentor = tx
        .insert_pair(&new_pair(ann, cora, PairState::Proposed))
        .await
        .expect("pair");
    let as_mentee = tx
        .insert_pair(&new_pair(eve, ann, PairState::Requested))
        .await
        .expect("pair");
    let others = tx
        .insert_pair(&new_pair(eve, dan, PairState::Ended))
        .await
        .expect("pair");
    for (pair, actor, note) in [
        (as_mentor, Some(cora), "ok"),
        (as_mentee, Some(ann), "Ann's words"),
        (others, Some(ann), "Ann ended this as coordinator"),
        (others, Some(dan), "Dan's words"),
    ] {
        tx.record_pair_event(&PairEvent {
            pair_id: pair,
            at: 1,
            actor,
            from_state: None,
            to_state: PairState::Ended,
            note: Some(note.into()),
        })
        .await
        .expect("event");
    }
    tx.add_exclusion(ann, cora).await.expect("exclusion");
    tx.add_exclusion(dan, ann).await.expect("exclusion");
    tx.add_exclusion(cora, dan).await.expect("exclusion");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    tx.erase_person(ann).await.expect("erase");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    assert_eq!(tx.pairs_of(ann).await.expect("read"), vec![]);
    assert_eq!(tx.pair(as_mentor).await.expect("read"), None);
    assert_eq!(tx.pair(as_mentee).await.expect("read"), None);
    assert_eq!(ids(&tx.pairs_of(eve).await.expect("read")), vec![others]);
    let history: Vec<(Option<PersonId>, Option<String>)> = tx
        .pair_history(others)
        .await
        .expect("read")
        .into_iter()
        .map(|e| (e.actor, e.note))
        .collect();
    assert_eq!(
        history,
        vec![(None, None), (Some(dan), Some("Dan's words".into()))]
    );
    assert_eq!(tx.exclusions().await.expect("read"), vec![(cora, dan)]);
    tx.commit().await.expect("commit");
    assert_eq!(
        db.scalar(&format!(
            "SELECT COUNT(*) FROM pair_events WHERE pair_id IN ({as_mentor}, {as_mentee}) OR actor = {ann}"
        ))
        .await,
        0
    );
}

// ---------------------------------------------------------------- jobs

fn job(key: Option<&str>, due_at: Millis, payload: &str) -> NewJob {
    NewJob {
        key: key.map(str::to_owned),
        due_at,
        payload: payload.to_owned(),
    }
}

fn payloads(jobs: &[Job]) -> Vec<&str> {
    jobs.iter().map(|j| j.payload.as_str()).collect()
}

async fn jobs_are_scheduled_moved_and_cancelled(db: Db) {
    assert_eq!(db.store.next_job_due().await.expect("next"), None);
    let mut tx = db.tx().await;
    tx.schedule_job(&job(Some("remind:1"), 100, r#"{"remind":1}"#))
        .await
        .expect("schedule");
    tx.schedule_job(&job(None, 50, r#"{"nudge":"a"}"#))
        .await
        .expect("schedule");
    tx.schedule_job(&job(None, 50, r#"{"nudge":"b"}"#))
        .await
        .expect("keyless jobs never merge");
    tx.schedule_job(&job(Some("remind:2"), 200, r#"{"remind":2}"#))
        .await
        .expect("schedule");
    tx.commit().await.expect("commit");
    assert_eq!(db.store.next_job_due().await.expect("next"), Some(50));

    // The same key again moves the job, earlier or later.
    let mut tx = db.tx().await;
    tx.schedule_job(&job(Some("remind:1"), 10, r#"{"remind":"moved"}"#))
        .await
        .expect("move");
    tx.schedule_job(&job(Some("remind:2"), 20, r#"{"remind":2}"#))
        .await
        .expect("move");
    tx.schedule_job(&job(Some("remind:2"), 300, r#"{"remind":"later"}"#))
        .await
        .expect("move");
    tx.cancel_job("nope")
        .await
        .expect("cancelling nothing is fine");
    tx.commit().await.expect("commit");
    assert_eq!(db.store.next_job_due().await.expect("next"), Some(10));
    assert_eq!(db.scalar("SELECT COUNT(*) FROM jobs").await, 4);

    let mut tx = db.tx().await;
    tx.cancel_job("remind:1").await.expect("cancel");
    tx.commit().await.expect("commit");
    assert_eq!(db.store.next_job_due().await.expect("next"), Some(50));

    let due = db
        .store
        .claim_due_jobs(1_000, 60_000, 10)
        .await
        .expect("claim");
    assert_eq!(
        payloads(&due),
        vec![
            r#"{"nudge":"a"}"#,
            r#"{"nudge":"b"}"#,
            r#"{"remind":"later"}"#
        ]
    );
    let later = &due[2];
    assert_eq!(
        (later.key.as_deref(), later.due_at, later.attempts),
        (Some("remind:2"), 300, 1)
    );
    assert_eq!(due[0].key, None);
    // Rolled back with the transaction like anything else.
    let mut tx = db.tx().await;
    tx.schedule_job(&job(Some("ghost"), 1, "{}"))
        .await
        .expect("schedule");
    tx.rollback().await.expect("rollback");
    assert_eq!(db.scalar("SELECT COUNT(*) FROM jobs").await, 3);
}

async fn job_claims_are_exclusive_leases(db: Db) {
    let mut tx = db.tx().await;
    for (key, due_at) in [("c", 300), ("a", 100), ("b", 100), ("future", 5_000)] {
        tx.schedule_job(&job(Some(key), due_at, key))
            .await
            .expect("schedule");
    }
    tx.commit().await.expect("commit");

    let first = db.store.claim_due_jobs(1_000, 500, 2).await.expect("claim");
    assert_eq!(
        payloads(&first),
        vec!["a", "b"],
        "earliest first, then as scheduled, up to the limit"
    );
    let rest = db
        .store
        .claim_due_jobs(1_000, 500, 10)
        .await
        .expect("claim");
    assert_eq!(
        payloads(&rest),
        vec!["c"],
        "claimed and future jobs are left"
    );
    assert!(
        db.store
            .claim_due_jobs(1_499, 500, 10)
            .await
            .expect("claim")
            .is_empty(),
        "lease held"
    );
    assert_eq!(
        db.store.next_job_due().await.expect("next"),
        Some(1_500),
        "the next one that can be claimed is when the leases run out"
    );

    // The scheduler died: its leases run out and another takes over.
    let again = db
        .store
        .claim_due_jobs(1_500, 500, 10)
        .await
        .expect("claim");
    assert_eq!(payloads(&again), vec!["a", "b", "c"]);
    assert_eq!(
        again.iter().map(|j| j.attempts).collect::<Vec<_>>(),
        vec![2, 2, 2]
    );
    assert_eq!(
        again.iter().map(|j| j.id).collect::<Vec<_>>(),
        first.iter().chain(&rest).map(|j| j.id).collect::<Vec<_>>()
    );
    assert_eq!(db.store.next_job_due().await.expect("next"), Some(2_000));

    // Scheduling a claimed job again makes it new: unclaimed, no attempts.
    let mut tx = db.tx().await;
    tx.schedule_job(&job(Some("a"), 1_600, "a2"))
        .await
        .expect("move");
    tx.commit().await.expect("commit");
    assert_eq!(db.store.next_job_due().await.expect("next"), Some(1_600));
    let moved = db
        .store
        .claim_due_jobs(1_600, 500, 10)
        .await
        .expect("claim");
    assert_eq!(payloads(&moved), vec!["a2"]);
    assert_eq!(moved[0].attempts, 1);
}

async fn finished_jobs_never_run_again(db: Db) {
    let mut tx = db.tx().await;
    tx.schedule_job(&job(Some("deadline:7"), 100, r#"{"deadline":7}"#))
        .await
        .expect("schedule");
    tx.schedule_job(&job(None, 100, "keyless"))
        .await
        .expect("schedule");
    tx.commit().await.expect("commit");
    let claimed = db
        .store
        .claim_due_jobs(100, 1_000, 10)
        .await
        .expect("claim");
    assert_eq!(claimed.len(), 2);

    for j in &claimed {
        let mut tx = db.tx().await;
        let running = tx.begin_job(j.id).await.expect("begin").expect("not done");
        assert_eq!(&running, j);
        tx.finish_job(j.id, 150).await.expect("finish");
        tx.commit().await.expect("commit");
    }
    let mut tx = db.tx().await;
    for j in &claimed {
        assert_eq!(tx.begin_job(j.id).await.expect("begin"), None, "done");
    }
    assert_eq!(
        tx.begin_job(9_999).await.expect("begin"),
        None,
        "no such job"
    );
    // Cancelling a done job keeps it as a record.
    tx.cancel_job("deadline:7").await.expect("cancel");
    tx.commit().await.expect("commit");
    assert!(
        db.store
            .claim_due_jobs(10_000, 1_000, 10)
            .await
            .expect("claim")
            .is_empty()
    );
    assert_eq!(db.store.next_job_due().await.expect("next"), None);
    assert_eq!(
        db.scalar("SELECT COUNT(*) FROM jobs WHERE done_at = 150")
            .await,
        2
    );

    // A job that was not finished (its transaction failed) comes back once
    // its claim runs out.
    let mut tx = db.tx().await;
    tx.schedule_job(&job(Some("deadline:7"), 200, "again"))
        .await
        .expect("reschedule a done key");
    tx.commit().await.expect("commit");
    let [again] = <[Job; 1]>::try_from(
        db.store
            .claim_due_jobs(200, 1_000, 10)
            .await
            .expect("claim"),
    )
    .expect("one job");
    assert_eq!((again.payload.as_str(), again.attempts), ("again", 1));
    let mut tx = db.tx().await;
    assert!(tx.begin_job(again.id).await.expect("begin").is_some());
    tx.finish_job(again.id, 250).await.expect("finish");
    tx.rollback().await.expect("the work failed");
    assert_eq!(db.store.next_job_due().await.expect("next"), Some(1_200));
    let retried = db
        .store
        .claim_due_jobs(1_200, 1_000, 10)
        .await
        .expect("claim");
    assert_eq!(
        retried
            .iter()
            .map(|j| (j.id, j.attempts))
            .collect::<Vec<_>>(),
        vec![(again.id, 2)]
    );
}

/// Two schedulers that both got a job (the first one's lease ran out while
/// it was still working) run it one after the other, and the second sees it
/// done: never twice.
async fn begin_job_waits_for_a_running_job(db: Db) {
    let mut tx = db.tx().await;
    tx.schedule_job(&job(Some("once"), 0, "{}"))
        .await
        .expect("schedule");
    tx.commit().await.expect("commit");
    let id = db.store.claim_due_jobs(0, 10, 1).await.expect("claim")[0].id;

    let order = Arc::new(Mutex::new(Vec::new()));
    let mut first = db.tx().await;
    assert!(first.begin_job(id).await.expect("begin").is_some());
    let second = tokio::spawn({
        let (store, order) = (db.store.clone(), order.clone());
        async move {
            let mut tx = store.begin().await.expect("begin");
            let job = tx.begin_job(id).await.expect("begin job");
            order.lock().expect("order").push("second looked");
            tx.commit().await.expect("commit");
            job
        }
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    first.finish_job(id, 5).await.expect("finish");
    order.lock().expect("order").push("first done");
    first.commit().await.expect("commit");
    assert_eq!(second.await.expect("second"), None, "already done");
    assert_eq!(
        *order.lock().expect("order"),
        vec!["first done", "second looked"]
    );
}

async fn concurrent_schedulers_never_share_a_job(db: Db) {
    const JOBS: usize = 120;
    let mut tx = db.tx().await;
    for i in 0..JOBS {
        tx.schedule_job(&job(Some(&format!("j{i:03}")), (i % 7) as Millis, "{}"))
            .await
            .expect("schedule");
    }
    tx.commit().await.expect("commit");

    let schedulers: Vec<_> = (0..4)
        .map(|_| {
            let store = db.store.clone();
            tokio::spawn(async move {
                let mut mine = Vec::new();
                loop {
                    let batch = store.claim_due_jobs(10, 3_600_000, 7).await.expect("claim");
                    if batch.is_empty() {
                        return mine;
                    }
                    mine.extend(batch.into_iter().map(|j| j.id));
                    tokio::task::yield_now().await;
                }
            })
        })
        .collect();
    let mut all = Vec::new();
    for scheduler in schedulers {
        all.extend(scheduler.await.expect("scheduler"));
    }
    let unique: HashSet<i64> = all.iter().copied().collect();
    assert_eq!(unique.len(), all.len(), "a job was claimed twice");
    assert_eq!(all.len(), JOBS, "every job was claimed");
}

async fn circles_keep_their_members(db: Db) {
    let ann = insert(&db, &person("Ann")).await;
    let bo = insert(&db, &person("Bo")).await;
    let cy = insert(&db, &person("Cy")).await;
    let mut tx = db.tx().await;
    let circle = Circle {
        id: 0,
        name: "circle-1".into(),
        language: "en".into(),
        competences: vec!["governance".into(), "crisis-adaptation".into()],
        members: vec![ann, bo, cy],
        created_at: 5_000,
    };
    let id = tx.insert_circle(&circle).await.expect("insert");
    let duplicate = tx.insert_circle(&circle).await;
    assert!(duplicate.is_err(), "names are unique");
    tx.rollback().await.expect("rollback");

    let mut tx = db.tx().await;
    let id2 = tx.insert_circle(&circle).await.expect("insert");
    tx.commit().await.expect("commit");
    let _ = id;
    let mut tx = db.tx().await;
    assert_eq!(
        tx.circles().await.expect("read"),
        vec![Circle {
            id: id2,
            ..circle.clone()
        }]
    );
    tx.erase_person(bo).await.expect("erase");
    assert_eq!(tx.circles().await.expect("read")[0].members, vec![ann, cy]);
    tx.commit().await.expect("commit");
}

// ---------------------------------------------------------------- sessions, hours, check-ins, reports

fn new_session(pair: i64, booked_by: PersonId, starts_at: Millis) -> Session {
    Session {
        id: 0,
        pair_id: pair,
        booked_by,
        starts_at,
        minutes: 60,
        mode: MeetingMode::Online,
        place: None,
        state: SessionState::Proposed,
        series_id: None,
        repeat: None,
        timezone: "Europe/Vienna".to_owned(),
        created_at: 1_000,
        updated_at: 1_000,
    }
}

/// Inserts a session and returns its id.
async fn book(tx: &mut Box<dyn StoreTx>, session: &Session) -> i64 {
    tx.insert_session(session).await.expect("insert session")
}

fn session_ids(sessions: &[Session]) -> Vec<i64> {
    sessions.iter().map(|s| s.id).collect()
}

/// A mentor, a mentee and a proposed pair of the two.
async fn a_pair(db: &Db) -> (PersonId, PersonId, i64) {
    let mentor = mentor(db, "Mentor", 2).await;
    let mentee = insert(db, &person("Mentee")).await;
    let pair = proposals(db, mentor, &[mentee]).await[0].id;
    (mentor, mentee, pair)
}

async fn sessions_round_trip_and_update(db: Db) {
    let (mentor, mentee, pair) = a_pair(&db).await;
    let other_pair = proposals(&db, mentor, &[insert(&db, &person("Other")).await]).await[0].id;

    let mut tx = db.tx().await;
    let session = Session {
        id: 9_999, // ignored
        pair_id: pair,
        booked_by: mentee,
        starts_at: 1_796_115_600_000,
        minutes: 90,
        mode: MeetingMode::InPerson,
        place: Some("مقهى النيل، الزمالك — 北京路 7号 🙂 \"upstairs\"; it's the 2nd\nfloor".into()),
        state: SessionState::Confirmed,
        series_id: Some(41),
        repeat: Some("0 0 18 * * Tue".into()),
        timezone: "Africa/Cairo".into(),
        created_at: 2_000,
        updated_at: 3_000,
    };
    let id = book(&mut tx, &session).await;
    let session = Session { id, ..session };
    assert_eq!(tx.session(id).await.expect("read"), Some(session.clone()));
    assert_eq!(tx.session(id + 1_000).await.expect("read"), None);

    let changed = Session {
        pair_id: other_pair, // not written
        created_at: 77,      // not written
        booked_by: mentor,
        starts_at: 1_796_202_000_000,
        minutes: 45,
        mode: MeetingMode::Online,
        place: Some("https://meet.example.org/ab-c?x=1&y='2'".into()),
        state: SessionState::Held,
        series_id: None,
        repeat: None,
        timezone: "Asia/Kolkata".into(),
        updated_at: 4_000,
        ..session.clone()
    };
    tx.update_session(&changed).await.expect("update");
    assert_eq!(
        tx.session(id).await.expect("read"),
        Some(Session {
            pair_id: pair,
            created_at: 2_000,
            ..changed.clone()
        })
    );
    // And back to no place at all.
    let cleared = Session {
        place: None,
        state: SessionState::Cancelled,
        ..changed
    };
    tx.update_session(&cleared).await.expect("update");
    assert_eq!(
        tx.session(id).await.expect("read").and_then(|s| s.place),
        None
    );
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    let zero = tx
        .insert_session(&Session {
            minutes: 0,
            ..new_session(pair, mentor, 5_000)
        })
        .await;
    assert!(zero.is_err(), "a session lasts some minutes: {zero:?}");
    tx.rollback().await.expect("rollback");

    db.execute(&format!(
        "UPDATE sessions SET state = 'postponed' WHERE id = {id}"
    ))
    .await;
    let mut tx = db.tx().await;
    assert!(matches!(tx.session(id).await, Err(StoreError::Corrupt(_))));
    tx.rollback().await.expect("rollback");
}

async fn session_listings_are_by_start_time(db: Db) {
    let (mentor, mentee, pair) = a_pair(&db).await;
    let other = proposals(&db, mentor, &[insert(&db, &person("Other")).await]).await[0].id;

    let mut tx = db.tx().await;
    // Booked out of order, with two at the same time (then by id).
    let late = book(&mut tx, &new_session(pair, mentor, 30_000)).await;
    let early = book(&mut tx, &new_session(pair, mentee, 10_000)).await;
    let tie_a = book(&mut tx, &new_session(pair, mentor, 20_000)).await;
    let tie_b = book(&mut tx, &new_session(pair, mentee, 20_000)).await;
    let elsewhere = book(&mut tx, &new_session(other, mentor, 15_000)).await;
    assert_eq!(
        session_ids(&tx.sessions_of_pair(pair).await.expect("read")),
        vec![early, tie_a, tie_b, late]
    );
    assert_eq!(
        session_ids(&tx.sessions_of_pair(other).await.expect("read")),
        vec![elsewhere]
    );
    assert_eq!(
        tx.sessions_of_pair(other + 1_000).await.expect("read"),
        vec![]
    );

    // A weekly series named by its first session, the later ones booked
    // first; a session of another series and one of none stay out.
    let weekly = |starts_at| Session {
        repeat: Some("weekly".into()),
        ..new_session(pair, mentor, starts_at)
    };
    let third = book(&mut tx, &weekly(3 * 604_800_000)).await;
    let first = book(&mut tx, &weekly(604_800_000)).await;
    let second = book(&mut tx, &weekly(2 * 604_800_000)).await;
    for id in [first, second, third] {
        let mut s = tx.session(id).await.expect("read").expect("present");
        s.series_id = Some(first);
        tx.update_session(&s).await.expect("update");
    }
    let foreign = book(
        &mut tx,
        &Session {
            series_id: Some(first + 1_000),
            ..weekly(0)
        },
    )
    .await;
    assert_eq!(
        session_ids(&tx.sessions_in_series(first).await.expect("read")),
        vec![first, second, third]
    );
    assert_eq!(
        session_ids(&tx.sessions_in_series(first + 1_000).await.expect("read")),
        vec![foreign]
    );
    assert_eq!(tx.sessions_in_series(late).await.expect("read"), vec![]);
    assert_eq!(
        session_ids(&tx.sessions_of_pair(pair).await.expect("read")),
        vec![foreign, early, tie_a, tie_b, late, first, second, third]
    );
    tx.commit().await.expect("commit");
}

async fn sessions_of_person_through_both_roles(db: Db) {
    // Ann mentors Bo and is mentored by Cy; Cy also mentors Di.
    let ann = mentor(&db, "Ann", 2).await;
    let bo = insert(&db, &person("Bo")).await;
    let cy = mentor(&db, "Cy", 2).await;
    let di = insert(&db, &person("Di")).await;
    let loner = insert(&db, &person("Eli")).await;
    let ann_bo = proposals(&db, ann, &[bo]).await[0].id;
    let cy_pairs = proposals(&db, cy, &[ann, di]).await;
    let (cy_ann, cy_di) = (cy_pairs[0].id, cy_pairs[1].id);

    let mut tx = db.tx().await;
    let s1 = book(&mut tx, &new_session(cy_ann, cy, 40_000)).await;
    let s2 = book(&mut tx, &new_session(ann_bo, bo, 10_000)).await;
    let s3 = book(&mut tx, &new_session(cy_di, di, 20_000)).await;
    let s4 = book(&mut tx, &new_session(cy_ann, ann, 10_000)).await;
    let s5 = book(&mut tx, &new_session(ann_bo, ann, 30_000)).await;
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    assert_eq!(
        session_ids(&tx.sessions_of_person(ann).await.expect("read")),
        vec![s2, s4, s5, s1],
        "as mentor and as mentee, by start, ties by id"
    );
    assert_eq!(
        session_ids(&tx.sessions_of_person(bo).await.expect("read")),
        vec![s2, s5]
    );
    assert_eq!(
        session_ids(&tx.sessions_of_person(cy).await.expect("read")),
        vec![s4, s3, s1]
    );
    assert_eq!(
        session_ids(&tx.sessions_of_person(di).await.expect("read")),
        vec![s3]
    );
    assert_eq!(tx.sessions_of_person(loner).await.expect("read"), vec![]);
    let full = tx.sessions_of_person(di).await.expect("read");
    assert_eq!(
        full,
        vec![Session {
            id: s3,
            ..new_session(cy_di, di, 20_000)
        }]
    );
    tx.commit().await.expect("commit");
}

async fn sessions_between_includes_from_and_excludes_to(db: Db) {
    let (_, mentee, pair) = a_pair(&db).await;
    let mut tx = db.tx().await;
    let mut at = std::collections::BTreeMap::new();
    for starts_at in [2_000, 999, 1_000, 1_999, 1_500, 1_000] {
        let id = book(&mut tx, &new_session(pair, mentee, starts_at)).await;
        at.entry(starts_at).or_insert_with(Vec::new).push(id);
    }
    let ids_at =
        |times: &[Millis]| -> Vec<i64> { times.iter().flat_map(|t| at[t].clone()).collect() };
    assert_eq!(
        session_ids(&tx.sessions_between(1_000, 2_000).await.expect("read")),
        ids_at(&[1_000, 1_500, 1_999])
    );
    assert_eq!(
        session_ids(&tx.sessions_between(999, 2_001).await.expect("read")),
        ids_at(&[999, 1_000, 1_500, 1_999, 2_000])
    );
    assert_eq!(
        session_ids(&tx.sessions_between(1_001, 1_999).await.expect("read")),
        ids_at(&[1_500])
    );
    assert_eq!(
        tx.sessions_between(1_000, 1_000).await.expect("read"),
        vec![]
    );
    assert_eq!(
        tx.sessions_between(2_000, 1_000).await.expect("read"),
        vec![]
    );
    assert_eq!(
        tx.sessions_between(2_001, i64::MAX).await.expect("read"),
        vec![]
    );
    assert_eq!(
        session_ids(&tx.sessions_between(i64::MIN, i64::MAX).await.expect("read")).len(),
        6
    );
    tx.commit().await.expect("commit");
}

fn hours(person: PersonId, kind: HoursKind, minutes: u32, on: Millis) -> HoursEntry {
    HoursEntry {
        id: 0,
        person_id: person,
        pair_id: None,
        session_id: None,
        kind,
        minutes,
        on,
        note: None,
        created_at: 9_000,
    }
}

async fn hours_requests_are_decided_once(db: Db) {
    let (mentor, mentee, pair) = a_pair(&db).await;
    let mut tx = db.tx().await;
    let session = book(&mut tx, &new_session(pair, mentee, 5_000)).await;
    let over = HoursRequest {
        id: 77, // ignored
        entry: HoursEntry {
            pair_id: Some(pair),
            session_id: Some(session),
            note: Some("über das Budget \"'; --".into()),
            ..hours(mentee, HoursKind::Bilateral, 90, 5_000)
        },
        for_pair: true,
        decided_at: Some(1),  // ignored
        approved: Some(true), // ignored
    };
    let a = tx.insert_hours_request(&over).await.expect("insert");
    let b = tx
        .insert_hours_request(&HoursRequest {
            for_pair: false,
            ..over.clone()
        })
        .await
        .expect("insert");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    let open = tx.hours_request(a).await.expect("read").expect("there");
    assert_eq!(open.entry.person_id, mentee);
    assert_eq!(open.entry.pair_id, Some(pair));
    assert_eq!(open.entry.session_id, Some(session));
    assert_eq!(open.entry.minutes, 90);
    assert_eq!(open.entry.note, over.entry.note);
    assert!(open.for_pair);
    assert_eq!((open.decided_at, open.approved), (None, None));
    // Requests are not hours: nothing counts until approved (and logged).
    assert_eq!(tx.hours_of(mentee).await.expect("read"), vec![]);
    let decided = tx
        .decide_hours_request(a, true, mentor, 6_000)
        .await
        .expect("decide")
        .expect("open");
    assert_eq!(
        (decided.decided_at, decided.approved),
        (Some(6_000), Some(true))
    );
    // Decided once: a second decision (another coordinator's) finds nothing.
    assert_eq!(
        tx.decide_hours_request(a, false, mentor, 7_000)
            .await
            .expect("decide"),
        None
    );
    let refused = tx
        .decide_hours_request(b, false, mentor, 7_000)
        .await
        .expect("decide")
        .expect("open");
    assert_eq!(refused.approved, Some(false));
    assert!(!refused.for_pair);
    assert_eq!(
        tx.decide_hours_request(b + 1_000, true, mentor, 7_000)
            .await
            .expect("decide"),
        None
    );
    assert_eq!(tx.hours_request(b + 1_000).await.expect("read"), None);
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    let after = tx.hours_request(a).await.expect("read").expect("there");
    assert_eq!(
        (after.decided_at, after.approved),
        (Some(6_000), Some(true))
    );
    // Erasing the mentee takes their requests with them.
    tx.erase_person(mentee).await.expect("erase");
    assert_eq!(tx.hours_request(a).await.expect("read"), None);
    assert_eq!(tx.hours_request(b).await.expect("read"), None);
    tx.commit().await.expect("commit");
}

async fn hours_are_logged_listed_and_never_zero(db: Db) {
    let (mentor, mentee, pair) = a_pair(&db).await;
    let mut tx = db.tx().await;
    let session = book(&mut tx, &new_session(pair, mentee, 5_000)).await;
    let together = HoursEntry {
        id: 4_242, // ignored
        pair_id: Some(pair),
        session_id: Some(session),
        note: Some("ناقشنا الميزانية — \"budget\" & 予算\nnext: slides".into()),
        ..hours(mentor, HoursKind::Bilateral, 90, 5_000)
    };
    let a = tx.insert_hours(&together).await.expect("insert");
    let b = tx
        .insert_hours(&hours(mentor, HoursKind::Preparation, 30, 4_000))
        .await
        .expect("insert");
    let c = tx
        .insert_hours(&hours(mentee, HoursKind::Group, 120, 5_000))
        .await
        .expect("insert");
    let d = tx
        .insert_hours(&hours(mentor, HoursKind::Joint, 15, 5_000))
        .await
        .expect("insert");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    let of_mentor = tx.hours_of(mentor).await.expect("read");
    assert_eq!(
        of_mentor.iter().map(|h| h.id).collect::<Vec<_>>(),
        vec![b, a, d]
    );
    assert_eq!(of_mentor[1], HoursEntry { id: a, ..together });
    assert_eq!(
        of_mentor[0],
        HoursEntry {
            id: b,
            ..hours(mentor, HoursKind::Preparation, 30, 4_000)
        }
    );
    assert_eq!(
        tx.hours_of(mentee).await.expect("read"),
        vec![HoursEntry {
            id: c,
            ..hours(mentee, HoursKind::Group, 120, 5_000)
        }]
    );
    assert_eq!(
        tx.all_hours()
            .await
            .expect("read")
            .iter()
            .map(|h| h.id)
            .collect::<Vec<_>>(),
        vec![b, a, c, d]
    );
    assert_eq!(tx.hours_of(mentee + 1_000).await.expect("read"), vec![]);
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    let zero = tx
        .insert_hours(&hours(mentor, HoursKind::Bilateral, 0, 6_000))
        .await;
    assert!(zero.is_err(), "zero minutes are refused: {zero:?}");
    tx.rollback().await.expect("rollback");
    assert_eq!(db.scalar("SELECT COUNT(*) FROM hours").await, 4);
}

fn checkin(pair: i64, person: PersonId, rating: u8, at: Millis) -> CheckIn {
    CheckIn {
        id: 0,
        pair_id: pair,
        person_id: person,
        rating,
        comment: None,
        at,
    }
}

async fn checkin_ratings_run_from_one_to_five(db: Db) {
    let (mentor, mentee, pair) = a_pair(&db).await;
    let other = proposals(&db, mentor, &[insert(&db, &person("Other")).await]).await[0].id;
    let mut tx = db.tx().await;
    let worded = CheckIn {
        id: 777, // ignored
        comment: Some("جيد جداً, \"really\" good\nthanks".into()),
        ..checkin(pair, mentee, 5, 3_000)
    };
    let a = tx.insert_checkin(&worded).await.expect("insert");
    let b = tx
        .insert_checkin(&checkin(pair, mentor, 1, 2_000))
        .await
        .expect("insert");
    let c = tx
        .insert_checkin(&checkin(pair, mentor, 3, 3_000))
        .await
        .expect("insert");
    let elsewhere = tx
        .insert_checkin(&checkin(other, mentor, 4, 1_000))
        .await
        .expect("insert");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    assert_eq!(
        tx.checkins_of_pair(pair).await.expect("read"),
        vec![
            checkin_with_id(b, checkin(pair, mentor, 1, 2_000)),
            CheckIn { id: a, ..worded },
            checkin_with_id(c, checkin(pair, mentor, 3, 3_000)),
        ]
    );
    assert_eq!(
        tx.checkins_of_pair(other).await.expect("read"),
        vec![checkin_with_id(elsewhere, checkin(other, mentor, 4, 1_000))]
    );
    tx.commit().await.expect("commit");

    for rating in [0, 6, u8::MAX] {
        let mut tx = db.tx().await;
        let refused = tx
            .insert_checkin(&checkin(pair, mentee, rating, 4_000))
            .await;
        assert!(refused.is_err(), "rating {rating} is refused: {refused:?}");
        tx.rollback().await.expect("rollback");
    }
    assert_eq!(db.scalar("SELECT COUNT(*) FROM checkins").await, 4);
}

fn checkin_with_id(id: i64, checkin: CheckIn) -> CheckIn {
    CheckIn { id, ..checkin }
}

fn report(person: PersonId, pair: Option<i64>, deliverable: &str, at: Millis) -> Report {
    Report {
        id: 0,
        person_id: person,
        pair_id: pair,
        deliverable: deliverable.to_owned(),
        answers: vec!["yes".into()],
        language: "en".into(),
        submitted_at: at,
    }
}

async fn reports_round_trip_with_awkward_answers(db: Db) {
    let (mentor, mentee, pair) = a_pair(&db).await;
    let mut tx = db.tx().await;
    let awkward = Report {
        id: 31_337, // ignored
        answers: vec![
            "He said \"it's fine\" — then 'not'.".into(),
            "line one\nline two\r\n\ttabbed \\ backslash".into(),
            "تعلمت كيف أقود فريقاً عن بُعد.".into(),
            String::new(),
            "[\"not\", \"an array\"] {\"k\": 1} '); DROP TABLE reports; --".into(),
            "🙂 😀 北京".into(),
        ],
        language: "ar".into(),
        ..report(mentee, Some(pair), "midterm", 5_000)
    };
    let a = tx.insert_report(&awkward).await.expect("insert");
    let b = tx
        .insert_report(&report(mentee, None, "intake", 1_000))
        .await
        .expect("insert");
    let c = tx
        .insert_report(&report(mentor, Some(pair), "midterm", 5_000))
        .await
        .expect("insert");
    let empty = Report {
        answers: vec![],
        ..report(mentor, None, "final", 9_000)
    };
    let d = tx.insert_report(&empty).await.expect("insert");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    assert_eq!(
        tx.reports_of(mentee).await.expect("read"),
        vec![
            Report {
                id: b,
                ..report(mentee, None, "intake", 1_000)
            },
            Report { id: a, ..awkward },
        ]
    );
    assert_eq!(
        tx.reports_of(mentor).await.expect("read"),
        vec![
            Report {
                id: c,
                ..report(mentor, Some(pair), "midterm", 5_000)
            },
            Report { id: d, ..empty },
        ]
    );
    assert_eq!(
        tx.all_reports()
            .await
            .expect("read")
            .iter()
            .map(|r| r.id)
            .collect::<Vec<_>>(),
        vec![b, a, c, d]
    );
    assert_eq!(tx.reports_of(mentor + 1_000).await.expect("read"), vec![]);
    tx.commit().await.expect("commit");

    db.execute(&format!(
        "UPDATE reports SET answers = '{{\"not\": \"an array\"}}' WHERE id = {a}"
    ))
    .await;
    let mut tx = db.tx().await;
    assert!(matches!(
        tx.reports_of(mentee).await,
        Err(StoreError::Corrupt(_))
    ));
    tx.rollback().await.expect("rollback");
}

async fn erasure_removes_sessions_hours_checkins_and_reports(db: Db) {
    // Ann mentors Bo and is mentored by Cy; Cy also mentors Di, which
    // erasing Ann must leave alone.
    let ann = mentor(&db, "Ann", 2).await;
    let bo = insert(&db, &person("Bo")).await;
    let cy = mentor(&db, "Cy", 2).await;
    let di = insert(&db, &person("Di")).await;
    let ann_bo = proposals(&db, ann, &[bo]).await[0].id;
    let cy_pairs = proposals(&db, cy, &[ann, di]).await;
    let (cy_ann, cy_di) = (cy_pairs[0].id, cy_pairs[1].id);

    let mut tx = db.tx().await;
    let booked_by_bo = book(&mut tx, &new_session(ann_bo, bo, 1_000)).await;
    let booked_by_cy = book(&mut tx, &new_session(cy_ann, cy, 2_000)).await;
    let kept_session = book(&mut tx, &new_session(cy_di, di, 3_000)).await;
    let in_pair = |person, pair, session| HoursEntry {
        pair_id: Some(pair),
        session_id: Some(session),
        ..hours(person, HoursKind::Bilateral, 60, 1_000)
    };
    tx.insert_hours(&in_pair(ann, ann_bo, booked_by_bo))
        .await
        .expect("hours");
    tx.insert_hours(&hours(ann, HoursKind::Preparation, 30, 500))
        .await
        .expect("hours");
    let bos_hours = tx
        .insert_hours(&in_pair(bo, ann_bo, booked_by_bo))
        .await
        .expect("hours");
    let cys_hours = tx
        .insert_hours(&in_pair(cy, cy_ann, booked_by_cy))
        .await
        .expect("hours");
    let dis_hours = tx
        .insert_hours(&in_pair(di, cy_di, kept_session))
        .await
        .expect("hours");
    tx.insert_checkin(&checkin(ann_bo, ann, 4, 1_000))
        .await
        .expect("check-in");
    tx.insert_checkin(&checkin(ann_bo, bo, 2, 1_000))
        .await
        .expect("check-in");
    tx.insert_checkin(&checkin(cy_ann, cy, 5, 1_000))
        .await
        .expect("check-in");
    let kept_checkin = tx
        .insert_checkin(&checkin(cy_di, di, 3, 1_000))
        .await
        .expect("check-in");
    tx.insert_report(&report(ann, Some(ann_bo), "midterm", 1_000))
        .await
        .expect("report");
    tx.insert_report(&report(ann, None, "intake", 500))
        .await
        .expect("report");
    let bos_report = tx
        .insert_report(&report(bo, Some(ann_bo), "midterm", 1_000))
        .await
        .expect("report");
    let dis_report = tx
        .insert_report(&report(di, Some(cy_di), "midterm", 1_000))
        .await
        .expect("report");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    tx.erase_person(ann).await.expect("erase");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    assert_eq!(tx.hours_of(ann).await.expect("read"), vec![]);
    assert_eq!(tx.reports_of(ann).await.expect("read"), vec![]);
    assert_eq!(tx.sessions_of_person(ann).await.expect("read"), vec![]);
    for (pair, session) in [(ann_bo, booked_by_bo), (cy_ann, booked_by_cy)] {
        assert_eq!(tx.sessions_of_pair(pair).await.expect("read"), vec![]);
        assert_eq!(tx.session(session).await.expect("read"), None);
        assert_eq!(tx.checkins_of_pair(pair).await.expect("read"), vec![]);
    }
    // What the others logged stays theirs, without the erased pair.
    assert_eq!(
        tx.hours_of(bo).await.expect("read"),
        vec![HoursEntry {
            id: bos_hours,
            ..hours(bo, HoursKind::Bilateral, 60, 1_000)
        }]
    );
    assert_eq!(
        tx.hours_of(cy).await.expect("read"),
        vec![HoursEntry {
            id: cys_hours,
            ..hours(cy, HoursKind::Bilateral, 60, 1_000)
        }]
    );
    assert_eq!(
        tx.reports_of(bo).await.expect("read"),
        vec![Report {
            id: bos_report,
            ..report(bo, None, "midterm", 1_000)
        }]
    );
    // Cy and Di's pair keeps everything.
    assert_eq!(
        session_ids(&tx.sessions_of_person(cy).await.expect("read")),
        vec![kept_session]
    );
    assert_eq!(
        tx.hours_of(di).await.expect("read"),
        vec![HoursEntry {
            id: dis_hours,
            ..in_pair(di, cy_di, kept_session)
        }]
    );
    assert_eq!(
        tx.checkins_of_pair(cy_di).await.expect("read"),
        vec![checkin_with_id(kept_checkin, checkin(cy_di, di, 3, 1_000))]
    );
    assert_eq!(
        tx.reports_of(di).await.expect("read"),
        vec![Report {
            id: dis_report,
            ..report(di, Some(cy_di), "midterm", 1_000)
        }]
    );
    tx.commit().await.expect("commit");

    for (table, personal) in [
        (
            "hours",
            format!("person_id = {ann} OR pair_id IN ({ann_bo}, {cy_ann})"),
        ),
        (
            "checkins",
            format!("person_id = {ann} OR pair_id IN ({ann_bo}, {cy_ann})"),
        ),
        (
            "reports",
            format!("person_id = {ann} OR pair_id IN ({ann_bo}, {cy_ann})"),
        ),
        (
            "sessions",
            format!("booked_by = {ann} OR pair_id IN ({ann_bo}, {cy_ann})"),
        ),
    ] {
        assert_eq!(
            db.scalar(&format!("SELECT COUNT(*) FROM {table} WHERE {personal}"))
                .await,
            0,
            "{table}"
        );
    }
    assert_eq!(db.scalar("SELECT COUNT(*) FROM sessions").await, 1);
    assert_eq!(db.scalar("SELECT COUNT(*) FROM hours").await, 3);
    assert_eq!(db.scalar("SELECT COUNT(*) FROM checkins").await, 1);
    assert_eq!(db.scalar("SELECT COUNT(*) FROM reports").await, 2);
}

// ---------------------------------------------------------------- knowledge entries

/// An entry with every field set, text that breaks naive storage included.
fn full_entry(author: Option<PersonId>, pair: Option<i64>) -> Entry {
    Entry {
        id: 0,
        kind: EntryKind::Qa,
        title: "كيف أبدأ؟ — \"first\" 'session' 🙂".to_owned(),
        body: "Line one\nLine two; DROP TABLE entries; -- 学习管理 \u{202E}reversed".to_owned(),
        language: "ar".to_owned(),
        tags: vec!["mentoring.basics".to_owned(), "ünïcode-tag".to_owned()],
        author_id: author,
        anonymous: true,
        source: EntrySource::Captured,
        pair_id: pair,
        consent: true,
        hidden: true,
        helpful: 0,
        not_helpful: 0,
        created_at: 1_700_000_000_001,
        updated_at: 1_700_000_000_002,
    }
}

fn plain_entry(author: Option<PersonId>, title: &str) -> Entry {
    Entry {
        id: 0,
        kind: EntryKind::Article,
        title: title.to_owned(),
        body: format!("About {title}."),
        language: "en".to_owned(),
        tags: vec![],
        author_id: author,
        anonymous: false,
        source: EntrySource::Shared,
        pair_id: None,
        consent: false,
        hidden: false,
        helpful: 0,
        not_helpful: 0,
        created_at: 1_000,
        updated_at: 1_000,
    }
}

async fn add_entry(db: &Db, entry: &Entry) -> i64 {
    let mut tx = db.tx().await;
    let id = tx.insert_entry(entry).await.expect("insert entry");
    tx.commit().await.expect("commit");
    id
}

async fn read_entry(db: &Db, id: i64) -> Option<Entry> {
    let mut tx = db.tx().await;
    let entry = tx.entry(id).await.expect("read entry");
    tx.commit().await.expect("commit");
    entry
}

/// The entry ids of the whole change log, oldest first, checking that the
/// seqs rise.
async fn logged(db: &Db) -> Vec<i64> {
    let changes = db.store.entry_changes(0, 1_000).await.expect("changes");
    assert!(
        changes.windows(2).all(|w| w[0].0 < w[1].0),
        "seqs rise: {changes:?}"
    );
    changes.into_iter().map(|(_, entry)| entry).collect()
}

async fn entries_round_trip_with_every_field(db: Db) {
    let (mentor, _mentee, pair) = a_pair(&db).await;
    let original = Entry {
        helpful: 7, // ignored: the counts are the votes' tally
        not_helpful: 3,
        ..full_entry(Some(mentor), Some(pair))
    };
    let id = add_entry(&db, &original).await;
    let expected = Entry {
        id,
        helpful: 0,
        not_helpful: 0,
        ..original.clone()
    };
    assert_eq!(read_entry(&db, id).await, Some(expected.clone()));
    assert_eq!(read_entry(&db, id + 1_000).await, None);

    // Every written field changes, Options both ways; counts and creation stay.
    let changed = Entry {
        id,
        kind: EntryKind::SessionNotes,
        title: "Plain".to_owned(),
        body: String::new(),
        language: "de".to_owned(),
        tags: vec![],
        author_id: None,
        anonymous: false,
        source: EntrySource::Imported,
        pair_id: None,
        consent: false,
        hidden: false,
        helpful: 99,
        not_helpful: 98,
        created_at: 5,
        updated_at: 1_700_000_000_999,
    };
    let mut tx = db.tx().await;
    tx.update_entry(&changed).await.expect("update");
    tx.commit().await.expect("commit");
    assert_eq!(
        read_entry(&db, id).await,
        Some(Entry {
            helpful: 0,
            not_helpful: 0,
            created_at: original.created_at,
            ..changed.clone()
        })
    );
    // And back.
    let mut tx = db.tx().await;
    tx.update_entry(&expected).await.expect("update");
    tx.commit().await.expect("commit");
    assert_eq!(read_entry(&db, id).await, Some(expected));
}

async fn entries_for_the_index_by_id_and_by_page(db: Db) {
    let ann = insert(&db, &person("Ann")).await;
    let bob = insert(&db, &person("Bob")).await;
    let mut ids = Vec::new();
    for (i, author) in [ann, bob, ann, ann, bob].into_iter().enumerate() {
        let mut entry = plain_entry(Some(author), &format!("entry {i}"));
        entry.hidden = i == 2;
        ids.push(add_entry(&db, &entry).await);
    }

    let mut tx = db.tx().await;
    let by_ann: Vec<i64> = tx
        .entries_by(ann)
        .await
        .expect("by author")
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(
        by_ann,
        vec![ids[0], ids[2], ids[3]],
        "oldest first, hidden too"
    );
    assert_eq!(tx.entries_by(ann + bob + 100).await.expect("none"), vec![]);
    tx.commit().await.expect("commit");

    // By id: in id order, once each, missing ones left out, hidden ones in.
    let found = db
        .store
        .entries(&[ids[3], 999_999, ids[2], ids[3], ids[0]])
        .await
        .expect("entries");
    let found: Vec<(i64, bool)> = found.iter().map(|e| (e.id, e.hidden)).collect();
    assert_eq!(
        found,
        vec![(ids[0], false), (ids[2], true), (ids[3], false)]
    );
    assert_eq!(db.store.entries(&[]).await.expect("none"), vec![]);
    // More ids than one statement takes.
    let many: Vec<i64> = (1..=1_200).collect();
    assert_eq!(db.store.entries(&many).await.expect("many").len(), 5);

    // By page.
    let page = |after, limit| {
        let store = db.store.clone();
        async move {
            store
                .entries_page(after, limit)
                .await
                .expect("page")
                .iter()
                .map(|e| e.id)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(page(0, 2).await, ids[..2].to_vec());
    assert_eq!(page(ids[1], 2).await, ids[2..4].to_vec());
    assert_eq!(page(ids[3], 2).await, ids[4..].to_vec());
    assert_eq!(page(ids[4], 2).await, Vec::<i64>::new());
}

async fn every_entry_write_is_logged_in_order(db: Db) {
    let ann = insert(&db, &person("Ann")).await;
    assert_eq!(db.store.last_entry_change().await.expect("last"), 0);
    assert_eq!(db.store.entry_changes(0, 10).await.expect("log"), vec![]);

    let a = add_entry(&db, &plain_entry(Some(ann), "a")).await;
    let b = add_entry(&db, &plain_entry(Some(ann), "b")).await;
    let mut tx = db.tx().await;
    let mut hidden = tx.entry(a).await.expect("read").expect("present");
    hidden.hidden = true;
    tx.update_entry(&hidden).await.expect("hide");
    tx.record_feedback(b, ann, true).await.expect("vote");
    tx.delete_entry(a).await.expect("delete");
    // Writes that find nothing log nothing.
    tx.delete_entry(a).await.expect("delete again");
    tx.update_entry(&hidden)
        .await
        .expect("update a deleted entry");
    tx.record_feedback(a, ann, true)
        .await
        .expect("vote on a deleted entry");
    tx.commit().await.expect("commit");

    assert_eq!(logged(&db).await, vec![a, b, a, b, a]);
    let changes = db.store.entry_changes(0, 10).await.expect("log");
    let last = changes.last().expect("changes").0;
    assert_eq!(db.store.last_entry_change().await.expect("last"), last);
    // Reading on from a seq, a page at a time.
    assert_eq!(
        db.store.entry_changes(changes[1].0, 2).await.expect("log"),
        changes[2..4].to_vec()
    );
    assert_eq!(db.store.entry_changes(last, 10).await.expect("log"), vec![]);
    // The deleted entry's changes stay: they are how other indexes learn of it.
    assert_eq!(read_entry(&db, a).await, None);
    assert_eq!(
        db.scalar(&format!(
            "SELECT COUNT(*) FROM entry_changes WHERE entry_id = {a}"
        ))
        .await,
        3
    );
}

/// A change logged by a transaction that commits later never gets a lower
/// seq than one already visible: otherwise an index that read the later
/// one would skip it for good. The second writer waits for the first.
async fn the_change_log_grows_in_commit_order(db: Db) {
    let ann = insert(&db, &person("Ann")).await;
    let mut first = db.tx().await;
    let a = first
        .insert_entry(&plain_entry(Some(ann), "first"))
        .await
        .expect("insert");

    let second = {
        let db = db.clone();
        tokio::spawn(async move {
            let mut tx = db.tx().await;
            let b = tx
                .insert_entry(&plain_entry(Some(ann), "second"))
                .await
                .expect("insert");
            tx.commit().await.expect("commit");
            b
        })
    };
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(!second.is_finished(), "the second writer waits");
    // On a side connection: on SQLite the store's one connection is busy.
    assert_eq!(
        db.scalar("SELECT COUNT(*) FROM entry_changes").await,
        0,
        "nothing visible yet"
    );
    first.commit().await.expect("commit");
    let b = second.await.expect("second writer");
    assert_eq!(logged(&db).await, vec![a, b]);
}

async fn rolled_back_entry_writes_log_nothing(db: Db) {
    let ann = insert(&db, &person("Ann")).await;
    let kept = add_entry(&db, &plain_entry(Some(ann), "kept")).await;
    let before = db.store.last_entry_change().await.expect("last");

    let mut tx = db.tx().await;
    tx.insert_entry(&plain_entry(Some(ann), "ghost"))
        .await
        .expect("insert");
    tx.record_feedback(kept, ann, false).await.expect("vote");
    tx.delete_entry(kept).await.expect("delete");
    tx.rollback().await.expect("rollback");

    assert_eq!(db.store.last_entry_change().await.expect("last"), before);
    let entry = read_entry(&db, kept).await.expect("still there");
    assert_eq!((entry.helpful, entry.not_helpful), (0, 0));
    assert_eq!(db.scalar("SELECT COUNT(*) FROM entries").await, 1);
    assert_eq!(db.scalar("SELECT COUNT(*) FROM entry_feedback").await, 0);
}

async fn feedback_is_one_vote_per_person_and_the_counts_are_its_tally(db: Db) {
    let author = insert(&db, &person("Author")).await;
    let voters = [
        insert(&db, &person("V1")).await,
        insert(&db, &person("V2")).await,
        insert(&db, &person("V3")).await,
    ];
    let id = add_entry(&db, &plain_entry(Some(author), "voted")).await;
    let other = add_entry(&db, &plain_entry(Some(author), "other")).await;
    let counts = |db: Db, id| async move {
        let e = read_entry(&db, id).await.expect("present");
        (e.helpful, e.not_helpful)
    };

    let mut tx = db.tx().await;
    tx.record_feedback(id, voters[0], true).await.expect("vote");
    tx.record_feedback(id, voters[1], true).await.expect("vote");
    tx.record_feedback(id, voters[2], false)
        .await
        .expect("vote");
    tx.record_feedback(other, voters[2], false)
        .await
        .expect("vote");
    tx.commit().await.expect("commit");
    assert_eq!(counts(db.clone(), id).await, (2, 1));
    assert_eq!(counts(db.clone(), other).await, (0, 1));

    // A later vote replaces the person's earlier one; repeating changes nothing.
    let mut tx = db.tx().await;
    tx.record_feedback(id, voters[2], true).await.expect("vote");
    tx.record_feedback(id, voters[0], true).await.expect("vote");
    tx.record_feedback(id, voters[1], false)
        .await
        .expect("vote");
    tx.commit().await.expect("commit");
    assert_eq!(counts(db.clone(), id).await, (2, 1));
    assert_eq!(
        db.scalar(&format!(
            "SELECT COUNT(*) FROM entry_feedback WHERE entry_id = {id}"
        ))
        .await,
        3
    );

    // Updates leave the counts alone.
    let mut tx = db.tx().await;
    let mut entry = tx.entry(id).await.expect("read").expect("present");
    entry.helpful = 0;
    entry.not_helpful = 50;
    entry.title = "renamed".to_owned();
    tx.update_entry(&entry).await.expect("update");
    tx.commit().await.expect("commit");
    assert_eq!(counts(db.clone(), id).await, (2, 1));

    // Deleting the entry takes its votes along.
    let mut tx = db.tx().await;
    tx.delete_entry(id).await.expect("delete");
    tx.commit().await.expect("commit");
    assert_eq!(
        db.scalar(&format!(
            "SELECT COUNT(*) FROM entry_feedback WHERE entry_id = {id}"
        ))
        .await,
        0
    );
    assert_eq!(counts(db.clone(), other).await, (0, 1));
}

fn routed(asker: PersonId, text: &str) -> RoutedQuestion {
    RoutedQuestion {
        id: 0,
        asker_id: asker,
        text: text.to_owned(),
        language: "ru".to_owned(),
        tags: vec!["finance".to_owned(), "export".to_owned()],
        answered_by: None,
        answer: None,
        asker_consent: false,
        mentor_consent: false,
        entry_id: None,
        created_at: 1_700_000_000_000,
        answered_at: None,
    }
}

async fn questions_round_trip_and_lose_a_deleted_entry(db: Db) {
    let asker = insert(&db, &person("Asker")).await;
    let mentor = mentor(&db, "Mentor", 1).await;
    let original = routed(
        asker,
        "Как открыть счёт за рубежом? \"quotes\" 'and' 🙂 \u{202E}",
    );
    let mut tx = db.tx().await;
    let id = tx.insert_question(&original).await.expect("insert");
    assert_eq!(
        tx.question(id).await.expect("read"),
        Some(RoutedQuestion {
            id,
            ..original.clone()
        })
    );
    assert_eq!(tx.question(id + 1_000).await.expect("read"), None);
    let entry = tx
        .insert_entry(&plain_entry(Some(mentor), "the answer"))
        .await
        .expect("entry");
    let answered = RoutedQuestion {
        id,
        text: "edited".to_owned(),
        language: "en".to_owned(),
        tags: vec![],
        answered_by: Some(mentor),
        answer: Some("Открыть счёт можно так…".to_owned()),
        asker_consent: true,
        mentor_consent: true,
        entry_id: Some(entry),
        answered_at: Some(1_700_000_100_000),
        ..original.clone()
    };
    tx.update_question(&answered).await.expect("update");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    assert_eq!(tx.question(id).await.expect("read"), Some(answered.clone()));
    tx.delete_entry(entry).await.expect("delete entry");
    assert_eq!(
        tx.question(id).await.expect("read"),
        Some(RoutedQuestion {
            entry_id: None,
            ..answered
        })
    );
    tx.commit().await.expect("commit");
}

async fn erasure_keeps_consented_entries_anonymised_and_drops_the_rest(db: Db) {
    let ann = mentor(&db, "Ann", 2).await;
    let bob = insert(&db, &person("Bob")).await;
    let cem = insert(&db, &person("Cem")).await;
    let pair = proposals(&db, ann, &[bob]).await[0].id;

    let kept = Entry {
        consent: true,
        anonymous: false,
        ..plain_entry(Some(ann), "kept")
    };
    let kept = add_entry(&db, &kept).await;
    let dropped = add_entry(&db, &plain_entry(Some(ann), "no consent")).await;
    // Private to Ann's pair, though Bob wrote it: it goes with the pair.
    let private = Entry {
        pair_id: Some(pair),
        consent: true,
        ..plain_entry(Some(bob), "our notes")
    };
    let private = add_entry(&db, &private).await;
    let bobs = add_entry(&db, &plain_entry(Some(bob), "Bob's")).await;

    let mut tx = db.tx().await;
    // Votes: Ann's go and are recounted; others' stay.
    tx.record_feedback(bobs, ann, true).await.expect("vote");
    tx.record_feedback(bobs, cem, false).await.expect("vote");
    tx.record_feedback(kept, bob, true).await.expect("vote");
    tx.record_feedback(dropped, cem, true).await.expect("vote");
    // Questions: Ann's go; those Ann answered lose her and her words.
    let anns_question = tx.insert_question(&routed(ann, "mine")).await.expect("q");
    let answered = tx
        .insert_question(&RoutedQuestion {
            answered_by: Some(ann),
            answer: Some("Ann's answer".to_owned()),
            asker_consent: true,
            mentor_consent: true,
            entry_id: Some(kept),
            answered_at: Some(2_000),
            ..routed(cem, "Cem asks")
        })
        .await
        .expect("q");
    tx.commit().await.expect("commit");
    let before = db.store.last_entry_change().await.expect("last");

    let mut tx = db.tx().await;
    tx.erase_person(ann).await.expect("erase");
    tx.commit().await.expect("commit");

    let kept_now = read_entry(&db, kept).await.expect("kept");
    assert_eq!(kept_now.author_id, None);
    assert!(kept_now.anonymous);
    assert_eq!(kept_now.title, "kept");
    assert_eq!(
        (kept_now.helpful, kept_now.not_helpful),
        (1, 0),
        "Bob's vote stays"
    );
    assert_eq!(read_entry(&db, dropped).await, None);
    assert_eq!(read_entry(&db, private).await, None);
    let bobs_now = read_entry(&db, bobs).await.expect("Bob's entry");
    assert_eq!((bobs_now.helpful, bobs_now.not_helpful), (0, 1));
    assert_eq!(bobs_now.author_id, Some(bob));

    let mut tx = db.tx().await;
    assert_eq!(tx.entries_by(ann).await.expect("read"), vec![]);
    assert_eq!(tx.question(anns_question).await.expect("read"), None);
    let question = tx.question(answered).await.expect("read").expect("stays");
    assert_eq!(question.answered_by, None);
    assert_eq!(question.answer, None);
    assert!(!question.mentor_consent);
    assert!(question.asker_consent);
    assert_eq!(question.entry_id, Some(kept), "the entry it became stays");
    tx.commit().await.expect("commit");
    assert_eq!(
        db.scalar(&format!(
            "SELECT COUNT(*) FROM entry_feedback WHERE person_id = {ann}"
        ))
        .await,
        0
    );
    assert_eq!(
        db.scalar(&format!(
            "SELECT COUNT(*) FROM entry_feedback WHERE entry_id IN ({dropped}, {private})"
        ))
        .await,
        0
    );

    // Every entry touched is logged, so that search forgets or re-ranks it.
    let mut touched: Vec<i64> = db
        .store
        .entry_changes(before, 100)
        .await
        .expect("log")
        .into_iter()
        .map(|(_, entry)| entry)
        .collect();
    touched.sort_unstable();
    touched.dedup();
    let mut expected = vec![kept, dropped, private, bobs];
    expected.sort_unstable();
    assert_eq!(touched, expected);
}

async fn new_matching_runs_drop_entries_private_to_old_proposals(db: Db) {
    let ann = mentor(&db, "Ann", 2).await;
    let bob = insert(&db, &person("Bob")).await;
    let pair = proposals(&db, ann, &[bob]).await[0].id;
    let private = Entry {
        pair_id: Some(pair),
        ..plain_entry(Some(ann), "private")
    };
    let private = add_entry(&db, &private).await;
    let public = add_entry(&db, &plain_entry(Some(ann), "public")).await;

    let mut tx = db.tx().await;
    tx.delete_proposals().await.expect("delete proposals");
    tx.commit().await.expect("commit");
    assert_eq!(read_entry(&db, private).await, None);
    assert!(read_entry(&db, public).await.is_some());
    assert_eq!(logged(&db).await, vec![private, public, private]);
}
