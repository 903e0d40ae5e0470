//! Hostile inputs and file systems: every case is built in a temporary directory and run through
//! the real binary. Promise by promise (see the README's "Safety guarantees"): nothing blocks,
//! nothing panics, one bad file is reported and the run goes on, a fix never corrupts a file or
//! leaves a temporary file behind, and an interrupted `--fix` leaves every file untouched or
//! completely fixed.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

const TODAY: &str = "2026-11-28";
const RETIRED: &str = "curl -H 'Accept: application/vnd.atlas.2023-01-01+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/serverless/$C/backup/snapshots/$S\"\n";
const MIGRATED: &str = "curl -H 'Accept: application/vnd.atlas.2024-11-13+json' \"https://cloud.mongodb.com/api/atlas/v2/groups/$G/flexClusters/$C/backup/snapshots/$S\"\n";

fn cmd(dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_atlas-sunset"));
    c.args(args).current_dir(dir).stdin(Stdio::null());
    c
}

/// Runs with a deadline: a run that blocks (on a FIFO, say) fails the test instead of hanging it.
fn run(dir: &Path, args: &[&str]) -> Output {
    let child = cmd(dir, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    wait_with_deadline(child, Duration::from_secs(120))
}

fn wait_with_deadline(child: Child, limit: Duration) -> Output {
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    // The output is read while the child runs, so a full pipe never stalls it.
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(out) => out.expect("output"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("atlas-sunset did not finish within {limit:?}: it blocked");
        }
    }
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn no_temp_files(dir: &Path) {
    for e in walk(dir) {
        let name = e.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            !name.starts_with(".atlas-sunset-"),
            "temporary file left behind: {}",
            e.display()
        );
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            let ft = e.file_type().unwrap();
            if ft.is_dir() {
                stack.push(p.clone());
            }
            out.push(p);
        }
    }
    out
}

/// A tree with a loop back to its root (`a/loop -> ..`), a link to its own folder (`a/self`), a
/// two-link cycle (`x -> y -> x`), a link out of the tree and one real file.
fn tree_with_symlink_loops(outside: &Path) -> tempfile::TempDir {
    std::fs::write(outside.join("target.sh"), RETIRED).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("a")).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("a/loop")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("a"), dir.path().join("a/self")).unwrap();
    std::os::unix::fs::symlink("y", dir.path().join("x")).unwrap();
    std::os::unix::fs::symlink("x", dir.path().join("y")).unwrap();
    std::os::unix::fs::symlink(outside.join("target.sh"), dir.path().join("out.sh")).unwrap();
    std::fs::write(dir.path().join("real.sh"), RETIRED).unwrap();
    dir
}

#[test]
fn symlink_loops_met_while_walking_are_skipped_with_their_reason() {
    let outside = tempfile::tempdir().unwrap();
    let dir = tree_with_symlink_loops(outside.path());

    // The loops alone, no other argument: the walk finishes (`run` has a deadline), says why each
    // link was skipped, and the one real file is reported once (a followed loop would report it
    // again under a/loop/..., or never end). Findings remain: exit status 1.
    let o = run(
        dir.path(),
        &["check", "-v", "--format", "concise", "--today", TODAY],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}{err}");
    assert_eq!(
        out.lines().filter(|l| l.contains("error[")).count(),
        1,
        "{out}"
    );
    assert!(out.starts_with("real.sh:1:"), "{out}");
    assert!(out.contains("(1 file scanned)"), "{out}");
    for link in ["a/loop", "a/self", "x", "y", "out.sh"] {
        assert!(
            err.contains(&format!(
                "note: {link}: skipped: symbolic link (not followed)"
            )),
            "{link}: {err}"
        );
    }
    assert!(
        !err.contains("error:"),
        "a loop met while walking is no error: {err}"
    );

    // With --fix: the real file is fixed, nothing is written through a link, nothing remains.
    let o = run(
        dir.path(),
        &["check", "--format", "concise", "--fix", "--today", TODAY],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(0), "{out}{err}");
    assert!(out.contains("Fixed 1 finding in 1 file."), "{out}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("real.sh")).unwrap(),
        MIGRATED
    );
    assert_eq!(
        std::fs::read_to_string(outside.path().join("target.sh")).unwrap(),
        RETIRED,
        "never written through a link"
    );
}

#[test]
fn symlinks_named_on_the_command_line_are_read_never_written_and_a_cycle_is_an_error() {
    let outside = tempfile::tempdir().unwrap();
    let dir = tree_with_symlink_loops(outside.path());

    // A link out of the tree: read, reported, never written through (exit 2, as documented for a
    // file that cannot be written).
    let o = run(dir.path(), &["check", "--fix", "--today", TODAY, "out.sh"]);
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("out.sh: is a symbolic link; not fixed"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(outside.path().join("target.sh")).unwrap(),
        RETIRED
    );

    // A path that goes round the loops but ends at a real file: that file, checked once.
    let o = run(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "--today",
            TODAY,
            "a/loop/a/loop/a/self/loop/real.sh",
        ],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}{err}");
    assert!(
        out.starts_with("a/loop/a/loop/a/self/loop/real.sh:1:"),
        "{out}"
    );
    assert!(out.contains("Found 1 finding"), "{out}");

    // A cycle named alone cannot be read: the run finishes, says why, and exits 2 (an I/O error).
    let o = run(
        dir.path(),
        &["check", "--format", "concise", "--today", TODAY, "x"],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{out}{err}");
    assert!(
        err.contains("error: x: cannot read: Too many levels of symbolic links"),
        "{err}"
    );
    // A run that could not read its inputs prints no summary (it would claim "no findings").
    assert!(out.is_empty(), "{out}");
}

#[test]
fn unreadable_files_and_folders_are_reported_and_the_run_goes_on() {
    // Root reads everything, so the run drops to `nobody` to meet a real permission error.
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(dir.path().join("ok.sh"), RETIRED).unwrap();
    std::fs::write(dir.path().join("secret.sh"), RETIRED).unwrap();
    std::fs::set_permissions(
        dir.path().join("secret.sh"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("locked")).unwrap();
    std::fs::write(dir.path().join("locked/x.sh"), RETIRED).unwrap();
    std::fs::set_permissions(
        dir.path().join("locked"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    std::fs::set_permissions(
        dir.path().join("ok.sh"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    let child = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(env!("CARGO_BIN_EXE_atlas-sunset"))
        .args(["check", "--format", "concise", "--today", TODAY, "."])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("setpriv (util-linux) must be installed");
    let o = wait_with_deadline(child, Duration::from_secs(60));
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{out}{err}");
    assert!(err.contains("secret.sh: cannot read"), "{err}");
    assert!(err.contains("locked"), "{err}");
    assert!(out.contains("ok.sh:1:"), "{out}");
    std::fs::set_permissions(
        dir.path().join("locked"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
}

#[test]
fn fifos_and_devices_are_skipped_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.sh");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    std::fs::write(dir.path().join("real.sh"), RETIRED).unwrap();
    let o = run(
        dir.path(),
        &["check", "-v", "--format", "concise", "--today", TODAY],
    );
    let (out, _) = text(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(out.contains("real.sh:1:"), "{out}");
    let o = run(
        dir.path(),
        &[
            "check",
            "-v",
            "--today",
            TODAY,
            "pipe.sh",
            "/dev/null",
            "/dev/zero",
        ],
    );
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("pipe.sh: skipped: not a regular file"),
        "{err}"
    );
    assert!(
        err.contains("/dev/zero: skipped: not a regular file"),
        "{err}"
    );
}

#[test]
fn a_full_disk_leaves_the_original_intact_and_no_temporary_file() {
    // A 1 MiB tmpfs: the fixed file (longer by 2 bytes per finding) cannot be written.
    let mnt = tempfile::tempdir().unwrap();
    let status = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(mnt.path())
        .status()
        .expect("mount");
    assert!(status.success(), "mounting a tmpfs needs root");
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(self.0).status();
        }
    }
    let _guard = Unmount(mnt.path());
    let body = RETIRED.repeat(4000); // about 560 KB: the temporary copy does not fit beside it
    let file = mnt.path().join("big.sh");
    std::fs::write(&file, &body).unwrap();
    let o = run(
        mnt.path(),
        &["check", "--fix", "--max-filesize", "10M", "--today", TODAY],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{out}{err}");
    assert!(err.contains("big.sh: cannot write"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        body,
        "the original is intact"
    );
    no_temp_files(mnt.path());
}

#[test]
fn long_lines_huge_files_and_100000_findings() {
    let dir = tempfile::tempdir().unwrap();
    // A 2 MB line with a call at its end.
    let long = format!("{}{}", "x".repeat(2_000_000), RETIRED);
    std::fs::write(dir.path().join("long.sh"), &long).unwrap();
    // A 1 GiB sparse file: skipped by size, never read.
    let huge = std::fs::File::create(dir.path().join("huge.sh")).unwrap();
    huge.set_len(1 << 30).unwrap();
    // 100,000 findings in one file.
    let many =
        "u = f'/api/atlas/v2/groups/{g}/serverless/{c}/backup/snapshots/{s}'\n".repeat(100_000);
    std::fs::write(dir.path().join("many.py"), &many).unwrap();
    let o = run(
        dir.path(),
        &[
            "check",
            "-v",
            "--format",
            "json",
            "--max-filesize",
            "64M",
            "--today",
            TODAY,
        ],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("huge.sh: skipped: 1073741824 bytes is over the size limit"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["findings"], 100_001);
    let long_finding = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "long.sh")
        .unwrap();
    let expected_column = 2_000_000 + RETIRED.find("groups/").unwrap() + 1;
    assert_eq!(long_finding["column"], expected_column);
}

#[test]
fn nul_bytes_utf16_latin1_and_mixed_line_endings() {
    let dir = tempfile::tempdir().unwrap();
    let utf16: Vec<u8> = "\u{feff}"
        .chars()
        .chain(RETIRED.chars())
        .flat_map(|c| (c as u16).to_le_bytes())
        .collect();
    std::fs::write(dir.path().join("utf16.sh"), utf16).unwrap();
    let mut latin1 = b"# caf\xe9\n".to_vec();
    latin1.extend_from_slice(RETIRED.as_bytes());
    std::fs::write(dir.path().join("latin1.sh"), &latin1).unwrap();
    let mixed = format!("{}{}", RETIRED.replace('\n', "\r\n"), RETIRED);
    std::fs::write(dir.path().join("mixed.sh"), &mixed).unwrap();
    let o = run(dir.path(), &["check", "-v", "--fix", "--today", TODAY]);
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(0), "{out}{err}");
    assert!(
        err.contains("utf16.sh: skipped: UTF-16 text is not supported"),
        "{err}"
    );
    assert!(err.contains("latin1.sh: skipped: not valid UTF-8"), "{err}");
    assert_eq!(
        std::fs::read(dir.path().join("latin1.sh")).unwrap(),
        latin1,
        "skipped files are not touched"
    );
    let fixed = std::fs::read_to_string(dir.path().join("mixed.sh")).unwrap();
    assert_eq!(
        fixed,
        format!("{}{}", MIGRATED.replace('\n', "\r\n"), MIGRATED)
    );
}

fn interrupted_fix_leaves_files_whole(signal: &str) {
    let dir = tempfile::tempdir().unwrap();
    let n = 6000;
    let body = RETIRED.repeat(40);
    for i in 0..n {
        let d = dir.path().join(format!("d{}", i % 50));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join(format!("f{i}.sh")), &body).unwrap();
    }
    let child = cmd(
        dir.path(),
        &[
            "check",
            "--fix",
            "--threads",
            "2",
            "--format",
            "concise",
            "--today",
            TODAY,
        ],
    )
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    // Signalled once the run is fixing: when the first temporary file of a fix appears (polled,
    // with a bound, while the child runs), not after a guessed delay.
    let mut child = child;
    let started = std::time::Instant::now();
    while !walk(dir.path()).iter().any(|p| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with(".atlas-sunset-"))
    }) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it wrote a fix"
        );
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "no fix written in 120 s"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let killed = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(killed.success());
    let o = wait_with_deadline(child, Duration::from_secs(120));
    assert_eq!(
        o.status.code(),
        Some(130),
        "the run was still going when the signal came: {}",
        text(&o).1
    );
    let fixed_body = MIGRATED.repeat(40);
    let (mut fixed, mut untouched) = (0, 0);
    for p in walk(dir.path()).into_iter().filter(|p| p.is_file()) {
        let t = std::fs::read_to_string(&p).unwrap();
        if t == fixed_body {
            fixed += 1;
        } else if t == body {
            untouched += 1;
        } else {
            panic!("{} is half-written", p.display());
        }
    }
    assert_eq!(fixed + untouched, n);
    assert!(untouched > 0, "the run stopped early");
    no_temp_files(dir.path());
}

#[test]
fn sigint_during_fix_leaves_every_file_untouched_or_completely_fixed() {
    interrupted_fix_leaves_files_whole("INT");
}

#[test]
fn sigterm_during_fix_leaves_every_file_untouched_or_completely_fixed() {
    interrupted_fix_leaves_files_whole("TERM");
}

#[test]
fn one_thread_and_many_give_the_same_fixes_and_output() {
    let make = || {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..60 {
            let text = if i % 3 == 0 {
                RETIRED.repeat(3)
            } else {
                format!("echo {i}\n{RETIRED}")
            };
            let p = dir.path().join(format!("s{}/f{i}.sh", i % 5));
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    };
    let (a, b) = (make(), make());
    let one = run(
        a.path(),
        &["check", "--diff", "--threads", "1", "--today", TODAY],
    );
    let many = run(
        b.path(),
        &["check", "--diff", "--threads", "8", "--today", TODAY],
    );
    assert_eq!(one.stdout, many.stdout);
    assert_eq!(
        String::from_utf8_lossy(&one.stdout)
            .matches("\n+++ b/")
            .count(),
        60,
        "the diff changes every file"
    );
    let one = run(
        a.path(),
        &[
            "check",
            "--fix",
            "--format",
            "json",
            "--threads",
            "1",
            "--today",
            TODAY,
        ],
    );
    let many = run(
        b.path(),
        &[
            "check",
            "--fix",
            "--format",
            "json",
            "--threads",
            "8",
            "--today",
            TODAY,
        ],
    );
    // The runs are in two folders: the JSON report's repository record names each one.
    let findings = |out: &[u8]| {
        let mut v: serde_json::Value = serde_json::from_slice(out).unwrap();
        v.as_object_mut().unwrap().remove("repository");
        v
    };
    assert_eq!(findings(&one.stdout), findings(&many.stdout));
    // Both really fixed every call (20 files with 3, 40 with 1), not merely agreed on nothing.
    let summary: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(summary["summary"]["fixed"], 100, "{}", text(&one).0);
    for i in 0..60 {
        let rel = format!("s{}/f{i}.sh", i % 5);
        let fixed = if i % 3 == 0 {
            MIGRATED.repeat(3)
        } else {
            format!("echo {i}\n{MIGRATED}")
        };
        assert_eq!(std::fs::read_to_string(a.path().join(&rel)).unwrap(), fixed);
        assert_eq!(std::fs::read_to_string(b.path().join(&rel)).unwrap(), fixed);
    }
}

#[test]
fn reports_are_identical_when_sources_are_dropped_and_read_again() {
    // Memory stays bounded: past a budget the source texts kept for the report are dropped and
    // read again while printing. The output must not change.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        let text = format!("# file {i}\n{}", RETIRED.repeat(1 + i % 4));
        std::fs::write(dir.path().join(format!("f{i:02}.sh")), text).unwrap();
    }
    for format in [
        "human", "concise", "json", "sarif", "github", "gitlab", "junit", "markdown",
    ] {
        let kept = run(
            dir.path(),
            &[
                "check", "--format", format, "--color", "never", "--today", TODAY,
            ],
        );
        let dropped = run(
            dir.path(),
            &[
                "check",
                "--format",
                format,
                "--color",
                "never",
                "--today",
                TODAY,
                "--retain-budget",
                "0",
            ],
        );
        assert_eq!(kept.stdout, dropped.stdout, "{format}");
        assert_eq!(kept.status.code(), Some(1));
    }
    let base = dir.path().join("base.json");
    let b = base.to_str().unwrap();
    run(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "--retain-budget",
            "0",
            "--write-baseline",
            b,
        ],
    );
    let o = run(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "--retain-budget",
            "0",
            "--baseline",
            b,
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o).0);
    // --fix with dropped sources reports the files as written.
    let o = run(
        dir.path(),
        &[
            "check",
            "--fix",
            "--format",
            "concise",
            "--retain-budget",
            "0",
            "--today",
            TODAY,
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o).0, text(&o).1);
}

/// The findings of a concise report without their positions: `rule: message` lines, in order.
fn concise_without_positions(out: &str) -> Vec<String> {
    out.lines()
        .filter_map(|l| l.split_once(": ").map(|(_, rest)| rest.to_string()))
        .collect()
}

#[test]
fn findings_sharing_one_line_are_the_findings_of_the_pretty_printed_file() {
    // A minified HAR-like file: 10,000 retired URLs on one 1.6 MB line, and the same JSON with one
    // key a line. (bench/run.sh times 54,000 on an 8.6 MB line; per-finding work over the whole
    // line made 8,000 take 25 s in a release build, so this one would not end in the deadline.)
    let n = 10_000;
    let entry = |i: usize| {
        format!(
            "{{\"method\":\"GET\",\"url\":\"https://cloud.mongodb.com/api/atlas/v2/groups/5f1e0c7a9d3b2a0012345678/serverless/cluster{}/backup/snapshots/{i:024x}\"}}",
            i % 97
        )
    };
    let entries: Vec<String> = (0..n).map(entry).collect();
    let minified = format!("{{\"log\":{{\"entries\":[{}]}}}}\n", entries.join(","));
    let pretty = format!(
        "{{\n \"log\": {{\n  \"entries\": [\n{}\n  ]\n }}\n}}\n",
        entries
            .iter()
            .map(|e| e
                .replace("{\"method\":", "   {\n    \"method\": ")
                .replace(",\"url\":", ",\n    \"url\": ")
                .replace("\"}", "\"\n   }"))
            .collect::<Vec<_>>()
            .join(",\n")
    );
    assert_eq!(minified.lines().count(), 1);
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [("min", &minified), ("pretty", &pretty)] {
        std::fs::create_dir(dir.path().join(name)).unwrap();
        std::fs::write(dir.path().join(name).join("har.json"), text).unwrap();
    }
    let report = |name: &str| {
        let o = run(
            &dir.path().join(name),
            &["check", "--format", "concise", "--today", TODAY, "har.json"],
        );
        let (out, err) = text(&o);
        assert_eq!(o.status.code(), Some(1), "{err}");
        out
    };
    let (min_out, pretty_out) = (report("min"), report("pretty"));
    let one_line = concise_without_positions(&min_out);
    assert_eq!(one_line.len(), n, "{}", &min_out[..min_out.len().min(2000)]);
    assert_eq!(one_line, concise_without_positions(&pretty_out));
    // Every finding of the minified file is on line 1, at the column of its own URL's path.
    let first_path = minified.find("groups/").unwrap() + 1;
    assert!(
        min_out.starts_with(&format!("har.json:1:{first_path}: ")),
        "{}",
        &min_out[..200]
    );
    let last_path = minified.rfind("groups/").unwrap() + 1;
    assert!(
        min_out.contains(&format!("har.json:1:{last_path}: ")),
        "the last URL's column"
    );
}

/// Starts `check` with the hidden readiness line on, and returns once the child said its signal
/// handlers are installed (the first thing `main` does).
fn spawn_ready(
    dir: &Path,
    args: &[&str],
) -> (Child, std::io::BufReader<std::process::ChildStderr>) {
    use std::io::BufRead;
    let mut child = cmd(dir, args)
        .env("ATLAS_SUNSET_SIGNAL_READY", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    assert_eq!(line, "atlas-sunset: signal handlers installed\n");
    (child, err)
}

/// Waits for a signalled child with a bound: one that ignores the signal fails the test, killed,
/// instead of hanging the suite.
fn status_within(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let started = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("atlas-sunset did not stop within {limit:?} of the signal");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn signal(child: &Child, sig: &str) {
    let sent = Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(sent.success());
}

#[test]
fn a_signal_before_the_rules_load_still_ends_the_run_with_status_130() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.sh"), RETIRED.repeat(2000)).unwrap();
    for sig in ["INT", "TERM"] {
        let (mut child, mut err) = spawn_ready(dir.path(), &["check", "--fix", "--today", TODAY]);
        signal(&child, sig);
        let status = status_within(&mut child, Duration::from_secs(60));
        let mut rest = String::new();
        err.read_to_string(&mut rest).unwrap();
        assert_eq!(status.code(), Some(130), "SIG{sig}: {rest}");
        assert!(rest.contains("interrupted"), "{rest}");
        let t = std::fs::read_to_string(dir.path().join("a.sh")).unwrap();
        assert!(
            t == RETIRED.repeat(2000) || t == MIGRATED.repeat(2000),
            "a.sh is half-written"
        );
        no_temp_files(dir.path());
        std::fs::write(dir.path().join("a.sh"), RETIRED.repeat(2000)).unwrap();
    }
}

#[test]
fn a_signal_inside_one_long_line_ends_the_run_with_status_130() {
    use std::io::Read;
    // Thousands of findings on one line: minutes of work if the signal waited for the file's end.
    let dir = tempfile::tempdir().unwrap();
    let line = "{\"url\":\"https://cloud.mongodb.com/api/atlas/v2/groups/g/serverless/c/backup/snapshots/s\"},"
        .repeat(200_000);
    std::fs::write(dir.path().join("har.json"), format!("[{line}{{}}]\n")).unwrap();
    let size = std::fs::metadata(dir.path().join("har.json"))
        .unwrap()
        .len();
    let (mut child, mut err) = spawn_ready(
        dir.path(),
        &[
            "check",
            "--fix",
            "--format",
            "json",
            "--max-filesize",
            "64M",
            "--today",
            TODAY,
        ],
    );
    // Signalled once the child has read the whole file (its `rchar` in /proc): it is working on
    // the line then. Polled with a bound, never a guessed delay.
    let io = format!("/proc/{}/io", child.id());
    let started = std::time::Instant::now();
    loop {
        let read: u64 = std::fs::read_to_string(&io)
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("rchar: "))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0);
        if read >= size {
            break;
        }
        assert!(child.try_wait().unwrap().is_none(), "ended before reading");
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "not read in 120 s"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    signal(&child, "INT");
    let status = status_within(&mut child, Duration::from_secs(60));
    let mut rest = String::new();
    err.read_to_string(&mut rest).unwrap();
    assert_eq!(status.code(), Some(130), "{rest}");
    no_temp_files(dir.path());
}
