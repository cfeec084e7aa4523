//! Delivery of the core's messages to Matrix rooms: an `m.notice` with an
//! HTML and a plain body, then one upload per file (encrypted in encrypted
//! rooms). Transaction ids come from the outbox's idempotency key, so a
//! retried message is not shown twice.

use std::sync::Arc;

use async_trait::async_trait;
use bot_core::message::{Address, ChatAddress, Outgoing};
use bot_core::ports::{Transport, TransportError};
use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::ruma::api::error::{ErrorKind, RetryAfter};
use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;
use matrix_sdk::ruma::{OwnedTransactionId, RoomId, UserId};
use matrix_sdk::{Client, Room, RoomState};

use crate::circle_rooms::CircleRooms;
use crate::render::render;
use crate::rooms::DirectRooms;
use crate::translate::PLATFORM;

pub struct MatrixTransport {
    client: Client,
    rooms: Arc<DirectRooms>,
    circle_rooms: Option<CircleRooms>,
}

impl MatrixTransport {
    pub fn new(client: Client, rooms: Arc<DirectRooms>) -> Self {
        Self {
            client,
            rooms,
            circle_rooms: None,
        }
    }

    /// Also creates the rooms the core asks for, and reports them to `bot`.
    pub fn creating_rooms(mut self, bot: bot_core::Bot) -> Self {
        self.circle_rooms = Some(CircleRooms::new(self.client.clone(), bot));
        self
    }

    async fn room_of(&self, to: &Address, private: bool) -> Result<Room, TransportError> {
        match &to.chat {
            ChatAddress::Direct(user) => {
                let user = <&UserId>::try_from(user.as_str())
                    .map_err(|e| TransportError::Permanent(format!("not a Matrix user id: {e}")))?;
                self.rooms.room_for(user).await
            }
            ChatAddress::Room(_) if private => Err(TransportError::Permanent(
                "private data is never sent to a room".into(),
            )),
            ChatAddress::Room(room) => {
                let id = <&RoomId>::try_from(room.as_str())
                    .map_err(|e| TransportError::Permanent(format!("not a Matrix room id: {e}")))?;
                match self.client.get_room(id) {
                    Some(room) if room.state() == RoomState::Joined => Ok(room),
                    _ => Err(TransportError::Permanent(
                        "the bot is not in that room".into(),
                    )),
                }
            }
        }
    }
}

#[async_trait]
impl Transport for MatrixTransport {
    fn platform(&self) -> &str {
        PLATFORM
    }

    async fn send(
        &self,
        to: &Address,
        message: &Outgoing,
        idempotency_key: &str,
    ) -> Result<(), TransportError> {
        let room = self.room_of(to, message.private).await?;
        let rendered = render(message);
        // A message may be only files (an export); no empty notice before them.
        if !rendered.plain.is_empty() || message.files.is_empty() {
            room.send(RoomMessageEventContent::notice_html(
                rendered.plain,
                rendered.html,
            ))
            .with_transaction_id(txn_id(idempotency_key, None))
            .await
            .map_err(map_error)?;
        }
        for (i, file) in message.files.iter().enumerate() {
            let mime = file.mime.parse().unwrap_or(mime::APPLICATION_OCTET_STREAM);
            let config = AttachmentConfig::new().txn_id(txn_id(idempotency_key, Some(i)));
            room.send_attachment(&file.name, &mime, file.bytes(), config)
                .await
                .map_err(map_error)?;
        }
        if let (Some(request), Some(maker), ChatAddress::Direct(requester)) =
            (&message.new_room, &self.circle_rooms, &to.chat)
        {
            maker.create(requester, request, idempotency_key).await?;
        }
        Ok(())
    }
}

/// One transaction id per event of a message, the same on every retry.
fn txn_id(key: &str, file: Option<usize>) -> OwnedTransactionId {
    match file {
        None => key.into(),
        Some(i) => format!("{key}.file{i}").into(),
    }
}

/// Rate limits and network trouble are temporary; the homeserver refusing
/// the bot a room or a person is not.
pub fn map_error(error: matrix_sdk::Error) -> TransportError {
    let reason = error.to_string();
    match error.client_api_error_kind() {
        Some(ErrorKind::LimitExceeded(data)) => TransportError::Retry {
            after_ms: data.retry_after.as_ref().map(retry_after_ms),
            reason,
        },
        Some(
            ErrorKind::Forbidden
            | ErrorKind::NotFound
            | ErrorKind::InviteBlocked
            | ErrorKind::UserDeactivated
            | ErrorKind::TooLarge
            | ErrorKind::BadJson
            | ErrorKind::NotJson,
        ) => TransportError::Permanent(reason),
        _ => TransportError::Retry {
            after_ms: None,
            reason,
        },
    }
}

fn retry_after_ms(retry_after: &RetryAfter) -> i64 {
    let wait = match retry_after {
        RetryAfter::Delay(delay) => *delay,
        RetryAfter::DateTime(at) => at
            .duration_since(std::time::SystemTime::now())
            .unwrap_or_default(),
    };
    i64::try_from(wait.as_millis()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use matrix_sdk::HttpError;
    use matrix_sdk::ruma::api::EndpointError;
    use matrix_sdk::ruma::api::client::uiaa::UiaaResponse;
    use matrix_sdk::ruma::api::error::FromHttpResponseError;

    /// The error matrix-sdk returns for an HTTP answer Synapse gave.
    fn from_synapse(status: u16, body: &str) -> matrix_sdk::Error {
        let response = http::Response::builder()
            .status(status)
            .body(body.as_bytes().to_vec())
            .expect("response");
        let api = matrix_sdk::ruma::api::error::Error::from_http_response(response);
        matrix_sdk::Error::Http(Box::new(HttpError::Api(Box::new(
            FromHttpResponseError::Server(UiaaResponse::MatrixError(api)),
        ))))
    }

    #[test]
    fn rate_limits_wait_as_long_as_the_homeserver_says() {
        let error = from_synapse(
            429,
            r#"{"errcode":"M_LIMIT_EXCEEDED","error":"Too Many Requests","retry_after_ms":2000}"#,
        );
        assert!(matches!(
            map_error(error),
            TransportError::Retry {
                after_ms: Some(2000),
                ..
            }
        ));
    }

    #[test]
    fn refusals_are_permanent_and_server_trouble_is_not() {
        let forbidden = from_synapse(
            403,
            r#"{"errcode":"M_FORBIDDEN","error":"User is not in room"}"#,
        );
        assert!(matches!(map_error(forbidden), TransportError::Permanent(_)));
        let unavailable = from_synapse(502, "<html>Bad gateway</html>");
        assert!(matches!(
            map_error(unavailable),
            TransportError::Retry { after_ms: None, .. }
        ));
    }

    #[test]
    fn every_event_of_a_message_has_its_own_stable_transaction_id() {
        assert_eq!(txn_id("matrix:$ev:0", None).as_str(), "matrix:$ev:0");
        assert_eq!(
            txn_id("matrix:$ev:0", Some(1)).as_str(),
            "matrix:$ev:0.file1"
        );
    }
}
