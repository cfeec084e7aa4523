//! `mentor-cloud import participants FILE.csv`: people from an application
//! form export, onboarded and consenting (the form covered consent).
//! Every row is checked first; a bad row is reported by its line number
//! with the reason and nothing from it is stored. By default one bad row
//! stops the whole import.

mod apply;
mod parse;

pub use apply::{ImportReport, Imported, import_participants};
pub use parse::{ImportRow, RowError, parse_participants};
