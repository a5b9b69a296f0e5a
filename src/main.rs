use health_plan_sim::ui::app::App;

fn main() {
    leptos::mount::mount_to_body(App);
}
