"""OCR benchmark on synthetic phone photos of 特种作业操作证 cards (and a few ruled forms).

    .venv/bin/python benchmarks/ocr_bench.py            # 150 card photos + 6 forms, ~6-8 min on 2 cores
    .venv/bin/python benchmarks/ocr_bench.py --quick    # 20 card photos + 3 forms, ~1-2 min
    .venv/bin/python benchmarks/ocr_bench.py --ablate   # also each preprocessing step on/off
    .venv/bin/python benchmarks/ocr_bench.py --out DIR  # keep the photos and truth.jsonl in DIR

Each card is rendered with fonts-noto-cjk (title, 证号 T + 18-digit ID number, 姓名, 性别, 作业类别, 操作项目,
初领日期, 有效期限, 签发机关, photo, QR code), usually with a red seal over the issuer and dates, then
photographed: rotation, perspective, blur, uneven light, sensor noise, JPEG quality 40-95, 1280-4000 px;
every photo draws its own combination from a fixed seed (ocr.synthetic), so runs are comparable.

Variants run in a fresh process each (so peak RSS is theirs alone), one photo at a time, timed from the
JPEG bytes to extracted fields, engine start-up excluded:
- "rapidocr defaults": RapidOCR() with its default settings on the decoded photo, fields extracted by the
  project's own extraction (ocr.documents), so the difference is reading, not parsing;
- "pipeline": ocr.pipeline.analyze_bytes (reduced JPEG decode, flatten, red-seal suppression, light
  correction, ruling removal, bounded detector input).
A field counts when it equals the printed value exactly (dates as YYYY-MM-DD).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import multiprocessing
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED = 20240520
FULL, QUICK = 150, 20
FULL_FORMS, QUICK_FORMS = 6, 3
TARGET_EXACT, TARGET_P95_MS, TARGET_RSS_MB = 99.0, 800.0, 800.0
FIELDS = ("cert_no", "name", "sex", "category", "item", "first_issued", "valid_from", "valid_to", "issuer")


@dataclass(frozen=True)
class Variant:
    name: str
    baseline: bool = False  # rapidocr defaults, no preprocessing
    red_only: bool = False  # baseline plus the red channel
    bounded_only: bool = False  # tuned engine on the raw photo
    prepare: dict = field(default_factory=dict)  # PrepareOptions overrides for the pipeline


VARIANTS = (Variant("rapidocr defaults", baseline=True), Variant("pipeline"))
ABLATIONS = (
    Variant("defaults + red channel", red_only=True),
    Variant("defaults + bounded detector", bounded_only=True),
    Variant("pipeline without flattening", prepare={"find_document": False}),
    Variant("pipeline without red channel", prepare={"red": False}),
    Variant("pipeline without light correction", prepare={"light": False}),
    Variant("pipeline without ruling removal", prepare={"rules": False}),
)


# --------------------------------------------------------------------------- photo set


def _make_card(args: tuple[int, int]) -> tuple[bytes, dict]:
    from ocr import synthetic

    seed, index = args
    rng = random.Random(f"{seed}-card-{index}")
    photo = synthetic.certificate_photo(rng)
    meta = {"doc_type": "certificate", "fields": photo.truth.fields(), "stamp": photo.stamp,
            "options": photo.options.describe()}  # fmt: skip
    return photo.jpeg, meta


def _make_form(args: tuple[int, int]) -> tuple[bytes, dict]:
    from ocr import synthetic

    seed, index = args
    rng = random.Random(f"{seed}-form-{index}")
    kind = ("sign_in", "roster", "score")[index % 3]
    rows = [
        synthetic.TableRowTruth(
            synthetic.random_person(rng),
            signed=rng.random() < 0.7,
            score=rng.randint(40, 100) if kind == "score" else None,
        )
        for _ in range(rng.randint(5, 9))
    ]
    table = synthetic.render_table(kind, rows, rng)
    options = synthetic.PhotoOptions(
        long_side=rng.randint(2400, 4000),
        rotation=rng.uniform(-5, 5),
        perspective=rng.uniform(0, 0.05),
        fill=rng.uniform(0.75, 0.9),
        blur=rng.uniform(0, 0.8),
        jpeg_quality=rng.randint(70, 95),
        light=rng.uniform(0, 0.4),
        landscape=False,
    )
    jpeg = synthetic.encode_jpeg(synthetic.photograph(table.image, options, rng), options.jpeg_quality)
    doc_type = {"sign_in": "sign_in_sheet", "roster": "training_roster", "score": "score_sheet"}[kind]
    return jpeg, {"doc_type": doc_type, "rows": table.truth(), "options": options.describe()}


def generate(directory: Path, cards: int, forms: int, seed: int) -> list[dict]:
    """Renders the set into `directory` (two processes) and writes truth.jsonl; returns the truth."""
    directory.mkdir(parents=True, exist_ok=True)
    jobs = [("card", i) for i in range(cards)] + [("form", i) for i in range(forms)]
    truth: list[dict] = []
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=min(2, os.cpu_count() or 1), mp_context=ctx
    ) as pool:
        card_results = pool.map(_make_card, [(seed, i) for i in range(cards)], chunksize=4)
        form_results = pool.map(_make_form, [(seed, i) for i in range(forms)])
        for (kind, index), (jpeg, meta) in zip(jobs, [*card_results, *form_results], strict=True):
            name = f"{kind}_{index:03d}.jpg"
            (directory / name).write_bytes(jpeg)
            truth.append({"file": name, **meta})
    with (directory / "truth.jsonl").open("w", encoding="utf-8") as out:
        for item in truth:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return truth


# --------------------------------------------------------------------------- running a variant


def _run_variant(variant: Variant, paths: list[str]) -> tuple[list[dict], float]:
    """In a fresh process: build the engine, warm it, read every photo. Returns results and peak RSS (MB)."""
    import cv2
    import numpy as np

    from ocr.documents import analyze_lines
    from ocr.engine import OcrSettings, RapidOcrEngine, warm_up
    from ocr.pipeline import analyze_bytes
    from ocr.preprocess import PrepareOptions, suppress_red

    settings = OcrSettings.from_env()
    raw = variant.baseline or variant.red_only or variant.bounded_only
    engine = RapidOcrEngine(
        model_dir=settings.model_dir, threads=settings.threads, det_limit=settings.det_limit,
        tuned=variant.bounded_only or not raw,
    )  # fmt: skip
    warm_up(engine)
    options = PrepareOptions(work_side=settings.work_side, **variant.prepare)
    results = []
    for path in paths:
        data = Path(path).read_bytes()
        start, cpu = time.perf_counter(), time.process_time()
        if raw:
            image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
            if variant.red_only:
                image = cv2.cvtColor(suppress_red(image), cv2.COLOR_GRAY2BGR)
            result = analyze_lines(engine.recognize(image), image)
        else:
            result = analyze_bytes(data, engine=engine, settings=settings, options=options)
        ms = (time.perf_counter() - start) * 1000
        cpu_ms = (time.process_time() - cpu) * 1000
        results.append(
            {
                "doc_type": result.doc_type,
                "fields": result.fields,
                "rows": result.rows,
                "ms": ms,
                "cpu_ms": cpu_ms,
            }
        )
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results, rss_mb


def run_variant(variant: Variant, paths: list[str]) -> tuple[list[dict], float]:
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        return pool.submit(_run_variant, variant, paths).result()


# --------------------------------------------------------------------------- scoring


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def score_cards(truth: list[dict], results: list[dict]) -> dict:
    per_field = {}
    for key in FIELDS:
        hits = sum(1 for t, r in zip(truth, results, strict=True) if r["fields"].get(key) == t["fields"][key])
        per_field[key] = 100.0 * hits / len(truth)
    all_ok = sum(
        1
        for t, r in zip(truth, results, strict=True)
        if all(r["fields"].get(k) == t["fields"][k] for k in FIELDS)
    )
    typed = sum(1 for r in results if r["doc_type"] == "certificate")
    ms = [r["ms"] for r in results]
    return {
        "fields": per_field,
        "all": 100.0 * all_ok / len(truth),
        "typed": 100.0 * typed / len(truth),
        "median": statistics.median(ms),
        "p95": percentile(ms, 0.95),
        "cpu": statistics.median([r["cpu_ms"] for r in results]),
    }


def score_forms(truth: list[dict], results: list[dict]) -> dict:
    counts = {
        "rows": 0,
        "found": 0,
        "name": 0,
        "id_number": 0,
        "signed": 0,
        "score": 0,
        "scored": 0,
        "typed": 0,
    }
    for t, r in zip(truth, results, strict=True):
        counts["typed"] += r["doc_type"] == t["doc_type"]
        expected, got = t["rows"], r["rows"]
        counts["rows"] += len(expected)
        by_id = {row.get("id_number"): row for row in got}
        for index, want in enumerate(expected):
            row = by_id.get(want["id_number"]) or (got[index] if index < len(got) else None)
            if row is None:
                continue
            counts["found"] += 1
            counts["name"] += row.get("name") == want["name"]
            counts["id_number"] += row.get("id_number") == want["id_number"]
            counts["signed"] += row.get("signed") == want["signed"]
            if "score" in want:
                counts["scored"] += 1
                counts["score"] += row.get("score") == want["score"]
    rows = max(counts["rows"], 1)
    return {
        "typed": 100.0 * counts["typed"] / max(len(truth), 1),
        "found": 100.0 * counts["found"] / rows,
        "name": 100.0 * counts["name"] / rows,
        "id_number": 100.0 * counts["id_number"] / rows,
        "signed": 100.0 * counts["signed"] / rows,
        "score": 100.0 * counts["score"] / max(counts["scored"], 1),
        "ms": statistics.median([r["ms"] for r in results]) if results else float("nan"),
    }


def _pct(value: float) -> str:
    return f"{value:.1f} %"


def report(
    names: list[str], cards: dict[str, dict], forms: dict[str, dict], rss: dict[str, float], n: int, nf: int
) -> str:
    head = "| | " + " | ".join(names) + " | target |"
    rule = "|---" * (len(names) + 2) + "|"
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = [
        f"Certificate photos: {n} (seed {SEED}); {os.cpu_count()} CPU(s); load average at the end {load}",
        "",
        head,
        rule,
    ]
    for key in FIELDS:
        lines.append(
            f"| {key} exact | " + " | ".join(_pct(cards[v]["fields"][key]) for v in names) + " | ≥ 99 % |"
        )
    lines.append("| mean over fields | " + " | ".join(
        _pct(statistics.fmean(cards[v]["fields"].values())) for v in names) + " | |")  # fmt: skip
    lines.append("| all 9 fields right | " + " | ".join(_pct(cards[v]["all"]) for v in names) + " | |")
    lines.append("| classified certificate | " + " | ".join(_pct(cards[v]["typed"]) for v in names) + " | |")
    lines.append(
        "| median latency | " + " | ".join(f"{cards[v]['median'] / 1000:.2f} s" for v in names) + " | |"
    )
    lines.append(
        "| p95 latency | " + " | ".join(f"{cards[v]['p95'] / 1000:.2f} s" for v in names) + " | ≤ 0.80 s |"
    )
    lines.append(
        "| CPU time per photo (median, all threads) | "
        + " | ".join(f"{cards[v]['cpu'] / 1000:.2f} s" for v in names)
        + " | |"
    )
    lines.append("| peak RSS | " + " | ".join(f"{rss[v]:.0f} MB" for v in names) + " | ≤ 800 MB |")
    if nf:
        lines += ["", f"Ruled forms (sign-in sheets, rosters, score sheets): {nf}", "", head, rule]
        for key, label in (("typed", "classified"), ("found", "rows found"), ("name", "name exact"),
                           ("id_number", "ID number exact"), ("signed", "signed yes/no right"),
                           ("score", "score exact")):  # fmt: skip
            lines.append(f"| {label} | " + " | ".join(_pct(forms[v][key]) for v in names) + " | |")
        lines.append(
            "| median latency | " + " | ".join(f"{forms[v]['ms'] / 1000:.2f} s" for v in names) + " | |"
        )
    return "\n".join(lines)


def misses(truth: list[dict], results: list[dict], limit: int = 12) -> list[str]:
    out = []
    for t, r in zip(truth, results, strict=True):
        wrong = {
            k: (t["fields"][k], r["fields"].get(k)) for k in FIELDS if r["fields"].get(k) != t["fields"][k]
        }
        if wrong:
            out.append(
                f"  {t['file']}: " + "; ".join(f"{k}: want {a!r} got {b!r}" for k, (a, b) in wrong.items())
            )
    return out[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK} card photos instead of {FULL}")
    parser.add_argument("--n", type=int, help="number of card photos")
    parser.add_argument("--out", type=Path, help="write the photos and truth.jsonl here")
    parser.add_argument(
        "--ablate", action="store_true", help="also run each preprocessing step on its own/off"
    )
    parser.add_argument("--only", choices=("pipeline", "baseline"), help="run one variant")
    parser.add_argument("--misses", action="store_true", help="list misread fields")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)

    n = args.n or (QUICK if args.quick else FULL)
    nf = QUICK_FORMS if args.quick else FULL_FORMS
    with tempfile.TemporaryDirectory(prefix="ocr-bench-") as tmp:
        directory = args.out or Path(tmp)
        started = time.perf_counter()
        truth = generate(directory, n, nf, args.seed)
        took = time.perf_counter() - started
        print(f"rendered {n} card photos and {nf} forms in {took:.0f} s -> {directory}", flush=True)
        variants = list(VARIANTS) + (list(ABLATIONS) if args.ablate else [])
        if args.only:
            variants = [v for v in variants if v.baseline == (args.only == "baseline")][:1]
        card_truth = [t for t in truth if t["doc_type"] == "certificate"]
        form_truth = [t for t in truth if t["doc_type"] != "certificate"]
        paths = [str(directory / t["file"]) for t in truth]
        cards, forms, rss = {}, {}, {}
        for variant in variants:
            started = time.perf_counter()
            results, rss[variant.name] = run_variant(variant, paths)
            cards[variant.name] = score_cards(card_truth, results[:n])
            forms[variant.name] = score_forms(form_truth, results[n:])
            print(f"{variant.name}: {time.perf_counter() - started:.0f} s", flush=True)
            if args.misses:
                print("\n".join(misses(card_truth, results[:n])), flush=True)
        print()
        print(report([v.name for v in variants], cards, forms, rss, n, nf))
    return 0


if __name__ == "__main__":
    sys.exit(main())
