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

#[test]
fn symlink_loops_and_links_out_of_the_tree_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("target.sh"), RETIRED).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("a")).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("a/loop")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("a"), dir.path().join("a/self")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("target.sh"), dir.path().join("out.sh"))
        .unwrap();
    std::fs::write(dir.path().join("real.sh"), RETIRED).unwrap();

    let o = run(
        dir.path(),
        &[
            "check", "-v", "--format", "concise", "--fix", "--today", TODAY,
        ],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(0), "{out}{err}");
    assert!(err.contains("out.sh: skipped: symbolic link"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("real.sh")).unwrap(),
        MIGRATED
    );
    assert_eq!(
        std::fs::read_to_string(outside.path().join("target.sh")).unwrap(),
        RETIRED,
        "never written through a link"
    );

    // Named on the command line, a link is read but never written through.
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
    let o = run(
        dir.path(),
        &[
            "check",
            "--today",
            TODAY,
            "a/loop/a/loop/a/self/loop/real.sh",
            "missing-loop",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
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
    std::thread::sleep(Duration::from_millis(300));
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
    for i in 0..60 {
        let rel = format!("s{}/f{i}.sh", i % 5);
        assert_eq!(
            std::fs::read(a.path().join(&rel)).unwrap(),
            std::fs::read(b.path().join(&rel)).unwrap()
        );
    }
}

#[test]
fn no_format_prints_literal_credentials() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let secrets = [
        "4f0c1e2d-9a8b-4c7d-8e6f-5a4b3c2d1e0f",
        "fakesignature",
        "s3cr3t-P4ssw0rd-value",
        "hunter2-hunter2",
        "tok_live_51HxFakeTokenValue",
    ];
    for format in [
        "human", "concise", "json", "sarif", "github", "gitlab", "junit",
    ] {
        let o = run(
            root,
            &[
                "check",
                "--format",
                format,
                "--unsafe-fixes",
                "--today",
                TODAY,
                "testdata/secrets",
            ],
        );
        let (out, err) = text(&o);
        assert!(
            out.contains("serverless-backup-snapshot-get"),
            "{format}: {out}"
        );
        for s in secrets {
            assert!(!out.contains(s) && !err.contains(s), "{format} printed {s}");
        }
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
