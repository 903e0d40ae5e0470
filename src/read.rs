//! Reads a file for the scan. It is streamed through the prefilter in pieces of a buffer each
//! thread keeps, so a file that holds no trigger (almost every file) costs its `open`, its reads
//! and nothing else: no allocation, no `stat`. Only a file that does is read whole, and checked
//! through its handle to be a regular file within the size limit. A file is opened non-blocking,
//! so a FIFO or device that replaced it after the walk saw a file never blocks the run.

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read as _, Seek as _};
use std::path::Path;

use crate::engine::Skip;

/// The piece of a file searched at a time (as ripgrep reads).
const PIECE: usize = 64 * 1024;

/// What reading one file gave.
#[derive(Debug, PartialEq, Eq)]
pub enum Read {
    /// No trigger in it: nothing to do.
    Miss,
    /// A trigger occurs in it: its bytes.
    Bytes(Vec<u8>),
    Skipped(Skip),
    Failed(String),
}

thread_local! {
    static BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Reads `path`: [`Read::Miss`] unless `hit` finds a trigger in it. `overlap` is how far back a
/// trigger may start before a piece's first byte (the longest trigger's length less one).
pub fn read_file(
    path: &Path,
    max_filesize: u64,
    overlap: usize,
    hit: impl Fn(&[u8]) -> bool,
) -> Read {
    let mut file = match open(path) {
        Ok(f) => f,
        Err(e) => return failed(&e),
    };
    let streamed = BUFFER.with(|b| {
        let mut buf = b.borrow_mut();
        buf.resize(PIECE + overlap, 0);
        stream(&mut file, &mut buf, max_filesize, overlap, &hit)
    });
    match streamed {
        Ok(Streamed::Hit) => read_whole(&mut file, max_filesize),
        Ok(Streamed::Miss) => Read::Miss,
        Ok(Streamed::Utf16) => Read::Skipped(Skip::Utf16),
        Ok(Streamed::TooLarge) => too_large(&file, max_filesize),
        Err(e) => failed(&e),
    }
}

enum Streamed {
    Hit,
    Miss,
    Utf16,
    TooLarge,
}

fn open(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

fn failed(e: &std::io::Error) -> Read {
    Read::Failed(format!("cannot read: {e}"))
}

/// Reads `file` piece by piece into `buf`, keeping the last `overlap` bytes of a full buffer for
/// the next piece, until `hit` finds a trigger or the file ends.
fn stream(
    file: &mut File,
    buf: &mut [u8],
    max_filesize: u64,
    overlap: usize,
    hit: &impl Fn(&[u8]) -> bool,
) -> std::io::Result<Streamed> {
    let mut filled = 0;
    let mut total: u64 = 0;
    let mut start_checked = false;
    loop {
        if filled == buf.len() {
            let keep = overlap.min(filled);
            buf.copy_within(filled - keep..filled, 0);
            filled = keep;
        }
        let n = match file.read(&mut buf[filled..]) {
            Ok(0) => return Ok(Streamed::Miss),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let searched_to = filled;
        filled += n;
        total += n as u64;
        if total > max_filesize {
            return Ok(Streamed::TooLarge);
        }
        // Until the buffer is first full it holds the file from its first byte.
        if !start_checked && total >= 2 {
            start_checked = true;
            if buf.starts_with(b"\xFF\xFE") || buf.starts_with(b"\xFE\xFF") {
                return Ok(Streamed::Utf16);
            }
        }
        if hit(&buf[searched_to.saturating_sub(overlap)..filled]) {
            return Ok(Streamed::Hit);
        }
    }
}

/// The whole file, once it is known to hold a trigger.
fn read_whole(file: &mut File, max_filesize: u64) -> Read {
    let len = match regular_len(file) {
        Ok(len) if len > max_filesize => return too_large_at(len, max_filesize),
        Ok(len) => len,
        Err(skip) => return skip,
    };
    if let Err(e) = file.rewind() {
        return failed(&e);
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0).saturating_add(1));
    // One byte over the limit tells a file that grew meanwhile.
    if let Err(e) = file
        .take(max_filesize.saturating_add(1))
        .read_to_end(&mut bytes)
    {
        return failed(&e);
    }
    if bytes.len() as u64 > max_filesize {
        return too_large_at(bytes.len() as u64, max_filesize);
    }
    Read::Bytes(bytes)
}

/// A file found over the limit while streaming: its size (or that it is no file at all).
fn too_large(file: &File, max_filesize: u64) -> Read {
    match regular_len(file) {
        Ok(len) => too_large_at(len, max_filesize),
        Err(skip) => skip,
    }
}

fn too_large_at(size: u64, limit: u64) -> Read {
    Read::Skipped(Skip::TooLarge { size, limit })
}

/// The length of the open `file`, read through its handle; or why it is not read (no regular
/// file, its status unreadable).
fn regular_len(file: &File) -> Result<u64, Read> {
    match file.metadata() {
        Ok(m) if m.is_file() => Ok(m.len()),
        Ok(_) => Err(Read::Skipped(Skip::NotAFile)),
        Err(e) => Err(failed(&e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], max: u64) -> Read {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        std::fs::write(&p, bytes).unwrap();
        read_file(&p, max, 11, |b| {
            memchr::memmem::find(b, b"serverless/").is_some()
        })
    }

    #[test]
    fn a_trigger_anywhere_reads_the_whole_file_even_across_pieces() {
        // The buffer holds a piece and the overlap (11 here): pieces end at k * PIECE + 11.
        let ends = [PIECE + 11, 2 * PIECE + 11, 3 * PIECE + 11];
        let across = ends.iter().flat_map(|e| [e - 10, e - 5, e - 1]);
        for at in [0, 100, PIECE - 5, PIECE, 3 * PIECE + 20]
            .into_iter()
            .chain(across)
        {
            let mut bytes = vec![b'x'; 3 * PIECE + 40];
            bytes[at..at + 11].copy_from_slice(b"serverless/");
            assert_eq!(read(&bytes, 1 << 30), Read::Bytes(bytes.clone()), "at {at}");
        }
    }

    #[test]
    fn a_file_without_a_trigger_is_a_miss() {
        let mut bytes = vec![b'x'; 2 * PIECE + 3];
        // Cut at the end, and split over a piece boundary with a byte missing.
        bytes[PIECE - 5..PIECE + 5].copy_from_slice(b"serverless");
        assert_eq!(read(&bytes, 1 << 30), Read::Miss);
        assert_eq!(read(b"", 10), Read::Miss);
    }

    #[test]
    fn utf16_and_oversized_files_are_skipped_whatever_they_hold() {
        assert_eq!(read(b"\xFF\xFEs\0", 100), Read::Skipped(Skip::Utf16));
        let big = vec![b'x'; PIECE * 2];
        assert_eq!(read(&big, 1000), too_large_at(big.len() as u64, 1000));
        let mut hit = big.clone();
        hit[..11].copy_from_slice(b"serverless/");
        assert_eq!(read(&hit, 100), too_large_at(hit.len() as u64, 100));
    }

    #[test]
    fn a_missing_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_file(&dir.path().join("gone"), 10, 0, |_| true),
            Read::Failed(m) if m.starts_with("cannot read:")
        ));
    }
}
