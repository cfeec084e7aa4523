-- Mentoring pairs and their history, pairing exclusions, scheduled jobs, and
-- two new person fields. Keep this file and migrations/postgres/0003_pairs_and_jobs.sql
-- the same tables: only id columns and boolean/integer/real types differ.

-- How many mentees a mentor takes at once; existing people get the default.
ALTER TABLE persons ADD COLUMN capacity INTEGER NOT NULL DEFAULT 2 CHECK (capacity >= 0);
-- A contact address (set by imports), and the address lowercased by the
-- application, which is what is unique and what lookups match on.
ALTER TABLE persons ADD COLUMN email TEXT;
ALTER TABLE persons ADD COLUMN email_key TEXT;
-- ADD COLUMN cannot add a UNIQUE constraint on SQLite: a unique index does it.
CREATE UNIQUE INDEX persons_email_key ON persons (email_key) WHERE email_key IS NOT NULL;

CREATE TABLE pairs (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    mentor_id       INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    mentee_id       INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    state           TEXT NOT NULL,
    origin          TEXT NOT NULL,
    score           REAL NOT NULL,
    facts           TEXT NOT NULL,  -- JSON owned by the core
    mentor_accepted INTEGER NOT NULL DEFAULT 0 CHECK (mentor_accepted IN (0, 1)),
    mentee_accepted INTEGER NOT NULL DEFAULT 0 CHECK (mentee_accepted IN (0, 1)),
    respond_by      INTEGER,
    end_reason      TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    CHECK (mentor_id <> mentee_id)
) STRICT;
CREATE INDEX pairs_mentor ON pairs (mentor_id, state);
CREATE INDEX pairs_mentee ON pairs (mentee_id, state);
CREATE INDEX pairs_state ON pairs (state);

CREATE TABLE pair_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    pair_id    INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    at         INTEGER NOT NULL,
    actor      INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    from_state TEXT,
    to_state   TEXT NOT NULL,
    note       TEXT
) STRICT;
CREATE INDEX pair_events_pair ON pair_events (pair_id, at, id);
CREATE INDEX pair_events_actor ON pair_events (actor);

-- Who asked not to be paired with whom, as recorded (one direction per row).
CREATE TABLE exclusions (
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    other_id  INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, other_id)
) STRICT;
CREATE INDEX exclusions_other ON exclusions (other_id);

-- Work for later (reminders, deadlines, nudges). The payload is the core's
-- JSON; a key, when set, names the job so scheduling it again moves it.
-- A claim is a lease (claimed_until), as in the outbox.
CREATE TABLE jobs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    key           TEXT UNIQUE,
    due_at        INTEGER NOT NULL,
    payload       TEXT NOT NULL,
    claimed_until INTEGER,
    attempts      INTEGER NOT NULL DEFAULT 0,
    done_at       INTEGER
) STRICT;
CREATE INDEX jobs_pending ON jobs (due_at, id) WHERE done_at IS NULL;
-- for when the next claim runs out (next_job_due)
CREATE INDEX jobs_claimed ON jobs (claimed_until) WHERE done_at IS NULL AND claimed_until IS NOT NULL;
