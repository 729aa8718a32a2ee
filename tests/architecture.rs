//! ARCHITECTURE.md is the map a newcomer reads first; these tests keep it
//! true. It stays a map (at most 250 lines), every path it names exists,
//! and the invariants it states about the tree are checked here by reading
//! the sources: the pure core imports no browser crate and reads no clock,
//! the shell reads the clock in the one file the map names, and markup is
//! set from strings only in the files the map names.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn map() -> String {
    fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md is readable")
}

/// Every `.rs` file under `dir`, as a path relative to the crate root with `/`.
fn rust_files(dir: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src/ is readable")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let rel = p.strip_prefix(root()).expect("under the root");
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

fn sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    files
        .into_iter()
        .map(|f| {
            let text = fs::read_to_string(root().join(&f)).expect("a source file is readable");
            (f, text)
        })
        .collect()
}

/// The code of a file without its comments (line comments and doc
/// comments), so that a comment naming a crate is not taken for a use.
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim_start().starts_with("//"))
}

/// The shell: the files that may talk to the browser.
fn is_shell(file: &str) -> bool {
    file.starts_with("src/app/")
        || file.starts_with("src/web/")
        || file.starts_with("src/bin/")
        || file == "src/main.rs"
        || file == "src/first.rs"
}

/// The backquoted paths of a line of the map (`src/…`, `tests/…`, …).
fn paths_in(line: &str) -> Vec<String> {
    const ROOTS: [&str; 9] = [
        "src/", "tests/", "tools/", "docs/", "scripts/", "static/", "style/", "vendor/", "benches/",
    ];
    line.split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| ROOTS.iter().any(|r| s.starts_with(r)))
        .filter(|s| !s.contains(['*', '<', ' ']))
        .map(str::to_string)
        .collect()
}

/// The paths named on the map's line that starts with `marker`.
fn listed_after(marker: &str) -> BTreeSet<String> {
    let text = map();
    let line = text
        .lines()
        .find(|l| l.starts_with(marker))
        .unwrap_or_else(|| panic!("ARCHITECTURE.md has a line starting {marker:?}"));
    paths_in(line).into_iter().collect()
}

#[test]
fn the_map_is_short() {
    let lines = map().lines().count();
    assert!(
        lines <= 250,
        "ARCHITECTURE.md has {lines} lines; a map fits in 250"
    );
}

#[test]
fn every_path_the_map_names_exists() {
    let missing: Vec<String> = map()
        .lines()
        .flat_map(paths_in)
        .filter(|p| !root().join(p).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names paths that do not exist: {missing:?}"
    );
}

#[test]
fn the_pure_core_imports_no_browser_crate_and_reads_no_clock() {
    const BROWSER: [&str; 5] = ["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"];
    const CLOCK: [&str; 5] = [
        "Utc::now",
        "Local::now",
        "SystemTime::now",
        "Instant::now",
        "Date::now",
    ];
    let mut found = Vec::new();
    for (file, text) in sources().iter().filter(|(f, _)| !is_shell(f)) {
        for line in code_lines(text) {
            for word in BROWSER.iter().chain(CLOCK.iter()) {
                if line.contains(word) {
                    found.push(format!("{file}: {}", line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "the pure core reaches the browser or the clock:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_shell_reads_the_clock_only_where_the_map_says() {
    let allowed = listed_after("- **The clock**");
    let readers: BTreeSet<String> = sources()
        .into_iter()
        .filter(|(_, text)| {
            code_lines(text).any(|l| l.contains("js_sys::Date") || l.contains("Date::now"))
        })
        .map(|(f, _)| f)
        .collect();
    assert_eq!(
        readers, allowed,
        "files reading the clock vs those ARCHITECTURE.md names"
    );
}

#[test]
fn markup_from_strings_is_set_only_where_the_map_says() {
    let allowed = listed_after("- **Markup from strings**");
    let setters: BTreeSet<String> = sources()
        .into_iter()
        .filter(|(_, text)| {
            code_lines(text).any(|l| {
                ["inner_html", "outer_html", "insert_adjacent_html"]
                    .iter()
                    .any(|w| l.contains(w))
            })
        })
        .map(|(f, _)| f)
        .collect();
    assert_eq!(
        setters, allowed,
        "files setting markup from strings vs those ARCHITECTURE.md names"
    );
}

/// The map's layers: each core module's number, from the lines of its
/// "## Layers" section that read `N. **Name**: `a`, `b`, …`.
fn layers() -> Vec<(String, u32)> {
    let text = map();
    let section = text
        .split("## Layers")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("ARCHITECTURE.md has a Layers section");
    let mut out = Vec::new();
    let mut current = None;
    for line in section.lines() {
        let trimmed = line.trim_start();
        if let Some((n, _)) = trimmed.split_once(". **") {
            current = n.parse::<u32>().ok();
        } else if trimmed.is_empty() || !line.starts_with("   ") {
            current = None;
        }
        if let Some(n) = current {
            for name in line.split('`').skip(1).step_by(2) {
                if !name.contains('/') {
                    out.push((name.to_string(), n));
                }
            }
        }
    }
    out
}

/// The core modules a file's code names as `crate::name`, outside its
/// tests (everything after the first `#[cfg(test)]`).
fn crate_uses(text: &str) -> BTreeSet<String> {
    let code: Vec<&str> = code_lines(text)
        .take_while(|l| !l.contains("#[cfg(test)]"))
        .collect();
    let code = code.join("\n");
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a::X, b}`: the first word of each item.
            let inner = group.split('}').next().unwrap_or("");
            for item in inner.split(',') {
                let word: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !word.is_empty() {
                    out.insert(word);
                }
            }
        } else {
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.insert(word);
        }
    }
    out
}

#[test]
fn no_core_module_imports_from_a_higher_layer() {
    let layers = layers();
    let layer_of = |m: &str| layers.iter().find(|(n, _)| n == m).map(|(_, l)| *l);
    let exceptions = listed_after("- **Upward imports still left**");
    let mut upward = Vec::new();
    let mut unmapped = BTreeSet::new();
    for (file, text) in sources()
        .iter()
        .filter(|(f, _)| !is_shell(f) && f != "src/lib.rs")
    {
        let own = file
            .trim_start_matches("src/")
            .split(['/', '.'])
            .next()
            .unwrap_or_default();
        let Some(own_layer) = layer_of(own) else {
            unmapped.insert(own.to_string());
            continue;
        };
        for used in crate_uses(text) {
            match layer_of(&used) {
                Some(l) if l > own_layer && !exceptions.contains(file) => {
                    upward.push(format!(
                        "{file} (layer {own_layer}) uses {used} (layer {l})"
                    ));
                }
                Some(_) => {}
                None => {
                    unmapped.insert(used);
                }
            }
        }
    }
    assert!(
        unmapped.is_empty(),
        "modules missing from the map's layers: {unmapped:?}"
    );
    assert!(
        upward.is_empty(),
        "imports against the layers:\n{}",
        upward.join("\n")
    );
}
