//! prustc: the `srcloc` cookies of inline assembly, a function of the program.
//!
//! Every inline assembly call carries `!srcloc` metadata, one 64-bit cookie per line
//! of the template, and LLVM hands the cookie back when it reports a problem in that
//! line, so that the diagnostic can point at the source. Upstream's cookie is the
//! line's span itself, its two byte positions. Byte positions in files of other
//! crates are handed out in the order those files are first imported into the source
//! map, and under threads that order is the schedule's. The cookie goes into the
//! module's bitcode, which an rlib embeds (`.llvmbc`), so a crate that instantiates
//! `core::hint::black_box` (as `std::thread::spawn` does) or any other generic with
//! `asm!` wrote other bytes from run to run at `-Z threads=2`.
//!
//! This module owns the cookie: a hash of the stable id of the span's file and of the
//! span's offsets in that file, the same at every thread count and in every run, and
//! never 0, which LLVM reads as "no location" (a dummy span still gets 0). It also
//! owns the way back, a registry from cookie to span for the diagnostic.
//!
//! Shared across threads: the registry, a process-wide map behind a `Mutex` (not the
//! sync layer's `Lock`: the LLVM workers run beside the compiler's thread even at
//! `-Z threads=1`). The threads that generate code insert one entry per line of
//! assembly; the LLVM worker that reports a problem reads it. Entries are keyed by
//! their session too (the address of its `OutputFilenames`, one allocation that the
//! session's code generation and its workers share), so that two sessions in one
//! process do not read each other's spans; a later session that gets the same
//! address overwrites an entry before it can ask for it.

use std::hash::Hash;
use std::sync::{Arc, LazyLock, Mutex};

use rustc_codegen_ssa::back::write::CodegenContext;
use rustc_data_structures::fx::FxHashMap;
use rustc_data_structures::stable_hasher::StableHasher;
use rustc_hashes::Hash64;
use rustc_middle::ty::TyCtxt;
use rustc_session::config::OutputFilenames;
use rustc_span::{BytePos, Span, SpanData, SyntaxContext};

type Registry = Mutex<FxHashMap<(usize, u64), (BytePos, BytePos)>>;

static REGISTRY: LazyLock<Registry> = LazyLock::new(Default::default);

fn session(output_filenames: &Arc<OutputFilenames>) -> usize {
    Arc::as_ptr(output_filenames).addr()
}

/// The cookie of one line of an inline assembly template whose source is `span`.
pub(crate) fn cookie(tcx: TyCtxt<'_>, span: Span) -> u64 {
    let data = span.data();
    if data.lo == BytePos(0) && data.hi == BytePos(0) {
        return 0;
    }
    let file = tcx.sess.source_map().lookup_source_file(data.lo);
    let mut hasher = StableHasher::new();
    file.stable_id.hash(&mut hasher);
    (data.lo - file.start_pos).0.hash(&mut hasher);
    (data.hi - file.start_pos).0.hash(&mut hasher);
    let cookie = hasher.finish::<Hash64>().as_u64().max(1);
    let mut registry = REGISTRY.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    registry.insert((session(tcx.output_filenames(())), cookie), (data.lo, data.hi));
    cookie
}

/// The span whose line got `cookie`, if this session made it.
pub(crate) fn span_of(cgcx: &CodegenContext, cookie: u64) -> Option<SpanData> {
    let registry = REGISTRY.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let &(lo, hi) = registry.get(&(session(&cgcx.output_filenames), cookie))?;
    Some(SpanData { lo, hi, ctxt: SyntaxContext::root(), parent: None })
}
