//! The Circles screen: Dunbar's layers as rings, one dot per contact.

mod circles_layout;
mod circles_screen;
mod dot_layout;
mod ring_layout;

pub use circles_layout::CirclesLayout;
pub use circles_layout::DOT_RADIUS;
pub use circles_screen::CirclesScreen;
pub use dot_layout::DotLayout;
pub use ring_layout::RingLayout;
