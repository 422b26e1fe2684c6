#!/usr/bin/env bash
# The char-LM experiment run on a lent GPU (see MODEL_CARD.md, "Tried and not shipped"):
# forward and backward stanza char LMs, then char-LM taggers warm-started from the
# shipped model (charlm_warm_start.py) at three learning rates, all inside one time budget.
#
#   training/charlm_gpu.sh BUILD OUT
#
# BUILD holds what training/prepare.py wrote (ner/hi_newsparse.{train,dev}_2h.json,
# text/lm_train.txt, text/lm_dev.txt), each file optionally xz'd (FILE.xz) to fit the
# device's 64 MiB upload; OUT receives the taggers (float16) and the LMs.
# Environment: BUDGET (seconds for the whole run, 520), CHARLM_S (seconds for the LMs, 225), LM_EVAL
# (LM steps between checkpoints, 200), EVAL_INTERVAL (tagger steps between dev scores, 300),
# TAGGERS (the taggers trained at once, each LR:BATCH; "0.02:32 0.05:32 0.1:32"), PYTHON.
# Measured on one H100. 2026-11-26, three taggers: LMs 10 epochs (dev perplexity 4.49), taggers
# ~1,000 steps each; best IL-NER dev 0.7901 at lr 0.02 (the shipped model: 0.790).
# 2026-11-27, BUDGET=540 CHARLM_S=190 TAGGERS="0.02:32 0.03:64": LMs 8 epochs (4.55), two taggers
# at 0.27 s a step, ~1,250 steps each; lr 0.02 fell from 0.781 to 0.772, lr 0.03/64 peaked at 0.789.
set -u
BUILD=${1:?BUILD dir}
OUT=${2:?OUT dir}
PY=${PYTHON:-python3}
T0=$(date +%s)
BUDGET=${BUDGET:-520}; CHARLM_S=${CHARLM_S:-225}
HERE=$(cd "$(dirname "$0")" && pwd)
MODELS="$HERE/../src/newsparse/data/models"
W=$(mktemp -d); mkdir -p "$W/charlm" "$W/models" "$W/logs" "$W/in/ner" "$W/in/text" "$OUT"
for f in ner/hi_newsparse.train_2h.json ner/hi_newsparse.dev_2h.json text/lm_train.txt text/lm_dev.txt; do
  if [ -f "$BUILD/$f" ]; then ln -s "$(cd "$(dirname "$BUILD/$f")" && pwd)/$(basename "$f")" "$W/in/$f"
  else xz -dc "$BUILD/$f.xz" > "$W/in/$f" || exit 1; fi
done
BUILD="$W/in"
charlm() {
  timeout "$1" $PY -m stanza.models.charlm --train_file "$BUILD/text/lm_train.txt" --eval_file "$BUILD/text/lm_dev.txt" \
    --direction "$2" --shorthand hi_newsparse --char_hidden_dim 256 --cutoff 5 --epochs 50 --eval_steps "${LM_EVAL:-200}" \
    --report_steps 400 --save_dir "$W/charlm" --save_name "hi_newsparse_$2_charlm.pt" \
    --checkpoint_save_name "$W/charlm/ckpt_$2.pt" --seed 1234 > "$W/logs/charlm_$2.log" 2>&1
}
# the backward LM starts once the forward one has written the shared character vocabulary
charlm "$CHARLM_S" forward &
for _ in $(seq 60); do [ -f "$W/charlm/hi_newsparse_vocab.pt" ] && break; sleep 1; done
sleep 2
charlm $((CHARLM_S - $(date +%s) + T0)) backward &
wait
F="$W/charlm/hi_newsparse_forward_charlm.pt"; B="$W/charlm/hi_newsparse_backward_charlm.pt"
COMMON=(--wordvec_pretrain_file "$MODELS/pretrain.pt" --shorthand hi_newsparse --scheme bioes
  --eval_interval ${EVAL_INTERVAL:-300} --seed 1234 --save_dir "$W/models" --charlm --charlm_shorthand hi_newsparse
  --charlm_forward_file "$F" --charlm_backward_file "$B" --train_file "$BUILD/ner/hi_newsparse.train_2h.json"
  --eval_file "$BUILD/ner/hi_newsparse.dev_2h.json" --max_steps 30000 --max_steps_no_improve 6000)
LEFT=$(( BUDGET - $(date +%s) + T0 ))
for spec in ${TAGGERS:-0.02:32 0.05:32 0.1:32}; do
  lr=${spec%:*}; bs=${spec#*:}; name="${lr}_b$bs"
  $PY "$HERE/charlm_warm_start.py" "$MODELS/ner.pt" "$W/start_$name.pt" "$F" "$B" "$lr" || exit 1
  timeout "$LEFT" $PY -m stanza.models.ner_tagger "${COMMON[@]}" --batch_size "$bs" --finetune \
    --finetune_load_name "$W/start_$name.pt" --save_name "warm_$name.pt" > "$W/logs/warm_$name.log" 2>&1 &
done
wait
for f in "$W"/logs/warm_*.log; do echo "$f"; grep -o "step [0-9]*: .*dev_score = [0-9.]*" "$f" | sed 's/train_loss = [0-9.]*, //'; done
$PY - "$W/models" "$OUT" <<'PY'
import glob, os, sys, torch
for p in glob.glob(os.path.join(sys.argv[1], "warm_*.pt")):
    ck = torch.load(p, map_location="cpu", weights_only=False)
    ck["model"] = {k: v.half() if v.is_floating_point() else v for k, v in ck["model"].items()}
    torch.save(ck, os.path.join(sys.argv[2], os.path.basename(p)))
PY
cp "$F" "$B" "$OUT/"; tar czf "$OUT/logs.tgz" -C "$W" logs
