//@ edition: 2021
// Function-like proc macros for `bang-batch.rs` and `bang-batch-values.rs`.
// Each one exercises a different part of the proc-macro server, so that
// macros run side by side on the thread pool meet every kind of server call:
//
// - `make_fn!(NAME, VALUE)` expands to `pub fn NAME() -> (u32, u32)`
//   returning VALUE and the line of NAME, built from a string
//   (`TokenStream::from_str`) and a parsed literal (`Literal::from_str`);
// - `number!(VALUE)` expands to the expression `VALUE * 10`;
// - `shout!(NAME)` expands to nothing and emits a warning through
//   `proc_macro::Diagnostic`, and for names starting with `bad` an error
//   and a `compile_error!`;
// - `fragile!(NAME)` expands to nothing, but panics for names starting with
//   `panic` and emits tokens that do not parse for names starting with
//   `garbled`;
// - `eager!(NAME)` expands to a constant NAME whose value it gets by asking
//   the compiler to expand a macro (`TokenStream::expand_expr`), which only
//   the compiler's own thread can do.

#![feature(proc_macro_diagnostic, proc_macro_expand)]

extern crate proc_macro;

use proc_macro::{Literal, Span, TokenStream, TokenTree};

/// The first identifier of `input`, and its span.
fn first_ident(input: &TokenStream) -> (String, Span) {
    match input.clone().into_iter().next() {
        Some(TokenTree::Ident(ident)) => (ident.to_string(), ident.span()),
        _ => panic!("the macro's input starts with a name"),
    }
}

#[proc_macro]
pub fn make_fn(input: TokenStream) -> TokenStream {
    let (name, span) = first_ident(&input);
    let value = input.into_iter().nth(2).expect("`make_fn!(NAME, VALUE)`");
    let line: Literal = format!("{}u32", span.line()).parse().unwrap();
    format!("pub fn {name}() -> (u32, u32) {{ ({value}, {line}) }}").parse().unwrap()
}

#[proc_macro]
pub fn number(input: TokenStream) -> TokenStream {
    format!("({input}) * 10").parse().unwrap()
}

#[proc_macro]
pub fn shout(input: TokenStream) -> TokenStream {
    let (name, span) = first_ident(&input);
    span.warning(format!("`{name}` is shouted")).note("a note from the macro").emit();
    if name.starts_with("bad") {
        span.error(format!("`{name}` is a bad name")).emit();
        return format!("compile_error!(\"`shout` gave up on `{name}`\");").parse().unwrap();
    }
    TokenStream::new()
}

#[proc_macro]
pub fn fragile(input: TokenStream) -> TokenStream {
    let (name, _) = first_ident(&input);
    if name.starts_with("panic") {
        panic!("`fragile` cannot take `{name}`");
    }
    if name.starts_with("garbled") {
        return format!("fn {name}() {{ let = ; }}").parse().unwrap();
    }
    TokenStream::new()
}

#[proc_macro]
pub fn eager(input: TokenStream) -> TokenStream {
    let (name, _) = first_ident(&input);
    let expr: TokenStream = "concat!(\"eager \", stringify!(x))".parse().unwrap();
    let expanded = expr.expand_expr().expect("`concat!` expands to a literal");
    let value = expanded.into_iter().next().unwrap();
    format!("pub const {name}: &str = {value};").parse().unwrap()
}
