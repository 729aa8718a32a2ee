//! Packages on the command line: reading a package's document wherever a
//! JSON document is read, and `luoshi unpack`.

use std::collections::BTreeSet;
use std::path::Path;

use luoshi::evidence::safe_name;
use luoshi::package;
use luoshi::plan::Document;

use super::Failure;

fn read(path: &Path, bytes: &[u8]) -> Result<package::Unpacked, Failure> {
    let name = path.display();
    let unpacked = package::read(bytes)
        .map_err(|e| Failure::File(format!("{name}: {e} ({zh})", zh = e.message_zh())))?;
    for d in &unpacked.damaged {
        eprintln!(
            "luoshi: warning: {name}: {} ({})",
            d.message_en(),
            d.message_zh()
        );
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
    let bytes =
        std::fs::read(path).map_err(|e| Failure::File(format!("{name}: cannot read: {e}")))?;
    let unpacked = read(path, &bytes)?;
    let files_dir = out.join("files");
    std::fs::create_dir_all(&files_dir)
        .map_err(|e| Failure::File(format!("{}: cannot create: {e}", files_dir.display())))?;
    let write_new = |target: &Path, data: &[u8]| -> Result<(), Failure> {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(target)
            .map_err(|e| Failure::File(format!("{}: cannot create: {e}", target.display())))?;
        f.write_all(data)
            .map_err(|e| Failure::File(format!("{}: cannot write: {e}", target.display())))
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
        "luoshi: {name}: wrote the document and {} files to {} ({} damaged, {} named but not carried)",
        unpacked.files.len(),
        out.display(),
        unpacked.damaged.len(),
        unpacked.not_carried.len()
    );
    Ok(())
}
