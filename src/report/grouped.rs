//! `--group-by` for the human and concise formats: a heading per owner or folder, that group's
//! findings under it. The reports come sorted by group.

use std::io::{self, Write};

use super::Outcome;
use crate::cli::{Format, GroupBy};
use crate::engine::{FileReport, Mode};

pub fn write(
    out: &mut dyn Write,
    o: &Outcome<'_>,
    format: Format,
    by: Option<GroupBy>,
    group_of: &dyn Fn(&FileReport) -> String,
    color: bool,
) -> io::Result<()> {
    let write_part = |out: &mut dyn Write, part: &Outcome<'_>| match format {
        Format::Human => super::human::write(out, part, color),
        _ => super::concise::write(out, part),
    };
    let Some(by) = by.filter(|_| o.mode == Mode::Check) else {
        return write_part(out, o);
    };
    let name = match by {
        GroupBy::Owner => "owner",
        GroupBy::Folder => "folder",
    };
    let mut start = 0;
    while start < o.reports.len() {
        let key = group_of(&o.reports[start]);
        let len = o.reports[start..]
            .iter()
            .take_while(|r| group_of(r) == key)
            .count();
        let part = Outcome {
            reports: &o.reports[start..start + len],
            ..*o
        };
        let n = part.findings().count();
        if n > 0 {
            writeln!(
                out,
                "== {name} {key}: {n} finding{} ==",
                if n == 1 { "" } else { "s" }
            )?;
            write_part(out, &part)?;
        }
        start += len;
    }
    Ok(())
}
