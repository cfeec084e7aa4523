//! Peer-mentoring circles and their members.

use std::collections::BTreeMap;

use bot_core::model::{Circle, PersonId};
use bot_core::ports::StoreResult;
use sqlx::AnyConnection;

use crate::error::db;
use crate::row::{get, json, to_json};

pub(crate) async fn insert(conn: &mut AnyConnection, circle: &Circle) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO circles (name, language, competences, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(&circle.name)
    .bind(&circle.language)
    .bind(to_json(&circle.competences)?)
    .bind(circle.created_at)
    .fetch_one(&mut *conn)
    .await
    .map_err(db)?;
    let id: i64 = get(&row, "id")?;
    for member in &circle.members {
        sqlx::query("INSERT INTO circle_members (circle_id, person_id) VALUES ($1, $2)")
            .bind(id)
            .bind(member)
            .execute(&mut *conn)
            .await
            .map_err(db)?;
    }
    Ok(id)
}

pub(crate) async fn all(conn: &mut AnyConnection) -> StoreResult<Vec<Circle>> {
    let rows =
        sqlx::query("SELECT id, name, language, competences, created_at FROM circles ORDER BY id")
            .fetch_all(&mut *conn)
            .await
            .map_err(db)?;
    let members = sqlx::query(
        "SELECT circle_id, person_id FROM circle_members ORDER BY circle_id, person_id",
    )
    .fetch_all(&mut *conn)
    .await
    .map_err(db)?;
    let mut by_circle: BTreeMap<i64, Vec<PersonId>> = BTreeMap::new();
    for row in &members {
        by_circle
            .entry(get(row, "circle_id")?)
            .or_default()
            .push(get(row, "person_id")?);
    }
    rows.iter()
        .map(|row| {
            let id: i64 = get(row, "id")?;
            Ok(Circle {
                id,
                name: get(row, "name")?,
                language: get(row, "language")?,
                competences: json(row, "competences")?,
                members: by_circle.remove(&id).unwrap_or_default(),
                created_at: get(row, "created_at")?,
            })
        })
        .collect()
}
