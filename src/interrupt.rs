//! SIGINT and SIGTERM during a run: no new file is started, a file being written is finished (the
//! write is a temporary file plus a rename), and the run ends with status 130. So every file is
//! either untouched or completely fixed, and no temporary file is left behind.
//!
//! The binary installs its handler first thing in `main`, so a signal is never lost, even one that
//! arrives while the rules load. The run itself stops between files when it sees the flag; when it
//! is inside one long file (a 10 MB line, a long report), the binary's watchdog ends the process
//! [`GRACE`] after the signal, through [`stop_writes`]: once no file is being written, and after
//! removing the temporary files of fixes not yet renamed into place.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};
use std::time::Duration;

/// Exit status of an interrupted run (128 + SIGINT, as shells report it).
pub const EXIT_INTERRUPTED: i32 = 130;

/// How long the run gets to stop by itself after a signal before the watchdog ends it.
pub const GRACE: Duration = Duration::from_millis(100);

/// Set as soon as a signal arrives: by the binary's handler thread from the first instruction of
/// `main`, and by the handlers a run installs ([`Interrupt`], for library callers). One flag for
/// both, so a signal that came before the run's handlers counts as well.
static FIRED: LazyLock<Arc<AtomicBool>> = LazyLock::new(|| Arc::new(AtomicBool::new(false)));

/// Temporary files of fixes not yet renamed into place. Whoever writes or renames holds the lock,
/// so the watchdog never ends the process halfway through a write.
static WRITES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Records that a signal arrived: the binary's handler thread calls this first (see `main.rs`).
pub fn note_signal() {
    FIRED.store(true, Ordering::SeqCst);
}

/// For ending the process: waits for a write in progress, removes the temporary files of fixes not
/// renamed yet, and returns the lock, which the caller keeps until it exits.
pub fn stop_writes() -> WriteGuard {
    let mut pending = lock_writes();
    for tmp in pending.drain(..) {
        let _ = std::fs::remove_file(tmp);
    }
    WriteGuard(pending)
}

fn lock_writes() -> MutexGuard<'static, Vec<PathBuf>> {
    WRITES.lock().unwrap_or_else(|e| e.into_inner())
}

/// Held while a file is written: the process is not ended meanwhile.
pub struct WriteGuard(MutexGuard<'static, Vec<PathBuf>>);

impl WriteGuard {
    /// Records a temporary file that is not in place yet: removed if the process is ended.
    pub fn pending(&mut self, tmp: PathBuf) {
        self.0.push(tmp);
    }

    /// The temporary file is renamed into place or removed: nothing to clean up any more.
    pub fn done(&mut self, tmp: &std::path::Path) {
        self.0.retain(|p| p != tmp);
    }

    /// [`WriteGuard::done`] for many files at once.
    pub fn done_all(&mut self, tmps: &[PathBuf]) {
        let gone: std::collections::HashSet<&PathBuf> = tmps.iter().collect();
        self.0.retain(|p| !gone.contains(p));
    }
}

/// Blocks the watchdog until the guard is dropped.
pub fn guard_write() -> WriteGuard {
    WriteGuard(lock_writes())
}

/// True once a signal arrived (reported through [`note_signal`]).
pub fn fired() -> bool {
    FIRED.load(Ordering::SeqCst)
}

/// The signal handlers of one run, setting the process's flag; they are removed when this is
/// dropped.
pub struct Interrupt {
    ids: Vec<signal_hook::SigId>,
}

impl Interrupt {
    pub fn install() -> Interrupt {
        let ids = [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM]
            .into_iter()
            .filter_map(|sig| signal_hook::flag::register(sig, Arc::clone(&FIRED)).ok())
            .collect();
        Interrupt { ids }
    }

    /// The flag the workers check before each file.
    pub fn flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&FIRED)
    }

    pub fn fired(&self) -> bool {
        fired()
    }
}

impl Drop for Interrupt {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}
