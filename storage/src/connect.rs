//! Opening a database by URL: the pool each backend needs, and the embedded
//! migrations, run on every start (applied ones are skipped).

use std::path::Path;

use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use sqlx::migrate::Migrator;
use sqlx::sqlite::SqliteConnectOptions;

use crate::dialect::Backend;
use crate::error::StorageError;
use crate::store::SqlStore;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

/// Connections per instance on PostgreSQL: the command handlers, the
/// scheduler and one delivery worker per platform each hold one at a time.
const POSTGRES_POOL_SIZE: u32 = 8;

/// Opens (and for SQLite, creates) the database at `url` and brings its
/// schema up to date.
///
/// - `sqlite://path/to/file.db` (relative to the working directory) or
///   `sqlite:///absolute/path.db`: the directory and file are created if
///   missing. `sqlite::memory:` gives a private in-memory database.
/// - `postgres://user@host:port/database`, with any parameter sqlx accepts,
///   e.g. `?options[search_path]=mentoring` to keep the tables in a schema.
pub async fn connect(url: &str) -> Result<SqlStore, StorageError> {
    let backend = Backend::from_url(url).ok_or_else(|| {
        let scheme = url.split_once(':').map_or("", |(scheme, _)| scheme);
        StorageError::UnsupportedUrl(scheme.to_owned())
    })?;
    // Safe to call from every connect: only the first call installs.
    sqlx::any::install_default_drivers();
    let (pool, migrations) = match backend {
        Backend::Sqlite => (sqlite_pool(url).await?, &SQLITE_MIGRATIONS),
        Backend::Postgres => (postgres_pool(url).await?, &POSTGRES_MIGRATIONS),
    };
    migrations.run(&pool).await?;
    tracing::debug!(backend = backend.name(), "database ready");
    Ok(SqlStore::new(pool, backend))
}

/// One connection: SQLite lets one writer in at a time anyway, and a single
/// connection turns that into plain queueing for the pool instead of
/// SQLITE_BUSY errors between our own connections.
async fn sqlite_pool(url: &str) -> Result<AnyPool, StorageError> {
    let (url, in_memory) = prepare_sqlite_file(url)?;
    let pool = AnyPoolOptions::new()
        .max_connections(1)
        // Never close the connection: an in-memory database would vanish
        // with it, and a local file has no link that can go stale.
        .min_connections(1)
        .idle_timeout(None)
        .max_lifetime(None)
        .test_before_acquire(false)
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                // Per-connection settings. sqlx's defaults are the same, but
                // integrity must not depend on a library default. The timeout is
                // how long a statement waits for another process's write lock
                // (a backup, a second instance by mistake) before failing.
                sqlx::query("PRAGMA foreign_keys = ON")
                    .execute(&mut *conn)
                    .await?;
                sqlx::query("PRAGMA busy_timeout = 5000")
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            })
        })
        .connect(&url)
        .await
        .map_err(StorageError::Connect)?;
    if !in_memory {
        // Stored in the file, so once is enough: readers no longer block the
        // writer, and commits are cheaper.
        sqlx::query("PRAGMA journal_mode = WAL")
            .execute(&pool)
            .await
            .map_err(StorageError::Connect)?;
    }
    Ok(pool)
}

/// Creates the database file's directory, and returns the URL to open with
/// (asking SQLite to create the file unless the URL already says how to
/// open it) and whether the database lives in memory.
fn prepare_sqlite_file(url: &str) -> Result<(String, bool), StorageError> {
    let query = url.split_once('?').map(|(_, query)| query);
    let params = || query.into_iter().flat_map(|q| q.split('&'));
    let in_memory = params().any(|p| p == "mode=memory")
        || matches!(
            url,
            "sqlite::memory:" | "sqlite://:memory:" | "sqlite:" | "sqlite://"
        );
    if in_memory {
        return Ok((url.to_owned(), true));
    }
    // sqlx's own parser, so the path is decoded exactly as sqlx will open it.
    let options: SqliteConnectOptions = url.parse().map_err(StorageError::Connect)?;
    create_parent_dir(options.get_filename())?;
    let url = if params().any(|p| p.starts_with("mode=")) {
        url.to_owned()
    } else if query.is_some() {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    };
    Ok((url, false))
}

fn create_parent_dir(file: &Path) -> Result<(), StorageError> {
    match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            std::fs::create_dir_all(dir).map_err(|source| StorageError::CreateDir {
                path: dir.to_owned(),
                source,
            })
        }
        _ => Ok(()),
    }
}

async fn postgres_pool(url: &str) -> Result<AnyPool, StorageError> {
    AnyPoolOptions::new()
        .max_connections(POSTGRES_POOL_SIZE)
        .connect(url)
        .await
        .map_err(StorageError::Connect)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Result = std::result::Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn sqlite_files_are_created_with_their_directory() -> Result {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("a/b/bot.db");
        let (url, in_memory) = prepare_sqlite_file(&format!("sqlite://{}", file.display()))?;
        assert!(!in_memory);
        assert!(url.ends_with("bot.db?mode=rwc"), "{url}");
        assert!(dir.path().join("a/b").is_dir());
        Ok(())
    }

    #[test]
    fn an_explicit_open_mode_is_kept() -> Result {
        let dir = tempfile::tempdir()?;
        let url = format!("sqlite://{}/x.db?mode=ro", dir.path().display());
        assert_eq!(prepare_sqlite_file(&url)?.0, url);
        let url = format!("sqlite://{}/x.db?cache=shared", dir.path().display());
        assert!(
            prepare_sqlite_file(&url)?
                .0
                .ends_with("?cache=shared&mode=rwc")
        );
        Ok(())
    }

    #[test]
    fn memory_databases_touch_no_file() -> Result {
        assert_eq!(
            prepare_sqlite_file("sqlite::memory:")?,
            ("sqlite::memory:".to_owned(), true)
        );
        assert!(prepare_sqlite_file("sqlite://x.db?mode=memory")?.1);
        Ok(())
    }

    #[tokio::test]
    async fn sqlite_files_are_put_in_wal_mode() -> Result {
        use sqlx::{Connection, Row};
        let dir = tempfile::tempdir()?;
        let url = format!("sqlite://{}/new/bot.db", dir.path().display());
        connect(&url).await?.close().await;
        let mut conn = sqlx::SqliteConnection::connect(&url).await?;
        let mode: String = sqlx::query("PRAGMA journal_mode")
            .fetch_one(&mut conn)
            .await?
            .try_get(0)?;
        assert_eq!(mode, "wal");
        Ok(())
    }

    #[tokio::test]
    async fn a_memory_database_is_migrated_and_usable() -> Result {
        use bot_core::ports::Store;
        let store = connect("sqlite::memory:").await?;
        let mut tx = store.begin().await?;
        assert!(tx.mark_event_seen("console", "e1", 0).await?);
        tx.commit().await?;
        assert_eq!(store.undelivered_count("console").await?, 0);
        Ok(())
    }

    #[tokio::test]
    async fn other_databases_are_refused_without_echoing_the_url() {
        let error = connect("mysql://root:secret@localhost/db").await.err();
        assert!(matches!(&error, Some(StorageError::UnsupportedUrl(scheme)) if scheme == "mysql"));
        assert!(
            !error
                .map(|e| e.to_string())
                .unwrap_or_default()
                .contains("secret")
        );
    }
}
