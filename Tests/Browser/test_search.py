"""The search box (sites built with --search): Pagefind finds the text in force, the archive only on request, and
the box works by keyboard, passes axe in light and dark and fits 375 px. The `search` site is the search fixture
built with `search: true` (site.yml), `search-archive` the same content built with --search-archive."""
import pytest

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from browserlib import load, save_viewport_screenshot, set_color_scheme, set_viewport, site_dir, url
from test_accessibility import axe_violations


def open_search(browser, site, path="terms/index.html"):
    load(browser, url(site, path))
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return !document.querySelector('.site-search').hidden"))
    return browser.find_element(By.CSS_SELECTOR, "#site-search-input")


def search(browser, word, archive=False):
    """Types `word` (ticking "Include archived versions" when `archive`) and returns the results once shown."""
    box = browser.find_element(By.CSS_SELECTOR, "#site-search-input")
    box.clear()
    box.send_keys(word)
    wait_for(browser, "pagefind/", word)
    if archive:
        browser.find_element(By.CSS_SELECTOR, "#site-search-archive").click()
        wait_for(browser, "pagefind-archive/", word)
    return results(browser)


def wait_for(browser, bundle, word):
    panel = browser.find_element(By.CSS_SELECTOR, ".site-search-panel")
    WebDriverWait(browser, 10).until(lambda d: panel.get_attribute("data-shown") == f"{bundle} {word}")


def results(browser):
    """Each result: its page link, badge and section links, as the panel shows them."""
    return browser.execute_script("""
        return Array.from(document.querySelectorAll('.site-search-result')).map(li => ({
            href: li.querySelector('.site-search-title a').href,
            title: li.querySelector('.site-search-title a').textContent,
            badge: li.querySelector('.badge').textContent,
            sections: Array.from(li.querySelectorAll('a.site-search-section')).map(a => ({href: a.href, text: a.textContent})),
            marks: Array.from(li.querySelectorAll('mark')).map(m => m.textContent.toLowerCase()),
        }));""")


def test_a_word_only_in_the_version_in_force_finds_its_page_linked_to_the_section(browser):
    open_search(browser, "search")
    found = search(browser, "axolotl")
    assert len(found) == 1, found
    assert found[0]["href"] == url("search", "policy/index.html")
    assert found[0]["badge"] == "Current"
    assert found[0]["sections"] == [{"href": url("search", "policy/index.html#retention"), "text": "Retention"}]
    assert "axolotl" in found[0]["marks"]
    save_viewport_screenshot(browser, "search-results-1280")


def test_a_word_only_in_an_archived_version_needs_the_archive_index(browser):
    # Without an archive index: nothing, and no checkbox to ask for one.
    open_search(browser, "search")
    assert search(browser, "quokka") == []
    assert browser.find_elements(By.CSS_SELECTOR, "#site-search-archive") == []
    # With it: still nothing by default, the archived version once the reader asks.
    open_search(browser, "search-archive")
    assert search(browser, "quokka") == []
    assert "No results" in browser.find_element(By.CSS_SELECTOR, ".site-search-status").text
    found = search(browser, "quokka", archive=True)
    assert [r["href"] for r in found] == [url("search-archive", "policy/2024-01-01/index.html")]
    assert found[0]["badge"].startswith("Archived")
    assert found[0]["sections"][0]["href"] == url("search-archive", "policy/2024-01-01/index.html#sharing")


def test_upcoming_versions_are_found_with_their_badge(browser):
    open_search(browser, "search")
    found = search(browser, "narwhal")
    assert [r["href"] for r in found] == [url("search", "policy/2027-03-01/index.html")]
    assert found[0]["badge"].startswith("Upcoming")


@pytest.mark.parametrize("word", ["changed", "introduced", "versions", "history", "last", "current", "compare"])
def test_only_the_statement_text_is_indexed(browser, word):
    # Words of the "Last changed" lines, the version menu, the dates line and the navigation: on every statement
    # page, never in the fixture's text.
    open_search(browser, "search-archive")
    assert search(browser, word, archive=True) == []


def test_the_box_works_by_keyboard(browser):
    open_search(browser, "search", "policy/history/index.html")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("/")
    assert browser.switch_to.active_element.get_attribute("id") == "site-search-input"
    browser.switch_to.active_element.send_keys("payment")
    WebDriverWait(browser, 10).until(lambda d: len(results(d)) >= 2)
    links = browser.execute_script("return Array.from(document.querySelectorAll('.site-search-panel a')).map(a => a.href)")
    active = browser.switch_to.active_element
    active.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element.get_attribute("href") == links[0]
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element.get_attribute("href") == links[1]
    browser.switch_to.active_element.send_keys(Keys.ARROW_UP)
    assert browser.switch_to.active_element.get_attribute("href") == links[0]
    browser.switch_to.active_element.send_keys(Keys.ARROW_UP)
    assert browser.switch_to.active_element.get_attribute("id") == "site-search-input"
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert not browser.find_element(By.CSS_SELECTOR, ".site-search-panel").is_displayed()
    assert browser.switch_to.active_element.get_attribute("id") == "site-search-input"
    # Down opens the results again; Enter on a section link goes to that section.
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert browser.find_element(By.CSS_SELECTOR, ".site-search-panel").is_displayed()
    section = browser.execute_script("return document.querySelector('.site-search-panel a.site-search-section').href")
    while browser.switch_to.active_element.get_attribute("href") != section:
        browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: d.current_url == section)


def test_slash_in_a_text_field_is_typed_not_a_shortcut(browser):
    box = open_search(browser, "search")
    box.send_keys("a/b")
    assert box.get_attribute("value") == "a/b"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
def test_the_open_results_pass_axe_and_fit_the_page(browser, scheme, width):
    set_color_scheme(browser, scheme)
    set_viewport(browser, width)
    open_search(browser, "search-archive", "policy/index.html")
    search(browser, "payment")
    serious = [v for v in axe_violations(browser) if v["impact"] in ("serious", "critical")]
    assert not serious, [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in serious]
    panel = browser.find_element(By.CSS_SELECTOR, ".site-search-panel")
    right = browser.execute_script("return arguments[0].getBoundingClientRect().right", panel)
    left = browser.execute_script("return arguments[0].getBoundingClientRect().left", panel)
    assert left >= 0 and right <= width, (left, right)
    assert browser.execute_script("return document.documentElement.scrollWidth") <= width
    save_viewport_screenshot(browser, f"search-results-{width}-{scheme}")


def test_no_box_without_javascript_or_without_search(browser):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    load(browser, url("search", "policy/index.html"))
    assert not browser.find_element(By.CSS_SELECTOR, ".site-search").is_displayed()
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    load(browser, url("acme", "terms/index.html"))
    assert browser.find_elements(By.CSS_SELECTOR, ".site-search, script[src*=search]") == []
    assert not (site_dir("acme") / "pagefind").exists() and not (site_dir("acme") / "assets" / "search").exists()
