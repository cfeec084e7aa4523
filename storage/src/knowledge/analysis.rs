//! How text becomes terms: one analyser per language with a stemmer in
//! tantivy, one plain analyser for every other language, and the schema
//! that gives each analyser a title and a body field of its own.
//!
//! An entry's text goes into its language's fields only; a query goes
//! through every analyser and is looked up in that analyser's fields, so
//! "mentoring" finds an English "mentor" through the English stemmer while
//! "Finanzierungen" finds a German "Finanzierung" through the German one.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, TokenizerManager,
};

/// Tokens longer than this (in bytes) are dropped: no word is, and a pasted
/// blob should not fill the dictionary.
const MAX_TOKEN_BYTES: usize = 100;

/// One way of turning text into terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Analyser {
    /// The ISO 639-1 code it serves, or "plain" for all others.
    pub code: &'static str,
    stemmer: Option<Language>,
}

/// The programme's languages that tantivy can stem, and the plain analyser
/// (Polish, Estonian, Latvian, Lithuanian and any other language) last.
pub(crate) const ANALYSERS: [Analyser; 10] = [
    stemmed("en", Language::English),
    stemmed("de", Language::German),
    stemmed("fr", Language::French),
    stemmed("ru", Language::Russian),
    stemmed("da", Language::Danish),
    stemmed("sv", Language::Swedish),
    stemmed("fi", Language::Finnish),
    stemmed("tr", Language::Turkish),
    stemmed("ar", Language::Arabic),
    Analyser {
        code: "plain",
        stemmer: None,
    },
];

/// The plain analyser's place in [`ANALYSERS`]; tags use it too.
pub(crate) const PLAIN: usize = ANALYSERS.len() - 1;

const fn stemmed(code: &'static str, language: Language) -> Analyser {
    Analyser {
        code,
        stemmer: Some(language),
    }
}

impl Analyser {
    fn tokenizer_name(self) -> String {
        format!("mc_{}", self.code)
    }

    /// Words split at anything not a letter or digit (so quotes, brackets,
    /// `:` and `-` are never syntax), lowercased, stemmed where a stemmer
    /// exists, then stripped of diacritics, so that "creer" finds "créer"
    /// and "zarzadzanie" finds "zarządzanie". Folding comes after stemming,
    /// which needs the real letters.
    pub(crate) fn analyzer(self) -> TextAnalyzer {
        let base = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser);
        match self.stemmer {
            Some(language) => base
                .filter(Stemmer::new(language))
                .filter(AsciiFoldingFilter)
                .build(),
            None => base.filter(AsciiFoldingFilter).build(),
        }
    }

    /// The analyser for queries: as [`Analyser::analyzer`], but without
    /// function words ("how", "do", "the"; "wie", "ich"), which nearly
    /// every entry has, so that a question finds entries by what it is
    /// about, and one about nothing in the base finds nothing.
    ///
    /// A query goes through every analyser, so the function words of every
    /// language with a list are left out in each: otherwise an English
    /// "do" finds the German "To-do-Liste" and the Polish "do". The price
    /// is the rare content word that is a function word elsewhere (the
    /// French "eu", the German "war"). Only queries drop them: the index
    /// keeps every word, so the lists can change without a rebuild.
    pub(crate) fn query_analyzer(self) -> TextAnalyzer {
        // Every language with a stemmer and a stop list (Turkish and Arabic have none).
        let base = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
            .filter(StopWordFilter::remove(
                ENGLISH_STOP_WORDS.split_whitespace().map(str::to_owned),
            ))
            .filter(stop_words(Language::German))
            .filter(stop_words(Language::French))
            .filter(stop_words(Language::Russian))
            .filter(stop_words(Language::Danish))
            .filter(stop_words(Language::Swedish))
            .filter(stop_words(Language::Finnish));
        match self.stemmer {
            Some(language) => base
                .filter(Stemmer::new(language))
                .filter(AsciiFoldingFilter)
                .build(),
            None => base.filter(AsciiFoldingFilter).build(),
        }
    }
}

/// English function words: the Snowball list (tantivy's own English list is
/// Lucene's short one, which keeps question words such as "how" and "do").
const ENGLISH_STOP_WORDS: &str = "\
    i me my myself we our ours ourselves you your yours yourself yourselves he him \
    his himself she her hers herself it its itself they them their theirs themselves \
    what which who whom this that these those am is are was were be been being have \
    has had having do does did doing would should could ought can will a an the and \
    but if or because as until while of at by for with about against between into \
    through during before after above below to from up down in out on off over under \
    again further then once here there when where why how all any both each few more \
    most other some such no nor not only own same so than too very";

/// A language's stop words from tantivy (none for a language without a list).
fn stop_words(language: Language) -> StopWordFilter {
    StopWordFilter::new(language).unwrap_or_else(|| StopWordFilter::remove(Vec::new()))
}

/// The analyser for an entry's language: its stemmer when there is one,
/// else the plain one. Region subtags ("de-AT") and case do not matter.
pub(crate) fn analyser_of(language: &str) -> usize {
    let primary = language
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    ANALYSERS
        .iter()
        .position(|a| a.stemmer.is_some() && a.code == primary)
        .unwrap_or(PLAIN)
}

/// The index's fields.
#[derive(Debug, Clone)]
pub(crate) struct Fields {
    /// The entry's id: indexed to delete by, fast to read results by.
    pub id: Field,
    /// The pair an entry is private to, or 0 (ids start at 1) for the
    /// whole programme: fast, read for each candidate while collecting.
    pub pair: Field,
    /// helpful − not_helpful, for the small feedback boost.
    pub votes: Field,
    /// Per analyser, in [`ANALYSERS`] order.
    pub titles: Vec<Field>,
    pub bodies: Vec<Field>,
    /// Competence ids, through the plain analyser.
    pub tags: Field,
}

/// Text fields keep term frequencies (BM25 needs them, and block-WAND
/// pruning needs them to bound scores) but no positions: there are no
/// phrase queries, and positions would double the index.
fn text_options(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

/// The schema, and its fields. Nothing is stored: the database has the
/// entries, the index only finds their ids.
pub(crate) fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let id = builder.add_i64_field("id", INDEXED | FAST);
    let pair = builder.add_i64_field("pair", FAST);
    let votes = builder.add_i64_field("votes", FAST);
    let mut titles = Vec::with_capacity(ANALYSERS.len());
    let mut bodies = Vec::with_capacity(ANALYSERS.len());
    for analyser in ANALYSERS {
        let options = text_options(&analyser.tokenizer_name());
        titles.push(builder.add_text_field(&format!("title_{}", analyser.code), options.clone()));
        bodies.push(builder.add_text_field(&format!("body_{}", analyser.code), options));
    }
    let tags = builder.add_text_field("tags", text_options(&ANALYSERS[PLAIN].tokenizer_name()));
    let fields = Fields {
        id,
        pair,
        votes,
        titles,
        bodies,
        tags,
    };
    (builder.build(), fields)
}

/// Registers every analyser under the name the schema gives it.
pub(crate) fn register(tokenizers: &TokenizerManager) {
    for analyser in ANALYSERS {
        tokenizers.register(&analyser.tokenizer_name(), analyser.analyzer());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(code: &str, text: &str) -> Vec<String> {
        let mut analyzer = ANALYSERS[analyser_of(code)].analyzer();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    fn query_terms(code: &str, text: &str) -> Vec<String> {
        let mut analyzer = ANALYSERS[analyser_of(code)].query_analyzer();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn queries_leave_out_function_words_and_the_index_keeps_them() {
        assert_eq!(
            query_terms("en", "How do I register a trademark?"),
            ["regist", "trademark"]
        );
        assert_eq!(
            query_terms("de", "Wie finde ich Investoren für mein Start-up?"),
            ["find", "investor", "start"]
        );
        assert_eq!(
            query_terms("ru", "Как найти инвесторов?"),
            ["найт", "инвестор"]
        );
        assert!(query_terms("en", "What is it?").is_empty());
        // Every analyser leaves out every language's function words: an
        // English question's "do" is no German or Polish word.
        assert_eq!(
            query_terms("de", "How do I register a trademark?"),
            ["regist", "trademark"]
        );
        assert_eq!(
            query_terms("pl", "How do I sell in Sweden?"),
            ["sell", "sweden"]
        );
        assert_eq!(
            query_terms("en", "Wie finde ich Investoren?"),
            ["find", "investoren"]
        );
        // The index keeps every word.
        assert_eq!(terms("en", "How do I"), ["how", "do", "i"]);
        assert_eq!(terms("de", "To-do-Liste"), ["to", "do", "list"]);
    }

    #[test]
    fn languages_find_their_analyser() {
        assert_eq!(ANALYSERS[analyser_of("en")].code, "en");
        assert_eq!(ANALYSERS[analyser_of("DE-at")].code, "de");
        assert_eq!(ANALYSERS[analyser_of("ar_EG")].code, "ar");
        for plain in ["pl", "et", "lv", "lt", "", "xx", "plain", "🙂"] {
            assert_eq!(analyser_of(plain), PLAIN, "{plain}");
        }
    }

    #[test]
    fn stemmers_join_word_forms() {
        assert_eq!(terms("en", "Mentoring"), terms("en", "mentor"));
        assert_eq!(terms("de", "Finanzierungen"), terms("de", "Finanzierung"));
        assert_eq!(terms("ru", "наставниками"), terms("ru", "наставник"));
        assert_eq!(terms("fr", "créer"), terms("fr", "creer"));
    }

    #[test]
    fn syntax_is_only_a_separator() {
        assert_eq!(
            terms("en", "title:(\"cash\" -flow) AND OR* ~2 ^3 [a TO b]"),
            [
                "titl", "cash", "flow", "and", "or", "2", "3", "a", "to", "b"
            ]
        );
        assert!(terms("pl", "🙂🙂 \u{202E} \u{0}").is_empty());
        assert_eq!(terms("pl", "Zarządzanie"), ["zarzadzanie"]);
        assert_eq!(terms("lv", "x".repeat(200).as_str()), Vec::<String>::new());
    }
}
