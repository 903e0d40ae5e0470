//! The `atlas-sunset` binary: hands the command line to the library and exits with its status.

use std::io::{IsTerminal, Write};

use atlas_sunset::interrupt;

/// SIGINT and SIGTERM from the first instruction on: a thread waits for them, tells the run (which
/// stops between files), and ends the process with status 130 if the run has not ended
/// [`interrupt::GRACE`] later: inside one long file or report, never halfway through a write.
fn watch_signals() {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
        return;
    };
    let watchdog = std::thread::Builder::new()
        .name("interrupt".into())
        .spawn(move || {
            if signals.forever().next().is_none() {
                return;
            }
            interrupt::note_signal();
            std::thread::sleep(interrupt::GRACE);
            let _writes = interrupt::stop_writes();
            // Straight to descriptor 2: the run holds the lock of `std::io::stderr`.
            let mut stderr = std::mem::ManuallyDrop::new(unsafe {
                // SAFETY: descriptor 2 stays open; `ManuallyDrop` never closes it.
                <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(2)
            });
            let _ = stderr.write_all(
                b"interrupted: stopped in the middle of the run; files already fixed are complete, the rest untouched\n",
            );
            std::process::exit(interrupt::EXIT_INTERRUPTED);
        });
    // For tests that must signal a run that can be interrupted: no guessing with sleeps.
    if watchdog.is_ok() && std::env::var_os("ATLAS_SUNSET_SIGNAL_READY").is_some() {
        eprintln!("atlas-sunset: signal handlers installed");
    }
}

fn main() {
    watch_signals();
    let stdout = std::io::stdout();
    let stdout_is_terminal = stdout.is_terminal();
    let stderr_is_terminal = std::io::stderr().is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr().lock();
    let code = {
        let mut stdin = std::io::stdin().lock();
        let mut io = atlas_sunset::Io {
            stdin: &mut stdin,
            stdout: &mut out,
            stderr: &mut err,
            stdout_is_terminal,
            stderr_is_terminal,
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        };
        atlas_sunset::run(std::env::args_os(), &mut io)
    };
    let _ = out.flush();
    std::process::exit(code);
}
