package org.opendsr.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example is this module's {@link ReadmeExample}, word for word, so it
 * compiles as pasted; and it prints what its comments say.
 */
class ReadmeExampleTest {

  private static final Path EXAMPLE =
      Path.of("src/test/java/org/opendsr/examples/embedding/ReadmeExample.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void the_readme_embedding_snippet_is_the_compiled_example_between_its_markers() throws Exception {
    String file = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    String example =
        file.substring(
            file.indexOf("// README:begin\n") + "// README:begin\n".length(),
            file.indexOf("// README:end\n"));
    Matcher snippet =
        Pattern.compile("```java\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(README, StandardCharsets.UTF_8));

    assertThat(snippet.find()).as("the README has a Java snippet").isTrue();
    assertThat(snippet.group(1)).isEqualTo(example);
  }

  @Test
  void the_example_prints_what_its_comments_say() {
    PrintStream before = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ReadmeExample.main(new String[0]);
    } finally {
      System.setOut(before);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8).lines())
        .startsWith("*** *** 5919", "2027-01-05", "RED")
        .anySatisfy(l -> assertThat(l).containsIgnoringCase("C(E)TR must take place"))
        .anySatisfy(l -> assertThat(l).containsIgnoringCase("keyworker"))
        .endsWith("0");
  }
}
