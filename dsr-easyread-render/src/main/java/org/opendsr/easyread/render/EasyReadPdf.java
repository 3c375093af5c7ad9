package org.opendsr.easyread.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.opendsr.easyread.EasyReadDocument;

/**
 * An Easy Read document as a printable A4 PDF booklet, made from {@link EasyReadHtml}'s page: a
 * tagged PDF (PDF/UA) for screen readers, with its language (en-GB) and title set, the DejaVu Sans
 * font embedded, each picture on the left of its line with its alt text, the words on the right.
 */
public final class EasyReadPdf {

  private static final String REGULAR = "fonts/DejaVuSans.ttf";
  private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

  private EasyReadPdf() {}

  /**
   * Renders a document as a PDF.
   *
   * @param document the Easy Read document
   * @return the PDF's bytes
   */
  public static byte[] booklet(EasyReadDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    write(document, out);
    return out.toByteArray();
  }

  /**
   * Renders a document as a PDF onto a stream (left open).
   *
   * @param document the Easy Read document
   * @param out where the PDF goes
   */
  public static void write(EasyReadDocument document, OutputStream out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    String html = EasyReadHtml.page(document);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.useFont(
        () -> font(REGULAR),
        EasyReadHtml.FONT_FAMILY,
        400,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
    builder.useFont(
        () -> font(BOLD),
        EasyReadHtml.FONT_FAMILY,
        700,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the Easy Read booklet", e);
    }
  }

  private static InputStream font(String name) {
    InputStream in = EasyReadPdf.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("font resource missing: " + name);
    }
    return in;
  }
}
