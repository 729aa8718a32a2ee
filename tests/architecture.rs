//! ARCHITECTURE.md is the map a newcomer reads first; these tests keep it
//! true. It stays a map (at most 250 lines), every path it names exists,
//! and the invariants it states about the tree are checked here by reading
//! the sources: the pure core imports no browser crate and reads no clock,
//! the shell reads the clock in the one file the map names, markup is set
//! from strings only in the files the map names, and the import graph of
//! src/, read from the code's own paths, has no circle and no arrow up the
//! map's layers.

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

// ---------------------------------------------------------------------------
// The import graph of src/, file by file.
//
// Every path a file names that starts with `crate::`, `super::`, `self::`,
// a child module of the file's module, or a name a `use` of the file brought
// in, is resolved to the file that defines its item: `a::b::C` is in
// src/a/b.rs (or src/a/b/mod.rs) when `b` is a module, else in src/a.rs (or
// src/a/mod.rs); an item a module only re-exports (`pub use x::C`) is
// followed to the file that defines it. Test code counts like any other
// code: a test that reaches into a sibling ties the two files together just
// as well.
//
// One kind of arrow is not an import: a module's own children are parts of
// it, declared by it (`mod child;`) and private to it unless it says
// otherwise, so a file naming one of its own descendants (`child::f`,
// `self::child::T`, or the same spelled from `crate::`) is composition, not
// an arrow of the graph. The arrow the other way counts like any other: a
// child naming its parent's items (`super::T`) depends on the parent's
// file, and a circle through a parent is a circle when it leaves the
// parent's own subtree (child → parent → cousin → child). So a file may
// split its work among its children and give them its types, and what the
// check finds are files that depend on each other without one owning the
// other: any view reaching any other through the split points, a reader
// and its sibling each taking the other's items.
// ---------------------------------------------------------------------------

use std::collections::BTreeMap;

/// A token of Rust code, as much of it as paths need.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    /// `::`
    Colons,
    Punct(char),
}

/// The tokens of a source file, without comments, strings and characters
/// (whose text is not code), lifetimes and numbers.
fn tokens(text: &str) -> Vec<Tok> {
    let c: Vec<char> = text.chars().collect();
    let n = c.len();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let ident_char = |ch: char| ch == '_' || ch.is_alphanumeric();
    let mut out = Vec::new();
    let mut i = 0;
    // Skips a string whose opening quote is at `i`, with `hashes` `#`s
    // (raw) or escapes (not raw); returns the index after it.
    let skip_string = |mut i: usize, raw: Option<usize>| -> usize {
        i += 1;
        while i < n {
            match (c[i], raw) {
                ('\\', None) => i += 2,
                ('"', None) => return i + 1,
                ('"', Some(h)) if (1..=h).all(|k| at(i + k) == '#') => return i + 1 + h,
                _ => i += 1,
            }
        }
        n
    };
    while i < n {
        let ch = c[i];
        if ch == '/' && at(i + 1) == '/' {
            while i < n && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < n {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if ch == '"' {
            i = skip_string(i, None);
        } else if ch == '\'' {
            if at(i + 1) == '\\' {
                // An escaped character: up to its closing quote.
                i += 2;
                while i < n && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                // A lifetime or a label.
                i += 1;
                while i < n && ident_char(c[i]) {
                    i += 1;
                }
            }
        } else if ch.is_ascii_digit() {
            while i < n && ident_char(c[i]) {
                i += 1;
            }
        } else if ident_char(ch) {
            let start = i;
            while i < n && ident_char(c[i]) {
                i += 1;
            }
            let word: String = c[start..i].iter().collect();
            let hashes = (0..).take_while(|k| at(i + k) == '#').count();
            match word.as_str() {
                "r" | "br" | "cr" if at(i + hashes) == '"' => {
                    i = skip_string(i + hashes, Some(hashes));
                }
                "b" | "c" if at(i) == '"' => i = skip_string(i, None),
                "b" if at(i) == '\'' => {
                    // A byte: skip it as a character.
                    i += if at(i + 1) == '\\' { 4 } else { 3 };
                    while i < n && c[i - 1] != '\'' {
                        i += 1;
                    }
                }
                "r" if hashes == 1 && ident_char(at(i + 1)) => {
                    // A raw identifier, `r#type`.
                    let start = i + 1;
                    i = start;
                    while i < n && ident_char(c[i]) {
                        i += 1;
                    }
                    out.push(Tok::Ident(c[start..i].iter().collect()));
                }
                _ => out.push(Tok::Ident(word)),
            }
        } else if ch == ':' && at(i + 1) == ':' {
            out.push(Tok::Colons);
            i += 2;
        } else if ch == '$' && text_at(&c, i + 1, "crate") {
            // `$crate` in a macro is the crate.
            out.push(Tok::Ident("crate".into()));
            i += 6;
        } else {
            if !ch.is_whitespace() {
                out.push(Tok::Punct(ch));
            }
            i += 1;
        }
    }
    out
}

fn text_at(c: &[char], i: usize, word: &str) -> bool {
    word.chars()
        .enumerate()
        .all(|(k, w)| c.get(i + k) == Some(&w))
        && !c
            .get(i + word.chars().count())
            .is_some_and(|ch| *ch == '_' || ch.is_alphanumeric())
}

/// A crate of src/ and a module path in it.
type ModPath = (String, Vec<String>);

/// Where a file sits: its crate (src/lib.rs's `lib`, or a binary's) and its
/// module path, from the file's place under src/.
fn module_of(file: &str) -> ModPath {
    let rel = file.trim_start_matches("src/").trim_end_matches(".rs");
    let (krate, rest) = match rel {
        "lib" => ("lib", ""),
        "main" | "first" => (rel, ""),
        _ => match rel.strip_prefix("bin/") {
            Some(bin) => match bin.split_once('/') {
                Some((name, rest)) => (name, rest),
                None => (bin, ""),
            },
            None => ("lib", rel),
        },
    };
    let mut path: Vec<String> = rest
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if path.last().is_some_and(|s| s == "mod") {
        path.pop();
    }
    (krate.to_string(), path)
}

/// A use tree's leaves from `i`: each the path it names and the name it
/// brings in (`None` for a glob). Returns where the tree ends.
fn use_leaves(
    toks: &[Tok],
    mut i: usize,
    prefix: &[String],
    out: &mut Vec<(Vec<String>, Option<String>)>,
) -> usize {
    let mut path = prefix.to_vec();
    loop {
        match toks.get(i) {
            Some(Tok::Ident(w)) => {
                path.push(w.clone());
                i += 1;
                if toks.get(i) == Some(&Tok::Colons) {
                    i += 1;
                    continue;
                }
                if path.last().is_some_and(|s| s == "self") && path.len() > 1 {
                    path.pop();
                }
                let mut name = path.last().cloned();
                if toks.get(i) == Some(&Tok::Ident("as".into())) {
                    if let Some(Tok::Ident(alias)) = toks.get(i + 1) {
                        name = Some(alias.clone());
                    }
                    i += 2;
                }
                out.push((path, name));
                return i;
            }
            Some(Tok::Punct('*')) => {
                out.push((path, None));
                return i + 1;
            }
            Some(Tok::Punct('{')) => {
                i += 1;
                while !matches!(toks.get(i), Some(Tok::Punct('}')) | None) {
                    let next = use_leaves(toks, i, &path, out);
                    i = if next == i { i + 1 } else { next };
                    if toks.get(i) == Some(&Tok::Punct(',')) {
                        i += 1;
                    }
                }
                return i + 1;
            }
            _ => return i,
        }
    }
}

/// What one file says: the modules it holds inline, the names its `use`s
/// bring into each module, and every path it names, with the module that
/// names it.
#[derive(Default)]
struct Said {
    inline: Vec<Vec<String>>,
    names: BTreeMap<Vec<String>, BTreeMap<String, Vec<String>>>,
    paths: Vec<(Vec<String>, Vec<String>)>,
}

/// Reads the paths of a file whose module is `module`.
fn said_by(module: &[String], text: &str) -> Said {
    let toks = tokens(text);
    let mut said = Said::default();
    // What each open brace opened: `Some(name)` for `mod name {`.
    let mut braces: Vec<Option<String>> = Vec::new();
    let here = |braces: &[Option<String>]| -> Vec<String> {
        let mut m = module.to_vec();
        m.extend(braces.iter().flatten().cloned());
        m
    };
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            Tok::Punct('{') => {
                let inline = match (i.checked_sub(2).map(|k| &toks[k]), &toks[i - 1]) {
                    (Some(Tok::Ident(m)), Tok::Ident(name)) if m == "mod" => Some(name.clone()),
                    _ => None,
                };
                let opens_module = inline.is_some();
                braces.push(inline);
                if opens_module {
                    said.inline.push(here(&braces));
                }
                i += 1;
            }
            Tok::Punct('}') => {
                braces.pop();
                i += 1;
            }
            Tok::Ident(w) if w == "use" => {
                let mut leaves = Vec::new();
                i = use_leaves(&toks, i + 1, &[], &mut leaves).max(i + 1);
                let m = here(&braces);
                for (path, name) in leaves {
                    if let Some(name) = name {
                        said.names
                            .entry(m.clone())
                            .or_default()
                            .insert(name, path.clone());
                    }
                    said.paths.push((m.clone(), path));
                }
            }
            Tok::Ident(first)
                if toks.get(i + 1) == Some(&Tok::Colons)
                    && (i == 0 || toks[i - 1] != Tok::Colons) =>
            {
                let mut path = vec![first.clone()];
                i += 2;
                while let Some(Tok::Ident(w)) = toks.get(i) {
                    path.push(w.clone());
                    i += 1;
                    if toks.get(i) == Some(&Tok::Colons) {
                        i += 1;
                    } else {
                        break;
                    }
                }
                if path.len() > 1 {
                    said.paths.push((here(&braces), path));
                }
            }
            _ => i += 1,
        }
    }
    said
}

/// The crates of src/: every module (a file's or an inline one) with the
/// file that holds it, and what each file says.
struct Tree {
    holder: BTreeMap<ModPath, String>,
    said: BTreeMap<String, Said>,
}

impl Tree {
    fn new(files: &[(String, String)]) -> Tree {
        let mut holder = BTreeMap::new();
        let mut said = BTreeMap::new();
        for (file, text) in files {
            let (krate, module) = module_of(file);
            let s = said_by(&module, text);
            for inline in &s.inline {
                holder.insert((krate.clone(), inline.clone()), file.clone());
            }
            holder.insert((krate, module), file.clone());
            said.insert(file.clone(), s);
        }
        Tree { holder, said }
    }

    fn is_module(&self, krate: &str, m: &[String]) -> bool {
        self.holder.contains_key(&(krate.to_string(), m.to_vec()))
    }

    /// The name `name` brought into module `m` by a `use`, as written.
    fn used_name(&self, krate: &str, m: &[String], name: &str) -> Option<&Vec<String>> {
        let file = self.holder.get(&(krate.to_string(), m.to_vec()))?;
        self.said.get(file)?.names.get(m)?.get(name)
    }

    /// A path named in module `m` as a path from the crate's root, or None
    /// when it leaves the crate (std, another crate, a local name).
    fn absolute(
        &self,
        krate: &str,
        m: &[String],
        path: &[String],
        depth: u32,
    ) -> Option<Vec<String>> {
        let mut base = m.to_vec();
        let rest = match path.first()?.as_str() {
            "crate" => {
                base.clear();
                &path[1..]
            }
            "self" => &path[1..],
            "super" => {
                let ups = path.iter().take_while(|s| *s == "super").count();
                base.truncate(base.len().checked_sub(ups)?);
                &path[ups..]
            }
            first => {
                let mut child = base.clone();
                child.push(first.to_string());
                if self.is_module(krate, &child) {
                    path
                } else {
                    // A name a `use` brought in, here or in a module
                    // around this one in the same file (`use super::*`).
                    if depth > 8 {
                        return None;
                    }
                    let file = self.holder.get(&(krate.to_string(), m.to_vec()))?;
                    let mut around = m.to_vec();
                    loop {
                        if self.holder.get(&(krate.to_string(), around.clone())) != Some(file) {
                            return None;
                        }
                        if let Some(raw) = self.used_name(krate, &around, first) {
                            let mut abs = self.absolute(krate, &around, raw, depth + 1)?;
                            abs.extend(path[1..].iter().cloned());
                            return Some(abs);
                        }
                        around.pop()?;
                    }
                }
            }
        };
        base.extend(rest.iter().cloned());
        Some(base)
    }

    /// The file defining the item at a path from the crate's root: the
    /// deepest module on it, or, when the next name is one that module's
    /// `use`s bring in, where that name leads.
    fn file_of(&self, krate: &str, path: &[String], depth: u32) -> Option<String> {
        let mut module: Vec<String> = Vec::new();
        for (k, seg) in path.iter().enumerate() {
            module.push(seg.clone());
            if self.is_module(krate, &module) {
                continue;
            }
            module.pop();
            if depth < 8 {
                if let Some(raw) = self.used_name(krate, &module, seg) {
                    if let Some(mut abs) = self.absolute(krate, &module, raw, depth + 1) {
                        abs.extend(path[k + 1..].iter().cloned());
                        if let Some(file) = self.file_of(krate, &abs, depth + 1) {
                            return Some(file);
                        }
                    }
                }
            }
            break;
        }
        self.holder.get(&(krate.to_string(), module)).cloned()
    }

    /// The file import graph: for each file, the files its paths lead to,
    /// but for its own descendants (see the rule above).
    fn graph(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut graph = BTreeMap::new();
        for (file, s) in &self.said {
            let (krate, own) = module_of(file);
            let mut arrows = BTreeSet::new();
            for (m, path) in &s.paths {
                let Some(abs) = self.absolute(&krate, m, path, 0) else {
                    continue;
                };
                let Some(target) = self.file_of(&krate, &abs, 0) else {
                    continue;
                };
                let (_, target_module) = module_of(&target);
                let descendant = target_module.len() > own.len() && target_module.starts_with(&own);
                if target != *file && !descendant {
                    arrows.insert(target);
                }
            }
            graph.insert(file.clone(), arrows);
        }
        graph
    }
}

/// The circles of a graph: its strongly connected components of more than
/// one file, each sorted, found by Tarjan's algorithm.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        found: Vec<Vec<String>>,
    }
    impl<'g> Walk<'g> {
        fn visit(&mut self, v: &'g str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.graph.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found.sort();
    walk.found
}

/// One line per circle: its size, its files, and each file's arrows inside it.
fn circle_report(graph: &BTreeMap<String, BTreeSet<String>>) -> Result<(), String> {
    let found = circles(graph);
    if found.is_empty() {
        return Ok(());
    }
    let mut text = String::new();
    for c in &found {
        text.push_str(&format!("a circle of {} files:\n", c.len()));
        for f in c {
            let inside: Vec<&str> = graph[f]
                .iter()
                .filter(|t| c.contains(t))
                .map(String::as_str)
                .collect();
            text.push_str(&format!("  {f} → {}\n", inside.join(", ")));
        }
    }
    Err(text)
}

#[test]
fn no_import_circle_in_src() {
    let graph = Tree::new(&sources()).graph();
    if let Err(text) = circle_report(&graph) {
        panic!("files of src/ that import each other, round a circle:\n{text}");
    }
}

// ---------------------------------------------------------------------------
// The layers, on the same graph.
// ---------------------------------------------------------------------------

/// The layers of a map: each module's number, from the lines of its
/// "## Layers" section that read `N. **Name**: `a`, `b`, …` (a name with a
/// `/`, such as `bin/luoshi`, is a place, not a module of the library).
fn layers_in(text: &str) -> BTreeMap<String, u32> {
    let section = text
        .split("## Layers")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("ARCHITECTURE.md has a Layers section");
    let mut out = BTreeMap::new();
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
                    out.insert(name.to_string(), n);
                }
            }
        }
    }
    out
}

/// The library's top module a file belongs to (`src/engine/ledger.rs` is in
/// `engine`); None for the crate roots and the binaries.
fn top_module(file: &str) -> Option<String> {
    let (krate, module) = module_of(file);
    (krate == "lib").then(|| module.first().cloned()).flatten()
}

/// Every arrow of the graph that goes up the layers, and every module the
/// layers do not list, in words.
fn against_the_layers(
    graph: &BTreeMap<String, BTreeSet<String>>,
    layers: &BTreeMap<String, u32>,
) -> Result<(), String> {
    let mut wrong = Vec::new();
    let mut unmapped = BTreeSet::new();
    for (from, tos) in graph {
        let Some(own) = top_module(from) else {
            continue;
        };
        let Some(&own_layer) = layers.get(&own) else {
            unmapped.insert(own);
            continue;
        };
        for to in tos {
            let Some(used) = top_module(to) else {
                continue;
            };
            match layers.get(&used) {
                Some(&l) if l > own_layer => wrong.push(format!(
                    "{from} (layer {own_layer}) imports {to} (layer {l})"
                )),
                Some(_) => {}
                None => {
                    unmapped.insert(used);
                }
            }
        }
    }
    if !unmapped.is_empty() {
        wrong.push(format!(
            "modules missing from the map's layers: {unmapped:?}"
        ));
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong.join("\n"))
    }
}

/// The graph of the library's top modules: `a → b` when a file of `a`
/// imports a file of `b`.
fn module_graph(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, tos) in graph {
        let Some(a) = top_module(from) else {
            continue;
        };
        let arrows = out.entry(format!("src/{a}")).or_default();
        for b in tos.iter().filter_map(|t| top_module(t)) {
            if b != a {
                arrows.insert(format!("src/{b}"));
            }
        }
    }
    out
}

#[test]
fn no_module_imports_from_a_higher_layer() {
    let graph = Tree::new(&sources()).graph();
    if let Err(text) = against_the_layers(&graph, &layers_in(&map())) {
        panic!("imports against ARCHITECTURE.md's layers:\n{text}");
    }
}

/// Within a layer too, modules do not import each other: the order of the
/// layers is one a newcomer can read the code in, module by module.
#[test]
fn no_two_modules_import_each_other() {
    let modules = module_graph(&Tree::new(&sources()).graph());
    if let Err(text) = circle_report(&modules) {
        panic!("modules of src/ that import each other, round a circle:\n{text}");
    }
}

// ---------------------------------------------------------------------------
// The checker itself, on small trees.
// ---------------------------------------------------------------------------

fn tree(files: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
    let files: Vec<(String, String)> = files
        .iter()
        .map(|(f, t)| (f.to_string(), t.to_string()))
        .collect();
    Tree::new(&files).graph()
}

fn set(files: &[&str]) -> BTreeSet<String> {
    files.iter().map(|f| f.to_string()).collect()
}

#[test]
fn two_files_importing_each_other_are_a_circle_named_with_its_files() {
    let graph = tree(&[
        ("src/lib.rs", "pub mod a; pub mod b; pub mod c;"),
        ("src/a.rs", "use crate::b::B;\npub struct A(B);"),
        (
            "src/b.rs",
            "pub struct B;\nfn f() -> Option<crate::a::A> { None }",
        ),
        ("src/c.rs", "use crate::a::A;"),
    ]);
    assert_eq!(circles(&graph), vec![vec!["src/a.rs", "src/b.rs"]]);
    let text = circle_report(&graph).expect_err("a circle fails the check");
    assert!(text.contains("a circle of 2 files"), "{text}");
    assert!(text.contains("src/a.rs → src/b.rs") && text.contains("src/b.rs → src/a.rs"));
    assert!(!text.contains("src/c.rs"), "{text}");
}

#[test]
fn a_tree_without_a_circle_passes() {
    let graph = tree(&[
        ("src/lib.rs", "pub mod a; pub mod b;"),
        ("src/a.rs", "use crate::b::B;"),
        ("src/b.rs", "pub struct B;"),
    ]);
    assert_eq!(graph["src/a.rs"], set(&["src/b.rs"]));
    assert_eq!(circle_report(&graph), Ok(()));
}

#[test]
fn a_child_naming_its_parent_counts_but_the_parent_owning_it_does_not() {
    let graph = tree(&[
        ("src/lib.rs", "pub mod p; pub mod q;"),
        (
            "src/p.rs",
            "mod x;\npub struct T;\nfn f() { x::go(); self::x::go(); crate::p::x::go(); }",
        ),
        ("src/p/x.rs", "use super::T;\npub fn go() {}"),
        ("src/q.rs", "pub struct Q;"),
    ]);
    assert_eq!(graph["src/p/x.rs"], set(&["src/p.rs"]));
    assert!(graph["src/p.rs"].is_empty());
    assert_eq!(circle_report(&graph), Ok(()));
    // Through a cousin, the child's arrow to its parent closes a circle.
    let graph = tree(&[
        ("src/lib.rs", "pub mod p; pub mod q;"),
        ("src/p.rs", "mod x;\npub struct T;\nfn f() { crate::q::Q; }"),
        ("src/p/x.rs", "use super::T;\npub fn go() {}"),
        ("src/q.rs", "pub struct Q;\nfn g() { crate::p::x::go() }"),
    ]);
    assert_eq!(
        circles(&graph),
        vec![vec!["src/p.rs", "src/p/x.rs", "src/q.rs"]]
    );
}

#[test]
fn paths_are_followed_to_the_file_that_defines_the_item() {
    let graph = tree(&[
        ("src/lib.rs", "pub mod r; pub mod s; pub mod t;"),
        ("src/r/mod.rs", "mod inner;\npub use inner::Thing;\npub use self::inner as alias;"),
        ("src/r/inner.rs", "pub struct Thing;"),
        ("src/s.rs", "use crate::r::{self, Thing};\nfn f(_: r::alias::Thing) {}"),
        (
            "src/t.rs",
            "// use crate::s::X;\n/* crate::s::Y */\nconst A: &str = \"crate::s::Z\";\nconst C: char = '\"';\nfn f<'a>(x: &'a str) -> &'a str { x }\n#[cfg(test)]\nmod tests {\n    use super::super::r::Thing;\n}",
        ),
    ]);
    assert_eq!(graph["src/s.rs"], set(&["src/r/inner.rs", "src/r/mod.rs"]));
    // Comments and strings are not code; a test module's `super` is its file.
    assert_eq!(graph["src/t.rs"], set(&["src/r/inner.rs"]));
}

#[test]
fn an_arrow_up_the_layers_fails_and_is_named() {
    let layers =
        layers_in("## Layers\n\n1. **Low**: `low`.\n2. **High**: `high`,\n   `top`.\n\n## Next\n");
    assert_eq!(layers.get("top"), Some(&2));
    let graph = tree(&[
        ("src/lib.rs", "pub mod low; pub mod high; pub mod top;"),
        ("src/low.rs", "use crate::high::H;"),
        ("src/high.rs", "pub struct H;\nuse crate::low;"),
        ("src/top.rs", "use crate::high::H;"),
    ]);
    let text = against_the_layers(&graph, &layers).expect_err("low imports high");
    assert_eq!(text, "src/low.rs (layer 1) imports src/high.rs (layer 2)");
}

/// The variants of `TargetKind`, read from its definition in src/plan.rs.
fn kind_variants() -> Vec<String> {
    let text = fs::read_to_string(root().join("src/plan.rs")).expect("src/plan.rs is readable");
    let body = text
        .split("pub enum TargetKind {")
        .nth(1)
        .expect("src/plan.rs defines TargetKind");
    let body = &body[..body.find("\n}").expect("TargetKind's body ends")];
    body.lines()
        .filter_map(|l| {
            let name = l.strip_prefix("    ")?;
            let name = name.split([' ', '{', ',', '(']).next()?;
            (name.chars().next()?.is_ascii_uppercase()).then(|| name.to_string())
        })
        .collect()
}

/// Whether `text` names `word` as a whole word (not `CountGoal` for `Count`).
fn names(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let after = text[i + word.len()..].chars().next();
        !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// A kind lives in one place: its variant is named in at most eight files
/// of src/ (the plan's definition and list, the kind's own module, the
/// engine's evaluation, the format's conversion, the intake's one file of
/// kinds, and the two switches of its words), so that a new kind is a
/// module and a line in a list, and the compiler names the few others.
#[test]
fn each_kind_is_named_in_at_most_eight_files() {
    let variants = kind_variants();
    assert_eq!(
        variants.len(),
        8,
        "TargetKind's variants as read: {variants:?}"
    );
    let files = sources();
    let mut over = Vec::new();
    for v in &variants {
        let path = format!("TargetKind::{v}");
        let naming: Vec<&str> = files
            .iter()
            .filter(|(_, text)| names(text, &path))
            .map(|(f, _)| f.as_str())
            .collect();
        if naming.len() > 8 {
            over.push(format!(
                "{v}: {} files: {}",
                naming.len(),
                naming.join(", ")
            ));
        }
    }
    assert!(
        over.is_empty(),
        "a kind named in more than 8 files:\n{}",
        over.join("\n")
    );
}

#[test]
fn a_variant_is_named_as_a_whole_word() {
    assert!(names("x TargetKind::Count { target }", "TargetKind::Count"));
    assert!(!names("x TargetKind::CountGoal", "TargetKind::Count"));
    assert!(names("TargetKind::Ratio", "TargetKind::Ratio"));
}
