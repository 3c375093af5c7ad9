package org.opendsr.easyread.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendsr.easyread.EasyReadDocument;
import org.opendsr.easyread.Sentence;

/**
 * The printable booklet, read back with PDFBox: tagged for screen readers, in British English,
 * titled, A4, with every sentence in it and every font embedded. Page 1 is drawn to
 * target/easy-read/my-dsr-page-1.png for a reviewer to look at.
 */
class EasyReadPdfTest {

  private static final EasyReadDocument DOCUMENT = Booklets.everyPicture();
  private static byte[] pdf;

  @BeforeAll
  static void render() {
    pdf = EasyReadPdf.booklet(DOCUMENT);
  }

  @Test
  void the_booklet_is_tagged_for_screen_readers() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }
  }

  @Test
  void the_booklet_is_in_british_english_and_shows_its_title() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      String infoTitle = doc.getDocumentInformation().getTitle();
      DomXmpParser parser = new DomXmpParser();
      parser.setStrictParsing(false);
      XMPMetadata xmp =
          parser.parse(doc.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes());
      String xmpTitle =
          xmp.getDublinCoreSchema() == null ? null : xmp.getDublinCoreSchema().getTitle();
      assertThat(infoTitle != null ? infoTitle : xmpTitle).isEqualTo("My DSR");
    }
  }

  @Test
  void every_page_is_a4_and_every_font_is_embedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isPositive();
      for (PDPage page : doc.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within());
        assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within());
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void every_sentence_can_be_read_out_of_the_booklet() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      for (Sentence sentence : DOCUMENT.sentences()) {
        assertThat(text).contains(sentence.text());
      }
    }
  }

  @Test
  void page_one_is_drawn_for_a_reviewer() throws IOException {
    Path dir = Path.of("target", "easy-read");
    Files.createDirectories(dir);
    Files.write(dir.resolve("my-dsr.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, 72);
        Path png = dir.resolve("my-dsr-page-" + (i + 1) + ".png");
        ImageIO.write(image, "png", png.toFile());
        assertThat(Files.size(png)).isPositive();
        assertThat(image.getWidth()).isBetween(590, 600);
      }
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(1f);
  }
}
