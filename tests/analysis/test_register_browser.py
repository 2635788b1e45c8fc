"""The HTML register in a real headless Chromium: it renders, filters, sorts and links to its sentences.

Needs Debian's chromium and chromium-driver (`apt-get install -y chromium chromium-driver`) and
selenium (the test extra); skips with the reason when either is missing. The screenshot is
written to the test's tmp_path and its path printed (pytest -s shows it).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor.analysis.archive import read_jsonl
from extractor.analysis.register import build_register, status_counts
from extractor.analysis.report import write_register

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
# flags that work on this machine (no sandbox as root, no GPU, no calls home on a closed network)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    if not CHROMIUM or not DRIVER:
        pytest.skip("Debian's chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + [f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def page(archive_output, tmp_path_factory):
    units, meetings = (read_jsonl(p) for p in archive_output)
    entries = build_register(units, meetings)
    path = tmp_path_factory.mktemp("register") / "register.html"
    write_register(entries, meetings, units, path)
    return path, entries


def visible_rows(driver):
    from selenium.webdriver.common.by import By

    return [r for r in driver.find_elements(By.CSS_SELECTOR, "#register tbody tr") if r.is_displayed()]


def test_the_register_page_renders_filters_sorts_and_links(browser, page, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    path, entries = page
    counts = status_counts(entries)
    browser.get(path.as_uri())
    assert browser.title == "Action register"
    assert len(visible_rows(browser)) == len(entries)
    assert browser.find_element(By.ID, "shown").text == f"{len(entries)} of {len(entries)} shown"

    screenshot = tmp_path / "register.png"
    assert browser.save_screenshot(str(screenshot)) and screenshot.stat().st_size > 10_000
    print(f"\nscreenshot of the register: {screenshot}")

    # a status chip filters to that status; a second press clears it
    chip = browser.find_element(By.CSS_SELECTOR, '.chip[data-status="overdue"]')
    chip.click()
    rows = visible_rows(browser)
    assert len(rows) == counts["overdue"] and {r.get_attribute("data-status") for r in rows} == {"overdue"}
    chip.click()
    assert len(visible_rows(browser)) == len(entries)

    # an owner and a search word narrow it down
    owner = "Corinne Athow"
    Select(browser.find_element(By.ID, "owner")).select_by_value(owner)
    assert len(visible_rows(browser)) == sum(owner in e.owners for e in entries)
    Select(browser.find_element(By.ID, "owner")).select_by_value("")
    search = browser.find_element(By.ID, "q")
    search.send_keys("safeguarding")
    assert len(visible_rows(browser)) == sum("safeguarding" in e.text.lower() for e in entries) > 0
    search.clear()
    search.send_keys(" ")  # an input event, back to every row
    assert len(visible_rows(browser)) == len(entries)

    # the due column sorts ascending then descending, undated last when ascending
    due_header = browser.find_element(By.XPATH, '//th[button="Due"]')
    due_header.find_element(By.TAG_NAME, "button").click()
    keys = [r.find_elements(By.TAG_NAME, "td")[3].get_attribute("data-key") for r in visible_rows(browser)]
    assert keys == sorted(keys) and due_header.get_attribute("aria-sort") == "ascending"
    due_header.find_element(By.TAG_NAME, "button").click()
    keys = [r.find_elements(By.TAG_NAME, "td")[3].get_attribute("data-key") for r in visible_rows(browser)]
    assert keys == sorted(keys, reverse=True)

    # each action links to its sentence in its meeting, which opens and shows
    first = entries[0]
    row = browser.find_element(By.ID, "a-u-" + first.id.replace("#", "-"))
    row.find_element(By.CSS_SELECTOR, "a.src").click()
    target = browser.find_element(By.ID, "u-" + first.id.replace("#", "-"))
    assert target.is_displayed() and first.text in target.text
    meeting = browser.find_element(By.ID, "m-" + first.doc_id)
    assert first.meeting_date in meeting.find_element(By.TAG_NAME, "h3").text
    browser.save_screenshot(str(tmp_path / "register-linked-sentence.png"))


def test_latest_entry_per_action_hides_rows_taken_up_later(browser, page):
    from selenium.webdriver.common.by import By

    path, entries = page
    browser.get(path.as_uri())
    browser.find_element(By.ID, "threads").click()
    superseded = {e.follows for e in entries if e.follows}
    assert len(visible_rows(browser)) == len(entries) - len(superseded) < len(entries)
