-- Sessions of pairs, logged hours, check-ins and deliverable reports. Keep
-- this file and migrations/postgres/0005_sessions_hours_reports.sql the same
-- tables: only id columns and integer types differ.

-- A pair's sessions. A recurring series is named by its first session's id
-- (series_id), a plain column: the sessions of a series go with their pair.
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    pair_id     INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    booked_by   INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    starts_at   INTEGER NOT NULL,
    minutes     INTEGER NOT NULL CHECK (minutes > 0),
    mode        TEXT NOT NULL,
    place       TEXT,  -- the link online, the place in person
    state       TEXT NOT NULL,
    series_id   INTEGER,
    repeat_rule TEXT,  -- as the booker gave it: weekly, biweekly or a cron expression
    timezone    TEXT NOT NULL,  -- the booker's IANA zone
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_pair ON sessions (pair_id, starts_at);
CREATE INDEX sessions_starts_at ON sessions (starts_at);
CREATE INDEX sessions_series ON sessions (series_id);
CREATE INDEX sessions_booked_by ON sessions (booked_by);

-- Time a person spent on the programme. on_at is when it was spent.
CREATE TABLE hours (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id  INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    pair_id    INTEGER REFERENCES pairs (id) ON DELETE SET NULL,
    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    kind       TEXT NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes > 0),
    on_at      INTEGER NOT NULL,
    note       TEXT,
    created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX hours_person ON hours (person_id, on_at);
CREATE INDEX hours_pair ON hours (pair_id);
CREATE INDEX hours_session ON hours (session_id);

-- How a pair is going, rated by one of its people.
CREATE TABLE checkins (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    pair_id   INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    rating    INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment   TEXT,
    at        INTEGER NOT NULL
) STRICT;
CREATE INDEX checkins_pair ON checkins (pair_id, at);
CREATE INDEX checkins_person ON checkins (person_id);

-- Deliverables handed in: the answers to the configured questions.
CREATE TABLE reports (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id    INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    pair_id      INTEGER REFERENCES pairs (id) ON DELETE SET NULL,
    deliverable  TEXT NOT NULL,  -- the deliverable's id from the configuration
    answers      TEXT NOT NULL,  -- JSON array of strings
    language     TEXT NOT NULL,
    submitted_at INTEGER NOT NULL
) STRICT;
CREATE INDEX reports_person ON reports (person_id, submitted_at);
CREATE INDEX reports_pair ON reports (pair_id);
