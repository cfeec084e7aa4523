//! End to end against a real Synapse on 127.0.0.1 (`scripts/peers/synapse
//! start`, then source `.peers/synapse.env`): people with matrix-sdk clients
//! talk to the bot the way Element users would.

mod support;

use std::time::Duration;

use bot_core::message::{AccountKey, Address, FileAttachment, Outgoing, RichText};
use bot_core::model::NewOutboxMessage;
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::events::room::member::MembershipState;
use support::{BotWorld, Person, WAIT, peer};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_encrypted_direct_chat_onboards_a_person_across_a_restart() {
    let Some(peer) = peer() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let bot_name = peer.register("mentor", false);
    let bot_id = peer.user_id(&bot_name);
    let mia_name = peer.register("mia", false);
    let mut world = BotWorld::new(&peer, dir.path(), bot_name);
    world.store_passphrase = Some("a store passphrase".into());
    world.start().await;
    let mut mia = Person::sign_in(&peer, &mia_name, &dir.path().join("mia"), bot_id.clone()).await;

    // Mia opens a direct chat the way Element does: encrypted, marked direct.
    let room = mia
        .client
        .create_dm(&bot_id)
        .await
        .expect("create the direct chat");
    assert!(
        room.latest_encryption_state()
            .await
            .expect("state")
            .is_encrypted()
    );
    mia.wait_for_membership(&room, &bot_id, MembershipState::Join)
        .await;

    mia.say(&room, "/start").await;
    let welcome = mia.expect("Which language shall I use?").await;
    assert!(welcome.notice, "the bot answers with m.notice");
    assert!(
        welcome.encrypted,
        "the answer in an encrypted room is encrypted"
    );
    assert_eq!(welcome.room, room.room_id());
    assert!(
        welcome.body.contains("\n1. English\n2. Deutsch"),
        "{}",
        welcome.body
    );
    let html = welcome.html.expect("formatted_body");
    assert!(
        html.contains("<ol><li>English</li><li>Deutsch</li>"),
        "{html}"
    );

    mia.say(&room, "English").await; // a choice by its label
    mia.expect("Do you agree?").await;
    mia.say(&room, "1").await; // a choice by its number
    mia.expect("What is your name").await;
    mia.say(&room, "Mia Matrix").await;
    mia.expect("Which country do you work in?").await;
    mia.say(&room, "Estonia").await;
    mia.expect("Which organisation").await;

    // A restart in the middle: same database, same store folder. The bot
    // must keep its device (no new login) and decrypt Mia's next message.
    let device = world.device_id();
    world.stop().await;
    world.start().await;
    assert_eq!(
        world.device_id(),
        device,
        "the restarted bot kept its device"
    );

    mia.say(&room, "Baltic <Bytes> & Co").await;
    mia.expect("Which sector").await;
    mia.say(&room, "1").await;
    mia.expect("Which career stage").await;
    mia.say(&room, "3").await;
    mia.expect("Which languages").await;
    mia.say(&room, "1, 15").await;
    mia.expect("Which competences can you offer").await;
    mia.say(&room, "22").await;
    mia.expect("Which competences would you like to develop")
        .await;
    mia.say(&room, "14, 11").await;
    mia.expect("What are your goals").await;
    mia.say(&room, "Find <b>investors</b> & partners in the Nordics.")
        .await;
    mia.expect("How many hours").await;
    mia.say(&room, "4").await;
    mia.expect("Which time zone").await;
    mia.say(&room, "1").await;
    mia.expect("How would you like to meet?").await;
    mia.say(&room, "Online").await;
    let done = mia.expect("Thank you, Mia Matrix!").await;
    assert!(done.encrypted && done.notice);
    assert!(
        done.body.contains("Organisation: Baltic <Bytes> & Co"),
        "{}",
        done.body
    );
    let html = done.html.expect("formatted_body");
    assert!(html.contains("Baltic &lt;Bytes&gt; &amp; Co"), "{html}");
    assert!(
        html.contains("Find &lt;b&gt;investors&lt;/b&gt; &amp; partners"),
        "{html}"
    );

    mia.say(&room, "/profile").await;
    let profile = mia.expect("Profile of Mia Matrix").await;
    assert!(profile.notice && profile.encrypted);
    let html = profile.html.expect("formatted_body");
    assert!(
        html.contains("<ul><li>") && html.contains("Europe/Tallinn"),
        "{html}"
    );

    // The profile is in the store, under Mia's Matrix id.
    let bot = world.bot.clone().expect("bot");
    let mut tx = bot.deps().store.begin().await.expect("tx");
    let account = tx
        .account(&AccountKey::new("matrix", mia.user_id.as_str()))
        .await
        .expect("read")
        .expect("Mia's account");
    let person = tx
        .person(account.person_id.expect("a person"))
        .await
        .expect("read")
        .expect("Mia");
    tx.rollback().await.expect("rollback");
    assert_eq!(person.name, "Mia Matrix");

    // Mia's client sees one device of the bot: it never signed in again.
    let devices = mia
        .client
        .encryption()
        .get_user_devices(&bot_id)
        .await
        .expect("devices");
    assert_eq!(devices.devices().count(), 1);

    world.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rooms_invitations_direct_messages_and_leaving() {
    let Some(peer) = peer() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let bot_name = peer.register("mentor", false);
    let bot_id = peer.user_id(&bot_name);
    let ann_name = peer.register("ann", true);
    let ben_name = peer.register("ben", false);
    let mut world = BotWorld::new(&peer, dir.path(), bot_name);
    world.start().await;
    let mut ann = Person::sign_in(&peer, &ann_name, &dir.path().join("ann"), bot_id.clone()).await;
    let mut ben = Person::sign_in(&peer, &ben_name, &dir.path().join("ben"), bot_id.clone()).await;

    // An unencrypted group room: commands are answered in the room.
    let mut request = create_room::v3::Request::new();
    request.name = Some("Circle 1".into());
    request.invite = vec![bot_id.clone(), ben.user_id.clone()];
    request.preset = Some(create_room::v3::RoomPreset::PrivateChat);
    let room = ann
        .client
        .create_room(request)
        .await
        .expect("create a room");
    ben.client
        .join_room_by_id(room.room_id())
        .await
        .expect("Ben joins");
    ann.wait_for_membership(&room, &bot_id, MembershipState::Join)
        .await;
    ann.wait_for_membership(&room, &ben.user_id, MembershipState::Join)
        .await;

    ann.say(&room, "Hello everyone!").await;
    ann.say(&room, "/help").await;
    let help = ann.expect("/profile").await;
    assert!(help.notice && !help.encrypted);
    assert_eq!(help.room, room.room_id());
    assert!(help.html.expect("formatted_body").starts_with("<p>"));
    ben.expect("/profile").await;

    // A message for Ben's direct chat, which does not exist yet: the bot
    // creates an encrypted one, invites him, and sends the text and a file.
    let bot = world.bot.clone().expect("bot");
    let mut tx = bot.deps().store.begin().await.expect("tx");
    tx.enqueue(&NewOutboxMessage {
        idempotency_key: "e2e-note-for-ben".into(),
        address: Address::direct(&AccountKey::new("matrix", ben.user_id.as_str())),
        person_id: None,
        message: Outgoing {
            text: RichText::plain("Your session is on <Tuesday> & Wednesday."),
            files: vec![FileAttachment {
                name: "session.ics".into(),
                mime: "text/calendar".into(),
                text: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".into(),
                base64: None,
            }],
            private: true,
            lang: "en".into(),
            ..Outgoing::default()
        },
        available_at: 0,
    })
    .await
    .expect("enqueue");
    tx.commit().await.expect("commit");
    bot.outbox_signal().notify_waiters();
    let invited = wait_for_invitation(&ben).await;
    ben.client
        .join_room_by_id(&invited)
        .await
        .expect("Ben accepts");
    let note = ben
        .expect("Your session is on <Tuesday> & Wednesday.")
        .await;
    assert!(note.encrypted && note.notice);
    assert_eq!(note.room, invited);
    assert!(
        note.html
            .expect("formatted_body")
            .contains("&lt;Tuesday&gt; &amp;"),
    );
    let file = ben.expect("[file] session.ics").await;
    assert!(file.encrypted);

    // Everybody leaves the group room: the bot leaves it too.
    room.leave().await.expect("Ann leaves");
    ben.client
        .get_room(room.room_id())
        .expect("Ben's view of the room")
        .leave()
        .await
        .expect("Ben leaves");
    let admin_token = ann.client.access_token().expect("token");
    wait_until_nobody_is_in(&peer.homeserver, &admin_token, room.room_id().as_str()).await;
    world.stop().await;

    // A bot that accepts invitations only from another server declines Ann's.
    let picky_name = peer.register("picky", false);
    let picky_id = peer.user_id(&picky_name);
    let mut picky = BotWorld::new(&peer, &dir.path().join("picky"), picky_name);
    picky.allowed_servers = vec!["elsewhere.example".into()];
    picky.start().await;
    let room = ann
        .client
        .create_dm(&picky_id)
        .await
        .expect("create a direct chat");
    ann.wait_for_membership(&room, &picky_id, MembershipState::Leave)
        .await;
    picky.stop().await;
    ann.expect_silence(Duration::from_millis(200)).await;
}

async fn wait_for_invitation(person: &Person) -> matrix_sdk::ruma::OwnedRoomId {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        if let Some(room) = person.client.invited_rooms().first() {
            return room.room_id().to_owned();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no invitation within 30 s"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Asks Synapse's admin API who is still in the room.
async fn wait_until_nobody_is_in(homeserver: &str, admin_token: &str, room: &str) {
    let url = format!("{homeserver}/_synapse/admin/v1/rooms/{room}/members");
    let http = matrix_sdk::reqwest::Client::new();
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let body = http
            .get(&url)
            .bearer_auth(admin_token)
            .send()
            .await
            .expect("admin API")
            .bytes()
            .await
            .expect("body");
        let json: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
        if json["total"].as_u64() == Some(0) {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "still in the room after 30 s: {json}"
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}
