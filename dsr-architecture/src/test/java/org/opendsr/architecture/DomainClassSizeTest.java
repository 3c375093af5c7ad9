package org.opendsr.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A newcomer can read any class of the domain modules in one sitting: none is over 400 lines,
 * except the sealed families of commands and events, whose members are small records read one at a
 * time.
 */
class DomainClassSizeTest {

  private static final int MOST_LINES = 400;

  private static final List<String> DOMAIN_MODULES =
      List.of("dsr-problem", "dsr-rating", "dsr-consent", "dsr-core");

  private static final Set<String> SEALED_FAMILIES = Set.of("Command.java", "RegisterEvent.java");

  /** Lines of each source file of the domain modules, by path from the repository root. */
  static Map<String, Long> linesOfDomainSources(Path root) {
    Map<String, Long> lines = new TreeMap<>();
    for (String module : DOMAIN_MODULES) {
      Path sources = root.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          try (Stream<String> text = Files.lines(file)) {
            lines.put(root.relativize(file).toString(), text.count());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }

  static List<String> tooLong(Map<String, Long> lines) {
    return lines.entrySet().stream()
        .filter(e -> e.getValue() > MOST_LINES)
        .filter(e -> !SEALED_FAMILIES.contains(Path.of(e.getKey()).getFileName().toString()))
        .map(e -> e.getKey() + " (" + e.getValue() + " lines)")
        .toList();
  }

  @Test
  void no_class_of_the_domain_modules_is_over_400_lines_except_the_sealed_families() {
    Map<String, Long> lines = linesOfDomainSources(Path.of("").toAbsolutePath().getParent());

    assertThat(lines).as("the domain modules' sources were found").hasSizeGreaterThan(100);
    assertThat(tooLong(lines)).isEmpty();
  }

  @Test
  void a_long_class_is_named_and_a_long_sealed_family_is_not() {
    Map<String, Long> lines =
        Map.of(
            "dsr-core/src/main/java/org/opendsr/core/register/Big.java", 401L,
            "dsr-core/src/main/java/org/opendsr/core/register/Command.java", 1_000L,
            "dsr-core/src/main/java/org/opendsr/core/register/Small.java", 400L);

    assertThat(tooLong(lines))
        .containsExactly("dsr-core/src/main/java/org/opendsr/core/register/Big.java (401 lines)");
  }
}
