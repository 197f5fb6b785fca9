use std::cmp::{Ordering, Reverse};
use std::f32::consts::{PI, TAU};

use chrono::NaiveDate;

use crate::domain::{Circle, Contact, Network};
use crate::review::{self, Health};

use crate::ui::{DotLayout, RingLayout};

/// Outer edge of each ring, innermost first, in outer-radius units.
const RING_EDGES: [f32; 6] = [0.2, 0.36, 0.52, 0.68, 0.84, 1.0];
/// The innermost disk keeps its centre free for its label.
const CENTRE_LABEL_RADIUS: f32 = 0.08;
/// A dot's radius, in outer-radius units.
pub const DOT_RADIUS: f32 = 0.026;
/// Distance between neighbouring dots (and between tracks of dots in one band).
const PITCH: f32 = DOT_RADIUS * 2.5;
/// Arc kept free of dots at the top (label) and bottom ("+ N more") of each outer band.
const LABEL_GAP: f32 = 0.2;

/// Where every ring and dot of the Circles screen goes, computed once per network
/// revision (and day) rather than every frame, so thousands of contacts stay smooth.
/// Positions are deterministic: the same network gives the same picture.
#[derive(Clone, Debug, PartialEq)]
pub struct CirclesLayout {
    /// The network revision this was computed for.
    pub revision: u64,
    /// The day health was judged on.
    pub today: NaiveDate,
    /// Rings, innermost first.
    pub rings: Vec<RingLayout>,
    /// Dots drawn (the most urgent of each ring when it cannot show everyone).
    pub dots: Vec<DotLayout>,
}

impl CirclesLayout {
    /// A dot's radius, in outer-radius units.
    pub const DOT_RADIUS: f32 = DOT_RADIUS;

    /// Lays out `network` as it is at `revision`, judging health on `today`.
    pub fn new(network: &Network, revision: u64, today: NaiveDate) -> Self {
        let mut rings = Vec::new();
        let mut dots = Vec::new();
        let mut inner = 0.0;
        // One walk over the contacts, each judged once; a dot is built only for those
        // that are drawn (a band holds about a hundred of a circle's thousands).
        let mut members: Vec<Vec<Urgency<'_>>> = vec![Vec::new(); Circle::ALL.len()];
        for contact in network.contacts() {
            if let Some(list) = members.get_mut(contact.circle.rank()) {
                list.push(Urgency::new(network, contact, today));
            }
        }
        for ((fill, outer), mut people) in review::circle_fills(network)
            .into_iter()
            .zip(RING_EDGES)
            .zip(members)
        {
            let circle = fill.circle;
            let tracks = tracks(inner, outer);
            let capacity: usize = tracks.iter().map(|t| t.1).sum();
            let hidden = people.len().saturating_sub(capacity);
            // The most urgent first, so they get the inner tracks and are never hidden.
            if hidden > 0 && capacity > 0 {
                people.select_nth_unstable_by(capacity - 1, Urgency::order);
            }
            people.truncate(capacity);
            people.sort_by(Urgency::order);
            let mut members: Vec<DotLayout> = people.into_iter().map(Urgency::dot).collect();
            place(&mut members, &tracks);
            let move_out_names = fill
                .move_out
                .iter()
                .filter_map(|id| network.contact(*id))
                .map(|c| c.display_name.clone())
                .collect();
            rings.push(RingLayout {
                fill,
                inner,
                outer,
                hidden,
                move_out_names,
                cadence_days: network.cadences().days(circle),
            });
            dots.extend(members);
            inner = outer;
        }
        Self {
            revision,
            today,
            rings,
            dots,
        }
    }

    /// Whether this layout still shows `revision` on `today`.
    pub fn is_current(&self, revision: u64, today: NaiveDate) -> bool {
        self.revision == revision && self.today == today
    }

    /// The circle whose band contains `distance` from the centre (outer-radius units);
    /// beyond the outermost ring counts as the outermost.
    pub fn circle_at(&self, distance: f32) -> Option<Circle> {
        self.rings
            .iter()
            .find(|ring| distance < ring.outer)
            .or_else(|| self.rings.last())
            .map(RingLayout::circle)
    }

    /// The ring of `circle`.
    pub fn ring(&self, circle: Circle) -> Option<&RingLayout> {
        self.rings.iter().find(|ring| ring.circle() == circle)
    }
}

/// A contact judged for the layout: how urgent, and what its dot shows.
#[derive(Clone)]
struct Urgency<'a> {
    contact: &'a Contact,
    health: Health,
    status: Option<review::DueStatus>,
    last_touch: Option<NaiveDate>,
}

impl<'a> Urgency<'a> {
    fn new(network: &Network, contact: &'a Contact, today: NaiveDate) -> Self {
        let status = review::due_status(network, contact, today);
        Self {
            contact,
            health: review::health_of(status.as_ref()),
            last_touch: match status {
                Some(status) => status.last_touch,
                None => review::last_touches(network, contact).any,
            },
            status,
        }
    }

    /// At risk, then due, then ok; hubs first; then by name and id.
    fn order(a: &Self, b: &Self) -> Ordering {
        (
            Reverse(a.health),
            !a.contact.hub,
            &a.contact.display_name,
            a.contact.id,
        )
            .cmp(&(
                Reverse(b.health),
                !b.contact.hub,
                &b.contact.display_name,
                b.contact.id,
            ))
    }

    fn dot(self) -> DotLayout {
        let contact = self.contact;
        DotLayout {
            id: contact.id,
            name: contact.display_name.clone(),
            initials: contact.initials(),
            circle: contact.circle,
            health: self.health,
            upkeep: self.status.is_some(),
            hub: contact.hub,
            last_touch: self.last_touch,
            next_due: self.status.map(|s| s.due_date),
            offset: egui::Vec2::ZERO,
        }
    }
}

/// The tracks of dots that fit in a band: (radius, how many dots, angle of each label gap).
fn tracks(inner: f32, outer: f32) -> Vec<(f32, usize, f32)> {
    let centre = inner <= 0.0;
    let start = if centre { CENTRE_LABEL_RADIUS } else { inner };
    let gaps = if centre { 0.0 } else { 2.0 * LABEL_GAP };
    let mut result = Vec::new();
    let mut radius = start + PITCH / 2.0;
    while radius + PITCH / 2.0 <= outer + 1e-4 {
        let usable = (TAU * radius - gaps).max(0.0);
        // Small positive counts only: the cast cannot truncate anything meaningful.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let count = (usable / PITCH).floor() as usize;
        result.push((radius, count, gaps / 2.0 / radius));
        radius += PITCH;
    }
    result
}

/// Spreads `dots` over the tracks, inner track first, evenly around each track and clear
/// of the label gaps at the top and bottom.
fn place(dots: &mut [DotLayout], tracks: &[(f32, usize, f32)]) {
    let mut rest = dots;
    for &(radius, capacity, gap) in tracks {
        let taken = capacity.min(rest.len());
        let (here, later) = rest.split_at_mut(taken);
        let usable = TAU - 2.0 * gap;
        #[allow(clippy::cast_precision_loss)]
        let step = usable / taken.max(1) as f32;
        for (n, dot) in here.iter_mut().enumerate() {
            #[allow(clippy::cast_precision_loss)]
            let mut along = (n as f32 + 0.5) * step;
            // The right half ends at the bottom gap; the left half starts after it.
            if along > PI - gap {
                along += gap;
            }
            let angle = -PI / 2.0 + gap / 2.0 + along;
            dot.offset = egui::vec2(angle.cos(), angle.sin()) * radius;
        }
        rest = later;
    }
}
