//! Group sessions held in chat rooms: the rooms linked to circles, the
//! sessions, their members, and the notes and action items collected.

pub(crate) mod items;
pub(crate) mod members;
pub(crate) mod rooms;
pub(crate) mod sessions;
