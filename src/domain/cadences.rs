use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Circle;

/// Per-circle cadences chosen by the user; a circle not listed uses the research default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Cadences {
    /// Overrides, in days; `None` means "no upkeep" for that circle.
    pub overrides: BTreeMap<Circle, Option<u32>>,
}

impl Cadences {
    /// The cadence in force for a circle.
    pub fn days(&self, circle: Circle) -> Option<u32> {
        self.overrides
            .get(&circle)
            .copied()
            .unwrap_or_else(|| circle.default_cadence_days())
    }

    /// Sets a circle's cadence; setting it to the default removes the override.
    pub fn set(&mut self, circle: Circle, days: Option<u32>) {
        if days == circle.default_cadence_days() {
            self.overrides.remove(&circle);
        } else {
            self.overrides.insert(circle, days);
        }
    }
}
