//! Chart components: embed the SVG drawn by the pure `chart` module, each
//! with buttons to download it as SVG and as PNG (for slides).
//!
//! The PNG is made in the browser: the SVG is loaded into an image from a
//! blob URL and painted on a canvas at twice its size. The canvas is
//! reached through `js_sys::Reflect`, so the shell needs no web-sys
//! canvas features for it.

use js_sys::{Array, Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::app::state::use_app;
use crate::chart::data::{
    cadence_cells, cumulative, dashboard_rows, monthly, plan_trend, readings,
};
use crate::chart::svg::{
    cadence_svg, cumulative_svg, dashboard_svg, monthly_svg, readings_svg, responsive, size_of,
    trend_svg,
};
use crate::plan::TargetId;

/// MIME type of a downloaded SVG.
const SVG_MIME: &str = "image/svg+xml;charset=utf-8";

/// Calls `obj.name(...args)`.
fn call(obj: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = Reflect::get(obj, &JsValue::from_str(name))?.dyn_into()?;
    let list = Array::new();
    for a in args {
        list.push(a);
    }
    f.apply(obj, &list)
}

/// A blob of `parts` with the MIME type `mime`, as an object URL.
fn blob_url(parts: &JsValue, mime: &str) -> Result<String, JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options)
        .or_else(|_| web_sys::Blob::new_with_str_sequence_and_options(parts, &options))?;
    web_sys::Url::create_object_url_with_blob(&blob)
}

/// Follows a link with a `download` name: saves `href` as `name`.
fn save_link(href: &str, name: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(href);
    a.set_download(name);
    a.set_attribute("hidden", "")?;
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    Ok(())
}

/// Frees an object URL a minute from now, once the browser has read it.
fn revoke_later(url: String) {
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
}

/// Saves an SVG drawn by [`crate::chart::svg`] as a PNG at twice its size,
/// on white.
pub(crate) fn download_png(svg: &str, name: &str) -> Result<(), JsValue> {
    let (w, h) = size_of(svg).unwrap_or((720, 300));
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let parts = Array::of1(&JsValue::from_str(svg));
    let url = blob_url(&parts, SVG_MIME)?;
    let img = document.create_element("img")?;
    let canvas = document.create_element("canvas")?;
    canvas.set_attribute("width", &(w * 2).to_string())?;
    canvas.set_attribute("height", &(h * 2).to_string())?;
    let name = name.to_string();
    let img_js: JsValue = img.clone().into();
    let url_done = url.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        let paint = || -> Result<(), JsValue> {
            let canvas: JsValue = canvas.into();
            let ctx = call(&canvas, "getContext", &[JsValue::from_str("2d")])?;
            Reflect::set(&ctx, &"fillStyle".into(), &"#ffffff".into())?;
            let (fw, fh) = (f64::from(w * 2), f64::from(h * 2));
            call(
                &ctx,
                "fillRect",
                &[0.into(), 0.into(), fw.into(), fh.into()],
            )?;
            call(
                &ctx,
                "drawImage",
                &[img_js, 0.into(), 0.into(), fw.into(), fh.into()],
            )?;
            let data = call(&canvas, "toDataURL", &[JsValue::from_str("image/png")])?;
            let href = data
                .as_string()
                .ok_or_else(|| JsValue::from_str("no image"))?;
            save_link(&href, &name)
        };
        if let Err(e) = paint() {
            leptos::logging::warn!("PNG export failed: {e:?}");
        }
        revoke_later(url_done);
    });
    Reflect::set(&img, &"onload".into(), &onload)?;
    img.set_attribute("src", &url)?;
    Ok(())
}

/// A chart with its caption and download buttons. `svg` is the chart at
/// its drawn size; the page shows it scaled to the container's width.
#[component]
pub fn ChartFigure(
    /// Caption, also the accessible name and the file name.
    #[prop(into)]
    title: Signal<String>,
    /// The SVG as drawn.
    #[prop(into)]
    svg: Signal<String>,
    /// Stable kind, for CSS and tests: "dashboard", "cumulative", …
    kind: &'static str,
) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::report::msgs(app.lang.get());
    let shown = move || responsive(&svg.get(), &title.get());
    let file = move |ext: &str| format!("{}.{ext}", title.get_untracked());
    let save_svg = move |_| {
        let name = file("svg");
        if let Err(e) = crate::app::download::download_text(&name, SVG_MIME, &svg.get_untracked()) {
            leptos::logging::warn!("{e}");
        }
    };
    let save_png = move |_| {
        if let Err(e) = download_png(&svg.get_untracked(), &file("png")) {
            leptos::logging::warn!("PNG export failed: {e:?}");
        }
    };
    view! {
        <figure class="chart" data-chart=kind>
            <figcaption class="chart-head">
                <span class="chart-title">{move || title.get()}</span>
                <span class="chart-actions no-print">
                    <button type="button" class="btn btn-quiet btn-small" on:click=save_svg>
                        {move || m().download_svg}
                    </button>
                    <button type="button" class="btn btn-quiet btn-small" on:click=save_png>
                        {move || m().download_png}
                    </button>
                </span>
            </figcaption>
            <div class="chart-svg" inner_html=shown></div>
        </figure>
    }
}

/// The dashboard's charts: every target's completion against 序时进度,
/// and the plan's completion month by month.
#[component]
pub fn DashboardChart() -> impl IntoView {
    let app = use_app();
    let bullets = Memo::new(move |_| {
        let msgs = crate::i18n::report::msgs(app.lang.get());
        app.doc.with(|d| {
            app.progress
                .with(|p| dashboard_svg(&dashboard_rows(d, p), msgs))
        })
    });
    let trend = Memo::new(move |_| {
        let msgs = crate::i18n::report::msgs(app.lang.get());
        let as_of = app.as_of.get();
        app.doc
            .with(|d| trend_svg(&plan_trend(d, as_of), d.plan.start, d.plan.end, msgs))
    });
    // The charts sit below the figures they illustrate and take a month by
    // month pass over the ledger: they are drawn once the page is painted.
    let ready = super::after_paint();
    view! {
        <div class="charts charts-dashboard">
            <Show when=move || ready.get()>
                <ChartFigure
                    title=Signal::derive(move || crate::i18n::report::msgs(app.lang.get()).chart_dashboard.to_string())
                    svg=bullets
                    kind="dashboard"
                />
                <ChartFigure
                    title=Signal::derive(move || crate::i18n::report::msgs(app.lang.get()).chart_trend.to_string())
                    svg=trend
                    kind="trend"
                />
            </Show>
        </div>
    }
}

/// The charts of one target, by kind: cumulative against the plan line
/// and bars per month (count, range, per person), the period grid
/// (cadence), or readings against the line (threshold, ratio,
/// improvement). Milestones have none.
#[component]
pub fn TargetChart(
    /// The target.
    id: TargetId,
) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    // (kind, caption, svg) of each chart the target has.
    let charts = Memo::new(move |_| {
        let msgs = crate::i18n::report::msgs(app.lang.get());
        let as_of = app.as_of.get();
        app.doc.with(|d| {
            app.progress.with(|p| {
                let mut out: Vec<(&'static str, String, String)> = Vec::new();
                let Some(t) = d.plan.target(&id.get_value()) else {
                    return out;
                };
                let Some(f) = p.get(&t.id) else {
                    return out;
                };
                let name = |what: &str| format!("{}-{what}", t.title.trim());
                if let Some(c) = cumulative(d, t, f, as_of) {
                    out.push((
                        "cumulative",
                        name(msgs.chart_cumulative),
                        cumulative_svg(&c, &t.unit, msgs),
                    ));
                    out.push((
                        "monthly",
                        name(msgs.chart_monthly),
                        monthly_svg(&monthly(d, f, as_of), &t.unit, msgs),
                    ));
                }
                let cells = cadence_cells(f);
                if !cells.is_empty() {
                    out.push((
                        "cadence",
                        name(msgs.chart_cadence),
                        cadence_svg(&cells, msgs),
                    ));
                }
                if let Some(r) = readings(d, t, f) {
                    out.push((
                        "readings",
                        name(msgs.chart_readings),
                        readings_svg(&r, &t.unit, msgs),
                    ));
                }
                out
            })
        })
    });
    move || {
        charts
            .get()
            .into_iter()
            .map(|(kind, title, svg)| {
                view! { <ChartFigure title=title svg=svg kind=kind/> }
            })
            .collect_view()
    }
}
