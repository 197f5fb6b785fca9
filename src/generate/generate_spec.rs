/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GenerateSpec {
    /// How many contacts.
    pub contacts: usize,
    /// The same seed always gives the same network.
    pub seed: u64,
    /// Average touches per contact (the reference networks use 10).
    pub touches_per_contact: f64,
    /// Gifts per contact (the "typical" network has 300 gifts for 1,500 contacts: 0.2).
    pub gifts_per_contact: f64,
}

impl GenerateSpec {
    /// The reference proportions of DESIGN §8 for `contacts` contacts.
    pub fn new(contacts: usize, seed: u64) -> Self {
        Self {
            contacts,
            seed,
            touches_per_contact: 10.0,
            gifts_per_contact: 0.2,
        }
    }
}
