use chrono::NaiveDateTime;

/// Someone invited to an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendee {
    /// The address, lower case (from `mailto:`).
    pub address: String,
    /// They declined.
    pub declined: bool,
    /// A room or other resource (`CUTYPE=ROOM|RESOURCE`): never a person.
    pub room: bool,
}

/// One occurrence of a calendar event (a series is expanded into its occurrences, moved
/// instances taken from their `RECURRENCE-ID` override).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarOccurrence {
    /// The event's `UID` (a series shares one).
    pub uid: String,
    /// When it starts, local time.
    pub start: NaiveDateTime,
    /// `SUMMARY`.
    pub summary: String,
    /// `STATUS:CANCELLED`, or a summary Outlook marks "Canceled:" / "Aflyst:" ….
    pub cancelled: bool,
    /// The organiser's address, lower case.
    pub organizer: Option<String>,
    /// Everyone invited (the organiser may be among them).
    pub attendees: Vec<Attendee>,
    /// A video link (Meet, Zoom, Teams, Whereby) in the location, description or URL.
    pub video: bool,
    /// `LOCATION` names a place (not a link).
    pub place: bool,
}
