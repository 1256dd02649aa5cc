//@ run-pass
// Sixty modules, each with generic functions, trait impls, closures and
// consts, so that typeck, borrowck, MIR building and codegen item collection
// have many independent bodies to spread over the thread pool. The program
// checks its own results, so a miscompilation under threads fails the run.

pub trait Weigh {
    fn weight(&self) -> u64;
}

mod m0 {
    use super::Weigh;

    pub const BASE: u64 = 0 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item0 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item0 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item0> {
        (0..2).map(|i| Item0 { values: (0..=i).collect(), name: "m0" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 2;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m1 {
    use super::Weigh;

    pub const BASE: u64 = 1 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item1 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item1 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item1> {
        (0..3).map(|i| Item1 { values: (0..=i).collect(), name: "m1" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 2;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m2 {
    use super::Weigh;

    pub const BASE: u64 = 2 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item2 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item2 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item2> {
        (0..4).map(|i| Item2 { values: (0..=i).collect(), name: "m2" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 2;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m3 {
    use super::Weigh;

    pub const BASE: u64 = 3 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item3 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item3 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item3> {
        (0..5).map(|i| Item3 { values: (0..=i).collect(), name: "m3" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 2;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m4 {
    use super::Weigh;

    pub const BASE: u64 = 4 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item4 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item4 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item4> {
        (0..6).map(|i| Item4 { values: (0..=i).collect(), name: "m4" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 2;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m5 {
    use super::Weigh;

    pub const BASE: u64 = 5 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item5 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item5 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item5> {
        (0..7).map(|i| Item5 { values: (0..=i).collect(), name: "m5" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 2;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m6 {
    use super::Weigh;

    pub const BASE: u64 = 6 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item6 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item6 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item6> {
        (0..8).map(|i| Item6 { values: (0..=i).collect(), name: "m6" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 2;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m7 {
    use super::Weigh;

    pub const BASE: u64 = 7 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item7 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item7 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item7> {
        (0..2).map(|i| Item7 { values: (0..=i).collect(), name: "m7" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 2;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m8 {
    use super::Weigh;

    pub const BASE: u64 = 8 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item8 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item8 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item8> {
        (0..3).map(|i| Item8 { values: (0..=i).collect(), name: "m8" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 2;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m9 {
    use super::Weigh;

    pub const BASE: u64 = 9 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item9 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item9 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item9> {
        (0..4).map(|i| Item9 { values: (0..=i).collect(), name: "m9" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 2;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m10 {
    use super::Weigh;

    pub const BASE: u64 = 10 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item10 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item10 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item10> {
        (0..5).map(|i| Item10 { values: (0..=i).collect(), name: "m10" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m11 {
    use super::Weigh;

    pub const BASE: u64 = 11 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item11 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item11 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item11> {
        (0..6).map(|i| Item11 { values: (0..=i).collect(), name: "m11" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m12 {
    use super::Weigh;

    pub const BASE: u64 = 12 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item12 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item12 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item12> {
        (0..7).map(|i| Item12 { values: (0..=i).collect(), name: "m12" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m13 {
    use super::Weigh;

    pub const BASE: u64 = 13 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item13 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item13 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item13> {
        (0..8).map(|i| Item13 { values: (0..=i).collect(), name: "m13" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m14 {
    use super::Weigh;

    pub const BASE: u64 = 14 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item14 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item14 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item14> {
        (0..2).map(|i| Item14 { values: (0..=i).collect(), name: "m14" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m15 {
    use super::Weigh;

    pub const BASE: u64 = 15 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item15 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item15 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item15> {
        (0..3).map(|i| Item15 { values: (0..=i).collect(), name: "m15" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m16 {
    use super::Weigh;

    pub const BASE: u64 = 16 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item16 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item16 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item16> {
        (0..4).map(|i| Item16 { values: (0..=i).collect(), name: "m16" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m17 {
    use super::Weigh;

    pub const BASE: u64 = 17 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item17 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item17 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item17> {
        (0..5).map(|i| Item17 { values: (0..=i).collect(), name: "m17" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m18 {
    use super::Weigh;

    pub const BASE: u64 = 18 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item18 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item18 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item18> {
        (0..6).map(|i| Item18 { values: (0..=i).collect(), name: "m18" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m19 {
    use super::Weigh;

    pub const BASE: u64 = 19 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item19 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item19 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item19> {
        (0..7).map(|i| Item19 { values: (0..=i).collect(), name: "m19" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m20 {
    use super::Weigh;

    pub const BASE: u64 = 20 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item20 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item20 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item20> {
        (0..8).map(|i| Item20 { values: (0..=i).collect(), name: "m20" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m21 {
    use super::Weigh;

    pub const BASE: u64 = 21 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item21 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item21 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item21> {
        (0..2).map(|i| Item21 { values: (0..=i).collect(), name: "m21" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m22 {
    use super::Weigh;

    pub const BASE: u64 = 22 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item22 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item22 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item22> {
        (0..3).map(|i| Item22 { values: (0..=i).collect(), name: "m22" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m23 {
    use super::Weigh;

    pub const BASE: u64 = 23 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item23 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item23 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item23> {
        (0..4).map(|i| Item23 { values: (0..=i).collect(), name: "m23" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m24 {
    use super::Weigh;

    pub const BASE: u64 = 24 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item24 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item24 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item24> {
        (0..5).map(|i| Item24 { values: (0..=i).collect(), name: "m24" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m25 {
    use super::Weigh;

    pub const BASE: u64 = 25 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item25 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item25 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item25> {
        (0..6).map(|i| Item25 { values: (0..=i).collect(), name: "m25" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m26 {
    use super::Weigh;

    pub const BASE: u64 = 26 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item26 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item26 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item26> {
        (0..7).map(|i| Item26 { values: (0..=i).collect(), name: "m26" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m27 {
    use super::Weigh;

    pub const BASE: u64 = 27 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item27 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item27 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item27> {
        (0..8).map(|i| Item27 { values: (0..=i).collect(), name: "m27" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m28 {
    use super::Weigh;

    pub const BASE: u64 = 28 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item28 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item28 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item28> {
        (0..2).map(|i| Item28 { values: (0..=i).collect(), name: "m28" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m29 {
    use super::Weigh;

    pub const BASE: u64 = 29 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item29 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item29 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item29> {
        (0..3).map(|i| Item29 { values: (0..=i).collect(), name: "m29" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m30 {
    use super::Weigh;

    pub const BASE: u64 = 30 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item30 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item30 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item30> {
        (0..4).map(|i| Item30 { values: (0..=i).collect(), name: "m30" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m31 {
    use super::Weigh;

    pub const BASE: u64 = 31 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item31 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item31 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item31> {
        (0..5).map(|i| Item31 { values: (0..=i).collect(), name: "m31" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m32 {
    use super::Weigh;

    pub const BASE: u64 = 32 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item32 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item32 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item32> {
        (0..6).map(|i| Item32 { values: (0..=i).collect(), name: "m32" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m33 {
    use super::Weigh;

    pub const BASE: u64 = 33 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item33 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item33 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item33> {
        (0..7).map(|i| Item33 { values: (0..=i).collect(), name: "m33" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m34 {
    use super::Weigh;

    pub const BASE: u64 = 34 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item34 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item34 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item34> {
        (0..8).map(|i| Item34 { values: (0..=i).collect(), name: "m34" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m35 {
    use super::Weigh;

    pub const BASE: u64 = 35 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item35 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item35 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item35> {
        (0..2).map(|i| Item35 { values: (0..=i).collect(), name: "m35" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m36 {
    use super::Weigh;

    pub const BASE: u64 = 36 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item36 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item36 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item36> {
        (0..3).map(|i| Item36 { values: (0..=i).collect(), name: "m36" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m37 {
    use super::Weigh;

    pub const BASE: u64 = 37 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item37 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item37 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item37> {
        (0..4).map(|i| Item37 { values: (0..=i).collect(), name: "m37" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m38 {
    use super::Weigh;

    pub const BASE: u64 = 38 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item38 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item38 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item38> {
        (0..5).map(|i| Item38 { values: (0..=i).collect(), name: "m38" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m39 {
    use super::Weigh;

    pub const BASE: u64 = 39 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item39 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item39 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item39> {
        (0..6).map(|i| Item39 { values: (0..=i).collect(), name: "m39" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m40 {
    use super::Weigh;

    pub const BASE: u64 = 40 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item40 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item40 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item40> {
        (0..7).map(|i| Item40 { values: (0..=i).collect(), name: "m40" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m41 {
    use super::Weigh;

    pub const BASE: u64 = 41 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item41 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item41 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item41> {
        (0..8).map(|i| Item41 { values: (0..=i).collect(), name: "m41" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m42 {
    use super::Weigh;

    pub const BASE: u64 = 42 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item42 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item42 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item42> {
        (0..2).map(|i| Item42 { values: (0..=i).collect(), name: "m42" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m43 {
    use super::Weigh;

    pub const BASE: u64 = 43 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item43 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item43 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item43> {
        (0..3).map(|i| Item43 { values: (0..=i).collect(), name: "m43" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m44 {
    use super::Weigh;

    pub const BASE: u64 = 44 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item44 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item44 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item44> {
        (0..4).map(|i| Item44 { values: (0..=i).collect(), name: "m44" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m45 {
    use super::Weigh;

    pub const BASE: u64 = 45 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item45 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item45 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item45> {
        (0..5).map(|i| Item45 { values: (0..=i).collect(), name: "m45" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m46 {
    use super::Weigh;

    pub const BASE: u64 = 46 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item46 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item46 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item46> {
        (0..6).map(|i| Item46 { values: (0..=i).collect(), name: "m46" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m47 {
    use super::Weigh;

    pub const BASE: u64 = 47 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item47 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item47 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item47> {
        (0..7).map(|i| Item47 { values: (0..=i).collect(), name: "m47" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m48 {
    use super::Weigh;

    pub const BASE: u64 = 48 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item48 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item48 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item48> {
        (0..8).map(|i| Item48 { values: (0..=i).collect(), name: "m48" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m49 {
    use super::Weigh;

    pub const BASE: u64 = 49 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item49 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item49 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item49> {
        (0..2).map(|i| Item49 { values: (0..=i).collect(), name: "m49" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m50 {
    use super::Weigh;

    pub const BASE: u64 = 50 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item50 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item50 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item50> {
        (0..3).map(|i| Item50 { values: (0..=i).collect(), name: "m50" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m51 {
    use super::Weigh;

    pub const BASE: u64 = 51 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item51 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item51 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item51> {
        (0..4).map(|i| Item51 { values: (0..=i).collect(), name: "m51" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m52 {
    use super::Weigh;

    pub const BASE: u64 = 52 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item52 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item52 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item52> {
        (0..5).map(|i| Item52 { values: (0..=i).collect(), name: "m52" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m53 {
    use super::Weigh;

    pub const BASE: u64 = 53 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item53 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item53 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item53> {
        (0..6).map(|i| Item53 { values: (0..=i).collect(), name: "m53" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m54 {
    use super::Weigh;

    pub const BASE: u64 = 54 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item54 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item54 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item54> {
        (0..7).map(|i| Item54 { values: (0..=i).collect(), name: "m54" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m55 {
    use super::Weigh;

    pub const BASE: u64 = 55 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item55 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item55 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item55> {
        (0..8).map(|i| Item55 { values: (0..=i).collect(), name: "m55" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m56 {
    use super::Weigh;

    pub const BASE: u64 = 56 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item56 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item56 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item56> {
        (0..2).map(|i| Item56 { values: (0..=i).collect(), name: "m56" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m57 {
    use super::Weigh;

    pub const BASE: u64 = 57 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item57 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item57 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item57> {
        (0..3).map(|i| Item57 { values: (0..=i).collect(), name: "m57" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m58 {
    use super::Weigh;

    pub const BASE: u64 = 58 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item58 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item58 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item58> {
        (0..4).map(|i| Item58 { values: (0..=i).collect(), name: "m58" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

mod m59 {
    use super::Weigh;

    pub const BASE: u64 = 59 * 3 + 1;

    #[derive(Clone, Debug, PartialEq)]
    pub struct Item59 {
        pub values: Vec<u64>,
        pub name: &'static str,
    }

    impl Weigh for Item59 {
        fn weight(&self) -> u64 {
            self.values.iter().map(|v| v * BASE).sum::<u64>() + self.name.len() as u64
        }
    }

    pub fn fold<T: Weigh>(items: &[T]) -> u64 {
        items.iter().fold(0, |acc, item| acc.wrapping_add(item.weight()))
    }

    pub fn make() -> Vec<Item59> {
        (0..5).map(|i| Item59 { values: (0..=i).collect(), name: "m59" }).collect()
    }

    pub fn check() -> u64 {
        let items = make();
        let total = fold(&items);
        let mut expected = 0;
        for (i, item) in items.iter().enumerate() {
            let i = i as u64;
            assert_eq!(item.values.len() as u64, i + 1);
            expected += i * (i + 1) / 2 * BASE + 3;
        }
        assert_eq!(total, expected);
        total
    }
}

fn main() {
    let mut sum = 0u64;
    sum += m0::check();
    sum += m1::check();
    sum += m2::check();
    sum += m3::check();
    sum += m4::check();
    sum += m5::check();
    sum += m6::check();
    sum += m7::check();
    sum += m8::check();
    sum += m9::check();
    sum += m10::check();
    sum += m11::check();
    sum += m12::check();
    sum += m13::check();
    sum += m14::check();
    sum += m15::check();
    sum += m16::check();
    sum += m17::check();
    sum += m18::check();
    sum += m19::check();
    sum += m20::check();
    sum += m21::check();
    sum += m22::check();
    sum += m23::check();
    sum += m24::check();
    sum += m25::check();
    sum += m26::check();
    sum += m27::check();
    sum += m28::check();
    sum += m29::check();
    sum += m30::check();
    sum += m31::check();
    sum += m32::check();
    sum += m33::check();
    sum += m34::check();
    sum += m35::check();
    sum += m36::check();
    sum += m37::check();
    sum += m38::check();
    sum += m39::check();
    sum += m40::check();
    sum += m41::check();
    sum += m42::check();
    sum += m43::check();
    sum += m44::check();
    sum += m45::check();
    sum += m46::check();
    sum += m47::check();
    sum += m48::check();
    sum += m49::check();
    sum += m50::check();
    sum += m51::check();
    sum += m52::check();
    sum += m53::check();
    sum += m54::check();
    sum += m55::check();
    sum += m56::check();
    sum += m57::check();
    sum += m58::check();
    sum += m59::check();
    assert_eq!(sum, 156357);
}
