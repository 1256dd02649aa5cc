//! Where a compilation's threads work and idle, phase by phase, from a
//! `-Z self-profile` file (`.mm_profdata`).
//!
//! ```text
//! profile-phases FILE.mm_profdata [LABEL...]   phases (default: the front-end's passes)
//! profile-phases --labels FILE.mm_profdata     seconds per (event kind, label, thread)
//! profile-phases --units LABEL FILE.mm_profdata the longest units of work inside LABEL
//! profile-phases --windows LABEL FILE.mm_profdata  LABEL's outermost occurrences, as
//!                                                  `start,end` in seconds since the epoch
//! profile-phases --timeline FILE.mm_profdata   the driver thread's outermost events in
//!                                              time order, with the gaps between them
//! ```
//!
//! A thread counts as busy while any of its interval events (queries,
//! activities) is open, which includes time it spends blocked inside one.
//! For each phase, an activity or query label, the table gives its wall time
//! (outermost occurrences, summed), the busy time of all threads summed over
//! that wall time (so busy / wall is the average number of busy threads),
//! and the time during which exactly one thread was busy: the phase's
//! serial stretch. `--labels` lists the time of every label on every thread,
//! outermost occurrences merged, the `TOP` environment variable bounding the
//! list (default 60).
//!
//! `--units` finds a phase's long poles. Inside each outermost occurrence of
//! LABEL, a unit is an event with no enclosing event on its thread other
//! than the occurrence itself or what encloses it: what the phase's own
//! thread runs directly, and each job another thread took from it. The
//! longest units (`TOP`, default 25) are listed with their thread, then the
//! time per label of all units. A phase whose longest unit is close to its
//! wall time cannot get faster with more threads.
//!
//! `--windows` prints, in the form `perf report --time` takes, when LABEL
//! ran: with `perf record -k CLOCK_REALTIME` beside `-Z self-profile`, the
//! CPU profile of one phase alone.
//!
//! `--timeline` lists, for the thread with the first event (the compiler's
//! driver), each outermost event of at least `MIN_MS` (default 1) ms, and
//! each stretch of at least that long in which the driver had no event open:
//! what ran when, and where the driver did work the profile does not name.
//!
//! Single-threaded; reads one file, shares nothing.

use std::collections::HashMap;
use std::path::Path;
use std::time::SystemTime;

use analyzeme::ProfilingData;

const PHASES: &[&str] = &[
    "expand_crate",
    "resolver_for_lowering_raw",
    "late_resolve_crate",
    "hir_crate",
    "create_analysis_defs_in_order",
    "misc_checking_1",
    "type_check_crate",
    "coherence_checking",
    "crate_variances",
    "check_type_wf",
    "MIR_borrow_checking",
    "misc_checking_3",
    "generate_crate_metadata",
];

/// A time interval in nanoseconds since the epoch.
type Span = (u128, u128);

fn nanos(t: SystemTime) -> u128 {
    t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_nanos()
}

/// The union of `spans`, as sorted disjoint intervals.
fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort();
    let mut out: Vec<Span> = Vec::new();
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

fn load(file: &str) -> ProfilingData {
    let stem = Path::new(file.trim_end_matches(".mm_profdata"));
    ProfilingData::new(stem).unwrap_or_else(|e| {
        eprintln!("profile-phases: cannot read {file}: {e}");
        std::process::exit(1);
    })
}

/// Every interval event: (kind, label, thread, span).
fn intervals(data: &ProfilingData) -> Vec<(String, String, u32, Span)> {
    let mut out = Vec::new();
    for event in data.iter_full() {
        let Some(ts) = event.payload.timestamp() else { continue };
        if ts.is_instant() {
            continue;
        }
        let span = (nanos(ts.start()), nanos(ts.end()));
        out.push((event.event_kind.to_string(), event.label.to_string(), event.thread_id, span));
    }
    out
}

fn phases(file: &str, labels: &[&str]) {
    let events = intervals(&load(file));
    let mut per_thread: HashMap<u32, Vec<Span>> = HashMap::new();
    let mut phases: HashMap<&str, Vec<Span>> = HashMap::new();
    for (_, label, thread, span) in &events {
        per_thread.entry(*thread).or_default().push(*span);
        if let Some(&name) = labels.iter().find(|&&l| l == label) {
            phases.entry(name).or_default().push(*span);
        }
    }
    // The number of busy threads as a step function: (time, +1 or -1).
    let mut steps: Vec<(u128, i32)> = Vec::new();
    let threads = per_thread.len();
    for spans in per_thread.into_values() {
        for (s, e) in merge(spans) {
            steps.push((s, 1));
            steps.push((e, -1));
        }
    }
    steps.sort();
    // (busy thread-time, time with exactly one thread busy) within a window.
    let measure = |(ws, we): Span| -> (u128, u128) {
        let (mut level, mut prev, mut busy, mut serial) = (0i32, ws, 0u128, 0u128);
        for &(t, d) in &steps {
            let t = t.clamp(ws, we);
            if t > prev {
                busy += (t - prev) * level as u128;
                if level == 1 {
                    serial += t - prev;
                }
                prev = t;
            }
            level += d;
        }
        (busy, serial)
    };

    println!("threads with events: {threads}");
    println!("{:<32} {:>9} {:>9} {:>9} {:>9}", "phase", "wall s", "busy s", "threads", "serial s");
    for &label in labels {
        let Some(spans) = phases.get(label) else { continue };
        let (mut wall, mut busy, mut serial) = (0u128, 0u128, 0u128);
        for w in merge(spans.clone()) {
            wall += w.1 - w.0;
            let (b, s) = measure(w);
            busy += b;
            serial += s;
        }
        let average = if wall > 0 { busy as f64 / wall as f64 } else { 0.0 };
        println!(
            "{:<32} {:>9.3} {:>9.3} {:>9.2} {:>9.3}",
            label,
            wall as f64 / 1e9,
            busy as f64 / 1e9,
            average,
            serial as f64 / 1e9
        );
    }
}

fn labels(file: &str) {
    let mut per: HashMap<(String, String, u32), Vec<Span>> = HashMap::new();
    for (kind, label, thread, span) in intervals(&load(file)) {
        per.entry((kind, label, thread)).or_default().push(span);
    }
    let mut rows: Vec<(u128, usize, (String, String, u32))> = per
        .into_iter()
        .map(|(key, spans)| {
            let n = spans.len();
            (merge(spans).iter().map(|s| s.1 - s.0).sum(), n, key)
        })
        .collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.2.cmp(&b.2)));
    let top = std::env::var("TOP").ok().and_then(|v| v.parse().ok()).unwrap_or(60);
    println!("{:>9} {:<16} {:<50} {:>7} {:>8}", "s", "kind", "label", "thread", "events");
    for (t, n, (kind, label, thread)) in rows.into_iter().take(top) {
        println!("{:>9.3} {:<16} {:<50} {:>7} {:>8}", t as f64 / 1e9, kind, label, thread, n);
    }
}

fn units(target: &str, file: &str) {
    let events = intervals(&load(file));
    let windows = occurrences(&events, target);
    let mut per_thread: HashMap<u32, Vec<(Span, &str)>> = HashMap::new();
    for (_, label, thread, span) in &events {
        per_thread.entry(*thread).or_default().push((*span, label.as_str()));
    }
    // (duration, label, thread) of every unit
    let mut found: Vec<(u128, &str, u32)> = Vec::new();
    for (thread, mut spans) in per_thread {
        // outer events before the events they enclose
        spans.sort_by(|a, b| a.0.0.cmp(&b.0.0).then(b.0.1.cmp(&a.0.1)));
        for &(ws, we) in &windows {
            let mut stack: Vec<Span> = Vec::new();
            for &((s, e), label) in &spans {
                if e <= ws || s >= we {
                    continue;
                }
                while stack.last().is_some_and(|top| top.1 <= s) {
                    stack.pop();
                }
                let encloses_window = |p: &Span| p.0 <= ws && p.1 >= we;
                let inside = s >= ws && e <= we && !(s == ws && e == we);
                if inside && stack.last().is_none_or(encloses_window) {
                    found.push((e - s, label, thread));
                }
                stack.push((s, e));
            }
        }
    }
    let wall: u128 = windows.iter().map(|w| w.1 - w.0).sum();
    found.sort_by(|a, b| b.cmp(a));
    let top = std::env::var("TOP").ok().and_then(|v| v.parse().ok()).unwrap_or(25);
    println!("{target}: wall {:.3} s, {} units", wall as f64 / 1e9, found.len());
    println!("{:>9} {:>7}  {}", "s", "thread", "longest units");
    for (d, label, thread) in found.iter().take(top) {
        println!("{:>9.4} {:>7}  {}", *d as f64 / 1e9, thread, label);
    }
    let mut by_label: HashMap<&str, (u128, usize)> = HashMap::new();
    for (d, label, _) in &found {
        let entry = by_label.entry(label).or_default();
        entry.0 += d;
        entry.1 += 1;
    }
    let mut rows: Vec<_> = by_label.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    println!("{:>9} {:>7}  {}", "s", "units", "all units, per label");
    for (label, (d, n)) in rows.into_iter().take(top) {
        println!("{:>9.4} {:>7}  {}", d as f64 / 1e9, n, label);
    }
}

/// The outermost occurrences of `target`: its events' spans, merged.
fn occurrences(events: &[(String, String, u32, Span)], target: &str) -> Vec<Span> {
    merge(events.iter().filter(|e| e.1 == target).map(|e| e.3).collect())
}

fn windows(target: &str, file: &str) {
    for (s, e) in occurrences(&intervals(&load(file)), target) {
        println!("{}.{:09},{}.{:09}", s / 1_000_000_000, s % 1_000_000_000, e / 1_000_000_000,
                 e % 1_000_000_000);
    }
}

fn timeline(file: &str) {
    let events = intervals(&load(file));
    let Some(first) = events.iter().min_by_key(|e| e.3.0) else { return };
    let (driver, origin) = (first.2, first.3.0);
    let last = events.iter().map(|e| e.3.1).max().unwrap();
    let mut spans: Vec<(Span, &str)> =
        events.iter().filter(|e| e.2 == driver).map(|e| (e.3, e.1.as_str())).collect();
    // outer events before the events they enclose
    spans.sort_by(|a, b| a.0.0.cmp(&b.0.0).then(b.0.1.cmp(&a.0.1)));
    let min: f64 = std::env::var("MIN_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(1.0);
    let ms = |t: u128| t as f64 / 1e6;
    println!("driver thread {driver}; all events end at {:.1} ms", ms(last - origin));
    println!("{:>9} {:>8}  {}", "start ms", "ms", "outermost event (or gap)");
    let mut end = origin;
    for ((s, e), label) in spans {
        if e <= end {
            continue;
        }
        if s > end && ms(s - end) >= min {
            println!("{:>9.1} {:>8.1}  (no event)", ms(end - origin), ms(s - end));
        }
        if ms(e - s) >= min {
            println!("{:>9.1} {:>8.1}  {label}", ms(s - origin), ms(e - s));
        }
        end = end.max(e);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, file] if flag == "--labels" => labels(file),
        [flag, label, file] if flag == "--units" => units(label, file),
        [flag, label, file] if flag == "--windows" => windows(label, file),
        [flag, file] if flag == "--timeline" => timeline(file),
        [file] => phases(file, PHASES),
        [file, rest @ ..] if !file.starts_with("--") => {
            phases(file, &rest.iter().map(String::as_str).collect::<Vec<_>>())
        }
        _ => {
            eprintln!("usage: profile-phases FILE.mm_profdata [LABEL...]");
            eprintln!("       profile-phases --labels FILE.mm_profdata");
            eprintln!("       profile-phases --units LABEL FILE.mm_profdata");
            eprintln!("       profile-phases --windows LABEL FILE.mm_profdata");
            eprintln!("       profile-phases --timeline FILE.mm_profdata");
            std::process::exit(2);
        }
    }
}
