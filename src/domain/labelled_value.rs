//! Reading an e-mail address or a phone number from the data file: format version 1 wrote
//! a plain string (`"ann@example.com"`), version 2 a record with a label
//! (`(address: "ann@example.com", label: "work")`). Accepting both is the migration.

use std::fmt;

use serde::Deserializer;
use serde::de::{self, MapAccess, Visitor};

use super::ContactLabel;

/// Reads a string or a `(VALUE_FIELD: .., label: ..)` record into a value and its label.
pub(super) fn deserialize_labelled<'de, D: Deserializer<'de>>(
    deserializer: D,
    value_field: &'static str,
) -> Result<(String, Option<ContactLabel>), D::Error> {
    deserializer.deserialize_any(LabelledVisitor { value_field })
}

struct LabelledVisitor {
    value_field: &'static str,
}

impl<'de> Visitor<'de> for LabelledVisitor {
    type Value = (String, Option<ContactLabel>);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a string or a record with `{}` and `label`",
            self.value_field
        )
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok((value.to_owned(), None))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok((value, None))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut value: Option<String> = None;
        let mut label: Option<ContactLabel> = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == self.value_field {
                value = Some(map.next_value()?);
            } else if key == "label" {
                label = map.next_value()?;
            } else {
                return Err(de::Error::custom(format!(
                    "unknown field `{key}`, expected `{}` or `label`",
                    self.value_field
                )));
            }
        }
        let value = value.ok_or_else(|| de::Error::missing_field(self.value_field))?;
        Ok((value, label))
    }
}
