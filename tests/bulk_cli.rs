//! `mentor-cloud import participants` and `mentor-cloud match --dry-run`
//! through the real binary: bad rows by line number, nothing stored from a
//! bad file, claim codes that work in chat, and a proposal whose optimality
//! this test checks by brute force from the JSON alone.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_mentor-cloud");

const GOOD: &str = "\
email,name,country,organisation,sector,career_stage,languages,offers,seeks,years,capacity,timezone,availability_hours,goals,approved
maria@example.org,Maria Schulz,Germany,Hanse Energie,ICT,senior,en;de,digital-transformation,,20,2,,6,Help small firms go digital.,yes
olav@example.org,Olav Berg,NO,Fjord Consulting,services,executive,en;no,Internationalisation and market access;digital-transformation;sales-marketing,,15;12;8,1,Europe/Oslo,6,,yes
alice@example.org,Alice Novak,Poland,Baltic Foods,agri-food,early,en;pl,,internationalisation;digital-transformation,,,,6,Sell our products in Scandinavia.,
tomas@example.org,Tomas Kazlauskas,LT,Vilnius Labs,ICT,early,en;lt,,digital-transformation,,,,4,Digitalise our lab.,
sara@example.org,Sara Lind,Sweden,Lind Design,services,early,en;sv,,sales-marketing;digital-transformation,,,,5,Find export customers.,
";

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

fn run(url: &str, args: &[&str], stdin: Option<&str>) -> Run {
    let mut command = Command::new(BIN);
    command
        .args(["--config", "config/default.toml", "--database", url])
        .args(args);
    let output = match stdin {
        Some(input) => {
            use std::io::Write;
            let mut child = command
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn");
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(input.as_bytes())
                .expect("write");
            child.wait_with_output().expect("wait")
        }
        None => command.output().expect("run"),
    };
    Run {
        ok: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write");
    path.display().to_string()
}

#[test]
fn bad_rows_are_reported_by_line_and_nothing_is_stored() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}/bot.db", dir.path().display());
    let bad = format!(
        "{GOOD}nina@example.org,Nina,Atlantis,,,,en,,governance,,,,,,\nbad-email,Bob Bad,SE,,,,en,,governance,,,,,,\n"
    );
    let file = write(&dir, "bad.csv", &bad);
    let refused = run(&url, &["import", "participants", &file], None);
    assert!(!refused.ok);
    assert!(
        refused
            .stderr
            .contains("line 7: unknown country \"Atlantis\""),
        "{}",
        refused.stderr
    );
    assert!(
        refused
            .stderr
            .contains("line 8: email \"bad-email\" is not an address"),
        "{}",
        refused.stderr
    );
    let proposal = run(&url, &["match", "--dry-run"], None);
    assert!(
        proposal.stdout.starts_with("0 pairs"),
        "nothing imported: {}",
        proposal.stdout
    );

    let skipped = run(&url, &["import", "participants", "--skip-bad", &file], None);
    assert!(skipped.ok, "{}", skipped.stderr);
    assert_eq!(
        skipped
            .stdout
            .lines()
            .filter(|l| l.contains(",created,"))
            .count(),
        5
    );
}

#[test]
fn imported_people_claim_their_profile_in_chat_and_the_dry_run_is_optimal() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}/bot.db", dir.path().display());
    let file = write(&dir, "people.csv", GOOD);
    let imported = run(&url, &["import", "participants", &file], None);
    assert!(imported.ok, "{}", imported.stderr);
    let code = imported
        .stdout
        .lines()
        .find(|l| l.starts_with("alice@example.org,"))
        .and_then(|l| l.rsplit(' ').next())
        .expect("a claim code")
        .to_owned();

    // Importing again updates instead of duplicating.
    let again = run(&url, &["import", "participants", &file], None);
    assert_eq!(
        again
            .stdout
            .lines()
            .filter(|l| l.contains(",updated,"))
            .count(),
        5,
        "{}",
        again.stdout
    );

    let chat = run(
        &url,
        &["console"],
        Some(&format!("alice: /start {code}\nalice: /profile\n")),
    );
    assert!(
        chat.stdout
            .contains("→ alice: This account is now linked to your profile, Alice Novak."),
        "{}",
        chat.stdout
    );
    assert!(chat.stdout.contains("  • Wants to develop: Internationalisation and market access, Digital transformation and skills"));

    let json = run(&url, &["match", "--dry-run", "--format", "json"], None);
    assert!(json.ok, "{}", json.stderr);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    let candidates: Vec<(String, String, f64)> = value["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .map(|c| {
            (
                c["mentor"].as_str().unwrap_or_default().to_owned(),
                c["mentee"].as_str().unwrap_or_default().to_owned(),
                c["score"].as_f64().unwrap_or(0.0),
            )
        })
        .collect();
    let capacity: BTreeMap<String, u64> = value["capacity"]
        .as_object()
        .expect("capacity")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap_or(0)))
        .collect();
    let chosen: f64 = value["pairs"]
        .as_array()
        .expect("pairs")
        .iter()
        .map(|p| p["score"].as_f64().unwrap_or(0.0))
        .sum();
    assert_eq!(capacity.get("olav@example.org"), Some(&1));
    assert!(
        value["pairs"].as_array().is_some_and(|p| p.len() == 3),
        "{}",
        json.stdout
    );
    // Brute force over every capacity-respecting assignment of the candidates.
    let mentees: Vec<String> = candidates
        .iter()
        .map(|c| c.1.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    fn best(
        i: usize,
        mentees: &[String],
        candidates: &[(String, String, f64)],
        left: &mut BTreeMap<String, u64>,
    ) -> f64 {
        if i == mentees.len() {
            return 0.0;
        }
        let mut top = best(i + 1, mentees, candidates, left);
        for (mentor, _, score) in candidates.iter().filter(|c| c.1 == mentees[i]) {
            if left.get(mentor).copied().unwrap_or(0) > 0 {
                *left.entry(mentor.clone()).or_default() -= 1;
                top = top.max(score + best(i + 1, mentees, candidates, left));
                *left.entry(mentor.clone()).or_default() += 1;
            }
        }
        top
    }
    let optimum = best(0, &mentees, &candidates, &mut capacity.clone());
    assert!(
        (chosen - optimum).abs() < 1e-6,
        "chosen {chosen} vs brute force {optimum}"
    );
}
