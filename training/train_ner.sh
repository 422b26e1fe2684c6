#!/usr/bin/env bash
# Train the character language models and the NER tagger (stanza).
#
#   training/train_ner.sh BUILD OUT [CHARLM_SECONDS] [NER_SECONDS]
#
# BUILD holds what training/prepare.py and training/vectors.py wrote
# (ner/*.json, text/lm_*.txt[.xz], vectors/hi_newsparse.pretrain.pt).
# Runs on CPU or GPU (stanza picks CUDA when torch sees it).  Every run is
# bounded by a wall-clock budget: stanza saves the best dev model as it goes,
# so stopping a run at its budget keeps the best model so far.
#
# Three NER configurations train side by side and the best on IL-NER dev
# wins (training/select_model.py):
#   charlm     BiLSTM-CRF + word vectors + forward/backward char LM
#   charlm_b64 the same with batch 64 and lr 0.15
#   nocharlm   BiLSTM-CRF + word vectors only (the fast variant)
set -u
BUILD=${1:?BUILD dir}
OUT=${2:?OUT dir}
CHARLM_S=${3:-150}
NER_S=${4:-360}
PY=${PYTHON:-python3}
SEED=1234
mkdir -p "$OUT" "$BUILD/charlm" "$BUILD/models"
for f in "$BUILD"/text/lm_train.txt "$BUILD"/text/lm_dev.txt; do
  [ -f "$f" ] || xz -dk "$f.xz"
done

NER_COMMON=(--train_file "$BUILD/ner/hi_newsparse.train.json" --eval_file "$BUILD/ner/hi_newsparse.dev.json"
  --wordvec_pretrain_file "$BUILD/vectors/hi_newsparse.pretrain.pt" --shorthand hi_newsparse
  --scheme bioes --eval_interval 300 --max_steps 200000 --max_steps_no_improve 6000 --seed $SEED)

# The fast variant needs no char LM: start it at once.
timeout "$((CHARLM_S + NER_S))" $PY -m stanza.models.ner_tagger "${NER_COMMON[@]}" \
  --save_dir "$BUILD/models" --save_name nocharlm.pt > "$OUT/ner_nocharlm.log" 2>&1 &
P_NOCHAR=$!

CHARLM_PIDS=()
for d in forward backward; do
  timeout "$CHARLM_S" $PY -m stanza.models.charlm --train_file "$BUILD/text/lm_train.txt" \
    --eval_file "$BUILD/text/lm_dev.txt" --direction $d --shorthand hi_newsparse \
    --char_hidden_dim 512 --cutoff 5 --epochs 20 --eval_steps ${CHARLM_EVAL_STEPS:-400} --report_steps 200 \
    --save_dir "$BUILD/charlm" --save_name hi_newsparse_${d}_charlm.pt \
    --checkpoint_save_name "$BUILD/charlm/ckpt_$d.pt" --seed $SEED > "$OUT/charlm_$d.log" 2>&1 &
  CHARLM_PIDS+=($!)
done
wait "${CHARLM_PIDS[@]}"
ls -la "$BUILD/charlm"

CHAR=(--charlm --charlm_shorthand hi_newsparse --charlm_forward_file "$BUILD/charlm/hi_newsparse_forward_charlm.pt"
  --charlm_backward_file "$BUILD/charlm/hi_newsparse_backward_charlm.pt")
timeout "$NER_S" $PY -m stanza.models.ner_tagger "${NER_COMMON[@]}" "${CHAR[@]}" \
  --save_dir "$BUILD/models" --save_name charlm.pt > "$OUT/ner_charlm.log" 2>&1 &
timeout "$NER_S" $PY -m stanza.models.ner_tagger "${NER_COMMON[@]}" "${CHAR[@]}" --batch_size 64 --lr 0.15 \
  --save_dir "$BUILD/models" --save_name charlm_b64.pt > "$OUT/ner_charlm_b64.log" 2>&1 &
wait
ls -la "$BUILD/models"
for f in "$OUT"/*.log; do echo "== $f"; grep -E "best|F1|score" "$f" | tail -n 3; done
