//! The console adapter: a multi-user terminal chat (`alice: /start`,
//! `#circle-1 bob: hello`), also driven through pipes by scripts, and the
//! transcript runner the end-to-end tests use.

pub mod clock;
pub mod protocol;
pub mod session;
pub mod transcript;
pub mod transport;

pub use session::{ConsoleError, ConsoleOptions, run_console};
pub use transport::{ConsoleOutput, ConsoleTransport, PLATFORM};
