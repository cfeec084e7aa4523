//! Erasure (`/forget`): removes a person and everything personal that refers
//! to them. Each step is an explicit statement rather than left to foreign
//! key actions, so what erasure does is readable in one place and does not
//! depend on SQLite's foreign key enforcement being switched on.
//!
//! The knowledge base goes first (see [`entries::erase_author`]): entries
//! they consented to keep stay, anonymised; the rest of what they wrote,
//! their votes and their questions go, and every entry touched is logged
//! for the search indexes.
//!
//! Jobs are left alone: their payload is the core's JSON, which the store
//! cannot read, and the core skips jobs about people who no longer exist.

use bot_core::model::PersonId;
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;

use crate::dialect::Backend;
use crate::entries;
use crate::error::db;

/// In order: rows found through the person's accounts go before the accounts.
const STEPS: &[&str] = &[
    // Dialog states of their accounts.
    "DELETE FROM conversations WHERE EXISTS (SELECT 1 FROM accounts a \
     WHERE a.person_id = $1 AND a.platform = conversations.platform AND a.account_id = conversations.account_id)",
    // Messages not yet sent to them, by person or to one of their accounts.
    "DELETE FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL AND (person_id = $1 OR EXISTS \
     (SELECT 1 FROM accounts a WHERE a.person_id = $1 AND a.platform = outbox.platform AND a.account_id = outbox.direct_to))",
    // Failed messages keep their address for inspection; not once the person is gone.
    "UPDATE outbox SET person_id = NULL, address = NULL, direct_to = NULL WHERE person_id = $1 OR EXISTS \
     (SELECT 1 FROM accounts a WHERE a.person_id = $1 AND a.platform = outbox.platform AND a.account_id = outbox.direct_to)",
    "DELETE FROM accounts WHERE person_id = $1",
    "DELETE FROM competences WHERE person_id = $1",
    "DELETE FROM applications WHERE person_id = $1",
    "UPDATE applications SET decided_by = NULL WHERE decided_by = $1",
    "DELETE FROM link_codes WHERE person_id = $1",
    "UPDATE audit_log SET actor = NULL WHERE actor = $1",
    "UPDATE audit_log SET subject = NULL WHERE subject = $1",
    "UPDATE invites SET created_by = NULL WHERE created_by = $1",
    // Their own records of the programme: hours, check-ins, reports.
    "DELETE FROM hours WHERE person_id = $1",
    "DELETE FROM hours_requests WHERE person_id = $1",
    "UPDATE hours_requests SET decided_by = NULL WHERE decided_by = $1",
    "DELETE FROM checkins WHERE person_id = $1",
    "DELETE FROM reports WHERE person_id = $1",
    // The sessions of their pairs, and any they booked elsewhere (as the
    // foreign key would). Others' hours logged for them stay, without the link.
    "UPDATE hours SET session_id = NULL WHERE session_id IN (SELECT id FROM sessions WHERE booked_by = $1 \
     OR pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1))",
    "UPDATE hours_requests SET session_id = NULL WHERE session_id IN (SELECT id FROM sessions WHERE booked_by = $1 \
     OR pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1))",
    "DELETE FROM sessions WHERE booked_by = $1 \
     OR pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1)",
    // What the other person of their pairs recorded: check-ins go with the
    // pair; hours and reports stay theirs, without the pair.
    "DELETE FROM checkins WHERE pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1)",
    "UPDATE hours SET pair_id = NULL WHERE pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1)",
    "UPDATE hours_requests SET pair_id = NULL WHERE pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1)",
    "UPDATE reports SET pair_id = NULL WHERE pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1)",
    // Their pairs, in either role, with their history.
    "DELETE FROM pair_events WHERE pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1)",
    "DELETE FROM pairs WHERE mentor_id = $1 OR mentee_id = $1",
    // Steps they took in others' pairs (a coordinator's) stay, without them or their words.
    "UPDATE pair_events SET actor = NULL, note = NULL WHERE actor = $1",
    "DELETE FROM exclusions WHERE person_id = $1 OR other_id = $1",
    "DELETE FROM circle_members WHERE person_id = $1",
    // Group sessions: their notes and the action items they own go; action
    // items they wrote for others stay the owners', without them; sessions
    // they ran and rooms they linked stay, without them.
    "DELETE FROM group_items WHERE owner_id = $1 OR (author_id = $1 AND kind = 'note')",
    "UPDATE group_items SET author_id = NULL WHERE author_id = $1",
    "DELETE FROM group_members WHERE person_id = $1",
    "UPDATE group_sessions SET facilitator_id = NULL WHERE facilitator_id = $1",
    "UPDATE group_rooms SET linked_by = NULL WHERE linked_by = $1",
    "DELETE FROM persons WHERE id = $1",
];

pub(crate) async fn erase_person(
    conn: &mut AnyConnection,
    backend: Backend,
    id: PersonId,
) -> StoreResult<()> {
    // Before their pairs go: entries private to those pairs go with them.
    entries::erase_author(&mut *conn, backend, id).await?;
    for step in STEPS {
        sqlx::query(*step)
            .bind(id)
            .execute(&mut *conn)
            .await
            .map_err(db)?;
    }
    Ok(())
}
