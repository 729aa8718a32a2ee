//! Presentation logic shared by the views and the report, pure and tested
//! natively: formatting of dates and figures, ledger filters and sorting,
//! the needs-attention list.
