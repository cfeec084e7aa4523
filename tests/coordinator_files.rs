//! The coordinator's files, opened the way a coordinator opens them: on a
//! small programme in SQLite (three people, a pair, a held session with
//! hours, a group session's hours, a delivered report), `/export` sends the
//! five CSV files, parsed back here row by row; `/stats` sends its charts as
//! PNG images, decoded here and of the renderer's size; and the binary's
//! `mentor-cloud export DIR` writes the same CSV files.

use std::collections::BTreeMap;
use std::process::Command;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use bot_core::clock::{ManualClock, RandomCodes};
use bot_core::config::CoreConfig;
use bot_core::delivery::{DeliveryPolicy, DeliveryWorker};
use bot_core::i18n::Locales;
use bot_core::message::{AccountKey, Address, Chat, Content, FileAttachment, Incoming, Outgoing};
use bot_core::model::{
    Account, CompetenceClaim, Direction, HoursEntry, HoursKind, MeetingMode, MentorStatus, Pair,
    PairOrigin, PairState, Person, PersonId, Report, Session, SessionState,
};
use bot_core::ports::{Store, Transport, TransportError};
use bot_core::reference::CompetenceMap;
use bot_core::rules::{Deliverable, DeliveredBy, DueFrom};
use bot_core::{Bot, Deps, Services};

const BIN: &str = env!("CARGO_BIN_EXE_mentor-cloud");

/// Tuesday 1 December 2026, 09:00 UTC.
const START_MS: i64 = 1_796_115_600_000;
const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR_MS;

/// An organisation whose name needs quoting in CSV.
const TRICKY_ORGANISATION: &str = "Baltic \"Bytes\", Ltd";

/// Keeps every message the bot sends, in order.
#[derive(Default)]
struct Captured {
    sent: Mutex<Vec<(Address, Outgoing)>>,
}

#[async_trait]
impl Transport for Captured {
    fn platform(&self) -> &str {
        "console"
    }

    async fn send(&self, to: &Address, message: &Outgoing, _: &str) -> Result<(), TransportError> {
        self.sent
            .lock()
            .expect("captured messages")
            .push((to.clone(), message.clone()));
        Ok(())
    }
}

impl Captured {
    fn take(&self) -> Vec<Outgoing> {
        std::mem::take(&mut *self.sent.lock().expect("captured messages"))
            .into_iter()
            .map(|(_, message)| message)
            .collect()
    }
}

fn deliverable() -> Deliverable {
    Deliverable {
        id: "goals-agreement".into(),
        title: [("en".to_owned(), "Goals agreement".to_owned())].into(),
        due_from: DueFrom::Pair,
        due_days: 14,
        by: DeliveredBy::Mentee,
        questions: [(
            "en".to_owned(),
            vec!["What do you want to achieve?".to_owned()],
        )]
        .into(),
        language: "en".into(),
    }
}

fn person(name: &str, country: &str, zone: &str, status: MentorStatus) -> Person {
    Person {
        country: Some(country.to_owned()),
        languages: vec!["en".to_owned()],
        timezone: Some(zone.to_owned()),
        mentor_status: status,
        ..Person::new(name.to_owned(), "en".to_owned(), START_MS - 30 * DAY_MS)
    }
}

/// The ids of what was stored.
struct Seeded {
    carol: PersonId,
    maria: PersonId,
    anna: PersonId,
    pair: i64,
    session: i64,
}

/// Carol (coordinator, EE), Maria (mentor, DE), Anna (mentee, SE); Maria
/// and Anna an active pair since 20 days, with a session held 3 days ago
/// (an hour for each), Anna's 40 minutes in a group session, and Anna's
/// goals agreement delivered.
async fn seed(store: &dyn Store) -> Seeded {
    let mut tx = store.begin().await.expect("begin");
    let mut carol = person("Carol Kask", "EE", "Europe/Tallinn", MentorStatus::None);
    carol.is_coordinator = true;
    let mut maria = person(
        "Maria Schulz",
        "DE",
        "Europe/Berlin",
        MentorStatus::Approved,
    );
    maria.email = Some("maria@example.org".into());
    maria.organisation = Some(TRICKY_ORGANISATION.into());
    maria.languages = vec!["en".into(), "de".into()];
    let anna = person("Anna Berg", "SE", "Europe/Stockholm", MentorStatus::None);
    let mut ids = Vec::new();
    for (handle, p) in [("carol", carol), ("maria", maria), ("anna", anna)] {
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
    let (carol, maria, anna) = (ids[0], ids[1], ids[2]);
    tx.set_competences(
        maria,
        &[CompetenceClaim {
            competence: "digital-transformation".into(),
            direction: Direction::Offers,
            years: Some(12),
        }],
    )
    .await
    .expect("Maria's competences");
    tx.set_competences(
        anna,
        &[
            CompetenceClaim {
                competence: "digital-transformation".into(),
                direction: Direction::Seeks,
                years: None,
            },
            CompetenceClaim {
                competence: "sales-marketing".into(),
                direction: Direction::Seeks,
                years: None,
            },
        ],
    )
    .await
    .expect("Anna's competences");
    let paired_at = START_MS - 20 * DAY_MS;
    // Stored as a proposal, then made active the one way the store allows.
    let mut pair = Pair {
        id: 0,
        mentor_id: maria,
        mentee_id: anna,
        state: PairState::Proposed,
        origin: PairOrigin::Matching,
        score: 0.825,
        facts: serde_json::json!({}),
        mentor_accepted: true,
        mentee_accepted: true,
        respond_by: None,
        end_reason: None,
        created_at: paired_at,
        updated_at: paired_at,
    };
    pair.id = tx.insert_pair(&pair).await.expect("pair");
    pair.state = PairState::Active;
    assert!(tx.occupy_place(&pair).await.expect("pair"), "a free place");
    let pair = pair.id;
    let held_at = START_MS - 3 * DAY_MS;
    let session = tx
        .insert_session(&Session {
            id: 0,
            pair_id: pair,
            booked_by: anna,
            starts_at: held_at,
            minutes: 60,
            mode: MeetingMode::Online,
            place: None,
            state: SessionState::Held,
            series_id: None,
            repeat: None,
            timezone: "Europe/Stockholm".into(),
            created_at: paired_at,
            updated_at: held_at,
        })
        .await
        .expect("session");
    for (who, pair_id, session_id, kind, minutes) in [
        (anna, Some(pair), Some(session), HoursKind::Bilateral, 60),
        (maria, Some(pair), Some(session), HoursKind::Bilateral, 60),
        (anna, None, None, HoursKind::Group, 40),
    ] {
        tx.insert_hours(&HoursEntry {
            id: 0,
            person_id: who,
            pair_id,
            session_id,
            kind,
            minutes,
            on: held_at,
            note: None,
            created_at: held_at,
        })
        .await
        .expect("hours");
    }
    tx.insert_report(&Report {
        id: 0,
        person_id: anna,
        pair_id: Some(pair),
        deliverable: "goals-agreement".into(),
        answers: vec!["Sell in two Nordic markets.".into()],
        language: "en".into(),
        submitted_at: START_MS - 2 * DAY_MS,
    })
    .await
    .expect("report");
    tx.commit().await.expect("commit");
    Seeded {
        carol,
        maria,
        anna,
        pair,
        session,
    }
}

fn bot(store: Arc<dyn Store>) -> Bot {
    let competences = std::fs::read_to_string("config/competences.toml").expect("competence map");
    Bot::with_services(
        Deps {
            store,
            clock: Arc::new(ManualClock::new(START_MS)),
            codes: Arc::new(RandomCodes::seeded(11)),
            locales: Arc::new(Locales::load().expect("locales")),
            competences: Arc::new(CompetenceMap::parse(&competences).expect("map")),
            config: Arc::new(CoreConfig {
                coordinators: vec!["console:carol".into()],
                deliverables: vec![deliverable()],
                ..CoreConfig::default()
            }),
        },
        Services {
            charts: Some(Arc::new(charts::PngCharts::new())),
            ..Services::default()
        },
    )
}

/// Carol says or chooses something in her direct chat; what the bot sent back.
async fn carol(bot: &Bot, transport: &Arc<Captured>, content: Content) -> Vec<Outgoing> {
    bot.handle(Incoming {
        from: AccountKey::new("console", "carol"),
        display_name: "carol".into(),
        chat: Chat::Direct,
        content,
        event_id: None,
        locale_hint: None,
    })
    .await
    .expect("the bot handles Carol's message");
    let deps = bot.deps();
    DeliveryWorker::new(
        deps.store.clone(),
        deps.clock.clone(),
        transport.clone(),
        DeliveryPolicy::default(),
    )
    .drain()
    .await
    .expect("delivery");
    transport.take()
}

/// A CSV file as its header and its rows, each row by column name.
struct Table {
    header: Vec<String>,
    rows: Vec<BTreeMap<String, String>>,
}

fn parse_csv(name: &str, bytes: &[u8]) -> Table {
    let mut reader = csv::Reader::from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .unwrap_or_else(|e| panic!("{name}: header: {e}"))
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|record| {
            let record = record.unwrap_or_else(|e| panic!("{name}: row: {e}"));
            assert_eq!(record.len(), header.len(), "{name}: ragged row {record:?}");
            header
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_owned))
                .collect()
        })
        .collect();
    Table { header, rows }
}

fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

/// The five files, checked column by column against the seeded programme.
fn check_csvs(files: &BTreeMap<String, Vec<u8>>, seeded: &Seeded) {
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "deliverables.csv",
            "hours.csv",
            "pairs.csv",
            "participants.csv",
            "sessions.csv"
        ]
    );
    let table = |name: &str| parse_csv(name, &files[name]);

    let participants = table("participants.csv");
    assert_eq!(
        participants.header,
        header(&[
            "id",
            "email",
            "name",
            "country",
            "organisation",
            "sector",
            "career_stage",
            "languages",
            "offers",
            "seeks",
            "mentor_status",
            "capacity",
            "coordinator",
            "timezone",
            "joined_utc",
        ])
    );
    assert_eq!(participants.rows.len(), 3);
    let by_name: BTreeMap<&str, &BTreeMap<String, String>> = participants
        .rows
        .iter()
        .map(|r| (r["name"].as_str(), r))
        .collect();
    let maria = by_name["Maria Schulz"];
    assert_eq!(maria["id"], seeded.maria.to_string());
    assert_eq!(maria["email"], "maria@example.org");
    assert_eq!(maria["organisation"], TRICKY_ORGANISATION);
    assert_eq!(maria["languages"], "en;de");
    assert_eq!(maria["offers"], "digital-transformation");
    assert_eq!(maria["seeks"], "");
    assert_eq!(maria["mentor_status"], "approved");
    assert_eq!(maria["coordinator"], "false");
    assert_eq!(maria["timezone"], "Europe/Berlin");
    assert_eq!(maria["joined_utc"], "2026-11-01 09:00");
    let anna = by_name["Anna Berg"];
    assert_eq!(anna["id"], seeded.anna.to_string());
    assert_eq!(anna["country"], "SE");
    assert_eq!(anna["seeks"], "digital-transformation;sales-marketing");
    assert_eq!(anna["offers"], "");
    let carol = by_name["Carol Kask"];
    assert_eq!(carol["id"], seeded.carol.to_string());
    assert_eq!(carol["coordinator"], "true");

    let pairs = table("pairs.csv");
    assert_eq!(
        pairs.header,
        header(&[
            "id",
            "mentor_id",
            "mentor",
            "mentee_id",
            "mentee",
            "state",
            "origin",
            "score",
            "end_reason",
            "created_utc",
            "updated_utc",
        ])
    );
    assert_eq!(pairs.rows.len(), 1);
    let pair = &pairs.rows[0];
    assert_eq!(pair["id"], seeded.pair.to_string());
    assert_eq!(pair["mentor_id"], seeded.maria.to_string());
    assert_eq!(pair["mentor"], "Maria Schulz");
    assert_eq!(pair["mentee_id"], seeded.anna.to_string());
    assert_eq!(pair["mentee"], "Anna Berg");
    assert_eq!(pair["state"], "active");
    assert_eq!(pair["origin"], "matching");
    assert_eq!(pair["score"], "0.82");
    assert_eq!(pair["end_reason"], "");
    assert_eq!(pair["created_utc"], "2026-11-11 09:00");

    let sessions = table("sessions.csv");
    assert_eq!(
        sessions.header,
        header(&[
            "id",
            "pair_id",
            "starts_utc",
            "minutes",
            "mode",
            "state",
            "series_id",
            "booked_by",
        ])
    );
    assert_eq!(sessions.rows.len(), 1);
    let session = &sessions.rows[0];
    assert_eq!(session["id"], seeded.session.to_string());
    assert_eq!(session["pair_id"], seeded.pair.to_string());
    assert_eq!(session["starts_utc"], "2026-11-28 09:00");
    assert_eq!(session["minutes"], "60");
    assert_eq!(session["mode"], "online");
    assert_eq!(session["state"], "held");
    assert_eq!(session["series_id"], "");
    assert_eq!(session["booked_by"], seeded.anna.to_string());

    let hours = table("hours.csv");
    assert_eq!(
        hours.header,
        header(&[
            "id",
            "person_id",
            "person",
            "pair_id",
            "session_id",
            "kind",
            "hours",
            "on_utc",
        ])
    );
    let mut rows: Vec<(String, String, String, String, String)> = hours
        .rows
        .iter()
        .map(|r| {
            assert_eq!(r["on_utc"], "2026-11-28 09:00");
            (
                r["person"].clone(),
                r["pair_id"].clone(),
                r["session_id"].clone(),
                r["kind"].clone(),
                r["hours"].clone(),
            )
        })
        .collect();
    rows.sort();
    let (pair_id, session_id) = (seeded.pair.to_string(), seeded.session.to_string());
    assert_eq!(
        rows,
        [
            (
                "Anna Berg".to_owned(),
                String::new(),
                String::new(),
                "group".to_owned(),
                "0.67".to_owned()
            ),
            (
                "Anna Berg".to_owned(),
                pair_id.clone(),
                session_id.clone(),
                "bilateral".to_owned(),
                "1.00".to_owned()
            ),
            (
                "Maria Schulz".to_owned(),
                pair_id,
                session_id,
                "bilateral".to_owned(),
                "1.00".to_owned()
            ),
        ]
    );

    let deliverables = table("deliverables.csv");
    assert_eq!(
        deliverables.header,
        header(&[
            "pair_id",
            "deliverable",
            "owner_id",
            "owner",
            "delivered_utc"
        ])
    );
    assert_eq!(deliverables.rows.len(), 1);
    let delivered = &deliverables.rows[0];
    assert_eq!(delivered["pair_id"], seeded.pair.to_string());
    assert_eq!(delivered["deliverable"], "goals-agreement");
    assert_eq!(delivered["owner_id"], seeded.anna.to_string());
    assert_eq!(delivered["owner"], "Anna Berg");
    assert_eq!(delivered["delivered_utc"], "2026-11-29 09:00");
}

fn files_by_name(files: &[FileAttachment]) -> BTreeMap<String, Vec<u8>> {
    files.iter().map(|f| (f.name.clone(), f.bytes())).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_sends_five_csv_files_that_parse_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/bot.db", dir.path().display());
    let store: Arc<dyn Store> = Arc::new(storage::connect(&url).await.expect("connect"));
    let seeded = seed(store.as_ref()).await;
    let bot = bot(store);
    let transport = Arc::new(Captured::default());

    // A coordinator is asked whose data: their own or the programme's.
    let asked = carol(&bot, &transport, Content::Text("/export".into())).await;
    assert_eq!(asked.len(), 1);
    let choices = asked[0].choices.as_ref().expect("a choice");
    assert!(
        choices
            .options
            .iter()
            .any(|o| o.token == "export:programme"),
        "{choices:?}"
    );
    let sent = carol(
        &bot,
        &transport,
        Content::Choice(vec!["export:programme".into()]),
    )
    .await;
    assert_eq!(sent.len(), 1, "one message with the files");
    let message = &sent[0];
    assert!(message.private);
    assert_eq!(message.files.len(), 5);
    for file in &message.files {
        assert_eq!(file.mime, "text/csv", "{}", file.name);
    }
    check_csvs(&files_by_name(&message.files), &seeded);
}

/// A decoded chart: its size, and how many different colours it has.
fn decode(name: &str, bytes: &[u8]) -> (u32, u32, usize) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder
        .read_info()
        .unwrap_or_else(|e| panic!("{name}: PNG header: {e}"));
    let mut pixels = vec![0; reader.output_buffer_size().expect("a buffer size")];
    let info = reader
        .next_frame(&mut pixels)
        .unwrap_or_else(|e| panic!("{name}: PNG frame: {e}"));
    pixels.truncate(info.buffer_size());
    let channels = info.color_type.samples();
    assert_eq!(info.bit_depth, png::BitDepth::Eight, "{name}");
    assert_eq!(
        pixels.len(),
        info.width as usize * info.height as usize * channels,
        "{name}"
    );
    let colours: std::collections::BTreeSet<&[u8]> = pixels.chunks(channels).collect();
    (info.width, info.height, colours.len())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_send_charts_as_png_images_of_the_renderers_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/bot.db", dir.path().display());
    let store: Arc<dyn Store> = Arc::new(storage::connect(&url).await.expect("connect"));
    seed(store.as_ref()).await;
    let bot = bot(store);
    let transport = Arc::new(Captured::default());

    let sent = carol(&bot, &transport, Content::Text("/stats".into())).await;
    assert_eq!(sent.len(), 1);
    let message = &sent[0];
    assert!(message.private);
    let text = message.text.to_plain();
    for expected in [
        "People: 3 (mentees 1, approved mentors 1",
        "By country: DE 1, EE 1, SE 1",
        "Pairs: 1 active",
        "Sessions: 1 held, 0 upcoming",
        "Hours logged: 2.67 h, of which 2 h in bilateral sessions",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    let names: Vec<&str> = message.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "hours-per-pair.png",
            "sessions-per-week.png",
            "people-by-country.png"
        ]
    );
    let (width, height) = charts::PngCharts::new().size();
    assert_eq!((width, height), (1000, 600));
    for file in &message.files {
        assert_eq!(file.mime, "image/png", "{}", file.name);
        assert!(file.is_image());
        let (w, h, colours) = decode(&file.name, &file.bytes());
        assert_eq!((w, h), (width, height), "{}", file.name);
        // Bars, axes, text: far more than a blank or single-colour image.
        assert!(colours > 8, "{} looks blank: {colours} colours", file.name);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_writes_the_same_csv_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("data").join("bot.db");
    std::fs::create_dir_all(db.parent().expect("a folder")).expect("data folder");
    let url = format!("sqlite://{}", db.display());
    {
        let store = storage::connect(&url).await.expect("connect");
        let seeded = seed(&store).await;
        drop(store);
        // A configuration of its own, with the deliverable, in a working
        // folder of its own; the competence map is the built-in one.
        let work = dir.path().join("work");
        std::fs::create_dir_all(&work).expect("work folder");
        let config = work.join("programme.toml");
        std::fs::write(
            &config,
            "default_language = \"en\"\n\
             coordinators = [\"console:carol\"]\n\
             \n\
             [[deliverables]]\n\
             id = \"goals-agreement\"\n\
             title = { en = \"Goals agreement\" }\n\
             due_from = \"pair\"\n\
             due_days = 14\n\
             by = \"mentee\"\n\
             language = \"en\"\n\
             questions = { en = [\"What do you want to achieve?\"] }\n",
        )
        .expect("write the configuration");
        let out = work.join("export");
        let output = Command::new(BIN)
            .current_dir(&work)
            .env("MENTOR_CLOUD_DATABASE_URL", &url)
            .env("MENTOR_CLOUD_CONFIG", &config)
            .arg("export")
            .arg(&out)
            .output()
            .expect("run mentor-cloud export");
        assert!(
            output.status.success(),
            "exit {:?}: {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        // It names each file it wrote.
        let stdout = String::from_utf8_lossy(&output.stdout);
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(&out).expect("the export folder") {
            let path = entry.expect("an entry").path();
            let name = path
                .file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            assert!(stdout.contains(&name), "{name} not named in:\n{stdout}");
            files.insert(name, std::fs::read(&path).expect("read a file"));
        }
        check_csvs(&files, &seeded);
    }
}
