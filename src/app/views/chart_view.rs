//! Chart components: embed the SVG drawn by the pure `chart` module.
