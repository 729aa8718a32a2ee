//! Chart data and SVG drawing (plotters), pure.
