//! Deflating and inflating with the browser's own `CompressionStream` and `DecompressionStream`
//! (`deflate-raw`), and fetching a file from the page's own site: no compression code in the
//! wasm. Every read stops at a cap, so a crafted link or file cannot exhaust memory.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

// web-sys has these two only behind `--cfg web_sys_unstable_apis`; their constructors are all
// the page needs (each is a readable/writable pair for `pipeThrough`).
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// The format both ends use: raw deflate, no header or checksum (the JSON parser checks).
const FORMAT: &str = "deflate-raw";

/// Why a read stopped.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ReadError {
    /// The stream failed: damaged compressed data, a dropped connection, no such API.
    Failed,
    /// More bytes than the cap.
    TooLarge,
}

/// Reads a stream to its end, refusing more than `cap` bytes (the rest is cancelled unread).
pub async fn read_capped(
    stream: &web_sys::ReadableStream,
    cap: usize,
) -> Result<Vec<u8>, ReadError> {
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| ReadError::Failed)?;
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(out);
        }
        let bytes: Uint8Array = Reflect::get(&chunk, &"value".into())
            .ok()
            .and_then(|v| v.dyn_into().ok())
            .ok_or(ReadError::Failed)?;
        let n = bytes.length() as usize;
        if out.len() + n > cap {
            let _ = reader.cancel();
            return Err(ReadError::TooLarge);
        }
        let at = out.len();
        out.resize(at + n, 0);
        bytes.copy_to(&mut out[at..]);
    }
}

/// `bytes` piped through a transform stream, read up to `cap`.
async fn through(bytes: &[u8], transform: JsValue, cap: usize) -> Result<Vec<u8>, ReadError> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|_| ReadError::Failed)?;
    let out = blob.stream().pipe_through(transform.unchecked_ref());
    read_capped(&out, cap).await
}

/// The bytes deflated; `None` where the browser has no `CompressionStream`.
pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    let cs = CompressionStream::new(FORMAT).ok()?;
    through(bytes, cs.into(), usize::MAX).await.ok()
}

/// The bytes inflated, at most `cap` of them.
pub async fn inflate(bytes: &[u8], cap: usize) -> Result<Vec<u8>, ReadError> {
    let ds = DecompressionStream::new(FORMAT).map_err(|_| ReadError::Failed)?;
    through(bytes, ds.into(), cap).await
}

/// What fetching a file gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Fetched {
    Bytes(Vec<u8>),
    /// The server answered with this status (404: no such file).
    Status(u16),
    /// No answer (offline, refused, blocked).
    Network,
    /// More than the cap.
    TooLarge,
    /// A redirect led to another site (its origin); the answer is not used.
    Elsewhere(String),
}

/// Fetches `url` (already checked to be on the page's own site) and reads at most `cap` bytes;
/// an answer that came, through a redirect, from another origin than `origin` is refused.
pub async fn fetch(url: &str, origin: &str, cap: usize) -> Fetched {
    let Some(w) = web_sys::window() else {
        return Fetched::Network;
    };
    let Ok(resp) = JsFuture::from(w.fetch_with_str(url)).await else {
        return Fetched::Network;
    };
    let Ok(resp) = resp.dyn_into::<web_sys::Response>() else {
        return Fetched::Network;
    };
    let answered = web_sys::Url::new(&resp.url())
        .map(|u| u.origin())
        .unwrap_or_default();
    if answered != origin {
        return Fetched::Elsewhere(answered);
    }
    if !resp.ok() {
        return Fetched::Status(resp.status());
    }
    let Some(body) = resp.body() else {
        return Fetched::Bytes(Vec::new());
    };
    match read_capped(&body, cap).await {
        Ok(b) => Fetched::Bytes(b),
        Err(ReadError::TooLarge) => Fetched::TooLarge,
        Err(ReadError::Failed) => Fetched::Network,
    }
}
