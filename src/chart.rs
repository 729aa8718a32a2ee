//! Chart data and SVG drawing (plotters), pure.
//!
//! [`data`] computes what each chart shows, exactly, from the document and
//! the engine's figures; [`svg`] draws it with plotters' SVG backend into a
//! string. Every label that comes from user data goes through plotters'
//! text escaping (and [`svg::clean_label`] for characters XML cannot hold),
//! so a target titled `<script>` draws as text.

pub mod data;
pub mod svg;
