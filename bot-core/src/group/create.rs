//! `/group room <circle>`: where the platform lets the bot create rooms
//! (Matrix; Discord, as threads, when a channel for them is configured;
//! the console simulates it: see `groups.room_platforms`), the bot makes a room for a circle,
//! invites its members and links the room to the circle. Elsewhere the
//! person is told how to make a group themselves and link it.
//!
//! The core only asks: the request travels with the confirmation message
//! through the outbox ([`NewRoom`]), the adapter creates the room and
//! reports it back as the requester pressing `grp:link:<circle>` there, and
//! [`link_by_token`] links it with the same checks as `/group link`.

use crate::context::Ctx;
use crate::error::CoreError;
use crate::message::{Chat, NewRoom, Outgoing, RichText};
use crate::pairing::people::person;

use super::room::{self, Room};

/// The platform's proper name, the same in every language.
fn platform_label(platform: &str) -> String {
    match platform {
        "matrix" => "Matrix".to_owned(),
        "telegram" => "Telegram".to_owned(),
        "discord" => "Discord".to_owned(),
        other => other.to_owned(),
    }
}

/// The token the adapter presses in the new room.
fn link_token(circle_id: i64) -> String {
    format!("grp:link:{circle_id}")
}

pub async fn create(ctx: &mut Ctx<'_>, args: &[&str]) -> Result<(), CoreError> {
    let [name] = args else {
        ctx.say("group-room-usage", &[]);
        return Ok(());
    };
    let Some(circle) = room::circle_named(ctx, name).await? else {
        return Ok(());
    };
    if !room::may_link(ctx, &circle) {
        ctx.say(
            "group-link-denied",
            &[("circle", circle.name.as_str().into())],
        );
        return Ok(());
    }
    let platform = ctx.from.platform.clone();
    let platform_name = platform_label(&platform);
    if !ctx.config().groups.room_platforms.contains(&platform) {
        ctx.say(
            "group-room-unsupported",
            &[
                ("platform", platform_name.into()),
                ("circle", circle.name.as_str().into()),
            ],
        );
        return Ok(());
    }
    // The bot creates the room, so the requester is invited like everyone.
    let mut invite = vec![ctx.from.id.clone()];
    let (mut invited, mut missing) = (Vec::new(), Vec::new());
    for id in &circle.members {
        let accounts = ctx.tx.accounts_of(*id).await?;
        let name = person(ctx, *id).await?.name;
        match accounts.iter().find(|a| a.key.platform == platform) {
            Some(account) => {
                if !invite.contains(&account.key.id) {
                    invite.push(account.key.id.clone());
                }
                invited.push(name);
            }
            None => missing.push(name),
        }
    }
    let mut text = ctx.t(
        "group-room-creating",
        &[
            ("circle", circle.name.as_str().into()),
            ("members", super::list(&invited).into()),
        ],
    );
    if !missing.is_empty() {
        text.push('\n');
        text.push_str(&ctx.t(
            "group-room-missing",
            &[
                ("platform", platform_name.into()),
                ("names", missing.join(", ").into()),
            ],
        ));
    }
    ctx.reply_direct(Outgoing {
        text: RichText::plain(text),
        new_room: Some(NewRoom {
            name: circle.name.clone(),
            invite,
            token: link_token(circle.id),
        }),
        ..Outgoing::default()
    });
    Ok(())
}

/// `grp:link:<circle>` pressed in a room (by the adapter that created it).
pub async fn link_by_token(ctx: &mut Ctx<'_>, circle_id: i64) -> Result<(), CoreError> {
    let Chat::Room(id) = ctx.chat.clone() else {
        ctx.say("group-room-only", &[]);
        return Ok(());
    };
    let circles = ctx.tx.circles().await?;
    let Some(circle) = circles.into_iter().find(|c| c.id == circle_id) else {
        ctx.say("choice-invalid", &[]);
        return Ok(());
    };
    let room = Room {
        platform: ctx.from.platform.clone(),
        id,
        circle: None,
    };
    room::link_circle(ctx, &room, &circle).await
}
