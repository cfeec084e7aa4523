//! The programme's records as the core sees them. Stored by the store port;
//! instants are milliseconds since the Unix epoch, UTC.

use serde::{Deserialize, Serialize};

use crate::message::AccountKey;

pub type PersonId = i64;
/// Milliseconds since the Unix epoch, UTC.
pub type Millis = i64;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub key: AccountKey,
    pub person_id: Option<PersonId>,
    pub display_name: String,
    /// Language chosen before a profile exists (BCP 47 tag).
    pub locale: Option<String>,
    pub last_seen_at: Millis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CareerStage {
    Student,
    Early,
    Mid,
    Senior,
    Executive,
}

impl CareerStage {
    pub const ALL: [CareerStage; 5] = [
        Self::Student,
        Self::Early,
        Self::Mid,
        Self::Senior,
        Self::Executive,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Student => "student",
            Self::Early => "early",
            Self::Mid => "mid",
            Self::Senior => "senior",
            Self::Executive => "executive",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingMode {
    Online,
    InPerson,
    Both,
}

impl MeetingMode {
    pub const ALL: [MeetingMode; 3] = [Self::Online, Self::InPerson, Self::Both];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::InPerson => "in_person",
            Self::Both => "both",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// Where a person stands as a mentor. Mentees need no approval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentorStatus {
    /// Offers no competence.
    None,
    Applicant,
    Interview,
    Approved,
    Rejected,
}

impl MentorStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Applicant => "applicant",
            Self::Interview => "interview",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::None,
            Self::Applicant,
            Self::Interview,
            Self::Approved,
            Self::Rejected,
        ]
        .into_iter()
        .find(|c| c.as_str() == s)
    }
}

/// What an invite lets someone join as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Mentor,
    Mentee,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mentor => "mentor",
            Self::Mentee => "mentee",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "mentor" => Some(Self::Mentor),
            "mentee" => Some(Self::Mentee),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Offers,
    Seeks,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Offers => "offers",
            Self::Seeks => "seeks",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "offers" => Some(Self::Offers),
            "seeks" => Some(Self::Seeks),
            _ => None,
        }
    }
}

/// A person's relation to one competence: roles are per competence, not per person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetenceClaim {
    pub competence: String,
    pub direction: Direction,
    /// Years of experience, for offered competences.
    pub years: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    /// BCP 47 tag of the language the bot speaks with this person.
    pub locale: String,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub organisation: Option<String>,
    /// Sector id from the competence map.
    pub sector: Option<String>,
    pub career_stage: Option<CareerStage>,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    pub goals: Option<String>,
    pub availability_hours: Option<u32>,
    /// IANA time zone name.
    pub timezone: Option<String>,
    pub meeting_mode: Option<MeetingMode>,
    pub is_coordinator: bool,
    pub mentor_status: MentorStatus,
    pub invited_as: Option<Role>,
    /// The platform that notifications go to; default the one used last.
    pub notify_platform: Option<String>,
    /// How many mentees they take at once as a mentor.
    pub capacity: u32,
    /// A contact address, when a coordinator imported the person; the import's key.
    pub email: Option<String>,
    pub consent_at: Millis,
    pub created_at: Millis,
    pub updated_at: Millis,
}

impl Person {
    /// Someone who has just joined: a name and a language, everything else
    /// still to be told; a mentee until they offer competences.
    pub fn new(name: impl Into<String>, locale: impl Into<String>, now: Millis) -> Self {
        Self {
            id: 0,
            name: name.into(),
            locale: locale.into(),
            country: None,
            organisation: None,
            sector: None,
            career_stage: None,
            languages: Vec::new(),
            goals: None,
            availability_hours: None,
            timezone: None,
            meeting_mode: None,
            is_coordinator: false,
            mentor_status: MentorStatus::None,
            invited_as: None,
            notify_platform: None,
            capacity: crate::dialogs::onboarding::DEFAULT_CAPACITY,
            email: None,
            consent_at: now,
            created_at: now,
            updated_at: now,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invite {
    pub code: String,
    pub role: Role,
    pub uses_left: u32,
    pub expires_at: Millis,
    pub created_by: Option<PersonId>,
    pub created_at: Millis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    Pending,
    Interview,
    Approved,
    Rejected,
}

impl ApplicationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Interview => "interview",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Pending,
            Self::Interview,
            Self::Approved,
            Self::Rejected,
        ]
        .into_iter()
        .find(|c| c.as_str() == s)
    }

    /// Still waiting for a coordinator's decision.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Pending | Self::Interview)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub id: i64,
    pub person_id: PersonId,
    pub status: ApplicationStatus,
    pub reason: Option<String>,
    pub interview_at: Option<Millis>,
    pub decided_by: Option<PersonId>,
    pub created_at: Millis,
    pub decided_at: Option<Millis>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: Millis,
    pub actor: Option<PersonId>,
    pub action: String,
    pub subject: Option<PersonId>,
    /// Ids and codes only: no names or free text, so erasure leaves nothing personal here.
    pub detail: serde_json::Value,
}

/// A message waiting in the outbox, written in the same transaction as the change that caused it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOutboxMessage {
    /// Unique; the transport uses it to make sending idempotent.
    pub idempotency_key: String,
    pub address: crate::message::Address,
    /// The person it is for, if any; erasure removes undelivered messages to them.
    pub person_id: Option<PersonId>,
    pub message: crate::message::Outgoing,
    pub available_at: Millis,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub idempotency_key: String,
    pub address: crate::message::Address,
    pub message: crate::message::Outgoing,
    pub attempts: u32,
    pub created_at: Millis,
}

/// Where a mentoring pair stands. Proposed pairs await a coordinator;
/// requested ones the mentor; introduced ones both people's acceptance.
/// Introduced and active pairs take one of the mentor's places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairState {
    Proposed,
    /// A coordinator rejected the proposal; the two are not proposed again.
    Rejected,
    Requested,
    Introduced,
    Active,
    Completed,
    /// Ended early, declined or expired; the reason says which.
    Ended,
}

impl PairState {
    pub const ALL: [PairState; 7] = [
        Self::Proposed,
        Self::Rejected,
        Self::Requested,
        Self::Introduced,
        Self::Active,
        Self::Completed,
        Self::Ended,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Rejected => "rejected",
            Self::Requested => "requested",
            Self::Introduced => "introduced",
            Self::Active => "active",
            Self::Completed => "completed",
            Self::Ended => "ended",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.as_str() == s)
    }

    /// Takes one of the mentor's places (and the mentee's one mentor).
    pub fn occupies(self) -> bool {
        matches!(self, Self::Introduced | Self::Active)
    }

    /// Still going on: not finished one way or another.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Self::Proposed | Self::Requested | Self::Introduced | Self::Active
        )
    }
}

/// How a pair came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairOrigin {
    /// Proposed by the matching and approved by a coordinator.
    Matching,
    /// Requested by the mentee from their suggestions.
    Request,
}

impl PairOrigin {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Matching => "matching",
            Self::Request => "request",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "matching" => Some(Self::Matching),
            "request" => Some(Self::Request),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    pub id: i64,
    pub mentor_id: PersonId,
    pub mentee_id: PersonId,
    pub state: PairState,
    pub origin: PairOrigin,
    pub score: f64,
    /// Why these two: the facts the explanation is rendered from (JSON owned by the core).
    pub facts: serde_json::Value,
    pub mentor_accepted: bool,
    pub mentee_accepted: bool,
    /// When an introduction or request must be answered by.
    pub respond_by: Option<Millis>,
    /// A code, e.g. `declined`, `expired`, `ended_by_mentor`; free text stays out.
    pub end_reason: Option<String>,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// One step in a pair's history. History is kept: a pair that completed is
/// never lost by what happens later.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairEvent {
    pub pair_id: i64,
    pub at: Millis,
    pub actor: Option<PersonId>,
    pub from_state: Option<PairState>,
    pub to_state: PairState,
    /// What the person said when declining or ending, if anything.
    pub note: Option<String>,
}

/// Work for later: a reminder, a deadline, a nudge. The payload is the
/// core's JSON; the store only keeps time and claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewJob {
    /// Unique when set: scheduling the same key again moves the job instead of adding one.
    pub key: Option<String>,
    pub due_at: Millis,
    pub payload: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
    pub id: i64,
    pub key: Option<String>,
    pub due_at: Millis,
    pub payload: String,
    pub attempts: u32,
}

/// A peer-mentoring circle: a small group with a common language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Circle {
    pub id: i64,
    /// Unique, e.g. `circle-3`; also the room's name on the platforms.
    pub name: String,
    /// ISO 639-1 code of the language every member speaks.
    pub language: String,
    /// Competences two or more members seek, the most shared first.
    pub competences: Vec<String>,
    pub members: Vec<PersonId>,
    pub created_at: Millis,
}

/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionState {
    /// Booked by one person, waiting for the other to confirm.
    Proposed,
    Confirmed,
    Cancelled,
    /// Took place; hours were logged.
    Held,
    /// Did not take place.
    Missed,
}

impl SessionState {
    pub const ALL: [SessionState; 5] = [
        Self::Proposed,
        Self::Confirmed,
        Self::Cancelled,
        Self::Held,
        Self::Missed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Confirmed => "confirmed",
            Self::Cancelled => "cancelled",
            Self::Held => "held",
            Self::Missed => "missed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.as_str() == s)
    }

    /// Still ahead: it can be confirmed, rescheduled or cancelled.
    pub fn is_upcoming(self) -> bool {
        matches!(self, Self::Proposed | Self::Confirmed)
    }
}

/// A bilateral session of a pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: i64,
    pub pair_id: i64,
    pub booked_by: PersonId,
    pub starts_at: Millis,
    pub minutes: u32,
    /// Online or in person (never `Both`).
    pub mode: MeetingMode,
    /// The link for online sessions, the place for sessions in person.
    pub place: Option<String>,
    pub state: SessionState,
    /// The first session of a recurring series, for every session in it.
    pub series_id: Option<i64>,
    /// The series' rule as the booker gave it (`weekly`, `biweekly`, or a cron expression).
    pub repeat: Option<String>,
    /// The booker's IANA zone, in which the series keeps its local hour.
    pub timezone: String,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// What logged hours were spent on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HoursKind {
    Bilateral,
    Group,
    Joint,
    Preparation,
}

impl HoursKind {
    pub const ALL: [HoursKind; 4] = [Self::Bilateral, Self::Group, Self::Joint, Self::Preparation];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bilateral => "bilateral",
            Self::Group => "group",
            Self::Joint => "joint",
            Self::Preparation => "preparation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursEntry {
    pub id: i64,
    pub person_id: PersonId,
    pub pair_id: Option<i64>,
    pub session_id: Option<i64>,
    pub kind: HoursKind,
    pub minutes: u32,
    /// When the time was spent.
    pub on: Millis,
    pub note: Option<String>,
    pub created_at: Millis,
}

/// Hours over the budget that wait for a coordinator's decision (when the
/// programme's `hours.at_budget` is `approval`). Nothing counts until a
/// coordinator approves; then the hours are logged as `entry` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursRequest {
    pub id: i64,
    /// The hours as they will be logged; `person_id` is the mentee whose
    /// budget they go over, who asked.
    pub entry: HoursEntry,
    /// Time the two people of `entry.pair_id` spent together: logged for both.
    pub for_pair: bool,
    pub decided_at: Option<Millis>,
    /// Some(true) approved, Some(false) refused, None still open.
    pub approved: Option<bool>,
}

/// A short rating of how a pair is going.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub id: i64,
    pub pair_id: i64,
    pub person_id: PersonId,
    /// 1 (poor) to 5 (excellent).
    pub rating: u8,
    pub comment: Option<String>,
    pub at: Millis,
}

/// A deliverable handed in: the answers to its questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub id: i64,
    pub person_id: PersonId,
    pub pair_id: Option<i64>,
    /// The deliverable's id from the configuration.
    pub deliverable: String,
    pub answers: Vec<String>,
    pub language: String,
    pub submitted_at: Millis,
}

/// What a knowledge entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// A question and its answer.
    Qa,
    Article,
    /// Notes from a session, shared with the participants' consent.
    SessionNotes,
}

impl EntryKind {
    pub const ALL: [EntryKind; 3] = [Self::Qa, Self::Article, Self::SessionNotes];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Qa => "qa",
            Self::Article => "article",
            Self::SessionNotes => "session_notes",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == s)
    }
}

/// Where an entry came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntrySource {
    /// Written with `/share`.
    Shared,
    /// Captured from a session or an answered question.
    Captured,
    /// Imported from files (`mentor-cloud kb import`).
    Imported,
}

impl EntrySource {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Shared => "shared",
            Self::Captured => "captured",
            Self::Imported => "imported",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Shared, Self::Captured, Self::Imported]
            .into_iter()
            .find(|source| source.as_str() == s)
    }
}

/// An entry of the knowledge base. The database is its one source of truth;
/// the search index is derived from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: i64,
    pub kind: EntryKind,
    pub title: String,
    pub body: String,
    /// ISO 639-1 code (detected, correctable).
    pub language: String,
    /// Competence ids from the competence map.
    pub tags: Vec<String>,
    pub author_id: Option<PersonId>,
    /// Shown as "a programme member" instead of the author's name.
    pub anonymous: bool,
    pub source: EntrySource,
    /// None: the whole programme may read it; Some(pair): only that pair.
    pub pair_id: Option<i64>,
    /// The author agreed that the entry stays (anonymised) if they leave.
    pub consent: bool,
    /// Hidden by a coordinator: kept, but never found.
    pub hidden: bool,
    pub helpful: u32,
    pub not_helpful: u32,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// A question nobody could answer, passed to mentors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutedQuestion {
    pub id: i64,
    pub asker_id: PersonId,
    pub text: String,
    pub language: String,
    /// Competences the question is about (from the best matches), for routing.
    pub tags: Vec<String>,
    pub answered_by: Option<PersonId>,
    pub answer: Option<String>,
    /// Both must agree before the answer becomes an entry.
    pub asker_consent: bool,
    pub mentor_consent: bool,
    pub entry_id: Option<i64>,
    pub created_at: Millis,
    pub answered_at: Option<Millis>,
}

// ------------------------------------------------------------ Group sessions

/// A room the platform names opaquely (a Matrix room id, a Discord channel,
/// a Telegram group), linked to a circle with `/group link`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRoom {
    pub platform: String,
    pub room: String,
    pub circle_id: i64,
    pub linked_by: Option<PersonId>,
    pub linked_at: Millis,
}

/// Where a group session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupState {
    Scheduled,
    Running,
    Ended,
    Cancelled,
}

impl GroupState {
    pub const ALL: [GroupState; 4] = [Self::Scheduled, Self::Running, Self::Ended, Self::Cancelled];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Scheduled => "scheduled",
            Self::Running => "running",
            Self::Ended => "ended",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.as_str() == s)
    }
}

/// Whether a group session's notes went to the knowledge base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotesConsent {
    /// The attendees were asked; not everyone has said yes yet.
    Asked,
    /// Everyone present said yes: the entry is saved.
    Saved,
    /// Someone said no.
    Refused,
    /// Not everyone answered in time.
    Lapsed,
    /// Nothing to save (no notes, or nobody present).
    Nothing,
}

impl NotesConsent {
    pub const ALL: [NotesConsent; 5] = [
        Self::Asked,
        Self::Saved,
        Self::Refused,
        Self::Lapsed,
        Self::Nothing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Asked => "asked",
            Self::Saved => "saved",
            Self::Refused => "refused",
            Self::Lapsed => "lapsed",
            Self::Nothing => "nothing",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// The round under way in a running session: who presents, who advises in
/// which order, whose turn it is (0: the presenter's challenge).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRound {
    pub number: u32,
    pub presenter: PersonId,
    pub advisers: Vec<PersonId>,
    pub turn: u32,
    /// The facilitator's time box.
    pub minutes: u32,
    pub started_at: Millis,
    pub ends_at: Millis,
}

/// A circle's session or a whole-cohort meeting, held in a chat room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSession {
    pub id: i64,
    pub platform: String,
    pub room: String,
    /// None: a joint meeting of the whole cohort.
    pub circle_id: Option<i64>,
    pub topic: String,
    pub starts_at: Millis,
    /// The planned length.
    pub minutes: u32,
    /// The scheduler's IANA zone: the room sees times in it.
    pub timezone: String,
    /// The bot's language for what it posts in the room.
    pub language: String,
    pub state: GroupState,
    /// Who scheduled it, and then who started it.
    pub facilitator_id: Option<PersonId>,
    pub started_at: Option<Millis>,
    pub ended_at: Option<Millis>,
    pub round: Option<GroupRound>,
    /// The summary a language model wrote from the notes, if one did.
    pub summary: Option<String>,
    pub consent: Option<NotesConsent>,
    pub entry_id: Option<i64>,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// A person invited to (or present at) a group session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMember {
    pub session_id: i64,
    pub person_id: PersonId,
    /// Invited (a circle member, or the cohort); false for a guest who came.
    pub invited: bool,
    /// Will attend (true) or cannot (false); None before answering.
    pub rsvp: Option<bool>,
    /// When they answered the attendance call.
    pub present_at: Option<Millis>,
    /// When they presented a challenge in a round.
    pub presented_at: Option<Millis>,
    /// Their answer to saving the notes in the knowledge base.
    pub consent: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupItemKind {
    Note,
    Action,
}

impl GroupItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Note => "note",
            Self::Action => "action",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "note" => Some(Self::Note),
            "action" => Some(Self::Action),
            _ => None,
        }
    }
}

/// A note or an action item collected during a group session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupItem {
    pub id: i64,
    pub session_id: i64,
    pub kind: GroupItemKind,
    pub author_id: Option<PersonId>,
    /// Who does it (action items only).
    pub owner_id: Option<PersonId>,
    pub text: String,
    pub created_at: Millis,
}
