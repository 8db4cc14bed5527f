"""Every generated page loads with no console error, no failed request and no request that leaves the site;
every page type is screenshotted at both widths, light and dark, for a person to look at."""
import json
from urllib.parse import urljoin

import pytest

from selenium.webdriver.common.by import By

from browserlib import (PAGE_TYPES, SITES, WIDTHS, html_files, load, page_url, save_screenshot, save_viewport_screenshot,
                        set_color_scheme, set_viewport, url)


def network_problems(driver, origin):
    """Failed requests, HTTP errors and requests to anything but the site itself, from the performance log."""
    problems = []
    requests = {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        method, params = message["method"], message.get("params", {})
        if method == "Network.requestWillBeSent":
            address = params["request"]["url"]
            requests[params["requestId"]] = address
            if not (address.startswith(origin) or address.startswith("data:") or address == "about:blank"):
                problems.append(f"external request: {address}")
        elif method == "Network.responseReceived":
            status = params["response"]["status"]
            if status >= 400:
                problems.append(f"HTTP {status}: {params['response']['url']}")
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            problems.append(f"failed: {requests.get(params['requestId'], params['requestId'])} ({params.get('errorText')})")
    return problems


def console_errors(driver):
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@pytest.mark.parametrize("site", sorted(SITES))
def test_every_page_loads_cleanly(browser, site):
    origin = url(site)
    failures = []
    for path in html_files(site):
        load(browser, url(site, path))
        # Every stylesheet, script, image and icon the page names must resolve too (not only those fetched).
        assets = browser.execute_script("""
            return Array.from(document.querySelectorAll('link[rel~=stylesheet], link[rel~=icon], script[src], img[src]'))
                .map(e => e.href || e.src);""")
        problems = console_errors(browser) + network_problems(browser, origin)
        for asset in assets:
            status = browser.execute_async_script("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'HEAD'}).then(r => done(r.status), e => done(String(e)));""", asset)
            if status != 200:
                problems.append(f"{asset}: {status}")
            if not asset.startswith(origin):
                problems.append(f"external asset: {asset}")
        if problems:
            failures.append(f"{path}: {problems}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("page_type", sorted(PAGE_TYPES))
def test_page_type_renders_at_both_widths_in_light_and_dark(browser, page_type):
    for scheme in ("light", "dark"):
        set_color_scheme(browser, scheme)
        for width in WIDTHS:
            set_viewport(browser, width)
            load(browser, page_url(page_type))
            assert browser.find_element("css selector", "main h1").is_displayed()
            if scheme == "light" or width == 1280:
                save_screenshot(browser, f"{page_type}-{width}-{scheme}")
    assert not console_errors(browser)


@pytest.mark.parametrize("width", WIDTHS)
def test_reading_views_screenshots(browser, width):
    """What a reader sees mid-way: the sticky TOC and its highlight, the open version picker, the change toolbar."""
    for scheme in ("light", "dark"):
        set_color_scheme(browser, scheme)
        set_viewport(browser, width)
        load(browser, page_url("statement-long"))
        if width < 600:
            browser.find_element(By.CSS_SELECTOR, "nav.toc summary").click()
            save_viewport_screenshot(browser, f"view-toc-open-{width}-{scheme}")
            browser.find_element(By.CSS_SELECTOR, "nav.toc summary").click()
        browser.execute_script("window.scrollTo(0, document.documentElement.scrollHeight * 0.4)")
        browser.execute_script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        save_viewport_screenshot(browser, f"view-reading-{width}-{scheme}")
        browser.execute_script("window.scrollTo(0, 0)")
        browser.find_element(By.CSS_SELECTOR, ".version-picker summary").click()
        save_viewport_screenshot(browser, f"view-version-picker-{width}-{scheme}")
        load(browser, page_url("changes-renamed"))
        for _ in range(2):
            browser.find_element(By.CSS_SELECTOR, "[data-change-nav='1']").click()
        save_viewport_screenshot(browser, f"view-next-change-{width}-{scheme}")
    assert not console_errors(browser)
