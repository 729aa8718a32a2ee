//! The progress report in the seed's own style, pure.
