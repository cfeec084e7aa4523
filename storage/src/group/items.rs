//! Notes and action items of a group session, in the order they were collected.

use bot_core::model::{GroupItem, GroupItemKind};
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::error::db;
use crate::row::{get, parse};

macro_rules! select_item {
    ($rest:literal) => {
        concat!(
            "SELECT id, session_id, kind, author_id, owner_id, text, created_at FROM group_items ",
            $rest
        )
    };
}

fn from_row(row: &AnyRow) -> StoreResult<GroupItem> {
    Ok(GroupItem {
        id: get(row, "id")?,
        session_id: get(row, "session_id")?,
        kind: parse(row, "kind", GroupItemKind::parse)?,
        author_id: get(row, "author_id")?,
        owner_id: get(row, "owner_id")?,
        text: get(row, "text")?,
        created_at: get(row, "created_at")?,
    })
}

pub(crate) async fn insert(conn: &mut AnyConnection, item: &GroupItem) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO group_items (session_id, kind, author_id, owner_id, text, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(item.session_id)
    .bind(item.kind.as_str())
    .bind(item.author_id)
    .bind(item.owner_id)
    .bind(&item.text)
    .bind(item.created_at)
    .fetch_one(conn)
    .await
    .map_err(db)?;
    get(&row, "id")
}

pub(crate) async fn item(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<GroupItem>> {
    let row = sqlx::query(select_item!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await
        .map_err(db)?;
    row.as_ref().map(from_row).transpose()
}

pub(crate) async fn of_session(
    conn: &mut AnyConnection,
    session: i64,
) -> StoreResult<Vec<GroupItem>> {
    let rows = sqlx::query(select_item!("WHERE session_id = $1 ORDER BY id"))
        .bind(session)
        .fetch_all(conn)
        .await
        .map_err(db)?;
    rows.iter().map(from_row).collect()
}
