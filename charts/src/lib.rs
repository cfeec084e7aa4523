//! Bar charts as PNG images for the coordinator's view (hours per pair
//! against the budget, sessions per week, activity by country).
//!
//! [`PngCharts`] implements [`ChartRenderer`]: plotters draws into an RGB
//! buffer in memory, the `png` crate encodes it. Text is rasterised with
//! ab_glyph from a font compiled into the binary (a subset of DejaVu Sans,
//! see `fonts/`), so rendering needs no installed fonts, no browser and no
//! files.
//!
//! What the chart looks like:
//! - one bar per label, or a group of bars (one per series, each its own
//!   colour) when there are several series; at most [`MAX_SERIES`] series;
//! - the target, when given, as a dashed red line across the plot with its
//!   name and value written above its right end;
//! - a legend under the title (series, then the target);
//! - category labels written across when they fit their slot, otherwise
//!   vertically (cut with "…" at 28% of the image height); when there are
//!   more labels than fit at a readable width, the first ones are drawn and
//!   a note says how many (see [`ChartTexts`]): callers sort first;
//! - values written on the bars when there is room;
//! - NaN and infinite values are left out (no bar); negative values hang
//!   below a zero line; huge ones are clamped to ±1e300 and written in
//!   scientific notation; an empty chart says so ([`ChartTexts::no_data`]).
//!
//! Scripts: everything the embedded font has — Latin with all its
//! extensions, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic.
//! Arabic is shaped into its joined presentation forms and right-to-left
//! runs are reordered, so Arabic and Hebrew names read correctly (harakat
//! are dropped; letters that have no presentation form in the font are
//! drawn unjoined). Characters the font lacks (CJK, Indic, Thai, emoji, ...)
//! are drawn as a white square "□", one per character.

use std::panic::{AssertUnwindSafe, catch_unwind};

use bot_core::ports::{ChartError, ChartRenderer, ChartSpec};

mod draw;
mod font;
mod scale;
mod text;

pub use draw::MAX_SERIES;
pub use font::FONT_BYTES;

/// The default image size.
pub const DEFAULT_WIDTH: u32 = 1000;
pub const DEFAULT_HEIGHT: u32 = 600;
/// Sizes are clamped to these bounds.
pub const MIN_WIDTH: u32 = 200;
pub const MIN_HEIGHT: u32 = 150;
pub const MAX_SIDE: u32 = 4000;

/// The few words the renderer writes itself, for callers that localise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartTexts {
    /// Written instead of a chart when there are no labels or no series.
    pub no_data: String,
    /// When only some labels fit; `{shown}` and `{total}` are replaced.
    pub groups_shown: String,
    /// When there are more than [`MAX_SERIES`] series; same placeholders.
    pub series_shown: String,
}

impl Default for ChartTexts {
    fn default() -> Self {
        ChartTexts {
            no_data: "No data".into(),
            groups_shown: "First {shown} of {total} shown".into(),
            series_shown: "{shown} of {total} series shown".into(),
        }
    }
}

/// Renders [`ChartSpec`]s as PNG images with plotters and an embedded font.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PngCharts {
    width: u32,
    height: u32,
    texts: ChartTexts,
}

impl Default for PngCharts {
    fn default() -> Self {
        PngCharts::new()
    }
}

impl PngCharts {
    /// 1000×600 pixels, English notes.
    pub fn new() -> Self {
        PngCharts {
            width: DEFAULT_WIDTH,
            height: DEFAULT_HEIGHT,
            texts: ChartTexts::default(),
        }
    }

    /// Another image size, clamped to `MIN_WIDTH..=MAX_SIDE` by
    /// `MIN_HEIGHT..=MAX_SIDE`; fonts scale with it.
    pub fn with_size(mut self, width: u32, height: u32) -> Self {
        self.width = width.clamp(MIN_WIDTH, MAX_SIDE);
        self.height = height.clamp(MIN_HEIGHT, MAX_SIDE);
        self
    }

    /// Other words for the notes the renderer writes.
    pub fn with_texts(mut self, texts: ChartTexts) -> Self {
        self.texts = texts;
        self
    }

    /// The size of the images, width by height.
    pub fn size(&self) -> (u32, u32) {
        (self.width, self.height)
    }

    /// The chart as RGB pixels (3 bytes a pixel, row by row).
    pub fn render_rgb(&self, chart: &ChartSpec) -> Result<Vec<u8>, ChartError> {
        font::face()?;
        let (w, h) = (self.width, self.height);
        let mut buf = vec![0u8; w as usize * h as usize * 3];
        // Drawing is not expected to panic; should a corner of plotters do
        // so all the same, the caller gets an error rather than losing its
        // task.
        catch_unwind(AssertUnwindSafe(|| {
            draw::chart(chart, &mut buf, w, h, &self.texts)
        }))
        .map_err(|_| ChartError("drawing panicked".into()))??;
        Ok(buf)
    }
}

impl ChartRenderer for PngCharts {
    fn render_png(&self, chart: &ChartSpec) -> Result<Vec<u8>, ChartError> {
        let rgb = self.render_rgb(chart)?;
        encode_png(&rgb, self.width, self.height)
    }
}

fn encode_png(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>, ChartError> {
    let fail = |e: png::EncodingError| ChartError(format!("PNG encoding failed: {e}"));
    let mut out = Vec::with_capacity(rgb.len() / 8);
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    let mut writer = encoder.write_header().map_err(fail)?;
    writer.write_image_data(rgb).map_err(fail)?;
    writer.finish().map_err(fail)?;
    Ok(out)
}
