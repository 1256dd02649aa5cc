//! Proc macros (derives, attributes, function-like macros) run side by side
//! on the thread pool, those of one item and those of the items queued
//! after it.
//!
//! Upstream runs a proc macro when the expansion loop reaches its
//! invocation, on the compiler's thread, and the next one only after the
//! first one's output has been parsed and collected. A derive reads only its
//! item's tokens, an attribute its arguments and its item's tokens, a
//! function-like macro its arguments, so the derives of
//! `#[derive(A, B, C)]`, and the proc macros of the next items, are
//! independent. When the loop is about to expand a proc macro
//! ([`starts_batch`]), it first expands the `#[derive]` attributes of the
//! items queued behind the current item
//! (`MacroExpander::expand_derive_attrs_ahead`, expand.rs), passing over
//! other attributes' invocations, as long as each expands to derives and
//! such attributes alone, so that their derive invocations are queued
//! behind the current item's, in the order the loop would have queued them.
//! Then [`prepare`] resolves the invocations at the end of the queue and, if
//! two or more of them are proc macros, runs them all with `par_map`, each
//! with a detached server. The loop then goes on as
//! upstream's does; when it reaches each of these invocations, the
//! expansion takes the finished output instead of running the macro
//! ([`BatchRuns::take`], from `proc_macro.rs`).
//!
//! What this owns, and what it shares across threads:
//!
//! - **Numbers.** Everything a run needs before it starts is handed out on
//!   the compiler's thread, in queue order: the expansion of the `#[derive]`
//!   attributes ahead (their expansions, the derive invocations' ids, the
//!   items' definitions), then, in [`prepare`], the resolution of each
//!   invocation (its expansion data and hash), its input tokens
//!   and the syntax contexts of its `def_site`, `call_site` and
//!   `mixed_site` spans. The batch is formed and
//!   prepared in the same way at every thread count (`par_map` runs its
//!   units in place at one thread), so these numbers do not depend on it.
//!   They come in another order than upstream's (the next items' `#[derive]`
//!   attributes before this item's derives, the next items' attributes
//!   resolved before this item's expansion), which no program can see; a
//!   diagnostic of such an attribute (a derive on a trait, an unstable
//!   attribute) prints before the diagnostics of the earlier items' proc
//!   macros.
//! - **A run** (`run_detached`) shares with the other units the session
//!   (read only: options, the source map, the interners) and the proc
//!   macro's handle counters (atomic). It parses strings and literals
//!   against a `DetachedSession`: the source files they register come in
//!   any order, but every token parsed from them carries the call site's
//!   span, and the whole batch registers the same files, each once (the
//!   source map looks a file up and registers it under one lock), so the
//!   files registered after it get the same positions at every thread
//!   count. Everything else a server would write (diagnostics from the
//!   macro, the environment variables and files it tracks) is recorded as a
//!   `ServerRecord`, in call order.
//! - **The commit** ([`BatchRuns::take`]) runs where upstream would have
//!   run the macro: it merges the run's side tables into the session's and
//!   applies its records in order, then the expansion parses the output. So
//!   diagnostics appear where, and in the order, one thread prints them.
//! - **What only the compiler's thread can do.** A run that needs the
//!   expansion itself (`TokenStream::expand_expr`), the crate store
//!   (`recover_proc_macro_span`), the session's list of quoted spans
//!   (`save_span`), or whose detached session reported anything, is
//!   dropped; the expansion runs that macro again in its place, as upstream
//!   does. A proc macro may be run any number of times.
//!
//! A proc macro that keeps state across calls (a counter for unique names)
//! sees its calls in another order, or on another thread, under threads.
//! `-Z parallel-expansion` without `proc-macros` turns the batches off.

use std::sync::Arc;

use rustc_ast::tokenstream::TokenStream;
use rustc_data_structures::fx::FxHashMap;
use rustc_data_structures::sync::par_map;
use rustc_proc_macro::bridge::PanicMessage;
use rustc_session::Session;
use rustc_span::source_map::SourceMap;
use rustc_span::{LocalExpnId, sym};

use crate::base::{ExtCtxt, SyntaxExtension, SyntaxExtensionKind};
use crate::detached_session::{DetachedSession, SideTables};
use crate::expand::{Invocation, InvocationKind, attr_proc_macro_input};
use crate::proc_macro::{AttrClient, BangClient, DeriveClient, exec_strategy};
use crate::proc_macro_server::{Rustc, ServerRecord, ServerSpans};

/// The batched invocations the expansion has not reached yet: the finished
/// run, or `None` for a run that has to be done again on the compiler's
/// thread (kept, so that no later batch runs it again).
#[derive(Default)]
pub(crate) struct BatchRuns {
    runs: FxHashMap<LocalExpnId, Option<BatchRun>>,
}

/// One run on the pool, and what its server recorded.
struct BatchRun {
    output: Result<TokenStream, PanicMessage>,
    records: Vec<ServerRecord>,
    tables: SideTables,
}

impl BatchRuns {
    /// Whether the invocation expanded as `invoc_id` has a finished run,
    /// which [`BatchRuns::take`] will return.
    pub(crate) fn has_run(&self, invoc_id: LocalExpnId) -> bool {
        matches!(self.runs.get(&invoc_id), Some(Some(_)))
    }

    /// The output of the proc macro expanded as `invoc_id`, if it was run in
    /// a batch, committed to the session as if it had been run now; `None`
    /// if the expansion has to run it.
    pub(crate) fn take(
        &mut self,
        sess: &Session,
        invoc_id: LocalExpnId,
    ) -> Option<Result<TokenStream, PanicMessage>> {
        let run = self.runs.remove(&invoc_id)??;
        run.tables.commit(&sess.psess);
        for record in run.records {
            record.apply(sess);
        }
        Some(run.output)
    }
}

/// The state a detached server keeps in place of the expansion context.
pub(crate) struct DetachedServer<'s> {
    pub(crate) sess: &'s Session,
    pub(crate) session: DetachedSession,
    pub(crate) span_debug: bool,
    /// Set by a call that only the compiler's thread can answer: the run is
    /// dropped and done again there.
    pub(crate) needs_driver: bool,
    pub(crate) records: Vec<ServerRecord>,
}

/// A proc macro a batch can run: a derive, an attribute or a function-like
/// macro.
#[derive(Clone, Copy)]
enum BatchClient {
    Derive(DeriveClient),
    Attr(AttrClient),
    Bang(BangClient),
}

/// The proc-macro client behind `invoc`, resolved as `ext`, if the batch
/// can run it: a proc-macro derive, attribute or function-like macro.
fn batch_client(invoc: &Invocation, ext: &SyntaxExtension) -> Option<BatchClient> {
    match (&invoc.kind, &ext.kind) {
        (InvocationKind::Derive { .. }, SyntaxExtensionKind::Derive(expander)) => {
            expander.proc_macro_client().map(BatchClient::Derive)
        }
        (InvocationKind::Attr { .. }, SyntaxExtensionKind::Attr(expander)) => {
            expander.proc_macro_client().map(BatchClient::Attr)
        }
        (InvocationKind::Bang { .. }, SyntaxExtensionKind::Bang(expander)) => {
            expander.proc_macro_client().map(BatchClient::Bang)
        }
        _ => None,
    }
}

/// Whether the expansion loop, about to expand `first` (resolved as
/// `first_ext`), starts a batch there: `first` is a proc macro that no batch
/// has run yet, and batches are on.
pub(crate) fn starts_batch(
    cx: &ExtCtxt<'_>,
    first: &Invocation,
    first_ext: &SyntaxExtension,
) -> bool {
    batch_client(first, first_ext).is_some()
        && !cx.proc_macro_runs.runs.contains_key(&first.expansion_data.id)
        && cx.ecfg.parallel.proc_macros
        && !(cx.sess.opts.incremental.is_some() && cx.sess.opts.unstable_opts.cache_proc_macros)
}

/// Called by the expansion loop, outside force mode, when
/// [`starts_batch`] says so, with `queue` the rest of the loop's queue
/// (whose last entries are expanded next). Resolves the invocations at the
/// end of the queue and, if two or more of these and `first` are proc
/// macros, runs them on the pool and keeps their outputs in
/// `cx.proc_macro_runs`. The unit of work is one proc macro's run; the
/// units are in the order the loop reaches them, and each one's output is
/// committed at its own turn, so the order they finish in does not show.
pub(crate) fn prepare(
    cx: &mut ExtCtxt<'_>,
    first: &Invocation,
    first_ext: &SyntaxExtension,
    queue: &mut [(Invocation, Option<Arc<SyntaxExtension>>)],
) {
    let Some(first_client) = batch_client(first, first_ext) else { return };
    // The proc macros to run, in the order the loop will reach them: `first`,
    // then the queue from its end. The other invocations between them
    // (built-in derives, `macro_rules!` macros, an item's derive helpers such
    // as `#[serde(...)]`, which are queued as attributes) are resolved and
    // left to the loop. A `#[derive]` attribute (whose derives do not exist
    // yet), a glob delegation, or an invocation that cannot be resolved yet
    // ends the batch.
    let mut members = vec![(first, first_client)];
    for (invoc, ext) in queue.iter_mut().rev() {
        match &invoc.kind {
            InvocationKind::Derive { .. } | InvocationKind::Bang { .. } => {}
            InvocationKind::Attr { attr, .. } if !attr.has_name(sym::derive) => {}
            _ => break,
        }
        if cx.proc_macro_runs.runs.contains_key(&invoc.expansion_data.id) {
            // Already run in an earlier batch.
            continue;
        }
        if ext.is_none() {
            match cx.resolver.resolve_macro_invocation(invoc, invoc.expansion_data.id, false) {
                Ok(resolved) => *ext = Some(resolved),
                Err(_) => break,
            }
        }
        if let Some(client) = ext.as_deref().and_then(|ext| batch_client(invoc, ext)) {
            members.push((&*invoc, client));
        }
    }
    if members.len() < 2 {
        return;
    }
    let saved_expansion = cx.current_expansion.clone();
    let units: Vec<_> = members
        .iter()
        .map(|&(invoc, client)| {
            let input = match &invoc.kind {
                InvocationKind::Derive { item, .. } => Input::Tokens(item.to_tokens()),
                InvocationKind::Bang { mac, .. } => Input::Tokens(mac.args.tokens.clone()),
                InvocationKind::Attr { attr, item, .. } => Input::AttrAndItem(
                    attr.get_normal_item().args.unparsed_ref().unwrap().inner_tokens(),
                    attr_proc_macro_input(&cx.sess.psess, attr, item),
                ),
                _ => unreachable!(),
            };
            cx.current_expansion = invoc.expansion_data.clone();
            (invoc.expansion_data.id, client, input, ServerSpans::of(cx))
        })
        .collect();
    cx.current_expansion = saved_expansion;
    let sess = cx.sess;
    let source_map = sess.psess.clone_source_map();
    let (span_debug, backtrace) = (cx.ecfg.span_debug, cx.ecfg.proc_macro_backtrace);
    let runs: Vec<(LocalExpnId, Option<BatchRun>)> =
        sess.prof.generic_activity("expand_proc_macro_batch").run(|| {
            par_map(units, |(id, client, input, spans)| {
                (id, run_detached(sess, &source_map, client, input, spans, span_debug, backtrace))
            })
        });
    cx.proc_macro_runs.runs.extend(runs);
}

/// What a run is given: a derive's item or a function-like macro's
/// arguments, or an attribute's arguments and item.
enum Input {
    Tokens(TokenStream),
    AttrAndItem(TokenStream, TokenStream),
}

/// Runs one proc macro with a detached server; `None` if the run has to be
/// done again on the compiler's thread.
fn run_detached(
    sess: &Session,
    source_map: &Arc<SourceMap>,
    client: BatchClient,
    input: Input,
    spans: ServerSpans,
    span_debug: bool,
    backtrace: bool,
) -> Option<BatchRun> {
    let mut server = DetachedServer {
        sess,
        session: DetachedSession::new(sess, source_map),
        span_debug,
        needs_driver: false,
        records: Vec::new(),
    };
    let strategy = exec_strategy(sess);
    let rustc = Rustc::detached(spans, &mut server);
    let output = match (client, input) {
        (BatchClient::Derive(client) | BatchClient::Bang(client), Input::Tokens(tokens)) => {
            client.run(&strategy, rustc, tokens, backtrace)
        }
        (BatchClient::Attr(client), Input::AttrAndItem(args, item)) => {
            client.run(&strategy, rustc, args, item, backtrace)
        }
        _ => unreachable!("a batch's client and input are made together"),
    };
    let DetachedServer { session, needs_driver, records, .. } = server;
    if needs_driver {
        session.discard();
        return None;
    }
    let tables = session.finish()?;
    Some(BatchRun { output, records, tables })
}
