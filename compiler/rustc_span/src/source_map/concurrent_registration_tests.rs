//! prustc: creating the same source file from several threads at once.
//!
//! Proc macros that a batch runs side by side may parse the same string at
//! the same moment (`rustc_expand::proc_macro_batch`); each parse creates the
//! string's source file. The source map must register it once, or every file
//! registered afterwards would start at another position than on one thread.

use std::sync::Barrier;

use rustc_data_structures::sync::{check_dyn_thread_safe, set_dyn_thread_safe_mode};

use super::*;

const THREADS: usize = 4;

#[test]
fn same_file_from_several_threads_is_registered_once() {
    set_dyn_thread_safe_mode(true);
    for round in 0..200 {
        let sm = SourceMap::new(FilePathMapping::empty());
        let shared = check_dyn_thread_safe().unwrap().derive(&sm);
        let barrier = Barrier::new(THREADS);
        std::thread::scope(|scope| {
            for _ in 0..THREADS {
                scope.spawn(|| {
                    barrier.wait();
                    let name = FileName::Custom("proc-macro source".to_string());
                    shared.new_source_file(name, "struct S;".repeat(1000));
                });
            }
        });
        sm.new_source_file(FileName::Custom("next".to_string()), "fn f() {}".to_string());

        let files = sm.files();
        assert_eq!(files.len(), 2, "round {round}: the shared file was registered more than once");
        assert_eq!(files[1].start_pos, files[0].end_position() + BytePos(1), "round {round}");
    }
}
