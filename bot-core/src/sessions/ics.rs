//! Calendar files (`.ics`) for booked sessions, one event per session.

use chrono::TimeZone;
use icalendar::{Calendar, Component, Event, EventLike};

use crate::message::FileAttachment;
use crate::model::{MeetingMode, Session};

/// `title` is the localized "Mentoring session with …"; the times are UTC,
/// which every calendar shows in its owner's zone.
pub fn calendar_file(sessions: &[Session], title: &str) -> FileAttachment {
    let mut calendar = Calendar::new();
    for session in sessions {
        let (Some(start), Some(end)) = (
            chrono::Utc.timestamp_millis_opt(session.starts_at).single(),
            chrono::Utc
                .timestamp_millis_opt(session.starts_at + i64::from(session.minutes) * 60_000)
                .single(),
        ) else {
            continue;
        };
        let mut event = Event::new();
        event
            .uid(&format!("session-{}@mentor-cloud", session.id))
            .summary(title)
            .starts(start)
            .ends(end);
        if let Some(place) = &session.place {
            match session.mode {
                MeetingMode::Online => event.url(place),
                _ => event.location(place),
            };
        }
        calendar.push(event.done());
    }
    FileAttachment::text(
        "mentoring-session.ics",
        "text/calendar",
        calendar.done().to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SessionState;

    #[test]
    fn events_carry_uid_times_and_escaped_text() {
        let session = Session {
            id: 7,
            pair_id: 1,
            booked_by: 1,
            starts_at: 1_796_115_600_000,
            minutes: 90,
            mode: MeetingMode::InPerson,
            place: Some("Café Zentral, Herrengasse 14; 1st floor".into()),
            state: SessionState::Confirmed,
            series_id: None,
            repeat: None,
            timezone: "Europe/Vienna".into(),
            created_at: 0,
            updated_at: 0,
        };
        let file = calendar_file(&[session], "Mentoring session with Ann, Bo");
        assert_eq!(file.mime, "text/calendar");
        let text = file.text.replace("\r\n ", "");
        assert!(text.contains("UID:session-7@mentor-cloud"), "{text}");
        assert!(text.contains("DTSTART:20261201T090000Z"), "{text}");
        assert!(text.contains("DTEND:20261201T103000Z"), "{text}");
        assert!(
            text.contains("SUMMARY:Mentoring session with Ann\\, Bo"),
            "{text}"
        );
        assert!(
            text.contains("LOCATION:Café Zentral\\, Herrengasse 14\\; 1st floor"),
            "{text}"
        );
    }
}
