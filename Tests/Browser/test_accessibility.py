"""axe-core finds no serious or critical accessibility violation on any page type, in light and in dark."""
import pathlib

import pytest

import axe_playwright_python  # only for the axe.min.js it bundles
from browserlib import PAGE_TYPES, load, page_url, set_color_scheme, set_viewport

AXE_JS = (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
# Every page type named in the issue, plus the fixtures' variants.
AXE_PAGES = [p for p in ("home", "statement", "archived", "history", "at", "changes", "compare", "section", "404",
                         "upcoming", "statement-table", "changes-renamed", "section-renamed", "home-minimal",
                         "statement-minimal", "history-minimal",
                         "history-long", "statement-wide-table", "changes-wide-table") if p in PAGE_TYPES]


def axe_violations(driver):
    driver.execute_script(AXE_JS)
    result = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations), e => done({error: String(e)}));""")
    assert not isinstance(result, dict), result
    return result


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("page_type", AXE_PAGES)
def test_no_serious_accessibility_violations(browser, page_type, scheme, width):
    set_color_scheme(browser, scheme)
    set_viewport(browser, width)
    load(browser, page_url(page_type))
    if width < 600:  # Open the collapsed TOC so its links are checked too.
        browser.execute_script("document.querySelectorAll('nav.toc details').forEach(d => d.open = true)")
    assert browser.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    serious = [v for v in axe_violations(browser) if v["impact"] in ("serious", "critical")]
    report = "\n".join(f"{v['impact']} {v['id']}: {v['help']}\n    " +
                       "\n    ".join(f"{n['target']} {n.get('failureSummary', '')[:300]!r}" for n in v["nodes"][:5])
                       for v in serious)
    assert not serious, f"{page_type} ({scheme}, {width}px):\n{report}"
