//! A circle's group session end to end in a real Matrix room on the
//! Synapse of the end-to-end tests (`scripts/peers/synapse start`, then
//! source `.peers/synapse.env`): three members of the programme, each with
//! their own matrix-sdk client, make a room with the bot, link it to their
//! circle, plan and start a session, answer the attendance call, take a
//! note and an action item, and close it; the summary comes to the room and
//! everyone present has their group hours.

mod support;

use bot_core::message::AccountKey;
use bot_core::model::{Account, Circle, HoursKind, MentorStatus, Person, PersonId};
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::events::room::member::MembershipState;
use support::{BotWorld, Person as Client, peer};

fn person(name: &str, zone: &str, status: MentorStatus, now: i64) -> Person {
    Person {
        country: Some("SE".to_owned()),
        languages: vec!["en".to_owned()],
        timezone: Some(zone.to_owned()),
        mentor_status: status,
        ..Person::new(name.to_owned(), "en".to_owned(), now)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_circle_runs_a_group_session_in_a_matrix_room() {
    let Some(peer) = peer() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let bot_name = peer.register("mentor", false);
    let bot_id = peer.user_id(&bot_name);
    let names = [
        peer.register("maria", false),
        peer.register("anna", false),
        peer.register("ben", false),
    ];
    let mut world = BotWorld::new(&peer, dir.path(), bot_name);
    world.start().await;
    let bot = world.bot.clone().expect("bot");

    // Maria (an approved mentor), Anna and Ben have joined the programme
    // with their Matrix accounts and are circle-1.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .expect("the clock is after 1970");
    let mut ids: Vec<PersonId> = Vec::new();
    let mut tx = bot.deps().store.begin().await.expect("tx");
    for (localpart, (name, zone, status)) in names.iter().zip([
        ("Maria Schulz", "Europe/Berlin", MentorStatus::Approved),
        ("Anna Berg", "Europe/Stockholm", MentorStatus::None),
        ("Ben Ahmed", "Europe/Copenhagen", MentorStatus::None),
    ]) {
        let id = tx
            .insert_person(&person(name, zone, status, now))
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

    let mut maria =
        Client::sign_in(&peer, &names[0], &dir.path().join("maria"), bot_id.clone()).await;
    let mut anna =
        Client::sign_in(&peer, &names[1], &dir.path().join("anna"), bot_id.clone()).await;
    let mut ben = Client::sign_in(&peer, &names[2], &dir.path().join("ben"), bot_id.clone()).await;

    // Maria makes a room for the circle and invites the bot and the others.
    let mut request = create_room::v3::Request::new();
    request.name = Some("Our circle".into());
    request.invite = vec![bot_id.clone(), anna.user_id.clone(), ben.user_id.clone()];
    request.preset = Some(create_room::v3::RoomPreset::PrivateChat);
    let room = maria
        .client
        .create_room(request)
        .await
        .expect("create a room");
    for person in [&anna, &ben] {
        person
            .client
            .join_room_by_id(room.room_id())
            .await
            .expect("join the circle's room");
    }
    for user in [&bot_id, &anna.user_id, &ben.user_id] {
        maria
            .wait_for_membership(&room, user, MembershipState::Join)
            .await;
    }
    let in_room = |person: &Client| {
        person
            .client
            .get_room(room.room_id())
            .expect("the room, as each client sees it")
    };
    let (anna_room, ben_room) = (in_room(&anna), in_room(&ben));

    // The room's id says nothing: a member links it to the circle.
    maria.say(&room, "/group link circle-1").await;
    let linked = maria
        .expect_in(&room, "This room is now the room of circle-1")
        .await;
    assert!(linked.notice && !linked.encrypted);
    assert!(
        linked
            .body
            .contains("(members: Maria Schulz, Anna Berg, Ben Ahmed)"),
        "{}",
        linked.body
    );

    // Maria plans a session in half an hour; Anna and Ben answer.
    maria
        .say(&room, "/group schedule in 30 min Finding partners abroad")
        .await;
    let planned = anna
        .expect_in(&anna_room, "Maria Schulz planned a group session")
        .await;
    assert!(
        planned.body.contains("“Finding partners abroad” on ")
            && planned.body.contains("(Europe/Berlin), 90 minutes"),
        "{}",
        planned.body
    );
    anna.say(&anna_room, "/group attend").await;
    anna.expect_in(
        &anna_room,
        "Noted: Anna Berg will attend “Finding partners abroad”.",
    )
    .await;
    ben.say(&ben_room, "/group attend").await;
    ben.expect_in(&ben_room, "Noted: Ben Ahmed will attend")
        .await;

    // It may start up to an hour early: the agenda and the attendance call.
    maria.say(&room, "/group start").await;
    let agenda = ben
        .expect_in(
            &ben_room,
            "The group session “Finding partners abroad” begins. Facilitator: Maria Schulz.",
        )
        .await;
    assert!(
        agenda
            .body
            .contains("Expected: Maria Schulz, Anna Berg, Ben Ahmed."),
        "{}",
        agenda.body
    );
    anna.say(&anna_room, "/here").await;
    anna.expect_in(&anna_room, "Welcome, Anna Berg! 2 people are here.")
        .await;
    ben.say(&ben_room, "/here").await;
    ben.expect_in(&ben_room, "Welcome, Ben Ahmed! 3 people are here.")
        .await;

    // A round, a note and an action item.
    maria.say(&room, "/round 10").await;
    let round = maria.expect_in(&room, "Round 1 (10 minutes): ").await;
    assert!(
        round.body.contains("presents a challenge"),
        "{}",
        round.body
    );
    ben.say(
        &ben_room,
        "/note Start with one market and a local partner.",
    )
    .await;
    ben.expect_in(&ben_room, "Noted (one note so far).").await;
    maria
        .say(&room, "/action anna Send the list of partner clusters")
        .await;
    maria
        .expect_in(
            &room,
            "Action item for Anna Berg: Send the list of partner clusters",
        )
        .await;

    // Someone not running it cannot close it; Maria can.
    anna.say(&anna_room, "/group end").await;
    anna.expect_in(
        &anna_room,
        "Only the facilitator, a coordinator or a mentor of this circle can do that.",
    )
    .await;
    maria.say(&room, "/group end").await;
    for (person, room) in [
        (&mut maria, &room),
        (&mut anna, &anna_room),
        (&mut ben, &ben_room),
    ] {
        let summary = person
            .expect_in(
                room,
                "Summary of the group session “Finding partners abroad”",
            )
            .await;
        assert!(summary.notice && !summary.encrypted);
        for line in [
            "Present (3): Maria Schulz, Anna Berg, Ben Ahmed",
            "Start with one market and a local partner.",
            "Anna Berg: Send the list of partner clusters",
        ] {
            assert!(
                summary.body.contains(line),
                "{line:?} not in {}",
                summary.body
            );
        }
        let html = summary.html.expect("formatted_body");
        assert!(
            html.contains("<li>Start with one market and a local partner.</li>"),
            "{html}"
        );
        person
            .expect_in(
                room,
                "are logged as “Group session” for each of the 3 people present.",
            )
            .await;
        person
            .expect_in(room, "May the notes go to the programme's knowledge base")
            .await;
    }

    // In the store: the session ended, the notes wait for everyone's
    // consent, and each of the three has group hours.
    let mut tx = bot.deps().store.begin().await.expect("tx");
    let open = tx
        .open_group_sessions("matrix", room.room_id().as_str())
        .await
        .expect("sessions");
    assert!(open.is_empty(), "nothing is open in the room any more");
    let hours = tx.all_hours().await.expect("hours");
    tx.rollback().await.expect("rollback");
    for id in &ids {
        let group: Vec<_> = hours
            .iter()
            .filter(|h| h.person_id == *id && h.kind == HoursKind::Group)
            .collect();
        assert_eq!(group.len(), 1, "group hours for person {id}: {hours:?}");
        assert!(group[0].pair_id.is_none() && group[0].minutes >= 1);
    }

    world.stop().await;
}
