package org.opendsr.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a public Maven repository and an NHS assurance process expect of each published module,
 * checked on the files this build packaged: the module's name for the module path, sources and
 * javadoc jars, the licence and notice inside the jar, and a CycloneDX bill of materials.
 */
class PublishedJarsTest {

  /** Every published module and the name it gives itself on the module path. */
  private static final Map<String, String> PUBLISHED =
      Map.ofEntries(
          Map.entry("dsr-problem", "org.opendsr.problem"),
          Map.entry("dsr-rating", "org.opendsr.rating"),
          Map.entry("dsr-consent", "org.opendsr.consent"),
          Map.entry("dsr-core", "org.opendsr.core"),
          Map.entry("dsr-json", "org.opendsr.json"),
          Map.entry("dsr-jdbc", "org.opendsr.jdbc"),
          Map.entry("dsr-fhir", "org.opendsr.fhir"),
          Map.entry("dsr-import", "org.opendsr.importing"),
          Map.entry("dsr-validation", "org.opendsr.validation"),
          Map.entry("dsr-easyread", "org.opendsr.easyread"),
          Map.entry("dsr-easyread-render", "org.opendsr.easyread.render"),
          Map.entry("dsr-spring-boot-starter", "org.opendsr.spring.boot"));

  private static final Path ROOT = Path.of(System.getProperty("opendsr.root", ".."));
  private static final String VERSION = System.getProperty("opendsr.version", "");

  private static Path target(String module, String classifier) {
    String suffix = classifier.isEmpty() ? "" : "-" + classifier;
    return ROOT.resolve(module).resolve("target").resolve(module + "-" + VERSION + suffix + ".jar");
  }

  @Test
  void every_published_jar_names_its_module_and_carries_the_licence_and_notice()
      throws IOException {
    assertThat(VERSION).isNotBlank();
    for (Map.Entry<String, String> module : PUBLISHED.entrySet()) {
      try (JarFile jar = new JarFile(target(module.getKey(), "").toFile())) {
        assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
            .as(module.getKey())
            .isEqualTo(module.getValue());
        assertThat(jar.getEntry("META-INF/LICENSE")).as(module.getKey() + " LICENSE").isNotNull();
        assertThat(jar.getEntry("META-INF/NOTICE")).as(module.getKey() + " NOTICE").isNotNull();
      }
    }
  }

  @Test
  void every_published_module_has_sources_and_javadoc_jars() {
    for (String module : PUBLISHED.keySet()) {
      assertThat(target(module, "sources")).as(module).isRegularFile();
      assertThat(target(module, "javadoc")).as(module).isRegularFile();
    }
  }

  @Test
  void every_published_module_has_a_cyclonedx_bill_of_materials() throws IOException {
    for (String module : PUBLISHED.keySet()) {
      Path sbom = ROOT.resolve(module).resolve("target/bom.json");
      assertThat(sbom).as(module).isRegularFile();
      String text = Files.readString(sbom);
      assertThat(text).as(module).contains("\"bomFormat\" : \"CycloneDX\"");
      assertThat(text).as(module).contains("\"name\" : \"" + module + "\"");
    }
  }

  @Test
  void the_bom_manages_every_published_module_and_no_example() throws IOException {
    String bom = Files.readString(ROOT.resolve("dsr-bom/pom.xml"));
    Matcher managed = Pattern.compile("<artifactId>([a-z-]+)</artifactId>").matcher(bom);
    TreeSet<String> names = new TreeSet<>();
    while (managed.find()) {
      names.add(managed.group(1));
    }
    names.removeAll(List.of("dsr-bom", "spotless-maven-plugin"));
    assertThat(names).containsExactlyInAnyOrderElementsOf(PUBLISHED.keySet());
  }
}
