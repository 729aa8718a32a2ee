//! Room in the browser's storage, judged before an import changes anything,
//! and a failed save that lost nothing.

use chrono::NaiveDate;
use luoshi::command::Command;
use luoshi::plan::Stamp;
use luoshi::seed::example_document;
use luoshi::space::{nothing_unsaved, room, Room, Space};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).expect("date")
}

fn space() -> Space {
    // 10 MiB, 9.5 MiB used: the document 4 MiB, three snapshots of 1 MiB.
    const MIB: u64 = 1024 * 1024;
    Space {
        budget: 10 * MIB,
        used: 19 * MIB / 2,
        document: 4 * MIB,
        snapshots: vec![(day(1), MIB), (day(2), MIB), (day(3), MIB)],
    }
}

#[test]
fn a_document_fits_in_the_free_room_and_the_place_of_the_old_one() {
    const MIB: u64 = 1024 * 1024;
    assert_eq!(room(&space(), 4 * MIB + MIB / 2), Room::Fits);
    assert_eq!(
        room(&space(), 5 * MIB + MIB / 2),
        Room::DroppingSnapshots(vec![day(1)])
    );
    assert_eq!(
        room(&space(), 7 * MIB),
        Room::DroppingSnapshots(vec![day(1), day(2), day(3)])
    );
    assert_eq!(
        room(&space(), 8 * MIB),
        Room::DoesNotFit {
            need: 8 * MIB,
            room: 7 * MIB + MIB / 2
        }
    );
}

#[test]
fn an_add_undone_before_it_could_be_saved_leaves_nothing_unsaved() {
    let stored = example_document(2026, day(1));
    let mut memory = stored.clone();
    let mut added = stored.activities[0].clone();
    added.id = "a-unsaved".into();
    added.title = "存储已满时登记的活动".into();
    let at: Stamp = chrono::DateTime::parse_from_rfc3339("2026-12-02T09:00:00+08:00").expect("t");
    added.updated_at = at;
    let undo = memory.apply(Command::AddActivity(added)).expect("added");
    assert!(!nothing_unsaved(&stored, &memory), "the add is unsaved");
    memory.apply(undo.stamped(at)).expect("undone");
    // Only the tombstone of a record the stored copy never held is new.
    assert_ne!(memory.tombstones, stored.tombstones);
    assert!(nothing_unsaved(&stored, &memory));

    // Deleting a stored record is a change that must be saved.
    let id = stored.activities[1].id.clone();
    memory
        .apply(Command::DeleteActivity { id, at })
        .expect("deleted");
    assert!(!nothing_unsaved(&stored, &memory));
}
