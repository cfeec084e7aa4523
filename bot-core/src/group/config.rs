//! How group sessions run: their planned length, the facilitator's time box
//! per round and its warning, how long attendees have to agree to saving
//! the notes, and when action items come back to their owners. Reminders
//! before a session use the sessions' offsets (`sessions.reminders_minutes`).

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GroupsConfig {
    /// The planned length of a group session, in minutes.
    pub minutes: u32,
    /// The time box of a round when the facilitator gives none (`/round 20`).
    pub round_minutes: u32,
    /// A warning this many minutes before a round's time box ends.
    pub warn_minutes: u32,
    /// Hours logged per attendee are the session's real length, at most this.
    pub max_minutes: u32,
    /// Everyone present must agree within this many hours, or the notes are not saved.
    pub consent_hours: u32,
    /// Days after the session when each action item's owner is reminded of it.
    pub action_reminder_days: u32,
    /// Platforms whose adapter creates a room for a circle on request
    /// (`/group room`). Set by the binary from what the adapters are
    /// configured to do, never from the file.
    #[serde(skip)]
    pub room_platforms: Vec<String>,
}

impl Default for GroupsConfig {
    fn default() -> Self {
        Self {
            minutes: 90,
            round_minutes: 15,
            warn_minutes: 2,
            max_minutes: 240,
            consent_hours: 48,
            action_reminder_days: 7,
            room_platforms: vec!["matrix".into(), "console".into()],
        }
    }
}

impl GroupsConfig {
    pub fn validate(&self) -> Result<(), String> {
        if !(15..=480).contains(&self.minutes) {
            return Err("groups.minutes must be 15–480".into());
        }
        if !(1..=120).contains(&self.round_minutes) || self.warn_minutes >= self.round_minutes {
            return Err("groups.round_minutes must be 1–120 and warn_minutes less than it".into());
        }
        if !(15..=720).contains(&self.max_minutes) {
            return Err("groups.max_minutes must be 15–720".into());
        }
        if !(1..=720).contains(&self.consent_hours)
            || !(1..=90).contains(&self.action_reminder_days)
        {
            return Err("groups.consent_hours must be 1–720 and action_reminder_days 1–90".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_nonsense_is_not() {
        GroupsConfig::default().validate().expect("defaults");
        let warn_too_late = GroupsConfig {
            warn_minutes: 15,
            ..GroupsConfig::default()
        };
        assert!(warn_too_late.validate().is_err());
        let no_consent_window = GroupsConfig {
            consent_hours: 0,
            ..GroupsConfig::default()
        };
        assert!(no_consent_window.validate().is_err());
    }
}
