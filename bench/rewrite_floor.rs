//! The `--fix` floor: reads every file under the given folders and writes the same bytes back, on
//! as many threads as cores. With `--atomic` each write goes the way atlas-sunset writes a fix: a
//! temporary file in the same folder, `fsync`, rename. With `--sync` the writes stay in place and
//! one `syncfs` after them makes the run durable. Standard library only (and the C library's
//! `syncfs`); `bench/run.sh` compiles it with `rustc -O`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            collect(&entry.path(), out)?;
            continue;
        }
        if kind.is_file() {
            out.push(entry.path());
        }
    }
    Ok(())
}

/// Writes `data` to a temporary file beside `path`, syncs it and renames it over `path`.
fn write_atomic(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".floor-tmp");
    let tmp = path.with_file_name(name);
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(data)?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)
}

extern "C" {
    fn syncfs(fd: std::os::raw::c_int) -> std::os::raw::c_int;
}

/// Flushes the file system holding `dir` to its device.
fn sync_file_system(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::io::AsRawFd;
    let handle = std::fs::File::open(dir)?;
    // SAFETY: `syncfs` only reads the descriptor, which `handle` keeps open for the call.
    if unsafe { syncfs(handle.as_raw_fd()) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

fn main() {
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    let mut atomic = false;
    let mut sync = false;
    for dir in std::env::args_os().skip(1) {
        if dir == "--atomic" {
            atomic = true;
            continue;
        }
        if dir == "--sync" {
            sync = true;
            continue;
        }
        dirs.push(PathBuf::from(&dir));
        if let Err(e) = collect(Path::new(&dir), &mut files) {
            eprintln!("rewrite_floor: {}: {e}", Path::new(&dir).display());
            std::process::exit(2);
        }
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    let bytes = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                let data = std::fs::read(path).expect("read");
                if atomic {
                    write_atomic(path, &data).expect("write");
                } else {
                    std::fs::write(path, &data).expect("write");
                }
                bytes.fetch_add(data.len(), Ordering::Relaxed);
            });
        }
    });
    if sync {
        for dir in &dirs {
            sync_file_system(dir).expect("syncfs");
        }
    }
    eprintln!(
        "rewrote {} files, {} bytes",
        files.len(),
        bytes.into_inner()
    );
}
