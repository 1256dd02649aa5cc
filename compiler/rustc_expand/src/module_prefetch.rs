//! Parsing the crate's out-of-line module files on the thread pool, before
//! expansion.
//!
//! Upstream reads and parses each `mod foo;` file when the expansion's
//! `InvocationCollector` reaches its declaration, one file after another on
//! the compiler's thread. Before expansion, [`prefetch_modules`] finds the
//! files it can know without expanding anything: the `mod foo;` items of the
//! crate root, of inline modules and of the files found so far, whose
//! attributes are inert and whose `#[cfg]`s it can decide from the `--cfg`
//! set alone. It goes level by level: the files of a level are registered
//! in the source map on the calling thread in the order they were found,
//! then parsed with `par_map`, and the next level is found in the results.
//! The collector later takes each parsed file instead of parsing it, at the
//! point where it would have parsed it.
//!
//! What this owns, and what it shares across threads:
//!
//! - **Source-file positions.** Only the calling thread registers files, in
//!   an order that depends on the crate's sources alone, so every file gets
//!   the same start position at every thread count. The order is not
//!   upstream's (a level's files come before the next level's), but the
//!   collector never registers a file the prefetch registered.
//! - **The parse of one file** runs on any thread, against a
//!   `DetachedSession` (`detached_session.rs`) that shares only the source
//!   map (already read: the file is registered) and the symbol and span
//!   interners (whose order does not reach the output). Its side tables
//!   (gated spans, the symbol gallery, raw identifiers, buffered lints, the
//!   two recovery maps) stay with the result, and its attributes' ids are
//!   private to it.
//! - **The commit** ([`PrefetchedMods::take`]) runs where the collector
//!   would have parsed the file: it merges the side tables into the
//!   session's, in their order, and gives the attributes ids from the
//!   session's generator. So everything the session records is recorded at
//!   the same point and in the same order as when the collector parses.
//! - **Diagnostics.** A parse that reports anything (an error, a warning, a
//!   delayed bug) or panics is dropped unseen; the collector parses that file
//!   again when it reaches it, and its diagnostics appear there, as
//!   upstream's do.
//!
//! A file the collector never reaches stays registered and unused: that
//! happens only when expansion stops early on an error. `-Z parallel-expansion`
//! without `module-prefetch` turns the prefetch off (the files are then
//! registered in upstream's order).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustc_ast::mut_visit::MutVisitor;
use rustc_ast::{
    AttrKind, AttrVec, Attribute, Inline, Item, ItemKind, LitKind, MetaItemInner, MetaItemKind,
    ModKind, ModSpans, PathSegment,
};
use rustc_data_structures::fx::{FxHashMap, FxHashSet};
use rustc_data_structures::sync::par_map;
use rustc_parse::lexer::StripTokens;
use rustc_parse::{exp, new_parser_from_source_file};
use rustc_session::Session;
use rustc_span::source_map::SourceMap;
use rustc_span::{SourceFile, Symbol, sym};
use thin_vec::ThinVec;

use crate::base::ModuleData;
use crate::detached_session::{DetachedSession, RenumberAttrs, SideTables};
use crate::module::{DirOwnership, mod_dir_path, mod_file_path};

/// The parsed files the collector has not taken yet, by path.
#[derive(Default)]
pub(crate) struct PrefetchedMods {
    files: FxHashMap<PathBuf, ParsedFile>,
}

/// One file parsed with a session of its own, and what that session
/// recorded.
struct ParsedFile {
    attrs: AttrVec,
    items: ThinVec<Box<Item>>,
    spans: ModSpans,
    tables: SideTables,
}

impl PrefetchedMods {
    /// The parsed file at `path`, committed to the session as if it had been
    /// parsed now: its side tables merged, its attributes numbered.
    pub(crate) fn take(
        &mut self,
        sess: &Session,
        path: &Path,
    ) -> Option<(AttrVec, ThinVec<Box<Item>>, ModSpans)> {
        let mut file = self.files.remove(path)?;
        let psess = &sess.psess;
        file.tables.commit(psess);
        let mut renumber = RenumberAttrs(&psess.attr_id_generator);
        for attr in file.attrs.iter_mut() {
            renumber.visit_attribute(attr);
        }
        for item in file.items.iter_mut() {
            renumber.visit_item(item);
        }
        Some((file.attrs, file.items, file.spans))
    }
}

/// A `mod foo;` found before expansion, and the context its own `mod`
/// items are resolved in.
struct Found {
    path: PathBuf,
    dir_path: PathBuf,
    dir_ownership: DirOwnership,
}

/// Finds, registers and parses the module files reachable from the crate
/// root without expansion (see the module documentation).
pub(crate) fn prefetch_modules(
    sess: &Session,
    enabled: bool,
    root_attrs: &[Attribute],
    root_items: &[Box<Item>],
    root_file: &Path,
    root_dir: &Path,
) -> PrefetchedMods {
    let mut prefetched = PrefetchedMods::default();
    if !enabled || !may_descend(sess, root_attrs) {
        return prefetched;
    }
    let mut seen = FxHashSet::default();
    seen.insert(root_file.to_path_buf());
    let mut level = Vec::new();
    find_mods(
        sess,
        root_items,
        root_dir,
        DirOwnership::Owned { relative: None },
        &mut seen,
        &mut level,
    );
    let source_map = sess.psess.clone_source_map();
    while !level.is_empty() {
        // Registration, on this thread and in the order found: the start
        // positions do not depend on the thread count.
        let level_files: Vec<(Found, Arc<SourceFile>)> = level
            .drain(..)
            .filter_map(|found| {
                let file = source_map.load_file(&found.path).ok()?;
                Some((found, file))
            })
            .collect();
        let parsed: Vec<Option<ParsedFile>> =
            par_map(level_files.iter().map(|(_, file)| Arc::clone(file)), |file| {
                parse_detached(sess, &source_map, file)
            });
        for ((found, _), parsed) in level_files.into_iter().zip(parsed) {
            let Some(parsed) = parsed else { continue };
            if may_descend(sess, &parsed.attrs) {
                find_mods(
                    sess,
                    &parsed.items,
                    &found.dir_path,
                    found.dir_ownership,
                    &mut seen,
                    &mut level,
                );
            }
            prefetched.files.insert(found.path, parsed);
        }
    }
    prefetched
}

/// Parses the registered `file` with a session of its own; `None` if the
/// parse reported anything or panicked.
fn parse_detached(
    sess: &Session,
    source_map: &Arc<SourceMap>,
    file: Arc<SourceFile>,
) -> Option<ParsedFile> {
    let session = DetachedSession::new(sess, source_map);
    let result = catch_unwind(AssertUnwindSafe(|| {
        let mut parser = match new_parser_from_source_file(
            &session.psess,
            file,
            StripTokens::ShebangAndFrontmatter,
        ) {
            Ok(parser) => parser,
            Err(diags) => {
                diags.into_iter().for_each(|diag| diag.cancel());
                return None;
            }
        };
        match parser.parse_mod(exp!(Eof)) {
            Ok(parsed) => Some(parsed),
            Err(diag) => {
                diag.cancel();
                None
            }
        }
    }));
    let Ok(Some((attrs, items, spans))) = result else {
        session.discard();
        return None;
    };
    let tables = session.finish()?;
    Some(ParsedFile { attrs, items, spans, tables })
}

/// Appends to `found` the out-of-line modules declared in `items`, and in
/// the inline modules among them, that can be known before expansion.
fn find_mods(
    sess: &Session,
    items: &[Box<Item>],
    dir_path: &Path,
    dir_ownership: DirOwnership,
    seen: &mut FxHashSet<PathBuf>,
    found: &mut Vec<Found>,
) {
    for item in items {
        let ItemKind::Mod(_, ident, mod_kind) = &item.kind else { continue };
        if !is_known_before_expansion(sess, &item.attrs) {
            continue;
        }
        let module = ModuleData {
            mod_path: Vec::new(),
            file_path_stack: Vec::new(),
            dir_path: dir_path.to_path_buf(),
        };
        match mod_kind {
            ModKind::Loaded(items, Inline::Yes, _) => {
                let (dir_path, dir_ownership) =
                    mod_dir_path(sess, *ident, &item.attrs, &module, dir_ownership, Inline::Yes);
                find_mods(sess, items, &dir_path, dir_ownership, seen, found);
            }
            ModKind::Unloaded => {
                let Ok(mp) = mod_file_path(sess, *ident, &item.attrs, dir_path, dir_ownership)
                else {
                    continue;
                };
                if !seen.insert(mp.file_path.clone()) {
                    continue;
                }
                let dir_path = mp.file_path.parent().unwrap_or(&mp.file_path).to_path_buf();
                found.push(Found { path: mp.file_path, dir_path, dir_ownership: mp.dir_ownership });
            }
            ModKind::Loaded(_, Inline::No { .. }, _) => {}
        }
    }
}

/// Whether the `mod` item with these attributes is certainly kept and
/// loaded as written: every attribute is inert, every `#[cfg]` holds, every
/// `#[path]` is a string.
fn is_known_before_expansion(sess: &Session, attrs: &[Attribute]) -> bool {
    attrs.iter().all(|attr| {
        if attr.has_name(sym::path) {
            attr.value_str().is_some()
        } else {
            is_inert_and_true(sess, attr)
        }
    })
}

/// Whether the items of a module with these inner attributes are certainly
/// kept: every attribute is inert and every `#![cfg]` holds.
fn may_descend(sess: &Session, attrs: &[Attribute]) -> bool {
    attrs.iter().all(|attr| !attr.has_name(sym::path) && is_inert_and_true(sess, attr))
}

/// The built-in attributes that neither remove an item nor change where
/// its module is read from.
const INERT: &[Symbol] = &[
    sym::allow,
    sym::warn,
    sym::deny,
    sym::forbid,
    sym::expect,
    sym::doc,
    sym::macro_use,
    sym::deprecated,
    sym::feature,
    sym::no_std,
    sym::no_implicit_prelude,
    sym::recursion_limit,
    sym::crate_type,
    sym::crate_name,
];

/// Tools whose attributes are inert.
const INERT_TOOLS: &[Symbol] = &[sym::rustfmt, sym::clippy, sym::rustdoc];

fn is_inert_and_true(sess: &Session, attr: &Attribute) -> bool {
    let AttrKind::Normal(normal) = &attr.kind else { return true };
    let segments = &normal.item.path.segments;
    let name = segments[0].ident.name;
    if segments.len() > 1 {
        return INERT_TOOLS.contains(&name);
    }
    if name == sym::cfg {
        return match attr.meta_item_list().as_deref() {
            Some([predicate]) => eval_cfg(sess, predicate) == Some(true),
            _ => false,
        };
    }
    if name == sym::cfg_attr {
        // Whatever the predicate, it may only add attributes that are inert.
        return match attr.meta_item_list().as_deref() {
            Some([_predicate, added @ ..]) => added.iter().all(|added| match added {
                MetaItemInner::MetaItem(item) => is_inert_path(&item.path.segments),
                MetaItemInner::Lit(_) => false,
            }),
            _ => false,
        };
    }
    INERT.contains(&name)
}

/// Whether an attribute with this path is one of `INERT` or a tool's.
fn is_inert_path(segments: &[PathSegment]) -> bool {
    match segments {
        [only] => INERT.contains(&only.ident.name),
        [tool, ..] => INERT_TOOLS.contains(&tool.ident.name),
        [] => false,
    }
}

/// A `cfg` predicate decided from the `--cfg` set alone; `None` where that
/// is not enough (`version`, `accessible`, `target(..)`, malformed input).
fn eval_cfg(sess: &Session, predicate: &MetaItemInner) -> Option<bool> {
    let item = match predicate {
        MetaItemInner::Lit(lit) => {
            return match lit.kind {
                LitKind::Bool(value) => Some(value),
                _ => None,
            };
        }
        MetaItemInner::MetaItem(item) => item,
    };
    let name = item.ident()?.name;
    match &item.kind {
        MetaItemKind::Word => Some(sess.psess.config.contains(&(name, None))),
        MetaItemKind::NameValue(lit) => match lit.kind {
            LitKind::Str(value, _) => Some(sess.psess.config.contains(&(name, Some(value)))),
            _ => None,
        },
        MetaItemKind::List(list) => {
            let mut values = list.iter().map(|inner| eval_cfg(sess, inner));
            if name == sym::all {
                values.try_fold(true, |all, value| Some(value? && all))
            } else if name == sym::any {
                values.try_fold(false, |any, value| Some(value? || any))
            } else if name == sym::not && list.len() == 1 {
                values.next()?.map(|value| !value)
            } else {
                None
            }
        }
    }
}
