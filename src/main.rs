use health_plan_sim::ui::app::{App, prepare};

fn main() {
    health_plan_sim::browser::page::mark("hps:wasm-start");
    health_plan_sim::browser::panic::install();
    // Start-up in two tasks: the catalogue is read in this one, the page built in the next.
    prepare();
    leptos::prelude::set_timeout(
        || leptos::mount::mount_to_body(App),
        std::time::Duration::ZERO,
    );
}
