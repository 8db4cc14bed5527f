"""Helpers for the browser tests: the served sites, their page types, a headless Chromium.

Scripts/browser-tests.sh builds the sites, serves each over `python3 -m http.server` and passes them in
TRUSTSITE_SITES as JSON: {"name": {"url": "http://127.0.0.1:PORT/", "dir": "/tmp/.../name"}}.
"""
import json
import os
import pathlib
import time
import base64

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.actions.action_builder import ActionBuilder

HERE = pathlib.Path(__file__).resolve().parent
SCREENSHOTS = pathlib.Path(os.environ.get("TRUSTSITE_SCREENSHOTS", "/tmp/trustsite-screenshots"))
WIDTHS = (375, 1280)


def load_sites():
    raw = os.environ.get("TRUSTSITE_SITES")
    if not raw:
        raise SystemExit("TRUSTSITE_SITES is not set: run the browser tests with Scripts/browser-tests.sh")
    return json.loads(raw)


SITES = load_sites()


def site_dir(site):
    return pathlib.Path(SITES[site]["dir"])


def html_files(site):
    """Every generated page of a site, as paths relative to its folder."""
    root = site_dir(site)
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))


def example_pages():
    """One page of each type from the example site, found from what was built (its content may change)."""
    root = site_dir("example")
    statements = json.loads((root / "statements.json").read_text())["statements"]
    # The statement with the most versions has every page type.
    best = max(statements, key=lambda s: len(json.loads((root / s["slug"] / "versions.json").read_text())["versions"]))
    slug = best["slug"]
    versions = json.loads((root / slug / "versions.json").read_text())
    dates = [v["date"] for v in versions["versions"]]
    current = versions["current"]
    archived = [d for d in dates if d < current]
    changes = sorted(p.name for p in (root / slug / "changes").iterdir())
    sections = sorted((root / slug / "sections").iterdir(), key=lambda p: -len(p.joinpath("index.html").read_text()))
    pages = {
        "home": "index.html",
        "statement": f"{slug}/index.html",
        "history": f"{slug}/history/index.html",
        "at": f"{slug}/at/index.html",
        "section": f"{sections[0].relative_to(root).as_posix()}/index.html",
        "404": "404.html",
    }
    if archived:
        pages["archived"] = f"{slug}/{archived[0]}/index.html"
        pages["compare"] = f"{slug}/compare/{archived[0]}/index.html"
    if changes:
        pages["changes"] = f"{slug}/changes/{changes[-1]}/index.html"
    return {name: ("example", path) for name, path in pages.items()}


def ledger_pages():
    """The generated ledger site's long history, and its wide table on the statement, a changes page that
    changes the table, and a compare page."""
    root = site_dir("ledger")
    dates = [v["date"] for v in json.loads((root / "ledger" / "versions.json").read_text())["versions"]]
    table_change = next(d for d in dates[1:] if "<table" in (text := (root / "ledger" / "changes" / d / "index.html").read_text())
                        and "<del>" in text.split("<table", 1)[1].split("</table>", 1)[0])
    return {"history-long": ("ledger", "ledger/history/index.html"),
            "statement-wide-table": ("ledger", "ledger/index.html"),
            "changes-wide-table": ("ledger", f"ledger/changes/{table_change}/index.html"),
            "compare-wide-table": ("ledger", f"ledger/compare/{dates[0]}/index.html")}


# Page types: name -> (site, path). The fixture sites' pages are known; the example site's are discovered.
PAGE_TYPES = {
    **example_pages(),
    **ledger_pages(),
    "upcoming": ("acme", "terms/2030-01-01/index.html"),
    "statement-table": ("acme", "terms/index.html"),
    "statement-long": ("acme", "handbook/index.html"),
    "changes-renamed": ("acme", "terms/changes/2024-09-01/index.html"),
    "compare-upcoming": ("acme", "terms/compare/2030-01-01/index.html"),
    "section-renamed": ("acme", "terms/sections/4-data-retention/index.html"),
    "history-fixture": ("acme", "terms/history/index.html"),
    "home-minimal": ("minimal", "index.html"),
    "statement-minimal": ("minimal", "privacy/index.html"),
    "history-minimal": ("minimal", "privacy/history/index.html"),
}


def url(site, path=""):
    return SITES[site]["url"] + path


def page_url(page_type):
    site, path = PAGE_TYPES[page_type]
    return url(site, path)


def make_driver(performance_log=True):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("TRUSTSITE_CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--hide-scrollbars",
                 "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                 "--force-device-scale-factor=1", "--window-size=1280,900", "--lang=en-US"):
        options.add_argument(flag)
    prefs = {"browser": "ALL"}
    if performance_log:
        prefs["performance"] = "ALL"
    options.set_capability("goog:loggingPrefs", prefs)
    service = Service(executable_path=os.environ.get("TRUSTSITE_CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    return driver


def set_viewport(driver, width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def set_color_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def drain_logs(driver):
    driver.get_log("browser")
    driver.get_log("performance")


def load(driver, address):
    driver.get(address)
    # Let deferred scripts and observers run.
    driver.execute_script("return document.readyState")
    time.sleep(0.05)


def click_where_shown(driver, element):
    """Clicks the middle of `element` after checking that it is what a person sees there."""
    x, y = driver.execute_script("""
        const e = arguments[0]; e.scrollIntoView({block: 'center'});
        const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];""", element)
    hit = driver.execute_script("const h = document.elementFromPoint(arguments[0], arguments[1]); return h && arguments[2].contains(h);",
                                x, y, element)
    assert hit, f"{element.get_attribute('outerHTML')[:80]} is not visible where it is laid out"
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(int(x), int(y)).click()
    actions.perform()


def save_screenshot(driver, name):
    """A full-page PNG (at most 8000 px tall) under SCREENSHOTS."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = driver.execute_script("return document.documentElement.clientWidth")
    height = min(8000, driver.execute_script("return document.documentElement.scrollHeight"))
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    path = SCREENSHOTS / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def save_viewport_screenshot(driver, name):
    """A PNG of what is in the window now."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    path = SCREENSHOTS / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path
