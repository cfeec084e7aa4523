//! Support for tests that need a real PostgreSQL: a fresh schema per test
//! in the database named by `MENTOR_CLOUD_TEST_PG`, so tests run in parallel
//! and leave nothing behind. Used by this crate's store suite and by the
//! end-to-end tests of the workspace.

use std::sync::Once;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use sqlx::{AnyConnection, AssertSqlSafe, Connection};

pub const DEFAULT_TEST_PG: &str = "postgres://postgres@127.0.0.1:5432/test";

/// A schema of its own; `url` connects with it as the search path.
pub struct PgSchema {
    pub url: String,
    admin: AnyConnection,
    schema: String,
}

impl PgSchema {
    /// Creates a fresh schema. None (after saying so once) when no server is
    /// reachable, except under `CI=true`, where that is a failure: CI must run
    /// the PostgreSQL half.
    pub async fn create() -> Option<PgSchema> {
        sqlx::any::install_default_drivers();
        let base =
            std::env::var("MENTOR_CLOUD_TEST_PG").unwrap_or_else(|_| DEFAULT_TEST_PG.to_owned());
        let mut admin = admin_connection(&base).await?;
        let schema = unique_schema_name();
        sqlx::query(AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
            .execute(&mut admin)
            .await
            .unwrap_or_else(|e| panic!("creating test schema {schema}: {e}"));
        let separator = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{separator}options[search_path]={schema}");
        Some(PgSchema { url, admin, schema })
    }

    /// Drops the schema and everything in it.
    pub async fn drop_schema(mut self) {
        let dropped = sqlx::query(AssertSqlSafe(format!(
            "DROP SCHEMA {} CASCADE",
            self.schema
        )))
        .execute(&mut self.admin)
        .await;
        if let Err(e) = dropped {
            eprintln!("could not drop test schema {}: {e}", self.schema);
        }
        self.admin.close().await.ok();
    }
}

async fn admin_connection(url: &str) -> Option<AnyConnection> {
    let attempt = tokio::time::timeout(Duration::from_secs(10), AnyConnection::connect(url)).await;
    let error = match attempt {
        Ok(Ok(conn)) => return Some(conn),
        Ok(Err(e)) => e.to_string(),
        Err(_) => "timed out".to_owned(),
    };
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("PostgreSQL at MENTOR_CLOUD_TEST_PG is required on CI: {error}");
    }
    static SAY_ONCE: Once = Once::new();
    SAY_ONCE.call_once(|| {
        eprintln!("PostgreSQL tests skipped: no server at MENTOR_CLOUD_TEST_PG ({error})")
    });
    None
}

fn unique_schema_name() -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "t_{}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed),
        nanos
    )
}
