//! A first-order linear-chain model: hashed feature weights per label, label-to-label
//! transition weights, Viterbi decoding, and averaged structured-perceptron training.
//!
//! The shipped model is stored as `i16` weights with one scale, only the feature rows
//! that are not all zero: a small binary file read once at first use. In memory a slot
//! table maps feature hashes to those rows, still `i16`, two to a cache line, each row
//! once however many slots share it, so that the table (about 1.5 MB instead of 11.5 MB
//! of `f32` for every slot) mostly stays in the processor's caches. Scores are summed as
//! integers, then scaled.

use rustc_hash::FxHashMap;

use super::Label;
use super::features::Features;

const L: usize = Label::COUNT;

/// Emission rows are looked up by `hash & mask`.
const BITS: u32 = 18;
const MASK: u64 = (1 << BITS) - 1;
const MAGIC: &[u8; 6] = b"PLTAG1";

/// Labels in a row in memory, padded so that a row is half a 64-byte cache line.
const LANES: usize = 16;

/// Errors reading a model file.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file does not start with the model's magic bytes or is cut short.
    #[error("not a publist tagger model (or a truncated one)")]
    Format,
    /// More distinct weight rows than a slot can point to.
    #[error("the model has more than {} distinct weight rows", u16::MAX)]
    TooManyRows,
}

/// The label weights of one feature slot, in units of the model's scale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[repr(align(32))]
struct Row([i16; LANES]);

/// Trained weights: multiples of one scale, as stored.
#[derive(Debug, Clone)]
pub struct Model {
    /// For each hash slot, its row in `rows`; row 0 is all zeros and serves every slot
    /// without weights.
    slots: Vec<u16>,
    /// Distinct rows: about half the slots with weights share theirs with another.
    rows: Vec<Row>,
    /// `trans[prev][next]`; row `L` is the start.
    trans: [[f32; L]; L + 1],
    /// What one unit of a stored weight is worth.
    scale: f32,
}

/// Label scores padded to a whole number of 4-lane vector registers.
const PADDED: usize = L.div_ceil(4) * 4;

/// Label scores padded to [`PADDED`]: lanes past the last label hold minus infinity, so
/// they never win, and every loop below runs over all of them, which the compiler turns
/// into vector instructions.
type Lanes = [f32; PADDED];

/// Transition scores padded to [`Lanes`]: `padded[prev][next]`, row `L` the start.
fn pad_transitions(trans: &[[f32; L]; L + 1]) -> [Lanes; L + 1] {
    let mut out = [[f32::NEG_INFINITY; PADDED]; L + 1];
    for (row, t) in out.iter_mut().zip(trans) {
        row[..L].copy_from_slice(t);
    }
    out
}

/// The best label sequence of `n` tokens, given each token's label scores (lanes past
/// the labels are ignored) and the padded transition scores.
fn viterbi(
    n: usize,
    trans: &[Lanes; L + 1],
    mut emission: impl FnMut(usize) -> Lanes,
) -> Vec<Label> {
    if n == 0 {
        return Vec::new();
    }
    let mut best: Vec<Lanes> = Vec::with_capacity(n);
    // The best previous label of each label at each token, as `f32` lanes so that
    // the selects below have the compares' width.
    let mut back: Vec<Lanes> = Vec::with_capacity(n);
    let first = emission(0);
    best.push(std::array::from_fn(|l| first[l] + trans[L][l]));
    back.push([0.0; PADDED]);
    for i in 1..n {
        let em = emission(i);
        let prev = &best[i - 1];
        // For every label at once, the best previous label. Ties go to the lowest
        // previous label.
        let mut max = [f32::NEG_INFINITY; PADDED];
        let mut arg = [0.0f32; PADDED];
        for (p, row) in trans[..L].iter().enumerate() {
            let score = prev[p];
            let from = p as f32;
            for l in 0..PADDED {
                let v = score + row[l];
                let better = v > max[l];
                max[l] = if better { v } else { max[l] };
                arg[l] = if better { from } else { arg[l] };
            }
        }
        best.push(std::array::from_fn(|l| max[l] + em[l]));
        back.push(arg);
    }
    let last = &best[n - 1];
    let mut l = (0..L)
        .max_by(|&a, &b| last[a].total_cmp(&last[b]))
        .unwrap_or(0);
    let mut out = vec![Label::Other; n];
    for i in (0..n).rev() {
        out[i] = Label::ALL[l];
        l = back[i][l] as usize;
    }
    out
}

impl Model {
    /// The best label sequence for tokens with these features.
    pub fn decode(&self, feats: &Features) -> Vec<Label> {
        // Look up every row first: the loads are independent of each other, so the
        // processor overlaps their cache misses, which the sums below would serialize.
        let rows: Vec<&Row> = feats
            .hashes()
            .iter()
            .map(|&f| &self.rows[self.slots[(f & MASK) as usize] as usize])
            .collect();
        viterbi(feats.len(), &pad_transitions(&self.trans), |i| {
            // Exact: at most 40 weights of at most 32767 each.
            let mut s = [0i32; LANES];
            for row in &rows[feats.span(i)] {
                for (a, &b) in s.iter_mut().zip(&row.0) {
                    *a += i32::from(b);
                }
            }
            std::array::from_fn(|l| s[l] as f32 * self.scale)
        })
    }

    /// A model with no weights.
    fn empty(scale: f32) -> Model {
        Model {
            slots: vec![0; 1 << BITS],
            rows: vec![Row::default()],
            trans: [[0.0; L]; L + 1],
            scale,
        }
    }

    /// Points `slot` at `row`, stored once: `stored` remembers where each row went.
    fn set_row(
        &mut self,
        slot: usize,
        row: Row,
        stored: &mut FxHashMap<Row, u16>,
    ) -> Result<(), ModelError> {
        let index = match stored.get(&row) {
            Some(&i) => i,
            None => {
                let i = u16::try_from(self.rows.len()).map_err(|_| ModelError::TooManyRows)?;
                self.rows.push(row);
                stored.insert(row, i);
                i
            }
        };
        *self.slots.get_mut(slot).ok_or(ModelError::Format)? = index;
        Ok(())
    }

    /// Quantizes dense weights to multiples of one scale (the largest weight is 32767 of
    /// them), as they are stored. Panics if the weights need more distinct rows than the
    /// model holds (a training set-up with too many hash bits).
    fn quantize(dense: &Dense) -> Model {
        let max = dense
            .emit
            .iter()
            .flatten()
            .chain(dense.trans.iter().flatten())
            .fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let q = |w: f32| (w / scale).round() as i16;
        let mut m = Model::empty(scale);
        for (row, dense_row) in m.trans.iter_mut().zip(&dense.trans) {
            for (w, &d) in row.iter_mut().zip(dense_row) {
                *w = f32::from(q(d)) * scale;
            }
        }
        let mut stored = FxHashMap::default();
        for (slot, dense_row) in dense.emit.iter().enumerate() {
            let mut row = Row::default();
            for (w, &d) in row.0.iter_mut().zip(dense_row) {
                *w = q(d);
            }
            if row.0.iter().any(|&w| w != 0) {
                m.set_row(slot, row, &mut stored)
                    .expect("trained weights fit the model");
            }
        }
        m
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader(bytes);
        if r.take(MAGIC.len())? != MAGIC || r.take(1)?[0] as usize != L {
            return Err(ModelError::Format);
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().map_err(|_| ModelError::Format)?);
        let mut m = Model::empty(scale);
        for row in m.trans.iter_mut() {
            for w in row.iter_mut() {
                *w = f32::from(r.i16()?) * scale;
            }
        }
        let count = r.u32()? as usize;
        let mut stored = FxHashMap::default();
        let mut index = 0usize;
        for _ in 0..count {
            index += r.u32()? as usize;
            let mut row = Row::default();
            for w in row.0.iter_mut().take(L) {
                *w = r.i16()?;
            }
            m.set_row(index, row, &mut stored)?;
        }
        Ok(m)
    }

    /// The model as bytes: magic, label count, scale, transitions, then the non-zero rows
    /// (slot as a delta from the previous row's slot, weights).
    pub fn to_bytes(&self) -> Vec<u8> {
        let q = |w: f32| (w / self.scale).round() as i16;
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(L as u8);
        out.extend_from_slice(&self.scale.to_le_bytes());
        for &w in self.trans.iter().flatten() {
            out.extend_from_slice(&q(w).to_le_bytes());
        }
        let used: Vec<usize> = (0..self.slots.len())
            .filter(|&s| self.slots[s] != 0)
            .collect();
        out.extend_from_slice(&(used.len() as u32).to_le_bytes());
        let mut last = 0;
        for slot in used {
            out.extend_from_slice(&((slot - last) as u32).to_le_bytes());
            last = slot;
            for &w in &self.rows[self.slots[slot] as usize].0[..L] {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        if self.0.len() < n {
            return Err(ModelError::Format);
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Ok(a)
    }
    fn i16(&mut self) -> Result<i16, ModelError> {
        Ok(i16::from_le_bytes([self.take(1)?[0], self.take(1)?[0]]))
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// Dense `f32` weights, as training changes them.
#[derive(Debug, Clone)]
struct Dense {
    emit: Vec<[f32; L]>,
    /// `trans[prev][next]`; row `L` is the start.
    trans: [[f32; L]; L + 1],
}

impl Default for Dense {
    fn default() -> Dense {
        Dense {
            emit: vec![[0.0; L]; 1 << BITS],
            trans: [[0.0; L]; L + 1],
        }
    }
}

impl Dense {
    fn scores(&self, feats: &[u64]) -> Lanes {
        let mut s = [0.0; PADDED];
        for &f in feats {
            let row = &self.emit[(f & MASK) as usize];
            for (a, b) in s.iter_mut().zip(row) {
                *a += b;
            }
        }
        s
    }

    fn decode(&self, feats: &Features) -> Vec<Label> {
        viterbi(feats.len(), &pad_transitions(&self.trans), |i| {
            self.scores(feats.token(i))
        })
    }
}

/// Averaged structured-perceptron training of a [`Model`].
#[derive(Debug, Default)]
pub struct Trainer {
    model: Dense,
    /// Sums of `step * update`, for the average.
    acc: Dense,
    step: f32,
}

impl Trainer {
    /// A trainer with all weights zero.
    pub fn new() -> Trainer {
        Trainer::default()
    }

    /// Learns from one sequence; returns the number of tokens it got wrong before.
    pub fn learn(&mut self, feats: &Features, gold: &[Label]) -> usize {
        self.step += 1.0;
        let pred = self.model.decode(feats);
        let wrong = pred.iter().zip(gold).filter(|(a, b)| a != b).count();
        if wrong == 0 {
            return 0;
        }
        let step = self.step;
        for i in 0..feats.len() {
            let (g, p) = (gold[i] as usize, pred[i] as usize);
            if g != p {
                for &f in feats.token(i) {
                    let k = (f & MASK) as usize;
                    self.model.emit[k][g] += 1.0;
                    self.model.emit[k][p] -= 1.0;
                    self.acc.emit[k][g] += step;
                    self.acc.emit[k][p] -= step;
                }
            }
            let (gp, pp) = if i == 0 {
                (L, L)
            } else {
                (gold[i - 1] as usize, pred[i - 1] as usize)
            };
            if (gp, g) != (pp, p) {
                self.model.trans[gp][g] += 1.0;
                self.model.trans[pp][p] -= 1.0;
                self.acc.trans[gp][g] += step;
                self.acc.trans[pp][p] -= step;
            }
        }
        wrong
    }

    /// The averaged weights, quantized.
    pub fn finish(self) -> Model {
        let mut m = self.model;
        let c = self.step.max(1.0);
        for (row, acc) in m.emit.iter_mut().zip(&self.acc.emit) {
            for (w, a) in row.iter_mut().zip(acc) {
                *w -= a / c;
            }
        }
        for (row, acc) in m.trans.iter_mut().zip(&self.acc.trans) {
            for (w, a) in row.iter_mut().zip(acc) {
                *w -= a / c;
            }
        }
        Model::quantize(&m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_toy_sequence_and_round_trips_through_bytes() {
        let feats = Features::from_tokens(&[&[1, 7], &[2, 7], &[3, 8]]);
        let gold = [Label::Author, Label::Author, Label::Title];
        let mut t = Trainer::new();
        for _ in 0..5 {
            t.learn(&feats, &gold);
        }
        let m = t.finish();
        assert_eq!(m.decode(&feats), gold);
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.decode(&feats), gold);
        assert_eq!(back.to_bytes(), bytes);
        assert!(Model::from_bytes(b"PLTAG1").is_err());
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    }

    #[test]
    fn the_shipped_model_reads_and_writes_back_byte_for_byte() {
        let shipped = include_bytes!("model.bin");
        let m = Model::from_bytes(shipped).unwrap();
        assert_eq!(m.to_bytes(), shipped);
    }

    #[test]
    fn quantized_weights_decode_like_the_dense_ones() {
        let mut dense = Dense::default();
        dense.emit[5][Label::Title as usize] = 3.0;
        dense.emit[5][Label::Author as usize] = 2.5;
        dense.emit[9][Label::Author as usize] = 4.0;
        dense.trans[Label::Author as usize][Label::Title as usize] = 1.0;
        let m = Model::quantize(&dense);
        let feats = Features::from_tokens(&[&[9u64, 1][..], &[5, 2], &[5, 9], &[5]]);
        assert_eq!(m.decode(&feats), dense.decode(&feats));
        assert_eq!(
            m.decode(&feats),
            [Label::Author, Label::Title, Label::Author, Label::Title]
        );
    }
}
