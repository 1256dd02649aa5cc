// Three derives of equal cost, for `balanced.sh`: `Cpu` computes for a
// while without calling the compiler, `Srv` builds and prints tokens
// through the proc-macro server, `Parse` also parses a string per token
// (`TokenStream::from_str`, which registers a source file under the
// detached runs' lock). Each returns no tokens, so the expansion's own
// work after the derive is nothing: what is measured is the runs.

extern crate proc_macro;

use proc_macro::{Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

fn tokens(count: usize, parse: bool) -> TokenStream {
    for i in 0..count {
        let mut stream: TokenStream = [
            TokenTree::Ident(Ident::new(&format!("x{}", i % 500), Span::call_site())),
            TokenTree::Punct(Punct::new(',', Spacing::Alone)),
            TokenTree::Literal(Literal::u32_unsuffixed(i as u32)),
        ]
        .into_iter()
        .collect();
        if parse {
            stream.extend(format!("a{} + {}", i % 100, i % 7).parse::<TokenStream>().unwrap());
        }
        for tree in stream {
            std::hint::black_box(tree.to_string());
        }
    }
    TokenStream::new()
}

#[proc_macro_derive(Cpu)]
pub fn cpu(_input: TokenStream) -> TokenStream {
    let mut x = 0u64;
    for i in 0..60_000_000u64 {
        x = x.wrapping_mul(31).wrapping_add(i);
    }
    std::hint::black_box(x);
    TokenStream::new()
}

#[proc_macro_derive(Srv)]
pub fn srv(_input: TokenStream) -> TokenStream {
    tokens(40_000, false)
}

#[proc_macro_derive(Parse)]
pub fn parse(_input: TokenStream) -> TokenStream {
    tokens(20_000, true)
}
