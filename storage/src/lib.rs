//! The database behind mentor-cloud: sqlx implementations of bot-core's
//! [`Store`](bot_core::ports::Store) and [`StoreTx`](bot_core::ports::StoreTx)
//! ports, with one behaviour on SQLite (the embedded default) and PostgreSQL
//! (several instances on one database).
//!
//! Everything goes through `sqlx::Any`, so there is one implementation; the
//! few places where the SQL must differ live in [`dialect`].
//!
//! [`knowledge::TantivyIndex`] is the knowledge base's search index, derived
//! from the entries in the database and kept current from their change log.

mod accounts;
mod applications;
mod audit;
mod circles;
mod connect;
mod conversations;
mod dialect;
mod entries;
mod erase;
mod error;
mod events;
mod group;
mod hours;
mod invites;
mod jobs;
pub mod knowledge;
mod leases;
mod outbox;
mod pairs;
mod people;
mod questions;
mod reports;
mod row;
mod sessions;
mod store;
pub mod testing;
mod tx;

pub use connect::connect;
pub use dialect::Backend;
pub use error::StorageError;
pub use store::SqlStore;
