//! The value axis: its range, round tick steps and how numbers are written.

/// Values are clamped to this magnitude, so that every difference of two
/// of them is still a finite number.
pub(crate) const MAX_ABS: f64 = 1e300;

/// A value fit for drawing: finite and clamped, or nothing.
pub(crate) fn sane(v: f64) -> Option<f64> {
    v.is_finite().then(|| v.clamp(-MAX_ABS, MAX_ABS))
}

/// The axis range for the given values: it always holds zero (bars grow
/// from it), is never empty and leaves a little room beyond the extremes.
pub(crate) fn range(values: impl IntoIterator<Item = f64>) -> (f64, f64) {
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    for v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if hi - lo <= 0.0 || !(hi - lo).is_finite() {
        return (0.0, 1.0);
    }
    let room = (hi - lo) * 0.08;
    if hi > 0.0 {
        hi += room;
    }
    if lo < 0.0 {
        lo -= room;
    }
    (lo, hi)
}

/// Round tick values within `lo..=hi`, about `wanted` of them, and the step.
pub(crate) fn ticks(lo: f64, hi: f64, wanted: usize) -> (Vec<f64>, f64) {
    let span = hi - lo;
    if !(span.is_finite() && span > 0.0) {
        return (vec![lo], 1.0);
    }
    let raw = span / wanted.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw)
        .unwrap_or(10.0 * magnitude);
    if !(step.is_finite() && step > 0.0) {
        return (vec![lo, hi], span);
    }
    let first = (lo / step).ceil();
    let mut out = Vec::new();
    for k in 0..=(wanted * 3 + 2) {
        let v = (first + k as f64) * step;
        if v > hi + step * 1e-9 {
            break;
        }
        // -0 reads badly.
        out.push(if v == 0.0 { 0.0 } else { v });
    }
    (out, step)
}

/// Decimals needed to write multiples of `step` exactly (at most 6).
fn decimals_for(step: f64) -> usize {
    (0..=6)
        .find(|&d| {
            let scaled = step * 10f64.powi(d as i32);
            (scaled - scaled.round()).abs() <= scaled.abs() * 1e-6
        })
        .unwrap_or(6)
}

fn trim_zeros(s: String) -> String {
    if s.contains('.') && !s.contains('e') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A tick label: multiples of `step` written with just enough decimals;
/// thousands and more with a suffix (k, M, G, T), beyond that in
/// scientific notation.
pub(crate) fn tick_label(v: f64, step: f64) -> String {
    let a = v.abs();
    if a >= 1e15 {
        return format!("{v:.1e}");
    }
    for (unit, suffix) in [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")] {
        if a >= unit && step >= unit / 100.0 {
            let d = decimals_for(step / unit);
            return format!("{}{suffix}", trim_zeros(format!("{:.*}", d, v / unit)));
        }
    }
    if a != 0.0 && a < 1e-6 {
        return format!("{v:.1e}");
    }
    trim_zeros(format!("{:.*}", decimals_for(step), v))
}

/// A value written on a bar or a target: at most one decimal.
pub(crate) fn value_label(v: f64) -> String {
    let a = v.abs();
    if a >= 1e15 || (a != 0.0 && a < 0.05) {
        return format!("{v:.1e}");
    }
    // Four-digit values stay as they are; from 10 000 on, with a suffix.
    for (from, unit, suffix) in [
        (1e12, 1e12, "T"),
        (1e9, 1e9, "G"),
        (1e6, 1e6, "M"),
        (1e4, 1e3, "k"),
    ] {
        if a >= from {
            return format!("{}{suffix}", trim_zeros(format!("{:.1}", v / unit)));
        }
    }
    trim_zeros(format!("{v:.1}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_holds_zero_and_room() {
        assert_eq!(range([]), (0.0, 1.0));
        assert_eq!(range([0.0, 0.0]), (0.0, 1.0));
        let (lo, hi) = range([10.0, 40.0]);
        assert_eq!(lo, 0.0);
        assert!(hi > 40.0);
        let (lo, hi) = range([-5.0, 3.0]);
        assert!(lo < -5.0 && hi > 3.0);
        let (lo, hi) = range([-MAX_ABS, MAX_ABS]);
        assert!(lo.is_finite() && hi.is_finite() && hi > lo);
    }

    #[test]
    fn ticks_are_round() {
        let (t, step) = ticks(0.0, 43.0, 5);
        assert_eq!(step, 10.0);
        assert_eq!(t, vec![0.0, 10.0, 20.0, 30.0, 40.0]);
        let (t, step) = ticks(-1.2, 1.2, 4);
        assert_eq!(step, 1.0);
        assert_eq!(t, vec![-1.0, 0.0, 1.0]);
        let (t, _) = ticks(0.0, 1e300, 5);
        assert!(!t.is_empty() && t.len() <= 17);
        let (t, _) = ticks(-1.08e300, 1.08e300, 8);
        assert!(t.iter().all(|v| v.is_finite()));
    }

    #[test]
    fn labels_are_short() {
        assert_eq!(tick_label(20.0, 10.0), "20");
        assert_eq!(tick_label(2.5, 2.5), "2.5");
        assert_eq!(tick_label(0.25, 0.25), "0.25");
        assert_eq!(tick_label(1500.0, 500.0), "1.5k");
        assert_eq!(tick_label(1_000_000.0, 250_000.0), "1M");
        assert_eq!(tick_label(1e300, 1e299), "1.0e300");
        assert_eq!(value_label(12.0), "12");
        assert_eq!(value_label(12.345), "12.3");
        assert_eq!(value_label(-3.0), "-3");
        assert_eq!(value_label(25_000.0), "25k");
        assert_eq!(value_label(1e20), "1.0e20");
    }
}
