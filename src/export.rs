//! `mentor-cloud export DIR`: the same CSV files a coordinator's `/export` sends.

use std::path::Path;

use anyhow::Context;
use bot_core::Bot;
use bot_core::coordinator::export::programme_csvs;

pub async fn export(bot: &Bot, dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let deps = bot.deps();
    let mut tx = deps.store.begin().await?;
    let files = programme_csvs(tx.as_mut(), &deps.config.deliverables).await?;
    tx.commit().await?;
    for file in &files {
        let path = dir.join(&file.name);
        std::fs::write(&path, file.bytes())
            .with_context(|| format!("writing {}", path.display()))?;
        println!("{}", path.display());
    }
    Ok(())
}
