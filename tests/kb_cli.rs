//! `mentor-cloud kb import | search | export | reindex` through the real
//! binary, on the starter set in `config/knowledge/`: importing twice updates
//! instead of copying, search finds the right entry (also as JSON), export
//! writes files that import again, reindex rebuilds from the database.

use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_mentor-cloud");

/// Runs in `dir` (its `data/` holds the database and the index), with the
/// shipped configuration.
fn kb(dir: &Path, args: &[&str]) -> (bool, String, String) {
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/default.toml");
    let output = Command::new(BIN)
        .current_dir(dir)
        .arg("--config")
        .arg(&config)
        .args(["--database", "sqlite://data/kb.db", "kb"])
        .args(args)
        .env_remove("MENTOR_CLOUD_DATABASE_URL")
        .output()
        .expect("run mentor-cloud");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_starter_set_imports_once_is_found_and_round_trips() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("data")).expect("data dir");
    let starter = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/knowledge");
    let starter = starter.to_str().expect("a UTF-8 path");
    let files = std::fs::read_dir(starter).expect("starter set").count();

    let (ok, out, err) = kb(dir.path(), &["import", starter]);
    assert!(ok, "{err}");
    assert!(
        out.starts_with(&format!(
            "{files} created, 0 updated, 0 unchanged, 0 rejected"
        )),
        "{out}"
    );
    let (ok, out, err) = kb(dir.path(), &["import", starter]);
    assert!(ok, "{err}");
    assert!(
        out.starts_with(&format!("0 created, 0 updated, {files} unchanged")),
        "a second import copies nothing: {out}"
    );

    let (ok, out, err) = kb(
        dir.path(),
        &[
            "search",
            "giving feedback across cultures",
            "--format",
            "json",
            "--limit",
            "3",
        ],
    );
    assert!(ok, "{err}");
    let found: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let titles: Vec<&str> = found
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|f| f["title"].as_str())
        .collect();
    assert_eq!(
        titles.first(),
        Some(&"Giving and receiving feedback across cultures"),
        "{out}"
    );
    let (ok, out, _) = kb(dir.path(), &["search", "Feedback über Kulturgrenzen"]);
    assert!(ok);
    assert!(
        out.starts_with("1. [") && out.lines().next().is_some_and(|l| l.contains("(de,")),
        "a German query finds the German version first: {out}"
    );

    let exported = dir.path().join("export");
    let (ok, _, err) = kb(dir.path(), &["export", exported.to_str().expect("path")]);
    assert!(ok, "{err}");
    assert_eq!(std::fs::read_dir(&exported).expect("export").count(), files);
    let (ok, out, err) = kb(dir.path(), &["import", exported.to_str().expect("path")]);
    assert!(ok, "{err}");
    assert!(
        out.starts_with(&format!("0 created, 0 updated, {files} unchanged")),
        "exported files are the same entries: {out}"
    );

    let (ok, out, err) = kb(dir.path(), &["reindex"]);
    assert!(ok, "{err}");
    assert!(
        out.starts_with(&format!("search index rebuilt: {files} entries")),
        "{out}"
    );
}
