"""Score the trained NER configurations on IL-NER dev and ship the best.

    python training/select_model.py --build build [--force]

Candidates are BUILD/shipped/{charlm,nocharlm,nocharlm_il,nocharlm_2h}.pt (half-precision
copies made by shrink_models.py) with BUILD/vectors/hi_newsparse.pretrain.pt
and BUILD/charlm/hi_newsparse_{forward,backward}_charlm.pt.  Each is scored
with training/evaluate.py (the inference code path).  The best char-LM model
becomes the default (``data/models``), the best model without a char LM the
fast variant (``data/models/fast``), each only when it beats the dev F1
recorded in ``data/models/model_card.json`` (``--force`` overrides).
MODEL_CARD.md is rewritten from the recorded scores.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_MODELS = ROOT / "src/newsparse/data/models"
CARD_JSON = PACKAGE_MODELS / "model_card.json"


def assemble(build: Path, ner: Path, charlm: bool, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ner, dest / "ner.pt")
    shutil.copy(build / "vectors/hi_newsparse.pretrain.pt", dest / "pretrain.pt")
    shutil.copy(PACKAGE_MODELS / "resources.json", dest / "resources.json")
    if charlm:
        shutil.copy(build / "charlm/hi_newsparse_forward_charlm.pt", dest / "charlm_forward.pt")
        shutil.copy(build / "charlm/hi_newsparse_backward_charlm.pt", dest / "charlm_backward.pt")


def evaluate(model_dir: Path, conll: Path) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "training/evaluate.py"), "--conll", str(conll),
                          "--model-dir", str(model_dir), "--json"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", type=Path, default=Path("build"))
    ap.add_argument("--conll", type=Path, default=ROOT.parent / "shared/data/ner/il-ner/hi-dev.txt")
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--note", default="", help="where/how it was trained, for the card")
    ap.add_argument("--only", nargs="*", default=["charlm", "nocharlm", "nocharlm_il", "nocharlm_2h"],
                    help="configurations to score")
    args = ap.parse_args()
    card = json.loads(CARD_JSON.read_text()) if CARD_JSON.exists() else {}
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only:
            ner = args.build / "shipped" / f"{name}.pt"
            if not ner.exists():
                continue
            d = Path(tmp) / name
            assemble(args.build, ner, name.startswith("charlm"), d)
            results[name] = evaluate(d, args.conll)
            print(name, json.dumps(results[name]))
        # The default is the best model on dev, whatever its configuration;
        # a char-LM default also gets the best model without a char LM as
        # the fast variant (a char LM costs CPU time at inference).
        ranked = sorted(((r["ALL"]["f1"], n) for n, r in results.items()), reverse=True)
        slots = []
        if ranked:
            slots.append(("default", ranked[0][1], PACKAGE_MODELS))
            if ranked[0][1].startswith("charlm") and "nocharlm" in results:
                slots.append(("fast", "nocharlm", PACKAGE_MODELS / "fast"))
        for slot, best, dest in slots:
            f1 = results[best]["ALL"]["f1"]
            old = card.get(slot, {}).get("dev", {}).get("ALL", {}).get("f1", -1)
            if f1 <= old and not args.force:
                print(f"{slot}: {best} dev F1 {f1} does not beat shipped {old}; kept")
                continue
            tmp_dest = Path(tmp) / f"ship_{slot}"
            assemble(args.build, args.build / "shipped" / f"{best}.pt", best.startswith("charlm"), tmp_dest)
            dest.mkdir(parents=True, exist_ok=True)
            if slot == "default":
                for stale in ("charlm_forward.pt", "charlm_backward.pt"):
                    (dest / stale).unlink(missing_ok=True)
            for f in tmp_dest.iterdir():
                if slot == "fast" and f.name in ("pretrain.pt", "resources.json"):
                    continue  # the fast variant shares the default's files
                shutil.copy(f, dest / f.name)
            card[slot] = {"config": best, "dev": results[best], "date": date.today().isoformat(),
                          "note": args.note}
            print(f"{slot}: shipped {best} (dev F1 {f1}, was {old})")
        if not card.get("default", {}).get("config", "").startswith("charlm"):
            card.pop("fast", None)
            shutil.rmtree(PACKAGE_MODELS / "fast", ignore_errors=True)
    CARD_JSON.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n")
    write_card(card)


def write_card(card: dict) -> None:
    rows = []
    for slot in ("default", "fast"):
        if slot not in card:
            continue
        dev = card[slot]["dev"]
        rows.append(f"| {slot} | {card[slot]['config']} | " + " | ".join(
            f"{dev[t]['f1']:.3f}" for t in ("PER", "ORG", "LOC", "DATE", "ALL")) +
            f" | {dev['_speed']['tokens_per_s']} |")
    notes = [f"- {slot}: {card[slot]['note']}" for slot in ("default", "fast")
             if slot in card and card[slot].get("note")]
    text = (ROOT / "training/MODEL_CARD.template.md").read_text(encoding="utf-8")
    text = text.replace("{{SCORES}}", "\n".join(rows)).replace("{{NOTES}}", "\n".join(notes) or "-")
    (PACKAGE_MODELS / "MODEL_CARD.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
