//! Packages on the command line: reading a package's document wherever a
//! JSON document is read, and `luoshi unpack`.

use std::collections::BTreeSet;
use std::path::Path;

use luoshi::evidence::safe_name;
use luoshi::package;
use luoshi::plan::Document;

use super::{cannot_read, cannot_write, file_failure, lang, say, warn, words, Failure};

fn read(path: &Path, bytes: &[u8]) -> Result<package::Unpacked, Failure> {
    let name = path.display();
    let unpacked = package::read(bytes).map_err(|e| file_failure(&name, &e.message(lang())))?;
    for d in &unpacked.damaged {
        warn(&format!("{name}{}{}", words().colon, d.message(lang())));
    }
    Ok(unpacked)
}

/// The document of a package, every file's hash checked on the way.
pub(crate) fn document(path: &Path, bytes: &[u8]) -> Result<Document, Failure> {
    read(path, bytes).map(|u| u.document.document)
}

/// Writes `out/luoshi.json` and each checked file as `out/files/<name>`.
pub(crate) fn unpack(path: &Path, out: &Path) -> Result<(), Failure> {
    let name = path.display();
    let bytes = std::fs::read(path).map_err(|e| cannot_read(&name, &e))?;
    let unpacked = read(path, &bytes)?;
    let files_dir = out.join("files");
    let cannot_create = |target: &Path, e: &std::io::Error| {
        Failure::File(say(
            words().cannot_create,
            &[
                ("name", &target.display().to_string()),
                ("why", &super::io_why(e)),
            ],
        ))
    };
    std::fs::create_dir_all(&files_dir).map_err(|e| cannot_create(&files_dir, &e))?;
    let write_new = |target: &Path, data: &[u8]| -> Result<(), Failure> {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(target)
            .map_err(|e| cannot_create(target, &e))?;
        f.write_all(data)
            .map_err(|e| cannot_write(&target.display(), &e))
    };
    let text =
        luoshi::format::encode_pretty(&unpacked.document.document, unpacked.document.exported_at);
    write_new(&out.join(package::DOCUMENT_ENTRY), text.as_bytes())?;
    let mut used = BTreeSet::new();
    for f in &unpacked.files {
        let mut file_name = safe_name(&f.name);
        if !used.insert(file_name.clone()) {
            file_name = format!("{}-{file_name}", &f.sha256[..12]);
            used.insert(file_name.clone());
        }
        write_new(&files_dir.join(&file_name), &f.bytes)?;
    }
    eprintln!(
        "luoshi{}{}",
        words().colon,
        say(
            words().unpacked,
            &[
                ("name", &name.to_string()),
                ("files", &unpacked.files.len().to_string()),
                ("dir", &out.display().to_string()),
                ("damaged", &unpacked.damaged.len().to_string()),
                ("not_carried", &unpacked.not_carried.len().to_string()),
            ],
        )
    );
    Ok(())
}
