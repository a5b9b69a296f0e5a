use health_plan_sim::ui::app::{App, prepare};
use health_plan_sim::ui::deferred::next_task;

fn main() {
    health_plan_sim::browser::page::mark("hps:wasm-start");
    health_plan_sim::browser::panic::install();
    // Start-up a task at a time: the wasm's own set-up ends this one, the catalogue is read in
    // the next, and the page is opened in the one after (in steps of its own: `ui/app.rs`).
    next_task(|| {
        prepare();
        next_task(|| leptos::mount::mount_to_body(App));
    });
}
