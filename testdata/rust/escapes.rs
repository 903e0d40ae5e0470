//! Escapes and non-ASCII text before the path must not shift the edit.
pub fn urls() -> [&'static str; 3] {
    [
        "é \"quoted\"\n\u{1F600}\t/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s",
        "\\x41 ünïcödé /groups/g/serverless/c/backup/snapshots/s",
        r##"raw "# still raw /api/atlas/v2/groups/g/serverless/c/backup/snapshots/s"##,
    ]
}
