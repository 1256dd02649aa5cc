//@ edition: 2021
// Derive macros for `derive-batch.rs`. Each one exercises a different part
// of the proc-macro server, so that the derives, run side by side on the
// thread pool, meet every kind of server call:
//
// - `Name` builds its output from a string (`TokenStream::from_str`, which
//   registers a source file) and a parsed literal (`Literal::from_str`);
// - `Fields` builds its output token by token and reads the item's source
//   text and the line of its name; it has a helper attribute, `fields_note`;
// - `Loud` emits a warning through `proc_macro::Diagnostic`, and for items
//   whose name starts with `Bad` an error and a `compile_error!`;
// - `Fragile` panics for items whose name starts with `Panic`, and emits
//   tokens that do not parse for items whose name starts with `Garbled`;
// - `Eager` asks the compiler to expand a macro in its input
//   (`TokenStream::expand_expr`), which only the compiler's own thread can
//   do.

#![feature(proc_macro_diagnostic, proc_macro_expand)]

extern crate proc_macro;

use proc_macro::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// The name of the struct or enum in `input`, and its span.
fn item_name(input: &TokenStream) -> (String, Span) {
    let mut tokens = input.clone().into_iter();
    while let Some(tree) = tokens.next() {
        if let TokenTree::Ident(keyword) = &tree {
            let keyword = keyword.to_string();
            if keyword == "struct" || keyword == "enum" {
                if let Some(TokenTree::Ident(name)) = tokens.next() {
                    return (name.to_string(), name.span());
                }
            }
        }
    }
    panic!("no struct or enum in the input");
}

#[proc_macro_derive(Name)]
pub fn derive_name(input: TokenStream) -> TokenStream {
    let (name, _) = item_name(&input);
    let length: Literal = format!("{}usize", name.len()).parse().unwrap();
    let mut output: TokenStream = format!(
        "impl {name} {{ pub const NAME: &'static str = \"{name}\"; pub const NAME_LEN: usize = LEN; }}"
    )
    .parse()
    .unwrap();
    // Replace the placeholder `LEN` by the parsed literal.
    output = output
        .into_iter()
        .map(|tree| replace_ident(tree, "LEN", &TokenTree::Literal(length.clone())))
        .collect();
    output
}

fn replace_ident(tree: TokenTree, placeholder: &str, with: &TokenTree) -> TokenTree {
    match tree {
        TokenTree::Ident(ident) if ident.to_string() == placeholder => with.clone(),
        TokenTree::Group(group) => {
            let stream =
                group.stream().into_iter().map(|t| replace_ident(t, placeholder, with)).collect();
            TokenTree::Group(Group::new(group.delimiter(), stream))
        }
        other => other,
    }
}

#[proc_macro_derive(Fields, attributes(fields_note))]
pub fn derive_fields(input: TokenStream) -> TokenStream {
    let (name, name_span) = item_name(&input);
    let text = name_span.source_text().unwrap_or_default();
    let line = name_span.line();
    // `impl NAME { pub fn source() -> (&'static str, u32) { ("TEXT", LINE) } }`
    let tuple: TokenStream = [
        TokenTree::Literal(Literal::string(&text)),
        TokenTree::Punct(Punct::new(',', Spacing::Alone)),
        TokenTree::Literal(Literal::u32_suffixed(line as u32)),
    ]
    .into_iter()
    .collect();
    let body: TokenStream = [TokenTree::Group(Group::new(Delimiter::Parenthesis, tuple))]
        .into_iter()
        .collect();
    let ret: TokenStream = "(&'static str, u32)".parse().unwrap();
    let mut func = TokenStream::new();
    func.extend([
        TokenTree::Ident(Ident::new("pub", Span::call_site())),
        TokenTree::Ident(Ident::new("fn", Span::call_site())),
        TokenTree::Ident(Ident::new("source", Span::call_site())),
        TokenTree::Group(Group::new(Delimiter::Parenthesis, TokenStream::new())),
        TokenTree::Punct(Punct::new('-', Spacing::Joint)),
        TokenTree::Punct(Punct::new('>', Spacing::Alone)),
    ]);
    func.extend(ret);
    func.extend([TokenTree::Group(Group::new(Delimiter::Brace, body))]);
    let mut output = TokenStream::new();
    output.extend([
        TokenTree::Ident(Ident::new("impl", Span::call_site())),
        TokenTree::Ident(Ident::new(&name, name_span)),
        TokenTree::Group(Group::new(Delimiter::Brace, func)),
    ]);
    output
}

#[proc_macro_derive(Loud)]
pub fn derive_loud(input: TokenStream) -> TokenStream {
    let (name, span) = item_name(&input);
    span.warning(format!("`{name}` derives `Loud`")).note("a note from the derive").emit();
    if name.starts_with("Bad") {
        span.error(format!("`{name}` is a bad name")).emit();
        return format!("compile_error!(\"`Loud` gave up on `{name}`\");").parse().unwrap();
    }
    TokenStream::new()
}

#[proc_macro_derive(Fragile)]
pub fn derive_fragile(input: TokenStream) -> TokenStream {
    let (name, _) = item_name(&input);
    if name.starts_with("Panic") {
        panic!("`Fragile` cannot derive for `{name}`");
    }
    if name.starts_with("Garbled") {
        return format!("impl {name} {{ fn = }}").parse().unwrap();
    }
    TokenStream::new()
}

#[proc_macro_derive(Eager)]
pub fn derive_eager(input: TokenStream) -> TokenStream {
    let (name, _) = item_name(&input);
    let expr: TokenStream = "concat!(\"eager \", stringify!(x))".parse().unwrap();
    let expanded = expr.expand_expr().expect("`concat!` expands to a literal");
    let mut output: TokenStream =
        format!("impl {name} {{ pub const EAGER: &'static str = VALUE; }}").parse().unwrap();
    output = output
        .into_iter()
        .map(|tree| {
            replace_ident(tree, "VALUE", &expanded.clone().into_iter().next().unwrap())
        })
        .collect();
    output
}
