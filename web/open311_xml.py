"""The XML form of Open311 GeoReport v2 answers (the `.xml` suffix), built from the same dicts as JSON.

GeoReport v2 names every list element after its items: `<services><service>…`, `<service_requests>
<request>…`, `<errors><error>…`, `<attributes><attribute>…`, `<values><value>…`. The tree is only built
and serialised here, never parsed, so no untrusted XML reaches a parser.
"""

from __future__ import annotations

# ElementTree only builds and serialises here; nothing is parsed (bandit B405 is about parsing)
import xml.etree.ElementTree as ET  # nosec B405
from typing import Any

ITEM_NAMES = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
}


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _fill(element: ET.Element, value: Any) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _fill(ET.SubElement(element, key), item)
    elif isinstance(value, list):
        child_name = ITEM_NAMES.get(element.tag, "item")
        for item in value:
            _fill(ET.SubElement(element, child_name), item)
    else:
        element.text = _text(value)


def to_xml(root: str, value: Any) -> bytes:
    """`value` (a list for the list roots, a dict otherwise) as a UTF-8 XML document under `root`."""
    element = ET.Element(root)
    _fill(element, value)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(
        element, encoding="utf-8", xml_declaration=False
    )
