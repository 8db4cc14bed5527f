"""What a reader does: follows the TOC, watches it follow the text, steps through a redline, reads without JavaScript."""
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browserlib import PAGE_TYPES, click_where_shown, load, page_url, set_viewport


def active_toc_links(driver):
    return driver.execute_script("""
        return Array.from(document.querySelectorAll('nav.toc a[aria-current]')).map(a => a.getAttribute('href'));""")


def wait_for_active(driver, href, timeout=3):
    try:
        WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: active_toc_links(d) == [href])
    except Exception:
        raise AssertionError(f"expected the TOC to highlight {href}, it highlights {active_toc_links(driver)}")


def heading_top(driver, fragment):
    return driver.execute_script("return document.getElementById(arguments[0]).getBoundingClientRect().top", fragment)


@pytest.mark.parametrize("width", [1280, 375])
def test_clicking_a_toc_entry_scrolls_to_its_section_and_sets_the_fragment(browser, width):
    set_viewport(browser, width)
    load(browser, page_url("statement-long"))
    toc = browser.find_element(By.CSS_SELECTOR, "nav.toc")
    if width < 600:
        toc.find_element(By.TAG_NAME, "summary").click()
    links = toc.find_elements(By.CSS_SELECTOR, "a[href^='#']")
    assert len(links) > 40
    for index in (len(links) // 2, 5, len(links) - 4):
        link = links[index]
        fragment = link.get_attribute("href").split("#", 1)[1]
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        link.click()
        assert browser.execute_script("return location.hash") == "#" + fragment
        top = heading_top(browser, fragment)
        assert 0 <= top < 80, f"#{fragment} is at {top}px after clicking its TOC entry"
        if width >= 1024:
            wait_for_active(browser, "#" + fragment)


def test_scroll_spy_highlights_the_section_being_read(browser):
    set_viewport(browser, 1280)
    load(browser, page_url("statement-long"))
    ids = browser.execute_script("return Array.from(document.querySelectorAll('nav.toc a')).map(a => a.hash.slice(1))")
    assert active_toc_links(browser) == ["#" + ids[0]]
    for fragment in (ids[10], ids[30], ids[3], ids[-6]):
        # Scroll the way a reader does, so the heading ends up a little below the top of the window.
        browser.execute_script("""
            const h = document.getElementById(arguments[0]);
            window.scrollTo(0, h.getBoundingClientRect().top + scrollY - 40);""", fragment)
        wait_for_active(browser, "#" + fragment)
        # Half-way through the section the same entry stays highlighted.
        browser.execute_script("window.scrollBy(0, 60)")
        wait_for_active(browser, "#" + fragment)
    # The highlighted entry is visible inside the (scrollable) sidebar.
    assert browser.execute_script("""
        const a = document.querySelector('nav.toc a[aria-current]').getBoundingClientRect();
        const t = document.querySelector('nav.toc').getBoundingClientRect();
        return a.top >= t.top - 1 && a.bottom <= t.bottom + 1;""")


def test_scroll_spy_reaches_the_last_section_at_the_bottom(browser):
    set_viewport(browser, 1280)
    load(browser, page_url("statement-long"))
    last = browser.execute_script("const a = document.querySelectorAll('nav.toc a'); return a[a.length - 1].hash")
    browser.execute_script("window.scrollTo(0, document.documentElement.scrollHeight)")
    wait_for_active(browser, last)


def redline_focus(driver):
    return driver.execute_script("""
        const el = document.activeElement, section = el && el.closest('.redline');
        return section ? [el.tagName.toLowerCase(), section.getAttribute('data-lineage'), el.textContent.trim().slice(0, 40)] : null;""")


@pytest.mark.parametrize("page_type", ["changes-renamed", "changes", "compare"])
def test_next_and_previous_change_move_focus_through_the_redline(browser, page_type):
    if page_type not in PAGE_TYPES:
        pytest.skip("the example site has no such page")
    load(browser, page_url(page_type))
    nxt = browser.find_element(By.CSS_SELECTOR, "[data-change-nav='1']")
    prev = browser.find_element(By.CSS_SELECTOR, "[data-change-nav='-1']")
    assert nxt.is_displayed() and prev.is_displayed()
    total = browser.execute_script("return document.querySelectorAll('.redline[data-change]:not([data-change=unchanged])').length")
    assert total > 0
    seen = []
    for _ in range(3):
        nxt.click()
        focus = redline_focus(browser)
        assert focus, "Next change should focus a change inside a redline section"
        seen.append(focus)
        # The focused change is on screen.
        top = browser.execute_script("return document.activeElement.getBoundingClientRect().top")
        assert 0 <= top <= browser.execute_script("return innerHeight")
    status = browser.find_element(By.CSS_SELECTOR, ".change-nav [role=status]").text
    marks = int(status.rsplit(" ", 1)[1])
    assert status == f"Change {(3 - 1) % marks + 1} of {marks}"
    prev.click()
    assert redline_focus(browser) == seen[1]
    # The keys do the same: n for next, p for previous.
    ActionChains(browser).send_keys("n").perform()
    assert redline_focus(browser) == seen[2]
    ActionChains(browser).send_keys("p").perform()
    ActionChains(browser).send_keys("p").perform()
    assert redline_focus(browser) == seen[0]


def test_redline_page_marks_changes_without_colour_and_collapses_unchanged_sections(browser):
    load(browser, page_url("changes-renamed"))
    styles = browser.execute_script("""
        const s = e => getComputedStyle(e).textDecorationLine;
        return [s(document.querySelector('.redline ins')), s(document.querySelector('.redline del'))];""")
    assert "underline" in styles[0] and "line-through" in styles[1]
    unchanged = browser.find_elements(By.CSS_SELECTOR, "details.is-unchanged")
    assert unchanged and all(d.get_attribute("open") is None for d in unchanged)
    assert browser.find_element(By.CSS_SELECTOR, ".legend").is_displayed()
    assert len(browser.find_elements(By.CSS_SELECTOR, ".change-list li a")) >= 3


def test_print_keeps_the_redline(browser):
    load(browser, page_url("changes-renamed"))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = browser.execute_script("""
            const ins = document.querySelector('.redline ins'), del = document.querySelector('.redline del');
            const v = e => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0;
            return [v(ins), v(del), getComputedStyle(ins).textDecorationLine, getComputedStyle(del).textDecorationLine];""")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert shown[0] and shown[1] and "underline" in shown[2] and "line-through" in shown[3]


@pytest.mark.parametrize("width", [1280, 375])
def test_pages_are_readable_without_javascript(browser, width):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        set_viewport(browser, width)
        load(browser, page_url("statement-long"))
        toc = browser.find_element(By.CSS_SELECTOR, "nav.toc")
        link = toc.find_elements(By.CSS_SELECTOR, "a[href^='#']")[7]
        if width < 600:
            toc.find_element(By.TAG_NAME, "summary").click()
            assert link.is_displayed()
        # On wide screens CSS shows the list although its <details> is closed (the script opens it); WebDriver's
        # is_displayed() does not know that, so check what is on screen and click where a person would.
        click_where_shown(browser, link)
        fragment = link.get_attribute("href").split("#", 1)[1]
        assert 0 <= heading_top(browser, fragment) < 80
        # The version picker works without a script: it is a disclosure of plain links.
        picker = browser.find_element(By.CSS_SELECTOR, ".version-picker")
        picker.find_element(By.TAG_NAME, "summary").click()
        assert picker.find_element(By.CSS_SELECTOR, "a").is_displayed()
        load(browser, page_url("changes-renamed"))
        assert browser.find_element(By.CSS_SELECTOR, ".redline ins").is_displayed()
        assert browser.find_element(By.CSS_SELECTOR, ".change-list a").is_displayed()
        # Without a script the buttons that need one stay hidden.
        assert not browser.find_element(By.CSS_SELECTOR, "[data-change-nav='1']").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_the_point_in_time_date_field_goes_to_the_version_in_force(browser):
    set_viewport(browser, 1280)
    load(browser, page_url("at"))
    form = browser.find_element(By.CSS_SELECTOR, "form.at-form")
    assert form.is_displayed()
    field = form.find_element(By.CSS_SELECTOR, "input[type=date]")
    result = form.find_element(By.CSS_SELECTOR, ".at-result")
    periods = browser.find_elements(By.CSS_SELECTOR, ".in-force-periods li[data-from]")
    assert len(periods) >= 2
    # A date before the first version says so, and stays on the page.
    browser.execute_script("arguments[0].value = '1999-01-01'", field)
    form.find_element(By.TAG_NAME, "button").click()
    assert result.text.startswith("No version was in force on 1999-01-01")
    # A date inside the second period goes to that version.
    href = periods[1].get_attribute("data-href")
    browser.execute_script("arguments[0].value = arguments[1]", field, periods[1].get_attribute("data-from"))
    form.find_element(By.TAG_NAME, "button").click()
    WebDriverWait(browser, 5).until(lambda d: d.current_url.endswith(href.replace("../", "")))


def test_the_point_in_time_list_answers_without_javascript(browser):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        set_viewport(browser, 375)
        load(browser, page_url("at"))
        assert not browser.find_element(By.CSS_SELECTOR, "form.at-form").is_displayed()
        assert browser.find_element(By.CSS_SELECTOR, ".in-force-periods li a").is_displayed()
        assert browser.find_element(By.CSS_SELECTOR, ".at-before").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
