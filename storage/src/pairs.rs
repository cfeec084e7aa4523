//! Mentoring pairs, their history, and who asked not to be paired with whom.
//!
//! The one rule kept here rather than in the core: a mentor never has more
//! pairs in a state that occupies a place (see [`PairState::occupies`]) than
//! their capacity, and a mentee never has two mentors, even when two
//! approvals race on several instances. Pairs enter such a state only
//! through [`occupy_place`], which locks both people's rows first; insert
//! and update refuse to.

use std::sync::LazyLock;

use bot_core::model::{Millis, Pair, PairEvent, PairOrigin, PairState, PersonId};
use bot_core::ports::{StoreError, StoreResult};
use sqlx::any::{AnyArguments, AnyRow};
use sqlx::query::Query;
use sqlx::{Any, AnyConnection, AssertSqlSafe};

use crate::dialect::Backend;
use crate::entries;
use crate::error::db;
use crate::row::{flag, get, json, opt_parse, parse, to_json};

macro_rules! select_pair {
    ($rest:literal) => {
        concat!(
            "SELECT id, mentor_id, mentee_id, state, origin, score, facts, mentor_accepted, \
             mentee_accepted, respond_by, end_reason, created_at, updated_at FROM pairs ",
            $rest
        )
    };
}

/// The states that take a mentor's place, as the core defines them.
fn occupying() -> Vec<&'static str> {
    PairState::ALL
        .into_iter()
        .filter(|state| state.occupies())
        .map(PairState::as_str)
        .collect()
}

/// Where a mentee counts as having had their mentor: an occupying state, or
/// a pair that completed.
fn mentee_taken() -> Vec<&'static str> {
    let mut states = occupying();
    states.push(PairState::Completed.as_str());
    states
}

/// `$first, $first+1, …`: `n` placeholders for an `IN (…)` list.
fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The mentor's capacity, how many of their places others hold, and whether
/// the mentee already has (or had) a mentor, all but the pair itself.
/// Parameters: $1 mentor, $2 mentee, $3 pair, then the occupying states and
/// the states that take the mentee.
static PLACES: LazyLock<String> = LazyLock::new(|| {
    let occupying = occupying();
    let taken = mentee_taken();
    let first_taken = 4 + occupying.len();
    format!(
        "SELECT capacity, \
         (SELECT COUNT(*) FROM pairs WHERE mentor_id = $1 AND id <> $3 AND state IN ({})) AS mentor_load, \
         (SELECT COUNT(*) FROM pairs WHERE mentee_id = $2 AND id <> $3 AND state IN ({})) AS mentee_pairs \
         FROM persons WHERE id = $1",
        placeholders(4, occupying.len()),
        placeholders(first_taken, taken.len()),
    )
});

/// Writes what changes over a pair's life. Parameters: $1..$8 as bound by
/// [`bind_changes`], $9 id, then for [`UPDATE_OCCUPIED`] the occupying states.
const UPDATE_CHANGES: &str = "UPDATE pairs SET state = $1, score = $2, facts = $3, \
     mentor_accepted = $4, mentee_accepted = $5, respond_by = $6, end_reason = $7, updated_at = $8 \
     WHERE id = $9";

/// [`UPDATE_CHANGES`] for a pair that already holds a place (e.g. introduced
/// to active): applies only while it still does.
static UPDATE_OCCUPIED: LazyLock<String> = LazyLock::new(|| {
    let occupying = occupying();
    format!(
        "{UPDATE_CHANGES} AND state IN ({})",
        placeholders(10, occupying.len())
    )
});

/// [`UPDATE_CHANGES`] for `occupy_place`: only the pair of these two people.
/// $10 mentor, $11 mentee.
const OCCUPY: &str = "UPDATE pairs SET state = $1, score = $2, facts = $3, \
     mentor_accepted = $4, mentee_accepted = $5, respond_by = $6, end_reason = $7, updated_at = $8 \
     WHERE id = $9 AND mentor_id = $10 AND mentee_id = $11";

fn pair_from_row(row: &AnyRow) -> StoreResult<Pair> {
    Ok(Pair {
        id: get(row, "id")?,
        mentor_id: get(row, "mentor_id")?,
        mentee_id: get(row, "mentee_id")?,
        state: parse(row, "state", PairState::parse)?,
        origin: parse(row, "origin", PairOrigin::parse)?,
        score: get(row, "score")?,
        facts: json(row, "facts")?,
        mentor_accepted: flag(row, "mentor_accepted")?,
        mentee_accepted: flag(row, "mentee_accepted")?,
        respond_by: get(row, "respond_by")?,
        end_reason: get(row, "end_reason")?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    })
}

/// Binds what changes over a pair's life as the next parameters: state,
/// score, facts, mentor_accepted, mentee_accepted, respond_by, end_reason,
/// updated_at.
fn bind_changes<'q>(
    query: Query<'q, Any, AnyArguments>,
    pair: &Pair,
) -> StoreResult<Query<'q, Any, AnyArguments>> {
    // SQLite stores NaN as NULL and PostgreSQL keeps it: refused on both.
    if !pair.score.is_finite() {
        return Err(StoreError::Database(format!(
            "pair score {} is not a finite number",
            pair.score
        )));
    }
    Ok(query
        .bind(pair.state.as_str())
        .bind(pair.score)
        .bind(to_json(&pair.facts)?)
        .bind(pair.mentor_accepted)
        .bind(pair.mentee_accepted)
        .bind(pair.respond_by)
        .bind(pair.end_reason.clone())
        .bind(pair.updated_at))
}

fn must_occupy_place(state: PairState) -> StoreError {
    StoreError::Conflict(format!(
        "a pair enters {} only through occupy_place",
        state.as_str()
    ))
}

/// Inserts a pair (the `id` field is ignored) in a state that takes no place.
pub(crate) async fn insert_pair(conn: &mut AnyConnection, pair: &Pair) -> StoreResult<i64> {
    if pair.state.occupies() {
        return Err(must_occupy_place(pair.state));
    }
    let query = sqlx::query(
        "INSERT INTO pairs (state, score, facts, mentor_accepted, mentee_accepted, respond_by, \
         end_reason, updated_at, mentor_id, mentee_id, origin, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    );
    let row = bind_changes(query, pair)?
        .bind(pair.mentor_id)
        .bind(pair.mentee_id)
        .bind(pair.origin.as_str())
        .bind(pair.created_at)
        .fetch_one(conn)
        .await
        .map_err(db)?;
    get(&row, "id")
}

pub(crate) async fn pair(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Pair>> {
    let row = sqlx::query(select_pair!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(pair_from_row).transpose()
}

/// Every pair the person is in, as mentor or mentee, in id order.
pub(crate) async fn pairs_of(conn: &mut AnyConnection, person: PersonId) -> StoreResult<Vec<Pair>> {
    let rows = sqlx::query(select_pair!(
        "WHERE mentor_id = $1 OR mentee_id = $1 ORDER BY id"
    ))
    .bind(person)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter().map(pair_from_row).collect()
}

/// Every pair in one of `states`, in id order.
pub(crate) async fn pairs_in(
    conn: &mut AnyConnection,
    states: &[PairState],
) -> StoreResult<Vec<Pair>> {
    if states.is_empty() {
        return Ok(Vec::new());
    }
    // Only placeholders are formatted in; the states are bound.
    let sql = format!(
        "{}({}) ORDER BY id",
        select_pair!("WHERE state IN "),
        placeholders(1, states.len())
    );
    let mut query = sqlx::query(AssertSqlSafe(sql));
    for state in states {
        query = query.bind(state.as_str());
    }
    let rows = query.fetch_all(conn).await.map_err(db)?;
    rows.iter().map(pair_from_row).collect()
}

/// Writes the state, answers, deadline, reason, score and facts. Never the
/// people, origin or creation time. A pair that holds no place cannot be
/// moved into one here: that is `occupy_place`'s, which checks capacity.
pub(crate) async fn update_pair(conn: &mut AnyConnection, pair: &Pair) -> StoreResult<()> {
    if !pair.state.occupies() {
        bind_changes(sqlx::query(UPDATE_CHANGES), pair)?
            .bind(pair.id)
            .execute(conn)
            .await
            .map_err(db)?;
        return Ok(());
    }
    let mut query =
        bind_changes(sqlx::query(AssertSqlSafe(UPDATE_OCCUPIED.as_str())), pair)?.bind(pair.id);
    for state in occupying() {
        query = query.bind(state);
    }
    let updated = query.execute(&mut *conn).await.map_err(db)?;
    if updated.rows_affected() == 0 && self::pair(conn, pair.id).await?.is_some() {
        return Err(must_occupy_place(pair.state));
    }
    Ok(())
}

/// Moves a pair into a state that takes a place, if the mentor has a place
/// free and the mentee has no other mentor (now or completed). Both people's
/// rows are locked first, so that moves for the same mentor or mentee run
/// one after the other; each then counts what the ones before it committed.
/// False, and nothing written, when full or when no such pair exists.
pub(crate) async fn occupy_place(
    conn: &mut AnyConnection,
    backend: Backend,
    pair: &Pair,
) -> StoreResult<bool> {
    if !pair.state.occupies() {
        return Err(StoreError::Conflict(format!(
            "occupy_place needs a state that takes a place, not {}",
            pair.state.as_str()
        )));
    }
    if let Some(lock) = backend.lock_persons() {
        sqlx::query(lock)
            .bind(pair.mentor_id)
            .bind(pair.mentee_id)
            .fetch_all(&mut *conn)
            .await
            .map_err(db)?;
    }

    let mut places = sqlx::query(AssertSqlSafe(PLACES.as_str()))
        .bind(pair.mentor_id)
        .bind(pair.mentee_id)
        .bind(pair.id);
    for state in occupying().into_iter().chain(mentee_taken()) {
        places = places.bind(state);
    }
    let Some(row) = places.fetch_optional(&mut *conn).await.map_err(db)? else {
        return Ok(false); // no such mentor
    };
    let capacity: i64 = get(&row, "capacity")?;
    let mentor_load: i64 = get(&row, "mentor_load")?;
    let mentee_pairs: i64 = get(&row, "mentee_pairs")?;
    if mentor_load >= capacity || mentee_pairs > 0 {
        return Ok(false);
    }

    let updated = bind_changes(sqlx::query(OCCUPY), pair)?
        .bind(pair.id)
        .bind(pair.mentor_id)
        .bind(pair.mentee_id)
        .execute(conn)
        .await
        .map_err(db)?;
    Ok(updated.rows_affected() == 1)
}

/// Removes every pair still proposed, with its history and any entry
/// private to it (a new matching run replaces them). Explicitly, as erasure
/// does, rather than by cascade.
pub(crate) async fn delete_proposals(
    conn: &mut AnyConnection,
    backend: Backend,
) -> StoreResult<()> {
    let proposed = PairState::Proposed.as_str();
    entries::delete_entries_where(
        &mut *conn,
        backend,
        "pair_id IN (SELECT id FROM pairs WHERE state = $1)",
        proposed.to_owned(),
    )
    .await?;
    sqlx::query("DELETE FROM pair_events WHERE pair_id IN (SELECT id FROM pairs WHERE state = $1)")
        .bind(proposed)
        .execute(&mut *conn)
        .await
        .map_err(db)?;
    sqlx::query("DELETE FROM pairs WHERE state = $1")
        .bind(proposed)
        .execute(conn)
        .await
        .map_err(db)?;
    Ok(())
}

pub(crate) async fn record_pair_event(
    conn: &mut AnyConnection,
    event: &PairEvent,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO pair_events (pair_id, at, actor, from_state, to_state, note) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(event.pair_id)
    .bind(event.at)
    .bind(event.actor)
    .bind(event.from_state.map(PairState::as_str))
    .bind(event.to_state.as_str())
    .bind(event.note.clone())
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

/// A pair's events, oldest first (by time, then as recorded).
pub(crate) async fn pair_history(
    conn: &mut AnyConnection,
    pair: i64,
) -> StoreResult<Vec<PairEvent>> {
    let rows = sqlx::query(
        "SELECT pair_id, at, actor, from_state, to_state, note FROM pair_events \
         WHERE pair_id = $1 ORDER BY at, id",
    )
    .bind(pair)
    .fetch_all(conn)
    .await
    .map_err(db)?;
    rows.iter()
        .map(|row| {
            Ok(PairEvent {
                pair_id: get(row, "pair_id")?,
                at: get::<Millis>(row, "at")?,
                actor: get(row, "actor")?,
                from_state: opt_parse(row, "from_state", PairState::parse)?,
                to_state: parse(row, "to_state", PairState::parse)?,
                note: get(row, "note")?,
            })
        })
        .collect()
}

/// Records that `person` asked not to be paired with `other`; again is fine.
pub(crate) async fn add_exclusion(
    conn: &mut AnyConnection,
    person: PersonId,
    other: PersonId,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO exclusions (person_id, other_id) VALUES ($1, $2) \
         ON CONFLICT (person_id, other_id) DO NOTHING",
    )
    .bind(person)
    .bind(other)
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

/// Every exclusion as recorded, (who asked, about whom), in that order.
pub(crate) async fn exclusions(conn: &mut AnyConnection) -> StoreResult<Vec<(PersonId, PersonId)>> {
    let rows =
        sqlx::query("SELECT person_id, other_id FROM exclusions ORDER BY person_id, other_id")
            .fetch_all(conn)
            .await
            .map_err(db)?;
    rows.iter()
        .map(|row| Ok((get(row, "person_id")?, get(row, "other_id")?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_list_the_core_s_occupying_states() {
        assert_eq!(occupying(), vec!["introduced", "active"]);
        assert_eq!(mentee_taken(), vec!["introduced", "active", "completed"]);
        assert_eq!(placeholders(4, 3), "$4, $5, $6");
        assert!(PLACES.contains("IN ($4, $5)) AS mentor_load"));
        assert!(PLACES.contains("IN ($6, $7, $8)) AS mentee_pairs"));
        assert!(UPDATE_OCCUPIED.ends_with("WHERE id = $9 AND state IN ($10, $11)"));
    }
}
