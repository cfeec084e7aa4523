//! Reading stored values back, defensively: whatever is in the database, a
//! bad value becomes `StoreError::Corrupt`, never a panic.

use bot_core::ports::StoreResult;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::any::AnyRow;
use sqlx::{Any, Decode, Row, Type};

use crate::error::corrupt;

pub(crate) fn get<'r, T>(row: &'r AnyRow, column: &str) -> StoreResult<T>
where
    T: Decode<'r, Any> + Type<Any>,
{
    row.try_get(column)
        .map_err(|e| corrupt(format!("column {column}: {e}")))
}

/// A boolean column: BOOLEAN on PostgreSQL, 0/1 on SQLite (whose BOOLEAN
/// columns the Any driver cannot read).
pub(crate) fn flag(row: &AnyRow, column: &str) -> StoreResult<bool> {
    match row.try_get::<bool, _>(column) {
        Ok(value) => Ok(value),
        Err(_) => Ok(get::<i64>(row, column)? != 0),
    }
}

/// A non-negative count (uses, years, hours) stored as a 64-bit integer.
pub(crate) fn count(row: &AnyRow, column: &str) -> StoreResult<u32> {
    let value: i64 = get(row, column)?;
    u32::try_from(value).map_err(|_| corrupt(format!("column {column}: {value} is out of range")))
}

pub(crate) fn opt_count(row: &AnyRow, column: &str) -> StoreResult<Option<u32>> {
    let value: Option<i64> = get(row, column)?;
    value
        .map(|v| {
            u32::try_from(v).map_err(|_| corrupt(format!("column {column}: {v} is out of range")))
        })
        .transpose()
}

/// An enum stored as its `as_str()` name.
pub(crate) fn parse<T>(row: &AnyRow, column: &str, parse: fn(&str) -> Option<T>) -> StoreResult<T> {
    let text: String = get(row, column)?;
    parse(&text).ok_or_else(|| corrupt(format!("column {column}: unknown value {text:?}")))
}

pub(crate) fn opt_parse<T>(
    row: &AnyRow,
    column: &str,
    parse: fn(&str) -> Option<T>,
) -> StoreResult<Option<T>> {
    let text: Option<String> = get(row, column)?;
    text.map(|t| parse(&t).ok_or_else(|| corrupt(format!("column {column}: unknown value {t:?}"))))
        .transpose()
}

/// A JSON column.
pub(crate) fn json<T: DeserializeOwned>(row: &AnyRow, column: &str) -> StoreResult<T> {
    let text: String = get(row, column)?;
    serde_json::from_str(&text).map_err(|e| corrupt(format!("column {column}: {e}")))
}

pub(crate) fn to_json<T: Serialize + ?Sized>(value: &T) -> StoreResult<String> {
    // Only maps with non-string keys fail here; none of the core's types have them.
    serde_json::to_string(value).map_err(|e| corrupt(format!("cannot encode as JSON: {e}")))
}
