//! The knowledge search index on a real store (SQLite in a temporary
//! directory): analysis per language, the reader's scope, hidden and
//! deleted entries, several indexes on one database, rebuilds, and queries
//! meant to break things.

use std::path::Path;
use std::sync::Arc;

use bot_core::model::*;
use bot_core::ports::{KnowledgeIndex, SearchScope, Store, StoreTx};
use storage::SqlStore;
use storage::knowledge::TantivyIndex;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

struct Kb {
    store: SqlStore,
    _dir: tempfile::TempDir,
}

impl Kb {
    async fn new() -> Result<Kb> {
        let dir = tempfile::tempdir()?;
        let store = storage::connect(&format!("sqlite://{}/bot.db", dir.path().display())).await?;
        Ok(Kb { store, _dir: dir })
    }

    fn shared(&self) -> Arc<dyn Store> {
        Arc::new(self.store.clone())
    }

    async fn index(&self) -> Result<TantivyIndex> {
        Ok(TantivyIndex::open(self.shared(), None).await?)
    }

    async fn index_in(&self, dir: &Path) -> Result<TantivyIndex> {
        Ok(TantivyIndex::open(self.shared(), Some(dir.to_owned())).await?)
    }

    async fn tx(&self) -> Result<Box<dyn StoreTx>> {
        Ok(self.store.begin().await?)
    }

    async fn person(&self, name: &str) -> Result<PersonId> {
        let mut tx = self.tx().await?;
        let id = tx.insert_person(&person(name)).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn add(&self, entry: Entry) -> Result<i64> {
        let mut tx = self.tx().await?;
        let id = tx.insert_entry(&entry).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Reads an entry, changes it, writes it back.
    async fn change(&self, id: i64, edit: impl FnOnce(&mut Entry)) -> Result {
        let mut tx = self.tx().await?;
        let mut entry = tx.entry(id).await?.ok_or("no such entry")?;
        edit(&mut entry);
        tx.update_entry(&entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn delete(&self, id: i64) -> Result {
        let mut tx = self.tx().await?;
        tx.delete_entry(id).await?;
        tx.commit().await?;
        Ok(())
    }
}

fn person(name: &str) -> Person {
    Person {
        languages: vec![],
        ..Person::new(name.to_owned(), "en".to_owned(), 1_000)
    }
}

fn entry(language: &str, title: &str, body: &str) -> Entry {
    Entry {
        id: 0,
        kind: EntryKind::Article,
        title: title.to_owned(),
        body: body.to_owned(),
        language: language.to_owned(),
        tags: vec![],
        author_id: None,
        anonymous: false,
        source: EntrySource::Imported,
        pair_id: None,
        consent: true,
        hidden: false,
        helpful: 0,
        not_helpful: 0,
        created_at: 1_000,
        updated_at: 1_000,
    }
}

fn everyone() -> SearchScope {
    SearchScope::default()
}

/// The ids found for `query` by the whole programme, best first.
async fn ids(index: &dyn KnowledgeIndex, query: &str) -> Result<Vec<i64>> {
    ids_in(index, query, &everyone()).await
}

async fn ids_in(index: &dyn KnowledgeIndex, query: &str, scope: &SearchScope) -> Result<Vec<i64>> {
    let hits = index.search(query, scope, 10).await?;
    assert!(
        hits.windows(2).all(|w| w[0].score >= w[1].score),
        "best first: {hits:?}"
    );
    assert!(hits.iter().all(|h| h.score > 0.0), "{hits:?}");
    Ok(hits.into_iter().map(|h| h.entry_id).collect())
}

/// A small corpus in several languages; returns the ids by a short name.
async fn corpus(kb: &Kb) -> Result<Corpus> {
    Ok(Corpus {
        en_mentor: kb
            .add(entry(
                "en",
                "Mentoring across borders",
                "A mentor shares experience; the mentee sets the goals of each session.",
            ))
            .await?,
        en_budget: kb
            .add(entry(
                "en",
                "Planning a budget",
                "Cash flow, costs and a simple spreadsheet for small companies.",
            ))
            .await?,
        de_finance: kb
            .add(entry(
                "de",
                "Finanzierungen für kleine Unternehmen",
                "Förderprogramme, Bankkredite und Beteiligungen im Überblick.",
            ))
            .await?,
        ru_mentor: kb
            .add(entry(
                "ru",
                "Наставничество в малом бизнесе",
                "Наставники помогают предпринимателям ставить цели.",
            ))
            .await?,
        pl_management: kb
            .add(entry(
                "pl",
                "Zarządzanie zespołem",
                "Jak prowadzić spotkania i delegować zadania.",
            ))
            .await?,
        ar_export: kb
            .add(entry(
                "ar",
                "التصدير إلى أوروبا",
                "خطوات عملية للشركات الصغيرة التي تريد التصدير.",
            ))
            .await?,
    })
}

struct Corpus {
    en_mentor: i64,
    en_budget: i64,
    de_finance: i64,
    ru_mentor: i64,
    pl_management: i64,
    ar_export: i64,
}

#[tokio::test]
async fn each_language_is_stemmed_by_its_own_analyser() -> Result {
    let kb = Kb::new().await?;
    let c = corpus(&kb).await?;
    let index = kb.index().await?;
    assert_eq!(index.num_docs(), 6);

    // Word forms join through the entry's language's stemmer.
    assert_eq!(ids(&index, "mentoring").await?.first(), Some(&c.en_mentor));
    assert_eq!(ids(&index, "mentors").await?.first(), Some(&c.en_mentor));
    assert_eq!(ids(&index, "budgets planned").await?, vec![c.en_budget]);
    assert_eq!(ids(&index, "Finanzierung").await?, vec![c.de_finance]);
    assert_eq!(
        ids(&index, "unternehmen finanzierungen").await?,
        vec![c.de_finance]
    );
    assert_eq!(ids(&index, "наставник").await?, vec![c.ru_mentor]);
    assert_eq!(ids(&index, "бизнеса").await?, vec![c.ru_mentor]);
    // Polish has no stemmer: lowercased and without diacritics, whole words.
    assert_eq!(ids(&index, "ZARZADZANIE").await?, vec![c.pl_management]);
    assert_eq!(ids(&index, "zespołem").await?, vec![c.pl_management]);
    assert_eq!(ids(&index, "التصدير").await?, vec![c.ar_export]);
    // Nothing relevant: nothing found.
    assert_eq!(ids(&index, "astronomy telescope").await?, Vec::<i64>::new());
    Ok(())
}

#[tokio::test]
async fn titles_count_more_and_feedback_tips_the_balance() -> Result {
    let kb = Kb::new().await?;
    let in_title = kb
        .add(entry("en", "Pricing", "How to set a price for a service."))
        .await?;
    let in_body = kb
        .add(entry(
            "en",
            "Selling",
            "Pricing is one of many things to decide.",
        ))
        .await?;
    let index = kb.index().await?;
    assert_eq!(ids(&index, "pricing").await?, vec![in_title, in_body]);

    // Two twins: the one people found helpful comes first.
    let twin_a = kb
        .add(entry(
            "en",
            "Networking events",
            "Meet people at networking events.",
        ))
        .await?;
    let twin_b = kb
        .add(entry(
            "en",
            "Networking events",
            "Meet people at networking events.",
        ))
        .await?;
    let voters = [kb.person("V1").await?, kb.person("V2").await?];
    index.refresh().await?;
    assert_eq!(ids(&index, "networking").await?, vec![twin_a, twin_b]);
    let mut tx = kb.tx().await?;
    for voter in voters {
        tx.record_feedback(twin_b, voter, true).await?;
    }
    tx.record_feedback(twin_a, voters[0], false).await?;
    tx.commit().await?;
    index.refresh().await?;
    assert_eq!(ids(&index, "networking").await?, vec![twin_b, twin_a]);
    Ok(())
}

#[tokio::test]
async fn tags_are_searchable() -> Result {
    let kb = Kb::new().await?;
    let tagged = kb
        .add(Entry {
            tags: vec!["digital.marketing".to_owned()],
            ..entry("de", "Kunden gewinnen", "Wie man neue Kunden findet.")
        })
        .await?;
    let index = kb.index().await?;
    assert_eq!(ids(&index, "marketing").await?, vec![tagged]);
    Ok(())
}

#[tokio::test]
async fn entries_of_a_pair_are_found_only_by_that_pair() -> Result {
    let kb = Kb::new().await?;
    let mentor = kb.person("Mentor").await?;
    let mentee = kb.person("Mentee").await?;
    let mut tx = kb.tx().await?;
    let pair = tx
        .insert_pair(&Pair {
            id: 0,
            mentor_id: mentor,
            mentee_id: mentee,
            state: PairState::Proposed,
            origin: PairOrigin::Matching,
            score: 1.0,
            facts: serde_json::json!({}),
            mentor_accepted: false,
            mentee_accepted: false,
            respond_by: None,
            end_reason: None,
            created_at: 1,
            updated_at: 1,
        })
        .await?;
    tx.commit().await?;
    let public = kb
        .add(entry("en", "Export paperwork", "Customs forms explained."))
        .await?;
    let private = kb
        .add(Entry {
            pair_id: Some(pair),
            ..entry("en", "Our export plan", "Customs notes from our session.")
        })
        .await?;
    let index = kb.index().await?;

    assert_eq!(ids(&index, "customs").await?, vec![public]);
    let ours = SearchScope { pairs: vec![pair] };
    let mut found = ids_in(&index, "customs", &ours).await?;
    found.sort_unstable();
    assert_eq!(found, vec![public, private]);
    let others = SearchScope {
        pairs: vec![pair + 1, pair + 2],
    };
    assert_eq!(ids_in(&index, "customs", &others).await?, vec![public]);

    // Many private entries that match better never crowd out what the
    // reader may see: the scope is applied while collecting, not after.
    for i in 0..30 {
        kb.add(Entry {
            pair_id: Some(pair),
            ..entry("en", "customs customs", &format!("customs note {i}"))
        })
        .await?;
    }
    index.refresh().await?;
    let hits = index.search("customs", &everyone(), 3).await?;
    assert_eq!(
        hits.iter().map(|h| h.entry_id).collect::<Vec<_>>(),
        vec![public]
    );
    assert_eq!(index.search("customs", &ours, 3).await?.len(), 3);
    Ok(())
}

#[tokio::test]
async fn hidden_and_deleted_entries_leave_search_at_the_next_refresh() -> Result {
    let kb = Kb::new().await?;
    let c = corpus(&kb).await?;
    let hidden_from_start = kb
        .add(Entry {
            hidden: true,
            ..entry("en", "Secret mentoring tricks", "mentor mentor mentor")
        })
        .await?;
    let index = kb.index().await?;
    assert!(!ids(&index, "mentor").await?.contains(&hidden_from_start));
    assert_eq!(index.num_docs(), 6);

    kb.change(c.en_mentor, |e| e.hidden = true).await?;
    kb.delete(c.de_finance).await?;
    index.refresh().await?;
    assert_eq!(ids(&index, "mentoring").await?, Vec::<i64>::new());
    assert_eq!(ids(&index, "Finanzierung").await?, Vec::<i64>::new());
    assert_eq!(index.num_docs(), 4);

    // Shown again, and edited: found by its new words only.
    kb.change(c.en_mentor, |e| {
        e.hidden = false;
        e.title = "Coaching across borders".to_owned();
        e.body = "A coach asks questions.".to_owned();
    })
    .await?;
    index.refresh().await?;
    assert_eq!(ids(&index, "coaching").await?, vec![c.en_mentor]);
    assert_eq!(ids(&index, "mentoring").await?, Vec::<i64>::new());

    // Refreshing with nothing new changes nothing.
    let before = index.checkpoint().await;
    index.refresh().await?;
    assert_eq!(index.checkpoint().await, before);
    assert_eq!(before.seq, kb.store.last_entry_change().await?);
    Ok(())
}

#[tokio::test]
async fn an_erased_author_s_entries_follow_their_consent() -> Result {
    let kb = Kb::new().await?;
    let ann = kb.person("Ann").await?;
    let kept = kb
        .add(Entry {
            author_id: Some(ann),
            consent: true,
            ..entry("en", "Negotiation basics", "Anchor high, listen more.")
        })
        .await?;
    let gone = kb
        .add(Entry {
            author_id: Some(ann),
            consent: false,
            ..entry(
                "en",
                "Negotiation stories",
                "What happened at my last negotiation.",
            )
        })
        .await?;
    let index = kb.index().await?;
    let mut found = ids(&index, "negotiation").await?;
    found.sort_unstable();
    assert_eq!(found, vec![kept, gone]);

    let mut tx = kb.tx().await?;
    tx.erase_person(ann).await?;
    tx.commit().await?;
    index.refresh().await?;
    assert_eq!(ids(&index, "negotiation").await?, vec![kept]);
    Ok(())
}

#[tokio::test]
async fn indexes_on_one_database_converge_through_the_change_log() -> Result {
    let kb = Kb::new().await?;
    let c = corpus(&kb).await?;
    let first: Arc<dyn KnowledgeIndex> = Arc::new(kb.index().await?);
    let second: Arc<dyn KnowledgeIndex> = Arc::new(kb.index().await?);

    // Written "by" the first instance, which refreshes after its write.
    let new = kb
        .add(entry(
            "en",
            "Mentoring circles",
            "Peers mentor each other in circles.",
        ))
        .await?;
    kb.delete(c.en_budget).await?;
    kb.change(c.ru_mentor, |e| e.hidden = true).await?;
    first.refresh().await?;
    assert!(ids(&*first, "circles").await? == vec![new]);
    // The second sees none of it until it refreshes, then all of it.
    assert_eq!(ids(&*second, "circles").await?, Vec::<i64>::new());
    second.refresh().await?;
    for query in ["circles", "budget", "наставник", "mentoring"] {
        assert_eq!(
            ids(&*first, query).await?,
            ids(&*second, query).await?,
            "{query}"
        );
    }
    assert_eq!(ids(&*second, "budget").await?, Vec::<i64>::new());

    // Refreshes racing on one index apply each change once.
    let third = Arc::new(kb.index().await?);
    kb.add(entry("en", "Racing refreshes", "race race")).await?;
    let (a, b) = tokio::join!(third.refresh(), third.refresh());
    a?;
    b?;
    assert_eq!(ids(&*third, "race").await?.len(), 1);
    Ok(())
}

#[tokio::test]
async fn a_stored_index_resumes_or_is_rebuilt_when_stale() -> Result {
    let kb = Kb::new().await?;
    let c = corpus(&kb).await?;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("index");
    {
        let index = kb.index_in(&path).await?;
        assert_eq!(ids(&index, "Finanzierung").await?, vec![c.de_finance]);
    }

    // Changes while no instance runs: picked up from the log at start.
    let later = kb
        .add(entry("en", "Written while down", "offline mentoring"))
        .await?;
    kb.delete(c.de_finance).await?;
    {
        let index = kb.index_in(&path).await?;
        assert_eq!(ids(&index, "offline").await?, vec![later]);
        assert_eq!(ids(&index, "Finanzierung").await?, Vec::<i64>::new());
        assert_eq!(
            index.checkpoint().await.seq,
            kb.store.last_entry_change().await?
        );
    }

    // The same index directory with a new, empty database: the index is
    // ahead of the log, so it is rebuilt (empty).
    let fresh = Kb::new().await?;
    {
        let index = fresh.index_in(&path).await?;
        assert_eq!(index.num_docs(), 0);
        assert_eq!(ids(&index, "offline").await?, Vec::<i64>::new());
    }

    // Another database whose log is longer than the index's checkpoint:
    // the change at the checkpoint is about another entry, so rebuilt too.
    let other = Kb::new().await?;
    for i in 0..20 {
        other
            .add(entry("en", &format!("Other {i}"), "other database"))
            .await?;
    }
    {
        let index = kb.index_in(&path).await?;
        assert_eq!(ids(&index, "offline").await?, vec![later]);
    }
    {
        let index = other.index_in(&path).await?;
        assert_eq!(index.num_docs(), 20);
        assert_eq!(ids(&index, "offline").await?, Vec::<i64>::new());
    }

    // An unreadable index is started anew, and files not its own stay.
    std::fs::write(path.join("meta.json"), b"{ not json")?;
    std::fs::write(path.join("notes.txt"), b"mine")?;
    {
        let index = kb.index_in(&path).await?;
        assert_eq!(ids(&index, "offline").await?, vec![later]);
        assert_eq!(index.num_docs(), 6);
    }
    assert_eq!(std::fs::read(path.join("notes.txt"))?, b"mine");

    // An explicit rebuild keeps what is there.
    let index = kb.index_in(&path).await?;
    index.rebuild().await?;
    assert_eq!(index.num_docs(), 6);
    assert_eq!(ids(&index, "mentee").await?, vec![c.en_mentor]);
    Ok(())
}

#[tokio::test]
async fn hostile_queries_never_fail() -> Result {
    let kb = Kb::new().await?;
    let c = corpus(&kb).await?;
    let index = kb.index().await?;
    let long = "mentor ".repeat(20_000);
    let one_token = "x".repeat(100_000);
    let queries = [
        "",
        "   ",
        "\"",
        "\"unclosed phrase",
        "(((",
        ")",
        "title:",
        "title:mentor",
        ":",
        "-",
        "-mentor",
        "+",
        "*",
        "mentor*",
        "~2",
        "mentor^10",
        "[a TO z]",
        "{}",
        "AND OR NOT",
        "a:b:c",
        "\\",
        "'; DROP TABLE entries; --",
        "كيف أصدّر إلى أوروبا؟",
        "\u{202E}rotnem",
        "🙂🚀👩🏽‍💼",
        "\u{0}\u{1}\u{7f}",
        "mentor\u{0}ing",
        "𝔪𝔢𝔫𝔱𝔬𝔯",
        long.as_str(),
        one_token.as_str(),
    ];
    for query in queries {
        for limit in [0, 1, 10, usize::MAX] {
            let hits = index.search(query, &everyone(), limit).await;
            assert!(hits.is_ok(), "{:?}: {hits:?}", query.get(..40));
        }
    }
    // Syntax is not syntax: the words in it still count.
    assert_eq!(ids(&index, "title:(\"mentee\"").await?, vec![c.en_mentor]);
    assert_eq!(ids(&index, "-mentee").await?, vec![c.en_mentor]);
    assert_eq!(index.search("", &everyone(), 5).await?, vec![]);
    assert_eq!(index.search("mentor", &everyone(), 0).await?, vec![]);
    assert!(!ids(&index, long.as_str()).await?.is_empty());
    Ok(())
}
