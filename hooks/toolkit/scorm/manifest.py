"""imsmanifest.xml of a SCORM 1.2 package (ADL SCORM 1.2 Content Aggregation Model, over IMS Content
Packaging 1.1.2): one organization with one item, whose resource is the SCO (every page of the guide; it
starts at the guide's first page) and depends on a resource of the shared assets."""

from __future__ import annotations

import re
from typing import Iterable
from xml.etree import ElementTree as ET

IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
# Where each namespace's schema is, as the ADL's own SCORM 1.2 examples name them (the files themselves
# are not in the package: LMSs do not read them; tests/unit/test_scorm_manifest.py validates against them).
SCHEMA_LOCATION = (f"{IMSCP} imscp_rootv1p1p2.xsd "
                   "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
                   f"{ADLCP} adlcp_rootv1p2.xsd")

_ID = re.compile(r"[^A-Za-z0-9_.-]")


def identifier(text: str) -> str:
    """An XML ID (xsd:ID: no spaces, not starting with a digit)."""
    return "ic-" + _ID.sub("-", text)


def manifest(*, guide: str, language: str, title: str, launch: str, pages: Iterable[str],
             assets: Iterable[str], mastery: int | None = None) -> str:
    ET.register_namespace("", IMSCP)
    ET.register_namespace("adlcp", ADLCP)
    ET.register_namespace("xsi", XSI)
    name = f"{guide}-{language}"
    root = ET.Element(f"{{{IMSCP}}}manifest", {"identifier": identifier(f"toolkit-{name}"), "version": "1.0",
                                                f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION})
    metadata = ET.SubElement(root, f"{{{IMSCP}}}metadata")
    ET.SubElement(metadata, f"{{{IMSCP}}}schema").text = "ADL SCORM"
    ET.SubElement(metadata, f"{{{IMSCP}}}schemaversion").text = "1.2"
    organizations = ET.SubElement(root, f"{{{IMSCP}}}organizations", {"default": identifier(f"org-{name}")})
    organization = ET.SubElement(organizations, f"{{{IMSCP}}}organization", {"identifier": identifier(f"org-{name}")})
    ET.SubElement(organization, f"{{{IMSCP}}}title").text = title
    item = ET.SubElement(organization, f"{{{IMSCP}}}item", {"identifier": identifier(f"item-{name}"),
                                                            "identifierref": identifier(f"sco-{name}"),
                                                            "isvisible": "true"})
    ET.SubElement(item, f"{{{IMSCP}}}title").text = title
    if mastery is not None:
        ET.SubElement(item, f"{{{ADLCP}}}masteryscore").text = str(mastery)
    resources = ET.SubElement(root, f"{{{IMSCP}}}resources")
    sco = ET.SubElement(resources, f"{{{IMSCP}}}resource", {"identifier": identifier(f"sco-{name}"),
                                                            "type": "webcontent", f"{{{ADLCP}}}scormtype": "sco",
                                                            "href": launch})
    for path in [launch] + sorted(set(pages) - {launch}):
        ET.SubElement(sco, f"{{{IMSCP}}}file", {"href": path})
    ET.SubElement(sco, f"{{{IMSCP}}}dependency", {"identifierref": identifier(f"assets-{name}")})
    shared = ET.SubElement(resources, f"{{{IMSCP}}}resource", {"identifier": identifier(f"assets-{name}"),
                                                               "type": "webcontent",
                                                               f"{{{ADLCP}}}scormtype": "asset"})
    for path in sorted(assets):
        ET.SubElement(shared, f"{{{IMSCP}}}file", {"href": path})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
