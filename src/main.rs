use health_plan_sim::ui::app::App;

fn main() {
    health_plan_sim::browser::page::mark("hps:wasm-start");
    health_plan_sim::browser::panic::install();
    leptos::mount::mount_to_body(App);
}
