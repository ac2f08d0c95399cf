//! A first-order linear-chain model: hashed feature weights per label, label-to-label
//! transition weights, Viterbi decoding, and averaged structured-perceptron training.
//!
//! The shipped model is stored as `i16` weights with one scale, only the feature rows
//! that are not all zero: a small binary file read once at first use.

use super::Label;

const L: usize = Label::COUNT;

/// Emission rows are looked up by `hash & mask`.
const BITS: u32 = 18;
const MASK: u64 = (1 << BITS) - 1;
const MAGIC: &[u8; 6] = b"PLTAG1";

/// Errors reading a model file.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file does not start with the model's magic bytes or is cut short.
    #[error("not a publist tagger model (or a truncated one)")]
    Format,
}

/// Trained weights.
#[derive(Debug, Clone)]
pub struct Model {
    emit: Vec<[f32; L]>,
    /// `trans[prev][next]`; row `L` is the start.
    trans: [[f32; L]; L + 1],
}

impl Default for Model {
    fn default() -> Model {
        Model {
            emit: vec![[0.0; L]; 1 << BITS],
            trans: [[0.0; L]; L + 1],
        }
    }
}

impl Model {
    fn scores(&self, feats: &[u64]) -> [f32; L] {
        let mut s = [0.0; L];
        for &f in feats {
            let row = &self.emit[(f & MASK) as usize];
            for (a, b) in s.iter_mut().zip(row) {
                *a += b;
            }
        }
        s
    }

    /// The best label sequence for tokens with these features.
    pub fn decode(&self, feats: &[Vec<u64>]) -> Vec<Label> {
        let n = feats.len();
        if n == 0 {
            return Vec::new();
        }
        let mut best = vec![[0.0f32; L]; n];
        let mut back = vec![[0u8; L]; n];
        let first = self.scores(&feats[0]);
        for l in 0..L {
            best[0][l] = first[l] + self.trans[L][l];
        }
        for i in 1..n {
            let em = self.scores(&feats[i]);
            for l in 0..L {
                let (mut arg, mut max) = (0, f32::NEG_INFINITY);
                for (p, prev) in best[i - 1].iter().enumerate() {
                    let v = prev + self.trans[p][l];
                    if v > max {
                        max = v;
                        arg = p;
                    }
                }
                best[i][l] = max + em[l];
                back[i][l] = arg as u8;
            }
        }
        let mut l = (0..L)
            .max_by(|&a, &b| best[n - 1][a].total_cmp(&best[n - 1][b]))
            .unwrap_or(0);
        let mut out = vec![Label::Other; n];
        for i in (0..n).rev() {
            out[i] = Label::ALL[l];
            l = back[i][l] as usize;
        }
        out
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader(bytes);
        if r.take(MAGIC.len())? != MAGIC || r.take(1)?[0] as usize != L {
            return Err(ModelError::Format);
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().map_err(|_| ModelError::Format)?);
        let mut m = Model::default();
        for row in m.trans.iter_mut() {
            for w in row.iter_mut() {
                *w = r.i16()? as f32 * scale;
            }
        }
        let rows = r.u32()? as usize;
        let mut index = 0usize;
        for _ in 0..rows {
            index += r.u32()? as usize;
            let row = m.emit.get_mut(index).ok_or(ModelError::Format)?;
            for w in row.iter_mut() {
                *w = r.i16()? as f32 * scale;
            }
        }
        Ok(m)
    }

    /// The model as bytes: magic, label count, scale, transitions, then the non-zero rows
    /// (index as a delta from the previous row, weights).
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self
            .emit
            .iter()
            .flatten()
            .chain(self.trans.iter().flatten())
            .fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let q = |w: f32| (w / scale).round() as i16;
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(L as u8);
        out.extend_from_slice(&scale.to_le_bytes());
        for w in self.trans.iter().flatten() {
            out.extend_from_slice(&q(*w).to_le_bytes());
        }
        let rows: Vec<usize> = (0..self.emit.len())
            .filter(|&i| self.emit[i].iter().any(|&w| q(w) != 0))
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut last = 0;
        for i in rows {
            out.extend_from_slice(&((i - last) as u32).to_le_bytes());
            last = i;
            for w in &self.emit[i] {
                out.extend_from_slice(&q(*w).to_le_bytes());
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

/// Averaged structured-perceptron training of a [`Model`].
#[derive(Debug, Default)]
pub struct Trainer {
    model: Model,
    /// Sums of `step * update`, for the average.
    acc: Model,
    step: f32,
}

impl Trainer {
    /// A trainer with all weights zero.
    pub fn new() -> Trainer {
        Trainer::default()
    }

    /// Learns from one sequence; returns the number of tokens it got wrong before.
    pub fn learn(&mut self, feats: &[Vec<u64>], gold: &[Label]) -> usize {
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
                for &f in &feats[i] {
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

    /// The averaged weights.
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
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_toy_sequence_and_round_trips_through_bytes() {
        let feats: Vec<Vec<u64>> = vec![vec![1, 7], vec![2, 7], vec![3, 8]];
        let gold = [Label::Author, Label::Author, Label::Title];
        let mut t = Trainer::new();
        for _ in 0..5 {
            t.learn(&feats, &gold);
        }
        let m = t.finish();
        assert_eq!(m.decode(&feats), gold);
        let back = Model::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back.decode(&feats), gold);
        assert!(Model::from_bytes(b"PLTAG1").is_err());
    }
}
