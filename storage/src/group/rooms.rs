//! Rooms linked to circles with `/group link`. A room has at most one link;
//! linking again replaces it.

use bot_core::model::GroupRoom;
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;

use crate::error::db;
use crate::row::get;

pub(crate) async fn link(conn: &mut AnyConnection, link: &GroupRoom) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO group_rooms (platform, room, circle_id, linked_by, linked_at) \
         VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (platform, room) DO UPDATE SET circle_id = $3, linked_by = $4, linked_at = $5",
    )
    .bind(&link.platform)
    .bind(&link.room)
    .bind(link.circle_id)
    .bind(link.linked_by)
    .bind(link.linked_at)
    .execute(conn)
    .await
    .map_err(db)?;
    Ok(())
}

pub(crate) async fn room(
    conn: &mut AnyConnection,
    platform: &str,
    room: &str,
) -> StoreResult<Option<GroupRoom>> {
    let row = sqlx::query(
        "SELECT platform, room, circle_id, linked_by, linked_at FROM group_rooms \
         WHERE platform = $1 AND room = $2",
    )
    .bind(platform)
    .bind(room)
    .fetch_optional(conn)
    .await
    .map_err(db)?;
    row.map(|row| {
        Ok(GroupRoom {
            platform: get(&row, "platform")?,
            room: get(&row, "room")?,
            circle_id: get(&row, "circle_id")?,
            linked_by: get(&row, "linked_by")?,
            linked_at: get(&row, "linked_at")?,
        })
    })
    .transpose()
}
