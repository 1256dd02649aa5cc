//! A parse session of its own, for work that parses off the compiler's
//! thread.
//!
//! The session's side tables (gated spans, the symbol gallery, raw
//! identifiers, buffered lints, the two recovery maps) keep their entries in
//! the order they were recorded, and that order reaches diagnostics. Work on
//! the thread pool that parses (module files before expansion,
//! `module_prefetch`; proc macros run side by side, `proc_macro_batch`;
//! `macro_rules!` outputs, `macro_rules_batch`) therefore parses against a
//! [`DetachedSession`]: a `ParseSess` that shares
//! only the source map (and the symbol and span interners) with the
//! compiler's, and whose diagnostics go to an emitter that only remembers
//! that something was emitted. [`DetachedSession::finish`] hands its side
//! tables over as [`SideTables`], and the compiler's thread commits them into
//! the session's with [`SideTables::commit`] at the point where the serial
//! compiler would have recorded them. So nothing is shared but what is
//! locked already, and nothing is recorded in thread-timing order.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rustc_ast::Attribute;
use rustc_ast::attr::AttrIdGenerator;
use rustc_ast::mut_visit::{self, MutVisitor};
use rustc_errors::emitter::Emitter;
use rustc_errors::{BufferedEarlyLint, DiagCtxt, DiagInner};
use rustc_session::Session;
use rustc_session::parse::ParseSess;
use rustc_span::source_map::SourceMap;
use rustc_span::{Span, Symbol};

/// A parse session for one unit of work on the thread pool, or for several
/// pieces of work done with it one after another ([`DetachedSession::take`]).
pub(crate) struct DetachedSession {
    pub(crate) psess: ParseSess,
    reported: Arc<AtomicBool>,
    /// How many raw identifiers earlier pieces took (the list only grows).
    raw_identifiers_taken: usize,
}

impl DetachedSession {
    /// A session sharing `source_map`, parsing as `sess` does (edition and
    /// unstable features).
    pub(crate) fn new(sess: &Session, source_map: &Arc<SourceMap>) -> DetachedSession {
        let reported = Arc::new(AtomicBool::new(false));
        let dcx = DiagCtxt::new(Box::new(Witness(Arc::clone(&reported))));
        let mut psess = ParseSess::with_dcx(dcx, Arc::clone(source_map));
        psess.edition = sess.psess.edition;
        psess.unstable_features = sess.psess.unstable_features;
        psess.assume_incomplete_release = sess.psess.assume_incomplete_release;
        DetachedSession { psess, reported, raw_identifiers_taken: 0 }
    }

    /// The side tables, or `None` if the session reported anything (an
    /// error, a warning, a delayed bug). The work is then to be done again on
    /// the compiler's thread, where its diagnostics appear as upstream's do.
    pub(crate) fn finish(mut self) -> Option<SideTables> {
        if self.has_reported() {
            self.discard();
            return None;
        }
        Some(self.drain_tables())
    }

    /// Drops the session and what it holds unreported, for work that is done
    /// again on the compiler's thread (which reports its diagnostics).
    pub(crate) fn discard(self) {
        self.psess.dcx().discard_unreported();
    }

    /// For a session that does several pieces of work in turn: the side
    /// tables the piece done since the last call recorded, or `None` if it
    /// reported anything. Then, as after [`DetachedSession::finish`], the
    /// piece is to be done again on the compiler's thread, and the session
    /// is replaced by a fresh one, so that what the piece left in it cannot
    /// change the next piece.
    pub(crate) fn take(
        &mut self,
        sess: &Session,
        source_map: &Arc<SourceMap>,
    ) -> Option<SideTables> {
        if self.has_reported() {
            std::mem::replace(self, DetachedSession::new(sess, source_map)).discard();
            return None;
        }
        Some(self.drain_tables())
    }

    fn has_reported(&self) -> bool {
        // Inside `par_map`'s units the session defers what is emitted, to
        // print it in serial order; this call flushes it to the witness (the
        // work records no future-breakage lints, so it reports nothing else).
        self.psess.dcx().emit_future_breakage_report();
        self.reported.load(Ordering::Relaxed)
            || self.psess.dcx().has_errors_or_delayed_bugs().is_some()
    }

    fn drain_tables(&mut self) -> SideTables {
        let psess = &mut self.psess;
        // Each feature's spans stay in order, and the commit appends each to
        // its own feature's list: the order of the features does not matter.
        #[allow(rustc::potential_query_instability)]
        let gated_spans = psess.gated_spans.spans.get_mut().drain().collect();
        let raw_identifier_spans: Vec<Span> =
            psess.raw_identifier_spans.iter().skip(self.raw_identifiers_taken).collect();
        self.raw_identifiers_taken += raw_identifier_spans.len();
        SideTables {
            gated_spans,
            symbol_gallery: psess.symbol_gallery.symbols.get_mut().drain(..).collect(),
            raw_identifier_spans,
            buffered_lints: std::mem::take(psess.buffered_lints.get_mut()),
            ambiguous_block_expr_parse: psess
                .ambiguous_block_expr_parse
                .get_mut()
                .drain(..)
                .collect(),
            bad_unicode_identifiers: psess.bad_unicode_identifiers.get_mut().drain(..).collect(),
        }
    }
}

/// What a detached session recorded, each table in its own order.
pub(crate) struct SideTables {
    gated_spans: Vec<(Symbol, Vec<Span>)>,
    symbol_gallery: Vec<(Symbol, Span)>,
    raw_identifier_spans: Vec<Span>,
    buffered_lints: Vec<BufferedEarlyLint>,
    ambiguous_block_expr_parse: Vec<(Span, Span)>,
    bad_unicode_identifiers: Vec<(Symbol, Vec<Span>)>,
}

impl SideTables {
    /// Appends every table to the session's, as if the work had been done
    /// now on this thread.
    pub(crate) fn commit(self, psess: &ParseSess) {
        {
            let mut gated = psess.gated_spans.spans.borrow_mut();
            for (feature, spans) in self.gated_spans {
                gated.entry(feature).or_default().extend(spans);
            }
        }
        for (symbol, span) in self.symbol_gallery {
            psess.symbol_gallery.insert(symbol, span);
        }
        for span in self.raw_identifier_spans {
            psess.raw_identifier_spans.push(span);
        }
        psess.buffered_lints.lock().extend(self.buffered_lints);
        psess.ambiguous_block_expr_parse.borrow_mut().extend(self.ambiguous_block_expr_parse);
        let mut bad = psess.bad_unicode_identifiers.borrow_mut();
        for (symbol, spans) in self.bad_unicode_identifiers {
            bad.entry(symbol).or_default().extend(spans);
        }
    }
}

/// Gives every attribute a fresh id from the session's generator, in
/// visiting order: what a detached session parsed has ids from its own.
pub(crate) struct RenumberAttrs<'a>(pub(crate) &'a AttrIdGenerator);

impl MutVisitor for RenumberAttrs<'_> {
    fn visit_attribute(&mut self, attr: &mut Attribute) {
        attr.id = self.0.mk_attr_id();
        mut_visit::walk_attribute(self, attr);
    }
}

/// An emitter that only remembers that something was emitted.
struct Witness(Arc<AtomicBool>);

impl Emitter for Witness {
    fn emit_diagnostic(&mut self, _diag: DiagInner) {
        self.0.store(true, Ordering::Relaxed);
    }

    fn emit_future_breakage_report(&mut self, _diags: Vec<DiagInner>) {
        self.0.store(true, Ordering::Relaxed);
    }

    fn source_map(&self) -> Option<&SourceMap> {
        None
    }
}
