//! Evidence and packages, natively, on real files: the JPEG, PNG and PDF in
//! tests/fixtures/evidence/ were written by Pillow (the committed make.py
//! says how). Every bad input the issue names is crafted here with the zip
//! crate: a wrong hash, a `../` entry, a zip bomb that says so and one that
//! lies about its size, missing and unlisted files.

use std::collections::BTreeMap;
use std::io::{Cursor, Write};
use std::path::PathBuf;

use chrono::NaiveDate;
use luoshi::evidence::{self, sha256_hex};
use luoshi::package::{self, PackageError};
use luoshi::plan::{Document, Evidence, FileRef, Stamp};
use luoshi::seed;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

fn fixture(name: &str) -> Vec<u8> {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "fixtures",
        "evidence",
        name,
    ]
    .iter()
    .collect();
    std::fs::read(path).expect("fixture exists")
}

fn stamp() -> Stamp {
    "2026-06-30T09:00:00+08:00".parse().unwrap()
}

fn file(name: &str, mime: &str, bytes: &[u8]) -> Evidence {
    Evidence {
        name: name.to_string(),
        file: Some(FileRef {
            sha256: sha256_hex(bytes),
            mime: mime.to_string(),
            size: bytes.len() as u64,
        }),
        added_at: stamp(),
    }
}

struct Material {
    pdf: Vec<u8>,
    jpg: Vec<u8>,
    png: Vec<u8>,
}

fn material() -> Material {
    let m = Material {
        pdf: fixture("会议纪要.pdf"),
        jpg: fixture("培训现场.jpg"),
        png: fixture("签到表.png"),
    };
    assert!(m.pdf.starts_with(b"%PDF-"));
    assert!(m.jpg.starts_with(&[0xFF, 0xD8, 0xFF]));
    assert!(m.png.starts_with(b"\x89PNG\r\n\x1a\n"));
    m
}

/// The example ledger with evidence on three activities and one reading:
/// the PDF named by two records under two names, a reference kept elsewhere.
fn document(m: &Material) -> Document {
    let mut doc = seed::example_document(2026, NaiveDate::from_ymd_opt(2026, 6, 30).unwrap());
    doc.activities[0].evidence = vec![
        file("会议纪要.pdf", "application/pdf", &m.pdf),
        file("培训现场.jpg", "image/jpeg", &m.jpg),
    ];
    doc.activities[1].evidence = vec![
        file("签到表.png", "image/png", &m.png),
        file("纪要（复印件）.pdf", "application/pdf", &m.pdf),
    ];
    doc.activities[2].evidence = vec![Evidence {
        name: "市府办发〔2026〕12号".to_string(),
        file: None,
        added_at: stamp(),
    }];
    doc.readings[0].evidence = vec![file("签到表.png", "image/png", &m.png)];
    doc
}

fn stored(m: &Material) -> BTreeMap<String, Vec<u8>> {
    [&m.pdf, &m.jpg, &m.png]
        .into_iter()
        .map(|b| (sha256_hex(b), b.clone()))
        .collect()
}

#[test]
fn hashes_match_a_known_value() {
    // SHA-256("abc") from FIPS 180-2, appendix B.1.
    assert_eq!(
        sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn names_each_file_once_and_finds_the_unnamed() {
    let m = material();
    let doc = document(&m);
    let named = evidence::named_files(&doc);
    assert_eq!(named.len(), 3);
    let pdf = &named[&sha256_hex(&m.pdf)];
    assert_eq!(pdf.records, 2);
    assert_eq!(pdf.name, "会议纪要.pdf");
    assert_eq!(
        evidence::named_bytes(&doc),
        (m.pdf.len() + m.jpg.len() + m.png.len()) as u64
    );

    // The JPEG removed from its record: unnamed, unless the undo stack's
    // document still names it.
    let mut after = doc.clone();
    after.activities[0].evidence.truncate(1);
    let stored = stored(&m);
    let keys: Vec<&str> = stored.keys().map(String::as_str).collect();
    assert_eq!(
        evidence::unnamed(&after, [], keys.iter().copied()),
        vec![sha256_hex(&m.jpg)]
    );
    assert!(evidence::unnamed(&after, [&doc], keys.iter().copied()).is_empty());
}

#[test]
fn safe_names_never_leave_the_folder() {
    assert_eq!(evidence::safe_name("../../etc/passwd"), "_.._etc_passwd");
    assert_eq!(evidence::safe_name("C:\\a\\b.pdf"), "C__a_b.pdf");
    assert_eq!(evidence::safe_name(" .. "), "file");
    assert_eq!(evidence::safe_name("会议纪要.pdf"), "会议纪要.pdf");
}

#[test]
fn a_package_round_trips_byte_exact() {
    let m = material();
    let doc = document(&m);
    let written = package::write(&doc, Some(stamp()), &stored(&m)).unwrap();
    assert_eq!(written.files, 3);
    assert!(written.missing.is_empty() && written.damaged.is_empty());
    // The same inputs give the same bytes.
    let again = package::write(&doc, Some(stamp()), &stored(&m)).unwrap();
    assert_eq!(written.bytes, again.bytes);

    let read = package::read(&written.bytes).unwrap();
    assert!(read.damaged.is_empty(), "{:?}", read.damaged);
    assert!(read.not_carried.is_empty());
    assert_eq!(read.document.document, doc);
    let by_hash: BTreeMap<&str, &[u8]> = read
        .files
        .iter()
        .map(|f| (f.sha256.as_str(), f.bytes.as_slice()))
        .collect();
    for bytes in [&m.pdf, &m.jpg, &m.png] {
        assert_eq!(by_hash[sha256_hex(bytes).as_str()], bytes.as_slice());
    }

    // What is inside, as any unzipper sees it.
    let mut archive = zip::ZipArchive::new(Cursor::new(&written.bytes)).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .map(|n| n.unwrap().to_string())
        .collect();
    assert!(names.contains(&"luoshi.json".to_string()));
    assert!(names.contains(&"manifest.json".to_string()));
    let pdf_entry = format!("files/{}-会议纪要.pdf", sha256_hex(&m.pdf));
    assert!(names.contains(&pdf_entry), "{names:?}");
    let entry = archive.by_name(&pdf_entry).unwrap();
    assert_eq!(entry.compression(), CompressionMethod::Stored);
}

#[test]
fn files_not_stored_are_left_out_and_named() {
    let m = material();
    let doc = document(&m);
    let mut some = stored(&m);
    some.remove(&sha256_hex(&m.jpg));
    // A stored copy that no longer matches its hash is left out too.
    some.insert(sha256_hex(&m.png), b"not the png".to_vec());
    let written = package::write(&doc, None, &some).unwrap();
    assert_eq!(written.files, 1);
    assert_eq!(written.missing.len(), 1);
    assert_eq!(written.missing[0].name, "培训现场.jpg");
    assert_eq!(written.damaged.len(), 1);
    let read = package::read(&written.bytes).unwrap();
    assert_eq!(read.files.len(), 1);
    assert_eq!(read.not_carried.len(), 2);
}

/// A zip of `entries` (name, bytes, method) written by the zip crate.
fn craft(entries: &[(&str, &[u8], CompressionMethod)]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes, method) in entries {
        let opts = SimpleFileOptions::default().compression_method(*method);
        zip.start_file(*name, opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// The entries of a good package, to alter one at a time.
fn good_entries(m: &Material) -> Vec<(String, Vec<u8>)> {
    let doc = document(m);
    let written = package::write(&doc, None, &stored(m)).unwrap();
    let mut archive = zip::ZipArchive::new(Cursor::new(written.bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut bytes).unwrap();
            (name, bytes)
        })
        .collect()
}

fn rezip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let list: Vec<(&str, &[u8], CompressionMethod)> = entries
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice(), CompressionMethod::Deflated))
        .collect();
    craft(&list)
}

#[test]
fn a_file_with_a_wrong_hash_is_named_and_skipped() {
    let m = material();
    let mut entries = good_entries(&m);
    let jpg_hash = sha256_hex(&m.jpg);
    let jpg = entries
        .iter_mut()
        .find(|(n, _)| n.contains(&jpg_hash))
        .unwrap();
    // Same size, one byte changed: only the hash can tell.
    let last = jpg.1.len() - 3;
    jpg.1[last] ^= 0x55;
    let read = package::read(&rezip(&entries)).unwrap();
    assert_eq!(read.files.len(), 2, "the others are imported");
    assert_eq!(read.damaged.len(), 1);
    let d = &read.damaged[0];
    assert_eq!(d.name, "培训现场.jpg");
    assert!(matches!(d.problem, package::Problem::WrongHash { .. }));
    assert!(d.message_zh().contains("培训现场.jpg") && d.message_zh().contains("哈希"));
    assert!(d.message_en().contains("does not match its hash"));
    assert_eq!(read.not_carried.len(), 1);
}

#[test]
fn a_byte_flipped_inside_the_zip_is_named_and_the_rest_imported() {
    let m = material();
    let doc = document(&m);
    let mut bytes = package::write(&doc, None, &stored(&m)).unwrap().bytes;
    // The PDF is stored as is: flip a byte in the middle of its content.
    let at = bytes
        .windows(m.pdf.len())
        .position(|w| w == m.pdf.as_slice())
        .expect("the PDF is stored uncompressed");
    bytes[at + m.pdf.len() / 2] ^= 0xFF;
    let read = package::read(&bytes).unwrap();
    assert_eq!(read.files.len(), 2);
    assert_eq!(read.damaged.len(), 1);
    assert_eq!(read.damaged[0].name, "会议纪要.pdf");
}

#[test]
fn missing_and_unlisted_files_are_named() {
    let m = material();
    let mut entries = good_entries(&m);
    let png_hash = sha256_hex(&m.png);
    entries.retain(|(n, _)| !n.contains(&png_hash));
    entries.push(("files/extra.bin".to_string(), b"extra".to_vec()));
    let read = package::read(&rezip(&entries)).unwrap();
    assert_eq!(read.files.len(), 2);
    let problems: Vec<String> = read.damaged.iter().map(|d| d.message_en()).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("签到表.png") && problems[0].contains("does not hold it"));
    assert!(problems[1].contains("files/extra.bin") && problems[1].contains("does not list it"));
}

#[test]
fn paths_that_climb_out_refuse_the_package() {
    let m = material();
    for bad in [
        "../evil.txt",
        "files/../../evil.txt",
        "/etc/evil",
        "files\\evil.txt",
        "C:/evil",
    ] {
        let mut entries = good_entries(&m);
        entries.push((bad.to_string(), b"x".to_vec()));
        let err = package::read(&rezip(&entries)).unwrap_err();
        assert_eq!(
            err,
            PackageError::UnsafePath {
                entry: bad.to_string()
            },
            "{bad}"
        );
        assert!(err.message_zh().contains("数据包之外"));
    }
}

#[test]
fn a_zip_bomb_that_says_so_is_refused_before_unzipping() {
    let m = material();
    let mut entries = good_entries(&m);
    entries.push(("files/zeros.bin".to_string(), vec![0u8; 50 << 20]));
    let err = package::read(&rezip(&entries)).unwrap_err();
    match &err {
        PackageError::Ratio { entry, size, .. } => {
            assert_eq!(entry, "files/zeros.bin");
            assert_eq!(*size, 50 << 20);
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("zip bomb"));
    assert!(err.message_zh().contains("压缩炸弹"));
}

/// Sets the uncompressed size `entry` declares, in its local header and in
/// the central directory, to `size`.
fn lie_about_size(zip: &mut [u8], entry: &str, size: u32) {
    let name = entry.as_bytes();
    let mut patched = 0;
    let mut i = 0;
    while i + 46 < zip.len() {
        let sig = u32::from_le_bytes([zip[i], zip[i + 1], zip[i + 2], zip[i + 3]]);
        let (name_at, size_at) = match sig {
            0x0403_4b50 => (i + 30, i + 22),
            0x0201_4b50 => (i + 46, i + 24),
            _ => {
                i += 1;
                continue;
            }
        };
        if zip.get(name_at..name_at + name.len()) == Some(name) {
            zip[size_at..size_at + 4].copy_from_slice(&size.to_le_bytes());
            patched += 1;
        }
        i += 1;
    }
    assert_eq!(patched, 2, "local header and central directory");
}

#[test]
fn a_zip_bomb_that_lies_about_its_size_is_bounded_while_read() {
    let m = material();
    let doc = document(&m);
    let hash = sha256_hex(&m.png);
    let path = package::file_entry(&hash, "签到表.png");
    let manifest = serde_json::json!({
        "format": "luoshi-package", "version": 1, "document": "luoshi.json",
        "files": [{"path": path, "sha256": hash, "size": 100, "name": "签到表.png", "mime": "image/png"}]
    })
    .to_string();
    let doc_json = luoshi::format::encode_pretty(&doc, None);
    // 20 MB of zeros that declare 100 bytes: under every ratio check.
    let zeros = vec![0u8; 20 << 20];
    let mut bytes = craft(&[
        (
            "luoshi.json",
            doc_json.as_bytes(),
            CompressionMethod::Deflated,
        ),
        (
            "manifest.json",
            manifest.as_bytes(),
            CompressionMethod::Deflated,
        ),
        (&path, &zeros, CompressionMethod::Deflated),
    ]);
    lie_about_size(&mut bytes, &path, 100);
    // Either our bound (never more than the declared size + 1 is taken) or
    // the unzipper's own check stops it: either way a zip bomb, refused.
    let err = package::read(&bytes).unwrap_err();
    assert_eq!(
        err,
        PackageError::LargerThanDeclared {
            entry: path.clone(),
            limit: 100
        }
    );
    assert!(
        err.message_zh().contains("疑似压缩炸弹"),
        "{}",
        err.message_zh()
    );
    assert!(err.to_string().contains("zip bomb"), "{err}");
}

#[test]
fn each_kind_of_bad_package_has_its_own_message() {
    let m = material();
    let entries = good_entries(&m);
    let without = |name: &str| -> Vec<(String, Vec<u8>)> {
        entries.iter().filter(|(n, _)| n != name).cloned().collect()
    };
    let cases: Vec<(Vec<u8>, PackageError)> = vec![
        (
            b"{\"format\":\"luoshi\"}".to_vec(),
            PackageError::NotZip(luoshi::unzip::ZipFault::NotZip),
        ),
        (rezip(&without("luoshi.json")), PackageError::NoDocument),
        (rezip(&without("manifest.json")), PackageError::NoManifest),
    ];
    for (bytes, want) in cases {
        let got = package::read(&bytes).unwrap_err();
        assert_eq!(
            std::mem::discriminant(&got),
            std::mem::discriminant(&want),
            "{got:?}"
        );
        assert_ne!(got.to_string(), got.message_zh());
    }
    let mut bad_doc = without("luoshi.json");
    bad_doc.push(("luoshi.json".to_string(), b"{\"format\": 7}".to_vec()));
    assert!(matches!(
        package::read(&rezip(&bad_doc)),
        Err(PackageError::Document(_))
    ));
    let mut bad_manifest = without("manifest.json");
    bad_manifest.push((
        "manifest.json".to_string(),
        br#"{"format":"luoshi-package","version":1,"files":[{"path":"files/x","sha256":"nothex","size":1,"name":"x","mime":""}]}"#.to_vec(),
    ));
    let err = package::read(&rezip(&bad_manifest)).unwrap_err();
    assert!(err.to_string().contains("files[0].sha256"), "{err}");
    let mut dup = entries.clone();
    dup.push(("files/".to_string(), Vec::new()));
    // A folder entry is fine.
    assert!(package::read(&rezip(&dup)).is_ok());
}

#[test]
fn too_many_entries_are_refused() {
    let names: Vec<String> = (0..=package::MAX_ENTRIES)
        .map(|i| format!("d{i}/"))
        .collect();
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for n in &names {
        zip.add_directory(n.as_str(), SimpleFileOptions::default())
            .unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    assert_eq!(
        package::read(&bytes).unwrap_err(),
        PackageError::TooManyEntries {
            count: package::MAX_ENTRIES + 1
        }
    );
}

#[test]
fn the_report_lists_the_evidence_as_an_annex() {
    let m = material();
    let doc = document(&m);
    let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let progress = luoshi::engine::evaluate(&doc, as_of);
    let opts = luoshi::report::ReportOptions::default();
    let report = luoshi::report::build(&doc, &progress, &opts);
    let annex = report
        .parts
        .iter()
        .find(|p| p.heading == "附件：佐证材料清单")
        .expect("an annex");
    let text: String = annex.paragraphs.iter().map(|p| p.full_text()).collect();
    let a0 = &doc.activities[0];
    let when = format!(
        "{}年{}月{}日 会议纪要.pdf",
        chrono::Datelike::year(&a0.date),
        chrono::Datelike::month(&a0.date),
        chrono::Datelike::day(&a0.date)
    );
    assert!(text.contains(&when), "{text}");
    assert!(text.contains("培训现场.jpg"));
    assert!(text.contains("市府办发〔2026〕12号（原件另存）"));
    let title = &doc.plan.target(&a0.targets[0]).unwrap().title;
    assert!(text.contains(title.as_str()));

    let md = luoshi::report::render_markdown_report(&report);
    assert!(md.contains("## 附件：佐证材料清单"));
    assert_eq!(luoshi::report::parse_markdown(&md), report);
    let html = luoshi::report::html::render_html(&report);
    assert!(html.contains("<h2>附件：佐证材料清单</h2>") && html.contains("签到表.png"));
    let xml = luoshi::report::docx::document_xml(&report);
    assert!(xml.contains("附件：佐证材料清单") && xml.contains("纪要（复印件）.pdf"));

    // Without evidence, no annex.
    let plain = seed::example_document(2026, as_of);
    let report = luoshi::report::build(&plain, &progress, &opts);
    assert!(report.parts.iter().all(|p| !p.heading.starts_with("附件")));
}

#[test]
fn the_workbook_names_each_activitys_evidence() {
    let m = material();
    let doc = document(&m);
    let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let progress = luoshi::engine::evaluate(&doc, as_of);
    let bytes = luoshi::xlsx::write_workbook(&doc, &progress, luoshi::i18n::Lang::Zh).unwrap();
    use calamine::Reader;
    let mut book = calamine::Xlsx::new(Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("台账").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[1][8], "佐证材料");
    let cells: Vec<&str> = rows.iter().map(|r| r[8].as_str()).collect();
    assert!(
        cells.contains(&"签到表.png; 纪要（复印件）.pdf"),
        "{cells:?}"
    );
    assert!(cells.contains(&"会议纪要.pdf; 培训现场.jpg"));
    assert!(cells.contains(&"市府办发〔2026〕12号"));
}

fn zip_fixture(name: &str) -> Vec<u8> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "zip", name]
        .iter()
        .collect();
    std::fs::read(path).expect("fixture exists")
}

/// The packages of tests/fixtures/zip/, written by Python's zipfile
/// (make.py there says how each was damaged), each refused with its own
/// message, the entry named, and no sentence of the unzipper's.
#[test]
fn packages_written_by_pythons_zipfile_are_refused_in_luoshis_words() {
    use luoshi::unzip::ZipFault;
    let dup_file =
        "files/0edd9aa5291a50877d741106648cf50bfd37e0198dbb9951d094cfc49df35d50-名单.txt";
    let bomb = "files/cd00e292c5970d3c5e2f0ffa5171e555bc46bfc4faddfb4a418b6840b86e79a3-zeros.bin";
    let cases: Vec<(&str, PackageError, &str)> = vec![
        (
            "duplicate.zip",
            PackageError::DuplicateEntry {
                entry: dup_file.into(),
            },
            "两个同名条目",
        ),
        (
            "duplicate-document.zip",
            PackageError::DuplicateEntry {
                entry: "luoshi.json".into(),
            },
            "两个同名条目“luoshi.json”",
        ),
        (
            "truncated.zip",
            PackageError::NotZip(ZipFault::NoDirectory),
            "被截断",
        ),
        (
            "bomb.zip",
            PackageError::LargerThanDeclared {
                entry: bomb.into(),
                limit: 100,
            },
            "疑似压缩炸弹",
        ),
        (
            "crc.zip",
            PackageError::Unreadable {
                entry: "luoshi.json".into(),
                fault: ZipFault::Checksum,
            },
            "校验值",
        ),
        (
            "bzip2.zip",
            PackageError::Unreadable {
                entry: "luoshi.json".into(),
                fault: ZipFault::Method(12),
            },
            "编号 12",
        ),
    ];
    for (name, want, words) in cases {
        let got = package::read(&zip_fixture(name)).unwrap_err();
        assert_eq!(got, want, "{name}");
        let zh = got.message_zh();
        assert!(zh.contains(words), "{name}: {zh}");
        for library in [
            "EOCD",
            "declared uncompressed",
            "Invalid checksum",
            "Zip archive",
        ] {
            assert!(!zh.contains(library), "{name}: {zh}");
            assert!(!got.to_string().contains(library), "{name}: {got}");
        }
    }
}
