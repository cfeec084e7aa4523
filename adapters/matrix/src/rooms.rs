//! Which room is "the direct chat" with a person. The core addresses people
//! (`Address::direct`), Matrix has only rooms: the room the person last wrote
//! to the bot from, else a room marked direct (`m.direct`), else a room of
//! just the two of them, else a new encrypted direct room the person is
//! invited to.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use bot_core::ports::TransportError;

use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, RoomId, UserId};
use matrix_sdk::{Client, Room, RoomMemberships, RoomState};

use crate::transport::map_error;

/// How long to wait for a newly created room to come back through the sync.
const NEW_ROOM_ECHO: Duration = Duration::from_secs(5);

pub struct DirectRooms {
    client: Client,
    known: Mutex<HashMap<OwnedUserId, OwnedRoomId>>,
    created: Mutex<HashMap<OwnedUserId, OwnedRoomId>>,
    /// One lookup at a time, so two messages never create two rooms.
    finding: tokio::sync::Mutex<()>,
}

impl DirectRooms {
    pub fn new(client: Client) -> Self {
        Self {
            client,
            known: Mutex::new(HashMap::new()),
            created: Mutex::new(HashMap::new()),
            finding: tokio::sync::Mutex::new(()),
        }
    }

    /// The person wrote to the bot in this direct room: answers go there.
    pub fn remember(&self, user: &UserId, room: &RoomId) {
        lock(&self.known).insert(user.to_owned(), room.to_owned());
    }

    /// The bot left this room.
    pub fn forget_room(&self, room: &RoomId) {
        lock(&self.known).retain(|_, r| r != room);
    }

    fn known(&self, user: &UserId) -> Option<OwnedRoomId> {
        lock(&self.known).get(user).cloned()
    }

    pub async fn room_for(&self, user: &UserId) -> Result<Room, TransportError> {
        let _one_at_a_time = self.finding.lock().await;
        if let Some(room) = self.known(user).and_then(|id| self.client.get_room(&id))
            && shared_with(&room, user).await
        {
            return Ok(room);
        }
        for room in self.client.get_dm_rooms(user) {
            if shared_with(&room, user).await {
                self.remember(user, room.room_id());
                return Ok(room);
            }
        }
        let mut two_of_us = Vec::new();
        for room in self.client.joined_rooms() {
            if active_members(&room).await == Some(2) && shared_with(&room, user).await {
                two_of_us.push(room);
            }
        }
        // Prefer an encrypted one, as a person's client would.
        two_of_us.sort_by_key(|room| !room.encryption_state().is_encrypted());
        if let Some(room) = two_of_us.into_iter().next() {
            self.remember(user, room.room_id());
            return Ok(room);
        }
        let room = match self.created_for(user) {
            Some(room) => room,
            None => {
                tracing::info!("creating an encrypted direct room");
                let room = self.client.create_dm(user).await.map_err(map_error)?;
                lock(&self.created).insert(user.to_owned(), room.room_id().to_owned());
                room
            }
        };
        // The bot encrypts for the members it knows of; until the invitation
        // comes back through the sync, that is nobody, and the person could
        // never read the message. Wait for it, or try again later (with the
        // same room: `created` remembers it).
        let deadline = tokio::time::Instant::now() + NEW_ROOM_ECHO;
        while !shared_with(&room, user).await {
            if tokio::time::Instant::now() >= deadline {
                return Err(TransportError::Retry {
                    after_ms: None,
                    reason: "the new direct room has not come back through the sync yet".into(),
                });
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        lock(&self.created).remove(user);
        self.remember(user, room.room_id());
        Ok(room)
    }

    /// A room the bot created for `user` that has not come back through the sync yet.
    fn created_for(&self, user: &UserId) -> Option<Room> {
        let id = lock(&self.created).get(user).cloned()?;
        match self.client.get_room(&id) {
            Some(room) if room.state() == RoomState::Joined => Some(room),
            _ => {
                lock(&self.created).remove(user);
                None
            }
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}

/// The bot is in the room and the person is in it or invited to it.
async fn shared_with(room: &Room, user: &UserId) -> bool {
    if room.state() != RoomState::Joined {
        return false;
    }
    match room.get_member_no_sync(user).await {
        Ok(Some(member)) => matches!(
            member.membership(),
            MembershipState::Join | MembershipState::Invite
        ),
        Ok(None) => false,
        Err(error) => {
            tracing::warn!(%error, "room members unreadable");
            false
        }
    }
}

/// A direct chat for the core: marked as one, or just the bot and one person.
pub async fn is_direct(room: &Room) -> bool {
    room.is_direct().await.unwrap_or(false) || active_members(room).await.is_some_and(|n| n <= 2)
}

/// How many are in the room or invited to it, the bot included. Counted from
/// the member list: Synapse sends the summary counts only to clients that
/// lazy-load members. The first call for a room may ask the homeserver.
pub async fn active_members(room: &Room) -> Option<usize> {
    match room.members(RoomMemberships::ACTIVE).await {
        Ok(members) => Some(members.len()),
        Err(error) => {
            tracing::warn!(room = %room.room_id(), %error, "room members unreadable");
            None
        }
    }
}
