//! Unit tests of mock migration: a test's mockery mocks move with the code it tests, whole, or
//! both are left for a person.

use crate::date::Date;
use crate::detect::{self, Context};
use crate::engine::fix_until_stable;
use crate::finding::Finding;
use crate::fix::Applicability;
use crate::language::Language;
use crate::rules::RuleSet;
use crate::source::SourceFile;

const GOMOD: &str = "module example.com/m\n\ngo 1.23\n";

/// `store.go` of a package: reads a snapshot through `c.<service>.<method>` of SDK `major`.
fn code(major: &str, service: &str, method: &str, comment: &str) -> String {
    format!(
        "package store\n\nimport (\n\t\"context\"\n\n\t\"go.mongodb.org/atlas-sdk/{major}/admin\"\n)\n\n\
         func Version(ctx context.Context, c *admin.APIClient) (string, error) {{\n\
         \tsnap, _, err := c.{service}.{method}(ctx, \"g\", \"c\", \"s\").Execute(){comment}\n\
         \tif err != nil {{\n\t\treturn \"\", err\n\t}}\n\
         \treturn snap.GetMongodVersion(), nil\n}}\n"
    )
}

/// `store_test.go`: a mock of `service` expecting `method` (and `extra`, more expectations).
fn test(major: &str, service: &str, method: &str, fields: &str, extra: &str) -> String {
    format!(
        "package store\n\nimport (\n\t\"context\"\n\t\"testing\"\n\n\t\"github.com/stretchr/testify/mock\"\n\
         \t\"go.mongodb.org/atlas-sdk/{major}/admin\"\n\t\"go.mongodb.org/atlas-sdk/{major}/mockadmin\"\n)\n\n\
         func TestVersion(t *testing.T) {{\n\
         \tm := mockadmin.New{service}(t)\n\
         \tm.EXPECT().{method}(mock.Anything, \"g\", \"c\", \"s\").Return(admin.{method}ApiRequest{{ApiService: m}})\n\
         \tm.EXPECT().{method}Execute(mock.AnythingOfType(\"admin.{method}ApiRequest\")).Return(&admin.ServerlessBackupSnapshot{{\n\
         {fields}\t}}, nil, nil)\n\
         {extra}\
         \tvar call *mockadmin.{service}_{method}_Call\n\t_ = call\n\
         \tif _, err := Version(context.Background(), &admin.APIClient{{{service}: m}}); err != nil {{\n\
         \t\tt.Fatal(err)\n\t}}\n}}\n"
    )
}

const FIELDS: &str = "\t\tId:            admin.PtrString(\"s\"),\n\
    \t\tMongodVersion: admin.PtrString(\"8.0.4\"),\n\
    \t\tStatus:        admin.PtrString(\"completed\"),\n";

struct Case {
    _dir: tempfile::TempDir,
    code: SourceFile,
    test: SourceFile,
}

fn case(code_text: &str, test_text: &str) -> Case {
    let dir = tempfile::tempdir().expect("temp dir");
    let pkg = dir.path().join("store");
    std::fs::create_dir_all(&pkg).expect("mkdir");
    std::fs::write(dir.path().join("go.mod"), GOMOD).expect("go.mod");
    let file = |name: &str, text: &str| {
        let p = pkg.join(name);
        std::fs::write(&p, text).expect("write");
        SourceFile::new(p, name.into(), text.into(), false, Language::Go)
    };
    Case {
        code: file("store.go", code_text),
        test: file("store_test.go", test_text),
        _dir: dir,
    }
}

fn ctx(rules: &RuleSet) -> Context<'_> {
    Context {
        rules,
        today: "2026-11-28".parse::<Date>().expect("date"),
    }
}

fn fixed(rules: &RuleSet, f: &SourceFile) -> String {
    let ctx = ctx(rules);
    let policy = crate::config::Policy::all(rules);
    let findings = crate::engine::analyze(&ctx, &policy, f);
    fix_until_stable(&ctx, &policy, f, findings, Applicability::Unsafe).0
}

fn snapshot_findings(rules: &RuleSet, f: &SourceFile) -> Vec<Finding> {
    let id = rules
        .rules
        .iter()
        .position(|r| r.id == "serverless-backup-snapshot-get")
        .expect("rule");
    detect::detect(&ctx(rules), f)
        .into_iter()
        .filter(|x| x.rule == id)
        .collect()
}

fn applicability(f: &Finding) -> Option<Applicability> {
    f.fix.as_ref().map(|x| x.applicability)
}

fn assert_in(text: &str, parts: &[&str]) {
    for p in parts {
        assert!(text.contains(p), "`{p}` missing in:\n{text}");
    }
}

#[test]
fn a_mock_of_only_the_retired_method_moves_whole_with_the_code_it_tests() {
    let rules = RuleSet::builtin().expect("rules");
    let v = "v20250312006";
    let c = case(
        &code(v, "CloudBackupsApi", "GetServerlessBackup", ""),
        &test(v, "CloudBackupsApi", "GetServerlessBackup", FIELDS, ""),
    );
    let test_found = snapshot_findings(&rules, &c.test);
    assert!(test_found.len() >= 4, "{test_found:#?}");
    for f in &test_found {
        assert_eq!(applicability(f), Some(Applicability::Unsafe), "{f:#?}");
    }
    let out = fixed(&rules, &c.test);
    assert_in(
        &out,
        &[
            "m := mockadmin.NewFlexSnapshotsApi(t)",
            "m.EXPECT().GetFlexBackup(mock.Anything, \"g\", \"c\", \"s\").Return(admin.GetFlexBackupApiRequest{ApiService: m})",
            "GetFlexBackupExecute(mock.AnythingOfType(\"admin.GetFlexBackupApiRequest\")).Return(&admin.FlexBackupSnapshot20241113{",
            "\t\tId:             admin.PtrString(\"s\"),\n\t\tMongoDBVersion: admin.PtrString(\"8.0.4\"),\n\t\tStatus:         admin.PtrString(\"COMPLETED\"),\n",
            "var call *mockadmin.FlexSnapshotsApi_GetFlexBackup_Call",
            "&admin.APIClient{FlexSnapshotsApi: m}",
        ],
    );
    assert!(!out.contains("Serverless"), "{out}");
    // The code moves in the same run, at the same threshold (unsafe), not before it.
    let code_found = snapshot_findings(&rules, &c.code);
    let call = code_found
        .iter()
        .find(|f| f.message.contains("GetServerlessBackup"))
        .expect("the call");
    assert_eq!(applicability(call), Some(Applicability::Unsafe));
    assert!(
        call.notes.iter().any(|n| n.contains("store_test.go:")),
        "{:#?}",
        call.notes
    );
    assert!(fixed(&rules, &c.code).contains("c.FlexSnapshotsApi.GetFlexBackup(ctx"));
}

#[test]
fn a_mock_that_also_expects_a_method_that_is_not_retired_is_left_with_its_code() {
    let rules = RuleSet::builtin().expect("rules");
    let v = "v20250312006";
    let extra = "\tm.EXPECT().GetReplicaSetBackup(mock.Anything, \"g\", \"c\", \"s\")\n";
    let c = case(
        &code(v, "CloudBackupsApi", "GetServerlessBackup", ""),
        &test(v, "CloudBackupsApi", "GetServerlessBackup", FIELDS, extra),
    );
    let test_found = snapshot_findings(&rules, &c.test);
    assert!(!test_found.is_empty());
    for f in &test_found {
        assert!(
            !matches!(
                applicability(f),
                Some(Applicability::Unsafe | Applicability::Safe)
            ),
            "{f:#?}"
        );
    }
    assert!(test_found.iter().any(|f| f
        .notes
        .iter()
        .any(|n| n.contains("GetReplicaSetBackup") && n.contains("Not migrated"))));
    assert_eq!(fixed(&rules, &c.test), c.test.text);
    let code_found = snapshot_findings(&rules, &c.code);
    assert!(!code_found.is_empty());
    for f in &code_found {
        assert!(
            !matches!(
                applicability(f),
                Some(Applicability::Unsafe | Applicability::Safe)
            ),
            "{f:#?}"
        );
    }
    assert_eq!(fixed(&rules, &c.code), c.code.text);
}

#[test]
fn a_mock_is_not_migrated_when_the_code_it_tests_stays() {
    let rules = RuleSet::builtin().expect("rules");
    let v = "v20250312006";
    let ignore =
        " // atlas-sunset: ignore[serverless-backup-snapshot-get] -- read by the old runner";
    let c = case(
        &code(v, "CloudBackupsApi", "GetServerlessBackup", ignore),
        &test(v, "CloudBackupsApi", "GetServerlessBackup", FIELDS, ""),
    );
    let test_found = snapshot_findings(&rules, &c.test);
    assert!(
        test_found.iter().all(|f| f.fix.is_none()),
        "{test_found:#?}"
    );
    assert!(test_found
        .iter()
        .any(|f| f.notes.iter().any(|n| n.contains("suppression"))));
    assert_eq!(fixed(&rules, &c.test), c.test.text);
}

#[test]
fn a_response_field_without_a_flex_equivalent_withholds_the_mock_and_the_code() {
    let rules = RuleSet::builtin().expect("rules");
    let v = "v20250312006";
    let fields = "\t\tStorageSizeBytes: new(int64),\n";
    let c = case(
        &code(v, "CloudBackupsApi", "GetServerlessBackup", ""),
        &test(v, "CloudBackupsApi", "GetServerlessBackup", fields, ""),
    );
    let test_found = snapshot_findings(&rules, &c.test);
    assert!(test_found.iter().all(|f| f.fix.is_none()));
    assert!(test_found
        .iter()
        .any(|f| f.notes.iter().any(|n| n.contains("StorageSizeBytes"))));
    assert_eq!(fixed(&rules, &c.code), c.code.text);
}

#[test]
fn mocks_take_the_names_of_their_sdk_era() {
    let rules = RuleSet::builtin().expect("rules");
    for (v, old_service, old, new_service, new) in [
        (
            "v20250312010",
            "CloudBackupsApi",
            "GetServerlessBackupSnapshot",
            "FlexSnapshotsApi",
            "GetFlexBackupSnapshot",
        ),
        (
            "v20250312023",
            "CloudBackupsAPI",
            "GetServerlessBackupSnapshot",
            "FlexSnapshotsAPI",
            "GetFlexBackupSnapshot",
        ),
    ] {
        let c = case(
            &code(v, old_service, old, ""),
            &test(v, old_service, old, FIELDS, ""),
        );
        let out = fixed(&rules, &c.test);
        assert_in(
            &out,
            &[
                &format!("m := mockadmin.New{new_service}(t)"),
                &format!("m.EXPECT().{new}(mock.Anything"),
                &format!("m.EXPECT().{new}Execute(mock.AnythingOfType(\"admin.{new}ApiRequest\"))"),
                &format!("*mockadmin.{new_service}_{new}_Call"),
                &format!("&admin.APIClient{{{new_service}: m}}"),
            ],
        );
        assert!(!out.contains("Serverless"), "{v}: {out}");
        assert!(fixed(&rules, &c.code).contains(&format!("c.{new_service}.{new}(ctx")));
    }
}

#[test]
fn a_mock_in_a_file_that_is_not_a_test_is_only_reported() {
    let rules = RuleSet::builtin().expect("rules");
    let v = "v20250312006";
    let c = case(
        &code(v, "CloudBackupsApi", "GetServerlessBackup", ""),
        &test(v, "CloudBackupsApi", "GetServerlessBackup", FIELDS, ""),
    );
    let helper = c.test.path.with_file_name("helper.go");
    let f = SourceFile::new(
        helper,
        "helper.go".into(),
        c.test.text.clone(),
        false,
        Language::Go,
    );
    let found = snapshot_findings(&rules, &f);
    let mock = found
        .iter()
        .find(|x| x.message.contains("mocks"))
        .expect("the mock is reported");
    assert!(mock.fix.is_none());
}

#[test]
fn a_mock_passed_to_a_helper_or_named_by_its_type_is_left_for_a_person() {
    let rules = RuleSet::builtin().expect("rules");
    let v = "v20250312006";
    for (extra, why) in [
        ("\tkeep(m)\n", "is passed on"),
        (
            "\tvar other *mockadmin.CloudBackupsApi = m\n\t_ = other\n",
            "names the mock's type",
        ),
    ] {
        let c = case(
            &code(v, "CloudBackupsApi", "GetServerlessBackup", ""),
            &format!(
                "{}\nfunc keep(any) {{}}\n",
                test(v, "CloudBackupsApi", "GetServerlessBackup", FIELDS, extra)
            ),
        );
        let test_found = snapshot_findings(&rules, &c.test);
        assert!(test_found.iter().all(|f| f.fix.is_none()), "{why}");
        assert!(
            test_found
                .iter()
                .any(|f| f.notes.iter().any(|n| n.contains(why))),
            "{why}: {test_found:#?}"
        );
        assert_eq!(fixed(&rules, &c.test), c.test.text, "{why}");
        assert_eq!(fixed(&rules, &c.code), c.code.text, "{why}");
    }
}
