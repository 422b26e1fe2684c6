#!/usr/bin/env bash
# Train the NER tagger (stanza): one stage, optionally a second and a char-LM variant.
#
#   training/train_ner.sh BUILD OUT
#
# BUILD holds what training/prepare.py and training/vectors.py wrote
# (ner/*.json, text/lm_*.txt[.xz], vectors/hi_newsparse.pretrain.pt).
# Runs on CPU or GPU (stanza picks CUDA when torch sees it).  Step counts, not
# wall-clock budgets, bound the stages, so a run is reproducible anywhere;
# stanza keeps the best IL-NER dev checkpoint of each stage.
#
#   stage 1  nocharlm.pt     IL-NER train + HiNER validation, from scratch, SGD lr 0.1
#   stage 2  nocharlm_il.pt  only with IL_STEPS > 0: IL-NER train alone, from stage 1's
#                            best, at IL_LR.  HiNER's conventions (durations as TIMEX,
#                            what an ORGANIZATION spans) are not IL-NER's; tried on the
#                            shipped model (lr 0.03 and 0.015): IL-NER dev +0.002 at best,
#                            news-article entity F1 -0.009, so it is off by default
#   stage 3  nocharlm_2h.pt  only with TWO_HEADS_STEPS > 0: the mix again, from stage 1's
#                            best, with one output layer per corpus (two_heads.py): tag
#                            set 0 learns IL-NER's conventions only, set 1 HiNER's
#   WITH_CHARLM=1            also forward/backward char LMs and a char-LM tagger
#                            (charlm.pt, stage 1 data); slower at inference
#
# Environment: MIXED_STEPS (default 7500), IL_STEPS (0), IL_LR (0.03), TWO_HEADS_STEPS (0),
# TWO_HEADS_LR (0.05),
# EVAL_INTERVAL (300), CHARLM_SECONDS (900), PYTHON.
set -euo pipefail
BUILD=${1:?BUILD dir}
OUT=${2:?OUT dir}
PY=${PYTHON:-python3}
SEED=1234
MIXED_STEPS=${MIXED_STEPS:-7500}
IL_STEPS=${IL_STEPS:-0}
IL_LR=${IL_LR:-0.03}
TWO_HEADS_STEPS=${TWO_HEADS_STEPS:-0}
TWO_HEADS_LR=${TWO_HEADS_LR:-0.05}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT" "$BUILD/models"

COMMON=(--eval_file "$BUILD/ner/hi_newsparse.dev.json" --wordvec_pretrain_file "$BUILD/vectors/hi_newsparse.pretrain.pt"
  --shorthand hi_newsparse --scheme bioes --eval_interval "${EVAL_INTERVAL:-300}" --seed $SEED --save_dir "$BUILD/models")

echo "stage 1: IL-NER + HiNER, $MIXED_STEPS steps"
$PY -m stanza.models.ner_tagger "${COMMON[@]}" --train_file "$BUILD/ner/hi_newsparse.train.json" \
  --max_steps "$MIXED_STEPS" --max_steps_no_improve 3000 --save_name nocharlm.pt > "$OUT/ner_mixed.log" 2>&1

if [ "$IL_STEPS" -gt 0 ]; then
  echo "stage 2: IL-NER alone from the best stage-1 model, lr $IL_LR, $IL_STEPS steps"
  # stanza's --finetune keeps the learning rate stored in the checkpoint's config
  $PY "$HERE/set_lr.py" "$BUILD/models/nocharlm.pt" "$BUILD/models/il_start.pt" "$IL_LR"
  $PY -m stanza.models.ner_tagger "${COMMON[@]}" --train_file "$BUILD/ner/hi_newsparse.train_il.json" \
    --finetune --finetune_load_name "$BUILD/models/il_start.pt" --lr "$IL_LR" \
    --max_steps "$IL_STEPS" --max_steps_no_improve 2400 --save_name nocharlm_il.pt > "$OUT/ner_il.log" 2>&1
fi

if [ "$TWO_HEADS_STEPS" -gt 0 ]; then
  echo "stage 3: one output layer per corpus, from the best stage-1 model, lr $TWO_HEADS_LR, $TWO_HEADS_STEPS steps"
  $PY "$HERE/two_heads.py" "$BUILD/models/nocharlm.pt" "$BUILD/models/two_heads_start.pt" "$TWO_HEADS_LR"
  $PY -m stanza.models.ner_tagger "${COMMON[@]}" --train_file "$BUILD/ner/hi_newsparse.train_2h.json" \
    --eval_file "$BUILD/ner/hi_newsparse.dev_2h.json" \
    --finetune --finetune_load_name "$BUILD/models/two_heads_start.pt" --lr "$TWO_HEADS_LR" \
    --max_steps "$TWO_HEADS_STEPS" --max_steps_no_improve 2500 --save_name nocharlm_2h.pt > "$OUT/ner_2h.log" 2>&1
fi

if [ "${WITH_CHARLM:-0}" = 1 ]; then
  CHARLM_S=${CHARLM_SECONDS:-900}
  mkdir -p "$BUILD/charlm"
  for f in "$BUILD"/text/lm_train.txt "$BUILD"/text/lm_dev.txt; do
    [ -f "$f" ] || xz -dk "$f.xz"
  done
  for d in forward backward; do
    timeout "$CHARLM_S" $PY -m stanza.models.charlm --train_file "$BUILD/text/lm_train.txt" \
      --eval_file "$BUILD/text/lm_dev.txt" --direction $d --shorthand hi_newsparse \
      --char_hidden_dim 512 --cutoff 5 --epochs 20 --eval_steps 400 --report_steps 200 \
      --save_dir "$BUILD/charlm" --save_name hi_newsparse_${d}_charlm.pt \
      --checkpoint_save_name "$BUILD/charlm/ckpt_$d.pt" --seed $SEED > "$OUT/charlm_$d.log" 2>&1 &
  done
  wait
  $PY -m stanza.models.ner_tagger "${COMMON[@]}" --train_file "$BUILD/ner/hi_newsparse.train.json" \
    --charlm --charlm_shorthand hi_newsparse \
    --charlm_forward_file "$BUILD/charlm/hi_newsparse_forward_charlm.pt" \
    --charlm_backward_file "$BUILD/charlm/hi_newsparse_backward_charlm.pt" \
    --max_steps "$MIXED_STEPS" --max_steps_no_improve 3000 --save_name charlm.pt > "$OUT/ner_charlm.log" 2>&1
fi

ls -la "$BUILD/models"
for f in "$OUT"/ner_*.log; do echo "== $f"; grep -E "dev_score" "$f" | sort -t= -k3 -n | tail -n 1; done
