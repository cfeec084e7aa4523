//! The real `mentor-cloud` binary, driven the way people and scripts drive
//! it: a script file, and a conversation held through pipes where each
//! answer depends on what the bot said. On SQLite and on PostgreSQL.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_mentor-cloud");

/// Onboards a coordinator, a mentee and a mentor; the coordinator approves
/// the mentor; then profile, export and erasure.
const SCENARIO: &str = "\
# coordinator from config/default.toml
carol: /start
1
1
Carol Kask
EE
1
alice: /start
1
1
Alice Novak
Poland
Baltic Foods
6
2
1, 8
None
14, 11
Take our products to Scandinavia.
6
1
3
bob: /start
1
1
Bob Lindqvist
Sweden
-
1
4
1, 12
14, 17
25
9
2
20
Learn how clusters work.
8
1
2
carol: 1
bob: /profile
alice: /export
alice: /forget
alice: 1
alice: /profile
";

fn run_script(database: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = dir.path().join("scenario.txt");
    std::fs::write(&script, SCENARIO).expect("write script");
    let output = Command::new(BIN)
        .args([
            "--config",
            "config/default.toml",
            "--database",
            database,
            "console",
            "--script",
        ])
        .arg(&script)
        .output()
        .expect("run mentor-cloud");
    assert!(
        output.status.success(),
        "exit {:?}: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8 output")
}

fn assert_scenario(out: &str) {
    for expected in [
        "→ carol: Thank you, Carol Kask! Here is your profile:",
        "→ alice: Thank you, Alice Novak! Here is your profile:",
        "→ carol: New mentor application from Bob Lindqvist (Sweden, –).",
        "→ bob: Good news: your application as a mentor has been approved.",
        "→ carol: Bob Lindqvist is now an approved mentor.",
        "  • Roles: mentor, mentee",
        "  • Offers as a mentor: Digital transformation and skills (25 years), Sales and marketing (9 years)",
        "→ alice: Here is everything I store about you.",
        "  [file] mentor-cloud-export.json",
        "→ alice: All your data has been erased. Goodbye, and thank you for taking part.",
        "→ alice: You have not joined yet. Send /start to join.",
    ] {
        assert!(
            out.lines().any(|line| line.starts_with(expected)),
            "missing {expected:?} in:\n{out}"
        );
    }
    assert!(!out.contains("panicked") && !out.contains("Error"), "{out}");
}

#[test]
fn a_script_onboards_approves_exports_and_forgets_on_sqlite() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/data/bot.db", dir.path().display());
    assert_scenario(&run_script(&url));
    // The database persists: a second run sees the people of the first.
    let again = Command::new(BIN)
        .args([
            "--config",
            "config/default.toml",
            "--database",
            &url,
            "console",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(b"bob: /start\n")?;
            child.wait_with_output()
        })
        .expect("second run");
    let out = String::from_utf8_lossy(&again.stdout);
    assert!(
        out.contains("→ bob: You have already joined, Bob Lindqvist."),
        "{out}"
    );
}

#[test]
fn a_script_onboards_approves_exports_and_forgets_on_postgres() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let Some(schema) = runtime.block_on(storage::testing::PgSchema::create()) else {
        return;
    };
    let out = run_script(&schema.url);
    runtime.block_on(schema.drop_schema());
    assert_scenario(&out);
}

/// A program on the other end of the pipes reads each answer before it
/// writes the next line: every message must arrive flushed, at once.
#[test]
fn a_conversation_through_pipes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/bot.db", dir.path().display());
    let mut child = Command::new(BIN)
        .args([
            "--config",
            "config/default.toml",
            "--database",
            &url,
            "console",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start mentor-cloud");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let (lines_tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut say = |line: &str| {
        writeln!(stdin, "{line}").expect("write");
        stdin.flush().expect("flush");
    };
    let wait_for = |prefix: &str| -> String {
        loop {
            match lines.recv_timeout(Duration::from_secs(30)) {
                Ok(line) if line.starts_with(prefix) => return line,
                Ok(_) => {}
                Err(e) => panic!("no line starting with {prefix:?}: {e}"),
            }
        }
    };
    say("carol: /start");
    wait_for("→ carol: Welcome");
    say("English");
    wait_for("  Do you agree?");
    say("I agree");
    wait_for("→ carol: What is your name");
    say("Carol Kask");
    wait_for("→ carol: Which country");
    say("Estonia");
    wait_for("  [1] Europe/Tallinn");
    say("1");
    wait_for("→ carol: Thank you, Carol Kask!");
    say("/link");
    let code_line = wait_for("→ carol: Your link code is ");
    let code = code_line
        .trim_start_matches("→ carol: Your link code is ")
        .split('.')
        .next()
        .expect("a code")
        .to_owned();
    say(&format!("carol-laptop: /link {code}"));
    wait_for("→ carol-laptop: This account is now linked to your profile, Carol Kask.");
    say("/profile");
    wait_for("→ carol-laptop: Profile of Carol Kask");
    drop(stdin);
    assert!(child.wait().expect("exit").success());
}

#[test]
fn migrate_and_check_config() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/fresh.db", dir.path().display());
    for args in [vec!["migrate"], vec!["check-config"]] {
        let output = Command::new(BIN)
            .args(["--config", "config/example.toml", "--database", &url])
            .args(&args)
            .output()
            .expect("run");
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let bad = Command::new(BIN)
        .args(["--database", "mysql://nope", "check-config"])
        .output()
        .expect("run");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("sqlite:// or postgres://"));
}

/// `console --virtual-clock`: time moves only on `/clock`, and what came due
/// on the way (here an introduction's deadline) happens in order.
#[test]
fn the_virtual_clock_runs_a_programme_in_seconds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/bot.db", dir.path().display());
    let script = "\
carol: /start\n1\n1\nCarol Kask\nEE\n1\n\
maria: /start\n1\n1\nMaria Schulz\nGermany\nHanse Energie\n1\n4\n1\n14\n20\n2\n22\nHelp small firms go digital.\n6\n1\n1\n\
carol: 1\n\
alice: /start\n1\n1\nAlice Novak\nPoland\nBaltic Foods\n6\n2\n1\n22\n14\nSell online.\n6\n1\n3\n\
carol: /match\ncarol: Approve all\n\
/clock +4d\n\
alice: /pair\n";
    let path = dir.path().join("script.txt");
    std::fs::write(&path, script).expect("write");
    let output = Command::new(BIN)
        .args([
            "--config",
            "config/default.toml",
            "--database",
            &url,
            "console",
            "--virtual-clock",
            "2026-12-01 09:00",
            "--script",
        ])
        .arg(&path)
        .output()
        .expect("run");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        out.contains("Please accept or decline by 2026-12-04 10:00 (your time)"),
        "{out}"
    );
    assert!(
        out.contains(
            "→ alice: The introduction with Maria Schulz was not answered in time and has lapsed."
        ),
        "{out}"
    );
    assert!(out.contains("⏱ 2026-12-05 09:00 UTC"), "{out}");
    assert!(
        out.contains("  • Your mentor: Maria Schulz – ended since 2026-12-04"),
        "{out}"
    );
}
