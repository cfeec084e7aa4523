//! The only places where SQLite and PostgreSQL need different SQL. Everything
//! else is written once, in SQL both accept (`$N` placeholders, `ON CONFLICT`,
//! `RETURNING`).

use crate::accounts::select_account;
use crate::jobs::{claim_jobs, select_job};
use crate::outbox::claim_outbox;

/// Which database a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend a database URL names, by its scheme.
    pub fn from_url(url: &str) -> Option<Self> {
        let scheme = url.split_once(':')?.0;
        match scheme {
            "sqlite" => Some(Self::Sqlite),
            "postgres" | "postgresql" => Some(Self::Postgres),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Sqlite => "sqlite",
            Self::Postgres => "postgres",
        }
    }

    /// How a read-write transaction starts. SQLite takes the write lock at
    /// once: a deferred transaction that reads and then writes can fail with
    /// SQLITE_BUSY when another connection wrote in between, and busy_timeout
    /// does not help with that.
    pub(crate) fn begin(self) -> &'static str {
        match self {
            Self::Sqlite => "BEGIN IMMEDIATE",
            Self::Postgres => "BEGIN",
        }
    }

    /// Reads an account and locks its row until the transaction ends. SQLite
    /// has no row locks and needs none: the transaction already holds the
    /// database's only write lock.
    pub(crate) fn lock_account(self) -> &'static str {
        match self {
            Self::Sqlite => select_account!(""),
            Self::Postgres => select_account!(" FOR UPDATE"),
        }
    }

    /// Serialises the handling of one account even before its row exists
    /// (a person's first messages): a transaction-scoped advisory lock on a
    /// hash of the key. SQLite needs none, as above.
    pub(crate) fn account_advisory_lock(self) -> Option<&'static str> {
        match self {
            Self::Sqlite => None,
            Self::Postgres => {
                Some("SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || $2, 0))")
            }
        }
    }

    /// Claims due outbox rows. On PostgreSQL several workers claim at once:
    /// SKIP LOCKED makes each pass over rows another worker is claiming
    /// instead of waiting for them (and then claiming nothing). On SQLite
    /// one statement is atomic by itself, as writers run one at a time.
    pub(crate) fn claim_outbox(self) -> &'static str {
        match self {
            Self::Sqlite => claim_outbox!(""),
            Self::Postgres => claim_outbox!(" FOR UPDATE SKIP LOCKED"),
        }
    }

    /// Locks a mentor's and a mentee's rows ($1, $2) before counting the
    /// places they hold, so two moves into a place for either of them run
    /// one after the other. In id order, so that two transactions locking
    /// the same two people cannot deadlock. SQLite needs none: the
    /// transaction holds the write lock since BEGIN IMMEDIATE.
    pub(crate) fn lock_persons(self) -> Option<&'static str> {
        match self {
            Self::Sqlite => None,
            Self::Postgres => {
                Some("SELECT id FROM persons WHERE id IN ($1, $2) ORDER BY id FOR UPDATE")
            }
        }
    }

    /// Serialises the writers of the knowledge change log until their
    /// transactions end, so that seqs become visible in the order they were
    /// given: otherwise a transaction could commit seq 11 while seq 10's is
    /// still open, and an index that read 11 would never see 10. Entry
    /// writes are rare (people typing), so one lock for all is cheap.
    /// SQLite needs none: writers already run one at a time.
    pub(crate) fn lock_entry_log(self) -> Option<&'static str> {
        match self {
            Self::Sqlite => None,
            Self::Postgres => Some(
                "SELECT pg_advisory_xact_lock(hashtextextended('mentor-cloud:entry_changes', 0))",
            ),
        }
    }

    /// Claims due jobs, as [`claim_outbox`](Self::claim_outbox) claims messages.
    pub(crate) fn claim_jobs(self) -> &'static str {
        match self {
            Self::Sqlite => claim_jobs!(""),
            Self::Postgres => claim_jobs!(" FOR UPDATE SKIP LOCKED"),
        }
    }

    /// Reads a job not yet done and locks it until the transaction ends. On
    /// PostgreSQL a job finished by the transaction that held the lock is
    /// read again after the wait, and no longer matches.
    pub(crate) fn lock_job(self) -> &'static str {
        match self {
            Self::Sqlite => select_job!(""),
            Self::Postgres => select_job!(" FOR UPDATE"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_follows_the_url_scheme() {
        assert_eq!(
            Backend::from_url("sqlite://data/bot.db"),
            Some(Backend::Sqlite)
        );
        assert_eq!(Backend::from_url("sqlite::memory:"), Some(Backend::Sqlite));
        assert_eq!(
            Backend::from_url("postgres://u@h/db"),
            Some(Backend::Postgres)
        );
        assert_eq!(
            Backend::from_url("postgresql://u@h/db"),
            Some(Backend::Postgres)
        );
        assert_eq!(Backend::from_url("mysql://u@h/db"), None);
        assert_eq!(Backend::from_url("data/bot.db"), None);
    }

    #[test]
    fn only_postgres_locks_rows() {
        assert!(!Backend::Sqlite.lock_account().contains("FOR UPDATE"));
        assert!(Backend::Postgres.lock_account().ends_with("FOR UPDATE"));
        assert!(!Backend::Sqlite.claim_outbox().contains("SKIP LOCKED"));
        assert!(
            Backend::Postgres
                .claim_outbox()
                .contains("FOR UPDATE SKIP LOCKED)")
        );
        assert!(Backend::Sqlite.lock_persons().is_none());
        assert!(
            Backend::Postgres
                .lock_persons()
                .is_some_and(|sql| sql.ends_with("ORDER BY id FOR UPDATE"))
        );
        assert!(!Backend::Sqlite.claim_jobs().contains("SKIP LOCKED"));
        assert!(
            Backend::Postgres
                .claim_jobs()
                .contains("FOR UPDATE SKIP LOCKED)")
        );
        assert!(Backend::Sqlite.lock_entry_log().is_none());
        assert!(
            Backend::Postgres
                .lock_entry_log()
                .is_some_and(|sql| sql.contains("pg_advisory_xact_lock"))
        );
        assert!(!Backend::Sqlite.lock_job().contains("FOR UPDATE"));
        assert!(Backend::Postgres.lock_job().ends_with("FOR UPDATE"));
    }
}
