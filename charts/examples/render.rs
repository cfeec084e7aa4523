//! Writes sample charts as PNG files, to look at them:
//! `cargo run -p charts --example render -- DIR`.

use bot_core::ports::{ChartRenderer, ChartSeries, ChartSpec};
use charts::PngCharts;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    std::fs::create_dir_all(&dir)?;
    let labels = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let samples = [
        (
            "hours",
            ChartSpec {
                title: "Hours per pair against the budget".into(),
                labels: labels(&[
                    "Anna / Ben",
                    "Chloé / Dmitri",
                    "Eva / Farid",
                    "Gosia / Hugo",
                ]),
                series: vec![ChartSeries {
                    name: "Hours logged".into(),
                    values: vec![12.5, 30.0, 41.0, 7.0],
                }],
                target: Some(("Budget".into(), 40.0)),
                y_label: "Hours".into(),
            },
        ),
        (
            "scripts",
            ChartSpec {
                title: "Łódź · Київ · القاهرة · תל אביב · 北京".into(),
                labels: labels(&[
                    "Żaneta",
                    "Олександр",
                    "محمد عبد الله",
                    "שרה כהן",
                    "王小明",
                    "Γιώργος",
                ]),
                series: vec![
                    ChartSeries {
                        name: "Sesje".into(),
                        values: vec![4.0, 7.0, 3.0, 5.0, 2.0, 6.0],
                    },
                    ChartSeries {
                        name: "Сессии".into(),
                        values: vec![2.0, 3.0, 1.0, 4.0, 5.0, 1.0],
                    },
                ],
                target: Some(("الهدف".into(), 5.0)),
                y_label: "Hours".into(),
            },
        ),
    ];
    let charts = PngCharts::new();
    for (name, spec) in &samples {
        let path = std::path::Path::new(&dir).join(format!("{name}.png"));
        std::fs::write(&path, charts.render_png(spec)?)?;
        println!("{}", path.display());
    }
    Ok(())
}
