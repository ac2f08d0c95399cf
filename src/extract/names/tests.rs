//! Tests of the author-list parser.

use super::*;
use crate::extract::document::Format;
use crate::extract::inline;

fn names(src: &str) -> (Vec<String>, Vec<String>, String) {
    let rt = inline::parse(src, Format::Markdown);
    let list = parse_authors(&rt, rt.text.len());
    let names = list
        .authors
        .iter()
        .map(|a| {
            format!(
                "{}{}",
                a.name.to_bibtex(),
                if a.marks.highlight { "!" } else { "" }
            )
        })
        .collect();
    (names, list.symbols, rt.text[list.end..].trim().to_string())
}

#[test]
fn apa_family_first_with_marks() {
    let (n, s, rest) = names(
        "**Lin, R.** *, Li, C. *, Zhou, J., Zhao Y., Ann Franchesca, L., ... & Wong, N. (2023). Title.",
    );
    assert_eq!(
        n,
        [
            "Lin, R.!",
            "Li, C.",
            "Zhou, J.",
            "Zhao, Y.",
            "Ann Franchesca, L.",
            "others",
            "Wong, N."
        ]
    );
    assert_eq!(s, ["*", "*", "", "", "", "", ""]);
    assert!(rest.starts_with("(2023)"));
}

#[test]
fn a_suffix_of_its_own_and_an_editor_mark() {
    let (n, _, rest) = names("Varley, M. E., W. E. Ostrom, Jr., and K. M. Lund. 2014. Title.");
    assert_eq!(n, ["Varley, M. E.", "Ostrom, Jr., W. E.", "Lund, K. M."]);
    assert!(rest.starts_with(". 2014"), "{rest}");
    let (n, _, rest) = names("Moss, J. and W. Danner (Eds.). The report.");
    assert_eq!(n, ["Moss, J.", "Danner, W."]);
    assert!(rest.starts_with("(Eds.)"), "{rest}");
}

#[test]
fn given_first_until_sentence_end() {
    let (n, _, rest) = names(
        "Ming Lin, Wayne C. Drevets, Gerard de Melo, Bhiksha Raj ; Alexander G. Hauptmann. A Title. Venue, 2016.",
    );
    assert_eq!(
        n,
        [
            "Lin, Ming",
            "Drevets, Wayne C.",
            "de Melo, Gerard",
            "Raj, Bhiksha",
            "Hauptmann, Alexander G."
        ]
    );
    assert_eq!(rest, ". A Title. Venue, 2016.");
}

#[test]
fn ieee_and_vancouver() {
    let (n, _, rest) = names("M. Lin, J.-P. Ye, and K. Smith, “Title,” in Proc. X, 2020.");
    assert_eq!(n, ["Lin, M.", "Ye, J.-P.", "Smith, K."]);
    assert!(rest.starts_with('“'));
    let (n, _, rest) = names("Lin M, Ye JP, van der Berg P. Title here. J Med. 2016;3(2):1-9.");
    assert_eq!(n, ["Lin, M", "Ye, JP", "van der Berg, P"]);
    assert!(rest.starts_with("Title here."), "{rest}");
}

#[test]
fn inverted_cut_at_title_and_mla() {
    let (n, _, rest) = names("Lin, M. and Ye, J. Title here. Journal 3, 2016.");
    assert_eq!(n, ["Lin, M.", "Ye, J."]);
    assert_eq!(rest, "Title here. Journal 3, 2016.");
    let (n, _, _) = names("Lin, Ming, and Jieping Ye. \"Title.\" Journal, 2016.");
    assert_eq!(n, ["Lin, Ming", "Ye, Jieping"]);
}

#[test]
fn family_names_with_particles_and_capitals() {
    let (n, _, _) = names("van der Hulst, Harry; Rialland, Annie (2020). Title.");
    assert_eq!(n, ["van der Hulst, Harry", "Rialland, Annie"]);
    // ABNT writes family names in capitals, particles too.
    let (n, _, _) = names("VAN DER HULST, Harry; RIALLAND, Annie. Title.");
    assert_eq!(n, ["VAN DER HULST, Harry", "RIALLAND, Annie"]);
    // A capital "DE" after a family name is initials (Vancouver).
    let (n, _, _) = names("Smith DE, Jones AB. Title here. J Med. 2016;3:1-9.");
    assert_eq!(n, ["Smith, DE", "Jones, AB"]);
}

#[test]
fn bare_initials_before_a_family_name() {
    // AAA: "Halvorsen, K, and AC Ferreira 2019"; "AC" is initials here, not a family
    // name in capitals.
    let (n, _, _) = names("Halvorsen, K, and AC Ferreira 2019 Antibiotic Exposure.");
    assert_eq!(n, ["Halvorsen, K", "Ferreira, AC"]);
}

#[test]
fn boundaries() {
    assert!(!is_boundary("Alexander G. H", 11));
    assert!(is_boundary("Wang. D", 4));
    assert!(is_boundary("et al. D", 5));
}

#[test]
fn corporate_author_in_a_list() {
    for src in [
        "Wei Zhang, Olusegun Adeyemi, **Ada Moreno**, and The Yorùbá Speech Consortium. 2021. Speech Corpora.",
        "Zhang W, Adeyemi O, **Moreno A**, The Yorùbá Speech Consortium. Speech Corpora.",
    ] {
        let (n, _, rest) = names(src);
        assert_eq!(n.len(), 4, "{src}");
        assert_eq!(n[3], "{The Yorùbá Speech Consortium}", "{src}");
        assert!(rest.ends_with("Speech Corpora."), "{src}");
    }
    // Capitalised words with no corporate word are no corporate author.
    assert!(!person::is_corporate("Speech Corpora for Yorùbá"));
    assert!(person::is_corporate("ATLAS Collaboration"));
}

#[test]
fn italic_venue_ends_a_list_with_no_title() {
    let (n, _, rest) = names(
        "W. Zhang, O. Adeyemi and **A. Moreno**, *Language Resources and Evaluation*, 2021, **55**, 901–930.",
    );
    assert_eq!(n, ["Zhang, W.", "Adeyemi, O.", "Moreno, A.!"]);
    assert!(rest.starts_with("Language Resources"), "{rest}");
}

#[test]
fn full_words_after_initialled_names_are_the_title() {
    let (n, _, rest) = names(
        "P. Natarajan, **A. Moreno**, T. Villanueva, M. Rossi, Tone Sandhi Across Sixty Languages: A Typological Database, Linguistic Typology 28 (2024) 211–260.",
    );
    assert_eq!(n.len(), 4);
    assert!(
        rest.trim_start_matches([',', ' '])
            .starts_with("Tone Sandhi"),
        "{rest}"
    );
}

#[test]
fn suffixes_conjunctions_and_given_first_lists() {
    let cases = [
        (
            "Harlow III, Charles and Jonathan Pike. 2011. Senate Floor Amendments.",
            vec!["Harlow, III, Charles", "Pike, Jonathan"],
        ),
        (
            "Voss Jr., C. F., Lindner, R. E. The Solvation of Anions, 1979.",
            vec!["Voss, Jr., C. F.", "Lindner, R. E."],
        ),
        // A name after "and" is a person of its own.
        (
            "Howard Pullen and W. Bruce Raines. Belief networks for passage ranking.",
            vec!["Pullen, Howard", "Raines, W. Bruce"],
        ),
        // French "et", capitalised "And".
        (
            "MOLLER, A., SKOV, M., et HALDANE, E. Chronic gastritis. Histopathology, 1989.",
            vec!["MOLLER, A.", "SKOV, M.", "HALDANE, E."],
        ),
        (
            "Henderson, D. A. and Card, S. K. And Smith, J. Rooms: The Use of Multiple Workspaces, 1987.",
            vec!["Henderson, D. A.", "Card, S. K.", "Smith, J."],
        ),
        // Initials-first names after a first name of three words.
        (
            "Wei Tony Lin, R. Brandt, M. Kessler, Doron Avni, Compact layouts of tables, 1997.",
            vec!["Lin, Wei Tony", "Brandt, R.", "Kessler, M.", "Avni, Doron"],
        ),
    ];
    for (src, want) in cases {
        assert_eq!(names(src).0, want, "{src}");
    }
    // "et al." is still the others.
    let (n, _, _) = names("Ruin, I., Lutoff, C., et al. Vulnérabilité face aux crues, 2004.");
    assert_eq!(n, ["Ruin, I.", "Lutoff, C.", "others"]);
}

#[test]
fn et_al_without_a_comma_before_it() {
    for (src, want) in [
        (
            "Baker, T. J. et al. Regulatory variation. Cell 184, 2345 (2021).",
            vec!["Baker, T. J.", "others"],
        ),
        (
            "Baker, T. J., Smith, K. et al. Regulatory variation. Cell 184, 2345 (2021).",
            vec!["Baker, T. J.", "Smith, K.", "others"],
        ),
        (
            "Belsole E. et al. Dark matter halos. A&A 2001;365:188-190.",
            vec!["Belsole, E.", "others"],
        ),
        // "et" alone still joins two names.
        (
            "Dupont, J. et Martin, P. Les villes. Paris: Seuil, 2001.",
            vec!["Dupont, J.", "Martin, P."],
        ),
    ] {
        assert_eq!(names(src).0, want, "{src}");
    }
}

#[test]
fn a_bold_last_author_keeps_the_stop_of_an_initial() {
    assert_eq!(
        names("Chen, L.; **Rivera, M. A.** Copper-Catalyzed Hydroamination. *JACS* **2023**, *145*, 1.").0,
        ["Chen, L.", "Rivera, M. A.!"]
    );
    // An article after dotted initials opens the title.
    assert_eq!(
        names("Hoffmann, R. & Moreau, E. A CRISPR screen for heart regeneration. Nature (2023).").0,
        ["Hoffmann, R.", "Moreau, E."]
    );
}

#[test]
fn initials_read_by_hand_as_the_pattern_reads_them() {
    // The pattern `is_initials` stands for, checked on every string of up to five
    // characters over an alphabet of its classes.
    let pattern =
        Regex::new(r"^(?:(?:\p{Lu}\p{Ll}?\.)(?:-?\p{Lu}\.?)*|\p{Lu}\.?-\p{Lu}\.?|\p{Lu}{1,3}\.?)$")
            .unwrap();
    let alphabet = ['A', 'É', 'h', 'é', '.', '-', '1'];
    let mut words = vec![String::new()];
    let mut checked = 0;
    for _ in 0..5 {
        let mut longer = Vec::new();
        for w in &words {
            for c in alphabet {
                let mut s = w.clone();
                s.push(c);
                assert_eq!(is_initials(&s), pattern.is_match(&s), "{s:?}");
                checked += 1;
                longer.push(s);
            }
        }
        words = longer;
    }
    assert!(checked > 19_000);
    for s in [
        "R.",
        "C.Y.",
        "J.-P.",
        "Th.",
        "JP",
        "J-P",
        "A.B.C.D.E.",
        "ABC.",
    ] {
        assert!(is_initials(s), "{s}");
    }
    for s in ["", "Lin", "ABCD", "th.", "J..", "J.-", "Jo"] {
        assert!(!is_initials(s), "{s}");
    }
}

#[test]
fn chicago_names_after_an_inverted_first_one() {
    // Given names first after the first name, with middle initials.
    let (n, _, rest) = names(
        "Marchetti, Giuseppe, Louise C. Brodeur, and Joseph D. Longworth. 1997. Effects of mites.",
    );
    assert_eq!(
        n,
        [
            "Marchetti, Giuseppe",
            "Brodeur, Louise C.",
            "Longworth, Joseph D."
        ]
    );
    assert!(rest.starts_with(". 1997"), "{rest}");
    // Words joined by "et" after the first name are no "Family, Given" pair.
    let (n, _, rest) = names("Ravel, Maurice, Daphnis et Chloé (New York, NY: Dover, 1989).");
    assert_eq!(n, ["Ravel, Maurice"]);
    assert!(rest.starts_with(", Daphnis"), "{rest}");
    // Initials after "and" are a slip in a family-first list.
    let (n, _, _) = names("Tsang, J.J., Oberhauser, and K., Novotny, J. Sequencing.");
    assert_eq!(n, ["Tsang, J.J.", "Oberhauser, K.", "Novotny, J."]);
}

#[test]
fn bare_initials_after_and_in_a_family_first_list() {
    // "AC" starts the name: it is no family name in capitals ("LIN Ming").
    let (n, _, rest) = names("Halvorsen, K., and **AC Ferreira**. 2019. “Antibiotic exposure.”");
    assert_eq!(n, ["Halvorsen, K.", "Ferreira, AC!"]);
    assert!(rest.starts_with(". 2019"), "{rest}");
    // After an inverted first name with bare initials, the others are given first.
    let (n, _, _) = names("**Ferreira, AC**, K Halvorsen, and Y Nakamura. 2021. “Gut.”");
    assert_eq!(n, ["Ferreira, AC!", "Halvorsen, K", "Nakamura, Y"]);
}

#[test]
fn particles_in_capitals_before_the_family_name() {
    // GB/T 7714 writes every family name in capitals, particles too.
    let (n, _, rest) = names(
        "**MORENO A**†, VAN DER BERG J, OKAFOR C, DE MELO G, LE T, LI M. Cross-lingual Transfer[J].",
    );
    assert_eq!(
        n,
        [
            "MORENO, A!",
            "VAN DER BERG, J",
            "OKAFOR, C",
            "DE MELO, G",
            "LE, T",
            "LI, M"
        ]
    );
    assert!(rest.trim_start_matches(". ").starts_with("Cross"), "{rest}");
}

#[test]
fn one_name_before_a_colon() {
    // Current Opinion: "Authors: Title", with a single author too.
    let (n, _, rest) =
        names("**Moreno A**: **Tone and Intonation in Bantu Languages**. In *Book*.");
    assert_eq!(n, ["Moreno, A!"]);
    assert!(rest.starts_with(": Tone"), "{rest}");
    // Words before a colon with no initial are no name.
    let (n, _, _) = names("Deep Learning: A Survey. Nature 521, 2015.");
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn dotted_initials_after_the_family_name_keep_their_periods() {
    // GOST and French lists dot the initials: the last full stop is the initial's too.
    let (n, _, rest) = names("Haddad R., Nguyen T. Corpus of Beirut speech // Voprosy. 2018.");
    assert_eq!(n, ["Haddad, R.", "Nguyen, T."]);
    assert!(rest.starts_with("Corpus"), "{rest}");
    // Vancouver writes them bare: the full stop after the last ends the list.
    let (n, _, _) = names("Lin M, Ye J. Deformable butterfly. Neurocomputing. 2021.");
    assert_eq!(n, ["Lin, M", "Ye, J"]);
}

#[test]
fn a_family_name_may_open_with_a_capitalised_particle() {
    let (n, _, rest) = names("Van Dyke, Henry. The Story. New York: Scribner, 1901.");
    assert_eq!(n, ["Van Dyke, Henry"]);
    assert!(rest.starts_with(". The Story"), "{rest}");
    let (n, _, _) = names("De Luca, Marco, and Anna Rossi. A title. Rome: Laterza, 2001.");
    assert_eq!(n, ["De Luca, Marco", "Rossi, Anna"]);
    // Two given-first names stay two names.
    let (n, _, _) = names("Anna Rossi, Marco De Luca. A title. Rome: Laterza, 2001.");
    assert_eq!(n, ["Rossi, Anna", "De Luca, Marco"]);
}

#[test]
fn a_middle_name_after_the_first_authors_initial() {
    for src in [
        "Okafor, T. Emeka and Lucia R. Bianchi. The Planning Office. Lagos: Ikeja Press, 1971.",
        "Okafor, T. Emeka, and Lucia R. Bianchi. The Planning Office. Lagos: Ikeja Press, 1971.",
    ] {
        let (n, _, rest) = names(src);
        assert_eq!(n, ["Okafor, T. Emeka", "Bianchi, Lucia R."], "{src}");
        assert!(rest.starts_with(". The Planning Office"), "{rest}");
    }
    // A title after the initial stays the title.
    let (n, _, rest) = names("Moreau, E. A CRISPR screen in yeast. Genetics 12, 1-9.");
    assert_eq!(n, ["Moreau, E."]);
    assert!(rest.starts_with("A CRISPR"), "{rest}");
}

#[test]
fn a_family_name_of_two_words_before_a_given_name_alone() {
    let (n, _, rest) = names("Moura Brasil, Helena. Marés do Atlântico. Lisboa: Tinta, 2015.");
    assert_eq!(n, ["Moura Brasil, Helena"]);
    assert!(
        rest.trim_start_matches(['.', ' ']).starts_with("Marés"),
        "{rest}"
    );
    let (n, _, _) = names("Moura Brasil, Helena, and Rui Teles. Marés do Atlântico. Lisboa, 2015.");
    assert_eq!(n, ["Moura Brasil, Helena", "Teles, Rui"]);
    // A title's first word after a name given first, or a title with "and" in it, is
    // no given name.
    let (n, _, _) = names("Helena Moura, Tides: A History, Lisboa: Tinta, 2015.");
    assert_eq!(n, ["Moura, Helena"]);
    let (n, _, _) = names("Helena Moura, Tides and Currents, 1801–1850, Lisboa: Tinta, 2015.");
    assert_eq!(n, ["Moura, Helena"]);
}

#[test]
fn a_title_after_the_first_name_is_no_second_name() {
    // Chicago ends a list of given-first names with "and"; without it, full words after
    // the first name are the title, unless the year follows them.
    let (n, _, rest) = names("Halvorsen, Kari, Stille Vann. Bergen: Fjordforlag, 1990.");
    assert_eq!(n, ["Halvorsen, Kari"]);
    assert!(rest.starts_with(", Stille Vann."), "{rest}");
    let (n, _, _) = names("Halvorsen, Kari, Ines Okafor, 1995, Tidal lines, Bergen.");
    assert_eq!(n, ["Halvorsen, Kari", "Okafor, Ines"]);
    // A "Family, Given" pair in full words after the first name: a title and a place,
    // unless the pairs end the list.
    let (n, _, rest) = names("Lindqvist, Maja, Vinterhavn, Oslo, Nordbok, 2001.");
    assert_eq!(n, ["Lindqvist, Maja"]);
    assert!(rest.starts_with(", Vinterhavn"), "{rest}");
    let (n, _, _) = names("Lindqvist, Maja, Okafor, Ines. Vinterhavn. Oslo: Nordbok, 2001.");
    assert_eq!(n, ["Lindqvist, Maja", "Okafor, Ines"]);
    let (n, _, _) = names("Lindqvist, Maja; Okafor, Ines; Berg, Ola, Vinterhavn, Oslo.");
    assert_eq!(n, ["Lindqvist, Maja", "Okafor, Ines", "Berg, Ola"]);
    // Pairs that end in a body, a bold owner, a slash or an editor's mark are names.
    let (n, _, _) = names("Zhang, Wei, Okafor, Ines, The Fjord Research Group. Vinterhavn.");
    assert_eq!(
        n,
        ["Zhang, Wei", "Okafor, Ines", "{The Fjord Research Group}"]
    );
    let (n, _, rest) = names("Zhang, Wei, **Okafor, Ines**, Vinterhavn. Oslo.");
    assert_eq!(n, ["Zhang, Wei", "Okafor, Ines!"]);
    assert!(rest.starts_with(", Vinterhavn"), "{rest}");
    let (n, _, _) = names("Zhang, Wei/Okafor, Ines (Hg.): Vinterhavn.");
    assert_eq!(n, ["Zhang, Wei", "Okafor, Ines"]);
    // After initials, a pair in full words is the title.
    let (n, _, rest) = names("Lindqvist, M.J., Harbour, Lights and Shadows. Oslo, 2001.");
    assert_eq!(n, ["Lindqvist, M.J."]);
    assert!(rest.starts_with(", Harbour"), "{rest}");
}

#[test]
fn a_short_family_name_in_capitals_before_its_initial() {
    let (n, _, rest) = names("LEE B., “Downstep and Its Discontents”, in Tone Research.");
    assert_eq!(n, ["LEE, B."]);
    assert!(rest.starts_with("“Downstep"), "{rest}");
    let (n, _, _) = names("WU J.-P., MARTIN A., « Le ton », Langages, 2001.");
    assert_eq!(n, ["WU, J.-P.", "MARTIN, A."]);
}
