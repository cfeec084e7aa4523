//! The top-k collector: BM25 scores with block-WAND pruning, as tantivy's
//! own `TopDocs`, plus the two things search needs on the way:
//!
//! - scope: an entry private to a pair is kept only when the reader is in
//!   that pair (a fast-field read per scored document, so no filter clause
//!   that would turn the pruned disjunction into a full scan);
//! - feedback: the score is multiplied by a factor in
//!   (1 − [`FEEDBACK_WEIGHT`], 1 + [`FEEDBACK_WEIGHT`]) from the entry's
//!   helpful − not-helpful votes. Pruning stays exact: the threshold handed
//!   back to the scorer is the k-th best boosted score divided by the
//!   largest factor, the least raw score that could still get in.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::Weight;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// How much feedback can move a score, at most, either way.
pub(crate) const FEEDBACK_WEIGHT: f32 = 0.1;
/// The net votes at which half of that is reached.
const FEEDBACK_HALF: f32 = 5.0;
const MAX_FACTOR: f32 = 1.0 + FEEDBACK_WEIGHT;

/// The factor for an entry with `votes` = helpful − not helpful.
pub(crate) fn feedback_factor(votes: i64) -> f32 {
    // Precision does not matter here: the factor saturates long before.
    let v = votes.clamp(-1_000_000, 1_000_000) as f32;
    1.0 + FEEDBACK_WEIGHT * v / (v.abs() + FEEDBACK_HALF)
}

/// One found entry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Found {
    pub score: Score,
    pub address: DocAddress,
    pub entry_id: i64,
}

/// The best `limit` documents readable with the given pairs.
pub(crate) struct ScopedTopDocs {
    limit: usize,
    /// Sorted; 0 (the whole programme's entries) is always readable.
    pairs: Vec<i64>,
}

impl ScopedTopDocs {
    pub(crate) fn new(limit: usize, pairs: &[i64]) -> Self {
        let mut pairs = pairs.to_vec();
        pairs.push(0);
        pairs.sort_unstable();
        pairs.dedup();
        Self { limit, pairs }
    }
}

/// A heap entry, ordered so that the heap's top is the worst kept: lowest
/// score, and among equal scores the later document.
#[derive(Debug, Clone, Copy)]
struct Kept {
    score: Score,
    doc: DocId,
}

impl Ord for Kept {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(self.doc.cmp(&other.doc))
    }
}

impl PartialOrd for Kept {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Kept {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Kept {}

pub(crate) struct ScopedSegment {
    limit: usize,
    pairs: Vec<i64>,
    segment: SegmentOrdinal,
    ids: Column<i64>,
    pair_of: Column<i64>,
    votes: Column<i64>,
    heap: BinaryHeap<Kept>,
}

impl ScopedSegment {
    /// Offers a scored document; returns the raw score a later document
    /// must beat to have a chance.
    fn offer(&mut self, doc: DocId, score: Score) -> Score {
        let pair = self.pair_of.first(doc).unwrap_or(0);
        if pair == 0 || self.pairs.binary_search(&pair).is_ok() {
            let boosted = score * feedback_factor(self.votes.first(doc).unwrap_or(0));
            let kept = Kept {
                score: boosted,
                doc,
            };
            if self.heap.len() < self.limit {
                self.heap.push(kept);
            } else if self.heap.peek().is_some_and(|worst| kept < *worst) {
                self.heap.pop();
                self.heap.push(kept);
            }
        }
        self.threshold()
    }

    fn threshold(&self) -> Score {
        match self.heap.peek() {
            Some(worst) if self.heap.len() >= self.limit => worst.score / MAX_FACTOR,
            _ => Score::MIN,
        }
    }
}

impl SegmentCollector for ScopedSegment {
    type Fruit = Vec<Found>;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.offer(doc, score);
    }

    fn harvest(self) -> Vec<Found> {
        let segment = self.segment;
        let ids = self.ids;
        self.heap
            .into_iter()
            .filter_map(|kept| {
                ids.first(kept.doc).map(|entry_id| Found {
                    score: kept.score,
                    address: DocAddress::new(segment, kept.doc),
                    entry_id,
                })
            })
            .collect()
    }
}

impl Collector for ScopedTopDocs {
    type Fruit = Vec<Found>;
    type Child = ScopedSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<ScopedSegment> {
        let fast = reader.fast_fields();
        Ok(ScopedSegment {
            limit: self.limit,
            pairs: self.pairs.clone(),
            segment,
            ids: fast.i64("id")?,
            pair_of: fast.i64("pair")?,
            votes: fast.i64("votes")?,
            heap: BinaryHeap::with_capacity(self.limit + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Found>>) -> tantivy::Result<Vec<Found>> {
        let mut all: Vec<Found> = fruits.into_iter().flatten().collect();
        all.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.address.cmp(&b.address)));
        // An entry is in the index once; should a crash ever leave two
        // copies, the reader still sees it once.
        let mut seen = std::collections::HashSet::with_capacity(all.len());
        all.retain(|found| seen.insert(found.entry_id));
        all.truncate(self.limit);
        Ok(all)
    }

    /// Drives the query's pruning scorer (block-WAND for a disjunction of
    /// terms) instead of visiting every match.
    fn collect_segment(
        &self,
        weight: &dyn Weight,
        segment: u32,
        reader: &SegmentReader,
    ) -> tantivy::Result<Vec<Found>> {
        let mut collector = self.for_segment(segment, reader)?;
        if self.limit == 0 {
            return Ok(Vec::new());
        }
        let alive = reader.alive_bitset();
        weight.for_each_pruning(Score::MIN, reader, &mut |doc, score| {
            if alive.is_some_and(|bits| bits.is_deleted(doc)) {
                return collector.threshold();
            }
            collector.offer(doc, score)
        })?;
        Ok(collector.harvest())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feedback_moves_scores_a_little_and_never_more_than_the_bound() {
        assert_eq!(feedback_factor(0), 1.0);
        assert!((feedback_factor(5) - 1.05).abs() < 1e-6);
        assert!((feedback_factor(-5) - 0.95).abs() < 1e-6);
        for votes in [i64::MIN, -1_000_000_000, -1, 1, 3, 1_000_000_000, i64::MAX] {
            let f = feedback_factor(votes);
            assert!(
                f > 1.0 - FEEDBACK_WEIGHT && f < MAX_FACTOR + 1e-6,
                "{votes}: {f}"
            );
            assert_eq!(f > 1.0, votes > 0);
        }
    }

    #[test]
    fn the_heap_top_is_the_worst_kept() {
        let mut heap = BinaryHeap::new();
        for (score, doc) in [(1.0, 3), (3.0, 1), (1.0, 2), (2.0, 4)] {
            heap.push(Kept { score, doc });
        }
        let order: Vec<DocId> = std::iter::from_fn(|| heap.pop().map(|k| k.doc)).collect();
        assert_eq!(order, [3, 2, 4, 1]);
    }
}
