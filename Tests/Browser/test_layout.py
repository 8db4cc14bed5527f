"""Responsive layout: nothing overflows sideways at phone and desktop widths, and the TOC is always reachable."""
import pytest
from selenium.webdriver.common.by import By

from browserlib import PAGE_TYPES, WIDTHS, load, page_url, set_viewport

STATEMENT_PAGES = ["statement", "archived", "upcoming", "statement-table", "statement-long", "statement-minimal"]


def overflow(driver):
    """Elements wider than the page, for the failure message (empty when nothing overflows)."""
    return driver.execute_script("""
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return [];
        return Array.from(document.querySelectorAll('body *'))
            .filter(e => e.getBoundingClientRect().right > width + 0.5)
            .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' right=' + e.getBoundingClientRect().right);""")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page_type", sorted(PAGE_TYPES))
def test_no_horizontal_overflow(browser, page_type, width):
    set_viewport(browser, width)
    load(browser, page_url(page_type))
    scroll_width, client_width = browser.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert client_width == width
    assert scroll_width <= client_width, f"{page_type} overflows at {width}px: {overflow(browser)}"


@pytest.mark.parametrize("page_type", [p for p in STATEMENT_PAGES if p in PAGE_TYPES])
def test_toc_is_a_visible_sidebar_on_wide_screens(browser, page_type):
    set_viewport(browser, 1280)
    load(browser, page_url(page_type))
    toc = browser.find_element(By.CSS_SELECTOR, 'nav.toc[aria-label="On this page"]')
    links = toc.find_elements(By.CSS_SELECTOR, "a[href^='#']")
    assert links and links[0].is_displayed()
    body = browser.find_element(By.CSS_SELECTOR, ".statement-body")
    # Beside the text, not above it.
    assert toc.rect["x"] + toc.rect["width"] <= body.rect["x"]
    assert abs(toc.rect["y"] - body.rect["y"]) < 200


def test_toc_stays_in_view_while_reading_on_wide_screens(browser):
    set_viewport(browser, 1280)
    load(browser, page_url("statement-long"))
    browser.execute_script("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
    top, bottom = browser.execute_script("""
        const r = document.querySelector('nav.toc').getBoundingClientRect(); return [r.top, r.bottom];""")
    assert 0 <= top < 100 and bottom <= browser.execute_script("return innerHeight") + 1


@pytest.mark.parametrize("page_type", [p for p in STATEMENT_PAGES if p in PAGE_TYPES])
def test_toc_is_collapsed_at_the_top_on_phones_and_opens(browser, page_type):
    set_viewport(browser, 375)
    load(browser, page_url(page_type))
    toc = browser.find_element(By.CSS_SELECTOR, 'nav.toc[aria-label="On this page"]')
    body = browser.find_element(By.CSS_SELECTOR, ".statement-body")
    assert toc.rect["y"] < body.rect["y"], "the TOC comes before the text on phones"
    summary = toc.find_element(By.TAG_NAME, "summary")
    assert summary.is_displayed()
    first = toc.find_element(By.CSS_SELECTOR, "a[href^='#']")
    assert not first.is_displayed(), "the TOC starts collapsed on phones"
    summary.click()
    assert first.is_displayed()
    first.click()
    assert browser.execute_script("return location.hash") == first.get_attribute("href")[first.get_attribute("href").index("#"):]
