use chrono::NaiveDate;

use crate::domain::Network;
use crate::storage::file_format;

use super::csv_writer::export_csv;
use super::ics_writer::export_ics;
use super::vcard_writer::export_vcard;
use super::{ExportError, ExportFilter, ExportFormat, VCardVersion};

/// Exports the contacts `filter` keeps in `format`. RON is always the whole network,
/// exactly as the data file holds it (a full backup), so the filter does not apply to
/// it. `today` places overdue follow-ups and the next birthdays in iCalendar and stamps
/// vCards (`REV`).
pub fn export(
    network: &Network,
    format: ExportFormat,
    filter: &ExportFilter,
    today: NaiveDate,
) -> Result<String, ExportError> {
    let contacts = filter.select(network);
    Ok(match format {
        ExportFormat::Csv => export_csv(&contacts)?,
        ExportFormat::VCard3 => export_vcard(&contacts, VCardVersion::V3, today),
        ExportFormat::VCard4 => export_vcard(&contacts, VCardVersion::V4, today),
        ExportFormat::Ron => file_format::to_text(network)?,
        ExportFormat::Ics => export_ics(network, &contacts, today),
    })
}
