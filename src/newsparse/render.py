"""The human-readable summary of one analysed article (rich).

It reads the ``newsparse/1`` dict, the same thing ``--json`` prints, so the
summary can never show something the JSON does not hold.  Layout is plain
headings and bullet lines that wrap cleanly at 80 columns; every section
copes with being empty.
"""
from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

LEAD_MAX_CHARS = 400
MAX_ITEMS_PER_SECTION = 40  # a page of 300 dates helps nobody; the JSON has them all


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit(1) on its own; the CLI wants to stop its workers
        # and exit the way it does for JSON output.
        raise BrokenPipeError


def make_console(file=None, stderr: bool = False) -> Console:
    """A console that colours only on a terminal and honours ``NO_COLOR``/``FORCE_COLOR``.

    rich does both itself; ``highlight=False`` stops it colouring numbers and
    quotes inside Hindi text at random.
    """
    return _Console(file=file, stderr=stderr, highlight=False, soft_wrap=False)


def _lead(doc: dict[str, Any], text: str) -> str:
    """The first sentences after the headline, up to ``LEAD_MAX_CHARS``."""
    title = (doc.get("title") or "").strip()
    parts: list[str] = []
    size = 0
    for s in doc.get("sentences", []):
        sentence = " ".join(text[s["start"]:s["end"]].split())
        if not parts and title and sentence and (sentence in title or title in sentence):
            continue
        if not sentence:
            continue
        if parts and size + len(sentence) > LEAD_MAX_CHARS:
            break
        parts.append(sentence)
        size += len(sentence) + 1
        if size >= LEAD_MAX_CHARS // 2:
            break
    lead = " ".join(parts)
    return lead if len(lead) <= LEAD_MAX_CHARS else lead[:LEAD_MAX_CHARS - 1] + "…"


def _heading(name: str, count: int) -> Text:
    return Text.assemble((name, "bold cyan"), (f"  {count}" if count else "  none found", "dim"))


def _bullets(lines: list[Text]) -> Group:
    shown = lines[:MAX_ITEMS_PER_SECTION]
    items = [Padding(Text.assemble("• ", line), (0, 0, 0, 2), expand=False) for line in shown]
    if len(lines) > len(shown):
        items.append(Padding(Text(f"… and {len(lines) - len(shown)} more (see --json)", style="dim"),
                             (0, 0, 0, 2), expand=False))
    return Group(*items)


def _aliases(e: dict[str, Any]) -> str:
    others = [a for a in e.get("aliases", []) if a != e["name"]]
    return ", ".join(others)


def _entity_line(e: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> Text:
    line = Text(e["name"], style="bold")
    if e.get("latin"):
        line.append(f" ({e['latin']})", style="italic")
    extras = []
    if e.get("roles"):
        extras.append(", ".join(e["roles"]))
    party = by_id.get(e.get("party") or "")
    if party:
        extras.append(party["name"])
    if e.get("state"):
        extras.append(e["state"])
    aliases = _aliases(e)
    if aliases:
        extras.append("also: " + aliases)
    if extras:
        line.append(" — " + "; ".join(extras))
    n = len(e.get("mentions", []))
    if n > 1:
        line.append(f"  ×{n}", style="dim")
    return line


def _event_sort_key(ev: dict[str, Any]) -> tuple:
    when = ev.get("when")
    # Dated events first, in date order; then the rest in text order.
    dated = bool(when) and (when[:1].isdigit() or when.startswith(("XXXX", "T")))
    return (0 if dated else 1, when if dated else "", ev.get("start", 0))


def _event_line(ev: dict[str, Any]) -> Text:
    line = Text()
    line.append(f"{ev.get('when') or '—'}  ", style="green")
    line.append(ev["type"], style="bold magenta")
    line.append(f" “{ev['trigger']}”")
    if ev.get("who"):
        line.append(" · who: " + ", ".join(ev["who"]))
    if ev.get("where"):
        line.append(" · where: " + ", ".join(ev["where"]))
    status = ev.get("status", "unknown")
    if ev.get("negated"):
        status = "not " + status
    line.append(f" [{status}]", style="dim")
    return line


def summary(doc: dict[str, Any], text: str) -> Group:
    """A rich renderable summarising one article."""
    parts: list[Any] = []
    title = doc.get("title") or "(untitled)"
    parts.append(Rule(Text(doc.get("source") or "", style="dim"), style="dim"))
    parts.append(Text(title, style="bold"))
    meta = []
    if doc.get("published"):
        meta.append(f"published {doc['published']} (from {doc.get('published_from') or '?'})")
    meta.append(f"{len(doc.get('sentences', []))} sentences, {doc.get('text_length', 0)} characters")
    parts.append(Text(" · ".join(meta), style="dim"))
    for w in doc.get("warnings", []):
        parts.append(Text(f"warning: {w}", style="yellow"))
    lead = _lead(doc, text)
    if lead:
        parts.extend((Text(""), Text(lead, style="italic")))

    entities = doc.get("entities", [])
    by_id = {e["id"]: e for e in entities}
    for label, etype in (("People", "PERSON"), ("Parties", "PARTY"), ("Places", "PLACE"),
                         ("Organisations", "ORG")):
        group = [e for e in entities if e["type"] == etype]
        parts.extend((Text(""), _heading(label, len(group))))
        if group:
            parts.append(_bullets([_entity_line(e, by_id) for e in group]))

    dates = doc.get("dates", [])
    parts.extend((Text(""), _heading("Dates", len(dates))))
    if dates:
        parts.append(_bullets([Text.assemble(d["text"], " → ", (d["value"] or (f"week {d['week']}" if d.get("week") else "?"), "green"))
                               for d in dates]))

    events = sorted(doc.get("events", []), key=_event_sort_key)
    parts.extend((Text(""), _heading("Timeline", len(events))))
    if events:
        parts.append(_bullets([_event_line(ev) for ev in events]))

    claims = doc.get("claims", [])
    parts.extend((Text(""), _heading("Claims", len(claims))))
    if claims:
        # one group per source: a speaker linked to an entity under the entity's name (the text
        # may call one party "भाजपा" here and "भारतीय जनता पार्टी" there)
        names = {e["id"]: e["name"] for e in doc.get("entities", [])}
        groups: dict[str, list[dict[str, Any]]] = {}
        for c in claims:
            who = names.get(c.get("speaker_id")) or c.get("speaker") or {
                "anonymous": "(anonymous source)", "unattributed": "(no source)"}.get(c["speaker_type"], "(unknown)")
            groups.setdefault(who, []).append(c)
        for who, said in groups.items():
            parts.append(Padding(Text(who, style="bold"), (0, 0, 0, 2), expand=False))
            lines = []
            for c in said:
                quote = "“" + c["text"] + "”" if c.get("kind") == "direct" else c["text"]
                lines.append(Text.assemble((f"{c['cue']}: ", "dim"), quote))
            parts.append(Padding(_bullets(lines), (0, 0, 0, 2), expand=False))
    return Group(*parts)


def print_summary(console: Console, doc: dict[str, Any], text: str) -> None:
    console.print(summary(doc, text))
    console.print()

