//! The coordinator's view of the programme: statistics with charts, the
//! programme's data as CSV files, and announcements to the cohort.

pub mod announce;
pub mod export;
pub mod stats;
