package org.opendsr.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The clinical safety hazard log ({@code docs/clinical-safety/hazard-log.md}, DCB0129 style) names
 * the tests that verify each control as {@code ClassName#methodName}. A control whose test does not
 * exist is not a control, so this test fails on any name that cannot be found in the test sources
 * of any module, and on any hazard that names no test at all.
 */
class HazardLogTest {

  private static final Pattern TEST_REFERENCE =
      Pattern.compile("`([A-Z][A-Za-z0-9_]*)#([A-Za-z_][A-Za-z0-9_]*)`");
  private static final Pattern HAZARD_HEADING = Pattern.compile("(?m)^## (H-\\d+)\\b.*$");

  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("docs/clinical-safety/hazard-log.md"))) {
        return p;
      }
    }
    throw new IllegalStateException("docs/clinical-safety/hazard-log.md not found above " + here);
  }

  /** Every test source file of every module, by simple class name. */
  private static Map<String, List<Path>> testSources(Path root) {
    try (Stream<Path> files = Files.walk(root, 12)) {
      return files
          .filter(p -> p.toString().replace('\\', '/').contains("/src/test/java/"))
          .filter(p -> p.getFileName().toString().endsWith(".java"))
          .collect(
              Collectors.groupingBy(
                  p -> p.getFileName().toString().replace(".java", ""), Collectors.toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The references in a hazard log text that name no existing test method.
   *
   * @param log the hazard log text
   * @param sources test sources by simple class name
   * @return the missing references, as written
   */
  static List<String> missingTests(String log, Map<String, List<Path>> sources) {
    List<String> missing = new ArrayList<>();
    Matcher m = TEST_REFERENCE.matcher(log);
    while (m.find()) {
      String type = m.group(1);
      Pattern method = Pattern.compile("\\bvoid\\s+" + Pattern.quote(m.group(2)) + "\\s*\\(");
      boolean found =
          sources.getOrDefault(type, List.of()).stream()
              .anyMatch(p -> method.matcher(read(p)).find());
      if (!found) {
        missing.add(type + "#" + m.group(2));
      }
    }
    return missing;
  }

  /** The hazards (by id) whose section names no test. */
  static List<String> hazardsWithoutTests(String log) {
    List<String> without = new ArrayList<>();
    Matcher h = HAZARD_HEADING.matcher(log);
    List<int[]> spans = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (h.find()) {
      spans.add(new int[] {h.start(), 0});
      ids.add(h.group(1));
    }
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : log.length();
      String section = log.substring(spans.get(i)[0], end);
      if (!TEST_REFERENCE.matcher(section).find()) {
        without.add(ids.get(i));
      }
    }
    return without;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void every_test_named_in_the_hazard_log_exists() {
    Path root = repositoryRoot();
    String log = read(root.resolve("docs/clinical-safety/hazard-log.md"));
    assertThat(TEST_REFERENCE.matcher(log).results().count()).isGreaterThan(20);
    assertThat(missingTests(log, testSources(root))).isEmpty();
  }

  @Test
  void every_hazard_names_at_least_one_verifying_test() {
    String log = read(repositoryRoot().resolve("docs/clinical-safety/hazard-log.md"));
    assertThat(HAZARD_HEADING.matcher(log).results().count()).isGreaterThanOrEqualTo(6);
    assertThat(hazardsWithoutTests(log)).isEmpty();
  }

  @Test
  void a_named_test_that_does_not_exist_is_caught() {
    Map<String, List<Path>> sources = testSources(repositoryRoot());
    String planted =
        "## H-99 Planted\n- verified by `HazardLogTest#no_such_method` and"
            + " `NoSuchTestClass#anything` and"
            + " `HazardLogTest#a_named_test_that_does_not_exist_is_caught`\n## H-98 Empty\n";
    assertThat(missingTests(planted, sources))
        .containsExactly("HazardLogTest#no_such_method", "NoSuchTestClass#anything");
    assertThat(hazardsWithoutTests(planted)).containsExactly("H-98");
  }
}
