//! The part of the configuration the core needs. The binary reads the TOML
//! file and hands this section over; every field has a sensible default so an
//! empty file runs.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CoreConfig {
    pub programme: ProgrammeConfig,
    pub limits: Limits,
    pub pairing: PairingConfig,
    #[serde(rename = "programme_dates")]
    pub dates: crate::rules::ProgrammeDates,
    pub sessions: crate::rules::SessionsConfig,
    pub hours: crate::rules::HoursConfig,
    pub nudges: crate::rules::NudgesConfig,
    pub checkins: crate::rules::CheckInsConfig,
    /// Group sessions in chat rooms: lengths, time boxes, consent window.
    pub groups: crate::group::GroupsConfig,
    pub deliverables: Vec<crate::rules::Deliverable>,
    /// Accounts that are coordinators from the start, as `platform:id` (e.g. `console:carol`).
    pub coordinators: Vec<String>,
    /// The language used before a person has chosen one, when the platform gives no hint.
    pub default_language: String,
}

impl Default for CoreConfig {
    fn default() -> Self {
        Self {
            programme: ProgrammeConfig::default(),
            limits: Limits::default(),
            pairing: PairingConfig::default(),
            dates: Default::default(),
            sessions: Default::default(),
            hours: Default::default(),
            nudges: Default::default(),
            checkins: Default::default(),
            groups: Default::default(),
            deliverables: Vec::new(),
            coordinators: Vec::new(),
            default_language: "en".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ProgrammeConfig {
    pub name: String,
    /// Only people with a valid invite code may join.
    pub invite_only: bool,
    /// How long a `/link` code stays valid, in minutes.
    pub link_code_minutes: u32,
}

impl Default for ProgrammeConfig {
    fn default() -> Self {
        Self {
            name: "Mentoring programme".into(),
            invite_only: false,
            link_code_minutes: 10,
        }
    }
}

/// How pairs are formed and answered.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PairingConfig {
    /// Days to accept an introduction or a mentor request before it lapses.
    pub response_days: u32,
    /// Mentees may browse suggestions (`/mentors`) and request a mentor themselves.
    pub self_service: bool,
    /// People from the same organisation are never paired.
    pub exclude_same_organisation: bool,
    /// How many suggestions `/mentors` shows.
    pub suggestions: usize,
    pub weights: crate::matching::MatchingWeights,
}

impl Default for PairingConfig {
    fn default() -> Self {
        Self {
            response_days: 3,
            self_service: false,
            exclude_same_organisation: true,
            suggestions: 5,
            weights: crate::matching::MatchingWeights::default(),
        }
    }
}

/// Input limits. Longer input is refused with a message saying the limit.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Any message, in characters.
    pub max_text: usize,
    pub max_name: usize,
    pub max_organisation: usize,
    pub max_goals: usize,
    pub max_reason: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_text: 4000,
            max_name: 80,
            max_organisation: 120,
            max_goals: 1500,
            max_reason: 1000,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{0}")]
    Invalid(String),
}

impl CoreConfig {
    /// Checks what serde cannot: ranges and the format of coordinator accounts.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if crate::i18n::Lang::from_code(&self.default_language).is_none() {
            return Err(ConfigError::Invalid(format!(
                "default_language {:?} is not a shipped language",
                self.default_language
            )));
        }
        for account in &self.coordinators {
            match account.split_once(':') {
                Some((platform, id)) if !platform.is_empty() && !id.is_empty() => {}
                _ => {
                    return Err(ConfigError::Invalid(format!(
                        "coordinator {account:?} must be written platform:id, e.g. console:carol"
                    )));
                }
            }
        }
        let l = &self.limits;
        if l.max_text < 100
            || l.max_name < 2
            || l.max_organisation < 2
            || l.max_goals < 3
            || l.max_reason < 3
        {
            return Err(ConfigError::Invalid(
                "limits are too small to be usable".into(),
            ));
        }
        if self.pairing.response_days == 0 || self.pairing.suggestions == 0 {
            return Err(ConfigError::Invalid(
                "pairing.response_days and pairing.suggestions must be at least 1".into(),
            ));
        }
        self.validate_rules().map_err(ConfigError::Invalid)?;
        self.groups.validate().map_err(ConfigError::Invalid)?;
        if self.programme.link_code_minutes == 0 {
            return Err(ConfigError::Invalid(
                "programme.link_code_minutes must be at least 1".into(),
            ));
        }
        Ok(())
    }

    pub fn is_configured_coordinator(&self, key: &crate::message::AccountKey) -> bool {
        self.coordinators
            .iter()
            .any(|c| c.split_once(':') == Some((key.platform.as_str(), key.id.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        CoreConfig::default().validate().expect("defaults valid");
    }

    #[test]
    fn coordinator_accounts_need_a_platform() {
        let config = CoreConfig {
            coordinators: vec!["carol".into()],
            ..CoreConfig::default()
        };
        assert!(config.validate().is_err());
        let config = CoreConfig {
            coordinators: vec!["console:carol".into()],
            ..CoreConfig::default()
        };
        assert!(
            config.is_configured_coordinator(&crate::message::AccountKey::new("console", "carol"))
        );
        assert!(
            !config
                .is_configured_coordinator(&crate::message::AccountKey::new("telegram", "carol"))
        );
    }
}
