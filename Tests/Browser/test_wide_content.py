"""Content wider than a phone stays legible: the history heat-map of a long history (60 versions, 110+
sections) keeps its natural size and scrolls sideways inside its frame with its row labels in view, and wide
tables on statement and redline pages scroll inside their own frame instead of breaking words."""
import json

import pytest
from selenium.webdriver.common.by import By

from browserlib import WIDTHS, click_where_shown, load, page_url, site_dir, set_viewport

TABLE_PAGES = ["statement-wide-table", "changes-wide-table", "compare-wide-table", "statement-table"]

# The size at which an element is drawn: its computed font size (or width) times the SVG's scale when it is inside one.
SCALE_JS = """
    const scale = e => {
        const svg = e.ownerSVGElement; if (!svg) return 1;
        const box = svg.viewBox.baseVal, natural = box && box.width ? box.width : svg.width.baseVal.value;
        return svg.getBoundingClientRect().width / natural;
    };"""


def page_overflow(driver):
    return driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")


def scroll_frame(driver, element):
    """Whether `element` or an ancestor inside <main> scrolls sideways, and by how much it can."""
    return driver.execute_script("""
        for (let e = arguments[0]; e && e.tagName !== 'MAIN'; e = e.parentElement) {
            if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) return e.scrollWidth - e.clientWidth;
        }
        return null;""", element)


@pytest.mark.parametrize("width", WIDTHS)
def test_heatmap_cells_and_labels_keep_their_natural_size(browser, width):
    set_viewport(browser, width)
    load(browser, page_url("history-long"))
    svg = browser.find_element(By.CSS_SELECTOR, "svg.heatmap")
    natural, drawn = browser.execute_script(
        "const s = arguments[0]; return [s.width.baseVal.value, s.getBoundingClientRect().width]", svg)
    assert drawn == pytest.approx(natural, abs=0.5), f"the heat-map is drawn {drawn}px wide, its natural width is {natural}px"
    cells = browser.execute_script(SCALE_JS + """
        return Array.from(document.querySelectorAll('.hm-cell')).slice(0, 50).map(c => c.getBoundingClientRect().width);""")
    assert cells and min(cells) >= 14, f"cells drawn {min(cells)}px wide"
    for kind in ("hm-row", "hm-col"):
        sizes = browser.execute_script(SCALE_JS + """
            return Array.from(document.querySelectorAll('.' + arguments[0]))
                .map(e => parseFloat(getComputedStyle(e).fontSize) * scale(e));""", kind)
        assert len(sizes) >= 60 and min(sizes) >= 11, f"{kind} labels drawn at {min(sizes):.1f}px"
    assert page_overflow(browser) <= 0


@pytest.mark.parametrize("width", WIDTHS)
def test_heatmap_frame_scrolls_sideways_with_the_row_labels_in_view(browser, width):
    set_viewport(browser, width)
    load(browser, page_url("history-long"))
    frame = browser.find_element(By.CSS_SELECTOR, ".heatmap-scroll")
    assert scroll_frame(browser, browser.find_element(By.CSS_SELECTOR, ".hm-cell")) > 100, "the heat-map frame scrolls sideways"
    assert page_overflow(browser) <= 0, "the page itself does not scroll sideways"
    for edge in ("-1e6", "1e6"):  # The oldest versions, then the newest.
        browser.execute_script(f"arguments[0].scrollLeft = {edge}; arguments[0].scrollIntoView()", frame)
        labels = browser.execute_script("""
            const frame = arguments[0].getBoundingClientRect();
            return Array.from(document.querySelectorAll('.hm-row')).slice(0, 12).map(l => {
                const r = l.getBoundingClientRect(), x = r.left + Math.min(r.width, 40) / 2, y = r.top + r.height / 2;
                const hit = document.elementFromPoint(x, y);
                return [l.textContent, r.left >= frame.left - 1 && r.left < frame.right, !!hit && (l === hit || l.contains(hit))];
            });""", frame)
        hidden = [text for text, inside, on_top in labels if not (inside and on_top)]
        assert labels and not hidden, f"row labels out of view at scroll {edge}: {hidden}"


def test_heatmap_column_labels_name_every_version_without_overlapping(browser):
    load(browser, page_url("history-long"))
    dates = [v["date"] for v in json.loads((site_dir("ledger") / "ledger" / "versions.json").read_text())["versions"]]
    labels = browser.execute_script("""
        return Array.from(document.querySelectorAll('.hm-col')).map(e => {
            const r = e.getBoundingClientRect(); return [e.textContent, r.left, r.right, r.top, r.bottom];
        });""")
    assert [text for text, *_ in labels] == dates
    boxes = sorted(box for _, *box in labels)
    overlaps = [(a, b) for a, b in zip(boxes, boxes[1:]) if b[0] < a[1] - 0.5 and b[2] < a[3] - 0.5 and a[2] < b[3] - 0.5]
    assert not overlaps, f"{len(overlaps)} column labels overlap"


@pytest.mark.parametrize("width", WIDTHS)
def test_the_newest_heatmap_cell_is_shown_and_opens_its_redline(browser, width):
    set_viewport(browser, width)
    load(browser, page_url("history-long"))
    links = browser.find_elements(By.CSS_SELECTOR, "svg.heatmap a")
    newest = max(links, key=lambda a: browser.execute_script("return arguments[0].getBBox().x", a))
    click_where_shown(browser, newest)
    assert "/changes/" in browser.current_url and browser.find_element(By.CSS_SELECTOR, "main h1").is_displayed()


WORDS_SPLIT_JS = """
    const split = [];
    for (const cell of document.querySelectorAll('main table th, main table td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node; (node = walker.nextNode());) {
            for (const m of node.data.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (lines.size > 1) split.push(m[0]);
            }
        }
    }
    return split;"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page_type", TABLE_PAGES)
def test_table_cells_never_split_a_word(browser, page_type, width):
    set_viewport(browser, width)
    load(browser, page_url(page_type))
    browser.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert browser.find_elements(By.CSS_SELECTOR, "main table td")
    split = browser.execute_script(WORDS_SPLIT_JS)
    assert not split, f"{page_type} at {width}px splits {len(split)} words across lines: {split[:8]}"
    assert page_overflow(browser) <= 0


@pytest.mark.parametrize("page_type", ["statement-wide-table", "changes-wide-table", "compare-wide-table"])
def test_a_wide_table_scrolls_in_its_own_frame_on_phones(browser, page_type):
    set_viewport(browser, 375)
    load(browser, page_url(page_type))
    browser.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    table = browser.find_element(By.CSS_SELECTOR, "main table")
    assert (scroll_frame(browser, table) or 0) > 50, "the table is wider than a phone and scrolls sideways in its frame"
    assert page_overflow(browser) <= 0


def test_a_printed_wide_table_keeps_every_column_on_the_page(browser):
    set_viewport(browser, 480)  # About the printable width of A5 paper: narrower than the table.
    load(browser, page_url("statement-wide-table"))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        cut = browser.execute_script("""
            const page = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('main table th, main table td'))
                .filter(c => c.getBoundingClientRect().right > page + 0.5).map(c => c.textContent.trim());""")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert not cut, f"printed cells beyond the page: {cut[:5]}"
