//! The core's data: contacts, circles, touches, gifts, asks, the gift library, and the
//! network aggregate that holds them. No IO, no clock, no egui.

mod ask;
mod ask_kind;
mod ask_status;
mod cadences;
mod capture_source;
mod channel;
mod circle;
mod contact;
mod contact_kind;
mod contact_label;
mod contact_links;
mod direction;
mod email_address;
mod field_stamp;
pub mod fold;
mod gift;
mod gift_kind;
mod id;
mod import_batch;
pub mod keyed_list;
mod labelled_value;
mod library_item;
mod match_tier;
mod network;
mod network_error;
mod partial_date;
mod phone_number;
mod postal_address;
mod profile;
mod promise;
mod review_record;
mod stamp;
mod stamps;
pub use crate::i18n::spoken_date;
mod touch;
mod touch_kind;
mod upcoming_event;

pub use ask::Ask;
pub use ask_kind::AskKind;
pub use ask_status::AskStatus;
pub use cadences::Cadences;
pub use capture_source::CaptureSource;
pub use channel::Channel;
pub use circle::Circle;
pub use contact::Contact;
pub use contact_kind::ContactKind;
pub use contact_label::ContactLabel;
pub use contact_links::ContactLinks;
pub use direction::Direction;
pub use email_address::EmailAddress;
pub use field_stamp::FieldStamp;
pub use gift::Gift;
pub use gift_kind::GiftKind;
pub use id::Id;
pub use import_batch::ImportBatch;
pub use library_item::LibraryItem;
pub use match_tier::MatchTier;
pub use network::{ID_PREFIX_SHIFT, MAX_ID_PREFIX, Network};
pub use network_error::NetworkError;
pub use partial_date::PartialDate;
pub use phone_number::PhoneNumber;
pub use postal_address::PostalAddress;
pub use profile::Profile;
pub use promise::Promise;
pub use review_record::ReviewRecord;
pub use stamp::Stamp;
pub use stamps::{ElementStamps, Stamps, TOMBSTONE_KEEP_DAYS};
pub use touch::Touch;
pub use touch_kind::TouchKind;
pub use upcoming_event::UpcomingEvent;

/// Identifies a contact.
pub type ContactId = Id<Contact>;
/// Identifies a touch.
pub type TouchId = Id<Touch>;
/// Identifies a gift.
pub type GiftId = Id<Gift>;
/// Identifies an ask.
pub type AskId = Id<Ask>;
/// Identifies a gift-library item.
pub type LibraryItemId = Id<LibraryItem>;
/// Identifies an import batch.
pub type ImportBatchId = Id<ImportBatch>;
/// Identifies a capture source.
pub type CaptureSourceId = Id<CaptureSource>;
/// Identifies a promise.
pub type PromiseId = Id<Promise>;
