//! Lays a bar chart out and draws it into an RGB buffer.
//!
//! Everything is placed in pixels here; plotters draws the rectangles and
//! the text (with the embedded font). Nothing depends on the clock, the
//! environment or hash order, so the same chart gives the same pixels.

use bot_core::ports::{ChartError, ChartSpec};
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::ChartTexts;
use crate::scale::{self, sane};
use crate::text::{self, clean, fit, visual, width};

/// At most this many series are drawn (one colour each).
pub const MAX_SERIES: usize = 8;

const PALETTE: [RGBColor; MAX_SERIES] = [
    RGBColor(0, 114, 178),   // blue
    RGBColor(230, 159, 0),   // orange
    RGBColor(0, 158, 115),   // bluish green
    RGBColor(204, 121, 167), // reddish purple
    RGBColor(86, 180, 233),  // sky blue
    RGBColor(140, 86, 75),   // brown
    RGBColor(120, 120, 120), // grey
    RGBColor(181, 158, 0),   // dark yellow
];
const TARGET: RGBColor = RGBColor(200, 30, 45);
const INK: RGBColor = RGBColor(25, 25, 25);
const SOFT_INK: RGBColor = RGBColor(70, 70, 70);
const NOTE_INK: RGBColor = RGBColor(110, 110, 110);
const AXIS: RGBColor = RGBColor(90, 90, 90);
const GRID: RGBColor = RGBColor(226, 226, 226);
const BACKGROUND: RGBColor = RGBColor(255, 255, 255);

type Area<'a> = DrawingArea<BitMapBackend<'a>, Shift>;

fn fail(e: impl std::fmt::Display) -> ChartError {
    ChartError(format!("drawing failed: {e}"))
}

#[derive(Clone, Copy)]
enum H {
    Left,
    Center,
    Right,
}

#[derive(Clone, Copy)]
enum V {
    Top,
    Middle,
    Bottom,
}

/// Draws visual text so that its line box (ascent to descent) sits at
/// `at` as asked. Rotated text reads from bottom to top; then `h` is along
/// the text (Right: its end at `at`) and `v` across it (Top: to the right
/// of `at`).
#[allow(clippy::too_many_arguments)]
fn draw_text(
    area: &Area,
    s: &str,
    size: f64,
    color: RGBColor,
    at: (i32, i32),
    h: H,
    v: V,
    rotated: bool,
) -> Result<(), ChartError> {
    if s.is_empty() {
        return Ok(());
    }
    let w = width(s, size);
    let dx = match h {
        H::Left => 0,
        H::Center => -w / 2,
        H::Right => -w,
    };
    let (ascent, descent) = text::line_metrics(size);
    let dy = match v {
        V::Top => ascent,
        V::Middle => (ascent + descent) / 2.0,
        V::Bottom => descent,
    }
    .round() as i32;
    let mut pixels = Vec::new();
    text::raster(s, size, |x, y, coverage| {
        if coverage > 0.01 {
            let (x, y) = (x + dx, y + dy);
            let (x, y) = if rotated { (y, -x) } else { (x, y) };
            pixels.push(((at.0 + x, at.1 + y), coverage.min(1.0)));
        }
    });
    for (pos, coverage) in pixels {
        area.draw_pixel(pos, &color.mix(f64::from(coverage)))
            .map_err(fail)?;
    }
    Ok(())
}

fn fill(
    area: &Area,
    (x0, y0): (i32, i32),
    (x1, y1): (i32, i32),
    c: RGBColor,
) -> Result<(), ChartError> {
    area.draw(&Rectangle::new([(x0, y0), (x1, y1)], c.filled()))
        .map_err(fail)
}

/// A horizontal dashed line from `x0` to `x1`, `thick` pixels high,
/// centred on `y`.
fn dashed(
    area: &Area,
    x0: i32,
    x1: i32,
    y: i32,
    thick: i32,
    dash: i32,
    c: RGBColor,
) -> Result<(), ChartError> {
    let (dash, gap) = (dash.max(2), (dash * 3 / 5).max(2));
    let top = y - thick / 2;
    let mut x = x0;
    while x < x1 {
        fill(area, (x, top), ((x + dash).min(x1), top + thick - 1), c)?;
        x += dash + gap;
    }
    Ok(())
}

enum Swatch {
    Bar(RGBColor),
    Line(RGBColor),
}

struct LegendItem {
    swatch: Swatch,
    text: String,
    width: i32,
}

/// The chart as it will be drawn, once cleaned and cut to what fits.
struct Data {
    title: String,
    y_label: String,
    labels: Vec<String>,
    names: Vec<String>,
    /// `values[s][g]`: series `s`, group `g`; None where missing or not finite.
    values: Vec<Vec<Option<f64>>>,
    target: Option<(String, f64)>,
    total_groups: usize,
    total_series: usize,
}

impl Data {
    fn new(spec: &ChartSpec) -> Self {
        let shown = &spec.series[..spec.series.len().min(MAX_SERIES)];
        let total_groups = shown
            .iter()
            .map(|s| s.values.len())
            .chain([spec.labels.len()])
            .max()
            .unwrap_or(0);
        Data {
            title: clean(&spec.title),
            y_label: clean(&spec.y_label),
            labels: Vec::new(),
            names: shown.iter().map(|s| clean(&s.name)).collect(),
            values: shown
                .iter()
                .map(|s| s.values.iter().map(|&v| sane(v)).collect())
                .collect(),
            target: spec
                .target
                .as_ref()
                .and_then(|(name, v)| sane(*v).map(|v| (clean(name), v))),
            total_groups,
            total_series: spec.series.len(),
        }
    }

    /// Keeps the first `n` groups and cleans their labels.
    fn keep_groups(&mut self, spec: &ChartSpec, n: usize) {
        let n = n.min(self.total_groups);
        self.labels = (0..n)
            .map(|i| spec.labels.get(i).map(|l| clean(l)).unwrap_or_default())
            .collect();
        for values in &mut self.values {
            values.truncate(n);
            values.resize(n, None);
        }
    }

    fn value_range(&self) -> (f64, f64) {
        scale::range(
            self.values
                .iter()
                .flatten()
                .flatten()
                .copied()
                .chain(self.target.as_ref().map(|t| t.1)),
        )
    }

    fn is_empty(&self) -> bool {
        self.total_groups == 0 || self.values.is_empty()
    }
}

/// Font sizes and spacing, in pixels, for one image size.
struct Metrics {
    k: f64,
    pad: i32,
    title: f64,
    legend: f64,
    note: f64,
    tick: f64,
    label: f64,
    desc: f64,
    value: f64,
}

impl Metrics {
    fn new(w: u32, h: u32) -> Self {
        let k = (f64::from(w) / 1000.0)
            .min(f64::from(h) / 600.0)
            .clamp(0.5, 4.0);
        Metrics {
            k,
            pad: (14.0 * k).round() as i32,
            title: 24.0 * k,
            legend: 15.0 * k,
            note: 12.5 * k,
            tick: 13.0 * k,
            label: 13.0 * k,
            desc: 15.0 * k,
            value: 11.5 * k,
        }
    }

    fn px(&self, v: f64) -> i32 {
        (v * self.k).round() as i32
    }
}

fn legend_items(data: &Data, m: &Metrics, w: i32) -> Vec<LegendItem> {
    let max = (w as f64 * 0.45) as i32;
    let mut items: Vec<LegendItem> = data
        .names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let text = fit(name, m.legend, max);
            LegendItem {
                width: width(&text, m.legend),
                swatch: Swatch::Bar(PALETTE[i % PALETTE.len()]),
                text,
            }
        })
        .collect();
    if let Some((name, v)) = &data.target {
        let logical = if name.is_empty() {
            scale::value_label(*v)
        } else {
            format!("{name}: {}", scale::value_label(*v))
        };
        let text = fit(&logical, m.legend, max);
        items.push(LegendItem {
            width: width(&text, m.legend),
            swatch: Swatch::Line(TARGET),
            text,
        });
    }
    items
}

/// Splits legend items into rows that fit `w`; each row with its width.
fn legend_rows(items: Vec<LegendItem>, m: &Metrics, w: i32) -> Vec<(Vec<LegendItem>, i32)> {
    let swatch = m.px(16.0) + m.px(6.0);
    let gap = m.px(22.0);
    let mut rows: Vec<(Vec<LegendItem>, i32)> = Vec::new();
    for item in items {
        let item_w = swatch + item.width;
        match rows.last_mut() {
            Some((row, row_w)) if *row_w + gap + item_w <= w => {
                *row_w += gap + item_w;
                row.push(item);
            }
            _ => rows.push((vec![item], item_w)),
        }
    }
    rows
}

fn draw_legend(
    area: &Area,
    rows: Vec<(Vec<LegendItem>, i32)>,
    m: &Metrics,
    w: i32,
    mut y: i32,
) -> Result<i32, ChartError> {
    let row_h = (m.legend * 1.45).round() as i32;
    let sw = m.px(16.0);
    for (row, row_w) in rows {
        let mut x = (w - row_w) / 2;
        let mid = y + row_h / 2;
        for item in row {
            match item.swatch {
                Swatch::Bar(c) => fill(area, (x, mid - sw / 2), (x + sw, mid + sw / 2), c)?,
                Swatch::Line(c) => dashed(area, x, x + sw, mid, m.px(3.0).max(2), m.px(5.0), c)?,
            }
            x += sw + m.px(6.0);
            draw_text(
                area,
                &item.text,
                m.legend,
                SOFT_INK,
                (x, mid),
                H::Left,
                V::Middle,
                false,
            )?;
            x += item.width + m.px(22.0);
        }
        y += row_h;
    }
    Ok(y)
}

fn shown_note(template: &str, shown: usize, total: usize) -> String {
    template
        .replace("{shown}", &shown.to_string())
        .replace("{total}", &total.to_string())
}

/// How the category labels under the bars are written.
struct XLabels {
    texts: Vec<String>,
    size: f64,
    rotated: bool,
    /// Every `stride`-th label is written when there is no room for all.
    stride: usize,
    height: i32,
}

fn x_labels(labels: &[String], slot: f64, m: &Metrics, h: i32) -> XLabels {
    let room = (slot - f64::from(m.px(6.0))) as i32;
    let texts: Vec<String> = labels.iter().map(|l| visual(l)).collect();
    if texts.iter().all(|t| width(t, m.label) <= room) {
        return XLabels {
            texts,
            size: m.label,
            rotated: false,
            stride: 1,
            height: (m.label * 1.2).round() as i32 + m.px(8.0),
        };
    }
    // Vertical labels: as tall as a slot is wide, at most; smaller fonts
    // are unreadable, so then only every few labels.
    let min_size = 7.0;
    let size = (slot * 0.85).min(m.label).max(min_size);
    let stride = if slot * 0.85 < min_size {
        (min_size / (slot * 0.85).max(0.01)).ceil() as usize
    } else {
        1
    };
    let max_len = (f64::from(h) * 0.28) as i32;
    let texts: Vec<String> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if i % stride == 0 {
                fit(l, size, max_len)
            } else {
                String::new()
            }
        })
        .collect();
    let longest = texts.iter().map(|t| width(t, size)).max().unwrap_or(0);
    XLabels {
        texts,
        size,
        rotated: true,
        stride,
        height: longest + m.px(10.0),
    }
}

/// Draws `spec` into `buf` (RGB, `w`×`h`).
pub(crate) fn chart(
    spec: &ChartSpec,
    buf: &mut [u8],
    w: u32,
    h: u32,
    texts: &ChartTexts,
) -> Result<(), ChartError> {
    let area = BitMapBackend::with_buffer(buf, (w, h)).into_drawing_area();
    area.fill(&BACKGROUND).map_err(fail)?;
    let m = Metrics::new(w, h);
    let (wi, hi) = (w as i32, h as i32);
    let mut data = Data::new(spec);

    // Header: title, legend, notes.
    let mut y = m.pad;
    if !data.title.is_empty() {
        let title = fit(&data.title, m.title, wi - 2 * m.pad);
        draw_text(
            &area,
            &title,
            m.title,
            INK,
            (wi / 2, y),
            H::Center,
            V::Top,
            false,
        )?;
        y += (m.title * 1.25).round() as i32;
    }
    if data.is_empty() {
        let top = y + m.pad;
        let (x0, x1, y1) = (m.pad * 2, wi - m.pad * 2, hi - m.pad * 2);
        area.draw(&Rectangle::new(
            [(x0, top), (x1, y1.max(top + 1))],
            GRID.stroke_width(1),
        ))
        .map_err(fail)?;
        let msg = fit(&clean(&texts.no_data), m.desc, x1 - x0 - m.pad);
        draw_text(
            &area,
            &msg,
            m.desc,
            NOTE_INK,
            ((x0 + x1) / 2, (top + y1) / 2),
            H::Center,
            V::Middle,
            false,
        )?;
        return area.present().map_err(fail);
    }
    let rows = legend_rows(legend_items(&data, &m, wi), &m, wi - 2 * m.pad);
    y = draw_legend(&area, rows, &m, wi, y + m.px(4.0))?;

    // The value axis first, with all groups, to learn how wide its labels
    // are; that gives the room for bars and so how many groups fit.
    let desc_w = if data.y_label.is_empty() {
        0
    } else {
        (m.desc * 1.3).round() as i32
    };
    let axis_width = |data: &Data, plot_h: i32| -> (Vec<f64>, f64, f64, f64, i32) {
        let (lo, hi) = data.value_range();
        let wanted = ((f64::from(plot_h) / (55.0 * m.k)).round() as usize).clamp(2, 10);
        let (ticks, step) = scale::ticks(lo, hi, wanted);
        let label_w = ticks
            .iter()
            .map(|&t| width(&scale::tick_label(t, step), m.tick))
            .max()
            .unwrap_or(0);
        (ticks, step, lo, hi, label_w)
    };
    let note_h = (m.note * 1.4).round() as i32;
    let plot_h_guess = hi - y - note_h - m.pad - hi / 5;
    let left_of = |label_w: i32| m.pad + desc_w + m.px(6.0) + label_w + m.px(10.0);
    data.keep_groups(spec, data.total_groups);
    let (_, _, _, _, label_w) = axis_width(&data, plot_h_guess);
    let plot_w = (wi - left_of(label_w) - m.pad * 2).max(10);
    let series = data.values.len();
    let min_slot = (10.0 * m.k).max(4.0 * series as f64 + 6.0);
    let max_groups = ((f64::from(plot_w) / min_slot) as usize).max(1);
    if data.total_groups > max_groups {
        data.keep_groups(spec, max_groups);
    }
    let groups = data.labels.len();

    // Notes on what was left out.
    let mut notes = Vec::new();
    if groups < data.total_groups {
        notes.push(shown_note(&texts.groups_shown, groups, data.total_groups));
    }
    if data.values.len() < data.total_series {
        notes.push(shown_note(
            &texts.series_shown,
            data.values.len(),
            data.total_series,
        ));
    }
    if !notes.is_empty() {
        let note = fit(&clean(&notes.join(" · ")), m.note, wi - 2 * m.pad);
        draw_text(
            &area,
            &note,
            m.note,
            NOTE_INK,
            (wi / 2, y),
            H::Center,
            V::Top,
            false,
        )?;
        y += note_h;
    }

    // Final geometry.
    let plot_top = y + m.px(12.0);
    let (ticks, step, lo, hi_v, label_w) = axis_width(&data, plot_h_guess);
    let left = left_of(label_w);
    let right = wi - m.pad * 2;
    let plot_w = (right - left).max(10);
    let slot = f64::from(plot_w) / groups as f64;
    let xl = x_labels(&data.labels, slot, &m, hi);
    let min_plot_h = (hi / 5).max(20);
    let x_area = xl.height.min(hi - plot_top - m.pad - min_plot_h).max(0);
    let bottom = (hi - m.pad - x_area).max(plot_top + 10);
    let plot_h = bottom - plot_top;
    let ymap = |v: f64| -> i32 {
        let f = (hi_v - v) / (hi_v - lo);
        (f64::from(plot_top) + f * f64::from(plot_h))
            .round()
            .clamp(f64::from(plot_top), f64::from(bottom)) as i32
    };

    // Grid and value axis labels.
    for &t in &ticks {
        let ty = ymap(t);
        area.draw(&PathElement::new(
            vec![(left, ty), (right, ty)],
            GRID.stroke_width(1),
        ))
        .map_err(fail)?;
        area.draw(&PathElement::new(
            vec![(left - m.px(5.0), ty), (left, ty)],
            AXIS.stroke_width(1),
        ))
        .map_err(fail)?;
        let label = scale::tick_label(t, step);
        draw_text(
            &area,
            &label,
            m.tick,
            SOFT_INK,
            (left - m.px(8.0), ty),
            H::Right,
            V::Middle,
            false,
        )?;
    }
    if !data.y_label.is_empty() {
        let desc = fit(&data.y_label, m.desc, plot_h);
        let x = m.pad + desc_w / 2;
        draw_text(
            &area,
            &desc,
            m.desc,
            SOFT_INK,
            (x, (plot_top + bottom) / 2),
            H::Center,
            V::Middle,
            true,
        )?;
    }

    // Bars.
    let inner = slot * if series == 1 { 0.7 } else { 0.82 };
    let bar_w = inner / series as f64;
    let gap = if bar_w >= 6.0 { 1.0 } else { 0.0 };
    let zero = ymap(0.0);
    let show_values = groups <= 40;
    for (s, values) in data.values.iter().enumerate() {
        let color = PALETTE[s % PALETTE.len()];
        for (g, v) in values.iter().enumerate() {
            let Some(v) = *v else { continue };
            let x0 = f64::from(left) + g as f64 * slot + (slot - inner) / 2.0 + s as f64 * bar_w;
            let (bx0, bx1) = ((x0 + gap).round() as i32, (x0 + bar_w - gap).round() as i32);
            let bx1 = bx1.max(bx0 + 1);
            let vy = ymap(v);
            if vy != zero {
                fill(&area, (bx0, vy.min(zero)), (bx1 - 1, vy.max(zero)), color)?;
            }
            if show_values {
                let label = scale::value_label(v);
                let size = m.value;
                if width(&label, size) + 2 <= bx1 - bx0 {
                    let (at, v_align) = if v >= 0.0 {
                        ((bx0 + bx1) / 2, V::Bottom)
                    } else {
                        ((bx0 + bx1) / 2, V::Top)
                    };
                    let ly = if v >= 0.0 {
                        vy - m.px(2.0)
                    } else {
                        vy + m.px(2.0)
                    };
                    if ly > plot_top + (size as i32) && ly < bottom + x_area {
                        draw_text(
                            &area,
                            &label,
                            size,
                            SOFT_INK,
                            (at, ly),
                            H::Center,
                            v_align,
                            false,
                        )?;
                    }
                }
            }
        }
    }

    // Axes: the left edge and the zero line.
    area.draw(&PathElement::new(
        vec![(left, plot_top), (left, bottom)],
        AXIS.stroke_width(1),
    ))
    .map_err(fail)?;
    area.draw(&PathElement::new(
        vec![(left, zero), (right, zero)],
        AXIS.stroke_width(1),
    ))
    .map_err(fail)?;

    // Target line, with its label above its right end (below when there is
    // no room above).
    if let Some((name, v)) = &data.target {
        let ty = ymap(*v);
        dashed(&area, left, right, ty, m.px(2.0).max(2), m.px(10.0), TARGET)?;
        let logical = if name.is_empty() {
            scale::value_label(*v)
        } else {
            format!("{name}: {}", scale::value_label(*v))
        };
        let label = fit(&logical, m.tick, plot_w / 2);
        let lw = width(&label, m.tick);
        let lh = (m.tick * 1.05).round() as i32;
        let x1 = right - m.px(4.0);
        let above = ty - m.px(4.0) - lh >= plot_top;
        let (y0, y1) = if above {
            (ty - m.px(4.0) - lh, ty - m.px(4.0))
        } else {
            (ty + m.px(4.0), ty + m.px(4.0) + lh)
        };
        area.draw(&Rectangle::new(
            [(x1 - lw - m.px(4.0), y0), (x1 + m.px(2.0), y1)],
            BACKGROUND.mix(0.85).filled(),
        ))
        .map_err(fail)?;
        draw_text(
            &area,
            &label,
            m.tick,
            TARGET,
            (x1, (y0 + y1) / 2),
            H::Right,
            V::Middle,
            false,
        )?;
    }

    // Category labels.
    let label_top = bottom + m.px(6.0);
    for (g, t) in xl.texts.iter().enumerate() {
        if g % xl.stride != 0 || t.is_empty() {
            continue;
        }
        let cx = (f64::from(left) + (g as f64 + 0.5) * slot).round() as i32;
        if xl.rotated {
            draw_text(
                &area,
                t,
                xl.size,
                SOFT_INK,
                (cx, label_top),
                H::Right,
                V::Middle,
                true,
            )?;
        } else {
            draw_text(
                &area,
                t,
                xl.size,
                SOFT_INK,
                (cx, label_top),
                H::Center,
                V::Top,
                false,
            )?;
        }
    }
    area.present().map_err(fail)
}
