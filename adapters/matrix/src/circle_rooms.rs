//! Rooms the core asks for (`/group room <circle>`): the bot creates a
//! private room with the circle's name, invites the members, and reports
//! the room back to the core as the requester pressing the link token in
//! it ([`bot_core::Bot::room_created`]), so the core links it like `/group link`.

use std::collections::HashMap;
use std::sync::Mutex;

use bot_core::Bot;
use bot_core::message::NewRoom;
use bot_core::ports::TransportError;
use matrix_sdk::Client;
use matrix_sdk::ruma::api::client::room::Visibility;
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request, RoomPreset};
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId};

use crate::translate::PLATFORM;
use crate::transport::map_error;

pub struct CircleRooms {
    client: Client,
    bot: Bot,
    /// Rooms created per outbox message, so a retried delivery reuses its room.
    created: Mutex<HashMap<String, OwnedRoomId>>,
}

impl CircleRooms {
    pub fn new(client: Client, bot: Bot) -> Self {
        Self {
            client,
            bot,
            created: Mutex::new(HashMap::new()),
        }
    }

    pub async fn create(
        &self,
        requester: &str,
        request: &NewRoom,
        idempotency_key: &str,
    ) -> Result<(), TransportError> {
        let known = self
            .created
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(idempotency_key)
            .cloned();
        let room_id = match known {
            Some(id) => id,
            None => {
                let own = self.client.user_id().map(ToOwned::to_owned);
                // Ids that are not Matrix user ids cannot be invited; the core only sends ours.
                let invite: Vec<OwnedUserId> = request
                    .invite
                    .iter()
                    .filter_map(|id| OwnedUserId::try_from(id.as_str()).ok())
                    .filter(|id| Some(id) != own.as_ref())
                    .collect();
                let mut create = Request::new();
                create.name = Some(request.name.clone());
                create.invite = invite;
                create.preset = Some(RoomPreset::PrivateChat);
                create.visibility = Visibility::Private;
                let room = self.client.create_room(create).await.map_err(map_error)?;
                tracing::info!(room = %room.room_id(), "created a circle's room");
                let id = room.room_id().to_owned();
                self.created
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(idempotency_key.to_owned(), id.clone());
                id
            }
        };
        self.bot
            .room_created(
                PLATFORM,
                requester,
                room_id.to_string(),
                request,
                idempotency_key,
            )
            .await
    }
}
