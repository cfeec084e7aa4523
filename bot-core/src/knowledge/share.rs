//! `/share`: a title, the text, competence tags, who may read it, how the
//! author is named, and whether the entry stays (anonymised) if the author
//! leaves; a preview with the detected language (correctable) before saving.

use serde::{Deserialize, Serialize};

use crate::context::Ctx;
use crate::dialogs::{Dialog, Input, Outcome};
use crate::error::CoreError;
use crate::message::{Block, Choice, ChoiceSet, Inline, Outgoing, RichText};
use crate::model::{Entry, EntryKind, EntrySource, PairState};
use crate::reference::SPOKEN_LANGUAGES;
use crate::validate;

const MAX_TITLE: usize = 150;
const MIN_BODY: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Title,
    Body,
    Tags,
    Visibility,
    Name,
    Consent,
    Preview,
    Language,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    pub step: Step,
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
    pub pair: Option<i64>,
    pub anonymous: bool,
    pub consent: bool,
    pub language: String,
}

pub async fn start(ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
    if ctx.person.is_none() {
        ctx.say("needs-profile", &[]);
        return Ok(());
    }
    let share = Share {
        step: Step::Title,
        title: String::new(),
        body: String::new(),
        tags: Vec::new(),
        pair: None,
        anonymous: false,
        consent: true,
        language: ctx.lang.code().to_owned(),
    };
    share.ask(ctx).await?;
    ctx.conversation.dialogs.push(Dialog::Share(share));
    Ok(())
}

async fn active_pair(ctx: &mut Ctx<'_>) -> Result<Option<i64>, CoreError> {
    let Some(me) = ctx.person_id() else {
        return Ok(None);
    };
    Ok(ctx
        .tx
        .pairs_of(me)
        .await?
        .into_iter()
        .find(|p| p.state == PairState::Active)
        .map(|p| p.id))
}

fn token(input: &Input) -> Option<&str> {
    match input {
        Input::Tokens(t) if t.len() == 1 => Some(t[0].as_str()),
        _ => None,
    }
}

impl Share {
    pub async fn ask(&self, ctx: &mut Ctx<'_>) -> Result<(), CoreError> {
        let single = |options| {
            Some(ChoiceSet {
                options,
                multi: false,
            })
        };
        let (text, choices) = match self.step {
            Step::Title => (ctx.t("share-ask-title", &[]), None),
            Step::Body => (ctx.t("share-ask-body", &[]), None),
            Step::Tags => {
                let mut options: Vec<Choice> = ctx
                    .competences()
                    .competences
                    .iter()
                    .map(|c| Choice::new(format!("comp:{}", c.id), c.label(ctx.lang)))
                    .collect();
                options.push(Choice::new("none", ctx.t("choice-none", &[])));
                (
                    ctx.t("share-ask-tags", &[]),
                    Some(ChoiceSet {
                        options,
                        multi: true,
                    }),
                )
            }
            Step::Visibility => {
                let options = vec![
                    Choice::new("vis:programme", ctx.t("share-visibility-programme", &[])),
                    Choice::new("vis:pair", ctx.t("share-visibility-pair", &[])),
                ];
                (ctx.t("share-ask-visibility", &[]), single(options))
            }
            Step::Name => {
                let options = vec![
                    Choice::new("name:shown", ctx.t("share-name-shown", &[])),
                    Choice::new("name:anonymous", ctx.t("share-name-anonymous", &[])),
                ];
                (ctx.t("share-ask-name", &[]), single(options))
            }
            Step::Consent => {
                let options = vec![
                    Choice::new("keep:yes", ctx.t("share-keep-yes", &[])),
                    Choice::new("keep:no", ctx.t("share-keep-no", &[])),
                ];
                (ctx.t("share-ask-consent", &[]), single(options))
            }
            Step::Language => {
                let options = SPOKEN_LANGUAGES
                    .iter()
                    .map(|(code, name)| Choice::new(format!("slang:{code}"), *name))
                    .collect();
                (ctx.t("share-ask-language", &[]), single(options))
            }
            Step::Preview => {
                let mut text = RichText::plain(ctx.t("share-preview", &[]));
                text.push_paragraph(vec![Inline::Bold(self.title.clone())]);
                text.push_text(self.body.clone());
                let tags = if self.tags.is_empty() {
                    ctx.t("value-none", &[])
                } else {
                    self.tags
                        .iter()
                        .map(|t| {
                            ctx.competences()
                                .competence(t)
                                .map(|c| c.label(ctx.lang).to_owned())
                                .unwrap_or_else(|| t.clone())
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let visibility = ctx.t(
                    if self.pair.is_some() {
                        "share-visibility-pair"
                    } else {
                        "share-visibility-programme"
                    },
                    &[],
                );
                let name = ctx.t(
                    if self.anonymous {
                        "share-name-anonymous"
                    } else {
                        "share-name-shown"
                    },
                    &[],
                );
                text.blocks.push(Block::Bullets(vec![
                    vec![Inline::Text(ctx.t(
                        "share-preview-language",
                        &[("language", super::language_name(&self.language).into())],
                    ))],
                    vec![Inline::Text(
                        ctx.t("share-preview-tags", &[("tags", tags.into())]),
                    )],
                    vec![Inline::Text(format!("{visibility}; {name}"))],
                ]));
                let options = vec![
                    Choice::new("share:save", ctx.t("share-save", &[])),
                    Choice::new("share:language", ctx.t("share-change-language", &[])),
                    Choice::new("share:restart", ctx.t("share-restart", &[])),
                ];
                ctx.reply(Outgoing {
                    text,
                    choices: single(options),
                    ..Outgoing::default()
                });
                return Ok(());
            }
        };
        ctx.reply(Outgoing {
            choices,
            ..ctx.plain(text)
        });
        Ok(())
    }

    fn again(self, ctx: &mut Ctx<'_>, key: &str, args: &[(&str, crate::i18n::Arg)]) -> Outcome {
        ctx.say(key, args);
        Outcome::Continue(Dialog::Share(self))
    }

    pub async fn answer(mut self, ctx: &mut Ctx<'_>, input: Input) -> Result<Outcome, CoreError> {
        let text = match &input {
            Input::Text(t) => Some(t.as_str()),
            Input::Tokens(_) => None,
        };
        match self.step {
            Step::Title => match text.and_then(|t| validate::free_text(t, 3, MAX_TITLE, false)) {
                Some(title) => {
                    self.title = title;
                    self.step = Step::Body;
                }
                None => {
                    return Ok(self.again(
                        ctx,
                        "share-title-invalid",
                        &[("max", MAX_TITLE.into())],
                    ));
                }
            },
            Step::Body => {
                let max = ctx.config().limits.max_text;
                match text.and_then(|t| validate::free_text(t, MIN_BODY, max, true)) {
                    Some(body) => {
                        self.language = super::detect_language(
                            &format!("{} {body}", self.title),
                            ctx.lang.code(),
                        );
                        self.body = body;
                        self.step = Step::Tags;
                    }
                    None => {
                        return Ok(self.again(
                            ctx,
                            "share-body-invalid",
                            &[("min", MIN_BODY.into()), ("max", max.into())],
                        ));
                    }
                }
            }
            Step::Tags => {
                let tags: Option<Vec<String>> = match &input {
                    Input::Tokens(t) if t.len() == 1 && t[0] == "none" => Some(Vec::new()),
                    Input::Tokens(t) => t
                        .iter()
                        .map(|x| x.strip_prefix("comp:").map(str::to_owned))
                        .collect(),
                    Input::Text(_) => None,
                };
                match tags.filter(|ids| {
                    ids.iter()
                        .all(|id| ctx.competences().competence(id).is_some())
                }) {
                    Some(tags) => {
                        self.tags = tags;
                        self.step = if active_pair(ctx).await?.is_some() {
                            Step::Visibility
                        } else {
                            Step::Name
                        };
                    }
                    None => {
                        ctx.say("choice-invalid-multi", &[]);
                        self.ask(ctx).await?;
                        return Ok(Outcome::Continue(Dialog::Share(self)));
                    }
                }
            }
            Step::Visibility => {
                match token(&input) {
                    Some("vis:programme") => self.pair = None,
                    Some("vis:pair") => self.pair = active_pair(ctx).await?,
                    _ => {
                        ctx.say("choice-invalid", &[]);
                        self.ask(ctx).await?;
                        return Ok(Outcome::Continue(Dialog::Share(self)));
                    }
                }
                self.step = Step::Name;
            }
            Step::Name => {
                match token(&input) {
                    Some("name:shown") => self.anonymous = false,
                    Some("name:anonymous") => self.anonymous = true,
                    _ => {
                        ctx.say("choice-invalid", &[]);
                        self.ask(ctx).await?;
                        return Ok(Outcome::Continue(Dialog::Share(self)));
                    }
                }
                self.step = Step::Consent;
            }
            Step::Consent => {
                match token(&input) {
                    Some("keep:yes") => self.consent = true,
                    Some("keep:no") => self.consent = false,
                    _ => {
                        ctx.say("choice-invalid", &[]);
                        self.ask(ctx).await?;
                        return Ok(Outcome::Continue(Dialog::Share(self)));
                    }
                }
                self.step = Step::Preview;
            }
            Step::Language => {
                match token(&input)
                    .and_then(|t| t.strip_prefix("slang:"))
                    .filter(|c| SPOKEN_LANGUAGES.iter().any(|(code, _)| code == c))
                {
                    Some(code) => self.language = code.to_owned(),
                    None => {
                        ctx.say("choice-invalid", &[]);
                        self.ask(ctx).await?;
                        return Ok(Outcome::Continue(Dialog::Share(self)));
                    }
                }
                self.step = Step::Preview;
            }
            Step::Preview => match token(&input) {
                Some("share:save") => return self.save(ctx).await,
                Some("share:language") => self.step = Step::Language,
                Some("share:restart") => {
                    self.step = Step::Title;
                    self.title.clear();
                    self.body.clear();
                }
                _ => {
                    ctx.say("choice-invalid", &[]);
                }
            },
        }
        self.ask(ctx).await?;
        Ok(Outcome::Continue(Dialog::Share(self)))
    }

    async fn save(self, ctx: &mut Ctx<'_>) -> Result<Outcome, CoreError> {
        let entry = Entry {
            id: 0,
            kind: EntryKind::Article,
            title: self.title,
            body: self.body,
            language: self.language,
            tags: self.tags,
            author_id: ctx.person_id(),
            anonymous: self.anonymous,
            source: EntrySource::Shared,
            pair_id: self.pair,
            consent: self.consent,
            hidden: false,
            helpful: 0,
            not_helpful: 0,
            created_at: ctx.now,
            updated_at: ctx.now,
        };
        let id = ctx.tx.insert_entry(&entry).await?;
        ctx.knowledge_changed = true;
        ctx.say("share-saved", &[("id", id.into())]);
        Ok(Outcome::Done)
    }
}
