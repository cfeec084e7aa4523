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
    TextAnalyzer, TokenizerManager,
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
