"""Write ``analyse()`` output for every article of a gold folder, for score.py --pred-dir.

    python bench/predict_dir.py ../shared/eval/dev /tmp/pred
    python3 ../shared/eval/score.py ../shared/eval/dev --pred-dir /tmp/pred --show

Uses each gold file's ``published`` as the publication date, as score.py's
``--date`` does, and batches the NER of all articles (one model load).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from newsparse.pipeline import analyse_many


def main() -> None:
    gold_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    items, ids = [], []
    for txt in sorted(gold_dir.glob("*.txt")):
        gold = txt.with_suffix(".json")
        published = json.loads(gold.read_text(encoding="utf-8")).get("published") if gold.exists() else None
        raw = txt.read_bytes().decode("utf-8-sig")
        items.append((raw, published, txt.name))
        ids.append(txt.stem)
    for stem, doc in zip(ids, analyse_many(items)):
        (out_dir / f"{stem}.json").write_text(json.dumps(doc.to_dict(), ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
