//! One fetch of a part's code at a time: a view opened while the idle
//! prefetch is fetching its part joins that fetch instead of starting a
//! second one (docs/PERFORMANCE.md, "The prefetch and a view fetching the
//! same part").

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use super::{preload, Part, PartFailed};

/// A fetch of a part's code under way, and who waits on it.
#[derive(Default)]
struct Flight {
    /// Whether it succeeded, once it has ended.
    done: Option<bool>,
    wakers: Vec<Waker>,
}

thread_local! {
    /// The fetches under way, by part: at most one each.
    static FLIGHTS: RefCell<Vec<(Part, Rc<RefCell<Flight>>)>> = const { RefCell::new(Vec::new()) };
}

/// Ends a flight when its fetch ends, or is dropped before it ends (then as
/// a failure), and wakes whoever joined it.
struct Landing {
    part: Part,
    flight: Rc<RefCell<Flight>>,
}

impl Landing {
    fn land(&self, ok: bool) {
        FLIGHTS.with(|f| f.borrow_mut().retain(|(p, _)| *p != self.part));
        let wakers = {
            let mut flight = self.flight.borrow_mut();
            if flight.done.is_some() {
                return;
            }
            flight.done = Some(ok);
            std::mem::take(&mut flight.wakers)
        };
        for w in wakers {
            w.wake();
        }
    }
}

impl Drop for Landing {
    fn drop(&mut self) {
        self.land(false);
    }
}

/// Waits for a flight another task started.
struct Joined(Rc<RefCell<Flight>>);

impl Future for Joined {
    type Output = Result<(), PartFailed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut flight = self.0.borrow_mut();
        match flight.done {
            Some(true) => Poll::Ready(Ok(())),
            Some(false) => Poll::Ready(Err(PartFailed)),
            None => {
                if !flight.wakers.iter().any(|w| w.will_wake(cx.waker())) {
                    flight.wakers.push(cx.waker().clone());
                }
                Poll::Pending
            }
        }
    }
}

/// The fetch of a part under way, if there is one.
fn under_way(part: Part) -> Option<Rc<RefCell<Flight>>> {
    FLIGHTS.with(|f| {
        f.borrow()
            .iter()
            .find(|(p, _)| *p == part)
            .map(|(_, flight)| flight.clone())
    })
}

/// Fetches a part's code, one fetch per part at a time, so that the split
/// loader never has two callers waiting on the same part (see
/// docs/PERFORMANCE.md, "Known problem"). A view opened while the idle
/// prefetch is fetching its part waits for that fetch; if it fails, the
/// view makes one attempt of its own before it says the part is missing.
pub(crate) async fn fetch(part: Part) -> Result<(), PartFailed> {
    if part.is_loaded() {
        return Ok(());
    }
    if let Some(flight) = under_way(part) {
        if Joined(flight).await.is_ok() {
            return Ok(());
        }
    }
    if let Some(flight) = under_way(part) {
        return Joined(flight).await;
    }
    let landing = Landing {
        part,
        flight: Rc::default(),
    };
    FLIGHTS.with(|f| f.borrow_mut().push((part, landing.flight.clone())));
    let result = preload(part).await;
    landing.land(result.is_ok());
    result
}
