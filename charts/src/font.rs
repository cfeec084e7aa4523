//! The embedded font: a subset of DejaVu Sans (see `fonts/README.md` and
//! `fonts/LICENSE-DejaVu.txt`), compiled into the binary, so no system
//! font is ever looked up.

use std::sync::LazyLock;

use ab_glyph::FontRef;

use bot_core::ports::ChartError;

/// DejaVu Sans 2.37, cut to Latin, Greek, Cyrillic, Armenian, Hebrew,
/// Arabic, Georgian and common symbols (about 250 KB).
pub const FONT_BYTES: &[u8] = include_bytes!("../fonts/DejaVuSans-subset.ttf");

pub(crate) static FACE: LazyLock<Option<FontRef<'static>>> =
    LazyLock::new(|| FontRef::try_from_slice(FONT_BYTES).ok());

/// The parsed font.
pub(crate) fn face() -> Result<&'static FontRef<'static>, ChartError> {
    FACE.as_ref()
        .ok_or_else(|| ChartError("the embedded font could not be read".into()))
}
