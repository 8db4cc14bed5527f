"""Fixtures for the browser tests (helpers are in browserlib.py)."""
import pytest

from browserlib import SCREENSHOTS, drain_logs, make_driver, set_color_scheme, set_viewport


@pytest.fixture(scope="session")
def driver():
    d = make_driver()
    yield d
    d.quit()


@pytest.fixture
def browser(driver):
    """The shared driver, reset to a light, JavaScript-enabled 1280 px viewport with empty logs."""
    set_viewport(driver, 1280)
    set_color_scheme(driver, "light")
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    driver.get("about:blank")
    drain_logs(driver)
    yield driver


def pytest_terminal_summary(terminalreporter):
    if SCREENSHOTS.exists():
        count = len(list(SCREENSHOTS.glob("*.png")))
        terminalreporter.write_line(f"screenshots ({count}): {SCREENSHOTS}")
