//! A group session's written summary with a language model (a fake one
//! here): asked before `/group end`'s transaction, added to the summary in
//! the room and at the head of the knowledge entry, which names nobody.
//! Without an answer from the model the structured summary stands alone;
//! someone who is not one of the session's people never makes the bot call it.

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use bot_core::clock::{ManualClock, RandomCodes};
use bot_core::config::CoreConfig;
use bot_core::i18n::Locales;
use bot_core::message::AccountKey;
use bot_core::model::{Account, Circle, EntryKind, MentorStatus, Person, PersonId};
use bot_core::ports::{LanguageModel, LanguageModelError, Store};
use bot_core::reference::CompetenceMap;
use bot_core::{Bot, Deps, Services};
use console_adapter::transcript::{TranscriptHost, replay};

/// Tuesday 1 December 2026, 09:00 UTC.
const START_MS: i64 = 1_796_115_600_000;

/// Answers every request with `answer` (or fails), and keeps the prompts.
struct FakeModel {
    answer: Option<String>,
    prompts: Mutex<Vec<(String, String)>>,
}

#[async_trait]
impl LanguageModel for FakeModel {
    async fn complete(&self, system: &str, user: &str) -> Result<String, LanguageModelError> {
        self.prompts
            .lock()
            .expect("prompts")
            .push((system.to_owned(), user.to_owned()));
        self.answer.clone().ok_or(LanguageModelError::Timeout)
    }

    async fn embed(&self, _: &[String]) -> Result<Option<Vec<Vec<f32>>>, LanguageModelError> {
        Ok(None)
    }
}

struct Host {
    url: String,
    clock: Arc<ManualClock>,
    model: Arc<FakeModel>,
}

#[async_trait]
impl TranscriptHost for Host {
    async fn start_bot(&mut self) -> Bot {
        let store = storage::connect(&self.url).await.expect("connect");
        let competences =
            std::fs::read_to_string("config/competences.toml").expect("competence map");
        Bot::with_services(
            Deps {
                store: Arc::new(store),
                clock: self.clock.clone(),
                codes: Arc::new(RandomCodes::seeded(7)),
                locales: Arc::new(Locales::load().expect("locales")),
                competences: Arc::new(CompetenceMap::parse(&competences).expect("map")),
                config: Arc::new(CoreConfig::default()),
            },
            Services {
                llm: Some(self.model.clone()),
                ..Services::default()
            },
        )
    }

    fn clock(&self) -> Arc<ManualClock> {
        self.clock.clone()
    }

    fn configure(&mut self, setting: &str) -> Result<(), String> {
        Err(format!("no settings here: {setting}"))
    }
}

fn person(name: &str, status: MentorStatus) -> Person {
    Person {
        country: Some("SE".to_owned()),
        languages: vec!["en".to_owned()],
        timezone: Some("Europe/Stockholm".to_owned()),
        mentor_status: status,
        ..Person::new(name.to_owned(), "en".to_owned(), START_MS)
    }
}

/// Maria (an approved mentor) and Anna in circle-1, and Zoe outside it,
/// each with a console account named after them.
async fn seed(store: &dyn Store) -> Vec<PersonId> {
    let mut tx = store.begin().await.expect("begin");
    let mut ids = Vec::new();
    for (name, status) in [
        ("Maria Schulz", MentorStatus::Approved),
        ("Anna Berg", MentorStatus::None),
        ("Zoe Lund", MentorStatus::None),
    ] {
        let id = tx
            .insert_person(&person(name, status))
            .await
            .expect("person");
        let handle = name
            .split_whitespace()
            .next()
            .unwrap_or(name)
            .to_lowercase();
        tx.upsert_account(&Account {
            key: AccountKey::new("console", handle.clone()),
            person_id: Some(id),
            display_name: handle,
            locale: None,
            last_seen_at: START_MS,
        })
        .await
        .expect("account");
        ids.push(id);
    }
    tx.insert_circle(&Circle {
        id: 0,
        name: "circle-1".into(),
        language: "en".into(),
        competences: vec!["digital-transformation".into()],
        members: ids[..2].to_vec(),
        created_at: START_MS,
    })
    .await
    .expect("circle");
    tx.commit().await.expect("commit");
    ids
}

const SESSION: &str = "\
#circle-1 maria: /group start Exporting to Denmark
#circle-1 anna: /here
#circle-1 maria: /note Start with pilot customers in one city.
#circle-1 anna: /action maria Send the export checklist
%advance 30m
#circle-1 zoe: /group end
#circle-1 maria: /group end
anna: 1
maria: 1
";

async fn run(answer: Option<&str>) -> (String, Arc<FakeModel>, String, Vec<PersonId>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/bot.db", dir.path().display());
    let store = storage::connect(&url).await.expect("connect");
    let ids = seed(&store).await;
    let model = Arc::new(FakeModel {
        answer: answer.map(str::to_owned),
        prompts: Mutex::new(Vec::new()),
    });
    let mut host = Host {
        url: url.clone(),
        clock: Arc::new(ManualClock::new(START_MS)),
        model: model.clone(),
    };
    let replayed = replay(SESSION, &mut host).await;
    let mut tx = store.begin().await.expect("begin");
    let entries = tx.entries_by(ids[0]).await.expect("entries");
    tx.rollback().await.expect("rollback");
    assert_eq!(entries.len(), 1, "{}", replayed.actual);
    let entry = &entries[0];
    assert_eq!(entry.kind, EntryKind::SessionNotes);
    assert!(entry.consent && entry.pair_id.is_none());
    assert_eq!(entry.tags, vec!["digital-transformation".to_owned()]);
    assert_eq!(
        entry.title,
        "Group session: Exporting to Denmark (2026-12-01)"
    );
    (replayed.actual, model, entry.body.clone(), ids)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_model_writes_the_summary_from_the_notes_and_nobody_is_named() {
    let written = "The group agreed to test the Danish market with a few pilot customers first.";
    let (actual, model, body, _) = run(Some(written)).await;
    // Asked once: not for Zoe, who is none of the session's people.
    let prompts = model.prompts.lock().expect("prompts").clone();
    assert_eq!(prompts.len(), 1, "{actual}");
    let (system, user) = &prompts[0];
    assert!(system.contains("Write in English"));
    assert!(user.starts_with("Topic: Exporting to Denmark"));
    assert!(user.contains("- Start with pilot customers in one city."));
    assert!(user.contains("- Send the export checklist"));
    for name in ["Maria", "Anna", "Zoe"] {
        assert!(!user.contains(name), "the model sees no names: {user}");
        assert!(!body.contains(name), "the entry names nobody: {body}");
    }
    assert!(
        actual.contains(&format!("  In short:\n  {written}\n")),
        "{actual}"
    );
    assert!(actual.contains("  • Maria Schulz: Send the export checklist\n"));
    assert_eq!(
        body,
        format!(
            "{written}\n\nNotes:\n- Start with pilot customers in one city.\n\n\
             Agreed next steps:\n- Send the export checklist"
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_the_models_answer_the_structured_summary_stands_alone() {
    let (actual, model, body, _) = run(None).await;
    assert_eq!(model.prompts.lock().expect("prompts").len(), 1);
    assert!(!actual.contains("In short:"), "{actual}");
    assert!(actual.contains("  • Start with pilot customers in one city.\n"));
    assert_eq!(
        body,
        "Notes:\n- Start with pilot customers in one city.\n\n\
         Agreed next steps:\n- Send the export checklist"
    );
}
