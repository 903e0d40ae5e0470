//! `atlas-sunset completions SHELL`: the completion script of each shell, without hidden flags, and
//! with the bash script's function names made consistent (clap_complete names the subcommand
//! branches `atlas__subcmd__sunset__subcmd__check` for a binary whose name has a `-`, while the
//! dispatcher sets `atlas__sunset__subcmd__check`, so no option of a subcommand was offered).

use clap::{Command, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;

const BIN: &str = "atlas-sunset";

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut cmd = visible(&Cli::command());
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN, &mut out);
    if shell != Shell::Bash {
        return out;
    }
    let wrong = format!("{}__subcmd__", BIN.replace('-', "__subcmd__"));
    let right = format!("{}__subcmd__", BIN.replace('-', "__"));
    String::from_utf8_lossy(&out)
        .replace(&wrong, &right)
        .into_bytes()
}

/// `cmd` without its hidden arguments and subcommands (clap_complete offers them all).
fn visible(cmd: &Command) -> Command {
    let mut out = Command::new(cmd.get_name().to_string())
        .args(cmd.get_arguments().filter(|a| !a.is_hide_set()).cloned())
        .subcommands(
            cmd.get_subcommands()
                .filter(|s| !s.is_hide_set())
                .map(visible),
        );
    if let Some(about) = cmd.get_about() {
        out = out.about(about.clone());
    }
    if let Some(version) = cmd.get_version() {
        out = out.version(version.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_flags_are_left_out() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
            let s = String::from_utf8(script(shell)).unwrap();
            assert!(s.contains("unsafe-fixes"), "{shell}");
            assert!(!s.contains("retain-budget"), "{shell}");
        }
    }
}
