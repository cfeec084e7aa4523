//! Which circle a room belongs to, and who may drive its group sessions.
//!
//! A room is what the platform names it: the console's `#circle-1`, a
//! Matrix room id, a Discord channel id, a Telegram group id. A room linked
//! with `/group link <circle>` belongs to that circle; otherwise a room whose
//! id is a circle's name (the console, where rooms are named) belongs to
//! it. A room that belongs to no circle hosts joint meetings of the whole
//! cohort, which only coordinators schedule.

use serde_json::json;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::i18n::Lang;
use crate::message::Chat;
use crate::model::{Circle, GroupRoom, GroupSession, MentorStatus};
use crate::pairing::people::person;

/// The room a command was given in.
#[derive(Debug, Clone)]
pub struct Room {
    pub platform: String,
    pub id: String,
    pub circle: Option<Circle>,
}

impl Room {
    /// The language the bot posts in here: the circle's, when the bot speaks
    /// it, else the programme's default.
    pub fn language(&self, ctx: &Ctx<'_>) -> Lang {
        self.circle
            .as_ref()
            .and_then(|c| Lang::from_code(&c.language))
            .or_else(|| Lang::from_code(&ctx.config().default_language))
            .unwrap_or(Lang::En)
    }

    pub fn circle_name(&self) -> Option<&str> {
        self.circle.as_ref().map(|c| c.name.as_str())
    }
}

/// The room the speaker is in, with its circle; None (and the speaker told)
/// in a direct chat or for someone who has not joined the programme.
pub async fn current(ctx: &mut Ctx<'_>) -> Result<Option<Room>, CoreError> {
    let Chat::Room(id) = ctx.chat.clone() else {
        ctx.say("group-room-only", &[]);
        return Ok(None);
    };
    if ctx.person.is_none() {
        ctx.say("group-members-only", &[]);
        return Ok(None);
    }
    let platform = ctx.from.platform.clone();
    let circle = circle_of(ctx, &platform, &id).await?;
    Ok(Some(Room {
        platform,
        id,
        circle,
    }))
}

async fn circle_of(
    ctx: &mut Ctx<'_>,
    platform: &str,
    room: &str,
) -> Result<Option<Circle>, CoreError> {
    let linked = ctx.tx.group_room(platform, room).await?;
    let circles = ctx.tx.circles().await?;
    Ok(match linked {
        Some(link) => circles.into_iter().find(|c| c.id == link.circle_id),
        None => circles.into_iter().find(|c| c.name == room),
    })
}

/// The circle of a stored session, if it still exists.
pub async fn circle_of_session(
    ctx: &mut Ctx<'_>,
    session: &GroupSession,
) -> Result<Option<Circle>, CoreError> {
    let Some(id) = session.circle_id else {
        return Ok(None);
    };
    Ok(ctx.tx.circles().await?.into_iter().find(|c| c.id == id))
}

/// May schedule and lead sessions here: a coordinator, or an approved
/// mentor who is a member of the room's circle.
pub fn may_lead(ctx: &Ctx<'_>, room: &Room) -> bool {
    let Some(me) = ctx.person.as_ref() else {
        return false;
    };
    me.is_coordinator
        || (me.mentor_status == MentorStatus::Approved
            && room
                .circle
                .as_ref()
                .is_some_and(|c| c.members.contains(&me.id)))
}

/// May run this session (start, rounds, end, cancel): whoever may lead, and
/// the session's facilitator.
pub fn may_run(ctx: &Ctx<'_>, room: &Room, session: &GroupSession) -> bool {
    may_lead(ctx, room) || (ctx.person_id().is_some() && session.facilitator_id == ctx.person_id())
}

/// `/group link <circle>`: this room becomes the circle's room. A
/// coordinator or a member of that circle may link it.
pub async fn link(ctx: &mut Ctx<'_>, room: &Room, args: &[&str]) -> Result<(), CoreError> {
    let [name] = args else {
        ctx.say("group-link-usage", &[]);
        return Ok(());
    };
    let Some(circle) = circle_named(ctx, name).await? else {
        return Ok(());
    };
    link_circle(ctx, room, &circle).await
}

/// The circle with this name (`circle-1` or `#circle-1`, any case); when
/// there is none, the person is told which circles there are.
pub async fn circle_named(ctx: &mut Ctx<'_>, name: &str) -> Result<Option<Circle>, CoreError> {
    let wanted = name.trim_start_matches('#').to_lowercase();
    let circles = ctx.tx.circles().await?;
    if let Some(circle) = circles.iter().find(|c| c.name.to_lowercase() == wanted) {
        return Ok(Some(circle.clone()));
    }
    let shown: String = crate::validate::clean_text(name, false)
        .chars()
        .take(40)
        .collect();
    let known: Vec<&str> = circles.iter().map(|c| c.name.as_str()).collect();
    ctx.say(
        "group-link-unknown",
        &[
            ("circle", shown.into()),
            ("circles", known.join(", ").into()),
        ],
    );
    Ok(None)
}

/// May link a room to this circle (or have one made for it): a
/// coordinator or one of its members.
pub fn may_link(ctx: &Ctx<'_>, circle: &Circle) -> bool {
    ctx.is_coordinator()
        || ctx
            .person_id()
            .is_some_and(|id| circle.members.contains(&id))
}

/// Links `room` to `circle`, when the person may.
pub async fn link_circle(ctx: &mut Ctx<'_>, room: &Room, circle: &Circle) -> Result<(), CoreError> {
    let me = ctx.person_id();
    if !may_link(ctx, circle) {
        ctx.say(
            "group-link-denied",
            &[("circle", circle.name.as_str().into())],
        );
        return Ok(());
    }
    ctx.tx
        .link_group_room(&GroupRoom {
            platform: room.platform.clone(),
            room: room.id.clone(),
            circle_id: circle.id,
            linked_by: me,
            linked_at: ctx.now,
        })
        .await?;
    ctx.tx
        .audit(
            ctx.now,
            me,
            "group.link",
            None,
            &json!({ "circle": circle.id, "platform": room.platform }),
        )
        .await?;
    let mut names = Vec::new();
    for id in &circle.members {
        names.push(person(ctx, *id).await?.name);
    }
    ctx.say(
        "group-linked",
        &[
            ("circle", circle.name.as_str().into()),
            ("members", names.join(", ").into()),
        ],
    );
    Ok(())
}
