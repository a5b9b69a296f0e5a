//! One table row, rendered by Leptos: what an empty page costs.
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        view! {
            <table>
                <tbody>
                    <tr data-target="minimal"><th>"每千人口床位数"</th><td>"6.82"</td></tr>
                </tbody>
            </table>
        }
    });
}
