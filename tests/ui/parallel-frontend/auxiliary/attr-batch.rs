//@ edition: 2021
// Attribute macros for `attr-batch.rs` and `attr-batch-values.rs`. Each one
// exercises a different part of the proc-macro server, so that attributes
// run side by side on the thread pool meet every kind of server call:
//
// - `tagged(ARGS)` keeps its item and adds a function `NAME_tag` (a snake
//   case of the item's name) returning the attribute's arguments as a string
//   and the line of the item's name, built from a string
//   (`TokenStream::from_str`) and a parsed literal (`Literal::from_str`);
// - `loud` keeps its item and emits a warning through
//   `proc_macro::Diagnostic`, and for items whose name starts with `Bad` or
//   `bad` an error and a `compile_error!`;
// - `fragile` keeps its item, but panics for items whose name starts with
//   `Panic` or `panic`, and emits tokens that do not parse for items whose
//   name starts with `Garbled` or `garbled`;
// - `eager` keeps its item and adds a constant whose value it gets by asking
//   the compiler to expand a macro (`TokenStream::expand_expr`), which only
//   the compiler's own thread can do.

#![feature(proc_macro_diagnostic, proc_macro_expand)]

extern crate proc_macro;

use proc_macro::{Literal, Span, TokenStream, TokenTree};

/// The name of the struct, enum or function in `item`, and its span.
fn item_name(item: &TokenStream) -> (String, Span) {
    let mut tokens = item.clone().into_iter();
    while let Some(tree) = tokens.next() {
        if let TokenTree::Ident(keyword) = &tree {
            let keyword = keyword.to_string();
            if keyword == "struct" || keyword == "enum" || keyword == "fn" {
                if let Some(TokenTree::Ident(name)) = tokens.next() {
                    return (name.to_string(), name.span());
                }
            }
        }
    }
    panic!("no struct, enum or fn in the item");
}

fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

#[proc_macro_attribute]
pub fn tagged(args: TokenStream, item: TokenStream) -> TokenStream {
    let (name, span) = item_name(&item);
    let args = Literal::string(&args.to_string());
    let line: Literal = format!("{}u32", span.line()).parse().unwrap();
    let tag: TokenStream =
        format!("pub fn {}_tag() -> (&'static str, u32) {{ ({args}, {line}) }}", snake(&name))
            .parse()
            .unwrap();
    let mut output = item;
    output.extend(tag);
    output
}

#[proc_macro_attribute]
pub fn loud(_args: TokenStream, item: TokenStream) -> TokenStream {
    let (name, span) = item_name(&item);
    span.warning(format!("`{name}` is loud")).note("a note from the attribute").emit();
    let mut output = item;
    if name.starts_with("Bad") || name.starts_with("bad") {
        span.error(format!("`{name}` is a bad name")).emit();
        let give_up = format!("compile_error!(\"`loud` gave up on `{name}`\");");
        output.extend([give_up.parse::<TokenStream>().unwrap()]);
    }
    output
}

#[proc_macro_attribute]
pub fn fragile(_args: TokenStream, item: TokenStream) -> TokenStream {
    let (name, _) = item_name(&item);
    if name.starts_with("Panic") || name.starts_with("panic") {
        panic!("`fragile` cannot take `{name}`");
    }
    let mut output = item;
    if name.starts_with("Garbled") || name.starts_with("garbled") {
        let garbled = format!("fn {name}_garbled() {{ let = ; }}");
        output.extend([garbled.parse::<TokenStream>().unwrap()]);
    }
    output
}

#[proc_macro_attribute]
pub fn eager(_args: TokenStream, item: TokenStream) -> TokenStream {
    let (name, _) = item_name(&item);
    let expr: TokenStream = "concat!(\"eager \", stringify!(x))".parse().unwrap();
    let expanded = expr.expand_expr().expect("`concat!` expands to a literal");
    let mut output = item;
    let constant = format!("pub const {}_EAGER: &str = VALUE;", snake(&name).to_uppercase());
    let constant: TokenStream = constant.parse().unwrap();
    let value = expanded.into_iter().next().unwrap();
    output.extend(constant.into_iter().map(|tree| match tree {
        TokenTree::Ident(ident) if ident.to_string() == "VALUE" => value.clone(),
        other => other,
    }));
    output
}
