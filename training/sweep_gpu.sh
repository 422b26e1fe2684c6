#!/usr/bin/env bash
# A hyper-parameter sweep run once on a lent GPU (see MODEL_CARD.md, "Tried and not shipped"):
# stage 1 (IL-NER + HiNER, from scratch) then stage 3 (two output layers, two_heads.py) for
# several configurations at once, each bounded by wall-clock seconds.
#
#   training/sweep_gpu.sh DATA OUT
#
# DATA holds {train,dev,train_2h,dev_2h}.json.xz (prepare.py's ner/hi_newsparse.*.json, xz'd to
# fit the device's 64 MiB upload) and v200.pt (vectors.py --dim 200, emb stored in float16 for
# the same reason); OUT receives the best three models (float16, xz, split under 16 MiB) and logs.
# Environment: T1 / T3 (seconds for stage 1 / stage 3: 300 / 170), EVAL (250), CFGS, PY.
# Measured on one H100 (2026-11-27): six configurations in parallel ran at 0.22-0.26 s a step
# each (one alone: ~0.06), so each got only ~1,200 + ~400 steps; IL-NER dev at step 1,000 of
# stage 1: 100-d vectors 0.714, 200-d 0.713, hidden 512 0.720 / 0.707 (200-d), char BiLSTM 200
# with word dropout 0.05 0.706, two tagger layers 0.682 — no configuration stood out.
set -u
DATA=${1:?DATA dir}
OUT=${2:?OUT dir}
PY=${PY:-python3}
T1=${T1:-300}; T3=${T3:-170}; EVAL=${EVAL:-250}
HERE=$(cd "$(dirname "$0")" && pwd); ROOT="$HERE/.."
W=${W:-/tmp/sweep}; rm -rf "$W"; mkdir -p "$W/models" "$W/logs" "$OUT"
for f in train dev train_2h dev_2h; do xz -dc "$DATA/$f.json.xz" > "$W/$f.json"; done
$PY - "$DATA/v200.pt" "$W/v200.pt" <<'PY'
import sys, torch
d = torch.load(sys.argv[1], weights_only=False); d["emb"] = d["emb"].float(); torch.save(d, sys.argv[2])
PY
cp "$ROOT/src/newsparse/data/models/pretrain.pt" "$W/v100.pt"
run_cfg() {  # NAME VECTORS extra args...
  local name=$1 vec=$2; shift 2
  local C=(--wordvec_pretrain_file "$W/$vec.pt" --shorthand hi_newsparse --scheme bioes --eval_interval "$EVAL"
    --seed 1234 --save_dir "$W/models")
  timeout "$T1" $PY -m stanza.models.ner_tagger "${C[@]}" --train_file "$W/train.json" --eval_file "$W/dev.json" \
    --max_steps 40000 --max_steps_no_improve 6000 --save_name "${name}_s1.pt" "$@" > "$W/logs/${name}_s1.log" 2>&1
  $PY "$ROOT/training/two_heads.py" "$W/models/${name}_s1.pt" "$W/models/${name}_start.pt" 0.05 >> "$W/logs/${name}_s1.log" 2>&1 || return
  timeout "$T3" $PY -m stanza.models.ner_tagger "${C[@]}" --train_file "$W/train_2h.json" --eval_file "$W/dev_2h.json" \
    --finetune --finetune_load_name "$W/models/${name}_start.pt" --lr 0.05 --max_steps 40000 --max_steps_no_improve 6000 \
    --save_name "${name}_2h.pt" > "$W/logs/${name}_2h.log" 2>&1
}
CFGS=${CFGS:-"b100 b100h512 v200 v200h512 b100c200 v200l2"}
for c in $CFGS; do
  case $c in
    b100) run_cfg b100 v100 & ;;
    b100h512) run_cfg b100h512 v100 --hidden_dim 512 & ;;
    v200) run_cfg v200 v200 & ;;
    v200h512) run_cfg v200h512 v200 --hidden_dim 512 & ;;
    b100c200) run_cfg b100c200 v100 --char_hidden_dim 200 --word_dropout 0.05 & ;;
    v200l2) run_cfg v200l2 v200 --num_layers 2 & ;;
  esac
done
wait
for f in "$W"/logs/*.log; do echo "== $f"; grep -o "step [0-9]*: .*dev_score = [0-9.]*" "$f" | sed 's/train_loss = [0-9.]*, //' | tail -4; grep -o "[0-9.]* s/batch\|sec/batch)" "$f" | tail -1; done
# the best three configs' final models back, float16, xz-compressed, split under the 16 MiB limit
$PY - "$W/models" "$W/logs" "$W/ret" <<'PY'
import glob, os, re, sys, torch
models, logs, ret = sys.argv[1:4]
os.makedirs(ret, exist_ok=True)
def best(log):
    try:
        s = [float(x) for x in re.findall(r"dev_score = ([0-9.]+)", open(log).read())]
    except OSError:
        return -1.0
    return max(s, default=-1.0)
ranked = []
for p in glob.glob(os.path.join(models, "*_s1.pt")):
    name = os.path.basename(p)[:-6]
    h = os.path.join(models, name + "_2h.pt")
    sc2, sc1 = best(os.path.join(logs, name + "_2h.log")), best(os.path.join(logs, name + "_s1.log"))
    ranked.append((max(sc1, sc2), h if os.path.exists(h) and sc2 >= sc1 else p))
ranked.sort(reverse=True)
print("ranked:", ranked)
for score, p in ranked[:3]:
    ck = torch.load(p, map_location="cpu", weights_only=False)
    ck["model"] = {k: v.half() if v.is_floating_point() else v for k, v in ck["model"].items()}
    torch.save(ck, os.path.join(ret, os.path.basename(p)))
PY
for f in "$W"/ret/*.pt; do xz -T4 -3 -c "$f" | split -b 15M -d - "$OUT/$(basename "$f").xz."; done
tar czf "$OUT/logs.tgz" -C "$W" logs
ls -la "$OUT"
