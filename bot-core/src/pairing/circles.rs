//! Peer-mentoring circles: `/circles form [size]` groups everyone who seeks a
//! competence and is in no circle yet, by a common language and shared
//! sought competences; each member is told who is in their circle.
//! `/circles` lists them.

use std::collections::BTreeSet;

use serde_json::json;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::matching::{DEFAULT_CIRCLE_SIZE, form_circles};
use crate::message::{Block, Inline, Outgoing, RichText};
use crate::model::Circle;
use crate::reference::spoken_language_name;

use super::cohort;
use super::people::{lang_of, person};

/// The largest circle that still lets everyone speak in one session.
const MAX_CIRCLE_SIZE: usize = 12;

pub async fn command(ctx: &mut Ctx<'_>, args: &[&str]) -> Result<(), CoreError> {
    match args {
        [] => list(ctx).await,
        ["form"] => form(ctx, DEFAULT_CIRCLE_SIZE).await,
        ["form", size] => match size
            .parse::<usize>()
            .ok()
            .filter(|s| (2..=MAX_CIRCLE_SIZE).contains(s))
        {
            Some(size) => form(ctx, size).await,
            None => {
                ctx.say("circles-usage", &[("max", MAX_CIRCLE_SIZE.into())]);
                Ok(())
            }
        },
        _ => {
            ctx.say("circles-usage", &[("max", MAX_CIRCLE_SIZE.into())]);
            Ok(())
        }
    }
}

fn competence_labels(ctx: &Ctx<'_>, lang: crate::i18n::Lang, ids: &[String]) -> String {
    ids.iter()
        .map(|id| {
            ctx.competences()
                .competence(id)
                .map(|c| c.label(lang).to_owned())
                .unwrap_or_else(|| id.clone())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

async fn form(ctx: &mut Ctx<'_>, size: usize) -> Result<(), CoreError> {
    let existing = ctx.tx.circles().await?;
    let placed: BTreeSet<i64> = existing
        .iter()
        .flat_map(|c| c.members.iter().copied())
        .collect();
    let view = cohort::load(ctx).await?;
    // Everyone who seeks something joins a circle, whether or not they have a mentor.
    let claims = ctx.tx.all_competences().await?;
    let seekers: BTreeSet<i64> = claims
        .iter()
        .filter(|(_, c)| c.direction == crate::model::Direction::Seeks)
        .map(|(id, _)| *id)
        .collect();
    let mut candidates: Vec<_> = view
        .participants
        .into_iter()
        .filter(|p| seekers.contains(&p.id) && !placed.contains(&p.id))
        .collect();
    for participant in &mut candidates {
        participant.seeks = claims
            .iter()
            .filter(|(id, c)| {
                *id == participant.id && c.direction == crate::model::Direction::Seeks
            })
            .map(|(_, c)| c.competence.clone())
            .collect();
    }
    let formed = form_circles(&candidates, size);
    if formed.circles.is_empty() {
        ctx.say("circles-none", &[("left", formed.left_out.len().into())]);
        return Ok(());
    }
    let mut number = existing.len();
    let mut people = 0usize;
    for circle in &formed.circles {
        number += 1;
        let mut stored = Circle {
            id: 0,
            name: format!("circle-{number}"),
            language: circle.language.clone(),
            competences: circle.shared_competences.clone(),
            members: circle.members.clone(),
            created_at: ctx.now,
        };
        stored.id = ctx.tx.insert_circle(&stored).await?;
        people += stored.members.len();
        tell_members(ctx, &stored).await?;
    }
    let mut left_names = Vec::new();
    for id in &formed.left_out {
        left_names.push(person(ctx, *id).await?.name);
    }
    ctx.tx
        .audit(
            ctx.now,
            ctx.person_id(),
            "circles.form",
            None,
            &json!({ "circles": formed.circles.len(), "size": size }),
        )
        .await?;
    ctx.say(
        "circles-formed",
        &[
            ("count", formed.circles.len().into()),
            ("people", people.into()),
        ],
    );
    if !left_names.is_empty() {
        ctx.say(
            "circles-left-out",
            &[("names", left_names.join(", ").into())],
        );
    }
    Ok(())
}

async fn tell_members(ctx: &mut Ctx<'_>, circle: &Circle) -> Result<(), CoreError> {
    let mut members = Vec::new();
    for id in &circle.members {
        members.push(person(ctx, *id).await?);
    }
    for member in &members {
        let lang = lang_of(member);
        let others: Vec<&str> = members
            .iter()
            .filter(|m| m.id != member.id)
            .map(|m| m.name.as_str())
            .collect();
        let mut text = RichText::plain(ctx.t_in(
            lang,
            "circle-formed",
            &[
                ("circle", circle.name.as_str().into()),
                ("members", others.join(", ").into()),
                ("language", spoken_language_name(&circle.language).into()),
            ],
        ));
        if !circle.competences.is_empty() {
            let shared = competence_labels(ctx, lang, &circle.competences);
            text.push_text(ctx.t_in(lang, "circle-shared", &[("competences", shared.into())]));
        }
        let message = Outgoing {
            text,
            lang: lang.code().to_owned(),
            ..Outgoing::default()
        };
        ctx.notify(member.id, message).await?;
    }
    Ok(())
}

async fn list(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let circles = ctx.tx.circles().await?;
    if circles.is_empty() {
        ctx.say("circles-empty", &[]);
        return Ok(());
    }
    let mut text = RichText::plain(ctx.t("circles-title", &[("count", circles.len().into())]));
    let mut lines = Vec::new();
    for circle in &circles {
        let mut names = Vec::new();
        for id in &circle.members {
            names.push(person(ctx, *id).await?.name);
        }
        let line = ctx.t(
            "circles-line",
            &[
                ("circle", circle.name.as_str().into()),
                ("language", spoken_language_name(&circle.language).into()),
                ("members", names.join(", ").into()),
                (
                    "competences",
                    competence_labels(ctx, ctx.lang, &circle.competences).into(),
                ),
            ],
        );
        lines.push(vec![Inline::Text(line)]);
    }
    text.blocks.push(Block::Bullets(lines));
    ctx.reply(Outgoing {
        text,
        private: true,
        ..Outgoing::default()
    });
    Ok(())
}
