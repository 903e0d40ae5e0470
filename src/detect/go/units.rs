//! Migration units: a retired call and every type and use it needs change together or not at all.
//! When a call must stay for a person, the SDK types it shares with the rest of the region are
//! not rewritten on their own (the file would stop compiling), in its rule and in any rule whose
//! types are the same model (the restore-job model is both the create body and the get result).

use super::{Hit, Unit};
use crate::fix::Applicability;
use crate::rules::RuleSet;
use crate::source::LineIndex;

/// True when a hit's fix is applied by `--fix --unsafe-fixes`.
fn applied(h: &Hit) -> bool {
    matches!(&h.fix, Some((a, _, _)) if *a > Applicability::DisplayOnly)
}

fn line(lines: &LineIndex, pos: usize) -> usize {
    lines.line_of(pos) + 1
}

/// The top-level declaration a hit belongs to (calls and types only).
fn decl(h: &Hit) -> Option<&std::ops::Range<usize>> {
    match &h.unit {
        Unit::Call(d) | Unit::Type(_, d) if !d.is_empty() => Some(d),
        _ => None,
    }
}

/// The first held call or type of a rule that shares its declaration (a function's signature and
/// body) with a call or type that would change without it: its line.
fn held_with_types(hits: &[(Hit, String)], lines: &LineIndex) -> Option<usize> {
    hits.iter().find_map(|(h, _)| {
        let d = decl(h).filter(|_| !applied(h))?;
        let call_or_type_held = matches!(h.unit, Unit::Call(_)) || h.fix.is_some();
        if !call_or_type_held {
            return None;
        }
        hits.iter()
            .any(|(t, _)| {
                applied(t) && decl(t).is_some_and(|td| d.start <= td.start && td.end <= d.end)
            })
            .then(|| line(lines, h.span.start))
    })
}

/// Demotes every fix of a rule whose types a held call pins (its own held call, in the declaration
/// it is in, or another rule's held call of the same model anywhere in the region) to
/// display-only, with a note naming the call: the rule's calls, types and uses in this region
/// compile only together.
pub fn keep_whole(found: &mut [(usize, Vec<(Hit, String)>)], rules: &RuleSet, lines: &LineIndex) {
    // Models pinned by held calls, for the other rules: (model name, rule holding it, line).
    let pinned: Vec<(String, usize, usize)> = found
        .iter()
        .filter_map(|(ri, hits)| {
            let (h, _) = hits
                .iter()
                .find(|(h, _)| matches!(h.unit, Unit::Call(_)) && !applied(h))?;
            let model = rules.rules[*ri].go.as_ref()?.old_model.clone();
            (!model.is_empty()).then(|| (model, *ri, line(lines, h.span.start)))
        })
        .collect();
    for (ri, hits) in found.iter_mut() {
        let other = || {
            hits.iter().find_map(|(h, _)| match &h.unit {
                Unit::Type(name, _) if applied(h) => pinned
                    .iter()
                    .find(|(m, r, _)| m == name && r != ri)
                    .map(|(_, _, l)| *l),
                _ => None,
            })
        };
        let Some(call_line) = held_with_types(hits, lines).or_else(other) else {
            continue;
        };
        let note = format!(
            "Not applied: line {call_line} needs a person, and the SDK calls and types it shares with this \
             code change only together with it (a migration is applied whole or not at all)."
        );
        for (h, _) in hits.iter_mut() {
            if let Some((a, _, _)) = &mut h.fix {
                if *a > Applicability::DisplayOnly {
                    *a = Applicability::DisplayOnly;
                    h.notes
                        .retain(|n| !n.starts_with("Applied only with --unsafe-fixes"));
                    h.notes.push(note.clone());
                }
            }
        }
    }
}
