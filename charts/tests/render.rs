//! Renders charts of every kind the coordinator sees, decodes the PNG and
//! checks its size, that something was drawn, and that the bytes do not
//! change from one rendering to the next.

use std::collections::BTreeSet;

use bot_core::ports::{ChartRenderer, ChartSeries, ChartSpec};
use charts::{ChartTexts, DEFAULT_HEIGHT, DEFAULT_WIDTH, PngCharts};

struct Image {
    width: u32,
    height: u32,
    /// RGB, row by row.
    pixels: Vec<u8>,
}

impl Image {
    fn pixel(&self, x: u32, y: u32) -> [u8; 3] {
        let i = (y as usize * self.width as usize + x as usize) * 3;
        [self.pixels[i], self.pixels[i + 1], self.pixels[i + 2]]
    }

    fn colours(&self) -> BTreeSet<[u8; 3]> {
        self.pixels
            .chunks_exact(3)
            .map(|p| [p[0], p[1], p[2]])
            .collect()
    }

    fn count(&self, colour: [u8; 3]) -> usize {
        self.pixels.chunks_exact(3).filter(|p| *p == colour).count()
    }

    /// Pixels that are neither white nor the grey of the grid.
    fn ink(&self) -> usize {
        self.pixels
            .chunks_exact(3)
            .filter(|p| p.iter().any(|&c| c < 200))
            .count()
    }

    /// Dark pixels (text and axes) within a rectangle.
    fn dark_in(&self, x0: u32, y0: u32, x1: u32, y1: u32) -> usize {
        let mut n = 0;
        for y in y0..y1.min(self.height) {
            for x in x0..x1.min(self.width) {
                if self.pixel(x, y).iter().all(|&c| c < 140) {
                    n += 1;
                }
            }
        }
        n
    }
}

fn decode(png_bytes: &[u8]) -> Image {
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut reader = decoder.read_info().expect("a PNG header");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut pixels).expect("a PNG frame");
    assert_eq!(info.color_type, png::ColorType::Rgb);
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    pixels.truncate(info.buffer_size());
    Image {
        width: info.width,
        height: info.height,
        pixels,
    }
}

/// Renders twice (checking the bytes are the same) and decodes.
fn render(charts: &PngCharts, spec: &ChartSpec) -> Image {
    let first = charts.render_png(spec).expect("the chart renders");
    let second = charts.render_png(spec).expect("the chart renders again");
    assert!(first == second, "rendering is not deterministic");
    assert!(first.starts_with(b"\x89PNG\r\n\x1a\n"));
    let image = decode(&first);
    let (w, h) = charts.size();
    assert_eq!((image.width, image.height), (w, h));
    image
}

fn series(name: &str, values: &[f64]) -> ChartSeries {
    ChartSeries {
        name: name.into(),
        values: values.to_vec(),
    }
}

fn spec(
    title: &str,
    labels: &[&str],
    series: Vec<ChartSeries>,
    target: Option<(&str, f64)>,
) -> ChartSpec {
    ChartSpec {
        title: title.into(),
        labels: labels.iter().map(|l| l.to_string()).collect(),
        series,
        target: target.map(|(n, v)| (n.to_string(), v)),
        y_label: "Hours".into(),
    }
}

const BLUE: [u8; 3] = [0, 114, 178];
const ORANGE: [u8; 3] = [230, 159, 0];
const GREEN: [u8; 3] = [0, 158, 115];
const TARGET_RED: [u8; 3] = [200, 30, 45];

fn save(name: &str, charts: &PngCharts, spec: &ChartSpec) {
    // CHARTS_OUT=dir keeps the images, to look at them.
    if let Some(dir) = std::env::var_os("CHARTS_OUT") {
        let png = charts.render_png(spec).unwrap();
        std::fs::write(std::path::Path::new(&dir).join(format!("{name}.png")), png).unwrap();
    }
}

#[test]
fn one_series_with_a_target() {
    let charts = PngCharts::new();
    assert_eq!(charts.size(), (DEFAULT_WIDTH, DEFAULT_HEIGHT));
    let chart = spec(
        "Hours per pair against the budget",
        &[
            "Anna / Ben",
            "Chloé / Dmitri",
            "Eva / Farid",
            "Gosia / Hugo",
        ],
        vec![series("Hours logged", &[12.5, 30.0, 41.0, 7.0])],
        Some(("Budget", 40.0)),
    );
    save("one_series_target", &charts, &chart);
    let image = render(&charts, &chart);
    assert!(
        image.colours().len() >= 5,
        "{} colours",
        image.colours().len()
    );
    // Bars in the first colour, and a good deal of them.
    assert!(
        image.count(BLUE) > 10_000,
        "{} blue pixels",
        image.count(BLUE)
    );
    // The dashed target line (1 px, half of it dashes) crosses most of the
    // 900-px plot, and its label and legend entry are red too.
    assert!(
        image.count(TARGET_RED) > 400,
        "{} red pixels",
        image.count(TARGET_RED)
    );
    // The title is written at the top.
    assert!(image.dark_in(0, 0, image.width, 50) > 200);
}

#[test]
fn three_series_grouped() {
    let charts = PngCharts::new();
    let chart = spec(
        "Sessions per week",
        &["W01", "W02", "W03", "W04", "W05", "W06", "W07", "W08"],
        vec![
            series("Mentor-led", &[3.0, 4.0, 2.0, 5.0, 6.0, 4.0, 3.0, 7.0]),
            series("Circles", &[1.0, 0.0, 2.0, 2.0, 3.0, 1.0, 4.0, 2.0]),
            series("Joint meetings", &[0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0]),
        ],
        None,
    );
    save("three_series", &charts, &chart);
    let image = render(&charts, &chart);
    for colour in [BLUE, ORANGE, GREEN] {
        assert!(
            image.count(colour) > 500,
            "{colour:?}: {}",
            image.count(colour)
        );
    }
    assert_eq!(image.count(TARGET_RED), 0);
}

#[test]
fn empty_data_says_so() {
    let charts = PngCharts::new();
    for chart in [
        spec("Activity by country", &[], vec![], None),
        spec(
            "Activity by country",
            &["PL", "UA"],
            vec![],
            Some(("Budget", 3.0)),
        ),
        spec("", &[], vec![series("Sessions", &[])], None),
    ] {
        let image = render(&charts, &chart);
        assert!(image.colours().len() >= 3);
        assert!(image.ink() > 100, "the no-data message is written");
        assert_eq!(image.count(BLUE), 0);
    }
    let localised = PngCharts::new().with_texts(ChartTexts {
        no_data: "Brak danych".into(),
        ..ChartTexts::default()
    });
    let image = render(&localised, &spec("", &[], vec![], None));
    assert!(image.ink() > 100);
    save(
        "empty",
        &charts,
        &spec("Activity by country", &[], vec![], None),
    );
}

#[test]
fn non_latin_labels() {
    let charts = PngCharts::new();
    let chart = ChartSpec {
        title: "Aktywność według kraju — Активность по странам".into(),
        labels: vec![
            "Zażółć Gęślą-Jaźń".into(),
            "Пётр Ильич Чайковский".into(),
            "محمد عبد الله".into(),
            "王小明".into(),
            "Đặng Thị Ngọc Thịnh".into(),
            "Γιώργος".into(),
            "שרה כהן".into(),
        ],
        series: vec![series("Сессии", &[4.0, 7.0, 3.0, 5.0, 2.0, 6.0, 1.0])],
        target: Some(("Норма".into(), 5.0)),
        y_label: "Sesje / Сессии".into(),
    };
    save("non_latin", &charts, &chart);
    let image = render(&charts, &chart);
    assert!(image.colours().len() >= 5);
    assert!(image.count(BLUE) > 5_000);
    // The labels under the plot are drawn.
    assert!(image.dark_in(60, 380, image.width, image.height) > 500);
}

#[test]
fn three_hundred_labels_are_cut() {
    let charts = PngCharts::new();
    let labels: Vec<String> = (1..=300)
        .map(|i| format!("Participant number {i} with a rather long name"))
        .collect();
    let values: Vec<f64> = (1..=300).map(|i| f64::from(i % 17) + 0.5).collect();
    let chart = ChartSpec {
        title: "Hours per pair".into(),
        labels,
        series: vec![series("Hours", &values)],
        target: Some(("Budget".into(), 12.0)),
        y_label: "Hours".into(),
    };
    save("many_labels", &charts, &chart);
    let image = render(&charts, &chart);
    assert!(image.count(BLUE) > 2_000);
    assert!(image.colours().len() >= 5);
}

#[test]
fn bad_numbers_do_not_panic() {
    let charts = PngCharts::new();
    let cases = [
        vec![f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 3.0],
        vec![-5.0, -100.0, 20.0, 0.0],
        vec![1e308, -1e308, f64::MAX, f64::MIN_POSITIVE],
        vec![f64::NAN; 4],
        vec![0.0; 4],
        vec![1e-9, 2e-9, 3e-9, 4e-9],
        vec![1.0],
    ];
    for (i, values) in cases.iter().enumerate() {
        for target in [
            None,
            Some(("Budget", f64::NAN)),
            Some(("Budget", -1e300)),
            Some(("", 2.0)),
        ] {
            let chart = spec(
                "Numbers",
                &["a", "b", "c", "d"],
                vec![series("x", values)],
                target,
            );
            if target.is_some_and(|t| t.1 == 2.0) {
                save(&format!("numbers_{i}"), &charts, &chart);
            }
            let image = render(&charts, &chart);
            assert!(image.colours().len() >= 3, "case {i}");
        }
    }
    // Negative values draw bars below the zero line.
    let chart = spec(
        "Negative",
        &["a", "b"],
        vec![series("x", &[-10.0, -20.0])],
        None,
    );
    let image = render(&charts, &chart);
    assert!(image.count(BLUE) > 5_000);
}

#[test]
fn odd_shapes_do_not_panic() {
    let long = "x".repeat(5_000);
    let many_series: Vec<ChartSeries> = (0..30)
        .map(|i| series(&format!("Series {i}"), &[f64::from(i), 1.0]))
        .collect();
    let cases = vec![
        // More values than labels, and fewer.
        spec("t", &["a"], vec![series("x", &[1.0, 2.0, 3.0])], None),
        spec("t", &["a", "b", "c"], vec![series("x", &[1.0])], None),
        spec(
            &long,
            &[&long, "b"],
            vec![series(&long, &[1.0, 2.0])],
            Some((&long, 1.5)),
        ),
        spec("t", &["a", "b"], many_series, Some(("Budget", 10.0))),
        spec(
            "\n\t\u{202E}\u{0}",
            &["\u{200F}", "\r\n"],
            vec![series("", &[1.0, 2.0])],
            None,
        ),
        spec(
            "t",
            &["🙂 emoji", "e\u{301}\u{301}\u{301}"],
            vec![series("x", &[1.0, 2.0])],
            None,
        ),
    ];
    for (w, h) in [
        (1000, 600),
        (200, 150),
        (1, 1),
        (1600, 900),
        (10_000, 10_000),
    ] {
        let charts = PngCharts::new().with_size(w, h);
        assert!(charts.size().0 >= 200 && charts.size().0 <= 4000);
        for chart in &cases {
            let image = render(&charts, chart);
            assert!(image.colours().len() >= 3);
        }
    }
    let charts = PngCharts::new();
    save("many_series", &charts, &cases[3]);
}

#[test]
fn renders_from_many_threads() {
    let charts = std::sync::Arc::new(PngCharts::new());
    let chart = spec(
        "t",
        &["a", "b"],
        vec![series("x", &[1.0, 2.0])],
        Some(("Budget", 1.5)),
    );
    let expected = charts.render_png(&chart).unwrap();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let charts = charts.clone();
            let chart = chart.clone();
            std::thread::spawn(move || charts.render_png(&chart).unwrap())
        })
        .collect();
    for handle in handles {
        assert!(handle.join().unwrap() == expected);
    }
}
