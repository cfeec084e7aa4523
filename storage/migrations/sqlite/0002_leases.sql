-- Leases: which instance holds a platform account's inbound connection
-- (Telegram polling, a Matrix sync loop, Discord shards). A holder renews
-- its lease well before it expires; when it dies, another takes over.
CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at INTEGER NOT NULL
) STRICT;
