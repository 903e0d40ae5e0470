//! Atomic, careful writes of fixed files: temporary file in the same folder, then rename; the
//! original's permissions kept; never over a file that changed on disk or is read-only.

use std::io::Write as _;
use std::path::Path;

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

/// Replaces the file at `path`, which held `original` when it was read, with `contents`.
pub fn replace_file(path: &Path, original: &[u8], contents: &[u8]) -> Result<(), WriteError> {
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
    let mut tmp = tempfile::Builder::new()
        .prefix(".atlas-sunset-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(contents)?;
    tmp.as_file().sync_all()?;
    std::fs::set_permissions(tmp.path(), meta.permissions())?;
    // Dropping `tmp` on any error above removes the temporary file.
    tmp.persist(path).map_err(|e| WriteError::Io(e.error))?;
    Ok(())
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
