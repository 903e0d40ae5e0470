//! `check --diff --split-by owner|folder --out DIR`: one `git apply`-able patch per owner or
//! top-level folder, so a campaign can open one pull request per team.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::cli::GroupBy;
use crate::engine::FileReport;
use crate::group::{self, Grouper};

/// One patch written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Patch {
    pub group: String,
    pub path: PathBuf,
    pub files: usize,
    pub fixes: usize,
}

/// Writes the diffs of `reports` into `dir`, one `<group>.patch` per group. Returns what was written.
pub fn write_patches(
    dir: &Path,
    reports: &[FileReport],
    grouper: &Grouper,
    by: GroupBy,
) -> Result<Vec<Patch>, String> {
    let mut groups: BTreeMap<String, (String, usize, usize)> = BTreeMap::new();
    for r in reports.iter().filter(|r| !r.diff.is_empty()) {
        let entry = groups.entry(grouper.key(by, &r.display)).or_default();
        entry.0.push_str(&r.diff);
        entry.1 += 1;
        entry.2 += r.fixed;
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut used = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (key, (text, files, fixes)) in groups {
        let base = group::slug(&key);
        let mut name = format!("{base}.patch");
        let mut n = 2;
        while !used.insert(name.clone()) {
            name = format!("{base}-{n}.patch");
            n += 1;
        }
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        out.push(Patch {
            group: key,
            path,
            files,
            fixes,
        });
    }
    Ok(out)
}
