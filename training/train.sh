#!/usr/bin/env bash
# The one reproducible command that builds the shipped NER model.
#
#   training/train.sh [BUILD_DIR]
#
# Needs: pip install -e '.[train]' (gensim), ../shared/data beside the repo.
# Steps (seeded, 1234):
#   1. prepare.py     IL-NER train + HiNER validation → stanza NER json (PER/ORG/LOC/DATE,
#                     malformed tags repaired, tokens normalised + split as inference does),
#                     and IL-NER train alone; raw Hindi text normalised for vectors and the char LM
#   2. vectors.py     gensim skip-gram vectors (100 d) → stanza pretrain file (top 50k words)
#   3. train_ner.sh   stanza's tagger on IL-NER + HiNER (lr 0.1), bounded by a step count,
#                     keeping its best IL-NER dev model, then (stage 3, TWO_HEADS_STEPS=4000)
#                     the same mix with one output layer per corpus (IL_STEPS>0 adds a stage
#                     on IL-NER alone; WITH_CHARLM=1 adds char LMs and a char-LM tagger)
#   4. select_model.py scores the candidates with the inference code path, stores the best
#                     in half precision in the package (only when it beats the model already
#                     shipped) and rewrites MODEL_CARD.md
# 7,500 + 4,000 steps: ~70 min on 2 CPU cores at ~0.35 s a step, ~15 min on a GPU.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
PY=${PYTHON:-python}
$PY training/prepare.py --data ../shared/data --build "$BUILD"
$PY training/vectors.py --build "$BUILD"
TWO_HEADS_STEPS=${TWO_HEADS_STEPS:-4000} PYTHON=$PY bash training/train_ner.sh "$BUILD" "$BUILD/logs"
$PY training/shrink_models.py "$BUILD"/models/nocharlm.pt "$BUILD"/models/nocharlm_il.pt "$BUILD"/models/charlm.pt \
  "$BUILD"/models/nocharlm_2h.pt --out "$BUILD/shipped"
$PY training/select_model.py --build "$BUILD"
