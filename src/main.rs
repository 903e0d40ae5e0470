//! The `atlas-sunset` binary: hands the command line to the library and exits with its status.

use std::io::{IsTerminal, Write};

fn main() {
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
