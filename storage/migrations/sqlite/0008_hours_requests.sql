-- Hours over the programme's budget that wait for a coordinator's decision
-- (hours.at_budget = "approval"). Keep this file and
-- migrations/postgres/0008_hours_requests.sql the same table: only id
-- columns, integer and boolean types differ.
CREATE TABLE hours_requests (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The mentee whose budget the hours go over.
    person_id  INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    pair_id    INTEGER REFERENCES pairs (id) ON DELETE SET NULL,
    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    kind       TEXT NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes > 0),
    on_at      INTEGER NOT NULL,
    note       TEXT,
    -- 1: time the pair spent together, logged for both people once approved.
    for_pair   INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    decided_at INTEGER,
    -- NULL while open, then 'approved' or 'refused'.
    decision   TEXT CHECK (decision IN ('approved', 'refused')),
    decided_by INTEGER REFERENCES persons (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX hours_requests_person ON hours_requests (person_id);
CREATE INDEX hours_requests_pair ON hours_requests (pair_id);
CREATE INDEX hours_requests_session ON hours_requests (session_id);
