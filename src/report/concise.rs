//! `--format concise`: one line per finding, `path:line:col: severity[rule] message`.

use std::io::{self, Write};

use super::{position, Outcome};

pub fn write(out: &mut dyn Write, o: &Outcome<'_>) -> io::Result<()> {
    for (report, f) in o.findings() {
        let (start, _) = position(report, f);
        let rule = o.rules.info(f.rule);
        writeln!(
            out,
            "{}:{}:{}: {}[{}] {}",
            report.display,
            start.line,
            start.column,
            f.severity.name(),
            rule.id,
            f.message
        )?;
    }
    Ok(())
}
