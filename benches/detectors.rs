//! Micro-benchmarks, one per detector on a realistic file (a fixture from `testdata/` inside a few
//! hundred lines of ordinary code of its language), plus the prefilter's miss path and the whole
//! per-file pipeline, so a regression in one detector shows up by itself. `cargo bench`.

use std::path::Path;

use atlas_sunset::date::Date;
use atlas_sunset::detect::{detect, Context};
use atlas_sunset::language::classify;
use atlas_sunset::rules::RuleSet;
use atlas_sunset::source::SourceFile;
use divan::counter::BytesCount;
use divan::{black_box, Bencher};

fn main() {
    divan::main();
}

/// Lines of ordinary code around the call sites: what most of a real file is.
const FILLER_LINES: usize = 400;

fn today() -> Date {
    "2026-11-28".parse().expect("a date")
}

/// `fixture` wrapped in ordinary code: half the filler before it, half after.
fn realistic(fixture: &str, filler: fn(usize) -> String) -> String {
    let n = FILLER_LINES / 20;
    let mut text = String::new();
    for i in 0..n / 2 {
        text.push_str(&filler(i));
    }
    text.push_str(fixture);
    text.push('\n');
    for i in n / 2..n {
        text.push_str(&filler(i));
    }
    text
}

fn shell_filler(i: usize) -> String {
    format!(
        "deploy_{i}() {{\n  # roll out region {i}\n  local out=\"/tmp/deploy_{i}.json\"\n  curl --silent --fail --digest -u \"$PUBLIC_KEY:$PRIVATE_KEY\" \\\n    -H 'Accept: application/vnd.atlas.2023-02-01+json' \\\n    \"https://cloud.mongodb.com/api/atlas/v2/groups/$GROUP_ID/clusters/$CLUSTER/backup/snapshots\" > \"$out\"\n  jq -r '.results[] | .id' \"$out\"\n  if [ -s \"$out\" ]; then\n    echo \"region {i}: $(wc -l < \"$out\") snapshots\"\n  fi\n  for f in /etc/app/*.conf; do\n    sed -i 's/old/new/' \"$f\"\n  done\n  atlas clusters describe \"$CLUSTER\" --projectId \"$GROUP_ID\" -o json | jq -r .stateName\n  npx serverless deploy --stage \"stage{i}\"\n}}\n\n"
    )
}

fn go_filler(i: usize) -> String {
    format!(
        "// Clusters{i} lists the clusters of one project.\nfunc Clusters{i}(ctx context.Context, client *admin.APIClient, groupID string) ([]string, error) {{\n\tres, _, err := client.ClustersApi.ListClusters(ctx, groupID).Execute()\n\tif err != nil {{\n\t\treturn nil, fmt.Errorf(\"clusters {i}: %w\", err)\n\t}}\n\tnames := make([]string, 0, len(res.GetResults()))\n\tfor _, c := range res.GetResults() {{\n\t\tnames = append(names, c.GetName())\n\t}}\n\turl := fmt.Sprintf(\"%s/api/atlas/v2/groups/%s/clusters\", base, groupID)\n\t_ = url\n\treturn names, nil\n}}\n\n\n\n\n\n"
    )
}

fn rust_filler(i: usize) -> String {
    format!(
        "/// Lists the clusters of one project ({i}).\npub async fn clusters_{i}(c: &reqwest::Client, base: &str, g: &str) -> reqwest::Result<Vec<String>> {{\n    let url = format!(\"{{base}}/api/atlas/v2/groups/{{g}}/clusters\");\n    let resp = c\n        .get(url)\n        .header(ACCEPT, \"application/vnd.atlas.2023-02-01+json\")\n        .send()\n        .await?;\n    let body: serde_json::Value = resp.json().await?;\n    let names = body[\"results\"]\n        .as_array()\n        .map(|a| a.iter().filter_map(|x| x[\"name\"].as_str().map(str::to_string)).collect())\n        .unwrap_or_default();\n    Ok(names)\n}}\n\n\n\n\n"
    )
}

fn python_filler(i: usize) -> String {
    format!(
        "\n\ndef clusters_{i}(group_id):\n    \"\"\"Lists the clusters of one project ({i}).\"\"\"\n    url = f\"{{BASE}}/api/atlas/v2/groups/{{group_id}}/clusters\"\n    resp = requests.get(url, headers={{\"Accept\": \"application/vnd.atlas.2023-02-01+json\"}}, timeout=30)\n    resp.raise_for_status()\n    names = []\n    for c in resp.json().get(\"results\", []):\n        names.append(c[\"name\"])\n    # serverless instances were migrated to flex clusters\n    return names\n\n\n\n\n\n\n"
    )
}

fn text_filler(i: usize) -> String {
    format!(
        "Section {i}. The cluster backup policy keeps daily snapshots for seven days; see\nhttps://cloud.mongodb.com/api/atlas/v2/groups/{{groupId}}/clusters/{{clusterName}}/backup/schedule\nfor the schedule of a dedicated cluster. Serverless instances became Flex clusters,\nwhose snapshots live under /flexClusters/{{name}}/backup/snapshots.\n\nOperators rotate keys every ninety days and record it in the audit log.\nAlerts go to the on-call channel; restores are tested every quarter.\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
    )
}

struct Case {
    name: &'static str,
    file: &'static str,
    text: String,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "url_text",
            file: "notes.txt",
            text: realistic(
                "GET https://cloud.mongodb.com/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}\nAccept: application/vnd.atlas.2023-01-01+json\n",
                text_filler,
            ),
        },
        Case {
            name: "url_python",
            file: "snapshots.py",
            text: realistic(include_str!("../testdata/python/requests_fstring.py"), python_filler),
        },
        Case {
            name: "shell",
            file: "snapshot.sh",
            text: realistic(include_str!("../testdata/shell/atlas_api.sh"), shell_filler),
        },
        Case {
            name: "go",
            file: "snapshots.go",
            text: realistic(include_str!("../testdata/go/era_v20250312007_renamed.go"), go_filler),
        },
        Case {
            name: "rust",
            file: "client.rs",
            text: realistic(include_str!("../testdata/rust/reqwest_chain.rs"), rust_filler),
        },
    ]
}

fn source(case: &Case) -> SourceFile {
    let path = Path::new(case.file);
    let language = classify(path, case.text.as_bytes());
    SourceFile::new(
        path.to_path_buf(),
        case.file.into(),
        case.text.clone(),
        false,
        language,
    )
}

const DETECTORS: &[&str] = &["url_text", "url_python", "shell", "go", "rust"];

/// One detector on one realistic file that holds call sites (the prefilter hit path).
#[divan::bench(args = DETECTORS)]
fn detector(bencher: Bencher, name: &str) {
    let rules = RuleSet::builtin().expect("the built-in rules");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let case = cases()
        .into_iter()
        .find(|c| c.name == name)
        .expect("a case");
    let file = source(&case);
    assert!(
        !detect(&ctx, &file).is_empty(),
        "{name}: the fixture must be reported"
    );
    bencher
        .counter(BytesCount::new(case.text.len()))
        .bench(|| detect(&ctx, black_box(&file)));
}

/// The same files without their call sites: what the miss path costs when the prefilter cannot
/// rule a file out and the detector runs anyway.
#[divan::bench(args = DETECTORS)]
fn detector_no_call_site(bencher: Bencher, name: &str) {
    let rules = RuleSet::builtin().expect("the built-in rules");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let filler: fn(usize) -> String = match name {
        "url_text" => text_filler,
        "url_python" => python_filler,
        "shell" => shell_filler,
        "go" => go_filler,
        _ => rust_filler,
    };
    let file_name = cases()
        .into_iter()
        .find(|c| c.name == name)
        .expect("a case")
        .file;
    let case = Case {
        name: "",
        file: file_name,
        text: realistic("", filler),
    };
    let file = source(&case);
    bencher
        .counter(BytesCount::new(case.text.len()))
        .bench(|| detect(&ctx, black_box(&file)));
}

/// The literal prefilter on a file without a trigger: what almost every file costs.
#[divan::bench(args = DETECTORS)]
fn prefilter_miss(bencher: Bencher, name: &str) {
    let rules = RuleSet::builtin().expect("the built-in rules");
    let case = cases()
        .into_iter()
        .find(|c| c.name == name)
        .expect("a case");
    let text = case
        .text
        .replace("serverless/", "flexClusters/")
        .replace("Serverless", "Flex");
    assert!(
        !rules.prefilter_hit(text.as_bytes()),
        "{name}: the miss case must miss"
    );
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| rules.prefilter_hit(black_box(text.as_bytes())));
}

/// Language classification from the name and the first bytes.
#[divan::bench(args = ["deploy.sh", "Makefile", ".github/workflows/ci.yml", "README.md", "bin/tool"])]
fn classify_name(name: &str) -> atlas_sunset::language::Language {
    classify(
        black_box(Path::new(name)),
        black_box(b"#!/usr/bin/env bash\nset -e\n"),
    )
}

/// The per-file pipeline after the read: classify, decode into a `SourceFile`, detect.
#[divan::bench(args = DETECTORS)]
fn whole_file(bencher: Bencher, name: &str) {
    let rules = RuleSet::builtin().expect("the built-in rules");
    let ctx = Context {
        rules: &rules,
        today: today(),
    };
    let case = cases()
        .into_iter()
        .find(|c| c.name == name)
        .expect("a case");
    bencher.counter(BytesCount::new(case.text.len())).bench(|| {
        let path = Path::new(case.file);
        let language = classify(path, &case.text.as_bytes()[..case.text.len().min(256)]);
        let file = SourceFile::new(
            path.to_path_buf(),
            case.file.into(),
            case.text.clone(),
            false,
            language,
        );
        detect(&ctx, &file)
    });
}

/// Compiling the built-in rules, once per run.
#[divan::bench]
fn rules_builtin() -> RuleSet {
    RuleSet::builtin().expect("the built-in rules")
}
