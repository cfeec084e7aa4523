//! Multi-step conversations as explicit, persisted state machines. Each
//! dialog asks its current question and checks answers; a restart resumes it
//! from the stored state.

pub mod edit;
pub mod fields;
pub mod onboarding;
pub mod small;

use serde::{Deserialize, Serialize};

use crate::context::Ctx;
use crate::error::CoreError;

pub use edit::EditProfile;
pub use onboarding::Onboarding;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "dialog", rename_all = "snake_case")]
pub enum Dialog {
    Onboarding(Onboarding),
    EditProfile(EditProfile),
    Language,
    Forget,
    RejectReason {
        application: i64,
    },
    InterviewTime {
        application: i64,
    },
    /// The optional reason for declining an introduction or a request.
    PairNote {
        pair: i64,
    },
    /// The optional reason for ending a pair.
    EndPair {
        pair: i64,
    },
    Book(crate::sessions::book::Booking),
    /// Another time for a session (proposed back, or rescheduled).
    SessionTime {
        session: i64,
    },
    /// How long a session that took place lasted.
    SessionLength {
        session: i64,
    },
    /// The optional note after a session; it records the session.
    SessionNote {
        session: i64,
        minutes: u32,
    },
    LogHours(crate::hours::LogHours),
    /// The optional comment after a check-in rating; it stores the check-in.
    CheckInComment {
        pair: i64,
        rating: u8,
    },
    Report(crate::programme::deliverables::ReportDraft),
    Share(crate::knowledge::share::Share),
    /// A mentor's answer to a routed question.
    MentorAnswer {
        question: i64,
    },
    /// New text for one's own entry.
    EditEntry {
        entry: i64,
    },
}

/// An answer: typed text, or the tokens of chosen options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Text(String),
    Tokens(Vec<String>),
}

/// An optional free-text answer, where “-” skips it. Err when the text
/// cannot be used (too long, only hidden characters): the caller asks again.
#[allow(clippy::result_unit_err)]
pub fn optional_text(input: &Input, max: usize) -> Result<Option<String>, ()> {
    match input {
        Input::Text(t) if t.trim() == "-" => Ok(None),
        Input::Text(t) => crate::validate::free_text(t, 1, max, true)
            .map(Some)
            .ok_or(()),
        Input::Tokens(_) => Ok(None),
    }
}

/// What a dialog does after an answer. Short-lived, so the size of the
/// dialog it carries does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Outcome {
    /// Still under way, in this state (the next question has been sent).
    Continue(Dialog),
    /// Finished (or left); the messages saying so have been sent.
    Done,
}

impl Dialog {
    /// Sends the current question again, e.g. after a restart or an interruption.
    pub async fn ask(&self, ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
        match self {
            Dialog::Onboarding(d) => d.ask(ctx),
            Dialog::EditProfile(d) => d.ask(ctx),
            Dialog::Language => small::ask_language(ctx),
            Dialog::Forget => small::ask_forget(ctx),
            Dialog::RejectReason { application } => {
                crate::applications::ask_reason(ctx, *application).await?
            }
            Dialog::InterviewTime { application } => {
                crate::applications::ask_interview(ctx, *application).await?
            }
            Dialog::PairNote { .. } => crate::pairing::respond::ask_note(ctx).await?,
            Dialog::EndPair { .. } => crate::pairing::lifecycle::ask_end_reason(ctx),
            Dialog::Book(booking) => booking.ask(ctx).await?,
            Dialog::SessionTime { .. } => crate::sessions::answer::ask_time(ctx),
            Dialog::SessionLength { .. } => crate::sessions::follow_up::ask_length(ctx),
            Dialog::SessionNote { .. } => crate::sessions::follow_up::ask_note(ctx),
            Dialog::LogHours(log) => log.ask(ctx),
            Dialog::CheckInComment { .. } => crate::programme::checkins::ask_comment(ctx),
            Dialog::Report(draft) => draft.ask(ctx),
            Dialog::Share(share) => share.ask(ctx).await?,
            Dialog::MentorAnswer { .. } => crate::knowledge::route::ask_answer(ctx),
            Dialog::EditEntry { .. } => crate::knowledge::manage::ask_edit(ctx),
        }
        Ok(())
    }

    pub async fn answer(self, ctx: &mut Ctx<'_>, input: Input) -> Result<Outcome, CoreError> {
        match self {
            Dialog::Onboarding(d) => d.answer(ctx, input).await,
            Dialog::EditProfile(d) => d.answer(ctx, input).await,
            Dialog::Language => small::answer_language(ctx, input).await,
            Dialog::Forget => small::answer_forget(ctx, input).await,
            Dialog::RejectReason { application } => {
                crate::applications::answer_reason(ctx, application, input).await
            }
            Dialog::InterviewTime { application } => {
                crate::applications::answer_interview(ctx, application, input).await
            }
            Dialog::PairNote { pair } => {
                crate::pairing::respond::answer_note(ctx, pair, input).await
            }
            Dialog::EndPair { pair } => {
                crate::pairing::lifecycle::answer_end_reason(ctx, pair, input).await
            }
            Dialog::Book(booking) => booking.answer(ctx, input).await,
            Dialog::SessionTime { session } => {
                crate::sessions::answer::answer_time(ctx, session, input).await
            }
            Dialog::SessionLength { session } => {
                crate::sessions::follow_up::answer_length(ctx, session, input).await
            }
            Dialog::SessionNote { session, minutes } => {
                crate::sessions::follow_up::answer_note(ctx, session, minutes, input).await
            }
            Dialog::LogHours(log) => log.answer(ctx, input).await,
            Dialog::CheckInComment { pair, rating } => {
                crate::programme::checkins::answer_comment(ctx, pair, rating, input).await
            }
            Dialog::Report(draft) => draft.answer(ctx, input).await,
            Dialog::Share(share) => share.answer(ctx, input).await,
            Dialog::MentorAnswer { question } => {
                crate::knowledge::route::answer(ctx, question, input).await
            }
            Dialog::EditEntry { entry } => {
                crate::knowledge::manage::answer_edit(ctx, entry, input).await
            }
        }
    }

    /// The message sent when `/cancel` leaves this dialog.
    pub fn cancel_key(&self) -> &'static str {
        match self {
            Dialog::Onboarding(_) => "onboarding-cancelled",
            _ => "cancelled",
        }
    }
}
