//! The standalone HTML page in a real browser: headless Chromium loads the page that
//! `publist render --standalone` writes, a checking script appended by this test inspects
//! the DOM, and Chromium's `--dump-dom` hands the result back. `.ci/run` installs Debian's
//! `chromium` and sets `PUBLIST_REQUIRE_TOOLS=1`, which makes a missing browser a failure;
//! elsewhere the test is skipped with a message when there is no browser.

use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH")?
                .to_str()?
                .split(':')
                .map(|d| Path::new(d).join(name))
                .find(|p| p.is_file())
        })
}

const CHECK: &str = r#"<script>
(() => {
  const items = [...document.querySelectorAll('section.publist li')];
  const result = {
    items: items.length,
    ownerBold: items.filter(li => [...li.querySelectorAll('strong')].some(s => /moreno/i.test(s.textContent))).length,
    marks: document.querySelectorAll('sup.mark').length,
    links: document.querySelectorAll('section.publist a[href]').length,
    scripts: document.scripts.length,
    legend: (document.querySelector('p.legend') || {}).textContent || '',
    headings: [...document.querySelectorAll('section.publist h2')].map(h => h.textContent),
    injectedTitle: items.some(li => li.textContent.includes('<script>alert("x")<\/script>')),
  };
  const pre = document.createElement('pre');
  pre.id = 'publist-check';
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
})();
</script>
"#;

#[test]
fn standalone_page_in_headless_chromium() {
    let Some(browser) = chromium() else {
        if std::env::var_os("PUBLIST_REQUIRE_TOOLS").is_some() {
            panic!("chromium not found (`apt install chromium`); PUBLIST_REQUIRE_TOOLS is set");
        }
        eprintln!("no chromium: skipped (`.ci/run` installs it and sets PUBLIST_REQUIRE_TOOLS)");
        return;
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    let out = Command::new(env!("CARGO_BIN_EXE_publist"))
        .args([
            "render",
            "bib/render/cv.bib",
            "--style",
            "apa",
            "--standalone",
            "--title",
            "Ada Moreno: Publications",
            "-o",
        ])
        .arg(&page)
        .current_dir(&root)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    let checked = html.replace("</body>", &format!("{CHECK}</body>"));
    let check_page = dir.path().join("check.html");
    std::fs::write(&check_page, checked).unwrap();
    let dom = Command::new(&browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--dump-dom",
        ])
        .arg(format!("file://{}", check_page.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&dom.stdout);
    let json = dom
        .split("<pre id=\"publist-check\">")
        .nth(1)
        .and_then(|s| s.split("</pre>").next())
        .unwrap_or_else(|| panic!("no check result in the DOM:\n{dom}"))
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["items"], 7, "{v}");
    assert_eq!(
        v["ownerBold"], 7,
        "the owner is in <strong> in every item: {v}"
    );
    assert_eq!(v["marks"], 3, "Natarajan *, Moreno *†, O'Connor †: {v}");
    assert_eq!(
        v["links"], 7,
        "three DOIs, one arXiv URL, PDF, Code, Slides: {v}"
    );
    assert_eq!(v["scripts"], 1, "only the test's own script runs: {v}");
    assert_eq!(
        v["injectedTitle"], true,
        "the <script> title shows as text: {v}"
    );
    assert_eq!(v["legend"], "* Equal contribution. † Corresponding author.");
    assert_eq!(v["headings"][0], "Journal Articles");

    // The README's screenshot, refreshed when asked for.
    if std::env::var_os("PUBLIST_SCREENSHOT").is_some() {
        let shot = root.join("bib/render/screenshot.png");
        let status = Command::new(&browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--window-size=1000,1250",
            ])
            .arg(format!("--screenshot={}", shot.display()))
            .arg(format!("file://{}", page.display()))
            .status()
            .unwrap();
        assert!(status.success());
    }
}
