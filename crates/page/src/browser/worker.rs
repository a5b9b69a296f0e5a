//! The importer's web worker (`crates/import-worker`): started the first time the page asks for
//! it (an import panel opened), asked to read a text, and answering off the main thread, so the
//! page answers a key press while 10 MB of text are read. The page's own wasm carries none of the
//! importer's reading.
//!
//! The worker's address is `./import_worker_loader.js` beside the page; the offline single file
//! sets `window.HPS_IMPORT_WORKER` to a `blob:` address of the same worker, inlined.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use hps_importer::{ImportError, Proposal};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{MessageEvent, Worker};

/// What a reading gives back: the proposal, why none, or that the worker could not run.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Proposal(Box<Proposal>),
    Refused(ImportError),
    /// The worker's files could not be had (offline before they were ever fetched, a host that
    /// refuses workers): nothing was read.
    Unavailable,
}

type Callback = Box<dyn FnOnce(Answer)>;

#[derive(Default)]
struct Inner {
    worker: Option<Worker>,
    ready: bool,
    failed: bool,
    next: u32,
    /// Texts posted before the worker said it listens.
    queued: Vec<(u32, js_sys::JsString)>,
    waiting: HashMap<u32, Callback>,
}

thread_local! {
    static WORKER: Rc<RefCell<Inner>> = Rc::new(RefCell::new(Inner::default()));
}

fn address() -> String {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"HPS_IMPORT_WORKER".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "./import_worker_loader.js".to_string())
}

fn post(worker: &Worker, id: u32, text: &js_sys::JsString) {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"id".into(), &f64::from(id).into());
    let _ = js_sys::Reflect::set(&msg, &"text".into(), text);
    let _ = worker.post_message(&msg);
}

/// Every reading still waiting is told the worker cannot run.
fn fail_all(inner: &Rc<RefCell<Inner>>) {
    let waiting: Vec<Callback> = {
        let mut s = inner.borrow_mut();
        s.failed = true;
        s.worker = None;
        s.queued.clear();
        s.waiting.drain().map(|(_, c)| c).collect()
    };
    for c in waiting {
        c(Answer::Unavailable);
    }
}

fn on_message(inner: &Rc<RefCell<Inner>>, ev: MessageEvent) {
    let Some(text) = ev.data().as_string() else {
        return;
    };
    if text == "ready" {
        let (worker, queued) = {
            let mut s = inner.borrow_mut();
            s.ready = true;
            (s.worker.clone(), std::mem::take(&mut s.queued))
        };
        if let Some(w) = worker {
            for (id, t) in queued {
                post(&w, id, &t);
            }
        }
        return;
    }
    let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
        return;
    };
    let id = value["id"].as_f64().unwrap_or(-1.0) as u32;
    let answer = if let Some(err) = value["err"].as_str() {
        Answer::Refused(ImportError::from_key(err).unwrap_or(ImportError::NotText))
    } else {
        match serde_json::from_value::<Proposal>(value["ok"].clone()) {
            Ok(p) => Answer::Proposal(Box::new(p)),
            Err(_) => Answer::Unavailable,
        }
    };
    let callback = inner.borrow_mut().waiting.remove(&id);
    if let Some(c) = callback {
        c(answer);
    }
}

/// Starts the worker if it is not running yet (the import panel calls this when it opens, so the
/// worker's files are fetched before the first reading).
pub fn warm_up() {
    WORKER.with(|inner| {
        if inner.borrow().worker.is_some() {
            return;
        }
        let Ok(worker) = Worker::new(&address()) else {
            fail_all(inner);
            return;
        };
        let on_msg = {
            let inner = inner.clone();
            Closure::<dyn Fn(MessageEvent)>::new(move |ev| on_message(&inner, ev))
        };
        let on_err = {
            let inner = inner.clone();
            Closure::<dyn Fn(web_sys::Event)>::new(move |_| fail_all(&inner))
        };
        worker.set_onmessage(Some(on_msg.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_err.as_ref().unchecked_ref()));
        // The worker lives as long as the page.
        on_msg.forget();
        on_err.forget();
        let mut s = inner.borrow_mut();
        s.failed = false;
        s.ready = false;
        s.worker = Some(worker);
    });
}

/// The most of a text worth sending: the importer reads [`hps_importer::MAX_INPUT_BYTES`] bytes,
/// and as many UTF-16 units (plus one, so a longer text is still known to be cut) hold at least
/// that many. Cut here, a 10 MB paste never crosses into the wasm whole.
pub fn worth_reading(text: js_sys::JsString) -> js_sys::JsString {
    let limit = u32::try_from(hps_importer::MAX_INPUT_BYTES + 1).unwrap_or(u32::MAX);
    if text.length() > limit {
        text.slice(0, limit)
    } else {
        text
    }
}

/// Reads `text` (a JavaScript string, posted as it is) in the worker; `done` gets the answer
/// (on the main thread, later).
pub fn read(text: js_sys::JsString, done: impl FnOnce(Answer) + 'static) {
    warm_up();
    WORKER.with(|inner| {
        let mut s = inner.borrow_mut();
        if s.failed || s.worker.is_none() {
            drop(s);
            done(Answer::Unavailable);
            // A later reading tries again (the files may be reachable by then).
            inner.borrow_mut().failed = false;
            return;
        }
        let id = s.next;
        s.next = s.next.wrapping_add(1);
        s.waiting.insert(id, Box::new(done));
        if s.ready {
            if let Some(w) = &s.worker {
                post(w, id, &text);
            }
        } else {
            s.queued.push((id, text));
        }
    });
}
