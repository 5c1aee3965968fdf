"""The process's Prometheus counters: defined here so any layer can count, served by bot/metrics.py."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)
UPDATES = Counter(
    "safetywatch_updates_total",
    "Telegram updates by kind and outcome (handled, duplicate, busy, failed)",
    ["kind", "outcome"],
    registry=REGISTRY,
)
UPDATE_SECONDS = Histogram(
    "safetywatch_update_seconds",
    "Time to handle one update, from claim to done",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=REGISTRY,
)
WEBHOOK_REPLIES = Counter(
    "safetywatch_webhook_replies_total",
    "HTTP status the webhook answered with",
    ["status"],
    registry=REGISTRY,
)
OCR_DOCUMENTS = Counter(
    "safetywatch_ocr_documents_total",
    "Documents read by OCR, by document type",
    ["doc_type"],
    registry=REGISTRY,
)
OCR_SECONDS = Histogram(
    "safetywatch_ocr_seconds",
    "Time to read one document in the OCR pool",
    buckets=(0.25, 0.5, 0.8, 1, 2, 5, 10, 30, 60),
    registry=REGISTRY,
)
