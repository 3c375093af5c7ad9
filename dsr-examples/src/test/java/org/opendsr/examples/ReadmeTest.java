package org.opendsr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendsr.examples.cli.DsrCommand;
import org.opendsr.examples.cli.Environment;
import org.opendsr.examples.cli.ExitCode;

/** What the README says about the command line and the modules is what the code and POMs do. */
class ReadmeTest {

  private static final Path ROOT = Path.of("..");

  /** The words the README uses for each dependency a domain module's POM declares. */
  private static final Map<String, String> DEPENDENCY_NAMES =
      Map.of(
          "slf4j-api", "SLF4J API",
          "jakarta.validation-api", "Jakarta Bean Validation API",
          "dsr-problem", "problem",
          "dsr-rating", "rating",
          "dsr-consent", "consent");

  private static String readme() throws Exception {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void the_readme_lists_every_command_of_dsr() throws Exception {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    Environment env =
        new Environment(
            Clock.systemUTC(),
            new BufferedReader(new StringReader("")),
            new PrintStream(sink, true, StandardCharsets.UTF_8),
            new PrintStream(sink, true, StandardCharsets.UTF_8),
            ROOT,
            false);
    String readme = readme();
    assertThat(DsrCommand.commandLine(env).getSubcommands().keySet())
        .hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(name -> assertThat(readme).contains("\n| `" + name));
  }

  @Test
  void the_readme_gives_the_exit_codes_the_command_line_uses() throws Exception {
    assertThat(readme().replaceAll("\\s+", " ")).contains(ExitCode.describeAll());
  }

  @Test
  void the_module_table_names_exactly_what_each_domain_modules_pom_declares() throws Exception {
    String readme = readme();
    for (String module : List.of("dsr-rating", "dsr-consent", "dsr-core")) {
      List<String> declared = new ArrayList<>();
      if (!module.equals("dsr-core")) {
        declared.add("JDK");
      }
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      String dependencies = pom.substring(pom.indexOf("<dependencies>"));
      Matcher dependency =
          Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(dependencies);
      while (dependency.find()) {
        if (dependency.group(1).contains("<scope>test</scope>")) {
          continue;
        }
        Matcher artifact =
            Pattern.compile("<artifactId>(.*?)</artifactId>").matcher(dependency.group(1));
        assertThat(artifact.find()).isTrue();
        assertThat(DEPENDENCY_NAMES)
            .as("README name for " + artifact.group(1))
            .containsKey(artifact.group(1));
        declared.add(DEPENDENCY_NAMES.get(artifact.group(1)));
      }
      Matcher row =
          Pattern.compile("\n\\| `" + module + "` \\|[^\n]*\\| ([^|\n]*) \\|\n").matcher(readme);
      assertThat(row.find()).as("the README's row for " + module).isTrue();
      assertThat(row.group(1)).as(module).isEqualTo(String.join(", ", declared));
    }
  }
}
