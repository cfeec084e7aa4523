-- The knowledge base: entries, the change log the search indexes of every
-- instance catch up from, feedback votes, and questions passed to mentors.
-- Keep this file and migrations/postgres/0006_knowledge.sql the same tables:
-- only id columns and boolean/integer types differ.

CREATE TABLE entries (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    language    TEXT NOT NULL,  -- ISO 639-1
    tags        TEXT NOT NULL,  -- JSON array of competence ids
    -- NULL once the author is erased (the entry stays only with their consent)
    author_id   INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    anonymous   INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    source      TEXT NOT NULL,
    -- NULL: the whole programme reads it; else only that pair
    pair_id     INTEGER REFERENCES pairs (id) ON DELETE CASCADE,
    consent     INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    -- the tally of entry_feedback, kept here because ranking reads it
    helpful     INTEGER NOT NULL DEFAULT 0 CHECK (helpful >= 0),
    not_helpful INTEGER NOT NULL DEFAULT 0 CHECK (not_helpful >= 0),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX entries_author ON entries (author_id);
CREATE INDEX entries_pair ON entries (pair_id);

-- One row per insert, update, feedback and delete of an entry, in commit
-- order. No foreign key: a deleted entry's change must stay.
CREATE TABLE entry_changes (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id INTEGER NOT NULL,
    at       INTEGER NOT NULL
) STRICT;

-- One vote per person and entry; a later vote replaces the earlier one.
CREATE TABLE entry_feedback (
    entry_id  INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    helpful   INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    PRIMARY KEY (entry_id, person_id)
) STRICT;
CREATE INDEX entry_feedback_person ON entry_feedback (person_id);

-- Questions nobody could answer, passed to mentors.
CREATE TABLE questions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    asker_id       INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    text           TEXT NOT NULL,
    language       TEXT NOT NULL,
    tags           TEXT NOT NULL,  -- JSON array of competence ids
    answered_by    INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    answer         TEXT,
    asker_consent  INTEGER NOT NULL DEFAULT 0 CHECK (asker_consent IN (0, 1)),
    mentor_consent INTEGER NOT NULL DEFAULT 0 CHECK (mentor_consent IN (0, 1)),
    -- the entry the answer became
    entry_id       INTEGER REFERENCES entries (id) ON DELETE SET NULL,
    created_at     INTEGER NOT NULL,
    answered_at    INTEGER
) STRICT;
CREATE INDEX questions_asker ON questions (asker_id);
CREATE INDEX questions_answered_by ON questions (answered_by);
CREATE INDEX questions_entry ON questions (entry_id);
