//! Where the toasts stand: in the first corner of the window where they
//! cover no control, so a notice never takes the click meant for a button
//! beneath it. Pure: the shell measures the stack, the window and the
//! controls on screen, and asks.

/// A rectangle on screen, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.left < o.left + o.width
            && o.left < self.left + self.width
            && self.top < o.top + o.height
            && o.top < self.top + self.height
    }
}

/// A corner of the window the toasts may stand in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Corner {
    /// Bottom right (the usual place).
    BottomRight,
    /// Bottom left.
    BottomLeft,
    /// Top right, below the top bar.
    TopRight,
    /// Top left, below the top bar.
    TopLeft,
}

impl Corner {
    /// In the order they are tried.
    pub const ALL: [Corner; 4] = [
        Corner::BottomRight,
        Corner::BottomLeft,
        Corner::TopRight,
        Corner::TopLeft,
    ];

    /// The CSS class that places the stack there.
    pub fn as_str(self) -> &'static str {
        match self {
            Corner::BottomRight => "toasts-bottom-right",
            Corner::BottomLeft => "toasts-bottom-left",
            Corner::TopRight => "toasts-top-right",
            Corner::TopLeft => "toasts-top-left",
        }
    }
}

/// The window and what is in it, as the shell measures them.
#[derive(Debug, Clone, PartialEq)]
pub struct Screen {
    /// The window's width.
    pub width: f64,
    /// The window's height.
    pub height: f64,
    /// Where the content begins below the top bar (0 when it has scrolled
    /// away).
    pub top_inset: f64,
    /// The gap kept from the window's edges.
    pub margin: f64,
    /// Every control on screen.
    pub controls: Vec<Rect>,
}

/// The stack's rectangle in `corner` of `screen`.
pub fn stack_at(corner: Corner, width: f64, height: f64, screen: &Screen) -> Rect {
    let m = screen.margin;
    let left = match corner {
        Corner::BottomRight | Corner::TopRight => screen.width - m - width,
        Corner::BottomLeft | Corner::TopLeft => m,
    };
    let top = match corner {
        Corner::BottomRight | Corner::BottomLeft => screen.height - m - height,
        Corner::TopRight | Corner::TopLeft => screen.top_inset + m,
    };
    Rect {
        left,
        top,
        width,
        height,
    }
}

/// The first corner where a stack `width` × `height` covers no control,
/// and `true`; or, when every corner covers one, the corner covering the
/// fewest and `false` (the toasts then let clicks through to what is
/// beneath them, but for their own buttons).
pub fn place(width: f64, height: f64, screen: &Screen) -> (Corner, bool) {
    let covered = |c: Corner| {
        let r = stack_at(c, width, height, screen);
        screen.controls.iter().filter(|k| r.overlaps(k)).count()
    };
    if let Some(c) = Corner::ALL.into_iter().find(|&c| covered(c) == 0) {
        return (c, true);
    }
    let best = Corner::ALL
        .into_iter()
        .min_by_key(|&c| covered(c))
        .unwrap_or(Corner::BottomRight);
    (best, false)
}
