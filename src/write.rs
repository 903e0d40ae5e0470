//! Atomic, careful writes of fixed files: temporary file in the same folder, then rename; the
//! original's permissions kept; never over a file that changed on disk or is read-only.
//!
//! `--fix` writes in two steps so that durability is paid once per run, not once per file:
//! [`stage`] writes each fixed file's temporary file as the file is checked, and [`commit`] makes
//! them durable, then renames each into place (a bulk rewrite on several threads). A bulk
//! rewrite ([`SYNCFS_FROM`] files or more on one file system) is made durable with one `syncfs`:
//! one wait, where a `fdatasync` per file is one journal commit per file on a journalling file
//! system. Fewer files (a pre-commit hook's) get a `fdatasync` each, because `syncfs` also waits
//! for whatever other programs wrote to that file system meanwhile (a build). Where `syncfs`
//! fails, the files are synced one by one. The write-back is left to that wait: started file by
//! file (`sync_file_range`), one device request each, it cost the dense benchmark's 2,000 files
//! 0.14 s more. An interrupt (see `interrupt`) never lands inside either step, and removes the
//! temporary files not renamed.

use std::io::Write as _;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use crate::interrupt;

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("changed on disk since it was read; not overwritten (run again)")]
    ChangedOnDisk,
    #[error("is read-only; not fixed")]
    ReadOnly,
    #[error("is a symbolic link; not fixed (fix the file it points to)")]
    Symlink,
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
}

/// A fixed file written to its temporary file, waiting for [`commit`].
#[derive(Debug)]
pub struct Staged {
    target: PathBuf,
    /// Removed when dropped, unless renamed into place.
    tmp: tempfile::TempPath,
    /// The target as it was when staged: it must be the same at the rename.
    seen: (u64, i64, i64, u64),
    /// The file system (device) of the target and its temporary file.
    device: u64,
}

fn identity(meta: &std::fs::Metadata) -> (u64, i64, i64, u64) {
    (meta.ino(), meta.mtime(), meta.mtime_nsec(), meta.size())
}

/// Writes `contents`, the fixed text of `path` (which held `original` when it was read), to a
/// temporary file beside it, not yet flushed nor in place.
pub fn stage(path: &Path, original: &[u8], contents: &[u8]) -> Result<Staged, WriteError> {
    let meta = std::fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        return Err(WriteError::Symlink);
    }
    if meta.permissions().readonly() {
        return Err(WriteError::ReadOnly);
    }
    if std::fs::read(path)? != original {
        return Err(WriteError::ChangedOnDisk);
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Not ended by an interrupt between creating the temporary file and recording it.
    let mut guard = interrupt::guard_write();
    let mut tmp = tempfile::Builder::new()
        .prefix(".atlas-sunset-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    guard.pending(tmp.path().to_path_buf());
    // Dropping `tmp` on any error below removes the temporary file.
    let written = tmp
        .write_all(contents)
        .and_then(|()| tmp.as_file().set_permissions(meta.permissions()));
    if let Err(e) = written {
        guard.done(tmp.path());
        return Err(e.into());
    }
    Ok(Staged {
        target: path.to_path_buf(),
        tmp: tmp.into_temp_path(),
        seen: identity(&meta),
        device: meta.dev(),
    })
}

/// Waits until every staged file is on disk, then renames each into place: the result of each,
/// in order. A file changed on disk since it was staged is left as it is.
pub fn commit(staged: Vec<Staged>) -> Vec<Result<(), WriteError>> {
    let mut guard = interrupt::guard_write();
    let synced = sync_file_systems(&staged);
    let mut flushed: Vec<Result<Staged, WriteError>> = Vec::with_capacity(staged.len());
    for s in staged {
        if synced.contains(&s.device) {
            flushed.push(Ok(s));
            continue;
        }
        let synced = std::fs::File::open(&s.tmp).and_then(|f| f.sync_data());
        flushed.push(synced.map(|()| s).map_err(WriteError::from));
    }
    let handled: Vec<PathBuf> = flushed
        .iter()
        .filter_map(|s| s.as_ref().ok().map(|s| s.tmp.to_path_buf()))
        .collect();
    // Renamed or removed below (a `Staged` dropped removes its temporary file).
    guard.done_all(&handled);
    rename_all(flushed)
}

/// At most this many threads rename a bulk rewrite's files into place.
const RENAME_THREADS: usize = 8;

/// Renames each flushed file into place, in order; a bulk rewrite on several threads. A rename over
/// a file frees the old file's blocks, most of its cost, and much of that is waiting for the
/// device (a mount with `discard` waits for each freed range to be discarded): on the 2-core
/// machine of BENCHMARKS.md, 2,000 renames took 0.53 s on one thread, 0.31-0.44 s on two and
/// 0.25-0.27 s on eight.
fn rename_all(flushed: Vec<Result<Staged, WriteError>>) -> Vec<Result<(), WriteError>> {
    let threads = RENAME_THREADS.min(flushed.len() / SYNCFS_FROM);
    if threads < 2 {
        return flushed.into_iter().map(rename_one).collect();
    }
    // Contiguous parts: files of one folder mostly stay on one thread.
    let per_thread = flushed.len().div_ceil(threads);
    let mut parts = Vec::with_capacity(threads);
    let mut rest = flushed.into_iter();
    loop {
        let part: Vec<_> = rest.by_ref().take(per_thread).collect();
        if part.is_empty() {
            break;
        }
        parts.push(part);
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| scope.spawn(|| part.into_iter().map(rename_one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Renames one flushed file over its target, unless the target changed since it was staged.
fn rename_one(flushed: Result<Staged, WriteError>) -> Result<(), WriteError> {
    let s = flushed?;
    let now = std::fs::symlink_metadata(&s.target)?;
    if identity(&now) != s.seen {
        return Err(WriteError::ChangedOnDisk);
    }
    s.tmp
        .persist(&s.target)
        .map_err(|e| WriteError::Io(e.error))
}

/// From how many staged files on one file system a `syncfs` makes them durable at once.
pub const SYNCFS_FROM: usize = 16;

/// One `syncfs` per file system that holds at least [`SYNCFS_FROM`] of the staged files: the
/// devices whose data, the temporary files' included, is now on disk. A device where it fails is
/// left out (its files are synced one by one).
fn sync_file_systems(staged: &[Staged]) -> Vec<u64> {
    let mut done: Vec<u64> = Vec::new();
    let mut tried: Vec<u64> = Vec::new();
    for s in staged {
        if tried.contains(&s.device) {
            continue;
        }
        tried.push(s.device);
        if staged.iter().filter(|o| o.device == s.device).count() < SYNCFS_FROM {
            continue;
        }
        let Ok(file) = std::fs::File::open(&s.tmp) else {
            continue;
        };
        // SAFETY: `syncfs` only reads the open descriptor, which `file` keeps open for the call.
        let rc = unsafe { libc::syncfs(std::os::fd::AsRawFd::as_raw_fd(&file)) };
        if rc == 0 {
            done.push(s.device);
        }
    }
    done
}

/// Replaces the file at `path`, which held `original` when it was read, with `contents`: stages
/// and commits one file.
pub fn replace_file(path: &Path, original: &[u8], contents: &[u8]) -> Result<(), WriteError> {
    let staged = stage(path, original, contents)?;
    commit(vec![staged])
        .pop()
        .unwrap_or(Err(WriteError::ChangedOnDisk))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn keeps_permissions_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("run.sh");
        std::fs::write(&p, b"old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        replace_file(&p, b"old", b"new").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o755
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn refuses_a_file_changed_since_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"edited by someone").unwrap();
        assert!(matches!(
            replace_file(&p, b"old", b"new"),
            Err(WriteError::ChangedOnDisk)
        ));
        assert_eq!(std::fs::read(&p).unwrap(), b"edited by someone");
    }

    #[test]
    fn a_file_deleted_since_it_was_read_is_not_recreated() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("gone.txt");
        assert!(matches!(
            replace_file(&p, b"old", b"new"),
            Err(WriteError::Io(_))
        ));
        assert!(!p.exists());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "no temporary file left"
        );
    }

    #[test]
    fn staged_files_change_nothing_until_committed_and_leave_nothing_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.sh"), dir.path().join("b.sh"));
        std::fs::write(&a, b"old a").unwrap();
        std::fs::write(&b, b"old b").unwrap();
        let sa = stage(&a, b"old a", b"new a").unwrap();
        let sb = stage(&b, b"old b", b"new b").unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"old a");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 4);
        // Changed since staged: that one is left alone, the other goes in.
        std::fs::write(&b, b"edited meanwhile").unwrap();
        let results = commit(vec![sa, sb]);
        assert!(results[0].is_ok());
        assert!(matches!(results[1], Err(WriteError::ChangedOnDisk)));
        assert_eq!(std::fs::read(&a).unwrap(), b"new a");
        assert_eq!(std::fs::read(&b).unwrap(), b"edited meanwhile");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
        drop(stage(&a, b"new a", b"newer a").unwrap());
        assert_eq!(std::fs::read(&a).unwrap(), b"new a");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    /// `n` files holding `old` in `dir`, each staged to hold `new`.
    fn stage_many(dir: &Path, n: usize) -> (Vec<PathBuf>, Vec<Staged>) {
        let paths: Vec<PathBuf> = (0..n).map(|i| dir.join(format!("f{i:03}.sh"))).collect();
        let staged = paths
            .iter()
            .map(|p| {
                std::fs::write(p, b"old").unwrap();
                stage(p, b"old", b"new").unwrap()
            })
            .collect();
        (paths, staged)
    }

    #[test]
    fn a_bulk_rewrite_is_synced_at_once_and_every_file_goes_in() {
        let dir = tempfile::tempdir().unwrap();
        let (paths, staged) = stage_many(dir.path(), SYNCFS_FROM + 1);
        assert_eq!(sync_file_systems(&staged), vec![staged[0].device]);
        assert!(commit(staged).iter().all(Result::is_ok));
        for p in &paths {
            assert_eq!(std::fs::read(p).unwrap(), b"new");
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), paths.len());
    }

    #[test]
    fn a_bulk_commit_reports_each_result_at_its_files_place() {
        let dir = tempfile::tempdir().unwrap();
        let (paths, staged) = stage_many(dir.path(), 3 * SYNCFS_FROM);
        // One edited and one deleted after staging, in different parts of the list.
        let (edited, deleted) = (5, 2 * SYNCFS_FROM + 3);
        std::fs::write(&paths[edited], b"edited meanwhile").unwrap();
        std::fs::remove_file(&paths[deleted]).unwrap();
        let results = commit(staged);
        assert_eq!(results.len(), paths.len());
        for (i, (p, r)) in paths.iter().zip(&results).enumerate() {
            match i {
                _ if i == edited => {
                    assert!(matches!(r, Err(WriteError::ChangedOnDisk)), "{i}: {r:?}");
                    assert_eq!(std::fs::read(p).unwrap(), b"edited meanwhile");
                }
                _ if i == deleted => {
                    assert!(matches!(r, Err(WriteError::Io(_))), "{i}: {r:?}");
                    assert!(!p.exists(), "a deleted file is not recreated");
                }
                _ => {
                    assert!(r.is_ok(), "{i}: {r:?}");
                    assert_eq!(std::fs::read(p).unwrap(), b"new");
                }
            }
        }
        // No temporary file left behind, renamed or not.
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            paths.len() - 1
        );
    }

    #[test]
    fn a_few_files_are_synced_one_by_one() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.sh");
        std::fs::write(&p, b"old").unwrap();
        let staged = vec![stage(&p, b"old", b"new").unwrap()];
        assert!(sync_file_systems(&staged).is_empty());
    }

    #[test]
    fn refuses_read_only_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
        assert!(matches!(
            replace_file(&p, b"old", b"new"),
            Err(WriteError::ReadOnly)
        ));
        assert_eq!(std::fs::read(&p).unwrap(), b"old");
    }
}
