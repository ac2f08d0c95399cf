//! A place read twice: at the end of the venue by one reading and as the address by the
//! other ("Proceedings of Tidal Computing '93, Moab, UT" and "Moab, UT").

use super::venue::is_place;
use crate::model::Entry;

/// Keeps a place that ends the venue, after a comma, only in the address. A venue that
/// is the address and nothing more goes when it is a city with its region ("Richardson,
/// TX") that [reads as a place](is_place); otherwise the address goes (a newspaper, "The
/// Times").
pub(super) fn place_out_of_venue(e: &mut Entry) {
    let (Some(venue), Some(place)) = (e.container.as_deref(), e.address.as_deref()) else {
        return;
    };
    if venue == place {
        if venue.contains(", ") && is_place(venue) {
            e.container = None;
        } else {
            e.address = None;
        }
        return;
    }
    let head = venue
        .strip_suffix(place)
        .and_then(|head| head.trim_end().strip_suffix(','))
        .map(str::trim_end)
        .filter(|head| !head.is_empty());
    if let Some(head) = head {
        e.container = Some(head.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(venue: &str, place: &str) -> Entry {
        Entry {
            container: Some(venue.into()),
            address: Some(place.into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_place_ending_the_venue_leaves_it() {
        let mut e = entry("Workshop on Tides, Galway, Ireland", "Galway, Ireland");
        place_out_of_venue(&mut e);
        assert_eq!(e.container.as_deref(), Some("Workshop on Tides"));
        assert_eq!(e.address.as_deref(), Some("Galway, Ireland"));
    }

    #[test]
    fn a_venue_that_is_the_place_is_one_or_the_other() {
        let mut e = entry("Ames, IA", "Ames, IA");
        place_out_of_venue(&mut e);
        assert_eq!(
            (e.container, e.address.as_deref()),
            (None, Some("Ames, IA"))
        );
        let mut e = entry("The Harbour Gazette", "The Harbour Gazette");
        place_out_of_venue(&mut e);
        assert_eq!(
            (e.container.as_deref(), e.address),
            (Some("The Harbour Gazette"), None)
        );
    }

    #[test]
    fn a_place_inside_the_venue_stays() {
        let mut e = entry("Journal of Leeds Studies", "Leeds");
        place_out_of_venue(&mut e);
        assert_eq!(e.container.as_deref(), Some("Journal of Leeds Studies"));
    }
}
