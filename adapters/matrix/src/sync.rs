//! The inbound side: a long-polling `/sync` loop. Each response is already
//! decrypted by the SDK; invitations are answered, messages go to the core
//! one after the other, and rooms everybody left are left too. Network
//! errors are retried with backoff until the loop is told to stop.

use std::sync::Arc;
use std::time::Duration;

use bot_core::Bot;
use bot_core::message::Incoming;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::error::ErrorKind;
use matrix_sdk::ruma::{OwnedUserId, RoomId, UserId};
use matrix_sdk::sync::{JoinedRoomUpdate, State, SyncResponse};
use matrix_sdk::{Client, Room};
use tokio::sync::watch;

use crate::config::MatrixConfig;
use crate::rooms::{DirectRooms, active_members, is_direct};
use crate::translate::{Place, Translated, invitation, is_departure, translate_raw};

/// How long one `/sync` waits for news. A stop request waits for the
/// running request to end, so this bounds how long a shutdown takes.
const POLL: Duration = Duration::from_secs(10);
const FIRST_BACKOFF: Duration = Duration::from_secs(1);
const MAX_BACKOFF: Duration = Duration::from_secs(60);

pub struct Inbound {
    pub bot: Bot,
    pub client: Client,
    pub config: Arc<MatrixConfig>,
    pub rooms: Arc<DirectRooms>,
}

/// Syncs until `stop` turns true. `synced` turns true after the first
/// successful sync (the room list is known from then on). With
/// `skip_backlog`, the messages of the first sync are not answered: a new
/// device sees a little history of every room, long since answered.
pub async fn sync_loop(
    ctx: &Inbound,
    own: OwnedUserId,
    mut stop: watch::Receiver<bool>,
    synced: watch::Sender<bool>,
    mut skip_backlog: bool,
) {
    let mut backoff = FIRST_BACKOFF;
    loop {
        if *stop.borrow() {
            return;
        }
        // Not raced against `stop`: a sync cut off after the SDK stored its
        // token but before its events were handled would lose them.
        let result = ctx
            .client
            .sync_once(SyncSettings::default().timeout(POLL))
            .await;
        match result {
            Ok(response) => {
                backoff = FIRST_BACKOFF;
                handle_response(ctx, &own, &response, skip_backlog).await;
                skip_backlog = false;
                synced.send_replace(true);
            }
            Err(error) => {
                if matches!(
                    error.client_api_error_kind(),
                    Some(ErrorKind::UnknownToken(_) | ErrorKind::MissingToken)
                ) {
                    tracing::error!(
                        %error,
                        "the homeserver no longer accepts the bot's access token; set a new \
                         MENTOR_CLOUD_MATRIX_ACCESS_TOKEN for the same device, or move the \
                         store folder away to sign in as a new device"
                    );
                    backoff = MAX_BACKOFF;
                } else {
                    tracing::warn!(%error, wait_s = backoff.as_secs(), "Matrix sync failed; retrying");
                }
                tokio::select! {
                    _ = tokio::time::sleep(backoff) => {}
                    _ = stop.changed() => {}
                }
                backoff = (backoff * 2).min(MAX_BACKOFF);
            }
        }
    }
}

async fn handle_response(ctx: &Inbound, own: &UserId, response: &SyncResponse, skip_backlog: bool) {
    for (room_id, invited) in &response.rooms.invited {
        if let Some(invite) = invitation(own, &invited.invite_state.events) {
            answer_invitation(ctx, room_id, &invite.inviter).await;
        }
    }
    for (room_id, update) in &response.rooms.joined {
        let Some(room) = ctx.client.get_room(room_id) else {
            continue;
        };
        if skip_backlog {
            tracing::debug!(%room_id, "history of a new device's first sync not answered");
        } else {
            handle_timeline(ctx, own, &room, update).await;
        }
        if someone_left(update) && active_members(&room).await.is_some_and(|n| n <= 1) {
            leave_empty(ctx, &room).await;
        }
    }
    for room_id in response.rooms.left.keys() {
        ctx.rooms.forget_room(room_id);
    }
}

async fn handle_timeline(ctx: &Inbound, own: &UserId, room: &Room, update: &JoinedRoomUpdate) {
    let direct = is_direct(room).await;
    let place = Place {
        room: room.room_id(),
        direct,
    };
    for event in &update.timeline.events {
        match translate_raw(own, place, event.raw()) {
            Translated::Message(incoming) => deliver(ctx, room, direct, incoming).await,
            Translated::Undecryptable { event_id } => tracing::warn!(
                room = %room.room_id(),
                event = %event_id,
                "a message could not be decrypted: the sender's client has not shared its key \
                 with this device"
            ),
            Translated::Ignored => {}
        }
    }
}

async fn deliver(ctx: &Inbound, room: &Room, direct: bool, mut incoming: Incoming) {
    if let Ok(sender) = <&UserId>::try_from(incoming.from.id.as_str()) {
        if direct {
            ctx.rooms.remember(sender, room.room_id());
        }
        if let Ok(Some(member)) = room.get_member_no_sync(sender).await {
            incoming.display_name = member.name().to_owned();
        }
    }
    tracing::debug!(room = %room.room_id(), event = ?incoming.event_id, direct, "message for the core");
    // The core logs failures and apologises to the person itself.
    if let Err(error) = ctx.bot.handle(incoming).await {
        tracing::debug!(%error, "message not handled");
    }
}

async fn answer_invitation(ctx: &Inbound, room_id: &RoomId, inviter: &UserId) {
    let Some(room) = ctx.client.get_room(room_id) else {
        return;
    };
    let server = inviter.server_name();
    if !ctx.config.accepts_invites_from(server.as_str()) {
        tracing::info!(%room_id, %server, "invitation from a server not allowed declined");
        if let Err(error) = room.leave().await {
            tracing::warn!(%room_id, %error, "could not decline an invitation");
        }
        return;
    }
    // A join can race the homeserver finishing the invite; try a few times.
    let mut wait = Duration::from_millis(500);
    for attempt in 1..=4 {
        match room.join().await {
            Ok(()) => {
                tracing::info!(%room_id, "joined a room on invitation");
                return;
            }
            Err(error) if attempt < 4 => {
                tracing::debug!(%room_id, %error, attempt, "join failed; retrying");
                tokio::time::sleep(wait).await;
                wait *= 2;
            }
            Err(error) => tracing::warn!(%room_id, %error, "could not join a room on invitation"),
        }
    }
}

fn someone_left(update: &JoinedRoomUpdate) -> bool {
    let state = match &update.state {
        State::Before(events) | State::After(events) => events,
    };
    update
        .timeline
        .events
        .iter()
        .any(|e| is_departure(e.raw().json().get()))
        || state.iter().any(|e| is_departure(e.json().get()))
}

async fn leave_empty(ctx: &Inbound, room: &Room) {
    tracing::info!(room = %room.room_id(), "leaving a room nobody else is in");
    ctx.rooms.forget_room(room.room_id());
    if let Err(error) = room.leave().await {
        tracing::warn!(room = %room.room_id(), %error, "could not leave an empty room");
        return;
    }
    if let Err(error) = room.forget().await {
        tracing::debug!(room = %room.room_id(), %error, "could not forget a left room");
    }
}
