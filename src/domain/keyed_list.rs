//! Serialises an id-keyed map as a plain list of records, so the data file reads as a list
//! of people rather than a map of numbers to people, and rejects duplicate ids on load.

use imbl::OrdMap;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A record that carries its own key.
pub trait Keyed {
    /// The key type.
    type Key: Ord + Copy + std::fmt::Display;
    /// The record's key.
    fn key(&self) -> Self::Key;
}

/// Serialises the map's values in key order.
pub fn serialize<S, K, V>(map: &OrdMap<K, V>, serializer: S) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    K: Ord + Clone,
    V: Serialize + Clone,
{
    serializer.collect_seq(map.values())
}

/// Reads a list of records into a map, refusing two records with one id.
pub fn deserialize<'de, D, V>(deserializer: D) -> Result<OrdMap<V::Key, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de> + Keyed + Clone,
{
    let records = Vec::<V>::deserialize(deserializer)?;
    let mut map = OrdMap::new();
    for record in records {
        let key = record.key();
        if map.insert(key, record).is_some() {
            return Err(D::Error::custom(format!("two records share the id {key}")));
        }
    }
    Ok(map)
}
