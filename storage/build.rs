// `sqlx::migrate!` embeds the migration files it finds at compile time and
// watches those, but not the directories: without this a newly added
// migration would be left out until something else triggered a rebuild.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
