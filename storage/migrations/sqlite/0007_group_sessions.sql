-- Group sessions held in chat rooms: circles' peer-mentoring sessions and
-- joint meetings of the whole cohort. Keep this file and
-- migrations/postgres/0007_group_sessions.sql the same tables: only id
-- columns and boolean/integer types differ.

-- A room linked to a circle with /group link, for platforms whose room ids
-- are opaque. (A room named like a circle, as on the console, needs none.)
CREATE TABLE group_rooms (
    platform  TEXT NOT NULL,
    room      TEXT NOT NULL,
    circle_id INTEGER NOT NULL REFERENCES circles (id) ON DELETE CASCADE,
    linked_by INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    linked_at INTEGER NOT NULL,
    PRIMARY KEY (platform, room)
) STRICT;
CREATE INDEX group_rooms_circle ON group_rooms (circle_id);

CREATE TABLE group_sessions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    platform       TEXT NOT NULL,
    room           TEXT NOT NULL,
    -- NULL: a joint meeting of the whole cohort
    circle_id      INTEGER REFERENCES circles (id) ON DELETE SET NULL,
    topic          TEXT NOT NULL,
    starts_at      INTEGER NOT NULL,
    minutes        INTEGER NOT NULL CHECK (minutes > 0),
    timezone       TEXT NOT NULL,  -- the scheduler's IANA zone
    language       TEXT NOT NULL,  -- the bot's language in the room
    state          TEXT NOT NULL,
    facilitator_id INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    started_at     INTEGER,
    ended_at       INTEGER,
    round          TEXT,  -- JSON owned by the core: the round under way
    summary        TEXT,  -- written by a language model from the notes
    consent        TEXT,  -- whether the notes went to the knowledge base
    entry_id       INTEGER REFERENCES entries (id) ON DELETE SET NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX group_sessions_room ON group_sessions (platform, room, state);
CREATE INDEX group_sessions_circle ON group_sessions (circle_id);
CREATE INDEX group_sessions_facilitator ON group_sessions (facilitator_id);

-- Answers are 'yes' or 'no' text, NULL before answering.
CREATE TABLE group_members (
    session_id   INTEGER NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    invited      INTEGER NOT NULL CHECK (invited IN (0, 1)),
    rsvp         TEXT CHECK (rsvp IN ('yes', 'no')),
    present_at   INTEGER,
    presented_at INTEGER,
    consent      TEXT CHECK (consent IN ('yes', 'no')),
    PRIMARY KEY (session_id, person_id)
) STRICT;
CREATE INDEX group_members_person ON group_members (person_id);

-- Notes and action items; an action item has an owner.
CREATE TABLE group_items (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id INTEGER NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('note', 'action')),
    author_id  INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    owner_id   INTEGER REFERENCES persons (id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX group_items_session ON group_items (session_id, id);
CREATE INDEX group_items_author ON group_items (author_id);
CREATE INDEX group_items_owner ON group_items (owner_id);
