//! Tests of `venue`.

use super::*;

#[test]
fn a_publisher_and_its_place_at_the_end_of_a_venue() {
    assert_eq!(
        trailing_publisher("Knowledge and Databases, Plenum Press, New York"),
        Some((
            "Knowledge and Databases".into(),
            "Plenum Press".into(),
            Some("New York".into())
        ))
    );
    assert_eq!(
        trailing_publisher("Neural Information Processing Systems, Morgan Kaufmann, San Mateo, CA"),
        Some((
            "Neural Information Processing Systems".into(),
            "Morgan Kaufmann".into(),
            Some("San Mateo, CA".into())
        ))
    );
    // A state's code ends the place, and the publisher follows.
    assert_eq!(
        trailing_publisher(
            "Papers from the Annual Meeting, Chicago, IL. Chicago Linguistic Society"
        ),
        Some((
            "Papers from the Annual Meeting".into(),
            "Chicago Linguistic Society".into(),
            Some("Chicago, IL".into())
        ))
    );
    for venue in [
        "Journal of the American Statistical Association, in press",
        "Technical Report 95-17, University of Utah",
        "Proceedings of the Royal Society, London",
    ] {
        assert_eq!(trailing_publisher(venue), None, "{venue}");
    }
}

#[test]
fn a_venue_acronym_is_no_publisher_of_the_table() {
    for venue in ["CVPR", "IJCV", "NeurIPS", "ICCV'19", "ICML 2019", "JAIR"] {
        assert!(is_venue_acronym(venue), "{venue}");
    }
    for other in ["ACM", "SIAM", "CUP", "Springer", "MIT Press", "Nature", "A"] {
        assert!(!is_venue_acronym(other), "{other}");
        assert!(!publisher_is_venue(other), "{other}");
    }
    for venue in [
        "Public Productivity & Management Review",
        "La Revue du Financier",
    ] {
        assert!(publisher_is_venue(venue), "{venue}");
    }
}

#[test]
fn a_volume_and_issue_after_a_venue_name_are_split_off() {
    let tail = |name, volume, number| {
        Some(TrailingVolume {
            name,
            volume,
            number,
        })
    };
    assert_eq!(
        trailing_volume("Cognition, 38"),
        tail("Cognition", "38", None)
    );
    assert_eq!(
        trailing_volume("Latin American Perspectives, 41, 3"),
        tail("Latin American Perspectives", "41", Some("3"))
    );
    assert_eq!(
        trailing_volume("The Economic Journal 111, 468"),
        tail("The Economic Journal", "111", Some("468"))
    );
    assert_eq!(
        trailing_volume("Psychological Review, LXV"),
        tail("Psychological Review", "LXV", None)
    );
    // MLA writes volume and issue with a stop between them.
    assert_eq!(
        trailing_volume("Signs and Society 4.1"),
        tail("Signs and Society", "4", Some("1"))
    );
    // A year, or a letter of a series, is no volume.
    for venue in [
        "Science, 2019",
        "Journal of Physics, C",
        "Journal, 12, 2001",
        "Science 2019.4",
    ] {
        assert_eq!(trailing_volume(venue), None, "{venue}");
    }
}

#[test]
fn a_venue_that_is_only_an_imprint_is_the_publisher() {
    let mut e = Entry {
        kind: EntryType::Article,
        container: Some("Rio de Janeiro: Casa de Rui Barbosa, 1964".into()),
        ..Entry::default()
    };
    imprint_for_venue(&mut e);
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(e.container, None);
    assert_eq!(e.address.as_deref(), Some("Rio de Janeiro"));
    assert_eq!(e.publisher.as_deref(), Some("Casa de Rui Barbosa"));
    // A journal with a volume, or a venue with a subtitle, stays.
    for (venue, volume) in [
        ("Brain: A Journal of Neurology", None),
        ("Linguistics: Studies", Some("3")),
        ("Learning and memory: a review of the field", None),
    ] {
        let mut e = Entry {
            kind: EntryType::Article,
            container: Some(venue.into()),
            volume: volume.map(Into::into),
            ..Entry::default()
        };
        imprint_for_venue(&mut e);
        assert_eq!(e.container.as_deref(), Some(venue));
    }
}

#[test]
fn a_school_that_only_names_the_genre_is_none() {
    let thesis = |kind, school: &str| {
        let mut e = Entry {
            kind,
            container: Some(school.into()),
            ..Entry::default()
        };
        drop_genre_school(&mut e);
        e.container
    };
    assert_eq!(thesis(EntryType::PhdThesis, "Ph.D. thesis"), None);
    assert_eq!(thesis(EntryType::TechReport, "Technical report"), None);
    for kept in ["Technical report 95-17", "Stanford University"] {
        assert_eq!(thesis(EntryType::TechReport, kept).as_deref(), Some(kept));
    }
    assert_eq!(
        thesis(EntryType::Article, "Ph.D. thesis").as_deref(),
        Some("Ph.D. thesis")
    );
}

#[test]
fn an_acs_imprint_names_the_publisher_before_its_place() {
    assert_eq!(
        publisher_and_place("Wiley-VCH: Weinheim"),
        Some(("Wiley-VCH".into(), Some("Weinheim".into())))
    );
    assert_eq!(
        publisher_and_place("New York: Springer"),
        Some(("Springer".into(), Some("New York".into())))
    );
    let mut e = Entry {
        container: Some("Modern Organometallic Chemistry; Wiley-VCH: Weinheim".into()),
        ..Entry::default()
    };
    imprint_after_semicolon(&mut e);
    assert_eq!(
        e.container.as_deref(),
        Some("Modern Organometallic Chemistry")
    );
    assert_eq!(e.publisher.as_deref(), Some("Wiley-VCH"));
    assert_eq!(e.address.as_deref(), Some("Weinheim"));
    // A venue whose last part is no publisher stays whole.
    let mut e = Entry {
        container: Some("Proc. SPIE; Optics: Vision".into()),
        ..Entry::default()
    };
    imprint_after_semicolon(&mut e);
    assert_eq!(e.container.as_deref(), Some("Proc. SPIE; Optics: Vision"));
    assert_eq!(e.publisher, None);
}
