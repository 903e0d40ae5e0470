//! `UPDATE_EXPECT=1` rewrites golden and fixture files from the tool's output. Only `1` blesses:
//! unset, empty or `0` compare; any other value is a mistake and stops the test.

pub fn blessing() -> bool {
    match std::env::var("UPDATE_EXPECT").as_deref() {
        Ok("1") => true,
        Ok("" | "0") | Err(std::env::VarError::NotPresent) => false,
        Ok(other) => {
            panic!("UPDATE_EXPECT={other}: use 1 to rewrite the expected files, or unset it")
        }
        Err(e) => panic!("UPDATE_EXPECT: {e}"),
    }
}
