//! `/ask` with a language model (issue 5), through the whole core: a Bot on
//! SQLite with the tantivy index and the real async-openai adapter, talking
//! to an OpenAI-compatible stand-in on 127.0.0.1 that this test starts.
//!
//! - The request the bot sends: the configured model, the retrieved entries
//!   (and no others) in the prompt, the question, and the asker's language
//!   (a German-speaking asker; one source is English, one German).
//! - The canned answer's `[n]` citations map to the right titles and authors.
//! - A server error (HTTP 500) and a server slower than the configured
//!   timeout both fall back to the passages, and the reply says so.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use bot_core::clock::{ManualClock, RandomCodes};
use bot_core::config::CoreConfig;
use bot_core::i18n::Locales;
use bot_core::message::AccountKey;
use bot_core::model::{Account, Entry, EntryKind, EntrySource, Person};
use bot_core::ports::Store;
use bot_core::reference::CompetenceMap;
use bot_core::{Bot, Deps, Services};
use console_adapter::transcript::{TranscriptHost, replay};
use llm_adapter::{LlmConfig, OpenAiModel};
use serde_json::{Value, json};
use storage::knowledge::TantivyIndex;
use tokio::net::TcpListener;

/// Tuesday 1 December 2026, 09:00 UTC.
const START_MS: i64 = 1_796_115_600_000;
const MODEL: &str = "mentor-cloud-test-model";

const QUESTION: &str =
    "Wie kalkuliere ich den Exportpreis, wenn der Distributor eine Marge verlangt?";

const EN_TITLE: &str = "Pricing for a distributor abroad";
const EN_BODY: &str = "Work backwards from the shelf price in the target market. \
Subtract VAT, the retailer's share and the distributor's cut; what remains must cover \
freight, duties and your own profit.\n\nAsk the distributor to show you the price \
calculation of a comparable product before you quote.";
const DE_TITLE: &str = "Exportpreis richtig kalkulieren";
const DE_BODY: &str = "Kalkulieren Sie den Exportpreis rückwärts vom Endkundenpreis im \
Zielmarkt. Die Marge des Distributors liegt oft bei 20 bis 30 Prozent.\n\nVergessen Sie \
Zoll und Fracht nicht.";
/// Nothing in it matches the question: it must stay out of the prompt.
const OTHER_TITLE: &str = "Running a member survey in a cluster";
const OTHER_BODY: &str = "Keep surveys short: five questions at most, one open. \
Send them after an event, when people remember it, and share the results.";

/// `kb-anonymous` in German, for Jonas, who chose not to be named.
const ANONYMOUS: &str = "ein Mitglied des Programms";

/// The model's canned answer: it cites both sources and one that does not exist.
const WRITTEN: &str = "Rechnen Sie vom Endkundenpreis im Zielmarkt rückwärts [2]. \
Planen Sie für den Distributor 20 bis 30 Prozent Marge ein [1][7].";

// ---------------------------------------------------------------------------
// The stand-in server.

#[derive(Clone, Debug)]
enum Mode {
    /// A chat completion with this text.
    Answer(&'static str),
    /// HTTP 500.
    Fail,
    /// Waits this long, then answers.
    Slow(Duration),
}

struct Shared {
    mode: Mode,
    /// Every request body, oldest first.
    requests: Mutex<Vec<(String, Value)>>,
}

struct StandIn {
    base_url: String,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl StandIn {
    async fn start(mode: Mode) -> Self {
        let shared = Arc::new(Shared {
            mode,
            requests: Mutex::new(Vec::new()),
        });
        let app = Router::new().fallback(serve).with_state(shared.clone());
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address = listener.local_addr().expect("address");
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("serve");
        });
        Self {
            base_url: format!("http://{address}/v1"),
            shared,
            task,
        }
    }

    fn requests(&self) -> Vec<(String, Value)> {
        self.shared.requests.lock().expect("requests").clone()
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(
    State(shared): State<Arc<Shared>>,
    uri: axum::http::Uri,
    body: String,
) -> (StatusCode, [(header::HeaderName, &'static str); 1], String) {
    let request: Value = serde_json::from_str(&body).unwrap_or(Value::String(body));
    shared
        .requests
        .lock()
        .expect("requests")
        .push((uri.path().to_owned(), request.clone()));
    let json = [(header::CONTENT_TYPE, "application/json")];
    match &shared.mode {
        Mode::Answer(text) => (StatusCode::OK, json, completion(&request, text)),
        Mode::Fail => (
            StatusCode::INTERNAL_SERVER_ERROR,
            json,
            r#"{"error":{"message":"the model crashed","type":"server_error","param":null,"code":null}}"#
                .to_owned(),
        ),
        Mode::Slow(delay) => {
            tokio::time::sleep(*delay).await;
            (StatusCode::OK, json, completion(&request, "too late [1]"))
        }
    }
}

fn completion(request: &Value, text: &str) -> String {
    json!({
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1_796_115_600,
        "model": request["model"],
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": text},
            "finish_reason": "stop"
        }],
        "usage": {"prompt_tokens": 100, "completion_tokens": 30, "total_tokens": 130}
    })
    .to_string()
}

// ---------------------------------------------------------------------------
// The bot.

struct Host {
    url: String,
    clock: Arc<ManualClock>,
    llm: Arc<OpenAiModel>,
}

#[async_trait]
impl TranscriptHost for Host {
    async fn start_bot(&mut self) -> Bot {
        let store: Arc<dyn Store> = Arc::new(storage::connect(&self.url).await.expect("connect"));
        let competences =
            std::fs::read_to_string("config/competences.toml").expect("competence map");
        let index = TantivyIndex::open(store.clone(), None)
            .await
            .expect("search index");
        Bot::with_services(
            Deps {
                store,
                clock: self.clock.clone(),
                codes: Arc::new(RandomCodes::seeded(11)),
                locales: Arc::new(Locales::load().expect("locales")),
                competences: Arc::new(CompetenceMap::parse(&competences).expect("map")),
                config: Arc::new(CoreConfig::default()),
            },
            Services {
                knowledge: Some(Arc::new(index)),
                llm: Some(self.llm.clone()),
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

fn person(name: &str, locale: &str, languages: &[&str]) -> Person {
    Person {
        country: Some("DE".to_owned()),
        languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        timezone: Some("Europe/Berlin".to_owned()),
        ..Person::new(name.to_owned(), locale.to_owned(), START_MS)
    }
}

fn entry(title: &str, body: &str, language: &str, author: i64, anonymous: bool) -> Entry {
    Entry {
        id: 0,
        kind: EntryKind::Article,
        title: title.to_owned(),
        body: body.to_owned(),
        language: language.to_owned(),
        tags: vec!["internationalisation".to_owned()],
        author_id: Some(author),
        anonymous,
        source: EntrySource::Shared,
        pair_id: None,
        consent: true,
        hidden: false,
        helpful: 0,
        not_helpful: 0,
        created_at: START_MS,
        updated_at: START_MS,
    }
}

/// The ids of the English and the German entry.
struct Seeded {
    en: i64,
    de: i64,
}

/// Anna (German-speaking, the asker), Maria (author of the English entry,
/// named) and Jonas (author of the German entry, anonymous).
async fn seed(store: &dyn Store) -> Seeded {
    let mut tx = store.begin().await.expect("begin");
    let mut ids = Vec::new();
    for (handle, p) in [
        ("anna", person("Anna Berg", "de", &["de", "en"])),
        ("maria", person("Maria Schulz", "en", &["en"])),
        ("jonas", person("Jonas Keller", "de", &["de"])),
    ] {
        let id = tx.insert_person(&p).await.expect("person");
        tx.upsert_account(&Account {
            key: AccountKey::new("console", handle),
            person_id: Some(id),
            display_name: handle.to_owned(),
            locale: None,
            last_seen_at: START_MS,
        })
        .await
        .expect("account");
        ids.push(id);
    }
    let en = tx
        .insert_entry(&entry(EN_TITLE, EN_BODY, "en", ids[1], false))
        .await
        .expect("entry");
    let de = tx
        .insert_entry(&entry(DE_TITLE, DE_BODY, "de", ids[2], true))
        .await
        .expect("entry");
    tx.insert_entry(&entry(OTHER_TITLE, OTHER_BODY, "en", ids[1], false))
        .await
        .expect("entry");
    tx.commit().await.expect("commit");
    Seeded { en, de }
}

/// Seeds a fresh SQLite store, asks the question as Anna through a bot
/// whose model is at `server`, and returns what the console showed.
async fn ask(server: &StandIn, timeout_seconds: u64) -> (String, Seeded) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/bot.db", dir.path().display());
    let seeded = seed(&storage::connect(&url).await.expect("connect")).await;
    let mut config = LlmConfig::new(server.base_url.clone(), MODEL);
    config.timeout_seconds = timeout_seconds;
    let llm = Arc::new(OpenAiModel::new(config).expect("model"));
    let mut host = Host {
        url,
        clock: Arc::new(ManualClock::new(START_MS)),
        llm,
    };
    let replayed = replay(&format!("anna: /ask {QUESTION}\n"), &mut host).await;
    (replayed.actual, seeded)
}

/// The system and user messages of a chat-completion request.
fn messages(request: &Value) -> (String, String) {
    let messages = request["messages"].as_array().expect("messages");
    assert_eq!(messages.len(), 2, "{request}");
    assert_eq!(messages[0]["role"], "system", "{request}");
    assert_eq!(messages[1]["role"], "user", "{request}");
    let text = |m: &Value| m["content"].as_str().expect("text content").to_owned();
    (text(&messages[0]), text(&messages[1]))
}

/// The number a source has in the prompt: `[n] title (language)` then its text.
fn number_in_prompt(user: &str, title: &str, language: &str, body: &str) -> usize {
    let found: Vec<usize> = (1..=4)
        .filter(|n| user.contains(&format!("[{n}] {title} ({language})\n{body}")))
        .collect();
    assert_eq!(found.len(), 1, "{title} once in the prompt:\n{user}");
    found[0]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_model_answers_from_the_retrieved_entries_in_the_askers_language() {
    let server = StandIn::start(Mode::Answer(WRITTEN)).await;
    let (actual, seeded) = ask(&server, 5).await;

    // One request, to the chat-completions endpoint, for the configured model.
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    let (path, request) = &requests[0];
    assert_eq!(path, "/v1/chat/completions");
    assert_eq!(request["model"], MODEL);
    let (system, user) = messages(request);

    // In the asker's language, whatever the sources' languages.
    assert!(
        system.contains(
            "Write your answer in Deutsch, even when the sources are in other languages."
        ),
        "{system}"
    );
    // The question, and the two entries that match it (each with its
    // language), and not the one that does not.
    assert!(
        user.starts_with(&format!("Question: {QUESTION}\n")),
        "{user}"
    );
    let en = number_in_prompt(&user, EN_TITLE, "English", EN_BODY);
    let de = number_in_prompt(&user, DE_TITLE, "Deutsch", DE_BODY);
    assert_eq!(
        {
            let mut both = [en, de];
            both.sort_unstable();
            both
        },
        [1, 2],
        "{user}"
    );
    assert!(!user.contains(OTHER_TITLE), "{user}");
    assert!(!user.contains("[3]"), "{user}");

    // The reply: the model's text without the dangling [7], then the cited
    // sources by number, each with title, author and language.
    let written = WRITTEN.replace("[7]", "");
    assert!(actual.contains(&format!("→ anna: {written}\n")), "{actual}");
    assert!(!actual.contains("[7]"), "{actual}");
    let source = |n: usize| {
        if n == en {
            format!(
                "  • [{n}] „{EN_TITLE}“, Autor: Maria Schulz (English, #{})\n",
                seeded.en
            )
        } else {
            format!(
                "  • [{n}] „{DE_TITLE}“, Autor: {ANONYMOUS} (Deutsch, #{})\n",
                seeded.de
            )
        }
    };
    let expected = format!("  Quellen:\n{}{}", source(1), source(2));
    assert!(actual.contains(&expected), "{expected}\nin\n{actual}");
    // Jonas chose to be anonymous: his name is nowhere.
    assert!(!actual.contains("Jonas"), "{actual}");
    // No fallback note, no passages.
    assert!(!actual.contains("Schreibassistent"), "{actual}");
    assert!(!actual.contains("Textstellen"), "{actual}");
    assert!(
        actual.contains("[1] Hilfreich  [2] Nicht hilfreich  [3] Einen Mentor fragen"),
        "{actual}"
    );
}

/// The reply without a model: the passages, marked with their language
/// when it is not the asker's, the sources, and `note`.
fn assert_passages(actual: &str, seeded: &Seeded, note: &str) {
    assert!(
        actual.contains("→ anna: Die relevantesten Textstellen, die ich gefunden habe:\n"),
        "{actual}"
    );
    assert!(
        actual.contains(&format!("{EN_TITLE} (English): Work backwards")),
        "the English passage, marked as English: {actual}"
    );
    assert!(
        actual.contains(&format!("{DE_TITLE}: Kalkulieren Sie den Exportpreis")),
        "the German passage, unmarked: {actual}"
    );
    assert!(
        actual.contains(&format!(
            "„{EN_TITLE}“, Autor: Maria Schulz (English, #{})",
            seeded.en
        )),
        "{actual}"
    );
    assert!(
        actual.contains(&format!(
            "„{DE_TITLE}“, Autor: {ANONYMOUS} (Deutsch, #{})",
            seeded.de
        )),
        "{actual}"
    );
    assert!(!actual.contains(OTHER_TITLE), "{actual}");
    assert!(
        actual.contains(&format!("  {note}\n")),
        "{note}\nin\n{actual}"
    );
    assert!(!actual.contains("too late"), "{actual}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_error_falls_back_to_the_passages_and_says_so() {
    let server = StandIn::start(Mode::Fail).await;
    let (actual, seeded) = ask(&server, 5).await;

    // Asked (and retried once, as the adapter does for server errors).
    let requests = server.requests();
    assert!(!requests.is_empty() && requests.len() <= 2, "{requests:?}");
    assert_eq!(requests[0].1["model"], MODEL);
    assert_passages(
        &actual,
        &seeded,
        "(Der Schreibassistent ist nicht verfügbar, daher hier die Textstellen selbst.)",
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_server_times_out_and_the_passages_say_so() {
    let server = StandIn::start(Mode::Slow(Duration::from_secs(4))).await;
    let started = std::time::Instant::now();
    let (actual, seeded) = ask(&server, 1).await;
    let elapsed = started.elapsed();

    assert_eq!(server.requests().len(), 1);
    // The bot did not wait for the server's late answer.
    assert!(elapsed < Duration::from_secs(4), "{elapsed:?}");
    assert_passages(
        &actual,
        &seeded,
        "(Der Schreibassistent hat zu lange gebraucht, daher hier die Textstellen selbst.)",
    );
}
