-- The programme's records. Keep this file and migrations/postgres/0001_initial.sql
-- the same tables: only id columns and boolean/integer types differ.
--
-- STRICT tables make SQLite check column types the way PostgreSQL does.
-- AUTOINCREMENT keeps ids from being reused, as PostgreSQL identities never
-- are: an erased person's id must never come back as someone else.
-- Instants are milliseconds since the Unix epoch, UTC.

CREATE TABLE persons (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    name               TEXT NOT NULL,
    -- name lowercased by the application (Unicode-aware, unlike SQLite's lower())
    name_key           TEXT NOT NULL,
    locale             TEXT NOT NULL,
    country            TEXT,
    organisation       TEXT,
    sector             TEXT,
    career_stage       TEXT,
    languages          TEXT NOT NULL,  -- JSON array of ISO 639-1 codes
    goals              TEXT,
    availability_hours INTEGER,
    timezone           TEXT,
    meeting_mode       TEXT,
    is_coordinator     INTEGER NOT NULL DEFAULT 0 CHECK (is_coordinator IN (0, 1)),
    mentor_status      TEXT NOT NULL,
    invited_as         TEXT,
    notify_platform    TEXT,
    consent_at         INTEGER NOT NULL,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
) STRICT;
CREATE INDEX persons_name_key ON persons (name_key);
CREATE INDEX persons_coordinators ON persons (id) WHERE is_coordinator;

CREATE TABLE competences (
    person_id  INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,  -- keeps the order the person gave
    competence TEXT NOT NULL,
    direction  TEXT NOT NULL,
    years      INTEGER,
    PRIMARY KEY (person_id, position)
) STRICT;
CREATE INDEX competences_by_competence ON competences (competence, direction);

CREATE TABLE accounts (
    platform     TEXT NOT NULL,
    account_id   TEXT NOT NULL,
    person_id    INTEGER REFERENCES persons (id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    locale       TEXT,
    last_seen_at INTEGER NOT NULL,
    PRIMARY KEY (platform, account_id)
) STRICT;
CREATE INDEX accounts_person ON accounts (person_id);

-- No foreign key to accounts: a dialog may start before the account row exists.
CREATE TABLE conversations (
    platform   TEXT NOT NULL,
    account_id TEXT NOT NULL,
    chat       TEXT NOT NULL,
    state      TEXT NOT NULL,  -- opaque JSON owned by the core
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (platform, account_id, chat)
) STRICT;

CREATE TABLE seen_events (
    platform TEXT NOT NULL,
    event_id TEXT NOT NULL,
    seen_at  INTEGER NOT NULL,
    PRIMARY KEY (platform, event_id)
) STRICT;
-- for pruning old event ids
CREATE INDEX seen_events_seen_at ON seen_events (seen_at);

-- Who declined the privacy notice: the time and platform only, nothing personal.
CREATE TABLE consent_refusals (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    platform TEXT NOT NULL,
    at       INTEGER NOT NULL
) STRICT;

CREATE TABLE invites (
    code       TEXT PRIMARY KEY,
    role       TEXT NOT NULL,
    uses_left  INTEGER NOT NULL CHECK (uses_left >= 0),
    expires_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE link_codes (
    code       TEXT PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX link_codes_person ON link_codes (person_id);
CREATE INDEX link_codes_expires_at ON link_codes (expires_at);

CREATE TABLE applications (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id    INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    status       TEXT NOT NULL,
    reason       TEXT,
    interview_at INTEGER,
    decided_by   INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    decided_at   INTEGER
) STRICT;
CREATE INDEX applications_person ON applications (person_id);
CREATE INDEX applications_status ON applications (status);
CREATE INDEX applications_decided_by ON applications (decided_by);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    actor   INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    action  TEXT NOT NULL,
    subject INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    detail  TEXT NOT NULL  -- JSON: ids and codes only
) STRICT;
CREATE INDEX audit_log_actor ON audit_log (actor);
CREATE INDEX audit_log_subject ON audit_log (subject);

-- Messages waiting to be sent. Delivered and failed rows lose their content
-- (message, address, recipient) and keep only the key, times and error.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    platform        TEXT NOT NULL,
    -- the account id of a direct chat, so erasure can find messages to a person's accounts
    direct_to       TEXT,
    address         TEXT,  -- JSON Address
    person_id       INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    message         TEXT,  -- JSON Outgoing
    available_at    INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    claimed_until   INTEGER,
    attempts        INTEGER NOT NULL DEFAULT 0,
    delivered_at    INTEGER,
    failed_at       INTEGER,
    last_error      TEXT
) STRICT;
CREATE INDEX outbox_pending ON outbox (platform, available_at, id)
    WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_person ON outbox (person_id);
