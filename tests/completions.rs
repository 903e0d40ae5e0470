//! Each shell's completion script, run in that shell (bash, zsh and fish from Debian; `scripts/test`
//! installs them) with a real completion request: `atlas-sunset check --<TAB>` offers check's
//! options, and hidden flags (`--retain-budget`) stay out. A missing shell fails the test.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn script(dir: &Path, shell: &str, name: &str) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_atlas-sunset"))
        .args(["completions", shell])
        .output()
        .expect("run atlas-sunset");
    assert!(o.status.success());
    let path = dir.join(name);
    std::fs::write(&path, &o.stdout).unwrap();
    path.display().to_string()
}

fn run(program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .env("HOME", std::env::temp_dir())
        .output()
        .unwrap_or_else(|e| panic!("{program} must be installed (scripts/test installs it): {e}"))
}

fn offered(words: &str) -> Vec<String> {
    words.split_whitespace().map(str::to_string).collect()
}

fn assert_check_options(offers: &[String], shell: &str) {
    for flag in [
        "--fix",
        "--diff",
        "--unsafe-fixes",
        "--select",
        "--write-baseline",
    ] {
        assert!(
            offers.iter().any(|o| o == flag),
            "{shell} offers {flag}: {offers:?}"
        );
    }
    assert!(
        !offers.iter().any(|o| o.contains("retain-budget")),
        "{shell} offers a hidden flag: {offers:?}"
    );
}

#[test]
fn bash_completes_the_options_of_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = script(dir.path(), "bash", "atlas-sunset.bash");
    // What bash does on `atlas-sunset check --<TAB>`: set COMP_WORDS/COMP_CWORD, call the function.
    let request = format!(
        "source '{path}'; COMP_WORDS=(atlas-sunset check --); COMP_CWORD=2; \
         _atlas__sunset atlas-sunset -- check; printf '%s\\n' \"${{COMPREPLY[@]}}\""
    );
    let o = run("bash", &["--norc", "--noprofile", "-c", &request]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_check_options(&offered(&String::from_utf8_lossy(&o.stdout)), "bash");
}

#[test]
fn fish_completes_the_options_of_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = script(dir.path(), "fish", "atlas-sunset.fish");
    let request = format!("source '{path}'; complete -C 'atlas-sunset check --'");
    let o = run("fish", &["--no-config", "-c", &request]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout);
    let offers: Vec<String> = text
        .lines()
        .filter_map(|l| l.split('\t').next().map(str::to_string))
        .collect();
    assert_check_options(&offers, "fish");
}

/// zsh completes only in its line editor: an interactive `zsh -f` in a tmux pane of its own.
#[test]
fn zsh_completes_the_options_of_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = script(dir.path(), "zsh", "_atlas-sunset");
    let socket = dir.path().join("tmux.sock").display().to_string();
    let tmux = |args: &[&str]| {
        let mut all = vec!["-S", socket.as_str()];
        all.extend_from_slice(args);
        run("tmux", &all)
    };
    let o = tmux(&[
        "new-session",
        "-d",
        "-x",
        "250",
        "-y",
        "100",
        "-s",
        "t",
        "zsh -f",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let setup = format!(
        "autoload -Uz compinit && compinit -u -D && source '{path}' && LISTMAX=0 && echo READY"
    );
    tmux(&["send-keys", "-t", "t", &setup, "Enter"]);
    let screen = |want: &str| {
        let start = Instant::now();
        loop {
            let shown = String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", "t"]).stdout)
                .into_owned();
            if shown.contains(want) || start.elapsed() > Duration::from_secs(30) {
                return shown;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    screen("\nREADY");
    tmux(&["send-keys", "-t", "t", "atlas-sunset check --", "Tab"]);
    let shown = screen("--write-baseline");
    tmux(&["kill-server"]);
    let offers: Vec<String> = shown
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.starts_with("--"))
        .map(str::to_string)
        .collect();
    assert_check_options(&offers, "zsh");
}
