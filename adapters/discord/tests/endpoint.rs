//! End to end through the HTTP interactions endpoint on 127.0.0.1: requests
//! signed with a test key pair are answered, unsigned or mis-signed ones are
//! refused, and the core's answers follow as webhook calls to the stand-in.

mod support;

use std::net::SocketAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use discord_adapter::DiscordConfig;
use ed25519_dalek::{Signer, SigningKey};
use serde_json::{Value, json};
use support::{APP_ID, Person, Place, StandIn, TIMEOUT};
use tokio::sync::watch;

fn free_address() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address")
}

struct Discord {
    client: reqwest::Client,
    url: String,
    key: SigningKey,
}

impl Discord {
    fn signature(key: &SigningKey, timestamp: &str, body: &str) -> String {
        hex::encode(key.sign(format!("{timestamp}{body}").as_bytes()).to_bytes())
    }

    fn now() -> String {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("time")
            .as_secs()
            .to_string()
    }

    async fn post(&self, body: &Value, signature: Option<String>, timestamp: &str) -> (u16, Value) {
        let body = body.to_string();
        let mut request = self
            .client
            .post(&self.url)
            .header("content-type", "application/json");
        if let Some(signature) = signature {
            request = request
                .header("x-signature-ed25519", signature)
                .header("x-signature-timestamp", timestamp);
        }
        let response = request
            .body(body)
            .send()
            .await
            .expect("the endpoint answers");
        let status = response.status().as_u16();
        let json = response.json::<Value>().await.unwrap_or(Value::Null);
        (status, json)
    }

    /// As Discord sends it: signed over timestamp and body.
    async fn signed(&self, body: &Value) -> (u16, Value) {
        let timestamp = Self::now();
        let signature = Self::signature(&self.key, &timestamp, &body.to_string());
        self.post(body, Some(signature), &timestamp).await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_interactions_are_answered_and_forgeries_refused() {
    let discord = StandIn::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let key = SigningKey::from_bytes(&[9u8; 32]);
    let address = free_address();
    let mut config = DiscordConfig::default();
    config.gateway = false;
    config.interactions_address = Some(address);
    config.public_key = Some(hex::encode(key.verifying_key().to_bytes()));
    let config = config.with_token("test-token", Some(discord.api_url.clone()));
    let (stop, shutdown) = watch::channel(false);
    let running = tokio::spawn(discord_adapter::run(
        support::bot(&dir).await,
        config,
        "instance-1".into(),
        shutdown,
    ));

    // Without configured servers the commands are registered globally.
    discord
        .wait_for(0, "global command registration", |r| {
            r.method == "PUT" && r.path == format!("/api/v10/applications/{APP_ID}/commands")
        })
        .await;
    let endpoint = Discord {
        client: reqwest::Client::new(),
        url: format!("http://{address}/discord/interactions"),
        key: key.clone(),
    };
    let ping = json!({"id": "1290000000000000009", "application_id": APP_ID, "type": 1, "token": "ping", "version": 1});
    let deadline = tokio::time::Instant::now() + TIMEOUT;
    while endpoint.client.post(&endpoint.url).send().await.is_err() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the endpoint never listened"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // Forgeries: no signature, a signature over another body, another key, an old timestamp.
    let now = Discord::now();
    assert_eq!(endpoint.post(&ping, None, &now).await.0, 401);
    let other_body = Discord::signature(&key, &now, r#"{"type":1}"#);
    assert_eq!(endpoint.post(&ping, Some(other_body), &now).await.0, 401);
    let stranger = SigningKey::from_bytes(&[3u8; 32]);
    let forged = Discord::signature(&stranger, &now, &ping.to_string());
    assert_eq!(endpoint.post(&ping, Some(forged), &now).await.0, 401);
    let old = (now.parse::<i64>().expect("number") - 3600).to_string();
    let replayed = Discord::signature(&key, &old, &ping.to_string());
    assert_eq!(endpoint.post(&ping, Some(replayed), &old).await.0, 401);
    assert_eq!(
        endpoint.post(&ping, Some("not hex".into()), &now).await.0,
        401
    );

    // Discord's check of the URL: a signed PING gets a PONG.
    assert_eq!(endpoint.signed(&ping).await, (200, json!({"type": 1})));

    // /start in a server: the deferral is the HTTP answer, the question a webhook edit after it.
    let bob = Person {
        id: "80351110224678914".into(),
        username: "bob".into(),
        global_name: "Bob Lindqvist".into(),
        locale: "sv-SE".into(),
    };
    let mark = discord.mark();
    let start = bob.slash(&discord, "start", &[], &Place::Guild);
    assert_eq!(
        endpoint.signed(&start).await,
        (200, json!({"type": 5, "data": {"flags": 64}}))
    );
    let question = discord
        .wait_for(mark, "the language question", |r| {
            r.method == "PATCH" && r.path.ends_with("/messages/@original")
        })
        .await;
    assert!(
        question
            .path
            .contains(start["token"].as_str().expect("token"))
    );
    assert!(
        question.content().starts_with("Välkommen"),
        "the client's language: {}",
        question.content()
    );
    let english = question
        .components()
        .iter()
        .find(|c| c["label"] == "English")
        .and_then(|c| c["custom_id"].as_str().map(str::to_owned))
        .expect("an English button");

    // A button: the message is updated in the HTTP answer, the next question is an ephemeral follow-up.
    let mark = discord.mark();
    let press = bob.press(&discord, &question, &english, &Place::Guild);
    let (status, update) = endpoint.signed(&press).await;
    assert_eq!(status, 200);
    assert_eq!(update["type"], 7);
    assert!(
        update["data"]["components"][0]["components"]
            .as_array()
            .is_some_and(|b| b.iter().all(|b| b["disabled"] == true))
    );
    let consent = discord
        .wait_for(mark, "the consent question", |r| {
            r.method == "POST" && r.path.starts_with("/api/v10/webhooks/")
        })
        .await;
    assert_eq!(consent.flags() & 64, 64, "ephemeral");
    assert!(
        consent.content().starts_with("Before we start"),
        "{}",
        consent.content()
    );

    // The reply button answers with a modal, and the core is not involved.
    let mark = discord.mark();
    let reply = consent
        .components()
        .iter()
        .find_map(|c| {
            c["custom_id"]
                .as_str()
                .filter(|id| id.starts_with("mc~reply:"))
                .map(str::to_owned)
        })
        .expect("reply button");
    let (status, modal) = endpoint
        .signed(&bob.press(&discord, &consent, &reply, &Place::Guild))
        .await;
    assert_eq!((status, modal["type"].as_u64()), (200, Some(9)));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        discord
            .requests()
            .iter()
            .skip(mark)
            .all(|r| !r.is_message()),
        "a modal needs no message"
    );

    // No gateway was involved.
    assert!(
        !discord
            .requests()
            .iter()
            .any(|r| r.path.starts_with("/api/v10/gateway"))
    );
    stop.send(true).expect("stop");
    let result = tokio::time::timeout(Duration::from_secs(20), running)
        .await
        .expect("stops in time")
        .expect("joined");
    result.expect("ran cleanly");
}
