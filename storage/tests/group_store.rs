//! The store's group sessions, on SQLite (a fresh file) and on PostgreSQL (a
//! fresh schema in the database named by `MENTOR_CLOUD_TEST_PG`): rooms
//! linked to circles, sessions with their round, members' answers, notes and
//! action items, presentations per circle, locking, and erasure.
//!
//! The harness is the store suite's (storage/tests/store.rs), kept small here.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bot_core::model::*;
use bot_core::ports::{Store, StoreError, StoreTx};
use sqlx::{AnyConnection, AssertSqlSafe, Connection};
use storage::{Backend, SqlStore};

#[derive(Clone)]
struct Db {
    store: SqlStore,
    url: String,
}

impl Db {
    async fn tx(&self) -> Box<dyn StoreTx> {
        self.store.begin().await.expect("begin")
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
    rooms_are_linked_and_relinked,
    sessions_round_trip_with_every_field,
    open_sessions_of_a_room_by_start_time,
    members_keep_their_answers,
    notes_and_actions_in_the_order_collected,
    presentations_are_per_circle,
    a_locked_session_serialises_transactions,
    stored_garbage_is_an_error_not_a_panic,
    erasure_removes_what_is_personal_and_keeps_the_session,
);

// ---------------------------------------------------------------- harness

async fn on_sqlite<F, Fut>(test: F)
where
    F: FnOnce(Db) -> Fut,
    Fut: Future<Output = ()>,
{
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/bot.db", dir.path().display());
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
        languages: vec![],
        ..Person::new(name.to_owned(), "en".to_owned(), 1_000)
    }
}

async fn people(db: &Db, names: &[&str]) -> Vec<PersonId> {
    let mut tx = db.tx().await;
    let mut ids = Vec::new();
    for name in names {
        ids.push(tx.insert_person(&person(name)).await.expect("person"));
    }
    tx.commit().await.expect("commit");
    ids
}

async fn circle(db: &Db, name: &str, members: &[PersonId]) -> i64 {
    let mut tx = db.tx().await;
    let id = tx
        .insert_circle(&Circle {
            id: 0,
            name: name.to_owned(),
            language: "en".into(),
            competences: vec![],
            members: members.to_vec(),
            created_at: 1_000,
        })
        .await
        .expect("circle");
    tx.commit().await.expect("commit");
    id
}

fn session(room: &str, circle: Option<i64>, starts_at: Millis) -> GroupSession {
    GroupSession {
        id: 0,
        platform: "console".into(),
        room: room.into(),
        circle_id: circle,
        topic: "Hiring abroad".into(),
        starts_at,
        minutes: 90,
        timezone: "Europe/Tallinn".into(),
        language: "en".into(),
        state: GroupState::Scheduled,
        facilitator_id: None,
        started_at: None,
        ended_at: None,
        round: None,
        summary: None,
        consent: None,
        entry_id: None,
        created_at: 2_000,
        updated_at: 2_000,
    }
}

async fn add_session(db: &Db, s: &GroupSession) -> i64 {
    let mut tx = db.tx().await;
    let id = tx.insert_group_session(s).await.expect("insert session");
    tx.commit().await.expect("commit");
    id
}

fn member(session: i64, person: PersonId) -> GroupMember {
    GroupMember {
        session_id: session,
        person_id: person,
        invited: true,
        rsvp: None,
        present_at: None,
        presented_at: None,
        consent: None,
    }
}

fn item(session: i64, kind: GroupItemKind, author: PersonId, owner: Option<PersonId>) -> GroupItem {
    GroupItem {
        id: 0,
        session_id: session,
        kind,
        author_id: Some(author),
        owner_id: owner,
        text: format!(
            "{} — ملاحظة 'quoted'; DROP TABLE group_items; --",
            kind.as_str()
        ),
        created_at: 3_000,
    }
}

// ---------------------------------------------------------------- tests

async fn rooms_are_linked_and_relinked(db: Db) {
    let ids = people(&db, &["Ann", "Bo"]).await;
    let first = circle(&db, "circle-1", &ids).await;
    let second = circle(&db, "circle-2", &ids).await;
    let mut tx = db.tx().await;
    assert_eq!(
        tx.group_room("matrix", "!abc:example.org")
            .await
            .expect("read"),
        None
    );
    let link = GroupRoom {
        platform: "matrix".into(),
        room: "!abc:example.org".into(),
        circle_id: first,
        linked_by: Some(ids[0]),
        linked_at: 5_000,
    };
    tx.link_group_room(&link).await.expect("link");
    assert_eq!(
        tx.group_room("matrix", "!abc:example.org")
            .await
            .expect("read"),
        Some(link.clone())
    );
    // The same room id on another platform is another room.
    assert_eq!(
        tx.group_room("discord", "!abc:example.org")
            .await
            .expect("read"),
        None
    );
    let relinked = GroupRoom {
        circle_id: second,
        linked_by: Some(ids[1]),
        linked_at: 6_000,
        ..link
    };
    tx.link_group_room(&relinked).await.expect("relink");
    assert_eq!(
        tx.group_room("matrix", "!abc:example.org")
            .await
            .expect("read"),
        Some(relinked)
    );
    tx.commit().await.expect("commit");
}

async fn sessions_round_trip_with_every_field(db: Db) {
    let ids = people(&db, &["Ann", "Bo", "Cy"]).await;
    let circle_id = circle(&db, "circle-1", &ids).await;
    let bare = session("circle-1", None, 10_000);
    let id = add_session(&db, &bare).await;
    let mut tx = db.tx().await;
    let read = tx.group_session(id).await.expect("read").expect("present");
    assert_eq!(read, GroupSession { id, ..bare });

    let full = GroupSession {
        id,
        platform: "console".into(),
        room: "circle-1".into(),
        circle_id: Some(circle_id),
        topic: "تصدير 🌍 'quoted' \"double\"; DROP TABLE group_sessions; --".into(),
        starts_at: 20_000,
        minutes: 120,
        timezone: "Africa/Cairo".into(),
        language: "ar".into(),
        state: GroupState::Running,
        facilitator_id: Some(ids[0]),
        started_at: Some(21_000),
        ended_at: Some(29_000),
        round: Some(GroupRound {
            number: 2,
            presenter: ids[1],
            advisers: vec![ids[2], ids[0]],
            turn: 1,
            minutes: 15,
            started_at: 22_000,
            ends_at: 22_000 + 15 * 60_000,
        }),
        summary: Some("Written summary\nwith two lines".into()),
        consent: Some(NotesConsent::Asked),
        entry_id: None,
        created_at: bare_created(),
        updated_at: 30_000,
    };
    tx.update_group_session(&full).await.expect("update");
    assert_eq!(
        tx.group_session(id).await.expect("read"),
        Some(full.clone())
    );
    assert_eq!(tx.lock_group_session(id).await.expect("lock"), Some(full));
    assert_eq!(tx.group_session(id + 100).await.expect("read"), None);
    assert_eq!(tx.lock_group_session(id + 100).await.expect("lock"), None);
    tx.commit().await.expect("commit");
}

fn bare_created() -> Millis {
    session("x", None, 0).created_at
}

async fn open_sessions_of_a_room_by_start_time(db: Db) {
    let later = add_session(&db, &session("circle-1", None, 50_000)).await;
    let sooner = add_session(&db, &session("circle-1", None, 40_000)).await;
    let ended = add_session(
        &db,
        &GroupSession {
            state: GroupState::Ended,
            ..session("circle-1", None, 30_000)
        },
    )
    .await;
    let cancelled = add_session(
        &db,
        &GroupSession {
            state: GroupState::Cancelled,
            ..session("circle-1", None, 35_000)
        },
    )
    .await;
    let running = add_session(
        &db,
        &GroupSession {
            state: GroupState::Running,
            ..session("circle-1", None, 45_000)
        },
    )
    .await;
    let elsewhere = add_session(&db, &session("circle-2", None, 10_000)).await;
    let mut tx = db.tx().await;
    let open: Vec<i64> = tx
        .open_group_sessions("console", "circle-1")
        .await
        .expect("list")
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(open, vec![sooner, running, later]);
    assert!(!open.contains(&ended) && !open.contains(&cancelled) && !open.contains(&elsewhere));
    assert!(
        tx.open_group_sessions("matrix", "circle-1")
            .await
            .expect("list")
            .is_empty()
    );
    tx.commit().await.expect("commit");
}

async fn members_keep_their_answers(db: Db) {
    let ids = people(&db, &["Ann", "Bo", "Cy"]).await;
    let id = add_session(&db, &session("circle-1", None, 10_000)).await;
    let mut tx = db.tx().await;
    for person in &ids {
        tx.upsert_group_member(&member(id, *person))
            .await
            .expect("add");
    }
    assert_eq!(
        tx.group_members(id).await.expect("read"),
        ids.iter().map(|p| member(id, *p)).collect::<Vec<_>>()
    );
    let answered = GroupMember {
        rsvp: Some(true),
        present_at: Some(11_000),
        presented_at: Some(12_000),
        consent: Some(false),
        ..member(id, ids[1])
    };
    let guest = GroupMember {
        invited: false,
        rsvp: Some(false),
        consent: Some(true),
        ..member(id, ids[2])
    };
    tx.upsert_group_member(&answered).await.expect("update");
    tx.upsert_group_member(&guest).await.expect("update");
    assert_eq!(
        tx.group_members(id).await.expect("read"),
        vec![member(id, ids[0]), answered, guest]
    );
    assert!(
        tx.group_members(id + 1).await.expect("read").is_empty(),
        "another session has none"
    );
    tx.commit().await.expect("commit");
}

async fn notes_and_actions_in_the_order_collected(db: Db) {
    let ids = people(&db, &["Ann", "Bo"]).await;
    let id = add_session(&db, &session("circle-1", None, 10_000)).await;
    let mut tx = db.tx().await;
    let note = item(id, GroupItemKind::Note, ids[0], None);
    let action = item(id, GroupItemKind::Action, ids[0], Some(ids[1]));
    let second_note = item(id, GroupItemKind::Note, ids[1], None);
    let mut written = Vec::new();
    for it in [note, action, second_note] {
        let item_id = tx.insert_group_item(&it).await.expect("insert");
        written.push(GroupItem { id: item_id, ..it });
    }
    assert_eq!(tx.group_items(id).await.expect("read"), written);
    assert_eq!(
        tx.group_item(written[1].id).await.expect("read"),
        Some(written[1].clone())
    );
    assert_eq!(tx.group_item(written[2].id + 1).await.expect("read"), None);
    tx.commit().await.expect("commit");
}

async fn presentations_are_per_circle(db: Db) {
    let ids = people(&db, &["Ann", "Bo", "Cy"]).await;
    let mine = circle(&db, "circle-1", &ids).await;
    let other = circle(&db, "circle-2", &ids).await;
    let first = add_session(&db, &session("circle-1", Some(mine), 10_000)).await;
    let second = add_session(&db, &session("circle-1", Some(mine), 20_000)).await;
    let elsewhere = add_session(&db, &session("circle-2", Some(other), 15_000)).await;
    let mut tx = db.tx().await;
    let presented = |session, person, at| GroupMember {
        presented_at: at,
        ..member(session, person)
    };
    tx.upsert_group_member(&presented(first, ids[1], Some(10_500)))
        .await
        .expect("member");
    tx.upsert_group_member(&presented(first, ids[0], None))
        .await
        .expect("member");
    tx.upsert_group_member(&presented(second, ids[2], Some(20_500)))
        .await
        .expect("member");
    tx.upsert_group_member(&presented(second, ids[1], Some(21_000)))
        .await
        .expect("member");
    tx.upsert_group_member(&presented(elsewhere, ids[0], Some(15_500)))
        .await
        .expect("member");
    assert_eq!(
        tx.group_presentations(mine).await.expect("read"),
        vec![(ids[1], 10_500), (ids[2], 20_500), (ids[1], 21_000)]
    );
    assert_eq!(
        tx.group_presentations(other).await.expect("read"),
        vec![(ids[0], 15_500)]
    );
    tx.commit().await.expect("commit");
}

async fn a_locked_session_serialises_transactions(db: Db) {
    let id = add_session(&db, &session("circle-1", None, 10_000)).await;
    let order = Arc::new(Mutex::new(Vec::new()));
    let mut first = db.tx().await;
    let mut held = first
        .lock_group_session(id)
        .await
        .expect("lock")
        .expect("present");
    let second = tokio::spawn({
        let (db, order) = (db.clone(), order.clone());
        async move {
            let mut tx = db.tx().await;
            let seen = tx
                .lock_group_session(id)
                .await
                .expect("lock")
                .expect("present");
            order.lock().expect("order").push("second locked");
            tx.commit().await.expect("commit");
            seen
        }
    });
    // Give the second transaction every chance to overtake if locking were broken.
    tokio::time::sleep(Duration::from_millis(200)).await;
    held.state = GroupState::Running;
    first.update_group_session(&held).await.expect("update");
    order.lock().expect("order").push("first done");
    first.commit().await.expect("commit");
    let seen = second.await.expect("second transaction");
    assert_eq!(
        *order.lock().expect("order"),
        vec!["first done", "second locked"]
    );
    assert_eq!(
        seen.state,
        GroupState::Running,
        "the second transaction sees the first one's write"
    );
}

async fn stored_garbage_is_an_error_not_a_panic(db: Db) {
    let ids = people(&db, &["Ann"]).await;
    let id = add_session(&db, &session("circle-1", None, 10_000)).await;
    let corrupt = |sql: String| {
        let db = db.clone();
        async move { db.execute(&sql).await }
    };
    corrupt(format!(
        "UPDATE group_sessions SET round = 'not json' WHERE id = {id}"
    ))
    .await;
    let mut tx = db.tx().await;
    assert!(matches!(
        tx.group_session(id).await,
        Err(StoreError::Corrupt(_))
    ));
    tx.rollback().await.expect("rollback");
    corrupt(format!(
        "UPDATE group_sessions SET round = NULL, state = 'dancing' WHERE id = {id}"
    ))
    .await;
    let mut tx = db.tx().await;
    assert!(matches!(
        tx.open_group_sessions("console", "circle-1").await,
        Ok(list) if list.is_empty()
    ));
    assert!(matches!(
        tx.group_session(id).await,
        Err(StoreError::Corrupt(_))
    ));
    tx.rollback().await.expect("rollback");
    corrupt(format!(
        "UPDATE group_sessions SET state = 'scheduled', consent = 'maybe' WHERE id = {id}"
    ))
    .await;
    let mut tx = db.tx().await;
    assert!(matches!(
        tx.group_session(id).await,
        Err(StoreError::Corrupt(_))
    ));
    tx.upsert_group_member(&member(id, ids[0]))
        .await
        .expect("member");
    tx.commit().await.expect("commit");
    // The table refuses answers other than yes and no.
    let mut conn = AnyConnection::connect(&db.url).await.expect("connect");
    let refused = sqlx::query(AssertSqlSafe(format!(
        "UPDATE group_members SET rsvp = 'perhaps' WHERE session_id = {id}"
    )))
    .execute(&mut conn)
    .await;
    assert!(refused.is_err());
    conn.close().await.ok();
}

async fn erasure_removes_what_is_personal_and_keeps_the_session(db: Db) {
    let ids = people(&db, &["Ann", "Bo", "Cy"]).await;
    let (ann, bo, cy) = (ids[0], ids[1], ids[2]);
    let circle_id = circle(&db, "circle-1", &ids).await;
    let id = add_session(
        &db,
        &GroupSession {
            facilitator_id: Some(ann),
            ..session("circle-1", Some(circle_id), 10_000)
        },
    )
    .await;
    let mut tx = db.tx().await;
    tx.link_group_room(&GroupRoom {
        platform: "matrix".into(),
        room: "!room:example.org".into(),
        circle_id,
        linked_by: Some(ann),
        linked_at: 5_000,
    })
    .await
    .expect("link");
    for person in &ids {
        tx.upsert_group_member(&member(id, *person))
            .await
            .expect("member");
    }
    let her_note = tx
        .insert_group_item(&item(id, GroupItemKind::Note, ann, None))
        .await
        .expect("note");
    let her_action_for_bo = tx
        .insert_group_item(&item(id, GroupItemKind::Action, ann, Some(bo)))
        .await
        .expect("action");
    let bos_action_for_her = tx
        .insert_group_item(&item(id, GroupItemKind::Action, bo, Some(ann)))
        .await
        .expect("action");
    let cys_note = tx
        .insert_group_item(&item(id, GroupItemKind::Note, cy, None))
        .await
        .expect("note");
    tx.erase_person(ann).await.expect("erase");
    tx.commit().await.expect("commit");

    let mut tx = db.tx().await;
    let kept = tx.group_session(id).await.expect("read").expect("present");
    assert_eq!(kept.facilitator_id, None);
    let members: Vec<PersonId> = tx
        .group_members(id)
        .await
        .expect("read")
        .iter()
        .map(|m| m.person_id)
        .collect();
    assert_eq!(members, vec![bo, cy]);
    let items = tx.group_items(id).await.expect("read");
    let item_ids: Vec<i64> = items.iter().map(|i| i.id).collect();
    assert_eq!(item_ids, vec![her_action_for_bo, cys_note]);
    assert!(!item_ids.contains(&her_note) && !item_ids.contains(&bos_action_for_her));
    assert_eq!(items[0].author_id, None, "Bo keeps his action, without her");
    assert_eq!(items[0].owner_id, Some(bo));
    assert_eq!(
        tx.group_room("matrix", "!room:example.org")
            .await
            .expect("read")
            .map(|r| r.linked_by),
        Some(None)
    );
    tx.commit().await.expect("commit");
}
