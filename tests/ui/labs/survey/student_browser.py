#!/usr/bin/env python3
"""A student's phone, played by Debian's headless Chromium (through Selenium).

Usage: student_browser.py URL RESULT_JSON [SCREENSHOT_PNG]

Opens the class round's student page at URL (a server on 127.0.0.1 run by the
calling Qt test), answers once (true answer "yes", flips the coins in the
page, sends), reloads to see that a second answer is refused, then runs the
page's own coin code many times and writes what it saw to RESULT_JSON:
  answered        the page said the answer was sent
  second_refused  after reloading, the page says this phone already answered
  coin_checks     per (p, q, pi): n, reported yes count, expected share
  requests        every URL the browser requested (from its network log)
Exit status 0 when the browser ran the script to the end (the Qt test judges
the results), 1 otherwise. Only 127.0.0.1 is contacted; Chromium's
background networking is switched off.
"""
import json
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

COIN_CHECKS = [(0.5, 0.5, 0.3), (0.75, 0.2, 0.6), (0.9, 0.05, 0.1), (0.25, 0.5, 1.0)]
COIN_SAMPLES = 20000


def start_browser(language):
    profile = tempfile.mkdtemp(prefix="epsilon-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--disable-default-apps",
                "--no-default-browser-check", "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--window-size=412,915", "--lang=" + language, "--user-data-dir=" + profile):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    return driver


def main():
    url, result_path = sys.argv[1], sys.argv[2]
    screenshot = sys.argv[3] if len(sys.argv) > 3 else None
    driver = start_browser("en-US")
    result = {}
    try:
        wait = WebDriverWait(driver, 20)
        driver.get(url)
        driver.find_element(By.ID, "truth-yes").click()
        driver.find_element(By.ID, "flip").click()
        wait.until(lambda d: d.find_element(By.ID, "send").is_enabled())
        driver.find_element(By.ID, "send").click()
        status = driver.find_element(By.ID, "status")
        wait.until(lambda d: status.text.startswith("Sent"))
        result["answered"] = True
        result["sent_text"] = status.text
        if screenshot:
            driver.execute_script("document.getElementById('status').scrollIntoView({block: 'end'})")
            driver.save_screenshot(screenshot)
        driver.refresh()
        wait.until(lambda d: d.find_element(By.ID, "status").is_displayed())
        result["second_refused"] = "already answered" in driver.find_element(By.ID, "status").text
        checks = []
        for p, q, pi in COIN_CHECKS:
            yes = driver.execute_script(
                "const [p, q, pi, n] = arguments; let yes = 0;"
                "for (let i = 0; i < n; ++i) {"
                "  const truth = window.epsilonLab.uniform() < pi;"
                "  if (window.epsilonLab.respond(truth, p, q).answer) ++yes;"
                "} return yes;", p, q, pi, COIN_SAMPLES)
            checks.append({"p": p, "q": q, "pi": pi, "n": COIN_SAMPLES, "yes": yes,
                           "expected": (1 - p) * q + p * pi})
        result["coin_checks"] = checks
        requests = []
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                requests.append(message["params"]["request"]["url"])
        result["requests"] = requests
    finally:
        driver.quit()
    # A phone set to German sees the page in German (nothing is answered).
    driver = start_browser("de-DE")
    try:
        driver.get(url)
        result["german_title"] = driver.find_element(By.TAG_NAME, "h1").text
        result["german_send"] = driver.find_element(By.ID, "send").text
    finally:
        driver.quit()
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as error:  # one line for the Qt test's log
        print("student_browser.py: %s: %s" % (type(error).__name__, error), file=sys.stderr)
        sys.exit(1)
