package org.opendsr.easyread.render;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.opendsr.easyread.EasyReadDocument;
import org.opendsr.easyread.Section;
import org.opendsr.easyread.Sentence;

/**
 * An Easy Read document as one complete, accessible HTML page: British English, a title, a heading
 * for each section, one idea per line with its picture on the left (with alt text) and the words on
 * the right, large type and plenty of white space. No JavaScript and no external resource: the
 * pictures are data URIs. The markup is also well-formed XML, so it is the input to {@link
 * EasyReadPdf}.
 */
public final class EasyReadHtml {

  /** Font family of the page; the PDF embeds this font. */
  static final String FONT_FAMILY = "DejaVu Sans";

  // Large type and generous spacing, a picture beside each idea (Easy Read guidance): 24px is
  // 18pt, above the 16pt floor; 16mm margins and 20px between lines leave white space.
  private static final String STYLE =
      """
      @page { size: A4; margin: 18mm 16mm 18mm 16mm; }
      body { font-family: '%s', Arial, sans-serif; font-size: 24px; line-height: 1.5;
             color: #000000; background: #FFFFFF; margin: 0; }
      h1 { font-size: 36px; margin: 0 0 8px 0; }
      h2 { font-size: 30px; margin: 36px 0 16px 0; page-break-after: avoid; }
      p.date { margin: 0 0 24px 0; }
      div.line { clear: both; min-height: 100px; margin: 0 0 20px 0;
                 page-break-inside: avoid; }
      img.picture { float: left; width: 90px; height: 90px; margin: 0 28px 0 0; }
      p.words { margin: 0 0 0 118px; padding-top: 24px; }
      """
          .formatted(FONT_FAMILY);

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** What the document is, for the page's and the PDF's description. */
  static final String DESCRIPTION =
      "An Easy Read document about you and the Dynamic Support Register.";

  private EasyReadHtml() {}

  /**
   * Renders a document as an HTML page.
   *
   * @param document the Easy Read document
   * @return the complete page, UTF-8 text
   */
  public static String page(EasyReadDocument document) {
    Objects.requireNonNull(document, "document");
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n")
        .append("<head>\n<meta charset=\"UTF-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<meta name=\"description\" content=\"")
        .append(escape(DESCRIPTION))
        .append("\" />\n")
        .append("<meta name=\"subject\" content=\"")
        .append(escape(DESCRIPTION))
        .append("\" />\n")
        .append("<title>")
        .append(escape(document.title()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(escape(document.title()))
        .append("</h1>\n<p class=\"date\">")
        .append(escape("This was written on " + DATE.format(document.asOf()) + "."))
        .append("</p>\n");
    for (Section section : document.sections()) {
      html.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
      for (Sentence sentence : section.sentences()) {
        html.append("<div class=\"line\"><img class=\"picture\" src=\"")
            .append(Pictograms.dataUri(sentence.picture()))
            .append("\" alt=\"")
            .append(escape(sentence.picture().altText()))
            .append("\" width=\"90\" height=\"90\" /><p class=\"words\">")
            .append(escape(sentence.text()))
            .append("</p></div>\n");
      }
      html.append("</section>\n");
    }
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
