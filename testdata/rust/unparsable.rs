// A cargo-generate template: not Rust until rendered, so its literals are checked as text.
// (was "/api/atlas/v2/groups/{}/serverless/{}/backup/snapshots/{}")
const URL: &str = "/api/atlas/v2/groups/{}/serverless/{}/backup/snapshots/{}";

fn main() {
    {% if with_accept %}
    let accept = "application/vnd.atlas.2023-01-01+json";
    {% endif %}
}
