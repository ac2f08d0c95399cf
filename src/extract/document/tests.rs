use super::*;

fn kinds(bs: &[Block]) -> Vec<(BlockKind, &str)> {
    bs.iter().map(|b| (b.kind, b.text.as_str())).collect()
}

#[test]
fn markdown_headings_items_and_continuations() {
    let src = "## Publications\n<h4 style=\"x\">Journal</h4>\n+ A, B. (2020). T.\n  continued\n1. C, D.\n\n**Talks**\n";
    let bs = blocks(src, Format::Markdown);
    assert_eq!(
        kinds(&bs),
        vec![
            (BlockKind::Heading(2), "Publications"),
            (BlockKind::Heading(4), "Journal"),
            (
                BlockKind::Item(Marker::Bullet),
                "A, B. (2020). T. continued"
            ),
            (BlockKind::Item(Marker::Number), "C, D."),
            (BlockKind::Heading(7), "Talks"),
        ]
    );
    assert_eq!(&src[bs[2].offset..bs[2].offset + 4], "A, B");
}

#[test]
fn html_lists() {
    let src =
        "<h2>Papers</h2><ol><li><b>Me</b>, You. <i>T</i>.</li><li><p>Two</p></li></ol><p>After</p>";
    let bs = blocks(src, Format::Html);
    assert_eq!(
        kinds(&bs),
        vec![
            (BlockKind::Heading(2), "Papers"),
            (BlockKind::Item(Marker::Number), "<b>Me</b>, You. <i>T</i>."),
            (BlockKind::Item(Marker::Number), "Two"),
            (BlockKind::Paragraph, "After"),
        ]
    );
}

#[test]
fn html_numbered_paragraphs_and_lines() {
    let src = "<h2>Papers</h2><p>\n[1] A. One, \"T,\" 2020.<br>\n[2] B. Two, \"U,\" 2021.<br/>\n3. C. Three.</p><p>1990s were good.</p>";
    let bs = blocks(src, Format::Html);
    assert_eq!(
        kinds(&bs),
        vec![
            (BlockKind::Heading(2), "Papers"),
            (BlockKind::Item(Marker::Number), "A. One, \"T,\" 2020."),
            (BlockKind::Item(Marker::Number), "B. Two, \"U,\" 2021."),
            (BlockKind::Item(Marker::Number), "C. Three."),
            (BlockKind::Paragraph, "1990s were good."),
        ]
    );
    assert_eq!(&src[bs[1].offset..bs[1].offset + 6], "A. One");
    // A number in a table cell of its own.
    let src = "<h2>Papers</h2><table><tr><td>[1]</td><td>A. One, <b>T</b>.</td></tr></table>";
    assert_eq!(
        kinds(&blocks(src, Format::Html))[1],
        (BlockKind::Item(Marker::Number), "A. One, <b>T</b>.")
    );
}

#[test]
fn html_table_rows_are_entries_and_layout_tables_are_not() {
    // A page laid out in one outer table; each inner row an entry whose parts stand on
    // lines of their own, then link buttons and a paragraph that describes the work.
    let src = "<table><tr><td><heading>Research</heading><table>\
        <tr><td><img src='a.jpg'></td><td><a href='p.html'><span class='papertitle'>Title One</span></a><br>\
        <strong>Ann Lee</strong>, Bo Chan<br><em>CVPR</em>, 2022<br>\
        <a href='p.html'>project page</a> / <a href='c'>code</a><p></p><p>We show things.</p></td></tr>\
        <tr><td>[2]</td><td>B. Chan, \"Two,\" 2021.</td></tr>\
        </table></td></tr></table>";
    let bs = blocks(src, Format::Html);
    assert_eq!(
        kinds(&bs),
        vec![
            (BlockKind::Heading(2), "Research"),
            (
                BlockKind::Item(Marker::Bullet),
                "<img src='a.jpg'> <a href='p.html'><span class='papertitle'>Title One</span></a>. <strong>Ann Lee</strong>, Bo Chan. <em>CVPR</em>, 2022. <a href='p.html'>project page</a> / <a href='c'>code</a>"
            ),
            (BlockKind::Item(Marker::Number), "B. Chan, \"Two,\" 2021."),
        ]
    );
    assert_eq!(&src[bs[1].offset..bs[1].offset + 4], "<img");
}

#[test]
fn cv_class_entries_are_read_from_their_groups() {
    // awesome-cv: authors, title, venue, place, date, over several lines.
    let src = "\\cvsection{Publications}\n\\begin{cventries}\n  \\cventry\n    {\\textbf{R. Alvarez}, K. Osei} % Authors\n    {Grasps from Clutter}\n    {ICRA}\n    {Yokohama, Japan}\n    {May 2024}\n    {}\n\\end{cventries}\n";
    let bs = blocks(src, Format::Latex);
    assert_eq!(
        kinds(&bs)[1],
        (
            BlockKind::Item(Marker::Bullet),
            "\\textbf{R. Alvarez}, K. Osei. Grasps from Clutter. ICRA. Yokohama, Japan. May 2024"
        )
    );
    assert_eq!(&src[bs[1].offset..bs[1].offset + 8], "\\cventry");
    // moderncv: the date first, then the title, then the authors.
    let src =
        "\\cventry{2021}{Tactile Servoing}{K. Osei, \\textbf{R. Alvarez}}{RSS}{}{Best paper}\n";
    assert_eq!(
        blocks(src, Format::Latex)[0].text,
        "K. Osei, \\textbf{R. Alvarez}. Tactile Servoing. RSS. Best paper. 2021"
    );
}

#[test]
fn an_entry_a_line_per_part_without_markup_puts_its_names_first() {
    // Google Scholar's layout: title, authors, venue; in Markdown and in plain text,
    // where the next entry's title line starts an entry of its own.
    let src = "Deformable kernels for dense prediction\nM Lin, J Ye, P van der Berg\nProc. CVPR, 2021\nSparse recovery\nJ Ye, M Lin\nJMLR 22, 2020\n";
    let expected = [
        "M Lin, J Ye, P van der Berg. Deformable kernels for dense prediction. Proc. CVPR, 2021",
        "J Ye, M Lin. Sparse recovery. JMLR 22, 2020",
    ];
    let text: Vec<String> = blocks(src, Format::Text)
        .into_iter()
        .map(|b| b.text)
        .collect();
    assert_eq!(text, expected);
    let md = src.replace("2021\n", "2021\n\n");
    let text: Vec<String> = blocks(&md, Format::Markdown)
        .into_iter()
        .map(|b| b.text)
        .collect();
    assert_eq!(text, expected);
    // A reference a line is no such entry.
    let src =
        "Lin, M. (2021). Deformable kernels. CVPR.\nYe J, Lin M. Sparse recovery. JMLR. 2020;22.\n";
    assert_eq!(blocks(src, Format::Text).len(), 2);
}

#[test]
fn name_lists_in_cv_entries() {
    assert!(is_name_list("\\textbf{R. Alvarez}, K. Osei, and M. Brandt"));
    assert!(is_name_list("Ann Lee and Bo Chan"));
    assert!(is_name_list("\\textbf{Ann Lee}"));
    assert!(!is_name_list("Deep Residual Learning"));
    assert!(!is_name_list(
        "Learning Robust Grasps from Simulated Clutter"
    ));
    assert!(!is_name_list("Robotics: Science and Systems"));
    assert!(!is_name_list("ICRA"));
}

#[test]
fn latex_sections_and_items() {
    let src = "\\section*{Publications}\n\\begin{enumerate}\n\\item \\textbf{M. Lin}, J. Ye. % note\n  Title.\n\\bibitem{k} X.\n\\end{enumerate}\n";
    let bs = blocks(src, Format::Latex);
    assert_eq!(
        kinds(&bs),
        vec![
            (BlockKind::Heading(2), "Publications"),
            (
                BlockKind::Item(Marker::Number),
                "\\textbf{M. Lin}, J. Ye. Title."
            ),
            (BlockKind::Item(Marker::Number), "X."),
        ]
    );
}

#[test]
fn plain_text_lines_are_separate() {
    let bs = blocks("A. One. 2020.\nB. Two. 2021.\n", Format::Text);
    assert_eq!(bs.len(), 2);
    // A wrapped line continues its reference; a particle before a name after a
    // finished line does not.
    let src = "Dietz, R. S., Shatter cones. French, B.M., eds., Shock\nmetamorphism of natural materials, 1968.\nde Waal T., Black Garden, New York University Press, 2003.\n";
    let bs = blocks(src, Format::Text);
    assert_eq!(bs.len(), 2);
    assert!(
        bs[0]
            .text
            .ends_with("Shock metamorphism of natural materials, 1968.")
    );
    assert!(bs[1].text.starts_with("de Waal T., Black Garden"));
}

#[test]
fn a_bare_number_before_a_family_name_is_a_list_number() {
    let src = "1 Hakala, T. \"Layer Growth Kinetics\". Thin Solid Films 221, 112-119, (1994).\n13 Marchand, E. & Ogden, D. A. \"Oxide Traps\". Appl. Phys. Lett. 65, 2241, (1995).\n334 pages of notes.\n";
    let bs = blocks(src, Format::Text);
    assert_eq!(kinds(&bs)[0].0, BlockKind::Item(Marker::Number));
    assert!(bs[0].text.starts_with("Hakala, T."));
    assert!(bs[1].text.starts_with("Marchand, E."));
    assert_eq!(&src[bs[1].offset..bs[1].offset + 8], "Marchand");
    assert_eq!(kinds(&bs)[2], (BlockKind::Paragraph, "334 pages of notes."));
}

#[test]
fn html_items_with_named_parts_are_read_in_order() {
    let src = r#"<nav><ul><li>about</li></ul></nav><h2>Papers</h2><ol><li><div class="row">
<div class="abbr"><abbr class="badge">CVPR</abbr></div>
<div class="title">Deformable Kernels</div>
<div class="author"><em>Ming Lin</em>, and <a href="https://x.org">Jieping Ye</a></div>
<div class="periodical"><em>In Proceedings of the Conference on Vision</em>, 2021</div>
<div class="links"><a class="abstract btn">Abs</a> <a href="a.pdf">PDF</a></div>
<div class="abstract hidden"><p>We propose.</p></div>
</div></li></ol><footer>© 2024 Ming Lin</footer>"#;
    let bs = blocks(src, Format::Html);
    assert_eq!(
        kinds(&bs),
        vec![
            (BlockKind::Heading(2), "Papers"),
            (
                BlockKind::Item(Marker::Number),
                "<b>Ming Lin</b>, and Jieping Ye. Deformable Kernels. <em>In Proceedings of the Conference on Vision (CVPR)</em>, 2021. <a href=\"a.pdf\">PDF</a>"
            ),
        ]
    );
}

#[test]
fn html_elements_that_hold_one_entry_are_items() {
    // Hugo Blox: the entry in a <div>, its buttons in a <p> inside it, the owner in a
    // span of their own.
    let src = r#"<h1>Publications</h1><div class="row"><div class="pub-list-item view-citation">
<span class="article-metadata li-cite-author"><span class="author-highlighted">Sofia Marchetti</span>, <span>Omar Haddad</span></span>
(2023). <a href="/p/">Graph Networks</a>. <em>Bioinformatics</em>.
<p><a href="x.pdf">PDF</a></p>
</div><div class="pub-list-item"><span>Omar Haddad</span> (2021). Other.</div></div><p>After</p>"#;
    let bs = blocks(src, Format::Html);
    assert_eq!(
        kinds(&bs),
        vec![
            (BlockKind::Heading(1), "Publications"),
            (
                BlockKind::Item(Marker::Bullet),
                "<span class=\"article-metadata li-cite-author\"><b>Sofia Marchetti</b>, <span>Omar Haddad</span></span> (2023). <a href=\"/p/\">Graph Networks</a>. <em>Bioinformatics</em>. <a href=\"x.pdf\">PDF</a>"
            ),
            (
                BlockKind::Item(Marker::Bullet),
                "<span>Omar Haddad</span> (2021). Other."
            ),
            (BlockKind::Paragraph, "After"),
        ]
    );
    // citeproc's entries (pandoc, Quarto).
    let src = r#"<h2>Papers</h2><div class="csl-bib-body"><div class="csl-entry">One.</div><div class="csl-entry">Two.</div></div>"#;
    assert_eq!(
        kinds(&blocks(src, Format::Html)),
        vec![
            (BlockKind::Heading(2), "Papers"),
            (BlockKind::Item(Marker::Bullet), "One."),
            (BlockKind::Item(Marker::Bullet), "Two."),
        ]
    );
}

#[test]
fn academicpages_entries_are_their_recommended_citations() {
    let src = r#"<h1 class="page__title">Publications</h1>
<div class="list__item"><article class="archive__item">
<h2 class="archive__item-title"><a href="/publication/x" rel="permalink">Efficient Attention</a></h2>
<p>Published in <i>TACL</i>, 2023</p>
<p class="archive__item-excerpt"><p>We make attention cheaper.</p></p>
<p>Recommended citation: Zhang, Wei. (2023). &quot;Efficient Attention.&quot; <i>TACL</i>. 11: 410-425.<br /><a href="/files/z.pdf">Download Paper</a></p>
</article></div>"#;
    assert_eq!(
        kinds(&blocks(src, Format::Html)),
        vec![
            (BlockKind::Heading(1), "Publications"),
            (
                BlockKind::Item(Marker::Bullet),
                "Zhang, Wei. (2023). &quot;Efficient Attention.&quot; <i>TACL</i>. 11: 410-425. <a href=\"/files/z.pdf\">Download Paper</a> <a href=\"/publication/x\">Link</a>"
            ),
        ]
    );
}

#[test]
fn lines_of_one_entry_are_its_sentences() {
    // Markdown: a hard break or a line that is all emphasis ends a sentence.
    let src = "## Papers\n\n- **Deformable Kernels**\n  Ming Lin, Jieping Ye  \n  *CVPR 2021*\n- A reference that wraps\n  onto a second line.\n";
    assert_eq!(
        kinds(&blocks(src, Format::Markdown)),
        vec![
            (BlockKind::Heading(2), "Papers"),
            (
                BlockKind::Item(Marker::Bullet),
                "**Deformable Kernels**. Ming Lin, Jieping Ye. *CVPR 2021*"
            ),
            (
                BlockKind::Item(Marker::Bullet),
                "A reference that wraps onto a second line."
            ),
        ]
    );
    // After a title line, every line of the item is a part of its own.
    let src = "- [Deformable Kernels](https://x.org/dk)\n  Ming Lin, Jieping Ye\n  CVPR 2021\n";
    assert_eq!(
        kinds(&blocks(src, Format::Markdown)),
        vec![(
            BlockKind::Item(Marker::Bullet),
            "[Deformable Kernels](https://x.org/dk). Ming Lin, Jieping Ye. CVPR 2021"
        )]
    );
    // HTML: a <br> inside an item after a line with no full stop; after a full stop it
    // still parts two references.
    let src = "<ul><li><b>Deformable Kernels</b><br>Ming Lin, Jieping Ye<br><i>CVPR 2021</i></li><li>One ref.<br>Two ref.</li></ul>";
    assert_eq!(
        kinds(&blocks(src, Format::Html)),
        vec![
            (
                BlockKind::Item(Marker::Bullet),
                "<b>Deformable Kernels</b>. Ming Lin, Jieping Ye. <i>CVPR 2021</i>"
            ),
            (BlockKind::Item(Marker::Bullet), "One ref."),
            (BlockKind::Item(Marker::Bullet), "Two ref."),
        ]
    );
}

#[test]
fn latex_cv_items_and_bracketed_labels() {
    let src = "\\section{Publications}\n\\cvitem{[C1]}{J.~Ye and \\textbf{M.~Lin}. Title. In \\emph{NeurIPS}, 2019.}\n\\begin{itemize}\n\\item[{[J1]}] \\textbf{Lin, M.} (2022). Graph sampling.\n\\end{itemize}\n";
    let bs = blocks(src, Format::Latex);
    assert_eq!(
        kinds(&bs),
        vec![
            (BlockKind::Heading(2), "Publications"),
            (
                BlockKind::Item(Marker::Bullet),
                "J.~Ye and \\textbf{M.~Lin}. Title. In \\emph{NeurIPS}, 2019."
            ),
            (
                BlockKind::Item(Marker::Bullet),
                "\\textbf{Lin, M.} (2022). Graph sampling."
            ),
        ]
    );
}

#[test]
fn markdown_lines_that_each_hold_a_whole_reference_are_apart() {
    let src = "J. Smith, **A. Lee**, and K. Wu. Sparse inference. NeurIPS 2022.\n\
               **Lee, A.**, & Smith, J. (2020). Tiny engines. Journal of Things, 3, 1-9.\n\
               Lee, A. (2019). A title of the paper.\n\
               In Proc. CVPR 2019, pp. 1-9.\n";
    let bs = blocks(src, Format::Markdown);
    let texts: Vec<&str> = bs.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "J. Smith, **A. Lee**, and K. Wu. Sparse inference. NeurIPS 2022.",
            "**Lee, A.**, & Smith, J. (2020). Tiny engines. Journal of Things, 3, 1-9.",
            // A reference wrapped after a sentence stays one.
            "Lee, A. (2019). A title of the paper. In Proc. CVPR 2019, pp. 1-9.",
        ]
    );
}
