// A type too long to print is written to a file whose name the error note
// gives. The name must be the same on every run and at every thread count:
// upstream derives it from the type's address in memory. (compiletest
// normalizes that hash away, so this lives here, compared byte for byte.)

type Deep<T> = Option<Option<Option<Option<Option<Option<Option<Option<T>>>>>>>>;

fn main() {
    let value: Deep<Deep<Deep<u8>>> = None;
    let () = value;
}
