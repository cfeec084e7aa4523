-- Peer-mentoring circles: small groups with a common language and shared
-- sought competences. The name doubles as the room name on platforms.
CREATE TABLE circles (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    language    TEXT NOT NULL,
    competences TEXT NOT NULL,  -- JSON array of competence ids
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE circle_members (
    circle_id INTEGER NOT NULL REFERENCES circles (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (circle_id, person_id)
) STRICT;
CREATE INDEX circle_members_person ON circle_members (person_id);
