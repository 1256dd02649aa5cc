//! The outputs of `macro_rules!` invocations parsed side by side on the
//! thread pool, those of the invocations queued one after the other.
//!
//! Upstream expands a `macro_rules!` invocation when the expansion loop
//! reaches it: it matches the arguments against the rules, transcribes the
//! matched rule's body into tokens, and parses the tokens as the AST the
//! invocation stands for. Of the three, only the parse hands out no numbers
//! (transcription makes syntax contexts), so only the parse moves. When the
//! loop is about to expand such an invocation
//! ([`starts_batch`]), [`prepare`] takes it and the function-like
//! invocations queued right behind it, matches and transcribes each
//! `macro_rules!` one of them on the compiler's thread, in queue order, and
//! then parses their outputs with `par_map`. When the loop reaches each of
//! them, the expansion takes the parsed output ([`take`], from
//! `expand_invoc`) instead of expanding the macro.
//!
//! What this owns, and what it shares across threads:
//!
//! - **Numbers.** Matching and transcription run on the compiler's thread,
//!   in queue order, at every thread count (`par_map` runs its units in
//!   place at one thread): the syntax contexts the transcriber makes for the
//!   output's spans, and the entries it adds to the session's table of
//!   metavariable spans, are made in the same order whatever the thread
//!   count. They are made before the invocations between are expanded; the
//!   contexts' numbers do not reach the output (the metadata numbers them
//!   itself), and the table is kept the same as upstream's by the rule
//!   below.
//! - **The metavariable-span table** (`rustc_span::MetavarSpansMap`) maps a
//!   token's span to the span of the metavariable it was substituted for;
//!   its first entry for a span wins, and parsing reads it to join spans. An
//!   invocation's transcription adds entries keyed by its argument tokens'
//!   spans, and parsing its output reads entries of its output's spans. So
//!   an invocation joins the batch only if none of its argument tokens
//!   starts where a token of an earlier invocation the batch walked does
//!   ([`claim_positions`]): then no invocation of the batch, nor an
//!   expansion that comes between them at the loop's pace, adds or reads an
//!   entry another one adds, and each gets the entries upstream's order
//!   gives it. (A macro that passes the same tokens to two invocations makes
//!   them share positions; the second is expanded at its turn.)
//! - **A unit of work** (`parse_unit`) parses the outputs of eight
//!   consecutive members, one after another, against one
//!   `DetachedSession`. It shares with the other units the session (read
//!   only: options, the source map, the interners) and the
//!   metavariable-span table (read, under its lock). Matching and
//!   transcription also run against a detached session (one for the
//!   batch). A detached session hands over the side tables (gated spans,
//!   buffered lints...) of each member separately, and is replaced by a
//!   fresh one after a member that reported anything, so that no member's
//!   work depends on another's. The tables are committed at the member's
//!   turn, and the attributes of its output get their ids then, in order.
//! - **The turn** ([`take`]) commits what the run recorded, records the
//!   rule's use for the `unused_macro_rules` lint, and hands the output to
//!   the expansion, which collects it as upstream's does. Diagnostics
//!   therefore appear where, and in the order, one thread prints them.
//! - **What is left to the turn.** An invocation whose matching,
//!   transcription or parse reports anything (an error, a warning, a
//!   delayed bug) or panics is expanded again at its turn, as upstream
//!   expands it, and so is every invocation while `trace_macros!` is on.
//!   Expanding a `macro_rules!` macro twice gives the same output.
//!
//! `-Z parallel-expansion` without `macro-rules` turns the batches off.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use rustc_ast::NodeId;
use rustc_ast::token::TokenKind;
use rustc_ast::tokenstream::{TokenStream, TokenTree};
use rustc_data_structures::fx::{FxHashMap, FxHashSet};
use rustc_data_structures::sync::par_map;
use rustc_hir::def::MacroKinds;
use rustc_session::Session;
use rustc_span::source_map::SourceMap;
use rustc_span::{BytePos, Ident, LocalExpnId, Span};

use crate::base::{ExtCtxt, SyntaxExtension, SyntaxExtensionKind};
use crate::detached_session::{DetachedSession, RenumberAttrs, SideTables};
use crate::expand::{AstFragment, AstFragmentKind, Invocation, InvocationKind};
use crate::mbe::macro_rules::{MacroRulesMacroExpander, parse_output_detached};

/// How many queued invocations a batch looks at, at most.
const MAX_WALK: usize = 128;

/// How many members' outputs one unit of work parses, one after another
/// with one detached session: enough that a session's cost is spread, few
/// enough that the units balance on the pool.
const UNIT_LEN: usize = 8;

/// The batched invocations the expansion has not reached yet: the parsed
/// output, or `None` for one that is expanded at its turn (kept, so that no
/// later batch tries it again).
#[derive(Default)]
pub(crate) struct MacroRulesRuns {
    runs: FxHashMap<LocalExpnId, Option<Run>>,
}

/// One invocation matched, transcribed and parsed ahead of its turn.
struct Run {
    rule_index: usize,
    fragment: AstFragment,
    /// Whether the parse made attributes, whose ids are then made again.
    has_attrs: bool,
    /// What matching and transcription recorded, then what the parse did.
    tables: [SideTables; 2],
}

/// The `macro_rules!` macro behind `invoc`, resolved as `ext`, if `invoc`
/// is a function-like invocation of it.
fn macro_rules_of<'e>(
    invoc: &Invocation,
    ext: &'e SyntaxExtension,
) -> Option<&'e Arc<MacroRulesMacroExpander>> {
    match (&invoc.kind, &ext.kind) {
        (InvocationKind::Bang { .. }, SyntaxExtensionKind::MacroRules(expander))
            if expander.kinds().contains(MacroKinds::BANG) =>
        {
            Some(expander)
        }
        _ => None,
    }
}

/// Whether the expansion loop, about to expand `first` (resolved as
/// `first_ext`), starts a batch there: `first` invokes a `macro_rules!`
/// macro, no batch has taken it yet, `trace_macros!` is off and batches are
/// on.
pub(crate) fn starts_batch(
    cx: &ExtCtxt<'_>,
    first: &Invocation,
    first_ext: &SyntaxExtension,
) -> bool {
    macro_rules_of(first, first_ext).is_some()
        && !cx.macro_rules_runs.runs.contains_key(&first.expansion_data.id)
        && !cx.trace_macros()
        && cx.ecfg.parallel.macro_rules
}

/// Called by the expansion loop, outside force mode, when [`starts_batch`]
/// says so, with `queue` the rest of the loop's queue (whose last entries
/// are expanded next). The batch is `first` and the function-like
/// invocations at the end of the queue, resolved here, up to the first
/// invocation of another kind, one that cannot be resolved yet, or one an
/// earlier batch took (and at most [`MAX_WALK`] of them). Those of them that
/// invoke `macro_rules!` macros and whose argument tokens start where no
/// earlier one's do are the members. If there are two or more, each is
/// matched and transcribed here, in order, and their outputs are parsed on
/// the pool and kept in `cx.macro_rules_runs`; otherwise every invocation
/// walked is marked as tried. The unit of work is the parse of [`UNIT_LEN`]
/// consecutive members' outputs; each output is committed at its own turn,
/// so the order the units finish in does not show.
pub(crate) fn prepare(
    cx: &mut ExtCtxt<'_>,
    first: &Invocation,
    first_ext: &SyntaxExtension,
    queue: &mut [(Invocation, Option<Arc<SyntaxExtension>>)],
) {
    let Some(first_expander) = macro_rules_of(first, first_ext) else { return };
    // The function-like invocations up to the first of another kind, one that
    // cannot be resolved yet, or one an earlier batch took (where that
    // batch's walk went on).
    let mut walked = vec![(first, Some(Arc::clone(first_expander)))];
    for (invoc, ext) in queue.iter_mut().rev().take(MAX_WALK) {
        if !matches!(invoc.kind, InvocationKind::Bang { .. })
            || cx.macro_rules_runs.runs.contains_key(&invoc.expansion_data.id)
        {
            break;
        }
        if ext.is_none() {
            match cx.resolver.resolve_macro_invocation(invoc, invoc.expansion_data.id, false) {
                Ok(resolved) => *ext = Some(resolved),
                Err(_) => break,
            }
        }
        let expander = ext.as_deref().and_then(|ext| macro_rules_of(invoc, ext)).cloned();
        walked.push((&*invoc, expander));
    }
    // Every function-like invocation claims its tokens' positions, those that
    // stay for the loop (built-in and proc macros) too, since they are
    // expanded between the members' turns.
    let walked_ids: Vec<_> = walked
        .iter()
        .map(|(invoc, expander)| (invoc.expansion_data.id, expander.is_some()))
        .collect();
    let mut members = Vec::new();
    if walked_ids.iter().filter(|(_, is_macro_rules)| *is_macro_rules).count() >= 2 {
        let mut claimed = FxHashSet::default();
        for (invoc, expander) in walked {
            if claim_positions(&mut claimed, bang_args(invoc))
                && let Some(expander) = expander
            {
                members.push((invoc, expander));
            }
        }
    }
    if members.len() < 2 {
        // None of them starts a batch again: at their turns the queue behind
        // them holds what it holds now (what comes between is expanded
        // before), and a walk stops at them.
        for (id, _) in walked_ids {
            cx.macro_rules_runs.runs.insert(id, None);
        }
        return;
    }
    let sess = cx.sess;
    let source_map = sess.psess.clone_source_map();
    let mut session = DetachedSession::new(sess, &source_map);
    let mut units: Vec<Vec<Unit>> = Vec::new();
    for (invoc, expander) in members {
        let id = invoc.expansion_data.id;
        let InvocationKind::Bang { mac, span } = &invoc.kind else { unreachable!() };
        let transcribed =
            expander.match_and_transcribe_detached(&session.psess, &mac.args.tokens, id);
        let (Some((rule_index, tokens)), Some(matching)) =
            (transcribed, session.take(sess, &source_map))
        else {
            cx.macro_rules_runs.runs.insert(id, None);
            continue;
        };
        if units.last().is_none_or(|unit| unit.len() == UNIT_LEN) {
            units.push(Vec::with_capacity(UNIT_LEN));
        }
        units.last_mut().unwrap().push(Unit {
            id,
            rule_index,
            tokens,
            matching,
            kind: invoc.fragment_kind,
            site_span: *span,
            name: expander.name(),
            lint_node_id: invoc.expansion_data.lint_node_id,
            is_trailing_mac: invoc.expansion_data.is_trailing_mac,
            is_local: expander.is_local(),
        });
    }
    let _unreported = session.finish();
    let runs: Vec<Vec<(LocalExpnId, Option<Run>)>> = sess
        .prof
        .generic_activity("expand_macro_rules_batch")
        .run(|| par_map(units, |unit| parse_unit(sess, &source_map, unit)));
    cx.macro_rules_runs.runs.extend(runs.into_iter().flatten());
}

/// A function-like invocation's argument tokens.
fn bang_args(invoc: &Invocation) -> &TokenStream {
    match &invoc.kind {
        InvocationKind::Bang { mac, .. } => &mac.args.tokens,
        _ => unreachable!("a batch holds function-like invocations only"),
    }
}

/// Adds the start of every token and delimiter in `tokens` to `claimed`;
/// whether none of them was there already. Every span the transcriber keys
/// an entry of the metavariable-span table by, and every span of the output
/// that does not carry the invocation's own mark, starts at one of these
/// positions (a fragment's span at its first token's).
fn claim_positions(claimed: &mut FxHashSet<BytePos>, tokens: &TokenStream) -> bool {
    let mut disjoint = true;
    for tree in tokens.iter() {
        match tree {
            TokenTree::Token(token, _) => {
                disjoint &= claimed.insert(token.span.lo());
                if let TokenKind::NtIdent(ident, _) | TokenKind::NtLifetime(ident, _) = token.kind {
                    disjoint &= claimed.insert(ident.span.lo());
                }
            }
            TokenTree::Delimited(span, _, _, inner) => {
                disjoint &= claimed.insert(span.open.lo());
                disjoint &= claimed.insert(span.close.lo());
                disjoint &= claim_positions(claimed, inner);
            }
        }
    }
    disjoint
}

/// A member of a batch, transcribed, to be parsed on the pool.
struct Unit {
    id: LocalExpnId,
    rule_index: usize,
    tokens: TokenStream,
    matching: SideTables,
    kind: AstFragmentKind,
    site_span: Span,
    name: Ident,
    lint_node_id: NodeId,
    is_trailing_mac: bool,
    is_local: bool,
}

/// Parses the outputs of consecutive members against one detached session
/// (a fresh one after an output that reported anything); `None` for an
/// invocation that is to be expanded at its turn.
fn parse_unit(
    sess: &Session,
    source_map: &Arc<SourceMap>,
    unit: Vec<Unit>,
) -> Vec<(LocalExpnId, Option<Run>)> {
    let mut session = DetachedSession::new(sess, source_map);
    let runs = unit
        .into_iter()
        .map(|member| {
            let Unit {
                id,
                rule_index,
                tokens,
                matching,
                kind,
                site_span,
                name,
                lint_node_id,
                is_trailing_mac,
                is_local,
            } = member;
            let attrs_before = session.psess.attr_id_generator.mk_attr_id();
            let fragment = catch_unwind(AssertUnwindSafe(|| {
                parse_output_detached(
                    &session.psess,
                    tokens,
                    kind,
                    site_span,
                    name,
                    lint_node_id,
                    is_trailing_mac,
                    is_local,
                )
            }));
            let Ok(fragment) = fragment else {
                // After a panic, nothing more is parsed with this session.
                let used = std::mem::replace(&mut session, DetachedSession::new(sess, source_map));
                let _unreported = used.finish();
                return (id, None);
            };
            let attrs_after = session.psess.attr_id_generator.mk_attr_id();
            let has_attrs = attrs_after.as_u32() - attrs_before.as_u32() > 1;
            let Some(parse) = session.take(sess, source_map) else { return (id, None) };
            let Some(fragment) = fragment else { return (id, None) };
            (id, Some(Run { rule_index, fragment, has_attrs, tables: [matching, parse] }))
        })
        .collect();
    let _unreported = session.finish();
    runs
}

/// At the turn of the invocation being expanded (`cx.current_expansion`),
/// resolved as `ext`: its output, if a batch parsed it, committed to the
/// session as if it had been expanded now; `None` if the expansion has to
/// expand it.
pub(crate) fn take(cx: &mut ExtCtxt<'_>, ext: &SyntaxExtensionKind) -> Option<AstFragment> {
    let SyntaxExtensionKind::MacroRules(expander) = ext else { return None };
    let run = cx.macro_rules_runs.runs.remove(&cx.current_expansion.id)??;
    if cx.trace_macros() {
        // `trace_macros!(true)` came between the batch and this turn: the
        // expansion writes its notes.
        return None;
    }
    let Run { rule_index, mut fragment, has_attrs, tables } = run;
    let psess = &cx.sess.psess;
    for tables in tables {
        tables.commit(psess);
    }
    if has_attrs {
        fragment.mut_visit_with(&mut RenumberAttrs(&psess.attr_id_generator));
    }
    expander.record_rule_usage(cx, rule_index);
    Some(fragment)
}
