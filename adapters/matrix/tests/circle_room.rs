//! `/group room <circle>` on a real homeserver: a member asks in their
//! direct chat, the bot creates a room named after the circle, invites
//! every member who has a Matrix account, and links the room to the
//! circle, so the circle's sessions can be planned there at once.

mod support;

use bot_core::message::AccountKey;
use bot_core::model::{Account, Circle, MentorStatus, Person, PersonId};
use matrix_sdk::ruma::events::room::member::MembershipState;
use support::{BotWorld, Person as Client, WAIT, peer};

fn person(name: &str, status: MentorStatus, now: i64) -> Person {
    Person {
        country: Some("SE".to_owned()),
        languages: vec!["en".to_owned()],
        timezone: Some("Europe/Stockholm".to_owned()),
        mentor_status: status,
        ..Person::new(name.to_owned(), "en".to_owned(), now)
    }
}

async fn invitation(client: &Client) -> matrix_sdk::ruma::OwnedRoomId {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        if let Some(room) = client.client.invited_rooms().first() {
            return room.room_id().to_owned();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no invitation within 30 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bot_creates_a_circle_room_and_invites_its_members() {
    let Some(peer) = peer() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let bot_name = peer.register("mentor", false);
    let bot_id = peer.user_id(&bot_name);
    let names = [peer.register("anna", false), peer.register("ben", false)];
    let mut world = BotWorld::new(&peer, dir.path(), bot_name);
    world.start().await;
    let bot = world.bot.clone().expect("bot");

    // Anna and Ben are in circle-1 with Chloé, who has no Matrix account.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .expect("the clock is after 1970");
    let mut ids: Vec<PersonId> = Vec::new();
    let mut tx = bot.deps().store.begin().await.expect("tx");
    for (localpart, name) in names.iter().zip(["Anna Berg", "Ben Ahmed"]) {
        let id = tx
            .insert_person(&person(name, MentorStatus::None, now))
            .await
            .expect("person");
        tx.upsert_account(&Account {
            key: AccountKey::new("matrix", peer.user_id(localpart).as_str()),
            person_id: Some(id),
            display_name: localpart.clone(),
            locale: None,
            last_seen_at: now,
        })
        .await
        .expect("account");
        ids.push(id);
    }
    let chloe = tx
        .insert_person(&person("Chloé Martin", MentorStatus::None, now))
        .await
        .expect("person");
    ids.push(chloe);
    tx.insert_circle(&Circle {
        id: 0,
        name: "circle-1".into(),
        language: "en".into(),
        competences: vec!["digital-transformation".into()],
        members: ids.clone(),
        created_at: now,
    })
    .await
    .expect("circle");
    tx.commit().await.expect("commit");

    let mut anna =
        Client::sign_in(&peer, &names[0], &dir.path().join("anna"), bot_id.clone()).await;
    let mut ben = Client::sign_in(&peer, &names[1], &dir.path().join("ben"), bot_id.clone()).await;
    let dm = anna
        .client
        .create_dm(&bot_id)
        .await
        .expect("create the direct chat");
    anna.wait_for_membership(&dm, &bot_id, MembershipState::Join)
        .await;

    anna.say(&dm, "/group room circle-1").await;
    let asked = anna
        .expect_in(&dm, "I am creating a room for circle-1")
        .await;
    assert!(
        asked.body.contains("Anna Berg, Ben Ahmed") && asked.body.contains("Chloé Martin"),
        "the invited and the missing are named: {}",
        asked.body
    );

    // Both are invited to one new room, named after the circle.
    let room_id = invitation(&anna).await;
    assert_eq!(invitation(&ben).await, room_id);
    for client in [&anna, &ben] {
        client
            .client
            .join_room_by_id(&room_id)
            .await
            .expect("join the circle's room");
    }
    let room = anna.client.get_room(&room_id).expect("the room");
    assert_eq!(room.name().as_deref(), Some("circle-1"));
    let linked = anna
        .expect_in(&room, "This room is now the room of circle-1")
        .await;
    assert!(linked.notice);
    let link = bot
        .deps()
        .store
        .begin()
        .await
        .expect("tx")
        .group_room("matrix", room_id.as_str())
        .await
        .expect("link");
    assert_eq!(link.map(|l| l.circle_id), Some(ids_circle(&bot).await));

    // The room works for the circle straight away.
    let ben_room = ben.client.get_room(&room_id).expect("the room, for Ben");
    ben.wait_for_membership(&ben_room, &bot_id, MembershipState::Join)
        .await;
    ben.say(&ben_room, "/group").await;
    ben.expect_in(&ben_room, "This is the room of the circle circle-1")
        .await;
    world.stop().await;
}

async fn ids_circle(bot: &bot_core::Bot) -> i64 {
    let mut tx = bot.deps().store.begin().await.expect("tx");
    let circles = tx.circles().await.expect("circles");
    circles
        .iter()
        .find(|c| c.name == "circle-1")
        .map(|c| c.id)
        .expect("circle-1")
}
