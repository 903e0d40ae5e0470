//! SIGINT and SIGTERM during a run: no new file is started, a file being written is finished (the
//! write is a temporary file plus a rename), and the run ends with status 130. So every file is
//! either untouched or completely fixed, and no temporary file is left behind.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Exit status of an interrupted run (128 + SIGINT, as shells report it).
pub const EXIT_INTERRUPTED: i32 = 130;

/// The signal handlers of one run; they are removed when this is dropped.
pub struct Interrupt {
    flag: Arc<AtomicBool>,
    ids: Vec<signal_hook::SigId>,
}

impl Interrupt {
    pub fn install() -> Interrupt {
        let flag = Arc::new(AtomicBool::new(false));
        let ids = [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM]
            .into_iter()
            .filter_map(|sig| signal_hook::flag::register(sig, Arc::clone(&flag)).ok())
            .collect();
        Interrupt { flag, ids }
    }

    /// The flag the workers check before each file.
    pub fn flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.flag)
    }

    pub fn fired(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }
}

impl Drop for Interrupt {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}
