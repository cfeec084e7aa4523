//! mentor-cloud's platform-agnostic core: the programme's rules, dialogs and
//! messages. It talks to the world only through the traits in [`ports`].

pub mod applications;
pub mod bot;
pub mod clock;
pub mod commands;
pub mod config;
pub mod context;
pub mod conversation;
pub mod coordination;
pub mod coordinator;
pub mod delivery;
pub mod dialogs;
pub mod error;
pub mod group;
pub mod hours;
pub mod i18n;
pub mod import;
pub mod knowledge;
pub mod lease;
pub mod linking;
pub mod matching;
pub mod message;
pub mod model;
pub mod pairing;
pub mod ports;
pub mod privacy;
pub mod profile;
pub mod programme;
pub mod reference;
pub mod rules;
pub mod scheduler;
pub mod sessions;
pub mod time;
pub mod validate;
pub mod when;

pub use bot::Bot;
pub use context::{Deps, Services};
pub use error::CoreError;
