package org.opendsr.easyread.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendsr.easyread.EasyReadDocument;
import org.opendsr.easyread.Picture;
import org.opendsr.easyread.Sentence;

/** The Easy Read page: every sentence there, every picture described, nothing run or fetched. */
class EasyReadHtmlTest {

  private final EasyReadDocument document = Booklets.everyPicture();
  private final String html = EasyReadHtml.page(document);

  @Test
  void every_sentence_is_on_the_page_on_its_own_line() {
    for (Sentence sentence : document.sentences()) {
      assertThat(html)
          .contains("<p class=\"words\">" + EasyReadHtml.escape(sentence.text()) + "</p>");
    }
    assertThat(html).contains("with you &amp; your family.");
  }

  @Test
  void every_picture_has_its_alt_text_and_no_picture_goes_undescribed() {
    Matcher img = Pattern.compile("<img\\b[^>]*>").matcher(html);
    int count = 0;
    Set<Picture> seen = EnumSet.noneOf(Picture.class);
    while (img.find()) {
      count++;
      Matcher alt = Pattern.compile("alt=\"([^\"]*)\"").matcher(img.group());
      assertThat(alt.find()).as("alt on %s", img.group().substring(0, 40)).isTrue();
      assertThat(alt.group(1)).isNotBlank();
      for (Picture p : Picture.values()) {
        if (alt.group(1).equals(p.altText())) {
          seen.add(p);
        }
      }
    }
    assertThat(count).isEqualTo(document.sentences().size());
    assertThat(seen).containsExactlyInAnyOrder(Picture.values());
  }

  @Test
  void the_page_is_in_british_english_with_a_title_and_headings() {
    assertThat(html).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"");
    assertThat(html).contains("<title>My DSR</title>").contains("<h1>My DSR</h1>");
    assertThat(html).contains("<h2>Your choices</h2>");
    assertThat(html).contains("This was written on 23 November 2026.");
  }

  @Test
  void the_page_runs_no_script_and_fetches_nothing() {
    String lower = html.toLowerCase(java.util.Locale.ROOT);
    assertThat(lower)
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("href=")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContain("src=\"http");
    assertThat(Pattern.compile("\\son[a-z]+=").matcher(lower).find())
        .as("event handlers")
        .isFalse();
    assertThat(html).contains("src=\"data:image/svg+xml;base64,");
  }

  @Test
  void the_type_is_large() {
    Matcher size = Pattern.compile("font-size: (\\d+)px").matcher(html);
    int sizes = 0;
    while (size.find()) {
      sizes++;
      assertThat(Integer.parseInt(size.group(1))).isGreaterThanOrEqualTo(22);
    }
    assertThat(sizes).isPositive();
  }

  @Test
  void every_picture_has_its_own_pictogram() {
    for (Picture p : Picture.values()) {
      assertThat(Pictograms.svg(p)).startsWith("<svg").contains("viewBox=\"0 0 100 100\"");
    }
    assertThat(Pictograms.svg(Picture.AMBER)).contains(">Amber</text>");
  }
}
