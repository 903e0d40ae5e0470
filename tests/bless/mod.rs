//! `UPDATE_EXPECT=1` rewrites golden and fixture files from the tool's output. Only `1` blesses:
//! unset, empty or `0` compare; any other value is a mistake and stops the test.

// Each test crate uses some of these.
#![allow(dead_code)]

use std::path::Path;

pub fn blessing() -> bool {
    match std::env::var("UPDATE_EXPECT").as_deref() {
        Ok("1") => true,
        Ok("" | "0") | Err(std::env::VarError::NotPresent) => false,
        Ok(other) => {
            panic!("UPDATE_EXPECT={other}: use 1 to rewrite the expected files, or unset it")
        }
        Err(e) => panic!("UPDATE_EXPECT: {e}"),
    }
}

/// Compares `actual` with the file at `expected_path`, or writes it under UPDATE_EXPECT=1.
/// `absent` is what a missing file stands for.
pub fn compare(
    expected_path: &Path,
    actual: &[u8],
    absent: Option<&[u8]>,
    failures: &mut Vec<String>,
) {
    let update = blessing();
    let expected = std::fs::read(expected_path).ok();
    let expected_or_absent = expected.as_deref().or(absent);
    if expected_or_absent == Some(actual) {
        if update && expected.is_some() && absent == Some(actual) {
            std::fs::remove_file(expected_path).unwrap();
        }
        return;
    }
    if update {
        std::fs::write(expected_path, actual).unwrap();
        return;
    }
    failures.push(format!(
        "{}:\n--- expected\n{}\n--- actual\n{}",
        expected_path.display(),
        String::from_utf8_lossy(expected_or_absent.unwrap_or(b"<missing>")),
        String::from_utf8_lossy(actual)
    ));
}
