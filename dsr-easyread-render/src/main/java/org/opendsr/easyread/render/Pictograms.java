package org.opendsr.easyread.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.opendsr.easyread.Picture;

/**
 * The project's own pictograms, one simple SVG per {@link Picture}, drawn for this project with
 * plain shapes, strong outlines and high contrast. Loaded once from the classpath.
 */
public final class Pictograms {

  private static final Map<Picture, String> SVG = load();

  private Pictograms() {}

  private static Map<Picture, String> load() {
    Map<Picture, String> svg = new EnumMap<>(Picture.class);
    for (Picture picture : Picture.values()) {
      String name = "pictures/" + picture.name().toLowerCase(Locale.ROOT) + ".svg";
      try (InputStream in = Pictograms.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("no pictogram resource for picture " + picture);
        }
        svg.put(picture, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read pictogram for picture " + picture, e);
      }
    }
    return Map.copyOf(svg);
  }

  /**
   * The SVG source of a picture.
   *
   * @param picture the picture
   * @return its SVG document, never blank
   */
  public static String svg(Picture picture) {
    return SVG.get(picture);
  }

  /**
   * A picture as a data URI, to put in an {@code img} element without any external resource.
   *
   * @param picture the picture
   * @return a {@code data:image/svg+xml;base64,} URI
   */
  public static String dataUri(Picture picture) {
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg(picture).getBytes(StandardCharsets.UTF_8));
  }
}
