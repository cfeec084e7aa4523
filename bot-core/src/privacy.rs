//! A person's own data: what is stored (`/privacy`), all of it as a file
//! (`/export`) and erasure (`/forget`).

use serde_json::json;

use crate::context::Ctx;
use crate::error::CoreError;
use crate::message::{FileAttachment, Outgoing, RichText};

/// `/export`: coordinators choose between their own data and the programme's.
pub async fn export_command(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    if !ctx.is_coordinator() {
        return export(ctx).await;
    }
    let options = vec![
        crate::message::Choice::new("export:me", ctx.t("export-mine", &[])),
        crate::message::Choice::new("export:programme", ctx.t("export-programme", &[])),
    ];
    let question = ctx.question(
        ctx.t("export-which", &[]),
        crate::message::ChoiceSet {
            options,
            multi: false,
        },
    );
    ctx.reply(Outgoing {
        private: true,
        ..question
    });
    Ok(())
}

/// `export:me` / `export:programme`
pub async fn on_token(ctx: &mut Ctx<'_>, token: &str) -> Result<(), CoreError> {
    match token {
        "export:me" => export(ctx).await,
        "export:programme" if ctx.is_coordinator() => {
            let deliverables = ctx.config().deliverables.clone();
            let files =
                crate::coordinator::export::programme_csvs(ctx.tx.as_mut(), &deliverables).await?;
            ctx.tx
                .audit(
                    ctx.now,
                    ctx.person_id(),
                    "export.programme",
                    None,
                    &json!({}),
                )
                .await?;
            ctx.reply(Outgoing {
                text: RichText::plain(ctx.t("export-programme-ready", &[])),
                files,
                private: true,
                ..Outgoing::default()
            });
            Ok(())
        }
        "export:programme" => {
            ctx.say("coordinator-only", &[]);
            Ok(())
        }
        _ => {
            ctx.say("choice-invalid", &[]);
            Ok(())
        }
    }
}

/// Everything stored about the speaker, as one JSON document.
pub async fn export(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let Some(person) = ctx.person.clone() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    let competences = ctx.tx.competences(person.id).await?;
    let accounts = ctx.tx.accounts_of(person.id).await?;
    let applications = ctx.tx.applications_of(person.id).await?;
    let audit = ctx.tx.audit_about(person.id).await?;
    let pairs = ctx.tx.pairs_of(person.id).await?;
    let sessions = ctx.tx.sessions_of_person(person.id).await?;
    let hours = ctx.tx.hours_of(person.id).await?;
    let reports = ctx.tx.reports_of(person.id).await?;
    let mut checkins = Vec::new();
    for pair in &pairs {
        checkins.extend(
            ctx.tx
                .checkins_of_pair(pair.id)
                .await?
                .into_iter()
                .filter(|c| c.person_id == person.id),
        );
    }
    let circles: Vec<_> = ctx
        .tx
        .circles()
        .await?
        .into_iter()
        .filter(|c| c.members.contains(&person.id))
        .collect();
    let avoided: Vec<_> = ctx
        .tx
        .exclusions()
        .await?
        .into_iter()
        .filter(|(who, _)| *who == person.id)
        .map(|(_, other)| other)
        .collect();
    let document = json!({
        "exported_at": crate::time::format_local(ctx.now, chrono_tz::Tz::UTC),
        "person": person,
        "competences": competences,
        "accounts": accounts,
        "mentor_applications": applications,
        "audit_log": audit,
        "pairs": pairs,
        "sessions": sessions,
        "hours": hours,
        "reports": reports,
        "checkins": checkins,
        "circles": circles,
        "avoids": avoided,
    });
    let text =
        serde_json::to_string_pretty(&document).map_err(|e| CoreError::State(e.to_string()))?;
    let file = FileAttachment::text("mentor-cloud-export.json", "application/json", text);
    let message = Outgoing {
        text: RichText::plain(ctx.t("export-ready", &[])),
        files: vec![file],
        private: true,
        ..Outgoing::default()
    };
    ctx.reply(message);
    Ok(())
}

/// Erases the speaker everywhere. The goodbye is addressed to the account,
/// not the person, since the person no longer exists.
pub async fn erase(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    let Some(person) = ctx.person.take() else {
        ctx.say("needs-profile", &[]);
        return Ok(());
    };
    ctx.tx.erase_person(person.id).await?;
    // Their entries were anonymised or deleted: the index follows.
    ctx.knowledge_changed = true;
    ctx.account = None;
    ctx.conversation = Default::default();
    tracing::info!(person = person.id, "person erased on request");
    ctx.say("forget-done", &[]);
    Ok(())
}
